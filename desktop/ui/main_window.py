"""The main window: a shell that composes the tabs, the menu and the status bar — nothing else."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, Qt, Signal, SignalInstance
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QMainWindow,
    QMenu,
    QMessageBox,
    QSplitter,
    QStackedWidget,
    QTabWidget,
    QWidget,
)

from desktop import __version__
from desktop.ui import shortcuts
from desktop.ui.help_dialogs import ShortcutsDialog, UserGuideDialog
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
      restore_requested(), new_estimate_requested(), new_credit_note_requested(),
      appearance_chosen(str) — "system", "light" or "dark" from View → Appearance
    """

    import_requested = Signal()
    new_estimate_requested = Signal()
    appearance_chosen = Signal(str)
    new_credit_note_requested = Signal()
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
        self.statusBar().messageChanged.connect(self._on_status_bar_message_changed)
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
            shortcuts.NEW_INVOICE.sequence(),
        )
        self.new_estimate_action = self._action(
            documents_menu,
            self.tr("New &estimate…"),
            self.new_estimate_requested,
            shortcuts.NEW_ESTIMATE.sequence(),
        )
        self.new_credit_note_action = self._action(
            documents_menu,
            self.tr("New &credit note…"),
            self.new_credit_note_requested,
            shortcuts.NEW_CREDIT_NOTE.sequence(),
        )
        documents_menu.addSeparator()
        self.find_action = self._action(
            documents_menu,
            self.tr("&Find customer"),
            self.find_requested,
            QKeySequence.StandardKey.Find,
        )
        view_menu = self.menuBar().addMenu(self.tr("&View"))
        appearance_menu = view_menu.addMenu(self.tr("&Appearance"))
        self.appearance_group = QActionGroup(self)
        self.appearance_actions: dict[str, QAction] = {}
        for choice, text in (
            ("system", self.tr("As the &system")),
            ("light", self.tr("&Light")),
            ("dark", self.tr("&Dark")),
        ):
            action = QAction(text, self, checkable=True)
            action.triggered.connect(
                lambda _on=False, chosen=choice: self.appearance_chosen.emit(chosen)
            )
            self.appearance_group.addAction(action)
            appearance_menu.addAction(action)
            self.appearance_actions[choice] = action
        self.appearance_actions["system"].setChecked(True)
        help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.user_guide_action = QAction(self.tr("&User guide"), self)
        self.user_guide_action.setShortcut(shortcuts.USER_GUIDE.sequence())
        self.user_guide_action.triggered.connect(self.show_user_guide)
        help_menu.addAction(self.user_guide_action)
        self.shortcuts_action = QAction(self.tr("&Keyboard shortcuts"), self)
        self.shortcuts_action.triggered.connect(self.show_shortcuts)
        help_menu.addAction(self.shortcuts_action)
        help_menu.addSeparator()
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

    def show_user_guide(self) -> UserGuideDialog:
        """Open the bundled user guide (it works offline)."""
        dialog = UserGuideDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    def show_shortcuts(self) -> ShortcutsDialog:
        """Open the list of keyboard shortcuts."""
        dialog = ShortcutsDialog(self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.show()
        return dialog

    welcome: QWidget | None = None

    def say(self, text: str, milliseconds: int = 8000) -> None:
        """Show a passing message in the status bar; too long for it, it is cut in the middle
        ("Statement saved to /home/…/statement.pdf.") and shown whole in the bar's tooltip."""
        bar = self.statusBar()
        room = max(bar.width() - 40, 200)
        shown = bar.fontMetrics().elidedText(text, Qt.TextElideMode.ElideMiddle, room)
        bar.setToolTip(text if shown != text else "")
        bar.showMessage(shown, milliseconds)

    def _on_status_bar_message_changed(self, text: str) -> None:
        if not text:
            self.statusBar().setToolTip("")

    def set_welcome(self, welcome: QWidget) -> None:
        """Put a welcome page in place of the tabs, shown while `show_welcome(True)`."""
        self.welcome = welcome
        self._pages = QStackedWidget()
        self.takeCentralWidget()
        self._pages.addWidget(self.tabs)
        self._pages.addWidget(welcome)
        self.setCentralWidget(self._pages)

    def show_welcome(self, shown: bool) -> None:
        """Show the welcome page (True) or the tabs (False)."""
        if self.welcome is not None:
            self._pages.setCurrentWidget(self.welcome if shown else self.tabs)

    def welcome_shown(self) -> bool:
        """Return True while the welcome page is in front."""
        return self.welcome is not None and self._pages.currentWidget() is self.welcome

    def show_tab(self, title: str) -> None:
        """Bring the tab with this title to the front (leaving the welcome page)."""
        self.show_welcome(False)
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
