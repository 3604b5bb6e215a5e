"""The main window: a shell that composes the tabs, the menu and the status bar — nothing else."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu, QMessageBox, QSplitter, QTabWidget, QWidget

from desktop import __version__
from desktop.ui.ui_settings import (
    CURRENT_TAB,
    SPLITTER_STATE,
    WINDOW_GEOMETRY,
    WINDOW_STATE,
    UiSettings,
)


class MainWindow(QMainWindow):
    """Tabs (Customers, Invoices, Estimates, Potentials), the menus and the sync status line.

    Signals (GUI thread) — menu commands the composition root answers:
      import_requested(), sync_requested(), new_invoice_requested(), settings_requested(),
      sync_log_requested(), find_requested(), closing(), email_settings_requested(),
      outbox_requested(), crm_outbox_requested(), database_requested(), backup_requested(),
      restore_requested()
    """

    import_requested = Signal()
    sync_requested = Signal()
    new_invoice_requested = Signal()
    settings_requested = Signal()
    sync_log_requested = Signal()
    find_requested = Signal()
    closing = Signal()
    email_settings_requested = Signal()
    outbox_requested = Signal()
    crm_outbox_requested = Signal()
    database_requested = Signal()
    backup_requested = Signal()
    restore_requested = Signal()

    def __init__(
        self,
        tabs: list[tuple[str, QWidget]],
        status_view: QWidget | None,
        settings: UiSettings,
    ) -> None:
        super().__init__()
        self.setWindowTitle(self.tr("Invoice Desk"))
        self._settings = settings
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Main sections"))
        self.tabs.setDocumentMode(True)
        for title, view in tabs:
            self.tabs.addTab(view, title)
        self.setCentralWidget(self.tabs)
        self._build_menu()
        if status_view is not None:
            self.statusBar().addWidget(status_view, 1)
        else:
            self.statusBar().showMessage(
                self.tr("Not connected to Zoho CRM — nothing to sync yet.")
            )
        self._restore_state()

    def _build_menu(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&File"))
        self.import_action = self._action(
            file_menu, self.tr("&Import from Zoho CRM…"), self.import_requested
        )
        self.sync_action = self._action(
            file_menu, self.tr("&Sync now"), self.sync_requested, QKeySequence("F5")
        )
        self.sync_log_action = self._action(
            file_menu, self.tr("Sync &log…"), self.sync_log_requested
        )
        self.crm_outbox_action = self._action(
            file_menu, self.tr("CRM &outbox…"), self.crm_outbox_requested
        )
        file_menu.addSeparator()
        self.settings_action = self._action(
            file_menu,
            self.tr("S&ettings…"),
            self.settings_requested,
            QKeySequence.StandardKey.Preferences,
        )
        self.email_settings_action = self._action(
            file_menu, self.tr("E&mail settings…"), self.email_settings_requested
        )
        self.outbox_action = self._action(file_menu, self.tr("&Outbox…"), self.outbox_requested)
        file_menu.addSeparator()
        self.database_action = self._action(
            file_menu, self.tr("&Database…"), self.database_requested
        )
        self.backup_action = self._action(
            file_menu, self.tr("&Back up now…"), self.backup_requested
        )
        self.restore_action = self._action(file_menu, self.tr("&Restore…"), self.restore_requested)
        file_menu.addSeparator()
        quit_action = QAction(self.tr("&Quit"), self)
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)
        file_menu.addAction(quit_action)
        documents_menu = self.menuBar().addMenu(self.tr("&Documents"))
        self.new_invoice_action = self._action(
            documents_menu,
            self.tr("&New invoice…"),
            self.new_invoice_requested,
            QKeySequence.StandardKey.New,
        )
        self.find_action = self._action(
            documents_menu,
            self.tr("&Find customer"),
            self.find_requested,
            QKeySequence.StandardKey.Find,
        )
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        about_action = QAction(self.tr("&About Invoice Desk"), self)
        about_action.triggered.connect(self._on_about_triggered)
        help_menu.addAction(about_action)

    def _action(
        self,
        menu: QMenu,
        text: str,
        signal: SignalInstance,
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
            action.setShortcutContext(Qt.ShortcutContext.ApplicationShortcut)
        action.triggered.connect(signal)
        menu.addAction(action)
        return action

    def show_tab(self, title: str) -> None:
        """Bring the tab with this title to the front."""
        for index in range(self.tabs.count()):
            if self.tabs.tabText(index) == title:
                self.tabs.setCurrentIndex(index)

    def _restore_state(self) -> None:
        geometry = self._settings.get(WINDOW_GEOMETRY)
        if not geometry or not self.restoreGeometry(QByteArray(geometry)):
            self.resize(1200, 760)
        state = self._settings.get(WINDOW_STATE)
        if state:
            self.restoreState(QByteArray(state))
        self.show_tab(self._settings.get(CURRENT_TAB))
        for splitter in self.findChildren(QSplitter):
            saved = self._settings.get(SPLITTER_STATE.scoped(splitter.objectName() or "main"))
            if saved:
                splitter.restoreState(QByteArray(saved))

    def save_state(self) -> None:
        """Remember geometry, the open tab and pane sizes (bytes, never pickled objects)."""
        self._settings.set(WINDOW_GEOMETRY, bytes(self.saveGeometry().data()))
        self._settings.set(WINDOW_STATE, bytes(self.saveState().data()))
        self._settings.set(CURRENT_TAB, self.tabs.tabText(self.tabs.currentIndex()))
        for splitter in self.findChildren(QSplitter):
            key = SPLITTER_STATE.scoped(splitter.objectName() or "main")
            self._settings.set(key, bytes(splitter.saveState().data()))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_state()
        self.closing.emit()
        super().closeEvent(event)

    def _on_about_triggered(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About Invoice Desk"),
            self.tr(
                "<b>Invoice Desk</b> {version}<br>"
                "Invoices and estimates for your Zoho CRM customers, offline."
            ).format(version=__version__),
        )
