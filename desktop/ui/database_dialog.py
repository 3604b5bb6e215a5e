"""File → Database…: this computer's file or a shared PostgreSQL server, tested before switching."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from desktop.controllers.database_admin import DatabaseAdminController, check_connection
from desktop.controllers.database_choice import (
    DEFAULT_PORT,
    SSL_MODES,
    DatabaseChoice,
    load_choice,
    save_choice,
)
from desktop.domain.errors import UserFacingError
from desktop.ui.task_runner import Lane, TaskRunner


class DatabaseDialog(QDialog):
    """Choose where the data lives; nothing is copied unless the box says so.

    Signals (GUI thread):
      switched(str) — the choice was saved (its description); the app restarts to use it
    """

    switched = Signal(str)

    def __init__(
        self,
        admin: DatabaseAdminController,
        runner: TaskRunner,
        data_dir: Path,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Database"))
        self._admin, self._runner, self._data_dir = admin, runner, data_dir
        self.local = QRadioButton(self.tr("&This computer (a file in the data folder)"))
        self.shared = QRadioButton(
            self.tr("&Shared (PostgreSQL): everyone in the team uses one database")
        )
        self.server = QGroupBox(self.tr("Server"))
        self.host = QLineEdit()
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.database = QLineEdit()
        self.user = QLineEdit()
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("kept in the system keyring"))
        self.ssl_mode = QComboBox()
        self.ssl_mode.addItems(SSL_MODES)
        for widget, name in ((self.host, self.tr("Host")), (self.database, self.tr("Database")), (self.user, self.tr("User")),
                             (self.password, self.tr("Password"))):  # fmt: skip
            widget.setAccessibleName(name)
            widget.setMaxLength(300)
        form = QFormLayout(self.server)
        form.addRow(self.tr("&Host:"), self.host)
        form.addRow(self.tr("&Port:"), self.port)
        form.addRow(self.tr("&Database:"), self.database)
        form.addRow(self.tr("&User:"), self.user)
        form.addRow(self.tr("Pass&word:"), self.password)
        form.addRow(self.tr("SSL &mode:"), self.ssl_mode)
        self.test_button = QPushButton(self.tr("&Test connection"))
        form.addRow("", self.test_button)
        self.copy_data = QCheckBox(
            self.tr("&Copy this computer's data into the shared database (it must be empty)")
        )
        form.addRow("", self.copy_data)
        self.status = QLabel(self.tr("In use: {database}").format(database=admin.describe()))
        self.status.setWordWrap(True)
        self.status.setAccessibleName(self.tr("Connection status"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        self.save_button = self.buttons.button(QDialogButtonBox.StandardButton.Save)
        self.save_button.setText(self.tr("&Switch"))
        layout = QVBoxLayout(self)
        layout.addWidget(self.local)
        layout.addWidget(self.shared)
        layout.addWidget(self.server)
        layout.addWidget(self.status)
        layout.addWidget(self.buttons)
        self._show(load_choice(data_dir))
        self.local.toggled.connect(self._on_local_toggled)
        self.test_button.clicked.connect(self._on_test_button_clicked)
        self.buttons.accepted.connect(self._on_switch_clicked)
        self.buttons.rejected.connect(self.reject)
        self.resize(560, 0)

    def choice(self) -> DatabaseChoice:
        """Return the choice as the form shows it."""
        return DatabaseChoice(
            shared=self.shared.isChecked(),
            host=self.host.text().strip(),
            port=self.port.value(),
            database=self.database.text().strip(),
            user=self.user.text().strip(),
            ssl_mode=self.ssl_mode.currentText(),
        )

    def _show(self, choice: DatabaseChoice) -> None:
        (self.shared if choice.shared else self.local).setChecked(True)
        self.host.setText(choice.host)
        self.port.setValue(choice.port or DEFAULT_PORT)
        self.database.setText(choice.database)
        self.user.setText(choice.user)
        self.ssl_mode.setCurrentText(choice.ssl_mode)
        self.server.setEnabled(choice.shared)

    def _on_local_toggled(self, local: bool) -> None:
        self.server.setEnabled(not local)

    def _server_url(self) -> str | None:
        try:
            return self.choice().url()
        except UserFacingError as error:
            self._say(error.message)
            return None

    def _on_test_button_clicked(self) -> None:
        url = self._server_url()
        if url is None:
            return
        self._say(self.tr("Connecting…"))
        self.test_button.setEnabled(False)
        self._runner.run(
            Lane.NETWORK,
            check_connection,
            url,
            self.password.text() or None,
            on_success=lambda version: self._say(
                self.tr("Connected: {version} answers.").format(version=version)
            ),
            on_failure=lambda error: self._say(error.message),
            on_done=lambda: self.test_button.setEnabled(True),
            owner=self,
        )

    def _on_switch_clicked(self) -> None:
        choice = self.choice()
        if not choice.shared:
            self._finish(choice, self.tr("this computer's database"))
            return
        url = self._server_url()
        if url is None:
            return
        if self.password.text():
            self._admin.remember_password(url, self.password.text())
        if not self.copy_data.isChecked():
            self._finish(
                choice,
                self.tr("the shared database {host}/{database}").format(
                    host=choice.host, database=choice.database
                ),
            )
            return
        self._say(self.tr("Copying this computer's data to the shared database…"))
        self.save_button.setEnabled(False)
        self._runner.run(
            Lane.NETWORK,
            self._admin.copy_to,
            url,
            on_success=lambda tables: self._finish(
                choice,
                self.tr("the shared database ({rows} rows copied)").format(
                    rows=sum(t.rows for t in tables)
                ),
            ),
            on_failure=lambda error: self._say(error.message),
            on_done=lambda: self.save_button.setEnabled(True),
            owner=self,
        )

    def _finish(self, choice: DatabaseChoice, description: str) -> None:
        save_choice(self._data_dir, choice)
        self.switched.emit(description)
        self.accept()

    def _say(self, text: str) -> None:
        self.status.setText(text)
