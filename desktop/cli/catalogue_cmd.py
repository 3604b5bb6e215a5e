"""`invoice-desk taxes` and `items`: the tax rates and the catalogue lines start from."""

from __future__ import annotations

import argparse
from decimal import Decimal
from typing import TYPE_CHECKING, Any

from desktop.cli.output import print_json
from desktop.domain.catalogue import Item, TaxRate

if TYPE_CHECKING:
    from desktop.controllers.services import Services


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the taxes and items commands."""
    taxes = commands.add_parser("taxes", help="named tax rates")
    taxes.add_argument("--json", action="store_true", help="print JSON")
    taxes.set_defaults(handler=run_taxes)
    tax_actions = taxes.add_subparsers(dest="taxes_action", metavar="ACTION")
    added = tax_actions.add_parser("add", help="add a tax rate (percent)")
    added.add_argument("name")
    added.add_argument("rate", help="percent, e.g. 20 or 7.5")
    added.add_argument("--compound", action="store_true", help="also taxes the other taxes")
    added.add_argument("--default", action="store_true", help="put it on new lines by default")
    added.set_defaults(handler=run_add_tax)
    archived = tax_actions.add_parser("archive", help="stop offering a tax (documents keep it)")
    archived.add_argument("name")
    archived.set_defaults(handler=run_archive_tax)
    default = tax_actions.add_parser("default", help="make a tax the default of new lines")
    default.add_argument("name", nargs="?", help="none: no default tax")
    default.set_defaults(handler=run_default_tax)

    items = commands.add_parser("items", help="the catalogue of products and services")
    items.add_argument("--json", action="store_true", help="print JSON")
    items.set_defaults(handler=run_items)
    item_actions = items.add_subparsers(dest="items_action", metavar="ACTION")
    item = item_actions.add_parser("add", help="add an item")
    item.add_argument("name")
    item.add_argument("rate")
    item.add_argument("--description")
    item.add_argument("--unit", help="hour, piece, kg, …")
    item.add_argument("--tax", action="append", default=[], metavar="NAME", help="repeatable")
    item.set_defaults(handler=run_add_item)


def _plain(value: Decimal) -> str:
    return format(value, "f")


def tax_json(tax: TaxRate) -> dict[str, Any]:
    """Return the contract's tax object."""
    return {
        "name": tax.name,
        "rate": _plain(tax.rate),
        "compound": tax.compound,
        "archived": tax.archived,
        "default": tax.is_default,
    }


def item_json(item: Item) -> dict[str, Any]:
    """Return the contract's item object."""
    return {
        "name": item.name,
        "description": item.description,
        "rate": _plain(item.rate),
        "unit": item.unit,
        "taxes": list(item.taxes),
    }


def run_taxes(args: argparse.Namespace, services: Services) -> int:
    """Print the tax rates."""
    taxes = services.catalogue.taxes()
    if args.json:
        print_json([tax_json(t) for t in taxes])
        return 0
    for t in taxes:
        flags = [f for f, on in (("compound", t.compound), ("default", t.is_default)) if on]
        flags += ["archived"] if t.archived else []
        print(f"{t.name:<24} {_plain(t.rate):>8}%  {', '.join(flags)}")
    print(f"{len(taxes)} tax rate(s)")
    return 0


def run_add_tax(args: argparse.Namespace, services: Services) -> int:
    """Add a tax rate and say so."""
    tax = services.catalogue.add_tax(args.name, args.rate, args.compound, args.default)
    print(f"Added {tax.name} {_plain(tax.rate)}%" + (" (default)" if tax.is_default else ""))
    return 0


def run_archive_tax(args: argparse.Namespace, services: Services) -> int:
    """Archive a tax rate and say so."""
    tax = services.catalogue.archive_tax(args.name)
    print(f"Archived {tax.name}; documents that have it keep it.")
    return 0


def run_default_tax(args: argparse.Namespace, services: Services) -> int:
    """Set or clear the default tax."""
    services.catalogue.set_default_tax(args.name)
    print(f"Default tax: {args.name}" if args.name else "No default tax.")
    return 0


def run_items(args: argparse.Namespace, services: Services) -> int:
    """Print the catalogue."""
    items = services.catalogue.items()
    if args.json:
        print_json([item_json(i) for i in items])
        return 0
    for i in items:
        print(f"{i.name:<32} {_plain(i.rate):>12} {i.unit or '':<8} {', '.join(i.taxes)}")
    print(f"{len(items)} item(s)")
    return 0


def run_add_item(args: argparse.Namespace, services: Services) -> int:
    """Add an item and say so."""
    item = services.catalogue.add_item(args.name, args.rate, args.description, args.unit, args.tax)
    print(f"Added item {item.name} at {_plain(item.rate)}")
    return 0
