"""`invoice-desk documents einvoice NUMBER --format facturx|ubl -o FILE`."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.controllers.einvoices import EInvoiceFormat

if TYPE_CHECKING:
    from desktop.controllers.services import Services


def register(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `documents einvoice` to the documents command's actions."""
    parser = actions.add_parser("einvoice", help="write an EN 16931 e-invoice (Factur-X or UBL)")
    parser.add_argument("number")
    parser.add_argument("--format", required=True, choices=[f.value for f in EInvoiceFormat])
    parser.add_argument("-o", "--output", required=True, type=Path, metavar="FILE")
    parser.set_defaults(handler=run_einvoice)


def run_einvoice(args: argparse.Namespace, services: Services) -> int:
    """Write the e-invoice and print where it went."""
    from desktop.controllers.einvoices import EInvoicesController

    einvoices = EInvoicesController(services.documents, services.customers)
    einvoices.save(args.number, EInvoiceFormat(args.format), args.output)
    print(args.output)
    return 0
