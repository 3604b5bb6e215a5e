"""`invoice-desk database [copy]`, `backup` and `restore`: the database itself, kept safe and moved."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from desktop.cli.output import print_json

if TYPE_CHECKING:
    from desktop.controllers.database_admin import DatabaseAdminController
    from desktop.controllers.services import Services


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the database, backup and restore commands."""
    database = commands.add_parser("database", help="which database is in use; copy it elsewhere")
    database.add_argument("--json", action="store_true", help="print JSON")
    database.set_defaults(handler=run_info)
    actions = database.add_subparsers(dest="database_action", metavar="ACTION")
    copy = actions.add_parser(
        "copy", help="copy everything into an empty PostgreSQL database and verify it"
    )
    copy.add_argument(
        "--to",
        required=True,
        metavar="URL",
        help="postgresql://user@host/db (password from the URL, PGPASSWORD or the keyring)",
    )
    copy.set_defaults(handler=run_copy)
    backup = commands.add_parser("backup", help="back up the database now; prints the file")
    backup.add_argument("--to", metavar="FILE", type=Path, help="where to write the backup")
    backup.set_defaults(handler=run_backup)
    restore = commands.add_parser(
        "restore", help="replace the database by a backup (the replaced file is kept)"
    )
    restore.add_argument("file", metavar="FILE", type=Path, help="a backup of this app's database")
    restore.set_defaults(handler=run_restore, needs_services=False)


def _admin(services: Services) -> DatabaseAdminController:
    from desktop.controllers.database_admin import DatabaseAdminController
    from desktop.controllers.documents import local_now

    return DatabaseAdminController(services.database, services.secrets, local_now)


def run_info(args: argparse.Namespace, services: Services) -> int:
    """Print which database is in use (never its password)."""
    info = _admin(services).info()
    if args.json:
        print_json(
            {
                "kind": info.kind,
                "url": info.url,
                "location": info.location,
                "revision": info.revision,
            }
        )
    else:
        what = "SQLite file" if info.kind == "sqlite" else "PostgreSQL server"
        print(f"{what}: {info.location}")
        print(f"URL: {info.url}")
        print(f"Schema revision: {info.revision}")
    return 0


def run_copy(args: argparse.Namespace, services: Services) -> int:
    """Copy into an empty database; print rows per table; exit 0 when verified."""
    copied = _admin(services).copy_to(args.to)
    width = max(len(table.table) for table in copied)
    for table in copied:
        print(f"{table.table:<{width}}  {table.rows:>9} rows  checksum {table.checksum}")
    total = sum(table.rows for table in copied)
    print(f"Copied and verified: {len(copied)} tables, {total} rows. The source is unchanged.")
    return 0


def run_backup(args: argparse.Namespace, services: Services) -> int:
    """Write a backup and print its file."""
    print(_admin(services).backup(args.to))
    return 0


def run_restore(args: argparse.Namespace, _services: Services | None) -> int:
    """Restore a backup in place of the database; print where the replaced file was kept."""
    from desktop.controllers.database_admin import restore_database
    from desktop.controllers.documents import local_now

    kept = restore_database(args.database_location, args.file, local_now())
    print(f"Restored from {args.file}.")
    if kept is None:
        print("There was no database to replace.")
    else:
        print(f"The replaced database was kept at {kept}")
    return 0
