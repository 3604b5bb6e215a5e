"""Small helpers shared by the GUI tests."""

from __future__ import annotations

from pytestqt.qtbot import QtBot

from desktop.ui.task_runner import TaskRunner


def wait_until_idle(qtbot: QtBot, runner: TaskRunner, timeout: int = 10_000) -> None:
    """Wait until every queued task ran and its result was delivered on the GUI thread."""
    qtbot.waitUntil(lambda: not runner.is_busy(), timeout=timeout)
