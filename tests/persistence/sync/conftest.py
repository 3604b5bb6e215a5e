"""Run the storage-level import rules on SQLite and on a real PostgreSQL server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from desktop.controllers.bootstrap import open_services
from desktop.controllers.services import Services
from desktop.secrets.store import MemorySecretStore


@pytest.fixture(params=["sqlite", "postgres"])
def services(
    request: pytest.FixtureRequest, database_url: str, secrets: MemorySecretStore
) -> Iterator[Services]:
    """Return Services on a migrated, empty database of each kind."""
    url = database_url if request.param == "sqlite" else request.getfixturevalue("postgres_url")
    built = open_services(url, secrets)
    yield built
    built.close()
