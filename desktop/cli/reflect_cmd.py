"""`invoice-desk crm-reflect`, `crm-outbox` and `link`: documents shown in Zoho CRM, links back."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli.output import print_json

if TYPE_CHECKING:
    from desktop.controllers.services import Services


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the crm-reflect and crm-outbox commands."""
    switch = commands.add_parser(
        "crm-reflect", help="show or switch showing documents as notes (and PDFs) in Zoho CRM"
    )
    switch.add_argument("state", nargs="?", choices=("on", "off"))
    switch.set_defaults(handler=run_switch)
    queue = commands.add_parser(
        "crm-outbox", help="list what waits to reach Zoho CRM, what reached it and what failed"
    )
    queue.add_argument("--json", action="store_true", help="print JSON")
    queue.set_defaults(handler=run_outbox)
    link = commands.add_parser(
        "link", help="what an invoicedesk:// link from Zoho CRM opens (syncs first if unknown)"
    )
    link.add_argument("url", metavar="invoicedesk://…")
    link.set_defaults(handler=run_link)


def run_switch(args: argparse.Namespace, services: Services) -> int:
    """Switch when asked, then print the current state (on or off)."""
    if args.state is not None:
        services.reflect.set_enabled(args.state == "on")
    print("on" if services.reflect.enabled() else "off")
    return 0


def run_link(args: argparse.Namespace, services: Services) -> int:
    """Print, as JSON, the customer, deal or document a link opens."""
    target = services.links.resolve(args.url)
    customer = target.customer
    print_json(
        {
            "action": target.action,
            "customer_id": customer.id if customer else None,
            "customer": customer.name if customer else None,
            "deal": target.deal_crm_id,
            "document_id": target.document_id,
        }
    )
    return 0


def run_outbox(args: argparse.Namespace, services: Services) -> int:
    """Print the outbox, oldest first."""
    items = services.reflect.outbox()
    if args.json:
        print_json(
            [
                {
                    "document": i.document,
                    "crm_module": i.crm_module,
                    "crm_id": i.crm_id,
                    "action": i.action,
                    "state": i.state,
                    "error": i.error,
                }
                for i in items
            ]
        )
        return 0
    for i in items:
        print(
            f"{i.document:<14} {i.action.value:<7} {i.crm_module} {i.crm_id:<20} {i.state.value}"
            + (f" — {i.error}" if i.error else "")
        )
    if not items:
        print("The CRM outbox is empty.")
    return 0
