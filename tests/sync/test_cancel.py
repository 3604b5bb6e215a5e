"""A cancelled sync returns within a second at any moment: mid-request, after the last page, in deletions."""

from __future__ import annotations

import threading
import time
from collections.abc import Callable

from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.sync import SyncProgress, SyncReport, SyncStatus, SyncTrigger

# A correctness bound (the user pressed Cancel or quit), not a benchmark.
CANCEL_BOUND_SECONDS = 1.0


def _wait_for(condition: Callable[[], bool], what: str) -> None:
    deadline = time.monotonic() + 30
    while not condition():
        assert time.monotonic() < deadline, f"never happened: {what}"
        time.sleep(0.01)


class _Run:
    """One sync on a worker thread, cancelled at a moment the test picks."""

    def __init__(
        self, services: Services, on_progress: Callable[[SyncProgress], None] | None = None
    ) -> None:
        self.cancel = threading.Event()
        self.cancelled_at = 0.0
        self.report: SyncReport | None = None
        self._thread = threading.Thread(target=self._run, args=(services, on_progress))
        self._thread.start()

    def _run(self, services: Services, on_progress: Callable[[SyncProgress], None] | None) -> None:
        self.report = services.sync.run(
            SyncTrigger.MANUAL, on_progress=on_progress, cancel=self.cancel
        )

    def cancel_now(self) -> None:
        self.cancelled_at = time.monotonic()
        self.cancel.set()

    def seconds_to_stop(self) -> float:
        """Wait for the run; return how long it took after the cancel."""
        self._thread.join(timeout=120)
        assert not self._thread.is_alive()
        assert self.report is not None
        assert self.report.status is SyncStatus.CANCELLED
        return time.monotonic() - self.cancelled_at


def test_a_cancel_while_a_page_request_hangs(connected: Services, sandbox: SandboxCrm) -> None:
    for number in range(600):
        sandbox.add_account(Account_Name=f"Account {number}")
    sandbox.inject_fault("timeout", count=20, delay=3.0)  # every page answers after 3 s
    run = _Run(connected)
    _wait_for(lambda: sandbox.request_counts().get("records", 0) >= 2, "a second page request")
    run.cancel_now()
    assert run.seconds_to_stop() < CANCEL_BOUND_SECONDS


def test_a_cancel_after_the_last_page_of_a_listing_was_fetched(
    connected: Services, sandbox: SandboxCrm
) -> None:
    for number in range(4 * 200):
        sandbox.add_account(Account_Name=f"Account {number}")
    run: _Run | None = None

    def on_progress(progress: SyncProgress) -> None:
        if run is None or run.cancel.is_set():
            return
        # Held in the first progress report while the listing reads every remaining page.
        _wait_for(lambda: _requests_settled(sandbox), "the listing's last page")
        assert sandbox.request_counts()["records"] >= 4
        run.cancel_now()

    run = _Run(connected, on_progress)
    assert run.seconds_to_stop() < CANCEL_BOUND_SECONDS


def _requests_settled(sandbox: SandboxCrm) -> bool:
    before = sandbox.request_counts().get("records", 0)
    time.sleep(0.5)
    return sandbox.request_counts().get("records", 0) == before


def test_a_cancel_while_the_deleted_records_are_read(
    connected: Services, sandbox: SandboxCrm
) -> None:
    sandbox.add_account(Account_Name="Acme")
    first = connected.sync.run(SyncTrigger.MANUAL)
    assert first.status is SyncStatus.SUCCEEDED
    run: _Run | None = None

    def on_progress(progress: SyncProgress) -> None:
        if progress.message.startswith("deletions in Accounts"):
            sandbox.inject_fault("timeout", count=5, delay=3.0)  # the next deleted list hangs

    baseline = sandbox.request_counts().get("deleted", 0)
    run = _Run(connected, on_progress)
    _wait_for(
        lambda: sandbox.request_counts().get("deleted", 0) >= baseline + 2,
        "the Contacts deleted-records request",
    )
    run.cancel_now()
    assert run.seconds_to_stop() < CANCEL_BOUND_SECONDS
