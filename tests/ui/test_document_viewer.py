"""The document viewer: the real PDF in QPdfView, pages and zoom, allowed actions, Save PDF."""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.domain.documents import DocumentKind, DocumentStatus
from desktop.ui.document_actions import DocumentAction
from desktop.ui.document_viewer import DocumentViewer
from desktop.ui.task_runner import TaskRunner
from tests.ui.documents_fixtures import create_document
from tests.ui.helpers import wait_until_idle
from tests.ui.seeding import seed_customers


def _viewer(
    qtbot: QtBot, services: Services, runner: TaskRunner, document_id: int
) -> DocumentViewer:
    viewer = DocumentViewer(services.documents, runner)
    qtbot.addWidget(viewer)
    viewer.show()
    with qtbot.waitSignal(viewer.document_loaded, timeout=15_000):
        viewer.open_document(document_id)
    return viewer


def _enabled(viewer: DocumentViewer) -> set[DocumentAction]:
    return {action for action, button in viewer.action_buttons.items() if button.isEnabled()}


def test_it_shows_the_rendered_pdf_and_pages_and_zooms(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 1)
    invoice = create_document(services, 1)
    viewer = _viewer(qtbot, services, runner, invoice.id)
    assert viewer.page_count() >= 1
    assert viewer.page_label.text() == f"Page 1 of {viewer.page_count()}"
    assert invoice.number in viewer.windowTitle()
    before = viewer.pdf_view.zoomFactor()
    viewer.zoom_in_button.click()
    assert viewer.pdf_view.zoomFactor() > before
    viewer.go_to_page(99)
    assert viewer.current_page() == viewer.page_count() - 1


def test_a_draft_invoice_offers_send_and_void_then_payment(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 1)
    invoice = create_document(services, 1)
    viewer = _viewer(qtbot, services, runner, invoice.id)
    assert _enabled(viewer) == {
        DocumentAction.MARK_SENT,
        DocumentAction.VOID,
        DocumentAction.RECORD_PAYMENT,
    }
    assert "cannot" in viewer.action_buttons[DocumentAction.ACCEPT].toolTip()
    with qtbot.waitSignal(viewer.document_loaded, timeout=15_000):
        viewer.perform(DocumentAction.MARK_SENT)
    assert services.documents.get(invoice.id).status is DocumentStatus.SENT
    viewer.perform(DocumentAction.RECORD_PAYMENT)
    dialog = viewer.payment_dialog
    dialog.amount.setText("50.00")
    with qtbot.waitSignal(viewer.document_loaded, timeout=15_000):
        dialog.accept()
    stored = services.documents.get(invoice.id)
    assert stored.status is DocumentStatus.PARTIALLY_PAID
    assert stored.balance == Decimal("170.00")


def test_an_estimate_is_accepted_and_converted(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 1)
    estimate = create_document(services, 1, DocumentKind.ESTIMATE)
    viewer = _viewer(qtbot, services, runner, estimate.id)
    assert DocumentAction.CONVERT not in _enabled(viewer)  # a draft must be sent or accepted first
    with qtbot.waitSignal(viewer.document_loaded, timeout=15_000):
        viewer.perform(DocumentAction.ACCEPT)
    assert DocumentAction.CONVERT in _enabled(viewer)
    with qtbot.waitSignal(viewer.document_loaded, timeout=15_000) as loaded:
        viewer.perform(DocumentAction.CONVERT)
    assert loaded.args[0].kind is DocumentKind.INVOICE
    assert services.documents.get(estimate.id).status is DocumentStatus.INVOICED


def test_save_pdf_writes_a_readable_pdf(
    qtbot: QtBot, services: Services, runner: TaskRunner, tmp_path: Path
) -> None:
    seed_customers(services.database, 1)
    invoice = create_document(services, 1)
    viewer = _viewer(qtbot, services, runner, invoice.id)
    target = tmp_path / "invoice.pdf"
    with qtbot.waitSignal(viewer.pdf_saved, timeout=15_000):
        viewer.save_pdf_to(target)
    text = "".join(page.extract_text() for page in PdfReader(target).pages)
    assert invoice.number in text
    wait_until_idle(qtbot, runner)
