"""A centred message that tells the user what to do next when a list is empty."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget


class EmptyStateView(QWidget):
    """A title and a hint, centred; no signals."""

    def __init__(self, title: str, hint: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.title_label = QLabel(f"<h2>{title}</h2>")
        self.hint_label = QLabel(hint)
        self.hint_label.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addStretch(1)
        for label in (self.title_label, self.hint_label):
            label.setAlignment(Qt.AlignmentFlag.AlignCenter)
            layout.addWidget(label)
        layout.addStretch(2)
