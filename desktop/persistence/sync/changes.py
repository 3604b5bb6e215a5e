"""What one page of the import changed, added up into the run's counts."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Protocol, TypeVar


@dataclass
class PageChanges:
    """Counts and touched customer ids of one page (mutable while the page is applied)."""

    created: int = 0
    updated: int = 0
    deleted: int = 0
    inactivated: int = 0
    skipped: list[tuple[str | None, str]] = field(default_factory=list)
    customer_ids: set[int] = field(default_factory=set)

    def skip(self, crm_id: str | None, reason: str) -> None:
        """Record a record that was not imported, and why."""
        self.skipped.append((crm_id, reason))

    def add(self, other: PageChanges) -> None:
        """Add another page's changes into this one."""
        self.created += other.created
        self.updated += other.updated
        self.deleted += other.deleted
        self.inactivated += other.inactivated
        self.skipped.extend(other.skipped)
        self.customer_ids |= other.customer_ids


class _HasCrmId(Protocol):
    @property
    def crm_id(self) -> str: ...


R = TypeVar("R", bound=_HasCrmId)


def importable(
    records: Iterable[R], problem: Callable[[R], str | None], changes: PageChanges
) -> dict[str, R]:
    """Return the records that can be imported by CRM id (the last copy of an id wins).

    The others are recorded in `changes` as skipped, with the reason.
    """
    latest: dict[str, R] = {}
    for record in records:
        reason = problem(record)
        if reason:
            changes.skip(record.crm_id, reason)
        else:
            latest[record.crm_id] = record
    return latest
