"""A line edit that finds a customer as you type (completer fed from the database lane)."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QStringListModel, Qt, QTimer, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from desktop.controllers.customers import CustomersController
from desktop.domain.customers import CustomerRow
from desktop.ui.task_runner import Lane, TaskRunner

SUGGESTIONS = 20


class CustomerPicker(QLineEdit):
    """Type a name, pick a suggestion; `customer_id` is 0 until a customer is picked.

    Signals (GUI thread): customer_picked(int) — the id picked (0 when the text no longer names one)
    """

    customer_picked = Signal(int)

    def __init__(
        self, customers: CustomersController, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setPlaceholderText(self.tr("Type a customer's name"))
        self.setAccessibleName(self.tr("Customer"))
        self._customers = customers
        self._runner = runner
        self.customer_id = 0
        self._ids: dict[str, int] = {}
        self._names = QStringListModel(self)
        completer = QCompleter(self._names, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.activated.connect(self._on_completer_activated)
        self.setCompleter(completer)
        self._debounce = QTimer(self, singleShot=True, interval=200)
        self._debounce.timeout.connect(self._suggest)
        self.textEdited.connect(self._on_text_edited)

    def set_customer(self, customer_id: int, name: str) -> None:
        """Preset the customer (a new document from the customer's page)."""
        self.customer_id = customer_id
        self._ids[name] = customer_id
        self.setText(name)

    def _on_text_edited(self, text: str) -> None:
        self._match(text)
        self._debounce.start()

    def _match(self, text: str) -> None:
        picked = self._ids.get(text.strip(), 0)
        if picked != self.customer_id:
            self.customer_id = picked
            self.customer_picked.emit(picked)

    def _suggest(self) -> None:
        self._runner.run(
            Lane.DATABASE,
            self._customers.rows,
            False,
            self.text().strip(),
            SUGGESTIONS,
            on_success=self._on_rows_loaded,
            owner=self,
        )

    def _on_rows_loaded(self, rows: Sequence[CustomerRow]) -> None:
        for row in rows:
            self._ids.setdefault(row.name, row.id)
        self._names.setStringList([row.name for row in rows])
        if self.hasFocus() and rows:
            self.completer().complete()
        self._match(self.text())

    def _on_completer_activated(self, name: str) -> None:
        self.customer_id = self._ids.get(name, 0)
        self.customer_picked.emit(self.customer_id)
