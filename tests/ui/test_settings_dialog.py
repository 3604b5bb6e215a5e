"""Settings: organization, numbering, workflows and auto-update saved; bad input named; disconnect."""

from __future__ import annotations

from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.lifecycle import DocumentKind
from desktop.ui.settings_dialog import SettingsDialog
from desktop.ui.task_runner import TaskRunner
from tests.ui.helpers import wait_until_idle
from tests.ui.sandbox_fixtures import connect_to


def _dialog(qtbot: QtBot, services: Services, runner: TaskRunner) -> SettingsDialog:
    dialog = SettingsDialog(services, runner)
    qtbot.addWidget(dialog)
    dialog.show()
    wait_until_idle(qtbot, runner)
    return dialog


def test_settings_are_saved(qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    dialog = _dialog(qtbot, services, runner)
    assert not dialog.disconnect_button.isEnabled()  # not connected yet
    dialog.org_name.setText("Ana's Shop")
    dialog.city.setText("Lisbon")
    dialog.org_currency.setText("eur")
    dialog.invoice_prefix.setText("F-")
    dialog.invoice_padding.setValue(4)
    dialog.estimate_workflow.setChecked(True)
    dialog.won_stages.setText("Closed Won, Signed")
    with qtbot.waitSignal(dialog.settings_saved):
        dialog.save_button.click()
    organization = services.documents.organization()
    assert (organization.name, organization.address.city, organization.currency_code) == (
        "Ana's Shop",
        "Lisbon",
        "EUR",
    )
    workflows = services.potentials.workflow_settings()
    assert workflows.estimates
    assert not workflows.invoices
    assert workflows.won_stages == ("Closed Won", "Signed")


def test_bad_input_is_named(qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    dialog = _dialog(qtbot, services, runner)
    dialog.org_currency.setText("E")
    dialog.save_button.click()
    assert dialog.message.text().startswith("Currency:")
    dialog.org_currency.setText("USD")
    dialog.lost_stages.setText(" , ")
    dialog.save_button.click()
    assert dialog.message.text().startswith("Stages:")


def test_a_logo_that_cannot_be_printed_is_named_and_nothing_saved(
    qtbot: QtBot, services: Services, runner: TaskRunner, tmp_path: Path
) -> None:
    broken = tmp_path / "logo.png"
    broken.write_text("not a picture")
    dialog = _dialog(qtbot, services, runner)
    dialog.org_name.setText("Renamed")
    dialog.logo.setText(str(broken))
    dialog.save_button.click()
    qtbot.waitUntil(lambda: dialog.message.text() != "")
    assert dialog.message.text() == (
        f"logo: {broken} is not an image that can be printed; use a PNG or JPEG file"
    )
    assert services.documents.organization().logo_path is None
    assert services.documents.organization().name != "Renamed"
    assert dialog.save_button.isEnabled()  # fix the field and save again


def test_auto_update_and_disconnect(
    qtbot: QtBot, services: Services, runner: TaskRunner, sandbox: SandboxCrm
) -> None:
    connect_to(services, sandbox)
    dialog = _dialog(qtbot, services, runner)
    assert "Sandbox Shop Ltd" in dialog.connection_label.text()
    assert dialog.auto_update.isChecked()
    dialog.auto_update.setChecked(False)
    with qtbot.waitSignal(dialog.settings_saved):
        dialog.save_button.click()
    assert not services.sync.schedule().auto_update
    again = _dialog(qtbot, services, runner)
    with qtbot.waitSignal(again.disconnected):
        again.disconnect_button.click()
    assert services.connection.current() is None
    assert not again.auto_update.isEnabled()


def test_numbering_set_elsewhere_is_shown_and_kept(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    services.documents.set_number_series(DocumentKind.INVOICE, "ACME-", 8)
    dialog = _dialog(qtbot, services, runner)
    assert (dialog.invoice_prefix.text(), dialog.invoice_padding.value()) == ("ACME-", 8)
    with qtbot.waitSignal(dialog.settings_saved):
        dialog.save_button.click()
    series = services.documents.number_series(DocumentKind.INVOICE)
    assert (series.prefix, series.padding, series.next_number) == ("ACME-", 8, 1)
