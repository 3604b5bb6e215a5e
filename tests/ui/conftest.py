"""GUI fixtures: one error presenter and task runner per test (shut down in teardown), temp QSettings."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings
from pytestqt.qtbot import QtBot

from desktop.crm.sandbox import SandboxCrm
from desktop.ui.error_presenter import ErrorPresenter
from desktop.ui.task_runner import TaskRunner
from desktop.ui.ui_settings import UiSettings


@pytest.fixture
def presenter(qtbot: QtBot) -> Iterator[ErrorPresenter]:
    """Return the error presenter; its open messages are closed after the test."""
    built = ErrorPresenter()
    yield built
    for dialog in built.open_dialogs():
        dialog.close()


@pytest.fixture
def runner(qtbot: QtBot, presenter: ErrorPresenter) -> Iterator[TaskRunner]:
    """Return a task runner whose lanes are drained and stopped after the test."""
    built = TaskRunner(presenter.present)
    yield built
    built.shutdown()


@pytest.fixture
def ui_settings(tmp_path: Path) -> UiSettings:
    """Return preferences stored in a temp INI file, never the user's."""
    return UiSettings(QSettings(str(tmp_path / "ui.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def sandbox() -> Iterator[SandboxCrm]:
    """Return a running sandbox CRM (real HTTP on loopback) with 30 accounts, 60 contacts and
    10 deals; stopped afterwards. Tests may import it; desktop.ui never does."""
    with SandboxCrm(accounts=30, contacts=60, deals=10) as crm:
        yield crm
