"""The document viewer: the real PDF in QPdfView, pages and zoom, allowed actions, Save PDF; bound
to one document for its whole life, with errors, Retry and a bounded render time."""

from __future__ import annotations

import threading
from decimal import Decimal
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.controllers.documents import DocumentsController
from desktop.controllers.services import Services
from desktop.domain.documents import DocumentKind, DocumentStatus
from desktop.domain.errors import StorageError
from desktop.persistence.database import Database
from desktop.ui.application import DesktopApp
from desktop.ui.document_actions import DocumentAction
from desktop.ui.document_viewer import DocumentViewer
from desktop.ui.error_presenter import ErrorPresenter
from desktop.ui.task_runner import TaskRunner
from desktop.ui.ui_settings import UiSettings
from tests.ui.documents_fixtures import create_document
from tests.ui.helpers import wait_until_idle
from tests.ui.seeding import seed_customers


def _viewer(
    qtbot: QtBot, services: Services, runner: TaskRunner, document_id: int
) -> DocumentViewer:
    viewer = _shown(qtbot, DocumentViewer(services.documents, runner, document_id))
    with qtbot.waitSignal(viewer.document_loaded, timeout=15_000):
        viewer.reload()
    return viewer


def _shown(qtbot: QtBot, viewer: DocumentViewer) -> DocumentViewer:
    qtbot.addWidget(viewer)
    viewer.show()
    return viewer


def _enabled(viewer: DocumentViewer) -> set[DocumentAction]:
    return {
        action
        for action, button in viewer.action_buttons.items()
        if button.isEnabled() and button.isVisible()
    }


def _visible(viewer: DocumentViewer) -> set[DocumentAction]:
    return {action for action, button in viewer.action_buttons.items() if button.isVisible()}


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
    with (
        qtbot.waitSignal(viewer.open_requested, timeout=15_000) as opened,
        qtbot.waitSignal(viewer.document_loaded, timeout=15_000) as loaded,
    ):
        viewer.perform(DocumentAction.CONVERT)
    assert services.documents.get(opened.args[0]).kind is DocumentKind.INVOICE
    assert loaded.args[0].id == estimate.id  # the estimate's viewer keeps its estimate
    assert services.documents.get(estimate.id).status is DocumentStatus.INVOICED
    assert estimate.number in viewer.windowTitle()


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


def test_an_invoice_shows_invoice_actions_only_and_an_estimate_estimate_actions_only(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 1)
    invoice = _viewer(qtbot, services, runner, create_document(services, 1).id)
    assert _visible(invoice) == {
        DocumentAction.MARK_SENT,
        DocumentAction.RECORD_PAYMENT,
        DocumentAction.VOID,
    }
    estimate_id = create_document(services, 1, DocumentKind.ESTIMATE).id
    estimate = _viewer(qtbot, services, runner, estimate_id)
    assert _visible(estimate) == {
        DocumentAction.MARK_SENT,
        DocumentAction.ACCEPT,
        DocumentAction.DECLINE,
        DocumentAction.CONVERT,
    }


class FailingDocuments(DocumentsController):
    """The real controller, whose PDF rendering fails while `failing` is set."""

    failing = True
    error: Exception = StorageError("The fonts folder cannot be read.")

    def render_pdf(self, number: str | int) -> bytes:
        if self.failing:
            raise self.error
        return super().render_pdf(number)


class StalledDocuments(DocumentsController):
    """The real controller, whose PDF rendering waits until `release` is set."""

    def __init__(self, database: Database) -> None:
        super().__init__(database)
        self.release = threading.Event()

    def render_pdf(self, number: str | int) -> bytes:
        self.release.wait(timeout=30)
        return super().render_pdf(number)


def test_a_failed_render_shows_this_documents_error_and_retry_and_edit_stays_on_it(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 1)
    first = create_document(services, 1)
    second = create_document(services, 1)
    documents = FailingDocuments(services.database)
    viewer = _shown(qtbot, DocumentViewer(documents, runner, second.id))
    with qtbot.waitSignal(viewer.load_failed, timeout=15_000) as failed:
        viewer.reload()
    assert second.number in failed.args[0]
    assert "fonts folder" in viewer.message.text()
    assert second.number in viewer.windowTitle()
    assert first.number not in viewer.windowTitle()
    assert viewer.retry_button.isVisible()
    with qtbot.waitSignal(viewer.edit_requested) as edit:
        viewer.edit_button.click()
    assert edit.args == [second.id]
    documents.failing = False
    with qtbot.waitSignal(viewer.document_loaded, timeout=15_000) as loaded:
        viewer.retry_button.click()
    assert loaded.args[0].id == second.id
    assert not viewer.retry_button.isVisible()
    assert viewer.page_count() >= 1


def test_a_render_that_hits_a_bug_is_reported_and_the_viewer_offers_retry(
    qtbot: QtBot, services: Services, runner: TaskRunner, presenter: ErrorPresenter
) -> None:
    seed_customers(services.database, 1)
    invoice = create_document(services, 1)
    documents = FailingDocuments(services.database)
    documents.error = RuntimeError("a bug in the renderer")
    viewer = _shown(qtbot, DocumentViewer(documents, runner, invoice.id))
    with (
        qtbot.waitSignal(presenter.error_presented, timeout=15_000) as reported,
        qtbot.waitSignal(viewer.load_failed, timeout=15_000) as failed,
    ):
        viewer.reload()
    assert reported.args[0] == "bug"
    assert invoice.number in failed.args[0]
    assert "unexpected error" in viewer.message.text()
    assert viewer.retry_button.isVisible()


def test_a_render_that_does_not_finish_becomes_an_error_and_its_late_result_is_dropped(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 1)
    invoice = create_document(services, 1)
    documents = StalledDocuments(services.database)
    viewer = _shown(qtbot, DocumentViewer(documents, runner, invoice.id, render_timeout_ms=300))
    try:
        with qtbot.waitSignal(viewer.load_failed, timeout=15_000) as failed:
            viewer.reload()
        assert "longer than 0.3 seconds" in failed.args[0]
        assert viewer.retry_button.isVisible()
        assert viewer.message.text() != "Rendering…"
        with qtbot.assertNotEmitted(viewer.document_loaded, wait=300):
            documents.release.set()
            wait_until_idle(qtbot, runner)
        assert viewer.page_count() == 0
        assert viewer.retry_button.isVisible()
    finally:
        documents.release.set()
    with qtbot.waitSignal(viewer.document_loaded, timeout=15_000):
        viewer.retry_button.click()
    assert viewer.page_count() >= 1


def test_the_app_gives_each_document_its_own_viewer(
    qtbot: QtBot, services: Services, ui_settings: UiSettings
) -> None:
    seed_customers(services.database, 1)
    first = create_document(services, 1)
    second = create_document(services, 1, DocumentKind.ESTIMATE)
    app = DesktopApp(services, ui_settings)
    qtbot.addWidget(app.window)
    try:
        first_viewer = app.open_document(first.id)
        second_viewer = app.open_document(second.id)
        assert first_viewer is not second_viewer
        with qtbot.waitSignal(first_viewer.document_loaded, timeout=15_000):
            assert app.open_document(first.id) is first_viewer  # raised and re-read
        for viewer, document in ((first_viewer, first), (second_viewer, second)):
            qtbot.waitUntil(lambda v=viewer: v.page_count() >= 1, timeout=15_000)
            assert document.number in viewer.windowTitle()
            with qtbot.waitSignal(viewer.edit_requested) as edit:
                viewer.edit_button.click()
            assert edit.args == [document.id]
    finally:
        app.shutdown()
        for dialog in app.presenter.open_dialogs():
            dialog.close()


def test_void_asks_first_and_cancel_changes_nothing(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 1)
    invoice = create_document(services, 1)
    viewer = _viewer(qtbot, services, runner, invoice.id)
    viewer.action_buttons[DocumentAction.VOID].click()
    box = viewer.confirm_box
    assert box is not None
    assert box.isVisible()
    assert box.text() == f"Void {invoice.number}?"
    assert box.defaultButton() is box.escapeButton()  # Enter or Escape: nothing happens
    box.reject()
    wait_until_idle(qtbot, runner)
    assert services.documents.get(invoice.id).status is not DocumentStatus.VOID
    viewer.action_buttons[DocumentAction.VOID].click()
    box = viewer.confirm_box
    assert box is not None
    confirm = next(
        b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole
    )
    with qtbot.waitSignal(viewer.document_changed, timeout=15_000):
        confirm.click()
    assert services.documents.get(invoice.id).status is DocumentStatus.VOID
