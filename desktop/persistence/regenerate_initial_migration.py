"""Developer tool: rewrite the first migration from the records (only until the first release)."""

from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from alembic import command

from desktop.persistence.database import Database, sqlite_url
from desktop.persistence.migrate import MIGRATIONS_DIR, alembic_config

INITIAL = "0001"


def main() -> None:
    """Delete versions/0001_*.py and autogenerate it again against an empty database."""
    for old in (MIGRATIONS_DIR / "versions").glob(f"{INITIAL}_*.py"):
        old.unlink()
    with tempfile.TemporaryDirectory() as folder:
        database = Database(sqlite_url(Path(folder) / "empty.sqlite3"))
        command.revision(
            alembic_config(database),
            message="initial schema",
            autogenerate=True,
            rev_id=INITIAL,
        )
        database.dispose()
    for new in (MIGRATIONS_DIR / "versions").glob(f"{INITIAL}_*.py"):
        ruff = [sys.executable, "-m", "ruff"]
        subprocess.run([*ruff, "check", "--fix", "--quiet", str(new)], check=False)
        subprocess.run([*ruff, "format", "--quiet", str(new)], check=False)


if __name__ == "__main__":
    main()
