"""The task runner: lanes run in order off the GUI thread; every outcome arrives on the GUI thread."""

from __future__ import annotations

import threading

from PySide6.QtCore import QObject, QThread
from pytestqt.qtbot import QtBot

from desktop.domain.errors import Cancelled, UserFacingError
from desktop.ui.error_presenter import ErrorPresenter
from desktop.ui.task_runner import Lane, TaskRunner
from tests.ui.helpers import wait_until_idle


def test_a_lane_runs_tasks_in_order_on_a_worker_and_delivers_on_the_gui_thread(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    gui_thread = QThread.currentThread()
    ran_on: list[QThread] = []
    delivered: list[tuple[int, bool]] = []

    def work(n: int) -> int:
        ran_on.append(QThread.currentThread())
        return n * 10

    for n in range(5):
        runner.run(
            Lane.DATABASE,
            work,
            n,
            on_success=lambda v: delivered.append((v, QThread.currentThread() is gui_thread)),
        )
    wait_until_idle(qtbot, runner)
    assert delivered == [(0, True), (10, True), (20, True), (30, True), (40, True)]
    assert all(thread is not gui_thread for thread in ran_on)


def test_a_slow_network_task_does_not_hold_up_the_database_lane(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    release = threading.Event()
    order: list[str] = []
    runner.run(Lane.NETWORK, release.wait, 10, on_success=lambda _ok: order.append("network"))
    runner.run(Lane.DATABASE, lambda: "db", on_success=order.append)
    qtbot.waitUntil(lambda: order == ["db"])
    release.set()
    wait_until_idle(qtbot, runner)
    assert order == ["db", "network"]


def test_user_facing_errors_go_to_on_failure_cancelled_is_silent(
    qtbot: QtBot, runner: TaskRunner, presenter: ErrorPresenter
) -> None:
    failures: list[str] = []
    cancelled: list[bool] = []
    presented: list[tuple[str, str]] = []
    presenter.error_presented.connect(lambda tier, text: presented.append((tier, text)))

    def refuse() -> None:
        raise UserFacingError("The CRM is unreachable.")

    def cancel() -> None:
        raise Cancelled()

    runner.run(Lane.NETWORK, refuse, on_failure=lambda e: failures.append(str(e)))
    runner.run(Lane.NETWORK, cancel, on_cancelled=lambda: cancelled.append(True))
    runner.run(Lane.NETWORK, cancel)
    wait_until_idle(qtbot, runner)
    assert failures == ["The CRM is unreachable."]
    assert cancelled == [True]
    assert presented == []


def test_bugs_and_unhandled_user_errors_reach_the_error_presenter(
    qtbot: QtBot, runner: TaskRunner, presenter: ErrorPresenter
) -> None:
    presented: list[tuple[str, str]] = []
    presenter.error_presented.connect(lambda tier, text: presented.append((tier, text)))

    def bug() -> None:
        raise KeyError("missing")

    def refuse() -> None:
        raise UserFacingError("The disk is full.")

    runner.run(Lane.DATABASE, bug, on_failure=lambda e: None)  # a bug is never "handled" inline
    runner.run(Lane.DATABASE, refuse)
    wait_until_idle(qtbot, runner)
    assert [tier for tier, _ in presented] == ["bug", "user"]
    assert "KeyError: 'missing'" in presented[0][1]
    assert "Traceback" in presented[0][1]
    assert presented[1][1] == "The disk is full."


def test_callbacks_are_skipped_once_their_owner_is_deleted(
    qtbot: QtBot, runner: TaskRunner
) -> None:
    release = threading.Event()
    delivered: list[str] = []
    owner = QObject()
    runner.run(
        Lane.DATABASE, release.wait, 10, on_success=lambda _: delivered.append("x"), owner=owner
    )
    owner.deleteLater()
    qtbot.waitUntil(lambda: not _alive(owner))
    release.set()
    wait_until_idle(qtbot, runner)
    assert delivered == []


def test_after_shutdown_nothing_is_queued(qtbot: QtBot, presenter: ErrorPresenter) -> None:
    runner = TaskRunner(presenter.present)
    runner.shutdown()
    assert runner.run(Lane.DATABASE, lambda: 1) == 0
    assert not runner.is_busy()


def _alive(obj: QObject) -> bool:
    from shiboken6 import isValid

    return bool(isValid(obj))
