"""The sandbox's records per module: a timeline sorted by Modified_Time, changes, deletions."""

from __future__ import annotations

import bisect
import random
from collections.abc import Callable, Collection, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from typing import Any

from desktop.crm.sandbox import data

# Times are shown in the CRM user's zone, like real Zoho (the samples use +03:00).
CRM_ZONE = timezone(timedelta(hours=3))
FIRST_SECOND = int(datetime(2024, 1, 1, tzinfo=CRM_ZONE).timestamp())
_SEQ_BITS = 32  # a timeline key is (second << 32) | sequence: sorted by time, then by change order
SORT_FIELDS = ("id", "Created_Time", "Modified_Time")  # what v3+ lists may be sorted by
_CACHED_ORDERS = 8  # sorted listings kept per module (a page-token chain reuses its own)


def wire_time(second: int) -> str:
    """Return Zoho's rendering of a time: ISO-8601 with the CRM zone's offset."""
    return datetime.fromtimestamp(second, CRM_ZONE).isoformat()


def second_of(key: int) -> int:
    """Return the second of a timeline key."""
    return key >> _SEQ_BITS


@dataclass(frozen=True, slots=True)
class Deleted:
    """One entry of the deleted-records list."""

    key: int
    crm_id: str
    display_name: str | None
    kind: str  # "recycle" or "permanent"


class ModuleStore:
    """One module's records. Generated records live as (index → time) until changed."""

    def __init__(self, module: str, generated: int, rng: random.Random, sequence: Iterator[int]):
        self.module = module
        self.generated = generated
        self.keys: list[int] = []  # sorted timeline keys of the live records
        self.ids: list[int] = []  # the record id at each timeline position
        self.key_of: dict[int, int] = {}
        self.changed: dict[int, dict[str, Any]] = {}  # id → core fields, for changed/added ones
        self.raw: dict[int, dict[str, Any]] = {}  # id → a record served exactly as given
        self.deleted: list[Deleted] = []
        self.next_index = generated
        self.version = 0  # changes whenever the timeline does (orderings are cached per version)
        self._created: dict[int, int] = {}  # id → Created_Time second, for records added later
        self._first_keys: list[int] = []  # the generated records' first keys: their Created_Time
        self._orders: dict[tuple[str, bool, int | None], tuple[int, list[int]]] = {}
        self._sequence = sequence
        self._generate_timeline(rng)

    def _generate_timeline(self, rng: random.Random) -> None:
        """Spread the generated records over time; about a third share a second with another."""
        second, base = FIRST_SECOND, data.ID_BASE[self.module]
        for index in range(self.generated):
            if rng.random() >= 0.35:
                second += rng.randint(1, 40)
            key = (second << _SEQ_BITS) | next(self._sequence)
            self.keys.append(key)
            self.ids.append(base + index)
            self.key_of[base + index] = key
        self._first_keys = list(self.keys)

    @property
    def last_second(self) -> int:
        """Return the newest Modified_Time second (or the epoch of the data when empty)."""
        return second_of(self.keys[-1]) if self.keys else FIRST_SECOND

    def new_id(self) -> int:
        """Return an id for a new record."""
        crm_id = data.ID_BASE[self.module] + self.next_index
        self.next_index += 1
        return crm_id

    def created_second(self, crm_id: int) -> int:
        """Return the second a record was created (generated ones: their first Modified_Time)."""
        index = crm_id - data.ID_BASE[self.module]
        if crm_id not in self._created and 0 <= index < self.generated:
            return second_of(self._first_keys[index])
        return self._created[crm_id]

    def place(self, crm_id: int, second: int) -> None:
        """Put a record on the timeline at a second (after every record already there)."""
        self.unplace(crm_id)
        if not 0 <= crm_id - data.ID_BASE[self.module] < self.generated:
            self._created.setdefault(crm_id, second)
        self.version += 1
        key = (second << _SEQ_BITS) | next(self._sequence)
        position = bisect.bisect_left(self.keys, key)
        self.keys.insert(position, key)
        self.ids.insert(position, crm_id)
        self.key_of[crm_id] = key

    def unplace(self, crm_id: int) -> int | None:
        """Take a record off the timeline; return its key (None when it was not there)."""
        key = self.key_of.pop(crm_id, None)
        if key is not None:
            self.version += 1
            position = bisect.bisect_left(self.keys, key)
            del self.keys[position]
            del self.ids[position]
        return key

    def is_generated(self, crm_id: int) -> bool:
        """Return whether the record's fields still come from the generator."""
        base = data.ID_BASE[self.module]
        return base <= crm_id < base + self.generated and crm_id not in self.changed

    def window(self, since_second: int | None) -> tuple[int, int]:
        """Return the [start, end) timeline positions of records modified at or after a second."""
        if since_second is None:
            return 0, len(self.keys)
        return bisect.bisect_left(self.keys, since_second << _SEQ_BITS), len(self.keys)

    def deleted_since(self, since_second: int | None) -> list[Deleted]:
        """Return the deleted entries at or after a second, oldest first."""
        if since_second is None:
            return self.deleted
        start = bisect.bisect_left([d.key for d in self.deleted], since_second << _SEQ_BITS)
        return self.deleted[start:]

    def order(
        self,
        sort_by: str,
        descending: bool,
        since_second: int | None,
        only: Collection[int] | None = None,
    ) -> Sequence[int]:
        """Return the timeline positions of a listing, in its order (ties broken by id).

        Records modified at or after since_second; with `only`, just those ids.
        """
        start, end = self.window(since_second)
        if only is not None:
            return self._sorted([p for p in map(self._position, only) if p >= start],
                                sort_by, descending)  # fmt: skip
        if sort_by == "Modified_Time":  # the timeline's own order
            return range(end - 1, start - 1, -1) if descending else range(start, end)
        cache_key = (sort_by, descending, since_second)
        cached = self._orders.get(cache_key)
        if cached is None or cached[0] != self.version:
            if len(self._orders) >= _CACHED_ORDERS:
                self._orders.clear()
            cached = (self.version, self._sorted(range(start, end), sort_by, descending))
            self._orders[cache_key] = cached
        return cached[1]

    def _position(self, crm_id: int) -> int:
        key = self.key_of.get(crm_id)
        return -1 if key is None else bisect.bisect_left(self.keys, key)

    def _sorted(self, positions: Sequence[int], sort_by: str, descending: bool) -> list[int]:
        key: Callable[[int], tuple[int, int]]
        if sort_by == "id":
            key = lambda p: (self.ids[p], 0)  # noqa: E731
        elif sort_by == "Created_Time":
            key = lambda p: (self.created_second(self.ids[p]), self.ids[p])  # noqa: E731
        else:
            key = lambda p: (self.keys[p], 0)  # noqa: E731
        return sorted(positions, key=key, reverse=descending)
