"""Customer detail: CRM fields read-only with the note, local fields validated, actions announced."""

from __future__ import annotations

import pytest
from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.domain.errors import ValidationError
from desktop.ui.customer_detail_view import CustomerDetailView, parse_local_fields
from desktop.ui.task_runner import TaskRunner
from tests.ui.helpers import wait_until_idle
from tests.ui.seeding import seed_customers


def _shown(
    qtbot: QtBot, services: Services, runner: TaskRunner, customer_id: int
) -> CustomerDetailView:
    view = CustomerDetailView(services.customers, runner)
    qtbot.addWidget(view)
    view.show()
    view.show_customer(customer_id)
    wait_until_idle(qtbot, runner)
    return view


def test_a_crm_customer_shows_its_crm_fields_read_only_with_the_note(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 3)
    view = _shown(qtbot, services, runner, 2)
    assert view.stack.currentIndex() == 1
    assert "Customer 000002 Ltd" in view.title.text()
    assert view.crm_note.isVisible()
    assert view.crm_note.text() == "These come from Zoho CRM and are updated by each sync."
    assert view.phone.text() == "+1 555 0000002"
    assert not view.currency.isReadOnly()
    assert view.contact_persons.count() == 1
    assert "ana2@shop2.example" in view.contact_persons.item(0).text()
    assert "(primary)" in view.contact_persons.item(0).text()


def test_zero_shows_the_empty_state(qtbot: QtBot, services: Services, runner: TaskRunner) -> None:
    view = _shown(qtbot, services, runner, 0)
    assert view.stack.currentWidget() is view.empty


def test_bad_local_fields_are_refused_naming_the_field(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 1)
    view = _shown(qtbot, services, runner, 1)
    view.currency.setText("E1")
    view.save_button.click()
    assert view.save_message.text().startswith("Currency:")
    view.currency.setText("eur")
    view.terms.setText("thirty")
    view.save_button.click()
    assert view.save_message.text().startswith("Payment terms:")


@pytest.mark.parametrize(
    ("currency", "terms", "expected"),
    [("eur", "30", ("EUR", 30)), ("", "", (None, None)), (" usd ", " 0 ", ("USD", 0))],
)
def test_parse_local_fields(
    currency: str, terms: str, expected: tuple[str | None, int | None]
) -> None:
    assert parse_local_fields(currency, terms) == expected


def test_parse_local_fields_refuses_negative_terms() -> None:
    with pytest.raises(ValidationError, match="Payment terms"):
        parse_local_fields("", "-5")


def test_actions_announce_the_customer(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 1)
    view = _shown(qtbot, services, runner, 1)
    with qtbot.waitSignal(view.new_document_requested) as requested:
        view.new_invoice_button.click()
    assert requested.args == [1, "invoice"]
    with qtbot.waitSignal(view.merge_requested) as merge:
        view.merge_button.click()
    assert merge.args == [1]


def test_local_fields_are_saved_and_crm_fields_stay(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 1)
    view = _shown(qtbot, services, runner, 1)
    view.currency.setText("eur")
    view.terms.setText("14")
    view.notes.setPlainText("Pays by bank transfer.")
    with qtbot.waitSignal(view.customer_saved):
        view.save_button.click()
    stored = services.customers.get(1)
    assert (stored.currency_code, stored.payment_terms_days, stored.notes) == (
        "EUR",
        14,
        "Pays by bank transfer.",
    )
    assert view.save_message.text() == "Saved."
    assert view.currency.text() == "EUR"


def test_another_customer_never_shows_the_previous_ones_notes_while_it_loads(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 2)
    services.customers.update_local_fields(1, None, None, "First customer's notes")
    view = _shown(qtbot, services, runner, 1)
    assert view.notes.toPlainText() == "First customer's notes"
    view.show_customer(2)
    assert view.customer is None, "nothing can be saved into customer 1 meanwhile"
    assert view.stack.currentWidget() is view.empty
    wait_until_idle(qtbot, runner)
    assert view.customer is not None
    assert view.customer.id == 2
    assert view.notes.toPlainText() == ""


def test_a_customer_that_is_gone_empties_the_pane(
    qtbot: QtBot, services: Services, runner: TaskRunner
) -> None:
    seed_customers(services.database, 1)
    view = _shown(qtbot, services, runner, 1)
    view.show_customer(999)
    wait_until_idle(qtbot, runner)
    assert view.customer is None
    assert view.stack.currentWidget() is view.empty
