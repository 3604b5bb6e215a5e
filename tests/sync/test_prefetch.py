"""The page prefetcher: same items in order, errors re-raised, an early stop ends the producer."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator

import pytest

from desktop.domain.errors import Cancelled
from desktop.sync.prefetch import prefetched


def test_items_arrive_in_order() -> None:
    assert list(prefetched(iter(range(100)))) == list(range(100))


def test_a_producer_error_reaches_the_consumer_after_the_items_before_it() -> None:
    def pages() -> Iterator[int]:
        yield 1
        yield 2
        raise RuntimeError("network down")

    seen: list[int] = []
    with pytest.raises(RuntimeError, match="network down"):
        seen.extend(prefetched(pages()))
    assert seen == [1, 2]


def test_stopping_early_stops_the_producer() -> None:
    produced: list[int] = []

    def pages() -> Iterator[int]:
        for number in range(10_000):
            produced.append(number)
            yield number

    before = set(threading.enumerate())
    for item in prefetched(pages(), depth=2):
        if item == 3:
            break
    assert len(produced) < 10
    assert not any(t.name == "crm-prefetch" for t in set(threading.enumerate()) - before)


def test_stopping_after_the_last_item_was_fetched_takes_a_moment_not_a_minute() -> None:
    items = prefetched(iter(range(3)), depth=2)
    assert next(items) == 0
    time.sleep(0.3)  # the producer has queued 1 and 2 and waits to say it is done
    started = time.monotonic()
    items.close()
    assert time.monotonic() - started < 1.0


def test_a_cancel_ends_the_wait_for_a_slow_item_at_once() -> None:
    cancel = threading.Event()

    def pages() -> Iterator[int]:
        yield 1
        time.sleep(5)  # a request that takes long
        yield 2

    items = prefetched(pages(), cancel=cancel)
    assert next(items) == 1
    threading.Timer(0.2, cancel.set).start()
    started = time.monotonic()
    with pytest.raises(Cancelled):
        next(items)
    assert time.monotonic() - started < 1.0
