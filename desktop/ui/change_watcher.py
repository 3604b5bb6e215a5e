"""Turns the database's change notifications (from a watcher thread) into one Qt signal."""

from __future__ import annotations

from collections.abc import Callable
from typing import Protocol

from PySide6.QtCore import QElapsedTimer, QObject, Qt, QTimer, Signal

# Several commits in a burst (a sync page, an import) reload the lists once, and a long burst
# (another instance's sync) at most every MIN_GAP_MS, well inside the 2 s promise.
SETTLE_MS = 300
MIN_GAP_MS = 1_500


class _Stoppable(Protocol):
    def stop(self) -> None: ...


class ChangeWatcher(QObject):
    """Emits `database_changed` on the GUI thread when another instance changed the data.

    Signals:
      database_changed() — GUI thread, at most once per SETTLE_MS
      _noticed() — internal, emitted by the watcher thread and queued to the GUI thread
    """

    database_changed = Signal()
    _noticed = Signal()

    def __init__(
        self, watch: Callable[[Callable[[], None]], _Stoppable], parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._settle = QTimer(self)
        self._settle.setSingleShot(True)
        self._settle.timeout.connect(self._on_settle_timeout)
        self._noticed.connect(self._on_noticed, Qt.ConnectionType.QueuedConnection)
        self._since_last = QElapsedTimer()
        self._watcher = watch(self._noticed.emit)

    def _on_noticed(self) -> None:
        if self._settle.isActive():
            return
        waited = self._since_last.elapsed() if self._since_last.isValid() else MIN_GAP_MS
        self._settle.start(max(SETTLE_MS, MIN_GAP_MS - waited))

    def _on_settle_timeout(self) -> None:
        self._since_last.start()
        self.database_changed.emit()

    def stop(self) -> None:
        """Stop the watcher thread."""
        self._watcher.stop()
        self._settle.stop()
