"""The GUI of the essentials: seller fields and tax rates in Settings, catalogue completion in the
editor, credit notes applied and refunded from the viewer, payments deleted, customer tax fields."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtWidgets import QComboBox, QLineEdit, QStyleOptionViewItem, QWidget
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.domain.customer_local import LocalChange
from desktop.domain.documents import DocumentKind, DocumentStatus
from desktop.ui.customer_tax_view import CustomerTaxView
from desktop.ui.document_editor_dialog import DocumentEditorDialog
from desktop.ui.document_viewer import DocumentViewer
from desktop.ui.line_items_table_model import Columns
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.task_runner import TaskRunner
from tests.ui.helpers import wait_until_idle
from tests.ui.seeding import seed_customers

PASTE = "x" * 10_000 + "😀 مرحبا 你好"


def test_settings_keep_every_seller_field_and_manage_taxes(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    dialog = SettingsDialog(services, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_until_idle(qtbot, runner)
    dialog.org_name.setText("Desk & Co 😀")
    dialog.tax_id.setText("FR 123 مرحبا")
    dialog.email.setText("billing@desk.example")
    dialog.phone.setText("+33 1 23 45 67 89")
    dialog.website.setText("desk.example")
    dialog.payment_details.setPlainText("IBAN FR76 3000 6000 0112 3456 7890 189\nBIC AGRIFRPP 你好")
    taxes = dialog.tax_rates
    taxes.name.setText("VAT")
    taxes.rate.setText("20")
    taxes.add_button.click()
    wait_until_idle(qtbot, runner)
    assert taxes.taxes.count() == 1
    taxes.rate.setText("abc")
    taxes.add_button.click()
    wait_until_idle(qtbot, runner)
    assert taxes.message.text().startswith("rate:")
    taxes.default.setCurrentIndex(taxes.default.findData("VAT"))
    with qtbot.waitSignal(dialog.settings_saved):
        dialog.save_button.click()
    profile = services.settings.organization()
    assert (profile.name, profile.tax_id, profile.email) == (
        "Desk & Co 😀",
        "FR 123 مرحبا",
        "billing@desk.example",
    )
    assert profile.payment_details == "IBAN FR76 3000 6000 0112 3456 7890 189\nBIC AGRIFRPP 你好"
    assert [t.is_default for t in services.catalogue.taxes()] == [True]

    again = SettingsDialog(services, runner)
    qtbot.addWidget(again)
    wait_until_idle(qtbot, runner)
    assert again.website.text() == "desk.example"
    again.tax_id.setText(PASTE)  # too long for the field: refused, nothing saved
    again.save_button.click()
    wait_until_idle(qtbot, runner)
    assert again.message.text().startswith("tax_id: is 10010 characters long")
    assert services.settings.organization().tax_id == "FR 123 مرحبا"
    again.tax_rates.taxes.setCurrentRow(0)
    again.tax_rates.archive_button.click()
    wait_until_idle(qtbot, runner)
    assert "archived" in again.tax_rates.taxes.item(0).text()


def test_the_editor_completes_items_and_offers_taxes(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    services.catalogue.add_tax("VAT", "20", make_default=True)
    services.catalogue.add_tax("Reduced", "5.5")
    services.catalogue.add_item("Consulting", "80", "Senior consultant", "hour", ["Reduced"])
    editor = DocumentEditorDialog(
        services.documents, services.customers, runner, DocumentKind.INVOICE
    )
    qtbot.addWidget(editor)
    editor.show()
    wait_until_idle(qtbot, runner)
    assert editor.lines.lines()[0].taxes == "VAT 20%"  # the default tax on the first line
    editor.lines.setData(editor.lines.index(0, Columns.ITEM), "consulting")
    line = editor.lines.lines()[0]
    assert (line.description, line.rate, line.taxes) == ("Senior consultant", "80", "Reduced 5.5%")
    editor.lines.setData(editor.lines.index(0, Columns.RATE), "90")  # still editable
    assert editor.total_text() == "94.95"
    parent = QWidget()
    option = QStyleOptionViewItem()
    item_editor = editor.delegate.createEditor(parent, option, editor.lines.index(0, Columns.ITEM))
    assert isinstance(item_editor, QLineEdit)
    assert item_editor.completer() is not None
    tax_editor = editor.delegate.createEditor(parent, option, editor.lines.index(0, Columns.TAXES))
    assert isinstance(tax_editor, QComboBox)
    assert [tax_editor.itemText(i) for i in range(tax_editor.count())] == [
        "",
        "Reduced 5.5%",
        "VAT 20%",
    ]
    tax_editor.setCurrentText("VAT 20%")
    editor.delegate.setModelData(tax_editor, editor.lines, editor.lines.index(0, Columns.TAXES))
    assert editor.lines.lines()[0].taxes == "VAT 20%"


def test_a_credit_note_is_written_applied_and_refunded_and_a_payment_deleted(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 1)
    [invoice] = services.documents.import_json(
        {"kind": "invoice", "customer_id": 1, "line_items": [{"name": "A", "rate": "100"}]}
    )
    services.documents.pay(invoice.number, "30")
    editor = DocumentEditorDialog(
        services.documents, services.customers, runner, DocumentKind.CREDIT_NOTE
    )
    qtbot.addWidget(editor)
    editor.show()
    wait_until_idle(qtbot, runner)
    assert editor.windowTitle() == "New credit note"
    assert editor.credited_invoice.isVisible()
    assert not editor.due_date.isVisible()
    editor.customer.set_customer(1, "Customer 1")
    editor.credited_invoice.setText(invoice.number.lower())
    editor.lines.setData(editor.lines.index(0, Columns.ITEM), "Goodwill")
    editor.lines.setData(editor.lines.index(0, Columns.RATE), "50")
    with qtbot.waitSignal(editor.document_saved) as saved:
        editor.save_button.click()
    credit = saved.args[0]
    assert (credit.number, credit.credited_invoice) == ("CN-000001", invoice.number)

    viewer = open_viewer(qtbot, services, runner, credit.id)
    money = viewer.money
    assert money.apply_button.isEnabled()
    assert not money.delete_button.isVisible()
    money.apply_button.click()
    wait_until_idle(qtbot, runner)
    dialog = money.dialog
    assert dialog is not None
    assert dialog.amount.text() == "50.00"  # type: ignore[attr-defined]
    dialog.amount.setText("20")  # type: ignore[attr-defined]
    with qtbot.waitSignal(viewer.document_loaded, timeout=15_000):
        dialog.accept()
    assert services.documents.get(invoice.number).balance == Decimal("50.00")
    money.refund_button.click()
    dialog = money.dialog
    assert dialog is not None
    with qtbot.waitSignal(viewer.document_loaded, timeout=15_000):
        dialog.accept()  # the rest: 30.00
    assert viewer.document is not None
    assert viewer.document.status is DocumentStatus.CLOSED
    assert not money.apply_button.isEnabled()

    viewer = open_viewer(qtbot, services, runner, invoice.id)  # a viewer per document
    money = viewer.money
    money.payments.setCurrentRow(0)
    assert money.delete_button.isEnabled()
    with qtbot.waitSignal(viewer.document_loaded, timeout=15_000):
        money.delete_button.click()
    after = services.documents.get(invoice.number)
    assert (after.paid, after.balance, after.status) == (
        Decimal(0),
        Decimal("80.00"),
        DocumentStatus.PARTIALLY_PAID,  # the credit of 20.00 is still applied
    )


def open_viewer(
    qtbot: QtBot, services: Services, runner: TaskRunner, document_id: int
) -> DocumentViewer:
    viewer = DocumentViewer(services.documents, runner, document_id)
    qtbot.addWidget(viewer)
    viewer.show()
    with qtbot.waitSignal(viewer.document_loaded, timeout=15_000):
        viewer.reload()
    return viewer


def test_customer_tax_fields_are_saved(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 1)
    services.catalogue.add_tax("VAT", "20")
    view = CustomerTaxView(services.customers, services.catalogue, runner)
    qtbot.addWidget(view)
    view.show_customer(1)
    wait_until_idle(qtbot, runner)
    view.tax_id.setText("DE 123 你好")
    view.tax.setCurrentIndex(view.tax.findText("Tax exempt"))
    view.save_button.click()
    assert view.message.text().startswith("Exemption reason:")
    view.reason.setText("Charity 😀")
    with qtbot.waitSignal(view.customer_saved):
        view.save_button.click()
    tax = services.customers.get(1).tax
    assert (tax.tax_id, tax.tax_exemption_reason, tax.default_tax) == (
        "DE 123 你好",
        "Charity 😀",
        None,
    )
    view.tax.setCurrentIndex(view.tax.findData("VAT"))
    with qtbot.waitSignal(view.customer_saved):
        view.save_button.click()
    assert services.customers.get(1).tax.default_tax == "VAT"
    view.show_customer(1)
    wait_until_idle(qtbot, runner)
    assert view.tax.currentData() == "VAT"
    assert not view.reason.isEnabled()


def test_the_editor_follows_the_customers_tax_setting(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 2)
    services.catalogue.add_tax("VAT", "20", make_default=True)
    services.catalogue.add_tax("Reduced", "5.5")
    services.catalogue.add_item("Consulting", "80", taxes=["VAT"])
    services.customers.set_local_fields(1, LocalChange(default_tax="Reduced"))
    services.customers.set_local_fields(2, LocalChange(tax_exemption_reason="Charity"))
    editor = DocumentEditorDialog(
        services.documents, services.customers, runner, DocumentKind.INVOICE
    )
    qtbot.addWidget(editor)
    wait_until_idle(qtbot, runner)
    assert editor.lines.lines()[0].taxes == "VAT 20%"
    editor.set_customer(1, "Customer 1")
    wait_until_idle(qtbot, runner)
    assert editor.lines.lines()[0].taxes == "Reduced 5.5%"
    editor.lines.setData(editor.lines.index(0, Columns.TAXES), "VAT 20%")  # chosen by hand
    editor.add_button.click()
    editor.set_customer(2, "Customer 2")
    wait_until_idle(qtbot, runner)
    assert [line.taxes for line in editor.lines.lines()] == ["VAT 20%", ""]
    editor.lines.setData(editor.lines.index(1, Columns.ITEM), "Consulting")
    assert editor.lines.lines()[1].taxes == ""  # exempt: not even the item's tax
