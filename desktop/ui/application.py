"""Start the Qt application and compose the GUI: services in, views and dialogs wired, one runner."""

from __future__ import annotations

import gc
from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtGui import QAction, QIcon
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from desktop.controllers.documents import DocumentsController
from desktop.controllers.einvoices import EInvoicesController
from desktop.controllers.outbox_sender import OutboxReport
from desktop.controllers.services import Services
from desktop.domain.documents import Document, DocumentKind, DocumentStatus
from desktop.domain.mail import OutboxEntry, OutboxState, Purpose
from desktop.domain.money import ZERO
from desktop.domain.resources import resources_root
from desktop.domain.sync import SyncReport
from desktop.ui.customer_detail_view import CustomerDetailView
from desktop.ui.customer_tax_view import CustomerTaxView
from desktop.ui.customers_view import CustomersView
from desktop.ui.document_actions import DocumentAction
from desktop.ui.document_editor_dialog import DocumentEditorDialog
from desktop.ui.document_viewer import DocumentViewer
from desktop.ui.documents_view import DocumentsView
from desktop.ui.email_settings_dialog import EmailSettingsDialog
from desktop.ui.error_presenter import ErrorPresenter
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.merge_dialog import MergeDialog
from desktop.ui.outbox_dialog import OutboxDialog
from desktop.ui.potentials_view import PotentialsView
from desktop.ui.send_document_dialog import SendDocumentDialog
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.sync_log_dialog import SyncLogDialog
from desktop.ui.sync_scheduler import SyncScheduler
from desktop.ui.sync_status_view import SyncStatusView
from desktop.ui.task_runner import Lane, TaskRunner
from desktop.ui.ui_settings import UiSettings


class DesktopApp(QObject):
    """Owns the runner, the scheduler and the main window; opens dialogs when views ask.

    No signals. Built by run_application and by the end-to-end test with the same code.
    """

    def __init__(self, services: Services, settings: UiSettings) -> None:
        super().__init__()
        self.services = services
        self.presenter = ErrorPresenter()
        self.runner = TaskRunner(self.presenter.present, self)
        self.scheduler = SyncScheduler(services.connection, services.sync, self.runner, parent=self)
        runner = self.runner
        self.customers_view = CustomersView(services.customers, runner, settings)
        self.detail_view = CustomerDetailView(services.customers, runner)
        self.customer_documents = DocumentsView(
            services.documents, runner, settings, None, customer_id=0
        )
        self.customer_tax = CustomerTaxView(services.customers, services.catalogue, runner)
        self.detail_view.add_section(self.customer_tax)
        self.detail_view.add_section(self.customer_documents)
        self.invoices_view = DocumentsView(
            services.documents, runner, settings, DocumentKind.INVOICE
        )
        self.estimates_view = DocumentsView(
            services.documents, runner, settings, DocumentKind.ESTIMATE
        )
        self.credit_notes_view = DocumentsView(
            services.documents, runner, settings, DocumentKind.CREDIT_NOTE
        )
        potential_documents = DocumentsView(services.documents, runner, settings, None)
        self.potentials_view = PotentialsView(services.potentials, potential_documents, runner)
        self.status_view = SyncStatusView(self.scheduler)
        self.window = MainWindow(self._tabs(), self.status_view, settings)
        self.presenter.set_parent_window(self.window)
        self.import_dialog: ImportDialog | None = None
        self.viewer: DocumentViewer | None = None
        self.editor: DocumentEditorDialog | None = None
        self._wire()

    def _tabs(self) -> list[tuple[str, QWidget]]:
        customers_tab = QSplitter(Qt.Orientation.Horizontal)
        customers_tab.setObjectName("customers")
        customers_tab.addWidget(self.customers_view)
        customers_tab.addWidget(self.detail_view)
        customers_tab.setStretchFactor(0, 3)
        customers_tab.setStretchFactor(1, 2)
        return [
            ("Customers", customers_tab),
            ("Invoices", self.invoices_view),
            ("Estimates", self.estimates_view),
            ("Credit notes", self.credit_notes_view),
            ("Potentials", self.potentials_view),
        ]

    def _wire(self) -> None:
        customers, detail, window = self.customers_view, self.detail_view, self.window
        customers.customer_selected.connect(detail.show_customer)
        customers.customer_selected.connect(self.customer_documents.set_customer)
        customers.customer_selected.connect(self.customer_tax.show_customer)
        self.customer_tax.customer_saved.connect(lambda _id: customers.reload())
        customers.import_requested.connect(self.open_import_dialog)
        customers.sync_requested.connect(self._on_sync_requested)
        detail.customer_saved.connect(lambda _id: customers.reload())
        detail.merge_requested.connect(self.open_merge_dialog)
        detail.new_document_requested.connect(
            lambda _id, kind: self.open_editor(DocumentKind(kind))
        )
        detail.record_payment_requested.connect(self.record_payment_for)
        for view in (
            self.customer_documents,
            self.invoices_view,
            self.estimates_view,
            self.credit_notes_view,
            self.potentials_view,
        ):
            view.document_opened.connect(self.open_document)
        self.credit_notes_view.new_requested.connect(
            lambda: self.open_editor(DocumentKind.CREDIT_NOTE)
        )
        self.invoices_view.new_requested.connect(lambda: self.open_editor(DocumentKind.INVOICE))
        self.estimates_view.new_requested.connect(lambda: self.open_editor(DocumentKind.ESTIMATE))
        self.potentials_view.edit_requested.connect(self.edit_document)
        window.import_requested.connect(self.open_import_dialog)
        window.sync_requested.connect(self._on_sync_requested)
        window.new_invoice_requested.connect(lambda: self.open_editor(DocumentKind.INVOICE))
        window.find_requested.connect(self._on_window_find_requested)
        window.sync_log_requested.connect(self.open_sync_log)
        window.settings_requested.connect(self.open_settings)
        window.closing.connect(self._on_window_closing)
        window.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.scheduler.sync_finished.connect(self._on_scheduler_sync_finished)
        window.email_settings_requested.connect(self.open_email_settings)
        window.outbox_requested.connect(self.open_outbox)
        self._add_table_action(self.invoices_view, "Send &reminder…", "reminder")
        self._add_table_action(self.invoices_view, "E&mail…", "document")
        self._add_table_action(self.estimates_view, "E&mail…", "document")
        self.scheduler.sync_finished.connect(lambda _report: self.send_outbox())

    def start(self) -> None:
        """Show the window, load the customers and start the background sync checks."""
        # Everything built so far (modules, Qt wrappers, the window) lives as long as the app:
        # keep it out of the garbage collector's full passes, which stop every thread, the UI
        # thread included (measured: 80-90 ms each during a 100,000-record import).
        gc.freeze()
        self.window.show()
        self.customers_view.reload()
        self._on_tabs_current_changed(self.window.tabs.currentIndex())
        self.scheduler.start()
        self.send_outbox()  # what waited while the app was closed goes out now

    def shutdown(self) -> None:
        """Stop the scheduler (a running sync is cancelled) and wait for the worker lanes."""
        self.scheduler.stop()
        self.runner.shutdown()

    # --- dialogs -------------------------------------------------------------------------------
    def open_import_dialog(self) -> ImportDialog:
        """Open the import dialog (window-modal, non-blocking) and return it."""
        if self.import_dialog is None:
            self.import_dialog = ImportDialog(
                self.services.connection, self.scheduler, self.runner, self.window
            )
        self.import_dialog.open()
        return self.import_dialog

    def open_merge_dialog(self, source_id: int) -> MergeDialog | None:
        """Open Merge into… for the customer on screen."""
        customer = self.detail_view.customer
        if customer is None or customer.id != source_id:
            return None
        dialog = MergeDialog(
            self.services.customers, self.runner, source_id, customer.name, self.window
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.merged.connect(self._on_merge_dialog_merged)
        dialog.open()
        return dialog

    def open_editor(self, kind: DocumentKind) -> DocumentEditorDialog:
        """Open the editor for a new document, for the customer on screen when there is one."""
        editor = self._new_editor(kind)
        customer = self.detail_view.customer
        if customer is not None:
            editor.set_customer(customer.id, customer.name, customer.payment_terms_days)
        editor.open()
        return editor

    def edit_document(self, document_id: int) -> DocumentEditorDialog:
        """Open the editor on an existing document, as a pop-up over the current view."""
        editor = self._new_editor(DocumentKind.INVOICE)
        editor.load(document_id)
        editor.open()
        return editor

    def _new_editor(self, kind: DocumentKind) -> DocumentEditorDialog:
        editor = DocumentEditorDialog(
            self.services.documents, self.services.customers, self.runner, kind, self.window
        )
        editor.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        editor.document_saved.connect(self._on_editor_document_saved)
        self.editor = editor
        return editor

    def open_document(self, document_id: int) -> DocumentViewer:
        """Show a document in the viewer (one viewer window, reused)."""
        if self.viewer is None:
            einvoices = EInvoicesController(self.services.documents, self.services.customers)
            self.viewer = DocumentViewer(
                self.services.documents, self.runner, self.window, einvoices=einvoices
            )
            self.viewer.edit_requested.connect(self.edit_document)
            self.viewer.document_changed.connect(lambda _id: self._refresh_documents())
            self.viewer.email_requested.connect(self.open_send_dialog)
        self.viewer.open_document(document_id)
        self.viewer.show()
        self.viewer.raise_()
        return self.viewer

    def record_payment_for(self, customer_id: int) -> None:
        """Open the customer's oldest invoice with a balance and ask for the payment."""
        self.runner.run(
            Lane.DATABASE,
            _first_payable_invoice,
            self.services.documents,
            customer_id,
            on_success=self._on_payable_invoice_found,
            owner=self,
        )

    def _on_payable_invoice_found(self, document_id: int) -> None:
        if not document_id:
            self.window.statusBar().showMessage(
                "This customer has no invoice with a balance.", 5000
            )
            return
        viewer = self.open_document(document_id)
        viewer.document_loaded.connect(self._on_viewer_loaded_for_payment)

    def _on_viewer_loaded_for_payment(self, _document: Document) -> None:
        assert self.viewer is not None
        self.viewer.document_loaded.disconnect(self._on_viewer_loaded_for_payment)
        self.viewer.perform(DocumentAction.RECORD_PAYMENT)

    def open_sync_log(self) -> SyncLogDialog:
        """Show the sync log."""
        dialog = SyncLogDialog(self.services.sync, self.runner, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_settings(self) -> SettingsDialog:
        """Show the settings."""
        dialog = SettingsDialog(self.services, self.runner, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.disconnected.connect(self.scheduler.refresh)
        dialog.open()
        return dialog

    def open_send_dialog(self, number: str, purpose: str = "document") -> SendDocumentDialog:
        """Open the Send dialog for a document (or a reminder) over the viewer."""
        parent = self.viewer if self.viewer is not None else self.window
        dialog = SendDocumentDialog(
            self.services.mail, self.runner, number, Purpose(purpose), parent
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.finished_sending.connect(self._on_send_dialog_finished_sending)
        dialog.load()
        dialog.open()
        return dialog

    def _add_table_action(self, view: DocumentsView, text: str, purpose: str) -> None:
        """Offer Email…/Send reminder… on a list's right-click menu (e.g. the overdue invoices)."""
        action = QAction(text, view.table)
        action.triggered.connect(lambda: self._email_selected(view, purpose))
        view.table.addAction(action)
        view.table.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)

    def _email_selected(self, view: DocumentsView, purpose: str) -> None:
        rows = view.table.selectionModel().selectedRows()
        if rows:
            self.open_send_dialog(view.model.value(rows[0].row()).number, purpose)

    def open_email_settings(self) -> EmailSettingsDialog:
        """Show Settings → Email."""
        dialog = EmailSettingsDialog(self.services.mail, self.runner, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.load()
        dialog.open()
        return dialog

    def open_outbox(self) -> OutboxDialog:
        """Show the outbox."""
        dialog = OutboxDialog(self.services.mail, self.runner, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.reload()
        dialog.open()
        return dialog

    def send_outbox(self) -> None:
        """Send what waits in the outbox on the mail lane (start-up, after each sync)."""
        self.runner.run(
            Lane.MAIL,
            self.services.mail.send_pending,
            on_success=self._on_outbox_sent,
            on_failure=lambda _error: None,  # the reasons stay on each message in the Outbox
            owner=self,
        )

    # --- slots -------------------------------------------------------------------------------
    def _on_send_dialog_finished_sending(self, entry: OutboxEntry) -> None:
        where = "sent" if entry.state is OutboxState.SENT else f"{entry.state.value}: {entry.error}"
        self.window.statusBar().showMessage(f"{entry.document_number} {where}", 8000)
        self._refresh_documents()
        if self.viewer is not None and self.viewer.document is not None:
            self.viewer.open_document(self.viewer.document.id)

    def _on_outbox_sent(self, report: OutboxReport) -> None:
        if report.sent or report.failed:
            self.window.statusBar().showMessage(f"Outbox: {report.summary()}.", 8000)
            self._refresh_documents()

    def _on_editor_document_saved(self, document: Document) -> None:
        self._refresh_documents()
        self.open_document(document.id)

    def _refresh_documents(self) -> None:
        for view in (self.invoices_view, self.estimates_view, self.credit_notes_view):
            view.reload()
        if self.detail_view.customer is not None and self.customer_documents.model.rowCount():
            self.customer_documents.reload()
        self.potentials_view.reload()

    def _on_merge_dialog_merged(self, _source_id: int, target_id: int) -> None:
        self.customers_view.select_after_reload(target_id)
        self.customers_view.reload()

    def _on_sync_requested(self) -> None:
        if not self.scheduler.start_sync():
            self.window.statusBar().showMessage("A sync is already running.", 4000)

    def _on_window_find_requested(self) -> None:
        self.window.show_tab("Customers")
        self.customers_view.focus_search()

    def _on_tabs_current_changed(self, index: int) -> None:
        # Lists load when first shown, not at start-up: the Customers tab opens first and fast.
        view = self.window.tabs.widget(index)
        if isinstance(view, DocumentsView | PotentialsView):
            view.reload()

    def _on_scheduler_sync_finished(self, report: SyncReport) -> None:
        self.customers_view.apply_sync_report(report)
        self.detail_view.refresh_if_shown(report.changed_customer_ids)
        self.potentials_view.reload()

    def _on_window_closing(self) -> None:
        self.customers_view.save_state()
        for view in (self.invoices_view, self.estimates_view, self.customer_documents):
            view.save_state()


def _first_payable_invoice(documents: DocumentsController, customer_id: int) -> int:
    """Worker side: return the id of the customer's oldest invoice with a balance, or 0."""
    invoices = documents.list(customer_id=customer_id, kind=DocumentKind.INVOICE)
    payable = [d for d in invoices if d.balance > ZERO and d.status is not DocumentStatus.VOID]
    return min(payable, key=lambda d: (d.date, d.id)).id if payable else 0


def run_application(argv: list[str], open_services: Callable[[], Services]) -> int:
    """Open the main window and run the event loop; return the exit code."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Invoice Desk")
    app.setOrganizationName("InvoiceDesk")
    QApplication.setDesktopFileName("invoice-desk")  # Wayland shells match the menu entry by it
    QApplication.setWindowIcon(QIcon(str(resources_root() / "icons" / "invoice-desk.svg")))
    services = open_services()
    desktop = DesktopApp(services, UiSettings(QSettings()))
    try:
        desktop.start()
        return app.exec()
    finally:
        desktop.shutdown()
        services.close()
