"""Start the Qt application and compose the GUI: services in, views and dialogs wired, one runner."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QObject, QSettings, Qt
from PySide6.QtWidgets import QApplication, QSplitter, QWidget

from desktop.controllers.services import Services
from desktop.domain.sync import SyncReport
from desktop.ui.customer_detail_view import CustomerDetailView
from desktop.ui.customers_view import CustomersView
from desktop.ui.empty_state_view import EmptyStateView
from desktop.ui.error_presenter import ErrorPresenter
from desktop.ui.import_dialog import ImportDialog
from desktop.ui.main_window import MainWindow
from desktop.ui.merge_dialog import MergeDialog
from desktop.ui.sync_scheduler import SyncScheduler
from desktop.ui.sync_status_view import SyncStatusView
from desktop.ui.task_runner import TaskRunner
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
        self.customers_view = CustomersView(services.customers, self.runner, settings)
        self.detail_view = CustomerDetailView(services.customers, self.runner)
        customers_tab = QSplitter(Qt.Orientation.Horizontal)
        customers_tab.setObjectName("customers")
        customers_tab.addWidget(self.customers_view)
        customers_tab.addWidget(self.detail_view)
        customers_tab.setStretchFactor(0, 3)
        customers_tab.setStretchFactor(1, 2)
        self.status_view = SyncStatusView(self.scheduler)
        self.window = MainWindow(self._tabs(customers_tab), self.status_view, settings)
        self.presenter.set_parent_window(self.window)
        self.import_dialog: ImportDialog | None = None
        self._wire()

    def _tabs(self, customers_tab: QWidget) -> list[tuple[str, QWidget]]:
        return [
            ("Customers", customers_tab),
            (
                "Invoices",
                EmptyStateView("No invoices yet", "Select a customer and choose “New invoice”."),
            ),
            (
                "Estimates",
                EmptyStateView("No estimates yet", "Select a customer and choose “New estimate”."),
            ),
            (
                "Potentials",
                EmptyStateView(
                    "No potentials yet", "Deals from Zoho CRM appear here after the first import."
                ),
            ),
        ]

    def _wire(self) -> None:
        self.customers_view.customer_selected.connect(self.detail_view.show_customer)
        self.customers_view.import_requested.connect(self.open_import_dialog)
        self.customers_view.sync_requested.connect(self._on_sync_requested)
        self.detail_view.customer_saved.connect(lambda _id: self.customers_view.reload())
        self.detail_view.merge_requested.connect(self.open_merge_dialog)
        self.window.import_requested.connect(self.open_import_dialog)
        self.window.sync_requested.connect(self._on_sync_requested)
        self.window.find_requested.connect(self._on_window_find_requested)
        self.window.closing.connect(self._on_window_closing)
        self.scheduler.sync_finished.connect(self._on_scheduler_sync_finished)

    def start(self) -> None:
        """Show the window, load the customers and start the background sync checks."""
        self.window.show()
        self.customers_view.reload()
        self.scheduler.start()

    def shutdown(self) -> None:
        """Stop the scheduler (a running sync is cancelled) and wait for the worker lanes."""
        self.scheduler.stop()
        self.runner.shutdown()

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

    def _on_merge_dialog_merged(self, _source_id: int, target_id: int) -> None:
        self.customers_view.select_after_reload(target_id)
        self.customers_view.reload()

    def _on_sync_requested(self) -> None:
        if not self.scheduler.start_sync():
            self.window.statusBar().showMessage("A sync is already running.", 4000)

    def _on_window_find_requested(self) -> None:
        self.window.show_tab("Customers")
        self.customers_view.focus_search()

    def _on_scheduler_sync_finished(self, report: SyncReport) -> None:
        self.customers_view.apply_sync_report(report)
        self.detail_view.refresh_if_shown(report.changed_customer_ids)

    def _on_window_closing(self) -> None:
        self.customers_view.save_state()


def run_application(argv: list[str], open_services: Callable[[], Services]) -> int:
    """Open the main window and run the event loop; return the exit code."""
    app = QApplication.instance() or QApplication(argv)
    app.setApplicationName("Invoice Desk")
    app.setOrganizationName("InvoiceDesk")
    services = open_services()
    desktop = DesktopApp(services, UiSettings(QSettings()))
    try:
        desktop.start()
        return app.exec()
    finally:
        desktop.shutdown()
        services.close()
