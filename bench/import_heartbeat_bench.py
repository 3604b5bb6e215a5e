"""The longest UI-thread stall while the GUI imports COUNT accounts from the in-process sandbox.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.import_heartbeat_bench [ACCOUNTS] [--no-freeze]`
(the same path as a user: the import dialog, the scheduler's worker lane, then the customers reload).
"""

from __future__ import annotations

import gc
import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QApplication

from desktop.controllers.bootstrap import open_services
from desktop.crm.sandbox import SandboxCrm
from desktop.persistence.database import sqlite_url
from desktop.secrets.store import MemorySecretStore
from desktop.ui.application import DesktopApp
from desktop.ui.ui_settings import UiSettings
from tests.ui.heartbeat import Heartbeat
from tests.ui.sandbox_fixtures import fill_import_dialog


def main(accounts: int, freeze_sandbox: bool = True) -> None:
    """Import `accounts` accounts through the dialog; print the time and the longest gap."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    services = open_services(sqlite_url(folder / "bench.sqlite3"), MemorySecretStore())
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    with SandboxCrm(accounts=accounts) as sandbox:
        if freeze_sandbox:
            # The sandbox's records live in this process only for the bench; in use they live in
            # another process (or at Zoho). Freezing keeps Python's full GC from scanning them.
            gc.freeze()
        desktop = DesktopApp(services, settings)
        desktop.start()
        dialog = desktop.open_import_dialog()
        fill_import_dialog(dialog, sandbox)
        heartbeat = Heartbeat()
        done: list[float] = []
        desktop.customers_view.rows_loaded.connect(
            lambda n: (done.append(time.perf_counter()), app.quit()) if n >= accounts else None
        )
        failures: list[str] = []
        desktop.scheduler.sync_failed.connect(
            lambda sentence: (failures.append(sentence), app.quit())
        )
        heartbeat.start()
        start = time.perf_counter()
        dialog.import_button.click()
        app.exec()
        heartbeat.stop()
        desktop.shutdown()
    services.close()
    if failures:
        raise SystemExit(f"the import failed: {failures[0]}")
    frozen = "sandbox objects frozen" if freeze_sandbox else "sandbox objects scanned by the GC"
    print(f"accounts imported and listed: {accounts:,} in {done[0] - start:.1f} s ({frozen})")
    print(
        f"heartbeat ticks: {heartbeat.ticks:,}; longest UI-thread gap: {heartbeat.max_gap_ms:.0f} ms"
    )


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 100_000, "--no-freeze" not in sys.argv)
