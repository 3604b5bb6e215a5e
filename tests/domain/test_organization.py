"""The seller profile's changes are checked field by field."""

from __future__ import annotations

import pytest

from desktop.domain.customers import Address
from desktop.domain.errors import ValidationError
from desktop.domain.organization import OrganizationProfile
from desktop.domain.totals import TaxRounding


def test_changes_set_and_clear_fields() -> None:
    profile = OrganizationProfile(name="Old", address=Address(city="Paris")).changed(
        name=" Desk ", street="1 Rue", tax_id="FR1", email="a@b.fr", currency_code="eur",
        tax_rounding="document", payment_details="IBAN X\nBIC Y",
    )  # fmt: skip
    assert profile.name == "Desk"
    assert profile.address == Address("1 Rue", "Paris")
    assert (profile.currency_code, profile.tax_rounding) == ("EUR", TaxRounding.DOCUMENT)
    assert profile.payment_details == "IBAN X\nBIC Y"
    assert profile.contact_lines() == ["a@b.fr"]
    assert profile.changed(tax_id="").tax_id is None


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"email": "not an email"}, "email"),
        ({"currency_code": "EURO"}, "currency"),
        ({"currency_code": ""}, "currency"),
        ({"tax_rounding": "never"}, "tax_rounding"),
        ({"name": "x" * 301}, "name"),
        ({"zip": "1" * 51}, "zip"),
    ],
)
def test_bad_fields_are_named(changes: dict[str, str], field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        OrganizationProfile().changed(**changes)
    assert caught.value.field == field
