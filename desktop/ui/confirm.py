"""Ask before an action that cannot be taken back: a window-modal question, never a nested loop."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QMessageBox, QWidget


def ask(
    parent: QWidget,
    title: str,
    question: str,
    detail: str,
    confirm_text: str,
    on_confirmed: Callable[[], None],
) -> QMessageBox:
    """Open a question with a named confirm button (Cancel is the default, Escape cancels);
    call `on_confirmed` only when the user chose it. Return the box (tests press its buttons)."""
    box = QMessageBox(QMessageBox.Icon.Question, title, question, parent=parent)
    box.setInformativeText(detail)
    confirm = box.addButton(confirm_text, QMessageBox.ButtonRole.AcceptRole)
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel)
    box.setEscapeButton(cancel)
    box.finished.connect(lambda _result: on_confirmed() if box.clickedButton() is confirm else None)
    box.open()
    return box
