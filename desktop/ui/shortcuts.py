"""The keyboard shortcuts of the daily actions, in one list: the window, the viewer and the
Help → Keyboard shortcuts page all read them from here."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QAbstractButton


@dataclass(frozen=True, slots=True)
class Shortcut:
    """A key sequence (portable text, "Ctrl+E") and where it works."""

    keys: str
    where: str  # a context name for the help page: "window", "viewer", "editor"

    def sequence(self) -> QKeySequence:
        """Return the key sequence."""
        return QKeySequence(self.keys)

    def native(self) -> str:
        """Return the keys as this platform writes them ("⌘E" on macOS)."""
        return self.sequence().toString(QKeySequence.SequenceFormat.NativeText)


NEW_INVOICE = Shortcut("Ctrl+N", "window")
NEW_ESTIMATE = Shortcut("Ctrl+Shift+N", "window")
NEW_CREDIT_NOTE = Shortcut("Ctrl+Alt+N", "window")
FIND_CUSTOMER = Shortcut("Ctrl+F", "window")
SYNC = Shortcut("F5", "window")
USER_GUIDE = Shortcut("F1", "window")
EDIT = Shortcut("Ctrl+E", "viewer")
SAVE_PDF = Shortcut("Ctrl+S", "viewer")
RECORD_PAYMENT = Shortcut("Ctrl+R", "viewer")
SEND = Shortcut("Ctrl+M", "viewer")
VOID = Shortcut("Ctrl+Shift+Del", "viewer")
NEXT_DOCUMENT = Shortcut("Ctrl+PgDown", "viewer")
PREVIOUS_DOCUMENT = Shortcut("Ctrl+PgUp", "viewer")
SAVE_DOCUMENT = Shortcut("Ctrl+S", "editor")


def bind(button: QAbstractButton, shortcut: Shortcut, tooltip: str) -> None:
    """Give a button its shortcut and a tooltip that names it: "Edit this document (Ctrl+E)"."""
    button.setShortcut(shortcut.sequence())
    button.setToolTip(
        QCoreApplication.translate("Shortcuts", "{action} ({keys})").format(
            action=tooltip, keys=shortcut.native()
        )
    )


def shortcut_table() -> list[tuple[str, str, str]]:
    """Return (where, what, keys) for the Keyboard shortcuts page, in the order people use them."""

    window, viewer, editor = (
        QCoreApplication.translate("Shortcuts", "Main window"),
        QCoreApplication.translate("Shortcuts", "Document window"),
        QCoreApplication.translate("Shortcuts", "Document editor"),
    )
    return [
        (window, QCoreApplication.translate("Shortcuts", "New invoice"), NEW_INVOICE.native()),
        (window, QCoreApplication.translate("Shortcuts", "New estimate"), NEW_ESTIMATE.native()),
        (
            window,
            QCoreApplication.translate("Shortcuts", "New credit note"),
            NEW_CREDIT_NOTE.native(),
        ),
        (
            window,
            QCoreApplication.translate("Shortcuts", "Find a customer"),
            FIND_CUSTOMER.native(),
        ),
        (window, QCoreApplication.translate("Shortcuts", "Sync with Zoho CRM"), SYNC.native()),
        (window, QCoreApplication.translate("Shortcuts", "User guide"), USER_GUIDE.native()),
        (
            window,
            QCoreApplication.translate("Shortcuts", "Open the selected document"),
            QCoreApplication.translate("Shortcuts", "Enter"),
        ),
        (
            window,
            QCoreApplication.translate("Shortcuts", "Next / previous tab"),
            QCoreApplication.translate("Shortcuts", "Ctrl+Tab / Ctrl+Shift+Tab"),
        ),
        (viewer, QCoreApplication.translate("Shortcuts", "Edit the document"), EDIT.native()),
        (viewer, QCoreApplication.translate("Shortcuts", "Save the PDF"), SAVE_PDF.native()),
        (
            viewer,
            QCoreApplication.translate("Shortcuts", "Record a payment"),
            RECORD_PAYMENT.native(),
        ),
        (viewer, QCoreApplication.translate("Shortcuts", "Send by email"), SEND.native()),
        (viewer, QCoreApplication.translate("Shortcuts", "Void (asks first)"), VOID.native()),
        (
            viewer,
            QCoreApplication.translate("Shortcuts", "Next document in the list"),
            NEXT_DOCUMENT.native(),
        ),
        (
            viewer,
            QCoreApplication.translate("Shortcuts", "Previous document in the list"),
            PREVIOUS_DOCUMENT.native(),
        ),
        (editor, QCoreApplication.translate("Shortcuts", "Save"), SAVE_DOCUMENT.native()),
        (
            editor,
            QCoreApplication.translate("Shortcuts", "Cancel (asks when something was typed)"),
            QCoreApplication.translate("Shortcuts", "Esc"),
        ),
    ]
