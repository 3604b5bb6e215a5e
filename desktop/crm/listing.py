"""Paging through a listing sorted by Modified_Time: pages, then page tokens, then new windows."""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Mapping
from datetime import datetime
from typing import Any, Protocol, TypeVar

from desktop.crm.errors import UnexpectedResponseError
from desktop.crm.transport import Reply

log = logging.getLogger(__name__)

PER_PAGE = 200
DISCRETE_PAGES = 10  # v3+: pages 1..10 by number (2,000 records), then page_token
RECORDS_PER_TOKEN = 100_000  # v3+: one page_token chain reaches at most this many records


class Stamped(Protocol):
    """What paging needs of a listed item: its id and Modified_Time (either may be missing)."""

    @property
    def crm_id(self) -> str | None: ...

    @property
    def modified_time(self) -> datetime | None: ...


ItemT = TypeVar("ItemT", bound=Stamped)
# fetch(since, page, page_token) -> the reply, or None when the CRM says "nothing" (204/304).
Fetch = Callable[[datetime | None, int, str | None], Reply | None]


class PaginationLimitReached(Exception):  # noqa: N818 - a signal between two modules, not shown
    """The CRM refused to page further with this token (PAGINATION_LIMIT_EXCEEDED)."""


class Listing:
    """Streams every record modified since a time, however many, in Modified_Time order.

    A page-token chain reaches only RECORDS_PER_TOKEN records, so when it nears the limit a new
    window starts at the last Modified_Time seen. If-Modified-Since is inclusive: records of that
    boundary second that were already yielded are dropped from the new window, others are kept.
    """

    def __init__(
        self,
        fetch: Fetch,
        discrete_pages: int | None = DISCRETE_PAGES,
        records_per_token: int = RECORDS_PER_TOKEN,
    ) -> None:
        self._fetch = fetch
        self._discrete_pages = discrete_pages
        self._records_per_token = records_per_token

    def pages(
        self, since: datetime | None, mapper: Callable[[object], ItemT]
    ) -> Iterator[list[ItemT]]:
        """Yield the mapped records page by page (never an empty page)."""
        already_seen: set[str] = set()
        while True:
            window = _Window(since, already_seen)
            yield from self._window_pages(window, mapper)
            if window.finished:
                return
            if window.last_time is None or (since is not None and window.last_time <= since):
                raise UnexpectedResponseError(
                    f"more than {self._records_per_token} records share one Modified_Time"
                )
            log.info("page-token limit reached; new window from %s", window.last_time)
            since, already_seen = window.last_time, window.ids_at_last_time

    def _window_pages(
        self, window: _Window, mapper: Callable[[object], ItemT]
    ) -> Iterator[list[ItemT]]:
        page, token, served = 1, None, 0
        while True:
            try:
                reply = self._fetch(window.since, page, token)
            except PaginationLimitReached:
                return
            if reply is None:
                window.finished = True
                return
            data, more_records, next_token = parse_listing(reply)
            items = [item for item in map(mapper, data) if window.keep(item)]
            if items:
                yield items
            served += len(data)
            if not more_records:
                window.finished = True
                return
            if served + PER_PAGE > self._records_per_token:
                return
            if self._discrete_pages is None or page < self._discrete_pages:
                page += 1
            elif next_token is None:
                raise UnexpectedResponseError("a page without next_page_token")
            else:
                token = next_token


class _Window:
    """One If-Modified-Since window: what was seen, and where the next window would start."""

    def __init__(self, since: datetime | None, already_seen: set[str]) -> None:
        self.since = since
        self.already_seen = already_seen
        self.last_time: datetime | None = None
        self.ids_at_last_time: set[str] = set()
        self.finished = False

    def keep(self, item: Stamped) -> bool:
        """Return False for a boundary record yielded by the previous window; track the rest."""
        moment, crm_id = item.modified_time, item.crm_id
        if moment is None:
            return True
        if moment == self.since and crm_id in self.already_seen:
            return False
        if self.last_time is None or moment > self.last_time:
            self.last_time, self.ids_at_last_time = moment, set()
        if moment == self.last_time and crm_id is not None:
            self.ids_at_last_time.add(crm_id)
        return True


def parse_listing(reply: Reply) -> tuple[list[Any], bool, str | None]:
    """Return (data, more_records, next_page_token) of a listing reply, or raise if malformed."""
    body = reply.body
    if not isinstance(body, Mapping):
        raise UnexpectedResponseError("a listing that is not an object")
    data, info = body.get("data"), body.get("info")
    if not isinstance(data, list) or not isinstance(info, Mapping):
        raise UnexpectedResponseError("a listing without data and info")
    more_records = info.get("more_records")
    if not isinstance(more_records, bool):
        raise UnexpectedResponseError("a listing without more_records")
    token = info.get("next_page_token")
    return data, more_records, token if isinstance(token, str) and token else None
