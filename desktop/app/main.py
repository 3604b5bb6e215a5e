"""The `invoice-desk` entry point: arguments, paths and logging, then a command or the GUI."""

from __future__ import annotations

import argparse
import sys

from desktop.app.hardening import disable_core_dumps
from desktop.app.logging_setup import configure_logging
from desktop.app.paths import AppPaths, resolve_paths
from desktop.cli.main import build_parser, run_command
from desktop.controllers.bootstrap import open_services
from desktop.controllers.services import Services
from desktop.persistence.database import sqlite_url
from desktop.secrets.store import KeyringSecretStore


def main(argv: list[str] | None = None) -> int:
    """Run `invoice-desk`; return the process exit code."""
    disable_core_dumps()  # before any secret is read
    args = build_parser().parse_args(argv)
    if args.self_test:  # touches neither the user's data folder nor their secrets
        from desktop.app.self_test import run_self_test

        return run_self_test()
    paths = resolve_paths(args.data_dir).create()
    configure_logging(paths.log_file)
    if args.command is None:
        return _run_gui(args, paths)
    return run_command(args, lambda: _services(args, paths))


def _services(args: argparse.Namespace, paths: AppPaths) -> Services:
    url = args.database_url or sqlite_url(paths.private_database_file())
    return open_services(url, KeyringSecretStore.for_data_dir(paths.data_dir))


def _run_gui(args: argparse.Namespace, paths: AppPaths) -> int:
    from desktop.ui.application import run_application  # Qt is loaded only for the GUI

    return run_application(sys.argv[:1], lambda: _services(args, paths))


if __name__ == "__main__":
    raise SystemExit(main())
