"""File → Back up now… and Restore…: file pickers, the work on the database lane, one sentence back."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from desktop.controllers.database_admin import DatabaseAdminController, restore_database
from desktop.controllers.documents import local_now
from desktop.domain.errors import UserFacingError
from desktop.ui.task_runner import Lane, TaskRunner


class BackupActions(QObject):
    """Backs up and restores on request.

    Signals (GUI thread):
      restored(str) — a backup replaced the database (the kept file's path); restart to use it
    """

    restored = Signal(str)

    def __init__(self, admin: DatabaseAdminController, runner: TaskRunner, window: QWidget) -> None:
        super().__init__(window)
        self._admin, self._runner, self._window = admin, runner, window

    def back_up(self, target: Path | None = None) -> None:
        """Ask where (unless given), then write a backup there."""
        if target is None:
            chosen, _filter = QFileDialog.getSaveFileName(
                self._window, self.tr("Back up the database to"), str(self._default_target())
            )
            if not chosen:
                return
            target = Path(chosen)
        self._runner.run(
            Lane.DATABASE,
            self._admin.backup,
            target,
            on_success=lambda written: self._tell(
                self.tr("Backed up"), self.tr("The backup is in {path}.").format(path=written)
            ),
            on_failure=self._refused,
            owner=self,
        )

    def restore(self, source: Path | None = None, confirm: bool = True) -> None:
        """Ask for a backup (unless given) and confirmation, then put it in place of the database."""
        if source is None:
            chosen, _filter = QFileDialog.getOpenFileName(
                self._window, self.tr("Restore the database from"), str(self._default_target().parent),
                self.tr("Invoice Desk databases (*.sqlite3);;All files (*)"),
            )  # fmt: skip
            if not chosen:
                return
            source = Path(chosen)
        if confirm and not self._confirmed(source):
            return
        location = self._admin.in_use().url
        self._runner.run(
            Lane.DATABASE,
            restore_database,
            location,
            source,
            local_now(),
            on_success=self._on_restored,
            on_failure=self._refused,
            owner=self,
        )

    def _on_restored(self, kept: Path | None) -> None:
        if kept:
            text = self.tr(
                "The backup is in place. The replaced database is kept at {path}. "
                "Invoice Desk restarts to use it."
            ).format(path=kept)
        else:
            text = self.tr("The backup is in place. Invoice Desk restarts to use it.")
        self._tell(self.tr("Restored"), text)
        self.restored.emit(str(kept or ""))

    def _default_target(self) -> Path:
        info = self._admin.in_use()
        now = local_now()
        if info.kind == "sqlite":
            folder = Path(info.location).parent / "backups"
            return folder / f"invoice-desk-by-hand-{now:%Y-%m-%d-%H%M%S}.sqlite3"
        return Path.home() / f"invoice-desk-{now:%Y-%m-%d-%H%M%S}.pgdump"

    def _confirmed(self, source: Path) -> bool:
        answer = QMessageBox.question(
            self._window,
            self.tr("Restore"),
            self.tr(
                "Replace the database by the backup {name}? The current database is kept "
                "beside it, and Invoice Desk restarts."
            ).format(name=source.name),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _refused(self, error: UserFacingError) -> None:
        QMessageBox.warning(self._window, "Invoice Desk", error.message)

    def _tell(self, title: str, text: str) -> None:
        box = QMessageBox(QMessageBox.Icon.Information, title, text, parent=self._window)
        box.open()
