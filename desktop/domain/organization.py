"""The seller (the business using the app) and its link to one CRM organization, as values."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field, fields, replace

from desktop.domain.customers import Address
from desktop.domain.errors import ValidationError
from desktop.domain.language import check_locale
from desktop.domain.totals import TaxRounding

DEFAULT_CURRENCY = "USD"

# The most a free-text seller field holds (a whole IBAN/BIC block fits in payment details).
FIELD_LIMITS = {
    "name": 300,
    "tax_id": 100,
    "email": 320,
    "phone": 100,
    "website": 300,
    "payment_details": 2000,
    "street": 500,
    "city": 200,
    "state": 200,
    "zip": 50,
    "country": 200,
}


@dataclass(frozen=True, slots=True)
class OrganizationProfile:
    """The seller as printed on documents, and the defaults of new documents."""

    name: str | None = None
    address: Address = field(default_factory=Address)
    logo_path: str | None = None
    currency_code: str = DEFAULT_CURRENCY
    tax_rounding: TaxRounding = TaxRounding.LINE
    tax_id: str | None = None
    email: str | None = None
    phone: str | None = None
    website: str | None = None
    payment_details: str | None = None
    # The language and conventions of documents whose customer has no language of its own
    # ("de_DE"); None: English (desktop.domain.language).
    locale: str | None = None

    def contact_lines(self) -> list[str]:
        """Return the email, phone and website lines that are set, in that order."""
        return [line for line in (self.email, self.phone, self.website) if line]

    def changed(self, **changes: str | None) -> OrganizationProfile:
        """Return the profile with the given fields changed ("" clears one); ValidationError on bad input.

        Address parts are given by name (street, city, state, zip, country); currency and tax
        rounding by `currency_code` and `tax_rounding`.
        """
        address_parts = {f.name for f in fields(Address)}
        address = {k: _text(k, v) for k, v in changes.items() if k in address_parts}
        own: dict[str, object] = {}
        for key, value in changes.items():
            if key in address_parts:
                continue
            if key == "currency_code":
                own[key] = check_currency_code(value or "", "currency")
            elif key == "tax_rounding":
                own[key] = _rounding(value or "")
            elif key == "locale":
                own[key] = check_locale(value, "locale")
            elif key == "email":
                own[key] = _email(value)
            else:
                own[key] = _text(key, value)
        return replace(self, address=replace(self.address, **address), **own)  # type: ignore[arg-type]


@dataclass(frozen=True, slots=True)
class CrmLink:
    """The CRM organization this installation is linked to, and how to reach it (no secrets)."""

    org_id: str
    org_name: str
    user_email: str
    data_centre: str | None
    accounts_url: str | None
    api_url: str | None
    client_id: str | None
    connected_at: dt.datetime | None
    auto_update: bool
    currency_code: str


def check_currency_code(text: str, field_name: str = "currency") -> str:
    """Return a three-letter currency code in capitals; raise ValidationError naming the field."""
    code = text.strip().upper()
    if len(code) != 3 or not code.isascii() or not code.isalpha():
        raise ValidationError(field_name, f"{text!r} is not a three-letter code such as USD or EUR")
    return code


def _rounding(text: str) -> TaxRounding:
    try:
        return TaxRounding(text.strip().lower())
    except ValueError:
        raise ValidationError(
            "tax_rounding", f"expected 'line' or 'document', got {text!r}"
        ) from None


def _text(key: str, value: str | None) -> str | None:
    cleaned = (value or "").strip() or None
    limit = FIELD_LIMITS.get(key)
    if cleaned is not None and limit is not None and len(cleaned) > limit:
        raise ValidationError(key, f"is {len(cleaned)} characters long; at most {limit} fit")
    return cleaned


def _email(value: str | None) -> str | None:
    email = _text("email", value)
    if email is not None and ("@" not in email or any(c.isspace() for c in email)):
        raise ValidationError("email", f"{email!r} is not an email address")
    return email
