"""What one page of the import changed, added up into the run's counts."""

from __future__ import annotations

from dataclasses import dataclass, field


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
