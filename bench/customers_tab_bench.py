"""Time to open the Customers tab at 100,000 customers, and the longest UI-thread stall meanwhile.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.customers_tab_bench [COUNT]`.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings, QTimer
from PySide6.QtWidgets import QApplication

from desktop.controllers.bootstrap import open_services
from desktop.persistence.database import sqlite_url
from desktop.secrets.store import MemorySecretStore
from desktop.ui.customers_view import CustomersView
from desktop.ui.error_presenter import ErrorPresenter
from desktop.ui.task_runner import TaskRunner
from desktop.ui.ui_settings import UiSettings
from tests.ui.seeding import seed_customers


def main(count: int) -> None:
    """Seed `count` customers, open the tab, print the timings."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    services = open_services(sqlite_url(folder / "bench.sqlite3"), MemorySecretStore())
    seed_customers(services.database, count)
    presenter = ErrorPresenter()
    runner = TaskRunner(presenter.present)
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    marks: dict[str, float] = {}
    heartbeat, gaps = _heartbeat()
    start = time.perf_counter()
    view = CustomersView(services.customers, runner, settings)
    view.resize(1000, 700)
    view.show()
    view.reload()
    marks["window shown (UI thread free)"] = time.perf_counter() - start
    view.model.modelReset.connect(
        lambda: marks.setdefault("first rows on screen", time.perf_counter() - start)
    )
    view.rows_loaded.connect(
        lambda _n: (marks.setdefault("all rows loaded", time.perf_counter() - start), app.quit())
    )
    app.exec()
    heartbeat.stop()
    runner.shutdown()
    services.close()
    print(f"customers: {count:,} ({view.model.loaded_count():,} active loaded)")
    for label, seconds in marks.items():
        print(f"{label:32s} {seconds * 1000:8.0f} ms")
    print(f"{'longest UI-thread gap':32s} {max(gaps[1:], default=0.0) * 1000:8.0f} ms")


def _heartbeat() -> tuple[QTimer, list[float]]:
    gaps: list[float] = []
    last = [time.perf_counter()]

    def beat() -> None:
        now = time.perf_counter()
        gaps.append(now - last[0])
        last[0] = now

    timer = QTimer(interval=10)
    timer.timeout.connect(beat)
    timer.start()
    return timer, gaps


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000)
