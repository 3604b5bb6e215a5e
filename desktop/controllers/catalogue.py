"""Tax rates and catalogue items for both front ends; every write is one transaction."""

from __future__ import annotations

import builtins
from decimal import Decimal

from desktop.domain.catalogue import Catalogue, Item, TaxRate, check_item, check_tax_rate
from desktop.persistence import catalogue as store
from desktop.persistence.database import Database


class CatalogueController:
    """Lists, adds and archives tax rates; lists and adds items."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def read(self) -> Catalogue:
        """Return every tax rate and item (what the editor completes from)."""
        with self._database.read_session() as session:
            return store.read_catalogue(session)

    def taxes(self) -> tuple[TaxRate, ...]:
        """Return every tax rate by name, archived ones included."""
        return self.read().taxes

    def items(self) -> tuple[Item, ...]:
        """Return every catalogue item by name."""
        return self.read().items

    def add_tax(
        self, name: str, rate: Decimal | str, compound: bool = False, make_default: bool = False
    ) -> TaxRate:
        """Add a named tax rate (and make it the default); ValidationError or ConflictError."""
        tax = check_tax_rate(name, rate, compound)
        with self._database.session() as session:
            store.add_tax(session, tax, make_default)
        return self._tax(tax.name)

    def change_tax(self, name: str, rate: Decimal | str, compound: bool) -> TaxRate:
        """Change a tax's rate; documents already written keep the rate they were written with."""
        tax = check_tax_rate(name, rate, compound)
        with self._database.session() as session:
            store.change_tax_rate(session, name, tax)
        return self._tax(name)

    def archive_tax(self, name: str) -> TaxRate:
        """Archive a tax: no longer offered, still on the documents that have it."""
        with self._database.session() as session:
            stored = store.archive_tax(session, name)
        return self._tax(stored)

    def set_default_tax(self, name: str | None) -> None:
        """Make a tax the organization's default (None: no default)."""
        with self._database.session() as session:
            store.set_default_tax(session, name)

    def add_item(
        self,
        name: str,
        rate: Decimal | str,
        description: str | None = None,
        unit: str | None = None,
        taxes: builtins.list[str] | tuple[str, ...] = (),
    ) -> Item:
        """Add a catalogue item; ValidationError naming the field, ConflictError for a taken name."""
        item = check_item(name, rate, description, unit, tuple(taxes))
        with self._database.session() as session:
            store.add_item(session, item)
        return next(i for i in self.items() if i.name == item.name)

    def _tax(self, name: str) -> TaxRate:
        folded = name.strip().casefold()
        return next(t for t in self.taxes() if t.name.casefold() == folded)
