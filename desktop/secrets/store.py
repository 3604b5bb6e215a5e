"""SecretStore: keyring-backed, or in memory for tests; never a plaintext fallback."""

from __future__ import annotations

import os
from typing import Protocol

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.backends.fail import Keyring as FailKeyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from desktop.domain.errors import SecretStoreUnavailableError

SERVICE = "invoice-desk"

NO_KEYRING_MESSAGE = (
    "No system keyring is available to keep your Zoho key safe. Install and unlock one "
    "(GNOME Keyring, KWallet, macOS Keychain or Windows Credential Manager) and try again; "
    "Invoice Desk never stores keys in plain files."
)


# keyring's own variable: a backend chosen there on purpose (tests do) is honoured as is.
EXPLICIT_BACKEND = "PYTHON_KEYRING_BACKEND"


def is_plaintext(backend: KeyringBackend) -> bool:
    """Return True for keyrings.alt's file backends (or a chain of only those): not a keyring."""
    chained = getattr(backend, "backends", None)
    if isinstance(backend, ChainerBackend) and chained:
        return all(is_plaintext(b) for b in chained)
    return type(backend).__module__.startswith("keyrings.alt")


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

    @staticmethod
    def available() -> bool:
        """Return True when a real keyring backend is in use (no I/O)."""
        backend = keyring.get_keyring()
        if isinstance(backend, FailKeyring):
            return False
        return not is_plaintext(backend) or bool(os.environ.get(EXPLICIT_BACKEND))

    def _check_backend(self) -> None:
        if not self.available():
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
