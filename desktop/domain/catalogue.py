"""Tax rates and catalogue items as values, and the rules that pick a line's taxes.

A line's taxes are the ones it names; else the item's; else the customer's default tax; else the
organization's default. A tax-exempt customer gets no default tax at all (only taxes a line
names). Documents keep each tax's name and rate as written, so later changes never alter them.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from decimal import Decimal

from desktop.domain.documents import LineDraft
from desktop.domain.errors import ValidationError
from desktop.domain.money import ZERO, parse_decimal
from desktop.domain.money import check_tax_rate as check_percentage
from desktop.domain.totals import TaxSpec

NAME_LIMIT = 100
ITEM_NAME_LIMIT = 300


@dataclass(frozen=True, slots=True)
class TaxRate:
    """A named tax rate of the list; archived ones stay on old documents but are not offered."""

    name: str
    rate: Decimal
    compound: bool = False
    archived: bool = False
    is_default: bool = False

    @property
    def spec(self) -> TaxSpec:
        """Return the tax as a line carries it."""
        return TaxSpec(self.name, self.rate, self.compound)


@dataclass(frozen=True, slots=True)
class Item:
    """A product or service a line can start from."""

    name: str
    rate: Decimal
    description: str | None = None
    unit: str | None = None
    taxes: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class CustomerTax:
    """A customer's tax setting: a default tax name, or an exemption reason, or neither."""

    default_tax: str | None = None
    exemption_reason: str | None = None


@dataclass(frozen=True, slots=True)
class Catalogue:
    """The tax rates and items a document is written from."""

    taxes: tuple[TaxRate, ...] = ()
    items: tuple[Item, ...] = ()

    def tax(self, name: str, field: str) -> TaxSpec:
        """Return the usable tax of that name (any case); ValidationError naming the field if none."""
        found = next((t for t in self.taxes if t.name.casefold() == name.strip().casefold()), None)
        if found is None:
            raise ValidationError(field, f"there is no tax named {name!r} (see `taxes`)")
        if found.archived:
            raise ValidationError(field, f"the tax {found.name} is archived")
        return found.spec

    def knows_tax(self, name: str) -> bool:
        """Return whether the list has a tax of that name (any case, archived or not)."""
        return any(t.name.casefold() == name.strip().casefold() for t in self.taxes)

    def item(self, name: str, field: str) -> Item:
        """Return the item of that name (any case); ValidationError naming the field if none."""
        wanted = name.strip().casefold()
        found = next((i for i in self.items if i.name.casefold() == wanted), None)
        if found is None:
            raise ValidationError(field, f"there is no item named {name!r} (see `items`)")
        return found

    def item_taxes(self, item: Item, field: str) -> tuple[TaxSpec, ...]:
        """Return an item's default taxes that are still usable."""
        usable = {t.name for t in self.taxes if not t.archived}
        return tuple(self.tax(n, field) for n in item.taxes if n in usable)

    @property
    def default_tax(self) -> TaxSpec | None:
        """Return the organization's default tax, if one is set and usable."""
        found = next((t for t in self.taxes if t.is_default and not t.archived), None)
        return found.spec if found else None

    def default_taxes_for(self, customer: CustomerTax) -> tuple[TaxSpec, ...]:
        """Return the taxes a line that names none gets for this customer."""
        if customer.exemption_reason:
            return ()
        if customer.default_tax:
            own = next(
                (t for t in self.taxes if t.name == customer.default_tax and not t.archived), None
            )
            if own is not None:
                return (own.spec,)
        default = self.default_tax
        return (default,) if default else ()


def check_tax_rate(name: str, rate: object, compound: bool = False) -> TaxRate:
    """Return a new tax rate from user input; raise ValidationError naming the field."""
    cleaned = name.strip()
    if not cleaned:
        raise ValidationError("name", "a tax needs a name")
    if len(cleaned) > NAME_LIMIT:
        raise ValidationError(
            "name", f"is {len(cleaned)} characters long; at most {NAME_LIMIT} fit"
        )
    if isinstance(rate, str):
        rate = rate.strip().removesuffix("%")
    value = parse_decimal(rate, "rate")
    if value < ZERO:
        raise ValidationError("rate", f"must not be negative, got {value}")
    check_percentage(value, "rate")
    return TaxRate(cleaned, value, compound)


def check_item(
    name: str, rate: object, description: str | None, unit: str | None, taxes: tuple[str, ...]
) -> Item:
    """Return a new item from user input; raise ValidationError naming the field."""
    cleaned = name.strip()
    if not cleaned:
        raise ValidationError("name", "an item needs a name")
    if len(cleaned) > ITEM_NAME_LIMIT:
        raise ValidationError("name", f"is {len(cleaned)} characters long; at most 300 fit")
    value = parse_decimal(rate, "rate")
    if value < ZERO:
        raise ValidationError("rate", f"must not be negative, got {value}")
    unit = (unit or "").strip() or None
    if unit is not None and len(unit) > 50:
        raise ValidationError("unit", f"is {len(unit)} characters long; at most 50 fit")
    names = [t.strip() for t in taxes]
    for position, tax in enumerate(names):
        if tax.casefold() in (n.casefold() for n in names[:position]):
            raise ValidationError(f"tax[{position}]", f"{tax} is given twice")
    return Item(cleaned, value, (description or "").strip() or None, unit, tuple(names))


def with_default_taxes(line: LineDraft, catalogue: Catalogue, customer: CustomerTax) -> LineDraft:
    """Return the line with its taxes settled: a line that named none gets the item's taxes, else
    the customer's or organization's default; for a tax-exempt customer, none of those."""
    if not line.default_taxes:
        return line
    if customer.exemption_reason:
        taxes: tuple[TaxSpec, ...] = ()
    elif line.taxes:
        taxes = line.taxes
    else:
        taxes = catalogue.default_taxes_for(customer)
    return replace(line, taxes=taxes, default_taxes=False)
