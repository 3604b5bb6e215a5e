"""SecretStore: keyring-backed, or in memory for tests; never a plaintext fallback."""

from __future__ import annotations

import os
import sys
from collections.abc import Mapping
from pathlib import Path
from secrets import token_urlsafe
from typing import Protocol

import keyring
from keyring.backend import KeyringBackend
from keyring.backends.chainer import ChainerBackend
from keyring.backends.fail import Keyring as FailKeyring
from keyring.errors import KeyringError, NoKeyringError, PasswordDeleteError

from desktop.domain.errors import SecretStoreUnavailableError

SERVICE = "invoice-desk"  # also the one service every data folder shared before 0.2 (migrated)
PROBE_KEY = "keyring.check"  # a throwaway secret proves the keyring can keep one

NO_KEYRING_MESSAGE = (
    "No system keyring is available to keep your Zoho key safe, and Invoice Desk never stores "
    "keys in plain files."
)
_HOW_TO_GET_ONE = {
    "darwin": "On macOS, open Keychain Access (Applications → Utilities), unlock the “login” "
    "keychain (File → Unlock Keychain), then try again.",
    "win32": "On Windows, keys go to the Credential Manager (Control Panel → User Accounts → "
    "Credential Manager): sign in with your own Windows account, not a guest or service "
    "account, then try again.",
    "kde": "On KDE Plasma, install KWallet, enable it under System Settings → KDE Wallet, log out "
    "and back in, then try again; to install it: `sudo apt install kwalletmanager` or "
    "`sudo dnf install kwalletmanager5`.",
    "linux": "On GNOME and most Linux desktops, install GNOME Keyring, log out and back in, unlock "
    "the “Login” keyring in Passwords and Keys (seahorse), then try again; to install them: "
    "`sudo apt install gnome-keyring seahorse` or `sudo dnf install gnome-keyring seahorse`.",
}


def no_keyring_message(
    platform: str = sys.platform, environ: Mapping[str, str] = os.environ
) -> str:
    """Return the no-keyring sentence with how to get a keyring on this system."""
    desktop = environ.get("XDG_CURRENT_DESKTOP", "") + environ.get("DESKTOP_SESSION", "")
    if platform in ("darwin", "win32"):
        system = platform
    else:
        system = "kde" if "kde" in desktop.lower() or "plasma" in desktop.lower() else "linux"
    return f"{NO_KEYRING_MESSAGE} {_HOW_TO_GET_ONE[system]}"


def service_for(data_dir: Path) -> str:
    """Return the keyring service of one data folder, so two installations never share keys."""
    return f"{SERVICE}:{data_dir.expanduser().resolve()}"


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


def prove_storable(store: SecretStore) -> None:
    """Store, read back and forget a throwaway secret; raise SecretStoreUnavailableError when
    the store cannot keep one (before anything single-use, such as a grant code, is spent)."""
    probe = token_urlsafe(16)
    store.set(PROBE_KEY, probe)
    try:
        if store.get(PROBE_KEY) != probe:
            raise SecretStoreUnavailableError(
                "The system keyring did not give back a secret it was given; unlock it (or "
                "repair it) and try again."
            )
    finally:
        store.delete(PROBE_KEY)


class KeyringSecretStore:
    """Secrets in the OS keyring, under one service name per data folder (service_for).

    Secrets found only under `legacy_service` (the name every folder shared before) are moved
    to this folder's service the first time they are read, so existing connections keep working.
    """

    def __init__(self, service: str = SERVICE, legacy_service: str | None = None) -> None:
        self._service = service
        self._legacy = legacy_service if legacy_service != service else None

    @classmethod
    def for_data_dir(cls, data_dir: Path) -> KeyringSecretStore:
        """Return the store of one data folder, migrating secrets from the shared old service."""
        return cls(service_for(data_dir), legacy_service=SERVICE)

    @staticmethod
    def available() -> bool:
        """Return True when a real keyring backend is in use (no I/O)."""
        backend = keyring.get_keyring()
        if isinstance(backend, FailKeyring):
            return False
        return not is_plaintext(backend) or bool(os.environ.get(EXPLICIT_BACKEND))

    def _check_backend(self) -> None:
        if not self.available():
            raise SecretStoreUnavailableError(no_keyring_message())

    def get(self, key: str) -> str | None:
        value = self._read(self._service, key)
        if value is None and self._legacy is not None:
            value = self._read(self._legacy, key)
            if value is not None:  # move it: this folder's service from now on
                self.set(key, value)
                self._delete(self._legacy, key)
        return value

    def _read(self, service: str, key: str) -> str | None:
        self._check_backend()
        try:
            value: str | None = keyring.get_password(service, key)
        except NoKeyringError:
            raise SecretStoreUnavailableError(no_keyring_message()) from None
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
            raise SecretStoreUnavailableError(no_keyring_message()) from None
        except KeyringError as exc:
            raise SecretStoreUnavailableError(
                f"The system keyring refused to store a secret ({exc.__class__.__name__}); "
                "unlock it and try again."
            ) from None

    def delete(self, key: str) -> None:
        self._delete(self._service, key)
        if self._legacy is not None:
            self._delete(self._legacy, key)

    def _delete(self, service: str, key: str) -> None:
        self._check_backend()
        try:
            keyring.delete_password(service, key)
        except PasswordDeleteError:
            return
        except NoKeyringError:
            raise SecretStoreUnavailableError(no_keyring_message()) from None
        except KeyringError as exc:
            raise SecretStoreUnavailableError(
                f"The system keyring refused to forget a secret ({exc.__class__.__name__}); "
                "unlock it and try again."
            ) from None

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
