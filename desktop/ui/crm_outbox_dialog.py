"""The CRM outbox: what waits to reach Zoho CRM, what reached it, what failed and why; the switch."""

from __future__ import annotations

from collections.abc import Sequence
from enum import IntEnum

from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.controllers.reflect import ReflectController
from desktop.domain.reflect import OutboxItem, OutboxState
from desktop.ui.locale_format import QT_TRANSLATE_NOOP
from desktop.ui.table_setup import configure_table
from desktop.ui.task_runner import Lane, TaskRunner
from desktop.ui.value_table_model import Column, ValueTableModel

_ACTIONS = {
    "upsert": QT_TRANSLATE_NOOP("CrmOutboxDialog", "Show note"),
    "delete": QT_TRANSLATE_NOOP("CrmOutboxDialog", "Remove note"),
}


class OutboxColumns(IntEnum):
    """The outbox table's columns, in display order."""

    DOCUMENT = 0
    ACTION = 1
    RECORD = 2
    STATE = 3
    ATTEMPTS = 4
    ERROR = 5


OUTBOX_COLUMNS: tuple[Column[OutboxItem], ...] = (
    Column(QT_TRANSLATE_NOOP("Columns", "Document"), lambda i: i.document),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Change"),
        lambda i: QCoreApplication.translate(
            "CrmOutboxDialog", _ACTIONS.get(i.action.value, i.action.value)
        ),
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "CRM record"), lambda i: f"{i.crm_module[:-1]} {i.crm_id}"),
    Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda i: i.state.value),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Attempts"),
        lambda i: str(i.attempts),
        lambda i: i.attempts,
        numeric=True,
    ),
    Column(QT_TRANSLATE_NOOP("Columns", "Why"), lambda i: i.error or ""),
)


def outbox_table_model(parent: QObject | None = None) -> ValueTableModel[OutboxItem]:
    """Return an empty model of outbox items."""
    return ValueTableModel(OUTBOX_COLUMNS, parent)


def _read(reflect: ReflectController) -> tuple[bool, list[OutboxItem]]:
    return reflect.enabled(), reflect.outbox()


class CrmOutboxDialog(QDialog):
    """The outbox, newest last, with a summary line and the on/off switch.

    Signals (GUI thread): loaded(int) — the number of items, after each load
    """

    loaded = Signal(int)

    def __init__(
        self, reflect: ReflectController, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("CRM outbox"))
        self._reflect = reflect
        self._runner = runner
        self.switch = QCheckBox(
            self.tr("Show invoices and estimates in Zoho CRM (a note and the PDF)")
        )
        self.switch.setEnabled(False)
        self.switch.toggled.connect(self._on_switch_toggled)
        self.summary = QLabel(self.tr("Reading the outbox…"), wordWrap=True)
        self.summary.setAccessibleName(self.tr("Outbox summary"))
        self.items = outbox_table_model(self)
        self.table = configure_table(QTableView(), self.tr("CRM outbox"))
        self.table.setModel(self.items)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.switch)
        layout.addWidget(self.summary)
        layout.addWidget(self.table)
        layout.addWidget(
            QLabel(
                self.tr(
                    "Waiting changes are sent to Zoho CRM after each sync (every 12 hours, or "
                    "File → Sync now). They keep their order and are never sent twice."
                ),
                wordWrap=True,
            )
        )
        layout.addWidget(buttons)
        self.resize(900, 520)
        self.reload()

    def reload(self) -> None:
        """Read the switch and the outbox on the database lane."""
        self._runner.run(Lane.DATABASE, _read, self._reflect, on_success=self._on_read, owner=self)

    def _on_read(self, result: tuple[bool, Sequence[OutboxItem]]) -> None:
        enabled, items = result
        self.switch.blockSignals(True)
        self.switch.setChecked(enabled)
        self.switch.blockSignals(False)
        self.switch.setEnabled(True)
        self.items.set_values(items)
        self.table.resizeColumnsToContents()
        waiting = sum(i.state is OutboxState.PENDING for i in items)
        failed = sum(i.state is OutboxState.FAILED for i in items)
        done = len(items) - waiting - failed
        self.summary.setText(
            self.tr("{waiting} waiting, {failed} failed, {done} in Zoho CRM.").format(
                waiting=waiting, failed=failed, done=done
            )
            if items
            else self.tr("Nothing has been sent to Zoho CRM yet.")
        )
        self.loaded.emit(len(items))

    def _on_switch_toggled(self, checked: bool) -> None:
        self.switch.setEnabled(False)
        self._runner.run(
            Lane.DATABASE,
            self._reflect.set_enabled,
            checked,
            on_success=lambda _none: self.reload(),
            owner=self,
        )
