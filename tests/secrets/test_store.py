"""The SecretStore: the OS keyring or nothing — never a plaintext fallback."""

from __future__ import annotations

import keyring
import pytest
from keyring.backends.fail import Keyring as FailKeyring

from desktop.domain.errors import SecretStoreUnavailableError
from desktop.secrets.store import KeyringSecretStore, MemorySecretStore
from tests.secrets.keyrings import DictKeyring


def test_round_trip_through_the_keyring(backend: DictKeyring) -> None:
    store = KeyringSecretStore(service="invoice-desk-test")
    assert store.get("crm.refresh_token") is None
    store.set("crm.refresh_token", "1000.abc.def")
    assert backend.values[("invoice-desk-test", "crm.refresh_token")] == "1000.abc.def"
    assert store.get("crm.refresh_token") == "1000.abc.def"
    store.delete("crm.refresh_token")
    store.delete("crm.refresh_token")  # forgetting twice is fine
    assert store.get("crm.refresh_token") is None
    assert "DictKeyring" in store.describe()


def test_no_keyring_is_a_clear_error_not_a_file() -> None:
    previous = keyring.get_keyring()
    keyring.set_keyring(FailKeyring())
    try:
        store = KeyringSecretStore()
        with pytest.raises(SecretStoreUnavailableError, match="never stores keys in plain files"):
            store.set("crm.refresh_token", "1000.abc.def")
        with pytest.raises(SecretStoreUnavailableError):
            store.get("crm.refresh_token")
    finally:
        keyring.set_keyring(previous)


def test_memory_store() -> None:
    store = MemorySecretStore()
    store.set("k", "v")
    assert store.get("k") == "v"
    store.delete("k")
    assert store.get("k") is None


def test_a_plaintext_file_is_not_a_keyring_unless_chosen_on_purpose(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from keyrings.alt.file import PlaintextKeyring

    previous = keyring.get_keyring()
    keyring.set_keyring(PlaintextKeyring())
    try:
        monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
        with pytest.raises(SecretStoreUnavailableError):
            KeyringSecretStore().get("crm.refresh_token")
        monkeypatch.setenv("PYTHON_KEYRING_BACKEND", "keyrings.alt.file.PlaintextKeyring")
        KeyringSecretStore().describe()  # chosen explicitly (the multi-process tests do)
    finally:
        keyring.set_keyring(previous)
