"""The daily actions from the keyboard: the window's menus and the document window's keys, their
tooltips, and next/previous document."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QLabel, QLineEdit, QWidget
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.domain.documents import DocumentKind
from desktop.ui.application import DesktopApp
from desktop.ui.document_actions import DocumentAction
from desktop.ui.document_viewer import DocumentViewer
from desktop.ui.payment_dialog import PaymentDialog
from desktop.ui.ui_settings import UiSettings
from tests.ui.documents_fixtures import create_document
from tests.ui.helpers import wait_until_idle
from tests.ui.seeding import seed_customers


@pytest.fixture
def app(qtbot: QtBot, services: Services, ui_settings: UiSettings) -> Iterator[DesktopApp]:
    seed_customers(services.database, 2)
    built = DesktopApp(services, ui_settings)
    qtbot.addWidget(built.window)
    built.start()
    built.window.show_tab("Customers")
    built.window.activateWindow()
    qtbot.waitExposed(built.window)
    wait_until_idle(qtbot, built.runner)
    yield built
    built.shutdown()


def _press(qtbot: QtBot, widget: QWidget, keys: str) -> None:
    sequence = QKeySequence(keys)[0]
    qtbot.keyClick(widget, sequence.key(), sequence.keyboardModifiers())


@pytest.mark.parametrize(
    ("keys", "kind"),
    [
        ("Ctrl+N", DocumentKind.INVOICE),
        ("Ctrl+Shift+N", DocumentKind.ESTIMATE),
        ("Ctrl+Alt+N", DocumentKind.CREDIT_NOTE),
    ],
)
def test_new_document_keys_open_the_editor(
    qtbot: QtBot, app: DesktopApp, keys: str, kind: DocumentKind
) -> None:
    _press(qtbot, app.customers_view.table, keys)
    qtbot.waitUntil(lambda: app.editor is not None and app.editor.isVisible())
    assert app.editor is not None
    assert app.editor.kind is kind
    app.editor.done(0)


def test_f1_opens_the_bundled_user_guide(qtbot: QtBot, app: DesktopApp) -> None:
    _press(qtbot, app.customers_view.table, "F1")
    from desktop.ui.help_dialogs import UserGuideDialog

    qtbot.waitUntil(lambda: bool(app.window.findChildren(UserGuideDialog)))
    guide = app.window.findChildren(UserGuideDialog)[0]
    assert "Your first three steps" in guide.browser.toPlainText()
    shortcuts = app.window.show_shortcuts()
    keys = {shortcuts.table.item(row, 2).text() for row in range(shortcuts.table.rowCount())}
    assert {"Ctrl+E", "Ctrl+R", "Ctrl+M", "Ctrl+PgDown"} <= keys


def _viewer(qtbot: QtBot, app: DesktopApp, document_id: int) -> DocumentViewer:
    viewer = app.open_document(document_id)
    qtbot.waitUntil(lambda: viewer.document is not None, timeout=15_000)
    viewer.activateWindow()
    qtbot.waitExposed(viewer)
    return viewer


def test_the_document_window_keys_and_their_tooltips(
    qtbot: QtBot, app: DesktopApp, services: Services
) -> None:
    invoice = create_document(services, 1)
    viewer = _viewer(qtbot, app, invoice.id)
    assert viewer.edit_button.toolTip() == "Edit this document (Ctrl+E)"
    assert (
        viewer.action_buttons[DocumentAction.VOID].toolTip() == "Void (asks first) (Ctrl+Shift+Del)"
    )
    assert viewer.email_button.shortcut() == QKeySequence("Ctrl+M")
    with qtbot.waitSignal(viewer.edit_requested) as edit:
        _press(qtbot, viewer, "Ctrl+E")
    assert edit.args == [invoice.id]
    app.editor.done(0) if app.editor is not None else None
    viewer.activateWindow()
    _press(qtbot, viewer, "Ctrl+R")
    qtbot.waitUntil(lambda: bool(viewer.findChildren(PaymentDialog)))
    viewer.findChildren(PaymentDialog)[0].reject()
    viewer.activateWindow()
    qtbot.waitUntil(viewer.isActiveWindow)
    with qtbot.waitSignal(viewer.email_requested) as email:
        _press(qtbot, viewer, "Ctrl+M")
    assert email.args == [invoice.number, "document"]


def test_next_and_previous_document_of_the_list(
    qtbot: QtBot, app: DesktopApp, services: Services
) -> None:
    first = create_document(services, 1)
    second = create_document(services, 2)
    app.window.show_tab("Invoices")
    with qtbot.waitSignal(app.invoices_view.documents_loaded):
        app.invoices_view.reload()
    listed = [summary.id for summary in app.invoices_view.model.values()]
    assert listed == [second.id, first.id]  # newest first, as the arrow says
    assert app.invoices_view.table.horizontalHeader().sortIndicatorOrder() == (
        Qt.SortOrder.DescendingOrder
    )
    app.invoices_view.table.activated.emit(app.invoices_view.model.index(0, 0))
    viewer = _viewer(qtbot, app, second.id)
    _press(qtbot, viewer, "Ctrl+PgDown")
    qtbot.waitUntil(lambda: first.id in app.viewers and app.viewers[first.id].isVisible())
    qtbot.waitUntil(lambda: second.id not in app.viewers)  # shown in place of the first
    following = _viewer(qtbot, app, first.id)
    _press(qtbot, following, "Ctrl+PgDown")  # the end of the list: nothing happens
    assert set(app.viewers) == {first.id}
    _press(qtbot, following, "Ctrl+PgUp")
    qtbot.waitUntil(lambda: second.id in app.viewers)


def test_every_input_of_the_editor_has_a_label_or_a_name(qtbot: QtBot, app: DesktopApp) -> None:
    editor = app.open_editor(DocumentKind.INVOICE)
    buddies = {label.buddy() for label in editor.findChildren(QLabel) if label.buddy()}
    for field in editor.findChildren(QLineEdit):
        inside_a_date = field.objectName() == "qt_spinbox_lineedit"  # the date edit's own
        if field.isVisibleTo(editor) and not inside_a_date:
            assert field in buddies or field.accessibleName(), field.placeholderText()
    editor.done(0)
