"""The `invoice-desk` entry point: arguments, paths and logging, then a command or the GUI."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop.app.hardening import disable_core_dumps
from desktop.app.logging_setup import configure_logging
from desktop.app.paths import AppPaths, data_folder_problem, resolve_paths
from desktop.cli.main import build_parser, run_command
from desktop.controllers.database_choice import remembered_url
from desktop.domain.reflect import URL_SCHEME

if TYPE_CHECKING:
    from desktop.controllers.services import Services


def main(argv: list[str] | None = None) -> int:
    """Run `invoice-desk`; return the process exit code."""
    disable_core_dumps()  # before any secret is read
    argv = sys.argv[1:] if argv is None else argv
    # A Zoho CRM button opens `invoice-desk invoicedesk://new-invoice?…` (the URL scheme).
    link = next((a for a in argv if a.lower().startswith(f"{URL_SCHEME}:")), None)
    args = build_parser().parse_args([a for a in argv if a is not link])
    if args.self_test:  # touches neither the user's data folder nor their secrets
        from desktop.app.self_test import run_self_test

        return run_self_test()
    try:
        paths = resolve_paths(args.data_dir).create()
        configure_logging(paths.log_file)
    except OSError as exc:  # a read-only or full data folder: one sentence, not a traceback
        sys.stderr.write(f"error: {data_folder_problem(exc)}\n")
        return 1
    from desktop.persistence.database import sqlite_url  # storage loads after `--help` has exited

    # --database-url, else the database chosen in File → Database…, else this computer's file.
    args.database_url = args.database_url or remembered_url(paths.data_dir)
    args.database_location = args.database_url or sqlite_url(paths.database_file)  # restore
    if args.command is None:
        return _run_gui(args, paths, link)
    return run_command(args, lambda: _services(args, paths))


def _services(args: argparse.Namespace, paths: AppPaths) -> Services:
    from desktop.controllers.bootstrap import open_services
    from desktop.persistence.database import sqlite_url
    from desktop.secrets.store import KeyringSecretStore

    url = args.database_url or sqlite_url(paths.private_database_file())
    return open_services(url, KeyringSecretStore.for_data_dir(paths.data_dir))


def _run_gui(args: argparse.Namespace, paths: AppPaths, link: str | None = None) -> int:
    from desktop.ui.application import run_application  # Qt is loaded only for the GUI

    return run_application(
        sys.argv[:1], lambda: _services(args, paths), link, data_dir=paths.data_dir
    )


if __name__ == "__main__":
    raise SystemExit(main())
