"""`invoice-desk outbox`: list the messages, send every queued one now, retry a failed one."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING, Any

from desktop.cli.output import print_json
from desktop.domain.mail import OutboxEntry

if TYPE_CHECKING:
    from desktop.controllers.services import Services


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `outbox`, `outbox send` and `outbox retry ID`."""
    parser = commands.add_parser("outbox", help="emails waiting to be sent, sent and failed")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run_list)
    actions = parser.add_subparsers(dest="outbox_action", metavar="ACTION")
    send = actions.add_parser("send", help="try every queued message now")
    send.set_defaults(handler=run_send)
    retry = actions.add_parser("retry", help="queue a failed message again and try it now")
    retry.add_argument("id", type=int)
    retry.set_defaults(handler=run_retry)


def entry_json(entry: OutboxEntry) -> dict[str, Any]:
    """Return the contract's outbox object (plus cc, bcc, kind, message_id and times)."""
    return {
        "id": entry.id,
        "document": entry.document_number,
        "to": list(entry.recipients.to),
        "cc": list(entry.recipients.cc),
        "bcc": list(entry.recipients.bcc),
        "subject": entry.subject,
        "state": entry.state.value,
        "error": entry.error,
        "kind": entry.purpose.value,
        "message_id": entry.message_id,
        "attempts": entry.attempts,
        "created_at": entry.created_at,
        "sent_at": entry.sent_at,
    }


def describe(entry: OutboxEntry) -> str:
    """Return one line: "INV-000001 sent to ana@x.com" or "… queued: why"."""
    what = entry.document_number or f"message {entry.id}"
    if entry.state.value == "sent":
        return f"{what} sent to {entry.recipients.describe()}"
    return f"{what} {entry.state.value} (outbox {entry.id}): {entry.error or 'waiting'}"


def run_list(args: argparse.Namespace, services: Services) -> int:
    """Print the outbox, newest first."""
    entries = services.mail.outbox()
    if args.json:
        print_json([entry_json(e) for e in entries])
        return 0
    for e in entries:
        print(
            f"{e.id:>5} {e.state.value:<7} {e.document_number or '':<14} {e.subject[:40]:<40} "
            f"{', '.join(e.recipients.to)}"
        )
        if e.error:
            print(f"      {e.error}")
    print(f"{len(entries)} message(s)")
    return 0


def run_send(args: argparse.Namespace, services: Services) -> int:
    """Try every queued message; print each outcome and a summary."""
    report = services.mail.send_pending()
    for entry in (*report.sent, *report.failed, *report.waiting):
        print(describe(entry))
    print(report.summary())
    return 0


def run_retry(args: argparse.Namespace, services: Services) -> int:
    """Queue a failed message again and try it."""
    print(describe(services.mail.retry(args.id)))
    return 0
