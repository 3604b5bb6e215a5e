"""The page prefetcher: same items in order, errors re-raised, an early stop ends the producer."""

from __future__ import annotations

import threading
from collections.abc import Iterator

import pytest

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

    for item in prefetched(pages(), depth=2):
        if item == 3:
            break
    assert len(produced) < 10
    assert not any(t.name == "crm-prefetch" for t in threading.enumerate())
