"""Start the Qt application and compose the GUI: services in, views and dialogs wired, one runner."""

from __future__ import annotations

import gc
import sys
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QObject, QProcess, QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QSplitter, QWidget

from desktop.controllers.database_admin import DatabaseAdminController
from desktop.controllers.documents import DocumentsController, local_now
from desktop.controllers.einvoices import EInvoicesController
from desktop.controllers.links import LinkTarget
from desktop.controllers.services import Services
from desktop.domain.documents import Document, DocumentKind, DocumentStatus
from desktop.domain.money import ZERO
from desktop.domain.reflect import LinkAction
from desktop.domain.resources import resources_root
from desktop.domain.sync import SyncReport
from desktop.ui.appearance import Appearance
from desktop.ui.backup_actions import BackupActions
from desktop.ui.change_watcher import ChangeWatcher
from desktop.ui.crm_outbox_dialog import CrmOutboxDialog
from desktop.ui.customer_detail_view import CustomerDetailView
from desktop.ui.customer_tax_view import CustomerTaxView
from desktop.ui.customers_view import CustomersView
from desktop.ui.database_dialog import DatabaseDialog
from desktop.ui.document_actions import DocumentAction
from desktop.ui.document_editor_dialog import DocumentEditorDialog
from desktop.ui.document_viewer import DocumentViewer
from desktop.ui.documents_view import DocumentsView
from desktop.ui.error_presenter import ErrorPresenter
from desktop.ui.file_places import in_documents
from desktop.ui.home_view import HomeView
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.mail_actions import MailActions
from desktop.ui.main_window import MainWindow
from desktop.ui.merge_dialog import MergeDialog
from desktop.ui.potentials_view import PotentialsView
from desktop.ui.sandbox_process import SandboxAccess, SandboxProcess
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.sync_log_dialog import SyncLogDialog
from desktop.ui.sync_scheduler import SyncScheduler
from desktop.ui.sync_status_view import SyncStatusView
from desktop.ui.task_runner import Lane, TaskRunner
from desktop.ui.translations import install_translations
from desktop.ui.ui_settings import CURRENT_TAB, UiSettings
from desktop.ui.welcome_view import WelcomeView

SETTINGS_ORGANIZATION, SETTINGS_TAX_RATES = 0, 1  # the Settings dialog's first two pages


class DesktopApp(QObject):
    """Owns the runner, the scheduler and the main window; opens dialogs when views ask.

    No signals. Built by run_application and by the end-to-end test with the same code.
    """

    def __init__(
        self, services: Services, settings: UiSettings, data_dir: Path | None = None
    ) -> None:
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
        self.detail_view.add_section(self.customer_documents, self.tr("D&ocuments"), 0)
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
        self.home_view = HomeView(services.reports, runner)
        self.status_view = SyncStatusView(self.scheduler)
        self.window = MainWindow(self._tabs(), self.status_view, settings)
        if not settings.get(CURRENT_TAB):
            # A new user starts where the import is; an owner with documents sees who owes what.
            self.window.show_tab(
                self.tr("Home") if services.reports.has_documents() else self.tr("Customers")
            )
        self.presenter.set_parent_window(self.window)
        self.import_dialog: ImportDialog | None = None
        self.viewer: DocumentViewer | None = None  # the viewer opened last
        self.viewers: dict[int, DocumentViewer] = {}  # one per document id, for its whole life
        self.editor: DocumentEditorDialog | None = None
        self.admin = DatabaseAdminController(services.database, services.secrets, local_now)
        self.data_dir = data_dir or self.admin.data_folder()
        self.backup_actions = BackupActions(self.admin, self.runner, self.window)
        self.mail = MailActions(services.mail, self.runner, self.window, lambda: self.viewer)
        self.change_watcher: ChangeWatcher | None = None
        self.welcome = WelcomeView()
        self.window.set_welcome(self.welcome)
        self.sandbox = SandboxProcess(self)
        self.appearance = Appearance(_application(), settings)
        self.window.appearance_actions[self.appearance.choice()].setChecked(True)
        self.window.appearance_chosen.connect(self.appearance.choose)
        self._wire()
        self._wire_welcome()
        if not services.reports.has_documents() and not services.customers.rows(limit=1):
            self.window.show_welcome(True)  # an empty window: the first steps

    def _tabs(self) -> list[tuple[str, QWidget]]:
        customers_tab = QSplitter(Qt.Orientation.Horizontal)
        customers_tab.setObjectName("customers")
        customers_tab.addWidget(self.customers_view)
        customers_tab.addWidget(self.detail_view)
        customers_tab.setStretchFactor(0, 5)  # the detail's actions and documents need ~530 px
        customers_tab.setStretchFactor(1, 4)
        return [
            (self.tr("Home"), self.home_view),
            (self.tr("Customers"), customers_tab),
            (self.tr("Invoices"), self.invoices_view),
            (self.tr("Estimates"), self.estimates_view),
            (self.tr("Credit notes"), self.credit_notes_view),
            (self.tr("Potentials"), self.potentials_view),
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
        detail.statement_requested.connect(self.save_statement_for)
        for listing in (
            self.customer_documents,
            self.invoices_view,
            self.estimates_view,
            self.credit_notes_view,
            self.potentials_view.documents_view,
        ):
            listing.document_opened.connect(lambda _id, shown=listing: self._remember_list(shown))
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
        window.new_estimate_requested.connect(lambda: self.open_editor(DocumentKind.ESTIMATE))
        window.new_credit_note_requested.connect(lambda: self.open_editor(DocumentKind.CREDIT_NOTE))
        window.find_requested.connect(self._on_window_find_requested)
        window.sync_log_requested.connect(self.open_sync_log)
        window.crm_outbox_requested.connect(self.open_crm_outbox)
        window.settings_requested.connect(self.open_settings)
        window.closing.connect(self._on_window_closing)
        window.tabs.currentChanged.connect(self._on_tabs_current_changed)
        self.scheduler.sync_finished.connect(self._on_scheduler_sync_finished)
        window.email_settings_requested.connect(self.mail.open_email_settings)
        window.outbox_requested.connect(self.mail.open_outbox)
        self.mail.add_table_action(self.invoices_view, self.tr("Send &reminder…"), "reminder")
        self.mail.add_table_action(self.invoices_view, self.tr("E&mail…"), "document")
        self.mail.add_table_action(self.estimates_view, self.tr("E&mail…"), "document")
        self.mail.documents_sent.connect(self._on_documents_sent)
        self.scheduler.sync_finished.connect(lambda _report: self.mail.send_outbox())
        window.database_requested.connect(self.open_database_dialog)
        window.backup_requested.connect(self.backup_actions.back_up)
        window.restore_requested.connect(self.backup_actions.restore)
        self.backup_actions.restored.connect(lambda _kept: self.restart())
        self.home_view.invoices_requested.connect(
            lambda status: self._show_list(self.tr("Invoices"), self.invoices_view, status)
        )
        self.home_view.estimates_requested.connect(
            lambda status: self._show_list(self.tr("Estimates"), self.estimates_view, status)
        )
        self.home_view.document_opened.connect(self.open_document)

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
        self.watch_other_instances()
        self.runner.run(Lane.DATABASE, self.admin.daily_backup, owner=self)  # once a day
        self.mail.send_outbox()  # what waited while the app was closed goes out now

    def watch_other_instances(self) -> ChangeWatcher:
        """Reload the open lists when another window or program changes the database."""
        self.change_watcher = ChangeWatcher(self.admin.watch_changes, self)
        self.change_watcher.database_changed.connect(self._on_database_changed)
        return self.change_watcher

    def _on_database_changed(self) -> None:
        self.customers_view.reload()
        self._refresh_documents()

    def open_database_dialog(self) -> DatabaseDialog:
        """Open File → Database…; a switch restarts the app on the chosen database."""
        dialog = DatabaseDialog(self.admin, self.runner, self.data_dir, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.switched.connect(lambda _description: self.restart())
        dialog.open()
        return dialog

    def restart(self) -> None:
        """Start a new instance (it opens the chosen or restored database) and close this one."""
        QProcess.startDetached(sys.executable, sys.orig_argv[1:])
        self.window.close()

    def _wire_welcome(self) -> None:
        welcome = self.welcome
        welcome.business_requested.connect(lambda: self.open_settings(SETTINGS_ORGANIZATION))
        welcome.taxes_requested.connect(lambda: self.open_settings(SETTINGS_TAX_RATES))
        welcome.import_requested.connect(self.open_import_dialog)
        welcome.sandbox_requested.connect(self.try_sandbox)
        welcome.dismissed.connect(lambda: self.window.show_tab(self.tr("Customers")))
        self.sandbox.ready.connect(self._on_sandbox_ready)
        self.sandbox.failed.connect(welcome.say)

    def try_sandbox(self) -> None:
        """Start the sandbox CRM on this computer (as `invoice-desk sandbox` does) and import its
        sample customers: the import dialog opens filled in and starts."""
        self.welcome.say(self.tr("Starting the sandbox CRM on this computer…"))
        self.sandbox.start()

    def _on_sandbox_ready(self, access: SandboxAccess) -> None:
        self.welcome.say("")
        dialog = self.open_import_dialog()
        dialog.email.setText(access.email)
        dialog.key.setText(access.grant_code)
        dialog.client_id.setText(access.client_id)
        dialog.client_secret.setText(access.client_secret)
        dialog.advanced_toggle.setChecked(True)
        dialog.accounts_url.setText(access.accounts_url)
        dialog.api_url.setText(access.api_url)
        dialog.import_button.click()

    def shutdown(self) -> None:
        """Stop the scheduler (a running sync is cancelled) and wait for the worker lanes."""
        self.sandbox.stop()
        if self.change_watcher is not None:
            self.change_watcher.stop()
        self.scheduler.stop()
        self.runner.shutdown()

    # --- dialogs -------------------------------------------------------------------------------
    def open_import_dialog(self) -> ImportDialog:
        """Open the import dialog (window-modal, non-blocking) and return it."""
        self.window.show_tab(self.tr("Customers"))  # where the imported customers arrive
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
        """Show a document in its own viewer (one window per document; raised and re-read when
        it is open already, so an edit just saved shows)."""
        viewer = self.viewers.get(document_id)
        if viewer is None:
            einvoices = EInvoicesController(self.services.documents, self.services.customers)
            viewer = DocumentViewer(
                self.services.documents,
                self.runner,
                document_id,
                self.window,
                einvoices=einvoices,
            )
            viewer.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
            viewer.edit_requested.connect(self.edit_document)
            viewer.open_requested.connect(self.open_document)
            viewer.document_changed.connect(lambda _id: self._refresh_documents())
            viewer.email_requested.connect(self.mail.open_send_dialog)
            viewer.neighbour_requested.connect(self.open_neighbour)
            viewer.destroyed.connect(lambda _obj=None: self._forget_viewer(document_id))
            self.viewers[document_id] = viewer
        viewer.reload()
        self.viewer = viewer
        viewer.show()
        viewer.raise_()
        return viewer

    _browse_ids: tuple[int, ...] = ()  # the list the last document was opened from, in order

    def _remember_list(self, view: DocumentsView) -> None:
        self._browse_ids = tuple(summary.id for summary in view.model.values())

    def open_neighbour(self, document_id: int, delta: int) -> DocumentViewer | None:
        """Show the next (+1) or previous (-1) document of the list the viewer came from, in
        place of this one (same position and size); None at either end."""
        if document_id not in self._browse_ids:
            return None
        position = self._browse_ids.index(document_id) + delta
        if not 0 <= position < len(self._browse_ids):
            return None
        current = self.viewers.get(document_id)
        viewer = self.open_document(self._browse_ids[position])
        if current is not None and current is not viewer:
            viewer.setGeometry(current.geometry())
            current.close()
        return viewer

    def _forget_viewer(self, document_id: int) -> None:
        viewer = self.viewers.pop(document_id, None)
        if viewer is self.viewer:
            self.viewer = None

    def save_statement_for(self, customer_id: int, path: Path | None = None) -> None:
        """Ask where to save a customer's statement PDF (unless given) and write it in the
        background; the status bar says where it went."""
        if path is None:
            name, _filter = QFileDialog.getSaveFileName(
                self.window,
                self.tr("Save statement"),
                in_documents("statement.pdf"),
                self.tr("PDF files (*.pdf)"),
            )
            if not name:
                return
            path = Path(name)
        self.runner.run(
            Lane.PDF,
            self.services.reports.save_statement_pdf,
            customer_id,
            path,
            on_success=lambda saved: self.window.say(
                self.tr("Statement saved to {path}.").format(path=saved), 8000
            ),
            owner=self,
        )

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
            self.window.say(self.tr("This customer has no invoice with a balance."), 5000)
            return
        viewer = self.open_document(document_id)
        if viewer.document is not None and not viewer.is_loading():
            viewer.perform(DocumentAction.RECORD_PAYMENT)
            return

        def ask_payment(_document: Document) -> None:
            viewer.document_loaded.disconnect(ask_payment)
            viewer.perform(DocumentAction.RECORD_PAYMENT)

        viewer.document_loaded.connect(ask_payment)

    def open_sync_log(self) -> SyncLogDialog:
        """Show the sync log."""
        dialog = SyncLogDialog(self.services.sync, self.runner, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_link(self, url: str) -> None:
        """Open what an invoicedesk:// link from Zoho CRM asks for (after a sync if unknown)."""
        self.runner.run(
            Lane.NETWORK, self.services.links.resolve, url,
            on_success=self._on_link_resolved, owner=self,
        )  # fmt: skip

    def _on_link_resolved(self, target: LinkTarget) -> None:
        if target.document_id is not None:
            self.open_document(target.document_id)
            return
        if target.deal_crm_id is not None:
            self.window.show_tab(self.tr("Potentials"))
            return
        kind = (
            DocumentKind.ESTIMATE
            if target.action is LinkAction.NEW_ESTIMATE
            else DocumentKind.INVOICE
        )
        editor = self._new_editor(kind)
        if target.customer is not None:
            customer = target.customer
            editor.set_customer(customer.id, customer.name, customer.payment_terms_days)
        editor.open()

    def open_crm_outbox(self) -> CrmOutboxDialog:
        """Show the CRM outbox."""
        dialog = CrmOutboxDialog(self.services.reflect, self.runner, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def open_settings(self, page: int = SETTINGS_ORGANIZATION) -> SettingsDialog:
        """Show the settings (on this page: SETTINGS_ORGANIZATION, SETTINGS_TAX_RATES)."""
        dialog = SettingsDialog(self.services, self.runner, self.window)
        dialog.tabs.setCurrentIndex(page)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.disconnected.connect(self.scheduler.refresh)
        dialog.open()
        return dialog

    # --- slots -------------------------------------------------------------------------------
    def _on_documents_sent(self, number: str) -> None:
        self._refresh_documents()
        for viewer in self.viewers.values():
            if number and viewer.document is not None and viewer.document.number == number:
                viewer.reload()

    def _on_editor_document_saved(self, document: Document) -> None:
        self._refresh_documents()
        self.open_document(document.id)

    def _refresh_documents(self) -> None:
        for view in (self.invoices_view, self.estimates_view, self.credit_notes_view):
            view.reload()
        if self.detail_view.customer is not None:
            self.customer_documents.reload()
        self.potentials_view.reload()

    def _on_merge_dialog_merged(self, _source_id: int, target_id: int) -> None:
        self.customers_view.select_after_reload(target_id)
        self.customers_view.reload()

    def _on_sync_requested(self) -> None:
        if not self.scheduler.start_sync():
            self.window.say(self.tr("A sync is already running."), 4000)

    def _on_window_find_requested(self) -> None:
        self.window.show_tab(self.tr("Customers"))
        self.customers_view.focus_search()

    def _on_tabs_current_changed(self, index: int) -> None:
        # Lists load when first shown, not at start-up: the Customers tab opens first and fast.
        view = self.window.tabs.widget(index)
        if isinstance(view, DocumentsView | PotentialsView | HomeView):
            view.reload()

    def _show_list(self, title: str, view: DocumentsView, status: str) -> None:
        self.window.show_tab(title)
        view.show_status(status)

    def _on_scheduler_sync_finished(self, report: SyncReport) -> None:
        self.customers_view.apply_sync_report(report)
        self.detail_view.refresh_if_shown(report.changed_customer_ids)
        self.potentials_view.reload()

    def _on_window_closing(self) -> None:
        self.customers_view.save_state()
        for view in (self.invoices_view, self.estimates_view, self.customer_documents):
            view.save_state()


def _application() -> QApplication:
    app = QApplication.instance()
    assert isinstance(app, QApplication), "the window needs a QApplication"
    return app


def _first_payable_invoice(documents: DocumentsController, customer_id: int) -> int:
    """Worker side: return the id of the customer's oldest invoice with a balance, or 0."""
    invoices = documents.list(customer_id=customer_id, kind=DocumentKind.INVOICE)
    payable = [d for d in invoices if d.balance > ZERO and d.status is not DocumentStatus.VOID]
    return min(payable, key=lambda d: (d.date, d.id)).id if payable else 0


def run_application(
    argv: list[str],
    open_services: Callable[[], Services],
    link: str | None = None,
    data_dir: Path | None = None,
) -> int:
    """Open the main window (on what an invoicedesk:// link asks for) and run the event loop."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Invoice Desk")
    app.setOrganizationName("InvoiceDesk")
    QApplication.setDesktopFileName("invoice-desk")  # Wayland shells match the menu entry by it
    QApplication.setWindowIcon(QIcon(str(resources_root() / "icons" / "invoice-desk.svg")))
    services = open_services()
    install_translations(app, services.settings.ui_language())  # before any widget is made
    desktop = DesktopApp(services, UiSettings(QSettings()), data_dir)
    desktop.appearance.apply()  # light or dark, as chosen or as the system is
    try:
        desktop.start()
        if link is not None:
            desktop.open_link(link)
        return app.exec()
    finally:
        desktop.shutdown()
        services.close()
