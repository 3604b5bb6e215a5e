"""`invoice-desk potentials` and `workflows`: deals with their documents, and workflow settings."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

from desktop.cli.output import print_json
from desktop.domain.workflows import WorkflowSettings

if TYPE_CHECKING:
    from desktop.controllers.services import Services


def _on_off(text: str) -> bool:
    if text not in ("on", "off"):
        raise argparse.ArgumentTypeError("use on or off")
    return text == "on"


def _stage_list(text: str) -> list[str]:
    return [part.strip() for part in text.split(",")]


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the potentials and workflows commands."""
    potentials = commands.add_parser("potentials", help="list CRM deals and their documents")
    potentials.add_argument("--json", action="store_true", help="print JSON")
    potentials.set_defaults(handler=run_potentials)
    workflows = commands.add_parser("workflows", help="show or switch the potential workflows")
    workflows.add_argument("--estimates", type=_on_off, metavar="on|off")
    workflows.add_argument("--invoices", type=_on_off, metavar="on|off")
    workflows.add_argument("--won-stages", type=_stage_list, metavar="STAGE,STAGE")
    workflows.add_argument("--lost-stages", type=_stage_list, metavar="STAGE,STAGE")
    workflows.add_argument("--json", action="store_true", help="print JSON")
    workflows.set_defaults(handler=run_workflows)


def run_potentials(args: argparse.Namespace, services: Services) -> int:
    """Print the potentials."""
    potentials = services.potentials.list()
    if args.json:
        print_json(
            [
                {
                    "crm_id": p.crm_id,
                    "name": p.name,
                    "stage": p.stage,
                    "amount": p.amount,
                    "closing_date": p.closing_date,
                    "customer_id": p.customer_id,
                    "customer_name": p.customer_name,
                    "documents": list(p.documents),
                }
                for p in potentials
            ]
        )
        return 0
    for p in potentials:
        amount = "" if p.amount is None else str(p.amount)
        print(
            f"{p.crm_id:<20} {p.name:<32} {p.stage or '':<28} {amount:>12}  "
            f"{p.customer_name or '(no customer)'}  {' '.join(p.documents)}"
        )
    print(f"{len(potentials)} potential(s)")
    return 0


def run_workflows(args: argparse.Namespace, services: Services) -> int:
    """Change the settings given, then print them all."""
    settings: WorkflowSettings = services.potentials.set_workflows(
        estimates=args.estimates,
        invoices=args.invoices,
        won_stages=args.won_stages,
        lost_stages=args.lost_stages,
    )
    if args.json:
        print_json(
            {
                "estimates": settings.estimates,
                "invoices": settings.invoices,
                "won_stages": list(settings.won_stages),
                "lost_stages": list(settings.lost_stages),
            }
        )
        return 0
    print(f"estimates: {'on' if settings.estimates else 'off'}")
    print(f"invoices: {'on' if settings.invoices else 'off'}")
    print(f"won stages: {', '.join(settings.won_stages)}")
    print(f"lost stages: {', '.join(settings.lost_stages)}")
    return 0
