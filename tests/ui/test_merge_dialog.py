"""Merge into…: the preview says what moves, a refusal is a sentence, a merge hides the source."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.ui.merge_dialog import MergeDialog
from desktop.ui.task_runner import TaskRunner
from tests.ui.helpers import wait_until_idle
from tests.ui.seeding import seed_customers


def _dialog(qtbot: QtBot, services: Services, runner: TaskRunner, source_id: int) -> MergeDialog:
    dialog = MergeDialog(services.customers, runner, source_id, f"Customer {source_id:06d} Ltd")
    qtbot.addWidget(dialog)
    dialog.show()
    wait_until_idle(qtbot, runner)
    return dialog


def test_the_preview_says_what_moves_and_merging_hides_the_source(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 5)
    dialog = _dialog(qtbot, services, runner, 2)
    assert dialog.model.row_of(2) is None  # never a target of itself
    with qtbot.waitSignal(dialog.preview_shown) as shown:
        assert dialog.select_target(4)
    assert shown.args[0].contact_persons == 1
    assert "move from “Customer 000002 Ltd” to “Customer 000004 Ltd”" in dialog.summary.text()
    assert dialog.merge_button.isEnabled()
    dialog.merge_button.click()
    box = dialog.confirm_box
    assert box is not None
    assert box.isVisible()
    assert box.text() == "Merge “Customer 000002 Ltd” into “Customer 000004 Ltd”?"
    box.reject()  # Cancel / Escape: nothing moves
    wait_until_idle(qtbot, runner)
    assert 2 in {row.id for row in services.customers.rows()}
    dialog.merge_button.click()
    box = dialog.confirm_box
    assert box is not None
    confirm = next(
        b for b in box.buttons() if box.buttonRole(b) is QMessageBox.ButtonRole.AcceptRole
    )
    with qtbot.waitSignal(dialog.merged) as merged:
        confirm.click()
    assert merged.args == [2, 4]
    assert 2 not in {row.id for row in services.customers.rows()}
    assert len(services.customers.get(4).contact_persons) == 2


def test_a_refused_merge_is_explained_and_cannot_be_confirmed(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 3)
    services.customers.update_local_fields(1, "EUR", None, None)
    services.customers.update_local_fields(3, "USD", None, None)
    dialog = _dialog(qtbot, services, runner, 1)
    with qtbot.waitSignal(dialog.preview_shown):
        dialog.select_target(3)
    assert "different currencies" in dialog.summary.text()
    assert not dialog.merge_button.isEnabled()


def test_searching_narrows_the_targets(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 30)
    dialog = _dialog(qtbot, services, runner, 1)
    assert dialog.model.rowCount() == 29
    dialog.search_box.setText("000025")
    qtbot.waitUntil(lambda: dialog.model.rowCount() == 1)
    wait_until_idle(qtbot, runner)
