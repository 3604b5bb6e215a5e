"""Tax rates, items and the rules that pick a line's taxes (pure)."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.domain.catalogue import (
    Catalogue,
    CustomerTax,
    Item,
    TaxRate,
    check_item,
    check_tax_rate,
    with_default_taxes,
)
from desktop.domain.documents import LineDraft
from desktop.domain.errors import ValidationError
from desktop.domain.totals import TaxSpec

VAT = TaxRate("VAT", Decimal(20), is_default=True)
REDUCED = TaxRate("Reduced", Decimal("5.5"))
OLD = TaxRate("Old", Decimal(7), archived=True)
CATALOGUE = Catalogue((VAT, REDUCED, OLD), (Item("Hour", Decimal(80), "Work", "h", ("VAT",)),))


NO_SETTING = CustomerTax()


def settle(line: LineDraft, customer: CustomerTax = NO_SETTING) -> list[str]:
    return [t.name for t in with_default_taxes(line, CATALOGUE, customer).taxes]


def line(*taxes: TaxSpec, default: bool = True) -> LineDraft:
    return LineDraft("A", Decimal(1), Decimal(1), taxes=taxes, default_taxes=default)


def test_a_line_takes_its_own_then_the_item_then_the_customer_then_the_organization() -> None:
    assert settle(line(REDUCED.spec, default=False)) == ["Reduced"]
    assert settle(line(), CustomerTax(default_tax="Reduced")) == ["Reduced"]
    assert settle(line(VAT.spec), CustomerTax(default_tax="Reduced")) == ["VAT"]  # the item's
    assert settle(line()) == ["VAT"]
    assert settle(line(), CustomerTax(default_tax="Old")) == ["VAT"]  # archived: not offered
    assert settle(line(default=False)) == []  # "taxes": [] means none


def test_an_exempt_customer_gets_no_default_but_keeps_what_a_line_names() -> None:
    exempt = CustomerTax(exemption_reason="Charity")
    assert settle(line(), exempt) == []
    assert settle(line(VAT.spec), exempt) == []  # the item's taxes are defaults too
    assert settle(line(REDUCED.spec, default=False), exempt) == ["Reduced"]


def test_taxes_are_found_by_name_in_any_case_and_archived_ones_are_refused() -> None:
    assert CATALOGUE.tax("vat", "f") == TaxSpec("VAT", Decimal(20))
    with pytest.raises(ValidationError, match="f: the tax Old is archived"):
        CATALOGUE.tax("Old", "f")
    with pytest.raises(ValidationError, match="there is no tax named 'GST'"):
        CATALOGUE.tax("GST", "f")
    with pytest.raises(ValidationError, match="there is no item named 'Day'"):
        CATALOGUE.item("Day", "f")


@pytest.mark.parametrize(
    ("name", "rate", "field"),
    [
        ("", "5", "name"),
        ("x" * 101, "5", "name"),
        ("T", "1001", "rate"),
        ("T", "-1", "rate"),
        ("T", "ten", "rate"),
    ],
)
def test_bad_tax_rates_name_the_field(name: str, rate: str, field: str) -> None:
    with pytest.raises(ValidationError) as caught:
        check_tax_rate(name, rate)
    assert caught.value.field == field


def test_a_tax_rate_may_be_written_with_a_percent_sign() -> None:
    assert check_tax_rate(" VAT ", "7.5%", compound=True) == TaxRate("VAT", Decimal("7.5"), True)


def test_items_are_checked() -> None:
    assert check_item(" Hour ", "80", " ", "h", ("VAT",)) == Item(
        "Hour", Decimal(80), None, "h", ("VAT",)
    )
    for args, field in (
        (("", "1", None, None, ()), "name"),
        (("A", "-1", None, None, ()), "rate"),
        (("A", "1", None, "u" * 51, ()), "unit"),
        (("A", "1", None, None, ("VAT", "vat")), "tax[1]"),
    ):
        with pytest.raises(ValidationError) as caught:
            check_item(*args)  # type: ignore[arg-type]
        assert caught.value.field == field
