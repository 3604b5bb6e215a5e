"""The seller's bank account, found in the free-text payment details and checked by schwifty."""

from __future__ import annotations

import re
from dataclasses import dataclass

from schwifty import BIC, IBAN
from schwifty.exceptions import SchwiftyException

_IBAN_START = re.compile(r"\b[A-Z]{2}[0-9]{2}[ A-Z0-9]{11,40}")
_BIC = re.compile(r"\b[A-Z]{6}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b")


@dataclass(frozen=True, slots=True)
class BankAccount:
    """An IBAN (compact) and, when given, the BIC of the seller's bank."""

    iban: str
    bic: str | None


def bank_account(details: str | None) -> BankAccount | None:
    """Return the first valid IBAN (and a valid BIC) written in the payment details, or None."""
    text = (details or "").upper()
    iban = next(
        (found for m in _IBAN_START.finditer(text) if (found := _longest_iban(m.group()))), None
    )
    if iban is None:
        return None
    bic = next((m.group() for m in _BIC.finditer(text) if _is_bic(m.group(), iban)), None)
    return BankAccount(iban, bic)


def _longest_iban(candidate: str) -> str | None:
    compact = candidate.replace(" ", "")
    for end in range(len(compact), 14, -1):
        try:
            return str(IBAN(compact[:end]).compact)
        except SchwiftyException:
            continue
    return None


def _is_bic(text: str, iban: str) -> bool:
    if iban.startswith(text) or text.startswith(iban[:8]):
        return False
    try:
        BIC(text)
    except SchwiftyException:
        return False
    return True
