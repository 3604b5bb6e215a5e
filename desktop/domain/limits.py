"""The longest text each stored field takes: one truth for SQLite, PostgreSQL, the CRM and the user."""

from __future__ import annotations

from desktop.domain.errors import ValidationError

# Customers and contact persons (CRM-owned columns).
CUSTOMER_NAME = 300
PHONE = 100
STREET = 500
CITY = 200
STATE = 200
ZIP = 50
COUNTRY = 200
SALUTATION = 50
PERSON_NAME = 200
EMAIL = 320
CRM_ID = 40
# Potentials (deals).
DEAL_NAME = 300
DEAL_STAGE = 120
# Documents and payments (user input).
LINE_NAME = 300
TAX_NAME = 100
REFERENCE = 100
PAYMENT_MODE = 50
DOCUMENT_NUMBER = 40

# PostgreSQL text can never hold NUL; SQLite can, so refusing it everywhere keeps both alike.
NUL = "\x00"


def fit(value: str | None, limit: int | None) -> tuple[str | None, str | None]:
    """Return the value without NUL characters and cut to the limit, and what was changed (or None)."""
    if value is None:
        return None, None
    changes = []
    if NUL in value:
        value = value.replace(NUL, "")
        changes.append("NUL characters removed")
    if limit is not None and len(value) > limit:
        changes.append(f"{len(value)} characters cut to the first {limit}")
        value = value[:limit]
    return (value or None), ("; ".join(changes) or None)


def check_text(value: str | None, limit: int | None, field: str) -> None:
    """Refuse text with a NUL character or longer than the limit, naming the field."""
    if value is None:
        return
    if NUL in value:
        raise ValidationError(field, "contains a NUL character (\\0), which cannot be stored")
    if limit is not None and len(value) > limit:
        raise ValidationError(
            field, f"is {len(value)} characters long; the most it can hold is {limit}"
        )
