"""Which database the app opens, remembered in the data folder (never with a password)."""

from __future__ import annotations

import json
import logging
from dataclasses import asdict, dataclass
from pathlib import Path
from urllib.parse import quote

from desktop.domain.errors import ValidationError

log = logging.getLogger(__name__)

CHOICE_FILE = "database.json"
SSL_MODES = ("prefer", "require", "verify-full", "disable")
DEFAULT_PORT = 5432


@dataclass(frozen=True, slots=True)
class DatabaseChoice:
    """This computer's SQLite file (shared=False) or a PostgreSQL server."""

    shared: bool = False
    host: str = ""
    port: int = DEFAULT_PORT
    database: str = ""
    user: str = ""
    ssl_mode: str = "prefer"

    def url(self) -> str:
        """Return the server's URL (no password); ValidationError naming a missing field."""
        for field, value in (("Host", self.host), ("Database", self.database), ("User", self.user)):
            if not value.strip():
                raise ValidationError(field, "is needed for a shared database")
        if not 0 < self.port < 65536:
            raise ValidationError("Port", f"{self.port} is not a port (1-65535)")
        if self.ssl_mode not in SSL_MODES:
            raise ValidationError("SSL mode", f"choose one of {', '.join(SSL_MODES)}")
        host = self.host.strip()
        host = f"[{host}]" if ":" in host else quote(host, safe=".-")
        return (
            f"postgresql://{quote(self.user.strip(), safe='')}@{host}:{self.port}/"
            f"{quote(self.database.strip(), safe='')}?sslmode={self.ssl_mode}"
        )


def load_choice(folder: Path) -> DatabaseChoice:
    """Return the remembered choice (this computer when none was made or the file is unreadable)."""
    path = folder / CHOICE_FILE
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
        return DatabaseChoice(**{k: v for k, v in data.items() if k in DatabaseChoice.__slots__})
    except FileNotFoundError:
        return DatabaseChoice()
    except (OSError, ValueError, TypeError):
        log.warning("the database choice in %s is unreadable; using this computer's", path)
        return DatabaseChoice()


def save_choice(folder: Path, choice: DatabaseChoice) -> None:
    """Remember the choice for the next start."""
    (folder / CHOICE_FILE).write_text(json.dumps(asdict(choice), indent=2), encoding="utf-8")


def remembered_url(folder: Path) -> str | None:
    """Return the remembered shared database's URL, or None for this computer's file."""
    choice = load_choice(folder)
    if not choice.shared:
        return None
    try:
        return choice.url()
    except ValidationError:
        log.warning("the remembered shared database is incomplete; using this computer's")
        return None
