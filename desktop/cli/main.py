"""The argument parser and the dispatch of one command, with errors printed as one clear line."""

from __future__ import annotations

import argparse
import logging
import os
import sys
from collections.abc import Callable
from typing import TYPE_CHECKING

from desktop import __version__
from desktop.cli import (
    catalogue_cmd,
    connection_cmd,
    customers_cmd,
    database_cmd,
    documents_cmd,
    mail_cmd,
    organization_cmd,
    outbox_cmd,
    potentials_cmd,
    reflect_cmd,
    reports_cmd,
    sandbox_cmd,
    sync_cmd,
)
from desktop.domain.errors import Cancelled, UserFacingError

if TYPE_CHECKING:
    from desktop.controllers.services import Services

log = logging.getLogger(__name__)

# Each command module adds its sub-parser and sets `handler` (and `needs_services=False` if it
# runs without a database, like the sandbox). They stay light to import: a command's controllers
# load inside its handler, so `sync` never carries the PDF, mail or e-invoice code (tests/cli).
COMMAND_MODULES = [
    customers_cmd,
    documents_cmd,
    connection_cmd,
    sync_cmd,
    potentials_cmd,
    sandbox_cmd,
    database_cmd,
    organization_cmd,
    catalogue_cmd,
    mail_cmd,
    outbox_cmd,
    reflect_cmd,
    reports_cmd,
]

EXIT_USER_ERROR = 1
EXIT_BUG = 3
EXIT_READER_GONE = 128 + 13  # as a shell reports a command stopped by SIGPIPE (`… | head`)


def build_parser() -> argparse.ArgumentParser:
    """Return the parser of `invoice-desk [global options] COMMAND`."""
    parser = argparse.ArgumentParser(
        prog="invoice-desk",
        description="Invoicing for customers imported from Zoho CRM. "
        "With no command, the desktop window opens.",
    )
    parser.add_argument("--version", action="version", version=f"invoice-desk {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="folder for the database and logs")
    parser.add_argument(
        "--database-url", metavar="URL", help="a SQLAlchemy URL (e.g. PostgreSQL) instead of SQLite"
    )
    parser.add_argument(
        "--self-test",
        action="store_true",
        help="check this installation (database, keyring, certificates, PDF, QtPdf) and exit",
    )
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    for module in COMMAND_MODULES:
        module.register(commands)
    return parser


def run_command(args: argparse.Namespace, open_services: Callable[[], Services]) -> int:
    """Run the parsed command; user-facing errors become one line on stderr and a non-zero exit."""
    services: Services | None = None
    try:
        if getattr(args, "needs_services", True):
            services = open_services()
        code: int = args.handler(args, services)
        return code
    except Cancelled:
        return EXIT_USER_ERROR
    except UserFacingError as exc:
        print(f"error: {exc.message}", file=sys.stderr)
        return EXIT_USER_ERROR
    except KeyboardInterrupt:
        print("error: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the reader stopped reading (`… | head`): nothing went wrong here
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())  # the exit flush too
        return EXIT_READER_GONE
    except Exception as exc:
        log.exception("command %s failed", args.command)
        print(
            f"error: unexpected {exc.__class__.__name__}; details are in the log file.",
            file=sys.stderr,
        )
        return EXIT_BUG
    finally:
        if services is not None:
            services.close()
