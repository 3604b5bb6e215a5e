"""Free-text countries to ISO codes, and the seller's IBAN found in payment details."""

from __future__ import annotations

import pytest

from desktop.einvoice.countries import country_code
from desktop.einvoice.payment import BankAccount, bank_account


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("France", "FR"), ("Deutschland", "DE"), ("USA", "US"), ("  germany ", "DE"),
        ("Allemagne", "DE"), ("Royaume-Uni", "GB"), ("België", "BE"), ("fr", "FR"),
        ("Atlantis", None), ("", None), (None, None),
    ],
)  # fmt: skip
def test_country_names_in_several_languages(text: str | None, code: str | None) -> None:
    assert country_code(text) == code


def test_an_iban_and_bic_are_found_and_checked() -> None:
    assert bank_account("IBAN FR76 3000 6000 0112 3456 7890 189\nBIC AGRIFRPP") == BankAccount(
        "FR7630006000011234567890189", "AGRIFRPP"
    )
    assert bank_account("Bank DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX, thanks") == (
        BankAccount("DE89370400440532013000", "COBADEFFXXX")
    )
    assert bank_account("IBAN FR76 3000 6000 0112 3456 7890 188") is None  # bad check digits
    assert bank_account("Pay by cheque") is None
    assert bank_account(None) is None
