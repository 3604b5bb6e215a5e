"""What the engine needs from a CRM: pages of records, deletions and ids (the client provides it)."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import datetime
from typing import Protocol

from desktop.domain.crm_records import (
    CrmAccount,
    CrmContact,
    CrmDeal,
    CrmDeletedRecord,
    MalformedRecord,
)

CrmRecord = CrmAccount | CrmContact | CrmDeal | MalformedRecord


class RecordPageLike(Protocol):
    """One page of records and the greatest Modified_Time on it."""

    @property
    def records(self) -> Sequence[CrmRecord]: ...

    @property
    def max_modified_time(self) -> datetime | None: ...


class DeletedPageLike(Protocol):
    """One page of deleted records."""

    @property
    def records(self) -> Sequence[CrmDeletedRecord]: ...


class CrmSource(Protocol):
    """The CRM as the engine reads it; desktop.crm.client.CrmClient is the real one."""

    @property
    def api_calls(self) -> int: ...

    def record_pages(
        self, module: str, modified_since: datetime | None
    ) -> Iterator[RecordPageLike]: ...

    def deleted_pages(self, module: str, since: datetime | None) -> Iterator[DeletedPageLike]: ...

    def all_ids(self, module: str) -> Iterator[list[str]]: ...
