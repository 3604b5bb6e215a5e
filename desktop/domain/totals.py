"""Document arithmetic: line amounts, discounts, taxes (exclusive or inclusive) and totals, exact.

Every amount is a Decimal rounded half-up to the currency's precision. Two choices a user can see:

- Tax rounding per line rounds each line's tax; per document rounds each tax's sum once and then
  spreads that rounded sum back over the lines (largest remainder), so the lines always add up.
- With tax-inclusive prices the sub total holds the prices as entered (taxes inside); the taxes are
  taken out of them, shown, and not added to the total a second time.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from decimal import ROUND_FLOOR, Decimal, localcontext
from enum import StrEnum
from typing import Protocol

from desktop.domain.errors import ValidationError
from desktop.domain.money import HUNDRED, ZERO, quantum, round_money

ONE = Decimal(1)


class TaxRounding(StrEnum):
    """Where taxes are rounded: on each line, or once per tax for the whole document."""

    LINE = "line"
    DOCUMENT = "document"


@dataclass(frozen=True, slots=True)
class Discount:
    """A discount of a percentage or of a fixed amount."""

    value: Decimal
    is_percent: bool

    def __str__(self) -> str:
        return f"{self.value}%" if self.is_percent else str(self.value)

    def amount_of(self, base: Decimal) -> Decimal:
        """Return the unrounded discount on a base amount."""
        return base * self.value / HUNDRED if self.is_percent else self.value


@dataclass(frozen=True, slots=True)
class TaxSpec:
    """A named tax rate on a line; a compound tax also taxes the line's non-compound taxes."""

    name: str
    rate: Decimal
    compound: bool = False


class PricedLine(Protocol):
    """What the arithmetic needs of a line."""

    @property
    def quantity(self) -> Decimal: ...
    @property
    def rate(self) -> Decimal: ...
    @property
    def discount(self) -> Discount | None: ...
    @property
    def taxes(self) -> tuple[TaxSpec, ...]: ...


@dataclass(frozen=True, slots=True)
class Pricing:
    """The document-level settings that decide how lines add up."""

    currency_code: str
    discount: Discount | None = None
    is_discount_before_tax: bool = True
    is_inclusive_tax: bool = False
    tax_rounding: TaxRounding = TaxRounding.LINE
    shipping_charge: Decimal = ZERO
    adjustment: Decimal = ZERO


@dataclass(frozen=True, slots=True)
class LineTax:
    """The amount of one tax on one line."""

    name: str
    rate: Decimal
    compound: bool
    amount: Decimal


@dataclass(frozen=True, slots=True)
class LineTotal:
    """One line's amount, its part of a before-tax document discount, and its taxes."""

    amount: Decimal
    discount_share: Decimal
    taxes: tuple[LineTax, ...]


@dataclass(frozen=True, slots=True)
class TaxTotal:
    """One tax summed over the document."""

    name: str
    rate: Decimal
    compound: bool
    amount: Decimal


@dataclass(frozen=True, slots=True)
class Totals:
    """Every computed amount of a document (payments aside)."""

    lines: tuple[LineTotal, ...]
    sub_total: Decimal
    discount_total: Decimal
    taxes: tuple[TaxTotal, ...]
    tax_total: Decimal
    shipping_charge: Decimal
    adjustment: Decimal
    total: Decimal


TaxKey = tuple[str, Decimal, bool]


def compute_totals(lines: Sequence[PricedLine], pricing: Pricing) -> Totals:
    """Return the document's totals; raise ValidationError naming the field that makes no sense.

    total = sub total − discount + taxes (unless inside the prices) + shipping + adjustment.
    """
    currency = pricing.currency_code
    amounts = [_line_amount(line, index, currency) for index, line in enumerate(lines)]
    sub_total = sum(amounts, ZERO)
    discount_total = ZERO
    shares = [ZERO] * len(lines)
    if pricing.discount is not None and pricing.is_discount_before_tax:
        discount_total = _document_discount(pricing.discount, sub_total, currency)
        shares = allocate(discount_total, amounts, currency)
    exact = [
        _exact_line_taxes(line, amount - share, pricing.is_inclusive_tax, index)
        for index, (line, amount, share) in enumerate(zip(lines, amounts, shares, strict=True))
    ]
    line_taxes, tax_totals = _round_taxes(exact, pricing.tax_rounding, currency)
    tax_total = sum((t.amount for t in tax_totals), ZERO)
    goods = sub_total if pricing.is_inclusive_tax else sub_total + tax_total
    if pricing.discount is not None and not pricing.is_discount_before_tax:
        discount_total = _document_discount(pricing.discount, goods, currency)
    total = goods - discount_total + pricing.shipping_charge + pricing.adjustment
    if total < ZERO:
        raise ValidationError("adjustment", f"makes the total negative ({total})")
    return Totals(
        lines=tuple(
            LineTotal(amount, share, taxes)
            for amount, share, taxes in zip(amounts, shares, line_taxes, strict=True)
        ),
        sub_total=sub_total,
        discount_total=discount_total,
        taxes=tax_totals,
        tax_total=tax_total,
        shipping_charge=pricing.shipping_charge,
        adjustment=pricing.adjustment,
        total=total,
    )


def _line_amount(line: PricedLine, index: int, currency: str) -> Decimal:
    gross = line.quantity * line.rate
    if line.discount is None:
        return round_money(gross, currency)
    off = line.discount.amount_of(gross)
    if off > gross:
        raise ValidationError(
            f"line_items[{index}].discount", f"{line.discount} is more than the line's {gross}"
        )
    return round_money(gross - off, currency)


def _document_discount(discount: Discount, base: Decimal, currency: str) -> Decimal:
    amount = round_money(discount.amount_of(base), currency)
    if amount > base:
        raise ValidationError("discount", f"{discount} is more than the {base} it applies to")
    return amount


def _exact_line_taxes(
    line: PricedLine, taxable: Decimal, inclusive: bool, index: int
) -> list[tuple[TaxKey, Decimal]]:
    keys = [(t.name, t.rate, t.compound) for t in line.taxes]
    names = [t.name for t in line.taxes]
    for position, name in enumerate(names):
        if name in names[:position]:
            raise ValidationError(
                f"line_items[{index}].taxes[{position}]", f"{name} is already on this line"
            )
    simple = sum((t.rate for t in line.taxes if not t.compound), ZERO) / HUNDRED
    compound = sum((t.rate for t in line.taxes if t.compound), ZERO) / HUNDRED
    with localcontext() as context:
        context.prec = 50  # the exact base of an inclusive price is a long fraction
        base = taxable / ((ONE + simple) * (ONE + compound)) if inclusive else taxable
        return [
            (
                key,
                base * (ONE + simple) * t.rate / HUNDRED if t.compound else base * t.rate / HUNDRED,
            )
            for key, t in zip(keys, line.taxes, strict=True)
        ]


def _round_taxes(
    exact: list[list[tuple[TaxKey, Decimal]]], rounding: TaxRounding, currency: str
) -> tuple[list[tuple[LineTax, ...]], tuple[TaxTotal, ...]]:
    order: list[TaxKey] = []
    for line in exact:
        order.extend(key for key, _ in line if key not in order)
    rounded: list[dict[TaxKey, Decimal]] = [
        {key: round_money(value, currency) for key, value in line} for line in exact
    ]
    if rounding is TaxRounding.DOCUMENT:
        for key in order:
            present = [i for i, line in enumerate(exact) if any(k == key for k, _ in line)]
            values = [dict(exact[i])[key] for i in present]
            spread = allocate_rounded(round_money(sum(values, ZERO), currency), values, currency)
            for i, amount in zip(present, spread, strict=True):
                rounded[i][key] = amount
    line_taxes = [
        tuple(LineTax(k[0], k[1], k[2], rounded[i][k]) for k, _ in line)
        for i, line in enumerate(exact)
    ]
    totals = tuple(
        TaxTotal(k[0], k[1], k[2], sum((line.get(k, ZERO) for line in rounded), ZERO))
        for k in order
    )
    return line_taxes, totals


def allocate(total: Decimal, weights: Sequence[Decimal], currency: str) -> list[Decimal]:
    """Split a rounded total over non-negative weights in proportion; the parts sum exactly to it."""
    weight = sum(weights, ZERO)
    if weight == ZERO:
        return [ZERO for _ in weights]
    with localcontext() as context:
        context.prec = 50
        return allocate_rounded(total, [total * w / weight for w in weights], currency)


def allocate_rounded(total: Decimal, exact: Sequence[Decimal], currency: str) -> list[Decimal]:
    """Round non-negative exact parts so they sum to `total` (largest remainder, earlier first).

    `total` must be the rounded sum of the parts (or within one unit per part of it).
    """
    unit = quantum(currency)
    floors = [value.quantize(unit, rounding=ROUND_FLOOR) for value in exact]
    missing = int((total - sum(floors, ZERO)) / unit)
    if not 0 <= missing <= len(exact):
        raise ValueError(f"cannot spread {total} over parts summing to {sum(exact, ZERO)}")
    by_remainder = sorted(range(len(exact)), key=lambda i: (-(exact[i] - floors[i]), i))
    for i in by_remainder[:missing]:
        floors[i] += unit
    return floors
