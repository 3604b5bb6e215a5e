"""The document editor: totals follow typing, bad input is refused naming the field, saving stores."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.domain.documents import DocumentKind
from desktop.ui.document_editor_dialog import DocumentEditorDialog
from desktop.ui.line_items_table_model import Columns
from desktop.ui.task_runner import TaskRunner
from tests.ui.documents_fixtures import create_document
from tests.ui.helpers import wait_until_idle
from tests.ui.seeding import seed_customers


def _editor(
    qtbot: QtBot, services: Services, runner: TaskRunner, kind: DocumentKind = DocumentKind.INVOICE
) -> DocumentEditorDialog:
    editor = DocumentEditorDialog(services.documents, services.customers, runner, kind)
    qtbot.addWidget(editor)
    editor.show()
    wait_until_idle(qtbot, runner)
    return editor


def _type_line(editor: DocumentEditorDialog, row: int, **cells: str) -> None:
    for column, text in cells.items():
        editor.lines.setData(editor.lines.index(row, Columns[column.upper()]), text)


def test_totals_follow_every_change(qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    editor = _editor(qtbot, services, runner)
    editor.currency.setText("usd")
    _type_line(editor, 0, item="Desk", quantity="2", rate="150.00", taxes="VAT 20%")
    assert editor.total_text() == "360.00"
    assert editor.lines.index(0, Columns.AMOUNT).data() == "300.00"
    editor.discount.setText("10%")
    assert editor.total_text() == "324.00"
    editor.shipping.setText("15")
    editor.adjustment.setText("-0.50")
    assert editor.total_text() == "338.50"
    editor.lines.add_line()
    _type_line(editor, 1, item="Chair", quantity="1", rate="50")
    assert editor.total_text() == "383.50"


def test_bad_input_is_refused_naming_the_field(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    editor = _editor(qtbot, services, runner)
    _type_line(editor, 0, item="Desk", quantity="two", rate="10")
    assert editor.message.text() == "Line 1 quantity: 'two' is not a number"
    assert editor.total_text() == ""
    _type_line(editor, 0, quantity="2")
    editor.shipping.setText("-4")
    assert editor.message.text() == "Shipping: cannot be negative"
    editor.shipping.clear()
    assert editor.message.text() == ""
    editor.save_button.click()  # no customer picked
    assert editor.message.text().startswith("Customer:")
    assert services.documents.list() == []


def test_lines_can_be_added_removed_and_reordered(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    editor = _editor(qtbot, services, runner)
    _type_line(editor, 0, item="First", rate="1")
    editor.add_button.click()
    _type_line(editor, 1, item="Second", rate="2")
    editor.table.setCurrentIndex(editor.lines.index(1, 0))
    editor.up_button.click()
    assert [line.name for line in editor.lines.lines()] == ["Second", "First"]
    editor.remove_button.click()
    assert [line.name for line in editor.lines.lines()] == ["First"]


def test_saving_a_new_invoice_stores_it(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 2)
    editor = _editor(qtbot, services, runner)
    editor.set_customer(2, "Customer 000002 Ltd")
    editor.currency.setText("USD")
    _type_line(editor, 0, item="Consulting", quantity="3", rate="80", taxes="VAT 10%")
    editor.notes.setPlainText("Thank you!")
    with qtbot.waitSignal(editor.document_saved) as saved:
        editor.save_button.click()
    document = saved.args[0]
    assert document.number.startswith("INV-")
    assert document.total == Decimal("264.00")
    assert document.customer_id == 2
    assert services.documents.get(document.id).notes == "Thank you!"


def test_editing_loads_the_document_and_saves_changes(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 1)
    stored = create_document(services, 1, DocumentKind.ESTIMATE)
    editor = _editor(qtbot, services, runner, DocumentKind.ESTIMATE)
    editor.load(stored.id)
    wait_until_idle(qtbot, runner)
    assert editor.windowTitle() == f"Edit estimate {stored.number}"
    assert editor.total_text() == "220.00"
    _type_line(editor, 0, quantity="3")
    with qtbot.waitSignal(editor.document_saved) as saved:
        editor.save_button.click()
    assert saved.args[0].total == Decimal("330.00")
    assert services.documents.get(stored.id).total == Decimal("330.00")


def test_the_refused_cell_is_marked_and_focused_on_save_and_totals_stay(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 1)
    editor = _editor(qtbot, services, runner)
    editor.set_customer(1, "Customer 000001 Ltd")
    editor.currency.setText("USD")
    _type_line(editor, 0, item="Desk", quantity="2", rate="150.00")
    totals_before = editor.totals_label.text()
    assert "300.00" in totals_before
    message_y = editor.message.y()
    _type_line(editor, 0, quantity="2x")
    # The last valid figures stay where they were, and nothing below moves.
    assert editor.totals_label.text() == totals_before
    assert editor.message.y() == message_y
    cell = editor.lines.index(0, Columns.QUANTITY)
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is not None  # marked
    assert "Line 1 quantity" in cell.data(Qt.ItemDataRole.ToolTipRole)
    editor.reference.setFocus()
    editor.save_button.click()
    assert editor.isVisible()  # nothing saved
    assert editor.table.currentIndex() == cell
    assert editor.table.hasFocus()
    assert editor.message.text().startswith("Line 1 quantity")
    _type_line(editor, 0, quantity="3")
    assert cell.data(Qt.ItemDataRole.BackgroundRole) is None  # fixed: unmarked
    assert "450.00" in editor.totals_label.text()


def test_the_grid_fits_the_dialog_without_sideways_scrolling(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    editor = _editor(qtbot, services, runner)
    header = editor.table.horizontalHeader()
    assert header.length() <= editor.table.viewport().width() + 1
    assert editor.table.columnWidth(Columns.AMOUNT) >= editor.table.fontMetrics().horizontalAdvance(
        "1,234,567.89"
    )


def test_cancel_asks_before_discarding_typed_lines(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    editor = _editor(qtbot, services, runner)
    editor.reject()  # nothing typed: closes at once
    assert not editor.isVisible()
    assert editor.discard_box is None

    editor = _editor(qtbot, services, runner)
    _type_line(editor, 0, item="Website redesign", rate="1200")
    editor.reject()  # Cancel, Escape or the close button
    box = editor.discard_box
    assert box is not None
    assert box.isVisible()
    assert editor.isVisible()
    assert box.defaultButton() is box.button(QMessageBox.StandardButton.Cancel)
    box.button(QMessageBox.StandardButton.Cancel).click()  # Keep editing
    assert editor.isVisible()
    assert editor.lines.lines()[0].name == "Website redesign"
    editor.reject()
    box.button(QMessageBox.StandardButton.Discard).click()
    assert not editor.isVisible()
    assert editor.result() == QDialog.DialogCode.Rejected


def test_ctrl_s_saves(qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    seed_customers(services.database, 1)
    editor = _editor(qtbot, services, runner)
    editor.set_customer(1, "Customer 000001 Ltd")
    editor.currency.setText("USD")
    _type_line(editor, 0, item="Desk", quantity="1", rate="10")
    editor.activateWindow()
    editor.reference.setFocus()
    with qtbot.waitSignal(editor.document_saved, timeout=10_000):
        qtbot.keyClick(editor.reference, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
