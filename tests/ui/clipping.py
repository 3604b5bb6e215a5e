"""One check for every screen: no widget sticks out of what its parent shows, and no label or
button is narrower than its text (walks every visible child of a window)."""

from __future__ import annotations

from PySide6.QtCore import QRect
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QLabel,
    QWidget,
)

TOLERANCE = 1  # pixels of rounding


def clipped_widgets(window: QWidget) -> list[str]:
    """Return a sentence per problem found among the window's visible children (none: [])."""
    QApplication.processEvents()
    problems = []
    for child in window.findChildren(QWidget):
        if child.isWindow() or not child.isVisibleTo(window):
            continue
        parent = child.parentWidget()
        if parent is None:
            continue
        problems += _outside(child, parent) + _too_narrow(child)
    return problems


def assert_nothing_clipped(window: QWidget) -> None:
    """Fail with every clipped widget named."""
    problems = clipped_widgets(window)
    assert not problems, f"{len(problems)} clipped in {window.windowTitle()!r}:\n" + "\n".join(
        problems[:40]
    )


def _outside(child: QWidget, parent: QWidget) -> list[str]:
    area = parent.rect().adjusted(-TOLERANCE, -TOLERANCE, TOLERANCE, TOLERANCE)
    geometry = child.geometry()
    scroller = parent.parentWidget()
    if isinstance(scroller, QAbstractScrollArea) and parent is scroller.viewport():
        # A scroll area's content may be taller than its viewport (it scrolls), never wider
        # unless the area can scroll sideways.
        if scroller.horizontalScrollBar().isVisible():
            return []
        area = QRect(area.left(), geometry.top(), area.width(), geometry.height())
    if area.contains(geometry):
        return []
    return [f"{_name(child)} at {_rect(geometry)} outside {_name(parent)} {_rect(parent.rect())}"]


def _too_narrow(child: QWidget) -> list[str]:
    if isinstance(child, QLabel):
        if child.wordWrap() or not child.text() or child.hasScaledContents():
            return []
        if type(child).__name__ == "ElidedLabel":  # elides on purpose, the text in its tooltip
            return []
    elif not isinstance(child, QAbstractButton) or not child.text():
        return []
    needed = child.sizeHint().width()
    if child.width() + TOLERANCE >= needed:
        return []
    return [f"{_name(child)} is {child.width()} px wide, its text needs {needed} px"]


def _name(widget: QWidget) -> str:
    text = getattr(widget, "text", None)
    shown = text() if callable(text) else ""
    label = widget.accessibleName() or widget.objectName() or (shown or "")[:40]
    return f"{type(widget).__name__}({label!r})"


def _rect(rect: QRect) -> str:
    return f"{rect.x()},{rect.y()} {rect.width()}×{rect.height()}"
