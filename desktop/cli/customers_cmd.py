"""`invoice-desk customers`: list customers as a table or JSON."""

from __future__ import annotations

import argparse

from desktop.cli.arguments import record_id
from desktop.cli.output import customer_json, print_json
from desktop.controllers.services import Services


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the customers command."""
    parser = commands.add_parser("customers", help="list customers")
    parser.add_argument("--all", action="store_true", help="include inactive customers")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run)
    merge = commands.add_parser("merge", help="merge customer SOURCE_ID into TARGET_ID")
    merge.add_argument("source_id", type=record_id, metavar="SOURCE_ID")
    merge.add_argument("target_id", type=record_id, metavar="TARGET_ID")
    merge.set_defaults(handler=run_merge)


def run(args: argparse.Namespace, services: Services) -> int:
    """Print the customers."""
    customers = services.customers.list(include_inactive=args.all)
    if args.json:
        print_json([customer_json(c) for c in customers])
        return 0
    for customer in customers:
        contact = customer.primary_contact
        print(
            f"{customer.id:>6}  {customer.name:<40}  {customer.status.value:<8}  "
            f"{contact.display_name if contact else ''}"
        )
    print(f"{len(customers)} customer(s)")
    return 0


def run_merge(args: argparse.Namespace, services: Services) -> int:
    """Merge two customers and say what moved."""
    moved = services.customers.merge(args.source_id, args.target_id)
    print(f"Merged: {moved.describe()}")
    return 0
