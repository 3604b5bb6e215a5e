"""`invoice-desk documents send|remind NUMBER`: email a document (or a reminder) with its PDF."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop.cli.outbox_cmd import describe
from desktop.domain.mail import MailRequest, OutboxState, Purpose

if TYPE_CHECKING:
    from desktop.controllers.services import Services

EXIT_NOT_SENT = 1


def register_actions(actions: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `send` and `remind` under `documents`."""
    send = actions.add_parser("send", help="email a document with its PDF attached")
    _add_options(send)
    send.set_defaults(handler=run_send, purpose=Purpose.DOCUMENT)
    remind = actions.add_parser("remind", help="email a payment reminder for an invoice")
    _add_options(remind)
    remind.set_defaults(handler=run_send, purpose=Purpose.REMINDER)


def _add_options(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("number")
    for option in ("to", "cc", "bcc"):
        parser.add_argument(f"--{option}", action="append", default=[], metavar="ADDR")
    parser.add_argument("--subject", help="instead of the template's")
    parser.add_argument("--message", metavar="TEXT", help="instead of the template's")


def run_send(args: argparse.Namespace, services: Services) -> int:
    """Queue the email and try it now; exit 0 when sent or queued, 1 when refused for good."""
    request = MailRequest(
        tuple(args.to), tuple(args.cc), tuple(args.bcc), args.subject, args.message, args.purpose
    )
    entry = services.mail.send_document(args.number, request)
    line = describe(entry)
    if entry.state is OutboxState.FAILED:
        print(f"error: {line}", file=sys.stderr)
        return EXIT_NOT_SENT
    print(line)
    return 0
