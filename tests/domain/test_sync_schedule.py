"""The 12-hour auto-update rule: due 12 h after a success, sooner but backing off after failures."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from desktop.domain.sync import AUTO_UPDATE_INTERVAL, is_due, next_due, retry_delay

NOON = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)


def test_never_synced_is_due_now() -> None:
    assert next_due(None, 0, None) is None
    assert is_due(None, 0, NOON)


def test_due_twelve_hours_after_the_last_success() -> None:
    assert not is_due(NOON, 0, NOON + timedelta(hours=11, minutes=59))
    assert is_due(NOON, 0, NOON + AUTO_UPDATE_INTERVAL)
    assert is_due(NOON, 0, NOON + timedelta(days=3)), "a laptop that slept catches up at once"


@pytest.mark.parametrize(
    ("failures", "minutes"),
    [(1, 5), (2, 10), (3, 20), (4, 40), (5, 80), (8, 640), (9, 720), (50, 720)],
)
def test_failures_back_off_exponentially_up_to_twelve_hours(failures: int, minutes: int) -> None:
    assert retry_delay(failures) == timedelta(minutes=minutes)
    attempt = NOON + timedelta(hours=1)
    assert next_due(NOON, failures, attempt) == attempt + timedelta(minutes=minutes)
    assert not is_due(
        NOON, failures, attempt + timedelta(minutes=minutes) - timedelta(seconds=1), attempt
    )
    assert is_due(NOON, failures, attempt + timedelta(minutes=minutes), attempt)
