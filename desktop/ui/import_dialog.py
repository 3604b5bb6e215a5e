"""Import from Zoho CRM: the key, the API client, then connect and the first sync in the background."""

from __future__ import annotations

import html
import logging
import re

from PySide6.QtCore import QElapsedTimer, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop.controllers.connection import (
    DATA_CENTRES,
    ConnectionController,
    ConnectionInfo,
    ConnectRequest,
)
from desktop.domain.errors import UserFacingError, ValidationError
from desktop.domain.sync import SyncProgress, SyncReport, SyncStatus, SyncTrigger
from desktop.ui.locale_format import counted, duration_text, number_text
from desktop.ui.sync_scheduler import SyncScheduler
from desktop.ui.task_runner import Lane, TaskRunner

log = logging.getLogger(__name__)
_COMMAND = re.compile(r"`([^`]+)`")  # a command to type, in a sentence (the keyring advice)


class ImportDialog(QDialog):
    """The design card's import dialog.

    Signals (GUI thread):
      import_finished(SyncReport) — the first sync succeeded; the dialog then closes itself
    """

    import_finished = Signal(object)

    def __init__(
        self,
        connection: ConnectionController,
        scheduler: SyncScheduler,
        runner: TaskRunner,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Import from Zoho CRM"))
        self._connection = connection
        self._scheduler = scheduler
        self._runner = runner
        self._busy = False
        self._clock = QElapsedTimer()  # how long the running import has taken
        self._build()
        runner.run(
            Lane.DATABASE,
            connection.remembered,
            on_success=self._on_remembered_loaded,
            on_failure=self._on_remembered_failed,
            owner=self,
        )
        scheduler.sync_progressed.connect(self._on_scheduler_sync_progressed)
        scheduler.sync_finished.connect(self._on_scheduler_sync_finished)
        scheduler.sync_failed.connect(self._on_scheduler_sync_failed)

    def _build(self) -> None:
        self.email = QLineEdit(placeholderText="you@shop.example")
        self.key = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.key.setPlaceholderText(self.tr("Self Client grant code or refresh token"))
        self.auto_update = QCheckBox(self.tr("Auto-update every 12 hours"))
        self.auto_update.setChecked(True)
        self.data_centre = QComboBox()
        self.data_centre.addItems(DATA_CENTRES)
        self.client_id = QLineEdit(placeholderText="1000.XXXXXXXX")
        self.client_secret = QLineEdit(echoMode=QLineEdit.EchoMode.Password)
        self.api_url = QLineEdit(
            placeholderText=self.tr("https://www.zohoapis.com (default for the data centre)")
        )
        self.accounts_url = QLineEdit(
            placeholderText=self.tr("https://accounts.zoho.com (default)")
        )
        for widget, name in (
            (self.email, self.tr("Email")), (self.key, self.tr("Key")), (self.data_centre, self.tr("Data centre")),
            (self.client_id, self.tr("Client ID")), (self.client_secret, self.tr("Client secret")),
            (self.api_url, self.tr("API URL")), (self.accounts_url, self.tr("Accounts URL")),
        ):  # fmt: skip
            widget.setAccessibleName(name)
        form = QFormLayout()
        form.addRow(self.tr("&Email:"), self.email)
        form.addRow(self.tr("&Key:"), self.key)
        form.addRow("", self.auto_update)
        client = QGroupBox(self.tr("API client"))
        client_form = QFormLayout(client)
        client_form.addRow(self.tr("&Data centre:"), self.data_centre)
        client_form.addRow(self.tr("Client &ID:"), self.client_id)
        client_form.addRow(self.tr("Client &secret:"), self.client_secret)
        self.advanced_toggle = QToolButton()
        self.advanced_toggle.setText(self.tr("Advanced"))
        self.advanced_toggle.setCheckable(True)
        self.advanced_toggle.setArrowType(Qt.ArrowType.RightArrow)
        self.advanced_toggle.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.advanced = QWidget()
        advanced_form = QFormLayout(self.advanced)
        advanced_form.setContentsMargins(0, 0, 0, 0)
        advanced_form.addRow(self.tr("&API URL:"), self.api_url)
        advanced_form.addRow(self.tr("Acc&ounts URL:"), self.accounts_url)
        self.advanced.hide()
        self.advanced_toggle.toggled.connect(self._on_advanced_toggle_toggled)
        client_form.addRow(self.advanced_toggle)
        client_form.addRow(self.advanced)
        self.message = QLabel(wordWrap=True)
        self.message.setAccessibleName(self.tr("Import message"))
        # Selectable: the keyring advice holds commands to copy into a terminal.
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.message.hide()
        self.progress = QProgressBar()
        self.progress.setAccessibleName(self.tr("Import progress"))
        self.progress.hide()
        self.buttons = QDialogButtonBox()
        self.import_button = QPushButton(self.tr("&Import"))
        self.import_button.setDefault(True)
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.buttons.addButton(self.import_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.buttons.addButton(self.cancel_button, QDialogButtonBox.ButtonRole.RejectRole)
        self.import_button.clicked.connect(self._on_import_button_clicked)
        self.cancel_button.clicked.connect(self._on_cancel_button_clicked)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(client)
        layout.addWidget(self.message)
        layout.addWidget(self.progress)
        layout.addWidget(self.buttons)
        self.setMinimumWidth(520)

    # --- validation ----------------------------------------------------------------------------
    def problem(self) -> tuple[QWidget, str] | None:
        """Return the first invalid field with a sentence naming it, or None when all are valid.

        The controller's own validation decides (one rule for the GUI and the command line);
        the URLs are checked here because only the GUI types them by hand."""
        fields: dict[str, QWidget] = {
            self.tr("Email"): self.email,
            self.tr("Key"): self.key,
            self.tr("Client ID"): self.client_id,
            self.tr("Client secret"): self.client_secret,
            self.tr("Data centre"): self.data_centre,
        }
        try:
            self.request().validated()
        except ValidationError as error:
            return fields.get(error.field, self.email), str(error)
        for field, label in (
            (self.api_url, self.tr("API URL")),
            (self.accounts_url, self.tr("Accounts URL")),
        ):
            url = field.text().strip()
            if url and not url.startswith(("http://", "https://")):
                return field, self.tr(
                    "{field}: start it with https:// (or http:// for a local sandbox)."
                ).format(field=label)
        return None

    def request(self) -> ConnectRequest:
        """Return the connect request the fields describe (validate first)."""
        return ConnectRequest(
            email=self.email.text().strip(),
            key=self.key.text().strip(),
            client_id=self.client_id.text().strip(),
            client_secret=self.client_secret.text().strip(),
            data_centre=self.data_centre.currentText(),
            accounts_url=self.accounts_url.text().strip() or None,
            api_url=self.api_url.text().strip() or None,
            auto_update=self.auto_update.isChecked(),
        )

    def _on_remembered_loaded(self, last: ConnectRequest) -> None:
        """Fill the non-secret fields with what was typed last; what the user typed wins."""
        for field, value in (
            (self.email, last.email), (self.client_id, last.client_id),
            (self.accounts_url, last.accounts_url or ""), (self.api_url, last.api_url or ""),
        ):  # fmt: skip
            if not field.text():
                field.setText(value)
        if self.data_centre.currentIndex() == 0:
            self.data_centre.setCurrentText(last.data_centre)
        if last.accounts_url or last.api_url:
            self.advanced_toggle.setChecked(True)

    def _on_remembered_failed(self, error: UserFacingError) -> None:
        # Pre-filling is a convenience: the empty form still works, so no dialog for this.
        log.info("the import fields typed last could not be read: %s", error)

    # --- flow ----------------------------------------------------------------------------------
    def _on_import_button_clicked(self) -> None:
        problem = self.problem()
        if problem is not None:
            widget, sentence = problem
            self._show_message(sentence)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self._set_busy(True)
        self._show_message(self.tr("Connecting to Zoho CRM…"))
        self.progress.setRange(0, 0)  # busy until the engine can estimate
        self._runner.run(
            Lane.NETWORK,
            self._connection.connect,
            self.request(),
            on_success=self._on_connected,
            on_failure=self._on_failed,
            owner=self,
        )

    def _on_connected(self, info: ConnectionInfo) -> None:
        self.key.clear()  # a grant code works once; never keep a secret longer than needed
        if not self._busy:  # cancelled while connecting
            return
        self._show_message(
            self.tr("Connected to {organization}. Importing customers…").format(
                organization=info.org_name
            )
        )
        if not self._scheduler.start_sync(SyncTrigger.MANUAL):
            self._on_failed(
                UserFacingError(self.tr("A sync is already running; try again when it ends."))
            )

    def _on_failed(self, error: UserFacingError) -> None:
        self._set_busy(False)
        self._show_message(str(error))

    def _on_scheduler_sync_progressed(self, progress: SyncProgress) -> None:
        if not self._busy:
            return
        if progress.fraction is not None:
            self.progress.setRange(0, 1000)
            self.progress.setValue(int(progress.fraction * 1000))
        self._show_message(self.progress_text(progress, self._clock.elapsed() / 1000))

    def progress_text(self, progress: SyncProgress, seconds: float) -> str:
        """Return how far the import is: records of an estimated total and the time left when
        the engine can estimate, else records and pages so far and the time it has taken."""
        done = progress.records_done
        fraction = progress.fraction
        if fraction is not None and 0.02 <= fraction < 1 and done:
            total = max(done, progress.records_expected or round(done / fraction))
            left = seconds * (1 - fraction) / fraction
            return counted(
                self.tr(
                    "Importing {module}: {done} of about %n record(s) — {left} left", "", total
                ),
                total,
            ).format(module=progress.module, done=number_text(done), left=duration_text(left))
        return counted(
            self.tr("Importing {module}: %n record(s), page {page} — {elapsed} so far", "", done),
            done,
        ).format(
            module=progress.module,
            page=number_text(progress.pages_done),
            elapsed=duration_text(seconds),
        )

    def _on_scheduler_sync_finished(self, report: SyncReport) -> None:
        if not self._busy:
            return
        if report.status is SyncStatus.SUCCEEDED:
            self._set_busy(False)
            self.import_finished.emit(report)
            self.accept()
        elif report.status is SyncStatus.CANCELLED:
            self._set_busy(False)
            self._show_message(self.tr("Import cancelled. What was imported so far is kept."))

    def _on_scheduler_sync_failed(self, sentence: str) -> None:
        if self._busy:
            self._on_failed(UserFacingError(sentence))

    def _on_cancel_button_clicked(self) -> None:
        if not self._busy:
            self.reject()
            return
        self._scheduler.cancel()
        self._set_busy(False)
        self._show_message(self.tr("Import cancelled. What was imported so far is kept."))

    def _on_advanced_toggle_toggled(self, shown: bool) -> None:
        self.advanced.setVisible(shown)
        arrow = Qt.ArrowType.DownArrow if shown else Qt.ArrowType.RightArrow
        self.advanced_toggle.setArrowType(arrow)

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        if busy:
            self._clock.start()
        self.import_button.setEnabled(not busy)
        self.progress.setVisible(busy)
        self.cancel_button.setText(self.tr("Cancel import") if busy else self.tr("Close"))
        for field in (self.email, self.key, self.client_id, self.client_secret, self.data_centre):
            field.setEnabled(not busy)

    def _show_message(self, sentence: str) -> None:
        if _COMMAND.search(sentence):  # each command on a line of its own, never broken
            self.message.setTextFormat(Qt.TextFormat.RichText)
            escaped = html.escape(sentence, quote=False)
            self.message.setText(_COMMAND.sub(r"<br><code>\1</code>", escaped))
        else:
            self.message.setTextFormat(Qt.TextFormat.PlainText)
            self.message.setText(sentence)
        self.message.show()
        self.adjustSize()  # grow with a long sentence instead of squeezing the fields

    def reject(self) -> None:
        """Close; a running import is cancelled first."""
        if self._busy:
            self._scheduler.cancel()
            self._busy = False
        super().reject()
