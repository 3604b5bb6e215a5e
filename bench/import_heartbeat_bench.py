"""The longest UI-thread stall while the GUI imports COUNT accounts from the in-process sandbox.

Run: `QT_QPA_PLATFORM=offscreen .venv/bin/python -m bench.import_heartbeat_bench [ACCOUNTS]
[--no-freeze | --separate-process]` (the same path as a user: the import dialog, the scheduler's
worker lane, then the customers reload). --separate-process serves the sandbox from its own
process, as Zoho is in real use.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from multiprocessing.connection import Connection
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


class _RemoteSandbox:
    """What the import dialog needs of a sandbox running in another process."""

    def __init__(self, coordinates: tuple[str, str, str, list[str]]) -> None:
        self.accounts_url = self.api_url = coordinates[0]
        self.client_id, self.client_secret, self._codes = (
            coordinates[1],
            coordinates[2],
            coordinates[3],
        )

    def new_grant_code(self) -> str:
        return self._codes.pop()


def _serve(accounts: int, pipe: Connection) -> None:
    with SandboxCrm(accounts=accounts) as sandbox:
        pipe.send(
            (sandbox.base_url, sandbox.client_id, sandbox.client_secret, [sandbox.new_grant_code()])
        )
        pipe.recv()


@contextmanager
def _sandbox(accounts: int, separate: bool) -> Iterator[SandboxCrm | _RemoteSandbox]:
    if not separate:
        with SandboxCrm(accounts=accounts) as sandbox:
            yield sandbox
        return
    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(target=_serve, args=(accounts, theirs), daemon=True)
    server.start()
    try:
        yield _RemoteSandbox(ours.recv())
    finally:
        ours.send("stop")
        server.join(timeout=10)


def main(accounts: int, freeze_sandbox: bool = True, separate: bool = False) -> None:
    """Import `accounts` accounts through the dialog; print the time and the longest gap."""
    app = QApplication.instance() or QApplication(sys.argv[:1])
    folder = Path(tempfile.mkdtemp())
    services = open_services(sqlite_url(folder / "bench.sqlite3"), MemorySecretStore())
    settings = UiSettings(QSettings(str(folder / "ui.ini"), QSettings.Format.IniFormat))
    with _sandbox(accounts, separate) as sandbox:
        if freeze_sandbox and not separate:
            # The sandbox's records live in this process only for the bench; in use they live in
            # another process (or at Zoho). Freezing keeps Python's full GC from scanning them.
            gc.freeze()
        desktop = DesktopApp(services, settings)
        desktop.start()
        dialog = desktop.open_import_dialog()
        fill_import_dialog(dialog, sandbox)  # type: ignore[arg-type]
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
    if separate:
        frozen = "sandbox in its own process"
    print(f"accounts imported and listed: {accounts:,} in {done[0] - start:.1f} s ({frozen})")
    print(
        f"heartbeat ticks: {heartbeat.ticks:,}; longest UI-thread gap: {heartbeat.max_gap_ms:.0f} ms"
    )


if __name__ == "__main__":
    counts = [int(a) for a in sys.argv[1:] if a.isdigit()]
    main(
        counts[0] if counts else 100_000,
        "--no-freeze" not in sys.argv,
        "--separate-process" in sys.argv,
    )
