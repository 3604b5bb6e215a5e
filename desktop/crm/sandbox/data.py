"""Seeded, realistic CRM records, generated on demand from (seed, module, index) in microseconds."""

from __future__ import annotations

import random
from collections.abc import Callable
from decimal import Decimal
from typing import Any

ACCOUNTS, CONTACTS, DEALS = "Accounts", "Contacts", "Deals"
MODULES = (ACCOUNTS, CONTACTS, DEALS)
# 19-digit ids like Zoho's: a per-module base plus the record's index.
ID_BASE = {ACCOUNTS: 4876876001000000000, CONTACTS: 4876876002000000000, DEALS: 4876876003000000000}
_MODULE_NO = {ACCOUNTS: 1, CONTACTS: 2, DEALS: 3}

_NAME_HEADS = [
    "Northwind", "Acme", "Blue Harbor", "Łódź", "Ελλάδα", "Москва", "Müller & Söhne", "Café Olé",
    "Sakura", "Fjord", "Kraków", "São Paulo", "Zürich", "Orchard", "Granite", "Maple Leaf",
    "Atlas", "Nordlicht", "Ñandú", "Île-de-France", "<b>R&D</b>", "O'Brien", "Dvořák", "İstanbul",
]  # fmt: skip
_NAME_TAILS = [
    "Traders", "Widgets", "Logistics", "Bakery", "Consulting", "Τρόφιμα", "Трейд", "Studio",
    "Textiles", "Engineering", "Garden Supply", "Imports", "Print Works", "Dental", "Software",
]  # fmt: skip
_NAME_FORMS = ["Ltd", "Inc", "GmbH", "S.A.", "Sp. z o.o.", "ООО", "A.E.", "LLC", "", "& Co."]
_FIRST_NAMES = [
    "Ana", "Daniel", "Mei", "Łukasz", "Σοφία", "Дмитрий", "José", "Zoë", "Priya", "Aoife",
    "Björn", "Chloé", "Oluwaseun", "Nguyễn", "Fatima", "Jürgen", "Ines", "Kenji",
]  # fmt: skip
_LAST_NAMES = [
    "Núñez", "Okafor", "Tanaka", "Wójcik", "Παπαδοπούλου", "Иванов", "García", "O'Connor",
    "Müller", "Smith", "Raman", "Kowalski", "Dubois", "Nakamura", "Andersson", "Yılmaz",
]  # fmt: skip
_SALUTATIONS = [None, None, "Mr.", "Mrs.", "Ms.", "Dr.", "Prof.", "-None-"]
_CITIES = [
    ("Portland", "OR", "97204", "United States"), ("Łódź", None, "90-001", "Poland"),
    ("Αθήνα", None, "105 57", "Greece"), ("Москва", None, "101000", "Russia"),
    ("Madrid", None, "28013", "Spain"), ("Zürich", "ZH", "8001", "Switzerland"),
    ("Toronto", "ON", "M5H 2N2", "Canada"), ("Pune", "MH", "411001", "India"),
]  # fmt: skip
_STREETS = [
    "Market St",
    "ul. Piotrkowska",
    "Οδός Ερμού",
    "ул. Тверская",
    "Calle Mayor",
    "Bahnhofstr.",
]
# Stage (actual value), probability; the default Standard pipeline (docs §2.3).
STAGES = [
    ("Qualification", 10), ("Needs Analysis", 20), ("Value Proposition", 40),
    ("Id. Decision Makers", 60), ("Proposal/Price Quote", 75), ("Negotiation/Review", 90),
    ("Closed Won", 100), ("Closed Lost", 0), ("Closed Lost to Competition", 0),
]  # fmt: skip


def record_rng(seed: int, module: str, index: int) -> random.Random:
    """Return the random source of one generated record (the same for the same inputs)."""
    return random.Random((seed * 1_000_003 + _MODULE_NO[module]) * 10_000_019 + index)


def account_name(rng: random.Random) -> str:
    """Return an account name; must be the first draw of the account's random source."""
    form = rng.choice(_NAME_FORMS)
    return " ".join(p for p in (rng.choice(_NAME_HEADS), rng.choice(_NAME_TAILS), form) if p)


def person_name(rng: random.Random) -> tuple[str | None, str]:
    """Return (first, last); the first draws of a contact's random source."""
    first = rng.choice(_FIRST_NAMES) if rng.random() > 0.08 else None
    return first, rng.choice(_LAST_NAMES)


def generated_account(rng: random.Random) -> dict[str, Any]:
    """Return the core fields of a generated Account (wire names)."""
    fields: dict[str, Any] = {"Account_Name": account_name(rng)}
    fields["Phone"] = _maybe(rng, 0.8, lambda: _phone(rng))
    fields["Fax"] = _maybe(rng, 0.3, lambda: _phone(rng))
    fields["Website"] = _maybe(rng, 0.5, lambda: f"https://shop{rng.randrange(10_000)}.example")
    fields.update(_address(rng, "Billing", "Code", 0.85))
    fields.update(_address(rng, "Shipping", "Code", 0.45))
    fields["Account_Type"] = rng.choice([None, "Customer", "Prospect", "Reseller", "Vendor"])
    fields["Industry"] = rng.choice([None, "Retail", "Manufacturing", "Distribution", "Services"])
    fields["Description"] = rng.choice([None, None, "", "Key account.", "Pays late; call first."])
    return fields


def generated_contact(rng: random.Random, accounts: int) -> tuple[dict[str, Any], int | None]:
    """Return the core fields of a generated Contact and the index of its account (or None)."""
    first, last = person_name(rng)
    fields: dict[str, Any] = {"First_Name": first, "Last_Name": last}
    fields["Salutation"] = rng.choice(_SALUTATIONS)
    handle = f"{(first or 'x')[:1]}.{last}".lower().replace("'", "").replace(" ", "")
    fields["Email"] = _maybe(rng, 0.85, lambda: f"{handle}{rng.randrange(1000)}@mail.example")
    fields["Phone"] = _maybe(rng, 0.6, lambda: _phone(rng))
    fields["Mobile"] = rng.choice([None, "", _phone(rng)])
    fields.update(_address(rng, "Mailing", "Zip", 0.6))
    fields["Title"] = rng.choice([None, "Owner", "Purchasing Manager", "Accountant"])
    account = rng.randrange(accounts) if accounts and rng.random() < 0.75 else None
    return fields, account


def generated_deal(
    rng: random.Random, accounts: int, contacts: int
) -> tuple[dict[str, Any], int | None, int | None]:
    """Return the core fields of a generated Deal and the indexes of its account and contact."""
    stage, probability = rng.choice(STAGES)
    fields: dict[str, Any] = {"Stage": stage, "Probability": probability}
    fields["Deal_Name"] = (
        f"{rng.choice(_NAME_HEADS)} - {rng.choice(['Pilot', 'Renewal', 'Annual support', 'Rollout'])}"
    )
    cents = rng.choice([0, 0, rng.randrange(100)])
    fields["Amount"] = (
        None if rng.random() < 0.1 else Decimal(f"{rng.randrange(100, 90_000)}.{cents:02d}")
    )
    fields["Closing_Date"] = (
        None if rng.random() < 0.1 else f"2025-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}"
    )
    fields["Type"] = rng.choice(["New Business", "Existing Business", None])
    account = rng.randrange(accounts) if accounts and rng.random() < 0.85 else None
    contact = rng.randrange(contacts) if contacts and rng.random() < 0.5 else None
    return fields, account, contact


def _address(rng: random.Random, prefix: str, code: str, chance: float) -> dict[str, Any]:
    if rng.random() >= chance:
        return {f"{prefix}_{p}": None for p in ("Street", "City", "State", code, "Country")}
    city, state, zip_code, country = rng.choice(_CITIES)
    street = f"{rng.randint(1, 400)} {rng.choice(_STREETS)}"
    return {
        f"{prefix}_Street": street,
        f"{prefix}_City": city,
        f"{prefix}_State": state,
        f"{prefix}_{code}": zip_code if rng.random() < 0.9 else "",
        f"{prefix}_Country": country,
    }


def _phone(rng: random.Random) -> str:
    return f"+{rng.choice([1, 44, 48, 30, 7, 34])} {rng.randrange(100, 999)} {rng.randrange(1000, 9999)}"


def _maybe(rng: random.Random, chance: float, make: Callable[[], str]) -> str | None:
    return make() if rng.random() < chance else None
