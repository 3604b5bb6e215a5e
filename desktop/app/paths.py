"""Where the database and logs live: the platform folders, or --data-dir / INVOICE_DESK_HOME."""

from __future__ import annotations

import contextlib
import os
import stat
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "InvoiceDesk"
HOME_VARIABLE = "INVOICE_DESK_HOME"
PRIVATE_FOLDER = 0o700  # the database, logs and backups are the user's alone
PRIVATE_FILE = 0o600
OUR_FILES = "invoice-desk*"  # the database (with -wal, -shm, backups) and the logs


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
        """Create the folders if missing, make them and our files in them private; return self.

        Folders become 0700 and the database and log files 0600, including ones an older
        version created readable by everyone."""
        for folder in (self.data_dir, self.log_dir):
            folder.mkdir(mode=PRIVATE_FOLDER, parents=True, exist_ok=True)
            _chmod(folder, PRIVATE_FOLDER)
            for path in folder.glob(OUR_FILES):
                if path.is_file() and not path.is_symlink():
                    _chmod(path, PRIVATE_FILE)
        return self

    def private_database_file(self) -> Path:
        """Return the SQLite file, created empty with mode 0600 if missing (SQLite gives its
        -wal and -shm files the same mode)."""
        create_private_file(self.database_file)
        return self.database_file


def create_private_file(path: Path) -> None:
    """Create the file with mode 0600 if it does not exist (an existing one is left alone)."""
    with contextlib.suppress(FileExistsError):
        os.close(os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, PRIVATE_FILE))


def _chmod(path: Path, mode: int) -> None:
    if stat.S_IMODE(path.stat().st_mode) != mode:
        path.chmod(mode)


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
