"""Save as e-invoice… on the viewer: choose the format, the file is written on the PDF lane and
is valid UBL; missing seller data shows one sentence in the viewer and writes nothing."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtWidgets import QDialog, QFileDialog
from pytestqt.qtbot import QtBot

from desktop.controllers.einvoices import EInvoiceFormat, EInvoicesController
from desktop.controllers.services import Services
from desktop.ui import einvoice_dialog
from desktop.ui.document_viewer import DocumentViewer
from desktop.ui.task_runner import TaskRunner
from tests.document_helpers import add_customer
from tests.einvoice.einvoice_checks import check_rules, read_ubl
from tests.ui.documents_fixtures import create_document
from tests.ui.helpers import wait_until_idle


def test_save_as_ubl_from_the_viewer(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    customer = add_customer(services.database, "Kunde GmbH", billing_country="Deutschland")
    invoice = create_document(services, customer)
    einvoices = EInvoicesController(services.documents, services.customers)
    viewer = DocumentViewer(services.documents, runner, invoice.id, einvoices=einvoices)
    qtbot.addWidget(viewer)
    viewer.show()
    with qtbot.waitSignal(viewer.document_loaded, timeout=15_000):
        viewer.reload()
    assert viewer.einvoice_button.isVisible()
    target = tmp_path / "out.xml"

    def choose_ubl(dialog: einvoice_dialog.EInvoiceFormatDialog) -> int:
        assert dialog.chosen() is EInvoiceFormat.FACTURX  # the default
        dialog.choices[EInvoiceFormat.UBL].setChecked(True)
        return int(QDialog.DialogCode.Accepted.value)

    monkeypatch.setattr(einvoice_dialog.EInvoiceFormatDialog, "exec", choose_ubl)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *_a: (str(target), ""))
    viewer.einvoice_button.click()  # no seller yet: one sentence, no file
    wait_until_idle(qtbot, runner)
    assert "organization name" in viewer.message.text()
    assert not target.exists()

    services.settings.update_organization(
        name="Desk & Co", country="France", tax_id="FR40303265045", currency_code="USD"
    )
    with qtbot.waitSignal(viewer.pdf_saved, timeout=15_000):
        viewer.einvoice_button.click()
    check_rules(read_ubl(target))
    assert viewer.message.text() == "Saved out.xml."
