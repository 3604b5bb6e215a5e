"""`invoice-desk customers`: list customers as a table or JSON."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, TypeVar

from desktop.cli.arguments import record_id
from desktop.cli.output import customer_json, print_json, print_json_array
from desktop.domain.customer_local import KEEP, Keep, LocalChange
from desktop.domain.language import LANGUAGES

if TYPE_CHECKING:
    from desktop.controllers.services import Services

T = TypeVar("T")


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the customers command."""
    parser = commands.add_parser("customers", help="list customers")
    parser.add_argument("--all", action="store_true", help="include inactive customers")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)
    actions = parser.add_subparsers(dest="customers_action", metavar="ACTION")
    _register_set(actions)
    merge = commands.add_parser("merge", help="merge customer SOURCE_ID into TARGET_ID")
    merge.add_argument("source_id", type=record_id, metavar="SOURCE_ID")
    merge.add_argument("target_id", type=record_id, metavar="TARGET_ID")
    merge.set_defaults(handler=run_merge)


def run(args: argparse.Namespace, services: Services) -> int:
    """Print the customers."""
    customers = services.customers.each(include_inactive=args.all)
    if args.json:
        print_json_array(customer_json(c) for c in customers)
        return 0
    count = 0
    for customer in customers:
        count += 1
        contact = customer.primary_contact
        print(
            f"{customer.id:>6}  {customer.name:<40}  {customer.status.value:<8}  "
            f"{contact.display_name if contact else ''}"
        )
    print(f"{count} customer(s)")
    return 0


def run_merge(args: argparse.Namespace, services: Services) -> int:
    """Merge two customers and say what moved."""
    moved = services.customers.merge(args.source_id, args.target_id)
    print(f"Merged: {moved.describe()}")
    return 0


def _register_set(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    changed = actions.add_parser("set", help="change a customer's local invoicing fields")
    changed.add_argument("id", type=int, metavar="ID")
    changed.add_argument("--tax-id", metavar="T", help="the customer's tax/VAT number")
    tax = changed.add_mutually_exclusive_group()
    tax.add_argument("--default-tax", metavar="NAME", help="tax of new lines ('' for none)")
    tax.add_argument("--tax-exempt", metavar="REASON", help="no tax; the reason is printed")
    tax.add_argument("--no-tax-exempt", action="store_true", help="end the exemption")
    changed.add_argument("--payment-terms", type=int, metavar="DAYS")
    changed.add_argument("--currency", metavar="CODE", help="'' for the organization's")
    changed.add_argument("--send-to", type=int, metavar="CONTACT_ID", help="who gets documents")
    changed.add_argument(
        "--language",
        metavar="LANG",
        help=f"language of its documents and emails: {'|'.join(LANGUAGES)} ('' for the organization's)",
    )
    changed.add_argument("--json", action="store_true", help="print the customer as JSON")
    changed.set_defaults(handler=run_set)


def run_set(args: argparse.Namespace, services: Services) -> int:
    """Change the given local fields, all or none, and print the customer."""
    change = LocalChange(
        tax_id=KEEP if args.tax_id is None else args.tax_id,
        default_tax=KEEP if args.default_tax is None else (args.default_tax.strip() or None),
        tax_exemption_reason=None if args.no_tax_exempt else _given(args.tax_exempt),
        payment_terms_days=_given(args.payment_terms),
        currency_code=_given(args.currency),
        send_to_contact_id=_given(args.send_to),
        language=_given(args.language),
    )
    customer = services.customers.set_local_fields(args.id, change)
    if args.json:
        print_json(customer_json(customer))
        return 0
    tax = customer.tax
    setting = f"exempt ({tax.tax_exemption_reason})" if tax.tax_exemption_reason else None
    print(f"{customer.id} {customer.name}: tax id {tax.tax_id or '-'}; "
          f"tax {setting or tax.default_tax or 'default'}; "
          f"terms {customer.payment_terms_days if customer.payment_terms_days is not None else '-'} days; "
          f"currency {customer.currency_code or 'default'}; "
          f"language {tax.language or 'default'}")  # fmt: skip
    return 0


def _given(value: T | None) -> T | Keep:
    return KEEP if value is None else value
