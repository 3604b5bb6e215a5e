"""SecretStore: keyring-backed, or in memory for tests; never a plaintext fallback."""

from __future__ import annotations

from typing import Protocol

import keyring
from keyring.backends.fail import Keyring as FailKeyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from desktop.domain.errors import SecretStoreUnavailableError

SERVICE = "invoice-desk"

NO_KEYRING_MESSAGE = (
    "No system keyring is available to keep your Zoho key safe. Install and unlock one "
    "(GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager) and try again; "
    "Invoice Desk never stores keys in plain files."
)


class SecretStore(Protocol):
    """Where secrets live; keys are short names such as "crm.refresh_token"."""

    def get(self, key: str) -> str | None:
        """Return the secret, or None when it was never stored."""

    def set(self, key: str, value: str) -> None:
        """Store the secret, replacing any previous value."""

    def delete(self, key: str) -> None:
        """Forget the secret; a missing one is not an error."""

    def describe(self) -> str:
        """Return the name of the backend in use."""


class KeyringSecretStore:
    """Secrets in the OS keyring, under one service name per data folder."""

    def __init__(self, service: str = SERVICE) -> None:
        self._service = service

    def _check_backend(self) -> None:
        if isinstance(keyring.get_keyring(), FailKeyring):
            raise SecretStoreUnavailableError(NO_KEYRING_MESSAGE)

    def get(self, key: str) -> str | None:
        self._check_backend()
        try:
            value: str | None = keyring.get_password(self._service, key)
        except NoKeyringError:
            raise SecretStoreUnavailableError(NO_KEYRING_MESSAGE) from None
        except KeyringError as exc:
            raise SecretStoreUnavailableError(
                f"The system keyring refused to read a secret ({exc.__class__.__name__}); "
                "unlock it and try again."
            ) from None
        return value

    def set(self, key: str, value: str) -> None:
        self._check_backend()
        try:
            keyring.set_password(self._service, key, value)
        except NoKeyringError:
            raise SecretStoreUnavailableError(NO_KEYRING_MESSAGE) from None
        except KeyringError as exc:
            raise SecretStoreUnavailableError(
                f"The system keyring refused to store a secret ({exc.__class__.__name__}); "
                "unlock it and try again."
            ) from None

    def delete(self, key: str) -> None:
        self._check_backend()
        try:
            keyring.delete_password(self._service, key)
        except PasswordDeleteError:
            return
        except NoKeyringError:
            raise SecretStoreUnavailableError(NO_KEYRING_MESSAGE) from None

    def describe(self) -> str:
        backend = keyring.get_keyring()
        return f"{type(backend).__module__}.{type(backend).__name__}"


class MemorySecretStore:
    """Secrets in a dict, for tests and the sandbox; gone when the process ends."""

    def __init__(self) -> None:
        self._values: dict[str, str] = {}

    def get(self, key: str) -> str | None:
        return self._values.get(key)

    def set(self, key: str, value: str) -> None:
        self._values[key] = value

    def delete(self, key: str) -> None:
        self._values.pop(key, None)

    def describe(self) -> str:
        return "in-memory (test) store"
