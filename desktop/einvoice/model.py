"""An EN 16931 invoice built from a document value: the one place that maps our model to the norm.

Our arithmetic is kept to the cent: every amount in the result is one `documents show` prints or
a difference of them. Where EN 16931 says it differently the document is converted:

- Each line carries one VAT rate; several taxes on a line (also compound ones) become their
  combined rate ((1 + simple) × (1 + compound) − 1), which taxes the line exactly as they do.
- Tax-inclusive prices become net prices: a line's net amount is its amount less its part of a
  document discount and less its taxes; the discount is then inside the lines.
- A document discount before tax becomes one allowance per VAT rate (the lines' shares of it);
  shipping (untaxed in our model) a charge at 0 %; the adjustment the rounding amount (BT-114).

What cannot be written (a discount after tax, a currency of three decimals, a tax breakdown that
EN 16931's per-rate rounding rejects) is refused with a sentence naming what to change.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from decimal import Decimal, localcontext
from enum import StrEnum

from desktop.domain.customers import Address
from desktop.domain.documents import Document, DocumentKind, DocumentLine, OrganizationProfile
from desktop.domain.errors import UserFacingError, ValidationError
from desktop.domain.money import HUNDRED, ZERO, currency_precision, round_money
from desktop.domain.totals import compute_totals
from desktop.einvoice.countries import country_code
from desktop.einvoice.payment import BankAccount, bank_account

ONE = Decimal(1)
PRICE_PLACES = Decimal("1E-10")  # a net price taken out of an inclusive one keeps ten places


class Category(StrEnum):
    """EN 16931 VAT category codes (UNTDID 5305) that our documents produce."""

    STANDARD = "S"
    ZERO_RATED = "Z"
    EXEMPT = "E"


@dataclass(frozen=True, slots=True)
class Party:
    """Seller or buyer: name, postal address with an ISO country code, VAT id, email."""

    name: str
    address: Address
    country: str
    vat_id: str | None
    email: str | None


@dataclass(frozen=True, slots=True)
class TaxKey:
    """A VAT category and rate: one breakdown group (BG-23)."""

    category: Category
    rate: Decimal


@dataclass(frozen=True, slots=True)
class Line:
    """An invoice line (BG-25): net price, an allowance for its discount, net amount, its VAT."""

    number: int
    name: str
    description: str | None
    quantity: Decimal
    price: Decimal
    allowance: Decimal
    net_amount: Decimal
    tax: TaxKey


@dataclass(frozen=True, slots=True)
class AllowanceCharge:
    """A document-level allowance (BG-20) or charge (BG-21) in one VAT group."""

    is_charge: bool
    amount: Decimal
    reason: str
    tax: TaxKey


@dataclass(frozen=True, slots=True)
class TaxGroup:
    """One VAT breakdown (BG-23): taxable amount and tax amount of a category and rate."""

    tax: TaxKey
    taxable: Decimal
    amount: Decimal
    exemption_reason: str | None


@dataclass(frozen=True, slots=True)
class EInvoice:
    """Every EN 16931 business term we write, with amounts as our totals hold them."""

    number: str
    is_credit_note: bool
    issue_date: dt.date
    due_date: dt.date | None
    currency: str
    buyer_reference: str
    note: str | None
    payment_terms: str | None
    credited_invoice: str | None
    seller: Party
    buyer: Party
    bank: BankAccount | None
    lines: tuple[Line, ...]
    allowances_charges: tuple[AllowanceCharge, ...]
    taxes: tuple[TaxGroup, ...]
    line_total: Decimal  # BT-106
    allowance_total: Decimal  # BT-107
    charge_total: Decimal  # BT-108
    tax_exclusive: Decimal  # BT-109
    tax_total: Decimal  # BT-110
    tax_inclusive: Decimal  # BT-112
    prepaid: Decimal  # BT-113
    rounding: Decimal  # BT-114
    payable: Decimal  # BT-115


def build_einvoice(
    document: Document,
    seller: OrganizationProfile,
    buyer_vat_id: str | None,
    buyer_email: str | None = None,
) -> EInvoice:
    """Return the EN 16931 invoice of a document; UserFacingError naming what to fill in or change."""
    if document.kind is DocumentKind.ESTIMATE:
        raise UserFacingError(
            f"{document.number} is an estimate: only invoices and credit notes are e-invoices."
        )
    pricing = document.pricing
    currency = document.currency_code
    if currency_precision(currency) > 2:
        raise ValidationError(
            "currency", f"{currency} has three decimals; EN 16931 amounts have at most two"
        )
    if pricing.discount is not None and not pricing.is_discount_before_tax:
        raise ValidationError(
            "discount",
            "a discount after tax cannot be written in an e-invoice (EN 16931 takes discounts "
            "before tax); make it a discount before tax",
        )
    seller_party = _seller(seller)
    buyer_party = _buyer(document, buyer_vat_id, buyer_email)
    exempt = document.tax_exemption_reason
    shares = [
        line.discount_share
        for line in compute_totals([line.to_draft() for line in document.line_items], pricing).lines
    ]
    lines = tuple(
        _line(index, line, share, pricing.is_inclusive_tax, exempt, currency)
        for index, (line, share) in enumerate(zip(document.line_items, shares, strict=True))
    )
    extras = _allowances_charges(document, lines, shares, exempt)
    groups = _tax_groups(document, lines, extras, exempt, currency)
    line_total = sum((line.net_amount for line in lines), ZERO)
    allowance_total = sum((a.amount for a in extras if not a.is_charge), ZERO)
    charge_total = sum((a.amount for a in extras if a.is_charge), ZERO)
    tax_exclusive = line_total - allowance_total + charge_total
    tax_total = sum((g.amount for g in groups), ZERO)
    tax_inclusive = tax_exclusive + tax_total
    if tax_inclusive + pricing.adjustment != document.total:  # a bug, never a user's mistake
        raise AssertionError(
            f"{document.number}: e-invoice total {tax_inclusive} ≠ {document.total}"
        )
    is_credit = document.kind is DocumentKind.CREDIT_NOTE
    prepaid = ZERO if is_credit else document.total - document.balance
    bank = bank_account(seller.payment_details)
    return EInvoice(
        number=document.number,
        is_credit_note=is_credit,
        issue_date=document.date,
        due_date=None if is_credit else document.due_date,
        currency=currency,
        buyer_reference=document.reference or document.number,
        note=document.notes,
        payment_terms=_payment_terms(document, seller, bank, is_credit),
        credited_invoice=document.credited_invoice if is_credit else None,
        seller=seller_party,
        buyer=buyer_party,
        bank=bank,
        lines=lines,
        allowances_charges=extras,
        taxes=groups,
        line_total=line_total,
        allowance_total=allowance_total,
        charge_total=charge_total,
        tax_exclusive=tax_exclusive,
        tax_total=tax_total,
        tax_inclusive=tax_inclusive,
        prepaid=prepaid,
        rounding=pricing.adjustment,
        payable=tax_inclusive - prepaid + pricing.adjustment,
    )


def _seller(profile: OrganizationProfile) -> Party:
    where = "the seller's {} (Settings → Organization)"
    if not profile.name:
        raise ValidationError("organization name", f"fill in {where.format('name')}")
    if not profile.tax_id:
        raise ValidationError("organization tax_id", f"fill in {where.format('VAT id')}")
    country = _country(profile.address.country, "organization country", where.format("country"))
    return Party(profile.name, profile.address, country, profile.tax_id, profile.email)


def _buyer(document: Document, vat_id: str | None, email: str | None) -> Party:
    where = f"the billing address country of {document.customer_name}"
    country = _country(document.billing_address.country, "customer billing country", where)
    return Party(document.customer_name, document.billing_address, country, vat_id, email)


def _country(text: str | None, field: str, where: str) -> str:
    code = country_code(text)
    if code is None:
        problem = f"{text!r} is not a country we know" if text else "is empty"
        raise ValidationError(field, f"{problem}; fill in {where} (e.g. France, DE)")
    return code


def _line_key(rates: Sequence[tuple[Decimal, bool]], exempt: str | None) -> TaxKey:
    simple = sum((rate for rate, compound in rates if not compound), ZERO) / HUNDRED
    compound = sum((rate for rate, compound in rates if compound), ZERO) / HUNDRED
    combined = ((ONE + simple) * (ONE + compound) - ONE) * HUNDRED
    if combined > ZERO:
        return TaxKey(Category.STANDARD, combined.normalize())
    return TaxKey(Category.EXEMPT if exempt else Category.ZERO_RATED, ZERO)


def _line(
    index: int,
    line: DocumentLine,
    share: Decimal,
    inclusive: bool,
    exempt: str | None,
    currency: str,
) -> Line:
    key = _line_key([(t.rate, t.compound) for t in line.taxes], exempt)
    if inclusive:
        net = line.amount - share - sum((t.amount for t in line.taxes), ZERO)
        with localcontext() as context:
            context.prec = 50
            price = (net / line.quantity).quantize(PRICE_PLACES) if line.quantity else ZERO
        return Line(index + 1, line.name, line.description, line.quantity, price, ZERO, net, key)
    gross = round_money(line.quantity * line.rate, currency)
    return Line(
        index + 1,
        line.name,
        line.description,
        line.quantity,
        line.rate,
        gross - line.amount,
        line.amount,
        key,
    )


def _allowances_charges(
    document: Document, lines: Sequence[Line], shares: Sequence[Decimal], exempt: str | None
) -> tuple[AllowanceCharge, ...]:
    extras: list[AllowanceCharge] = []
    if not document.pricing.is_inclusive_tax:
        per_key: dict[TaxKey, Decimal] = {}
        for line, share in zip(lines, shares, strict=True):
            per_key[line.tax] = per_key.get(line.tax, ZERO) + share
        reason = f"Discount {document.pricing.discount}"
        extras += [
            AllowanceCharge(False, amount, reason, key)
            for key, amount in per_key.items()
            if amount > ZERO
        ]
    if document.pricing.shipping_charge > ZERO:
        key = TaxKey(Category.EXEMPT if exempt else Category.ZERO_RATED, ZERO)
        extras.append(AllowanceCharge(True, document.pricing.shipping_charge, "Shipping", key))
    return tuple(extras)


def _tax_groups(
    document: Document,
    lines: Sequence[Line],
    extras: Sequence[AllowanceCharge],
    exempt: str | None,
    currency: str,
) -> tuple[TaxGroup, ...]:
    taxable: dict[TaxKey, Decimal] = {}
    amounts: dict[TaxKey, Decimal] = {}
    for line, stored in zip(lines, document.line_items, strict=True):
        taxable[line.tax] = taxable.get(line.tax, ZERO) + line.net_amount
        amounts[line.tax] = amounts.get(line.tax, ZERO) + sum(
            (t.amount for t in stored.taxes), ZERO
        )
    for extra in extras:
        sign = ONE if extra.is_charge else -ONE
        taxable[extra.tax] = taxable.get(extra.tax, ZERO) + sign * extra.amount
        amounts.setdefault(extra.tax, ZERO)
    groups = []
    for key, base in taxable.items():
        expected = round_money(base * key.rate / HUNDRED, currency)
        if abs(amounts[key] - expected) >= ONE:
            raise ValidationError(
                "tax_rounding",
                f"the {key.rate} % taxes rounded line by line add up to {amounts[key]}, "
                f"EN 16931 accepts {expected} ± 1; round taxes per document",
            )
        reason = exempt if key.category is Category.EXEMPT else None
        groups.append(TaxGroup(key, base, amounts[key], reason))
    return tuple(groups)


def _payment_terms(
    document: Document, seller: OrganizationProfile, bank: BankAccount | None, is_credit: bool
) -> str:
    if is_credit:  # BR-CO-25: an amount due needs terms or a due date, also on a credit note
        return "Credited to the buyer: deducted from an invoice or refunded"
    if document.due_date is not None:
        return f"Due {document.due_date.isoformat()}"
    if bank is None and seller.payment_details:
        return seller.payment_details
    return "Payable on receipt"
