"""The pure rules of the CRM import: names, validation of records, and what a deletion does."""

from __future__ import annotations

from desktop.domain import limits
from desktop.domain.crm_records import CrmAccount, CrmContact, CrmDeal

MAX_NAME_LENGTH = limits.CUSTOMER_NAME
DELETED_RECORDS_RETENTION_DAYS = 60


def clean(value: str | None) -> str | None:
    """Return the text stripped, or None when it is empty."""
    if value is None:
        return None
    stripped = value.strip()
    return stripped or None


def cleaned(values: tuple[str | None, ...]) -> tuple[str | None, ...]:
    """Return clean() of each value (in one pass: an import cleans millions of fields)."""
    return tuple([None if value is None else (value.strip() or None) for value in values])


def person_name(salutation: str | None, first: str | None, last: str | None) -> str:
    """Return "Salutation First Last" without empty parts ("Dr. Ana Núñez")."""
    return joined_name(cleaned((salutation, first, last)))


def joined_name(parts: tuple[str | None, ...]) -> str:
    """Return person_name() of parts already cleaned (salutation, first, last)."""
    return " ".join([part for part in parts if part])


def person_fields(contact: CrmContact) -> tuple[str | None, ...]:
    """Return the contact's person fields cleaned: salutation, first and last name, email,
    phone, mobile (read once per contact: the import checks and stores the same values)."""
    return cleaned(
        (contact.salutation, contact.first_name, contact.last_name, contact.email,
         contact.phone, contact.mobile)
    )  # fmt: skip


def account_problem(account: CrmAccount) -> str | None:
    """Return why an account cannot be imported, or None when it can."""
    name = clean(account.name)
    if name is None:
        return "the account has no name"
    if len(name) > MAX_NAME_LENGTH:
        return f"the account name is longer than {MAX_NAME_LENGTH} characters"
    return None


def contact_problem(
    contact: CrmContact, fields: tuple[str | None, ...] | None = None
) -> str | None:
    """Return why a contact cannot be imported, or None when it can (`fields`: its
    person_fields(), when already read)."""
    salutation, first, last, email = (fields or person_fields(contact))[:4]
    if first is None and last is None:
        return "the contact has neither a first nor a last name"
    if len(joined_name((salutation, first, last))) > MAX_NAME_LENGTH:
        return f"the contact's name is longer than {MAX_NAME_LENGTH} characters"
    if email is not None and ("@" not in email or " " in email):
        return f"the email {email!r} is not an email address"
    return None


def deal_problem(deal: CrmDeal) -> str | None:
    """Return why a deal cannot be imported, or None when it can."""
    if clean(deal.name) is None:
        return "the deal has no name"
    if deal.account_id is None and deal.contact_id is None:
        return "the deal has neither an account nor a contact, so it belongs to no customer"
    if deal.amount is not None and deal.amount < 0:
        return f"the deal amount {deal.amount} is negative"
    return None
