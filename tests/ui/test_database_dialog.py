"""File → Database…, Back up now…, Restore… and the change watcher, over real databases."""

from __future__ import annotations

import dataclasses
import json
import time
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.controllers.bootstrap import open_services
from desktop.controllers.database_admin import DatabaseAdminController, password_key
from desktop.controllers.database_choice import CHOICE_FILE, load_choice
from desktop.controllers.documents import local_now
from desktop.controllers.services import Services
from desktop.domain.documents import DocumentKind
from desktop.secrets.store import MemorySecretStore
from desktop.ui.application import DesktopApp
from desktop.ui.backup_actions import BackupActions
from desktop.ui.change_watcher import ChangeWatcher
from desktop.ui.database_dialog import DatabaseDialog
from desktop.ui.document_editor_dialog import DocumentEditorDialog
from desktop.ui.line_items_table_model import Columns
from desktop.ui.task_runner import TaskRunner
from desktop.ui.ui_settings import UiSettings
from tests.document_helpers import add_customer, draft
from tests.ui.documents_fixtures import create_document
from tests.ui.helpers import wait_until_idle
from tests.ui.seeding import seed_customers


@pytest.fixture
def admin(services: Services) -> DatabaseAdminController:
    """Return the database use cases on the test's SQLite file."""
    return DatabaseAdminController(services.database, services.secrets, local_now)


@pytest.fixture
def dialog(
    qtbot: QtBot, admin: DatabaseAdminController, runner: TaskRunner, data_dir: Path
) -> DatabaseDialog:
    """Return the dialog, shown."""
    built = DatabaseDialog(admin, runner, data_dir)
    qtbot.addWidget(built)
    built.show()
    return built


def _fill(dialog: DatabaseDialog, url: str, password: str = "") -> None:
    parts = urlsplit(url)
    dialog.shared.setChecked(True)
    dialog.host.setText(parts.hostname or "")
    dialog.port.setValue(parts.port or 5432)
    dialog.database.setText(parts.path.lstrip("/"))
    dialog.user.setText(parts.username or "")
    dialog.password.setText(password)
    dialog.ssl_mode.setCurrentText("disable")


def test_it_starts_on_this_computer_with_the_server_fields_off(dialog: DatabaseDialog) -> None:
    assert dialog.local.isChecked()
    assert not dialog.server.isEnabled()
    assert dialog.status.text().startswith("In use: this computer's file ")
    dialog.shared.setChecked(True)
    assert dialog.server.isEnabled()


@pytest.mark.usefixtures("postgres_server")
def test_test_connection_names_the_server_or_why_not(
    qtbot: QtBot, dialog: DatabaseDialog, postgres_url: str
) -> None:
    _fill(dialog, postgres_url)
    dialog.test_button.click()
    qtbot.waitUntil(
        lambda: dialog.status.text().startswith("Connected: PostgreSQL"), timeout=10_000
    )
    dialog.port.setValue(1)
    dialog.test_button.click()
    qtbot.waitUntil(lambda: "could not be reached" in dialog.status.text(), timeout=10_000)
    assert "127.0.0.1:1/" in dialog.status.text()


def test_a_missing_field_is_named_and_nothing_is_saved(
    dialog: DatabaseDialog, data_dir: Path
) -> None:
    dialog.shared.setChecked(True)
    dialog.host.setText("db.example")
    dialog.save_button.click()
    assert dialog.status.text() == "Database: is needed for a shared database"
    assert not (data_dir / CHOICE_FILE).exists()


def test_pasted_text_of_any_script_never_breaks_the_form(
    qtbot: QtBot, dialog: DatabaseDialog
) -> None:
    for text in ("x" * 10_000, "📒 база", "قاعدة البيانات", "数据库"):
        for field in (dialog.host, dialog.database, dialog.user, dialog.password):
            field.clear()
            QApplication.clipboard().setText(text)
            field.paste()
            assert len(field.text()) <= 300
        dialog.shared.setChecked(True)
        dialog.test_button.click()
        qtbot.waitUntil(lambda: dialog.test_button.isEnabled(), timeout=20_000)
        assert dialog.status.text() not in ("", "Connecting…")
        assert "unexpected" not in dialog.status.text().lower()


@pytest.mark.usefixtures("postgres_server")
def test_switching_with_a_copy_moves_the_data_and_remembers_the_choice(
    qtbot: QtBot, dialog: DatabaseDialog, services: Services, postgres_url: str, data_dir: Path
) -> None:
    add_customer(services.database, "Acme")
    _fill(dialog, postgres_url, password="s3cret")
    dialog.copy_data.setChecked(True)
    with qtbot.waitSignal(dialog.switched, timeout=60_000) as switched:
        dialog.save_button.click()
    assert "1 rows copied" in str(switched.args[0]) or "rows copied" in str(switched.args[0])
    choice = load_choice(data_dir)
    assert choice.shared
    assert "s3cret" not in (data_dir / CHOICE_FILE).read_text()
    assert services.secrets.get(password_key(choice.url())) == "s3cret"
    shared = open_services(postgres_url, MemorySecretStore())
    assert [c.name for c in shared.customers.list()] == ["Acme"]
    shared.close()
    assert json.loads((data_dir / CHOICE_FILE).read_text())["host"] == "127.0.0.1"


def test_switching_without_the_box_copies_nothing(
    qtbot: QtBot, dialog: DatabaseDialog, data_dir: Path
) -> None:
    _fill(dialog, "postgresql://someone@127.0.0.1:1/books")
    with qtbot.waitSignal(dialog.switched, timeout=5_000):
        dialog.save_button.click()
    assert load_choice(data_dir).database == "books"
    dialog2_choice = load_choice(data_dir)
    assert dialog2_choice.url() == "postgresql://someone@127.0.0.1:1/books?sslmode=disable"


def test_back_up_now_and_restore(
    qtbot: QtBot,
    admin: DatabaseAdminController,
    runner: TaskRunner,
    services: Services,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "open", lambda box: shown.append(box.text()))
    actions = BackupActions(admin, runner, QApplication.activeWindow() or _window(qtbot))
    customer = add_customer(services.database, "Acme")
    target = tmp_path / "now.sqlite3"
    actions.back_up(target)
    qtbot.waitUntil(lambda: bool(shown), timeout=10_000)
    assert shown[-1] == f"The backup is in {target}."
    services.documents.create(draft(customer))
    with qtbot.waitSignal(actions.restored, timeout=20_000) as restored:
        actions.restore(target, confirm=False)
    kept = Path(str(restored.args[0]))
    assert kept.exists()
    assert "The replaced database is kept at" in shown[-1]


def _window(qtbot: QtBot) -> QMessageBox:
    parent = QMessageBox()
    qtbot.addWidget(parent)
    return parent


def test_the_watcher_signals_another_instances_change(
    qtbot: QtBot, admin: DatabaseAdminController, database_url: str
) -> None:
    watcher = ChangeWatcher(admin.watch_changes)
    other = open_services(database_url, MemorySecretStore())
    try:
        qtbot.wait(700)
        with qtbot.waitSignal(watcher.database_changed, timeout=2_000):
            add_customer(other.database, "From another window")
    finally:
        watcher.stop()
        other.close()


def test_the_editor_refuses_a_save_over_someone_elses_later_change(
    qtbot: QtBot, services: Services, runner: TaskRunner, database_url: str
) -> None:
    seed_customers(services.database, 1)
    stored = create_document(services, 1, DocumentKind.ESTIMATE)
    editor = DocumentEditorDialog(
        services.documents, services.customers, runner, DocumentKind.ESTIMATE
    )
    qtbot.addWidget(editor)
    editor.show()
    editor.load(stored.id)
    wait_until_idle(qtbot, runner)
    colleague = open_services(database_url, MemorySecretStore())
    theirs = colleague.documents.get(stored.id)
    changed = colleague.documents.update(
        stored.id, dataclasses.replace(theirs.to_draft(), reference="Theirs"), theirs.version
    )
    colleague.close()
    editor.lines.setData(editor.lines.index(0, Columns.QUANTITY), "3")
    editor.save_button.click()
    wait_until_idle(qtbot, runner)
    assert editor.message.text().startswith(
        f"{stored.number} was changed by {changed.updated_by} at "
    )
    assert editor.isVisible(), "the editor stays open with the user's typing"
    assert services.documents.get(stored.id).reference == "Theirs"
    assert services.documents.get(stored.id).total == stored.total


def test_the_app_backs_up_daily_and_its_lists_follow_another_instance(
    qtbot: QtBot, services: Services, ui_settings: UiSettings, data_dir: Path, database_url: str
) -> None:
    app = DesktopApp(services, ui_settings, data_dir)
    qtbot.addWidget(app.window)
    app.start()
    try:
        qtbot.waitUntil(lambda: app.customers_view.count_label.text() == "0 customers")
        qtbot.waitUntil(lambda: any((data_dir / "backups").glob("invoice-desk-*.sqlite3")))
        qtbot.wait(700)  # the watcher has taken its first look
        other = open_services(database_url, MemorySecretStore())
        add_customer(other.database, "Added elsewhere")
        other.close()
        started = time.monotonic()
        qtbot.waitUntil(lambda: app.customers_view.model.loaded_count() == 1, timeout=2_000)
        assert time.monotonic() - started < 2
    finally:
        app.shutdown()
