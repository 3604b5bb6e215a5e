"""The document editor: totals follow typing, bad input is refused naming the field, saving stores."""

from __future__ import annotations

from decimal import Decimal

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
