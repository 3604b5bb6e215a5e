"""The three kinds of error: cancelled (silent), user-facing (a sentence), and bugs (the rest)."""

from __future__ import annotations


class Cancelled(Exception):  # noqa: N818 - it is an outcome, not a failure
    """The user cancelled the operation; nothing to report."""


class UserFacingError(Exception):
    """An error whose message is a sentence a shop owner understands; shown as is."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message

    def __str__(self) -> str:
        return self.message


class ValidationError(UserFacingError):
    """Bad input for one named field; nothing was written."""

    def __init__(self, field: str, problem: str) -> None:
        super().__init__(f"{field}: {problem}")
        self.field = field
        self.problem = problem


class NotFoundError(UserFacingError):
    """The thing asked for does not exist."""


class ConflictError(UserFacingError):
    """The operation is refused by a rule (an illegal transition, a second sync, a merge rule)."""


class StorageError(UserFacingError):
    """The local database cannot be used (disk full, locked, read-only, unreadable file)."""


class SecretStoreUnavailableError(UserFacingError):
    """No usable OS keyring: secrets are never written anywhere else."""
