"""Properties of the arithmetic: parts always add up; the two roundings stay within half a unit."""

from __future__ import annotations

from dataclasses import replace
from decimal import Decimal

from hypothesis import given, settings
from hypothesis import strategies as st

from desktop.domain.documents import LineDraft
from desktop.domain.money import ZERO, quantum
from desktop.domain.totals import Discount, Pricing, TaxRounding, TaxSpec, Totals, compute_totals

TAX_POOL = [
    TaxSpec("GST", Decimal("5")),
    TaxSpec("QST", Decimal("9.975")),
    TaxSpec("VAT", Decimal("20")),
    TaxSpec("HST", Decimal("7.5"), compound=True),
]


def decimals(low: int, high: int, places: int) -> st.SearchStrategy[Decimal]:
    return st.integers(low * 10**places, high * 10**places).map(
        lambda n: Decimal(n).scaleb(-places)
    )


percent = decimals(0, 100, 2).map(lambda v: Discount(v, True))
lines = st.builds(
    LineDraft,
    name=st.just("item"),
    quantity=decimals(0, 500, 3),
    rate=decimals(0, 5000, 3),
    discount=st.none() | percent,
    taxes=st.lists(st.sampled_from(TAX_POOL), unique=True, max_size=3).map(tuple),
)
pricings = st.builds(
    Pricing,
    currency_code=st.sampled_from(["USD", "JPY", "KWD"]),
    discount=st.none() | percent,
    is_discount_before_tax=st.booleans(),
    is_inclusive_tax=st.booleans(),
    tax_rounding=st.sampled_from(TaxRounding),
    shipping_charge=decimals(0, 50, 0),
    adjustment=decimals(0, 5, 0),
)


def _check_parts(result: Totals, pricing: Pricing) -> None:
    unit = quantum(pricing.currency_code)
    amounts = [result.sub_total, result.discount_total, result.tax_total, result.total]
    amounts += [line.amount for line in result.lines] + [t.amount for t in result.taxes]
    amounts += [t.amount for line in result.lines for t in line.taxes]
    assert all(a == a.quantize(unit) for a in amounts)
    assert result.sub_total == sum((line.amount for line in result.lines), ZERO)
    assert result.tax_total == sum((t.amount for t in result.taxes), ZERO)
    for tax in result.taxes:
        on_lines = [t.amount for line in result.lines for t in line.taxes if t.name == tax.name]
        assert tax.amount == sum(on_lines, ZERO)
    if pricing.is_discount_before_tax:
        assert sum((line.discount_share for line in result.lines), ZERO) == result.discount_total
    taxes = ZERO if pricing.is_inclusive_tax else result.tax_total
    expected = result.sub_total - result.discount_total + taxes
    assert result.total == expected + pricing.shipping_charge + pricing.adjustment


@settings(max_examples=300, deadline=None)
@given(st.lists(lines, min_size=1, max_size=12), pricings)
def test_totals_never_drift_from_the_sum_of_their_parts(
    drafts: list[LineDraft], pricing: Pricing
) -> None:
    _check_parts(compute_totals(drafts, pricing), pricing)


@settings(max_examples=300, deadline=None)
@given(st.lists(lines, min_size=1, max_size=12), pricings)
def test_per_line_and_per_document_differ_by_at_most_half_a_unit_per_line_and_tax(
    drafts: list[LineDraft], pricing: Pricing
) -> None:
    per_line = compute_totals(drafts, replace(pricing, tax_rounding=TaxRounding.LINE))
    per_document = compute_totals(drafts, replace(pricing, tax_rounding=TaxRounding.DOCUMENT))
    half = quantum(pricing.currency_code) / 2
    assert per_line.sub_total == per_document.sub_total
    for by_line, by_document in zip(per_line.taxes, per_document.taxes, strict=True):
        carrying = sum(1 for line in drafts if any(t.name == by_line.name for t in line.taxes))
        assert abs(by_line.amount - by_document.amount) <= half * carrying
    pairs = sum(len(line.taxes) for line in drafts)
    assert abs(per_line.total - per_document.total) <= half * pairs
