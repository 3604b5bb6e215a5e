"""Where the database and logs live: the platform folders, or --data-dir / INVOICE_DESK_HOME."""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "InvoiceDesk"
HOME_VARIABLE = "INVOICE_DESK_HOME"


@dataclass(frozen=True)
class AppPaths:
    """The folders and files the application writes."""

    data_dir: Path
    log_dir: Path

    @property
    def database_file(self) -> Path:
        """Return the SQLite file."""
        return self.data_dir / "invoice-desk.sqlite3"

    @property
    def log_file(self) -> Path:
        """Return the rotating log file."""
        return self.log_dir / "invoice-desk.log"

    def create(self) -> AppPaths:
        """Create the folders if missing and return self."""
        self.data_dir.mkdir(parents=True, exist_ok=True)
        self.log_dir.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(data_dir: str | None) -> AppPaths:
    """Return the paths: --data-dir first, then INVOICE_DESK_HOME, then the platform folders."""
    chosen = data_dir or os.environ.get(HOME_VARIABLE)
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return AppPaths(data_dir=root, log_dir=root / "logs")
    return AppPaths(
        data_dir=Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
        log_dir=Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)),
    )


def data_folder_problem(exc: OSError) -> str:
    """Return a sentence saying why the data or log folder cannot be used."""
    where = exc.filename or "the data folder"
    reason = exc.strerror or exc.__class__.__name__
    return (
        f"Invoice Desk cannot write to {where} ({reason}); check that folder's permissions and "
        "free disk space, or choose another one with --data-dir."
    )
