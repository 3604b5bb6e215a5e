"""Where a server password comes from (URL, PGPASSWORD, keyring) and that it is never shown."""

from __future__ import annotations

import pytest

from desktop.controllers.database_admin import open_database, password_key, stored_password
from desktop.controllers.database_choice import DatabaseChoice
from desktop.domain.errors import ValidationError
from desktop.persistence.database import display_url
from desktop.secrets.store import MemorySecretStore

URL = "postgresql://ana@db.example:5433/books"


def test_the_keyring_password_is_used_when_the_url_and_pgpassword_have_none(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("PGPASSWORD", raising=False)
    secrets = MemorySecretStore()
    secrets.set(password_key(URL), "from-keyring")
    assert password_key(URL) == "database.password:ana@db.example:5433/books"
    assert stored_password(URL, secrets) == "from-keyring"
    database = open_database(URL, secrets)
    assert database.engine.url.password == "from-keyring"
    assert database.engine.url.drivername == "postgresql+psycopg2", "the shipped driver"
    assert "from-keyring" not in database.url
    assert stored_password(URL.replace("ana@", "ana:inline@"), secrets) is None
    monkeypatch.setenv("PGPASSWORD", "from-env")
    assert stored_password(URL, secrets) is None, "libpq reads PGPASSWORD itself"
    database.dispose()


def test_a_url_never_shows_its_password() -> None:
    assert display_url("postgresql://ana:s3cret@db.example/books") == (
        "postgresql://ana@db.example/books"
    )


def test_the_chosen_server_becomes_a_url_and_a_missing_field_is_named() -> None:
    choice = DatabaseChoice(True, "db.example", 5433, "books", "ana", "require")
    assert choice.url() == "postgresql://ana@db.example:5433/books?sslmode=require"
    with pytest.raises(ValidationError, match="Host"):
        DatabaseChoice(True, " ", 5432, "books", "ana").url()
