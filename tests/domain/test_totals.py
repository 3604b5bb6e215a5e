"""The arithmetic of documents, with the known traps as exact expected values."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.totals import (
    Discount,
    Pricing,
    TaxRounding,
    Totals,
    allocate,
    compute_totals,
)
from tests.document_helpers import line, vat

D = Decimal
GST, QST = vat("5", "GST"), vat("9.975", "QST")


def totals(*lines: object, **pricing: object) -> Totals:
    settings = {"currency_code": "USD", **pricing}
    return compute_totals(lines, Pricing(**settings))  # type: ignore[arg-type]


def test_two_lines_of_1_24_at_10_percent_round_per_line_to_2_72() -> None:
    result = totals(line("A", "1.24", "1", vat()), line("B", "1.24", "1", vat()))
    assert result.sub_total == D("2.48")
    assert [t.amount for t in result.lines[0].taxes + result.lines[1].taxes] == [D("0.12")] * 2
    assert result.tax_total == D("0.24")
    assert result.total == D("2.72")


def test_two_lines_of_1_24_at_10_percent_round_per_document_to_2_73() -> None:
    result = totals(
        line("A", "1.24", "1", vat()),
        line("B", "1.24", "1", vat()),
        tax_rounding=TaxRounding.DOCUMENT,
    )
    assert result.tax_total == D("0.25")
    assert result.total == D("2.73")
    # The rounded sum is spread back: the lines still add up to the document's tax.
    assert [line.taxes[0].amount for line in result.lines] == [D("0.13"), D("0.12")]


def test_half_a_cent_rounds_up() -> None:
    assert totals(line("A", "8.325")).total == D("8.33")
    assert totals(line("A", "83.25", "1", vat())).tax_total == D("8.33")
    assert totals(line("A", "8.324")).total == D("8.32")


@pytest.mark.parametrize(
    ("rounding", "qst", "total"),
    [(TaxRounding.LINE, "10.00", "114.90"), (TaxRounding.DOCUMENT, "9.97", "114.87")],
)
def test_gst_and_qst_on_ten_lines(rounding: TaxRounding, qst: str, total: str) -> None:
    lines = [line(f"L{i}", "9.99", "1", GST, QST) for i in range(10)]
    result = totals(*lines, tax_rounding=rounding)
    assert [(t.name, t.amount) for t in result.taxes] == [("GST", D("5.00")), ("QST", D(qst))]
    assert result.total == D(total)
    qst_lines = [line.taxes[1].amount for line in result.lines]
    assert sum(qst_lines) == D(qst)
    if rounding is TaxRounding.DOCUMENT:
        assert qst_lines == [D("1.00")] * 7 + [D("0.99")] * 3


def test_compound_tax_applies_to_the_base_plus_the_other_taxes() -> None:
    result = totals(line("A", "100.00", "1", GST, vat("9.975", "QST", compound=True)))
    assert [t.amount for t in result.taxes] == [D("5.00"), D("10.47")]  # 9.975 % of 105
    assert result.total == D("115.47")


def test_inclusive_52_50_at_12_percent_takes_the_tax_out() -> None:
    result = totals(line("A", "52.50", "1", vat("12")), is_inclusive_tax=True)
    assert result.sub_total == D("52.50")
    assert result.tax_total == D("5.63")  # 52.50 × 12/112 = 5.625
    assert result.total == D("52.50")


def test_inclusive_with_a_compound_tax() -> None:
    result = totals(
        line("A", "115.47", "1", GST, vat("9.975", "QST", compound=True)), is_inclusive_tax=True
    )
    assert [t.amount for t in result.taxes] == [D("5.00"), D("10.47")]
    assert result.total == D("115.47")


@pytest.mark.parametrize(
    ("adjustment", "total"), [("0", "2.72"), ("-0.02", "2.70"), ("0.28", "3.00")]
)
def test_adjustments(adjustment: str, total: str) -> None:
    lines = (line("A", "1.24", "1", vat()), line("B", "1.24", "1", vat()))
    assert totals(*lines, adjustment=D(adjustment)).total == D(total)


def test_an_adjustment_below_zero_total_is_refused() -> None:
    with pytest.raises(ValidationError, match="adjustment") as caught:
        totals(line("A", "1.00"), adjustment=D("-1.01"))
    assert caught.value.field == "adjustment"


def test_shipping_is_added_untaxed() -> None:
    assert totals(line("A", "10.00", "1", vat()), shipping_charge=D("4.95")).total == D("15.95")


def test_a_100_percent_discount_before_tax_leaves_only_shipping() -> None:
    result = totals(
        line("A", "100.00", "1", vat()),
        line("B", "50.00", "1", vat()),
        discount=Discount(D("100"), is_percent=True),
        shipping_charge=D("5.00"),
    )
    assert result.discount_total == D("150.00")
    assert [line.discount_share for line in result.lines] == [D("100.00"), D("50.00")]
    assert result.tax_total == D("0.00")
    assert result.total == D("5.00")


def test_a_100_percent_discount_after_tax_takes_everything() -> None:
    result = totals(
        line("A", "100.00", "1", vat()),
        discount=Discount(D("100"), is_percent=True),
        is_discount_before_tax=False,
    )
    assert (result.tax_total, result.discount_total, result.total) == (
        D("10.00"),
        D("110.00"),
        D("0.00"),
    )


def test_a_discount_before_tax_is_spread_exactly_over_the_lines() -> None:
    result = totals(
        *(line(n, "10.00", "1", vat()) for n in "ABC"), discount=Discount(D("10.00"), False)
    )
    assert [line.discount_share for line in result.lines] == [D("3.34"), D("3.33"), D("3.33")]
    assert [line.taxes[0].amount for line in result.lines] == [D("0.67")] * 3  # 6.66, 6.67, 6.67
    assert result.total == D("22.01")


def test_a_percent_discount_after_tax_comes_off_the_taxed_total() -> None:
    result = totals(
        line("A", "100.00", "1", vat()),
        discount=Discount(D("10"), True),
        is_discount_before_tax=False,
    )
    assert (result.discount_total, result.total) == (D("11.00"), D("99.00"))


def test_line_discounts_by_percent_and_amount() -> None:
    by_percent = replace(line("A", "19.99", "3"), discount=Discount(D("15"), True))
    by_amount = replace(line("A", "19.99", "3"), discount=Discount(D("5.00"), False))
    assert totals(by_percent).sub_total == D("50.97")  # 59.97 × 0.85 = 50.9745
    assert totals(by_amount).sub_total == D("54.97")


def test_a_line_discount_above_the_line_is_refused() -> None:
    big = replace(line("A", "1.00"), discount=Discount(D("2.00"), False))
    with pytest.raises(ValidationError) as caught:
        totals(line("ok", "5.00"), big)
    assert caught.value.field == "line_items[1].discount"


def test_a_document_discount_above_the_sub_total_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        totals(line("A", "1.00"), discount=Discount(D("1.01"), False))
    assert caught.value.field == "discount"


def test_the_same_tax_twice_on_a_line_is_refused() -> None:
    with pytest.raises(ValidationError) as caught:
        totals(line("A", "1.00", "1", vat(), vat()))
    assert caught.value.field == "line_items[0].taxes[1]"


def test_currency_precision_is_respected() -> None:
    result = totals(line("A", "333", "3", vat()), currency_code="JPY")
    assert (result.tax_total, result.total) == (D("100"), D("1099"))
    assert totals(line("A", "1.2345"), currency_code="KWD").total == D("1.235")


def test_allocate_gives_the_leftover_units_to_the_largest_remainders() -> None:
    assert allocate(D("1.00"), [D("1"), D("1"), D("1")], "USD") == [D("0.34"), D("0.33"), D("0.33")]
    assert allocate(D("0.05"), [D("1"), D("3")], "USD") == [D("0.01"), D("0.04")]
    assert allocate(D("0.00"), [D("0"), D("0")], "USD") == [D("0"), D("0")]
