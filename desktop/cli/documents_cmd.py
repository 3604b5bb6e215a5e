"""`invoice-desk documents`: list, import, show, set-status, convert, pay, payments, pdf, and
credit notes (apply-credit, refund) and payment removal (delete-payment)."""

from __future__ import annotations

import argparse
import json
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli import einvoice_cmd
from desktop.cli.arguments import record_id
from desktop.cli.document_json import document_json, payment_json, summary_json
from desktop.cli.human import human_text
from desktop.cli.output import print_json
from desktop.cli.send_cmd import register_actions as register_email_actions
from desktop.domain.documents import Document, DocumentKind
from desktop.domain.errors import UserFacingError, ValidationError
from desktop.domain.lifecycle import parse_status
from desktop.domain.locale_format import LocaleText

if TYPE_CHECKING:
    from desktop.controllers.services import Services


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the documents command; with no sub-command it lists documents."""
    parser = commands.add_parser("documents", help="invoices and estimates")
    _add_list_options(parser)
    parser.set_defaults(handler=run_list)
    actions = parser.add_subparsers(dest="documents_action", metavar="ACTION")

    imported = actions.add_parser("import", help="create documents from a JSON file")
    imported.add_argument("file", metavar="FILE.json", type=Path)
    imported.set_defaults(handler=run_import)

    shown = actions.add_parser("show", help="print one document as JSON")
    shown.add_argument("number")
    shown.set_defaults(handler=run_show)

    status = actions.add_parser("set-status", help="change a document's status by hand")
    status.add_argument("number")
    status.add_argument("status")
    status.set_defaults(handler=run_set_status)

    converted = actions.add_parser("convert", help="turn an estimate into an invoice")
    converted.add_argument("number")
    converted.set_defaults(handler=run_convert)

    paid = actions.add_parser("pay", help="record a payment against an invoice")
    paid.add_argument("number")
    paid.add_argument("amount")
    paid.add_argument("--date", metavar="YYYY-MM-DD", help="payment date (default: today)")
    paid.add_argument("--mode", help="cash, bank transfer, card, …")
    paid.add_argument("--reference", help="cheque number, transfer id, …")
    paid.set_defaults(handler=run_pay)

    payments = actions.add_parser("payments", help="list payments of an invoice or a customer")
    payments.add_argument("number", nargs="?")
    payments.add_argument("--customer", type=record_id, metavar="ID")
    payments.add_argument("--json", action="store_true", help="print JSON")
    payments.set_defaults(handler=run_payments)

    deleted = actions.add_parser("delete-payment", help="undo a payment (see `payments --json`)")
    deleted.add_argument("payment_id", type=int, metavar="PAYMENT_ID")
    deleted.set_defaults(handler=run_delete_payment)

    applied = actions.add_parser("apply-credit", help="apply part of a credit note to an invoice")
    applied.add_argument("credit_number", metavar="CREDIT_NUMBER")
    applied.add_argument("invoice_number", metavar="INVOICE_NUMBER")
    applied.add_argument("amount", metavar="AMOUNT")
    applied.set_defaults(handler=run_apply_credit)

    refunded = actions.add_parser("refund", help="record money paid back from a credit note")
    refunded.add_argument("credit_number", metavar="CREDIT_NUMBER")
    refunded.add_argument("amount", metavar="AMOUNT")
    refunded.add_argument("--date", metavar="YYYY-MM-DD", help="refund date (default: today)")
    refunded.add_argument("--mode", help="cash, bank transfer, card, …")
    refunded.add_argument("--reference", help="transfer id, …")
    refunded.set_defaults(handler=run_refund)

    pdf = actions.add_parser("pdf", help="write a document's PDF")
    pdf.add_argument("number")
    pdf.add_argument("-o", "--output", required=True, type=Path, metavar="FILE.pdf")
    pdf.set_defaults(handler=run_pdf)
    einvoice_cmd.register(actions)

    register_email_actions(actions)  # send, remind


def _add_list_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--customer", type=record_id, metavar="ID", help="only this customer's")
    parser.add_argument("--kind", choices=[k.value for k in DocumentKind])
    parser.add_argument("--potential", metavar="CRM_DEAL_ID", help="only this CRM deal's")
    parser.add_argument("--status", help="only documents in this status (e.g. overdue)")
    parser.add_argument("--json", action="store_true", help="print JSON")


def run_list(args: argparse.Namespace, services: Services) -> int:
    """Print documents, newest first."""
    kind = DocumentKind(args.kind) if args.kind else None
    status = parse_status(kind, args.status) if args.status else None
    rows = services.documents.list(
        customer_id=args.customer, kind=kind, potential_crm_id=args.potential, status=status
    )
    if args.json:
        print_json([summary_json(row) for row in rows])
        return 0
    say = human_text(services)
    for row in rows:
        print(
            f"{row.number:<14} {row.kind.value:<8} {row.status.value:<14} "
            f"{say.short_date(row.date):<12} {row.customer_name[:32]:<32} {row.currency_code} "
            f"{say.amount(row.total, row.currency_code):>12} "
            f"{say.amount(row.balance, row.currency_code):>12}"
        )
    print(f"{len(rows)} document(s)")
    return 0


def run_import(args: argparse.Namespace, services: Services) -> int:
    """Create every document of the file (all or none) and print their numbers."""
    try:
        content = json.loads(args.file.read_text(encoding="utf-8"))
    except OSError as exc:
        raise UserFacingError(f"{args.file} cannot be read: {exc.strerror}.") from exc
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ValidationError(str(args.file), f"is not valid JSON ({exc})") from exc
    for document in services.documents.import_json(content):
        print(document.number)
    return 0


def run_show(args: argparse.Namespace, services: Services) -> int:
    """Print one document as JSON."""
    print_json(document_json(services.documents.get(args.number)))
    return 0


def run_set_status(args: argparse.Namespace, services: Services) -> int:
    """Change a status by hand and print the result."""
    document = services.documents.set_status(args.number, args.status)
    print(f"{document.number} is now {document.status.value}")
    return 0


def run_convert(args: argparse.Namespace, services: Services) -> int:
    """Convert an estimate and print the new invoice's number."""
    print(services.documents.convert(args.number).number)
    return 0


def run_pay(args: argparse.Namespace, services: Services) -> int:
    """Record a payment and print the invoice's new balance."""
    day = _date(args.date, "--date") if args.date else None
    document = services.documents.pay(args.number, args.amount, day, args.mode, args.reference)
    print(_state(document, human_text(services)))
    return 0


def run_payments(args: argparse.Namespace, services: Services) -> int:
    """Print the payments of an invoice, of a customer, or all of them."""
    payments = services.documents.payments(args.number, args.customer)
    if args.json:
        print_json([payment_json(p) for p in payments])
        return 0
    say = human_text(services)
    for p in payments:
        amount = say.amount(p.amount, p.currency_code)
        print(
            f"{p.id:>6}  {say.short_date(p.date):<12} {p.document_number:<14} {p.currency_code} "
            f"{amount:>12}  {p.mode or ''}"
        )
    print(f"{len(payments)} payment(s)")
    return 0


def run_delete_payment(args: argparse.Namespace, services: Services) -> int:
    """Undo a payment and print the invoice's new status and balance."""
    invoice = services.documents.delete_payment(args.payment_id)
    print(f"Payment {args.payment_id} removed; {_state(invoice, human_text(services))}")
    return 0


def run_apply_credit(args: argparse.Namespace, services: Services) -> int:
    """Apply a credit and print both documents' new status and balance."""
    credit, invoice = services.documents.apply_credit(
        args.credit_number, args.invoice_number, args.amount
    )
    say = human_text(services)
    print(f"{_state(invoice, say)}; {_state(credit, say)}")
    return 0


def run_refund(args: argparse.Namespace, services: Services) -> int:
    """Record a refund and print the credit note's new status and balance."""
    day = _date(args.date, "--date") if args.date else None
    credit = services.documents.refund(
        args.credit_number, args.amount, day, args.mode, args.reference
    )
    print(_state(credit, human_text(services)))
    return 0


def _state(document: Document, say: LocaleText) -> str:
    balance = say.amount(document.balance, document.currency_code)
    return f"{document.number} is now {document.status.value}; balance {balance}"


def run_pdf(args: argparse.Namespace, services: Services) -> int:
    """Write the PDF and print where it went."""
    services.documents.save_pdf(args.number, args.output)
    print(args.output)
    return 0


def _date(value: str, field: str) -> date:
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise ValidationError(field, f"{value!r} is not a date like 2026-11-25") from None
