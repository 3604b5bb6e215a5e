"""What may change among a customer's local invoicing fields, checked before anything is written."""

from __future__ import annotations

from dataclasses import dataclass, replace
from enum import Enum

from desktop.domain.errors import ValidationError
from desktop.domain.language import check_language
from desktop.domain.organization import check_currency_code


class Keep(Enum):
    """The value of a field to leave as it is."""

    KEEP = "keep"


KEEP = Keep.KEEP


@dataclass(frozen=True, slots=True)
class LocalChange:
    """Which local fields to change; a field left at KEEP stays as it is."""

    tax_id: str | Keep | None = KEEP
    default_tax: str | Keep | None = KEEP  # a tax name, or None for none
    tax_exemption_reason: str | Keep | None = KEEP  # None: not exempt
    payment_terms_days: int | Keep | None = KEEP
    currency_code: str | Keep | None = KEEP
    send_to_contact_id: int | Keep | None = KEEP
    language: str | Keep | None = KEEP  # None: the organization's


def check_local_change(change: LocalChange) -> LocalChange:
    """Return the change with text trimmed and codes in capitals; ValidationError naming the field."""
    tax_id, reason, currency = change.tax_id, change.tax_exemption_reason, change.currency_code
    if isinstance(tax_id, str):
        tax_id = _limited("tax_id", tax_id, 100)
    if isinstance(reason, str):
        reason = _limited("tax_exempt", reason, 300)
        if reason is None:
            raise ValidationError("tax_exempt", "give the reason of the exemption")
    if isinstance(currency, str):
        currency = check_currency_code(currency, "currency") if currency.strip() else None
    language = change.language
    if isinstance(language, str):
        language = check_language(language, "language")
    terms = change.payment_terms_days
    if isinstance(terms, int) and not 0 <= terms <= 3650:
        raise ValidationError("payment_terms", f"must be between 0 and 3650 days, got {terms}")
    both = not isinstance(change.default_tax, Keep) and not isinstance(reason, Keep)
    if both and change.default_tax is not None and reason is not None:
        raise ValidationError("default_tax", "a tax-exempt customer has no default tax")
    return replace(
        change,
        tax_id=tax_id,
        tax_exemption_reason=reason,
        currency_code=currency,
        language=language,
    )


def _limited(field: str, text: str, limit: int) -> str | None:
    cleaned = text.strip() or None
    if cleaned is not None and len(cleaned) > limit:
        raise ValidationError(field, f"is {len(cleaned)} characters long; at most {limit} fit")
    return cleaned
