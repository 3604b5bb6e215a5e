"""The main window: a shell that composes the tabs, the menu and the status bar — nothing else."""

from __future__ import annotations

from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMessageBox, QTabWidget, QWidget

from desktop import __version__
from desktop.ui.empty_state_view import EmptyStateView


class MainWindow(QMainWindow):
    """Tabs Customers, Invoices, Estimates, Potentials; a File menu; a status bar for sync state."""

    def __init__(self, tabs: list[tuple[str, QWidget]] | None = None) -> None:
        super().__init__()
        self.setWindowTitle("Invoice Desk")
        self.resize(1100, 700)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Main sections")
        for title, view in tabs or default_tabs():
            self.tabs.addTab(view, title)
        self.setCentralWidget(self.tabs)
        self._build_menu()
        self.statusBar().showMessage("Not connected to Zoho CRM — nothing to sync yet.")

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu("&File")
        quit_action = QAction("&Quit", self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        help_menu = self.menuBar().addMenu("&Help")
        about_action = QAction("&About Invoice Desk", self)
        about_action.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about_action)

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            "About Invoice Desk",
            f"<b>Invoice Desk</b> {__version__}<br>"
            "Invoices and estimates for your Zoho CRM customers, offline.",
        )


def default_tabs() -> list[tuple[str, QWidget]]:
    """Return the four sections with their empty states."""
    return [
        (
            "Customers",
            EmptyStateView(
                "No customers yet",
                "Import your Accounts and Contacts with “Import from Zoho CRM”, "
                "or try the sandbox CRM: run “invoice-desk sandbox”.",
            ),
        ),
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
                "No potentials yet",
                "Deals from Zoho CRM appear here after the first import.",
            ),
        ),
    ]
