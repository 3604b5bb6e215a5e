"""Tax rates and catalogue items: read as frozen values, written inside the caller's transaction."""

from __future__ import annotations

from sqlalchemy import exists, select
from sqlalchemy.orm import Session, selectinload

from desktop.domain.catalogue import Catalogue, CustomerTax, Item, TaxRate
from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.domain.settings import DEFAULT_TAX
from desktop.persistence.records import (
    CustomerRecord,
    ItemRecord,
    ItemTaxRecord,
    LineItemTaxRecord,
    TaxRateRecord,
)
from desktop.persistence.settings_store import get_setting, set_setting


def list_taxes(session: Session) -> tuple[TaxRate, ...]:
    """Return every tax rate by name, archived ones included, the default marked."""
    default = get_setting(session, DEFAULT_TAX)
    records = session.scalars(select(TaxRateRecord).order_by(TaxRateRecord.name))
    return tuple(
        TaxRate(r.name, r.rate, r.compound, r.archived, r.name == default and not r.archived)
        for r in records
    )


def list_items(session: Session) -> tuple[Item, ...]:
    """Return every catalogue item by name with its default taxes' names."""
    query = select(ItemRecord).options(selectinload(ItemRecord.taxes)).order_by(ItemRecord.name)
    records = session.scalars(query).all()
    names = {
        row.id: row.name for row in session.execute(select(TaxRateRecord.id, TaxRateRecord.name))
    }
    return tuple(
        Item(r.name, r.rate, r.description, r.unit, tuple(names[t.tax_rate_id] for t in r.taxes))
        for r in records
    )


def read_catalogue(session: Session) -> Catalogue:
    """Return the tax rates and items documents are written from."""
    return Catalogue(list_taxes(session), list_items(session))


def add_tax(session: Session, tax: TaxRate, make_default: bool) -> None:
    """Store a new tax rate; ConflictError if the name is taken (archived ones included)."""
    if _tax_named(session, tax.name) is not None:
        raise ConflictError(f"A tax named {tax.name} already exists.")
    session.add(TaxRateRecord(name=tax.name, rate=tax.rate, compound=tax.compound, archived=False))
    session.flush()
    if make_default:
        set_setting(session, DEFAULT_TAX, tax.name)


def change_tax_rate(session: Session, name: str, tax: TaxRate) -> None:
    """Change a tax's rate and compound flag; documents already written keep what they had."""
    record = _existing_tax(session, name)
    record.rate, record.compound = tax.rate, tax.compound


def archive_tax(session: Session, name: str) -> str:
    """Archive a tax (it stays on documents, is no longer offered); return its stored name."""
    record = _existing_tax(session, name)
    if record.archived:
        raise ConflictError(f"The tax {record.name} is already archived.")
    record.archived = True
    if get_setting(session, DEFAULT_TAX) == record.name:
        set_setting(session, DEFAULT_TAX, "")
    return record.name


def set_default_tax(session: Session, name: str | None) -> None:
    """Make a usable tax the organization's default, or clear the default with None."""
    if name is None:
        set_setting(session, DEFAULT_TAX, "")
        return
    record = _existing_tax(session, name)
    if record.archived:
        raise ValidationError("default", f"the tax {record.name} is archived")
    set_setting(session, DEFAULT_TAX, record.name)


def tax_is_used(session: Session, name: str) -> bool:
    """Return whether any document line carries a tax of that name."""
    return bool(session.scalar(select(exists().where(LineItemTaxRecord.name == name))))


def add_item(session: Session, item: Item) -> None:
    """Store a new catalogue item; its taxes must be usable tax names."""
    if any(i.name.casefold() == item.name.casefold() for i in list_items(session)):
        raise ConflictError(f"An item named {item.name} already exists.")
    record = ItemRecord(
        name=item.name, description=item.description, rate=item.rate, unit=item.unit
    )
    for position, name in enumerate(item.taxes):
        tax = _tax_named(session, name)
        if tax is None:
            raise ValidationError(f"tax[{position}]", f"there is no tax named {name!r}")
        if tax.archived:
            raise ValidationError(f"tax[{position}]", f"the tax {tax.name} is archived")
        record.taxes.append(ItemTaxRecord(tax_rate_id=tax.id, position=position))
    session.add(record)
    session.flush()


def customer_tax(session: Session, customer: CustomerRecord) -> CustomerTax:
    """Return a customer's tax setting: default tax name or exemption reason."""
    name = None
    if customer.default_tax_id is not None:
        name = session.scalar(
            select(TaxRateRecord.name).where(TaxRateRecord.id == customer.default_tax_id)
        )
    return CustomerTax(name, customer.tax_exemption_reason)


def tax_id_of(session: Session, name: str) -> int:
    """Return the id of a usable tax by name (any case); ValidationError naming `default_tax`."""
    record = _tax_named(session, name)
    if record is None:
        raise ValidationError("default_tax", f"there is no tax named {name!r}")
    if record.archived:
        raise ValidationError("default_tax", f"the tax {record.name} is archived")
    return record.id


def _tax_named(session: Session, name: str) -> TaxRateRecord | None:
    wanted = name.strip().casefold()
    for record in session.scalars(select(TaxRateRecord)):
        if record.name.casefold() == wanted:
            return record
    return None


def _existing_tax(session: Session, name: str) -> TaxRateRecord:
    record = _tax_named(session, name)
    if record is None:
        raise NotFoundError(f"There is no tax named {name}.")
    return record
