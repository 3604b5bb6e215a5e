"""The Outbox: every email with its state and, when it failed or waits, why; Send now and Retry."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop.controllers.mail import MailController
from desktop.controllers.outbox_sender import OutboxReport
from desktop.domain.errors import UserFacingError
from desktop.domain.mail import OutboxEntry, OutboxState
from desktop.ui.locale_format import QT_TRANSLATE_NOOP
from desktop.ui.task_runner import Lane, TaskRunner
from desktop.ui.value_table_model import Column, ValueTableModel

COLUMNS: list[Column[OutboxEntry]] = [
    Column(QT_TRANSLATE_NOOP("Columns", "State"), lambda e: e.state.value),
    Column(QT_TRANSLATE_NOOP("Columns", "Document"), lambda e: e.document_number or ""),
    Column(QT_TRANSLATE_NOOP("Columns", "To"), lambda e: e.recipients.describe()),
    Column(QT_TRANSLATE_NOOP("Columns", "Subject"), lambda e: e.subject),
    Column(QT_TRANSLATE_NOOP("Columns", "Why"), lambda e: e.error or ""),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Queued"),
        lambda e: f"{e.created_at.astimezone():%Y-%m-%d %H:%M}",
        lambda e: e.created_at,
    ),
    Column(
        QT_TRANSLATE_NOOP("Columns", "Sent"),
        lambda e: f"{e.sent_at.astimezone():%Y-%m-%d %H:%M}" if e.sent_at else "",
        lambda e: e.sent_at.timestamp() if e.sent_at else 0.0,
    ),
]


class OutboxDialog(QDialog):
    """Lists the outbox; sends on the mail lane.

    Signals (GUI thread):
      outbox_sent(object) — the OutboxReport of a "Send now"
    """

    outbox_sent = Signal(object)

    def __init__(
        self, mail: MailController, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Outbox"))
        self._mail = mail
        self._runner = runner
        self.model: ValueTableModel[OutboxEntry] = ValueTableModel(COLUMNS, self)
        self.table = QTableView()
        self.table.setAccessibleName(self.tr("Outbox messages"))
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setWordWrap(True)
        self.table.horizontalHeader().setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.message = QLabel(wordWrap=True)
        self.message.setAccessibleName(self.tr("Outbox status"))
        self.send_button = QPushButton(self.tr("Send &now"))
        self.retry_button = QPushButton(self.tr("&Retry selected"))
        self.retry_button.setToolTip(
            self.tr("Send a failed message again, with the same Message-ID")
        )
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.addButton(self.send_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.retry_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        self.send_button.clicked.connect(self.send_now)
        self.retry_button.clicked.connect(self._on_retry_button_clicked)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._update_buttons())
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(1000, 480)
        self._update_buttons()

    def reload(self) -> None:
        """Read the outbox on the database lane."""
        self._runner.run(
            Lane.DATABASE,
            self._mail.outbox,
            on_success=self._on_outbox_loaded,
            on_failure=self._on_failed,
            owner=self,
        )

    def send_now(self) -> None:
        """Try every queued message (and due reminders) on the mail lane."""
        self.send_button.setEnabled(False)
        self.message.setText(self.tr("Sending…"))
        self._runner.run(
            Lane.MAIL,
            self._mail.send_pending,
            on_success=self._on_sent,
            on_failure=self._on_failed,
            on_done=lambda: self.send_button.setEnabled(True),
            owner=self,
        )

    def _on_outbox_loaded(self, entries: list[OutboxEntry]) -> None:
        self.model.set_values(entries)
        self.table.resizeColumnsToContents()
        self.table.resizeRowsToContents()
        self._update_buttons()

    def _on_sent(self, report: OutboxReport) -> None:
        self.message.setText(report.summary().capitalize() + ".")
        self.outbox_sent.emit(report)
        self.reload()

    def _on_retry_button_clicked(self) -> None:
        entry = self._selected()
        if entry is None:
            return
        self.message.setText(self.tr("Sending…"))
        self._runner.run(
            Lane.MAIL,
            self._mail.retry,
            entry.id,
            on_success=lambda _entry: self.reload(),
            on_failure=self._on_failed,
            owner=self,
        )

    def _selected(self) -> OutboxEntry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.value(rows[0].row()) if rows else None

    def _update_buttons(self) -> None:
        entry = self._selected()
        self.retry_button.setEnabled(entry is not None and entry.state is OutboxState.FAILED)

    def _on_failed(self, error: UserFacingError) -> None:
        self.message.setText(str(error))
