"""The first import never burns the key: the keyring proves itself before the CRM hears a word."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends.fail import Keyring as FailKeyring
from keyring.errors import KeyringLocked

from desktop.controllers.connection import ConnectionController, ConnectRequest
from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.errors import SecretStoreUnavailableError
from desktop.secrets.store import KeyringSecretStore
from tests.secrets.keyrings import DictKeyring

OWNER = "owner@shop.example"


class LockedKeyring(DictKeyring):
    """A keyring that is there but refuses to store (a locked Secret Service collection)."""

    def set_password(self, service: str, username: str, password: str) -> None:
        raise KeyringLocked("the collection is locked")


@pytest.fixture
def keyring_backend() -> Iterator[list[KeyringBackend]]:
    """Let a test choose the process's keyring backend; the previous one comes back after."""
    previous = keyring.get_keyring()
    chosen: list[KeyringBackend] = []
    yield chosen
    keyring.set_keyring(previous)


def controller(services: Services) -> ConnectionController:
    """Return a connection controller on the test's database and the process's keyring."""
    return ConnectionController(services.database, KeyringSecretStore(service="invoice-desk-test"))


def request(sandbox: SandboxCrm, code: str) -> ConnectRequest:
    return ConnectRequest(
        email=OWNER, key=code, client_id=sandbox.client_id, client_secret=sandbox.client_secret,
        accounts_url=sandbox.accounts_url, api_url=sandbox.api_url,
    )  # fmt: skip


@pytest.mark.parametrize("missing", [FailKeyring, LockedKeyring])
def test_without_a_keyring_nothing_is_sent_and_the_code_still_works_later(
    services: Services,
    keyring_backend: list[KeyringBackend],
    missing: type[KeyringBackend],
) -> None:
    connection = controller(services)
    with SandboxCrm(user_email=OWNER) as sandbox:
        code = sandbox.new_grant_code()
        keyring.set_keyring(missing())
        before = sandbox.request_counts()
        with pytest.raises(SecretStoreUnavailableError) as refused:
            connection.connect(request(sandbox, code))
        assert sandbox.request_counts() == before  # not even the token endpoint was asked
        assert "keyring" in str(refused.value).lower()
        assert connection.current() is None

        keyring.set_keyring(DictKeyring())  # the user installs and unlocks a keyring
        info = connection.connect(request(sandbox, code))
        assert info.user_email == OWNER
        assert connection.open_client().current_user().email == OWNER


def test_the_round_trip_leaves_no_throwaway_secret_behind(
    services: Services, keyring_backend: list[KeyringBackend]
) -> None:
    backend = DictKeyring()
    keyring.set_keyring(backend)
    with SandboxCrm(user_email=OWNER) as sandbox:
        controller(services).connect(request(sandbox, sandbox.new_grant_code()))
    assert sorted(key for _service, key in backend.values) == [
        "crm.client_secret",
        "crm.refresh_token",
    ]


def test_the_non_secret_fields_are_remembered_even_when_connecting_fails(
    services: Services, keyring_backend: list[KeyringBackend]
) -> None:
    keyring.set_keyring(FailKeyring())
    typed = ConnectRequest(
        email="ana@shop.example", key="1000.code", client_id="1000.CLIENT",
        client_secret="s3cr3t", data_centre="eu", accounts_url="https://accounts.zoho.eu",
        api_url="https://www.zohoapis.eu",
    )  # fmt: skip
    connection = controller(services)
    with pytest.raises(SecretStoreUnavailableError):
        connection.connect(typed)
    last = connection.remembered()
    assert (last.email, last.client_id, last.data_centre) == (
        "ana@shop.example",
        "1000.CLIENT",
        "eu",
    )
    assert (last.accounts_url, last.api_url) == (typed.accounts_url, typed.api_url)
    assert last.key == ""
    assert last.client_secret == ""
    with services.database.read_session() as session:
        from desktop.persistence.records import AppSettingRecord

        stored = " ".join(r.value for r in session.query(AppSettingRecord).all())
    assert "1000.code" not in stored
    assert "s3cr3t" not in stored
