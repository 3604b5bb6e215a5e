"""Background work in lanes: a serial database lane, a network lane and a PDF lane; results on the GUI thread."""

from __future__ import annotations

import itertools
import logging
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QRunnable, Qt, QThreadPool, Signal
from shiboken6 import isValid

from desktop.domain.errors import Cancelled, UserFacingError

log = logging.getLogger(__name__)

T = TypeVar("T")


class Lane(Enum):
    """Where a task runs. Each lane is one worker thread, so tasks in a lane run in order."""

    DATABASE = "database"  # short queries and writes; never waits on the network
    NETWORK = "network"  # CRM connect and sync runs (minutes at worst)
    PDF = "pdf"  # rendering; kept apart so a long import never delays opening a document
    MAIL = "mail"  # SMTP sends; a long sync never holds back an email, nor an email a sync


@dataclass(frozen=True, slots=True)
class _Callbacks:
    on_success: Callable[[Any], None] | None
    on_failure: Callable[[UserFacingError], None] | None
    on_cancelled: Callable[[], None] | None
    on_done: Callable[[], None] | None
    owner: QObject | None


class _Job(QRunnable):
    """Runs one callable on a pool thread and reports its outcome through the runner's signal."""

    def __init__(self, runner: TaskRunner, task_id: int, fn: Callable[[], object]) -> None:
        super().__init__()
        self.setAutoDelete(False)  # the runner keeps the Python reference until completion
        self._runner = runner
        self._task_id = task_id
        self._fn = fn

    def run(self) -> None:
        try:
            value = self._fn()
        except BaseException as error:  # every outcome reaches the GUI thread, nothing is swallowed
            self._runner.completed.emit(self._task_id, None, error)
        else:
            self._runner.completed.emit(self._task_id, value, None)


class TaskRunner(QObject):
    """Runs callables on lane threads and calls back on the GUI thread.

    Signals (emitted on the GUI thread unless noted):
      completed(int, object, object) — emitted by worker threads; internal, queued to the GUI thread
      busy_changed(bool) — whether any task is queued or running
    Failures go to `on_failure` when it is given and the error is a UserFacingError; Cancelled calls
    `on_cancelled` (or nothing); everything else goes to `present_error` (the one error presenter).
    """

    completed = Signal(int, object, object)
    busy_changed = Signal(bool)

    def __init__(
        self, present_error: Callable[[BaseException], None], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._present_error = present_error
        self._pools: dict[Lane, QThreadPool] = {}
        for lane in Lane:
            pool = QThreadPool(self)
            pool.setMaxThreadCount(1)
            self._pools[lane] = pool
        self._ids = itertools.count(1)
        self._pending: dict[int, tuple[_Job, _Callbacks]] = {}
        self._accepting = True
        self.completed.connect(self._on_self_completed, Qt.ConnectionType.QueuedConnection)

    def run(
        self,
        lane: Lane,
        fn: Callable[..., T],
        *args: object,
        on_success: Callable[[T], None] | None = None,
        on_failure: Callable[[UserFacingError], None] | None = None,
        on_cancelled: Callable[[], None] | None = None,
        on_done: Callable[[], None] | None = None,
        owner: QObject | None = None,
    ) -> int:
        """Queue `fn(*args)` on `lane`; return the task id.

        `on_done` runs first after any outcome (also bugs). Callbacks are skipped once `owner` is
        deleted. After shutdown() nothing is queued and 0 is returned."""
        if not self._accepting:
            return 0
        task_id = next(self._ids)
        job = _Job(self, task_id, lambda: fn(*args))
        self._pending[task_id] = (
            job,
            _Callbacks(on_success, on_failure, on_cancelled, on_done, owner),
        )
        if len(self._pending) == 1:
            self.busy_changed.emit(True)
        self._pools[lane].start(job)
        return task_id

    def is_busy(self) -> bool:
        """Return True while a task is queued, running, or its result not yet delivered."""
        return bool(self._pending)

    def shutdown(self) -> None:
        """Drop queued tasks and wait for the running ones; results arriving later are ignored."""
        self._accepting = False
        for pool in self._pools.values():
            pool.clear()
        for pool in self._pools.values():
            pool.waitForDone()
        self._pending.clear()

    def _on_self_completed(self, task_id: int, value: object, error: object) -> None:
        entry = self._pending.pop(task_id, None)
        if not self._pending:
            self.busy_changed.emit(False)
        if entry is None:
            return
        callbacks = entry[1]
        if callbacks.owner is not None and not _is_alive(callbacks.owner):
            return
        if callbacks.on_done is not None:
            callbacks.on_done()
        if error is None:
            if callbacks.on_success is not None:
                callbacks.on_success(value)
            return
        self._deliver_failure(error, callbacks)

    def _deliver_failure(self, error: object, callbacks: _Callbacks) -> None:
        assert isinstance(error, BaseException)
        if isinstance(error, Cancelled):
            if callbacks.on_cancelled is not None:
                callbacks.on_cancelled()
        elif isinstance(error, UserFacingError) and callbacks.on_failure is not None:
            callbacks.on_failure(error)
        else:
            self._present_error(error)


def _is_alive(obj: QObject) -> bool:
    # shiboken6 is PySide's own binding layer; it says whether the C++ object still exists.
    return bool(isValid(obj))
