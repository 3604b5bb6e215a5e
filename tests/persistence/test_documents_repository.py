"""Writing documents in a caller's transaction: numbers, snapshots, statuses, workflows, payments."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date, timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from desktop.domain.documents import (
    Discount,
    DocumentKind,
    DocumentStatus,
    PaymentDraft,
    PotentialLink,
    TaxRounding,
)
from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from desktop.persistence import documents_repository as repo
from desktop.persistence.database import Database
from desktop.persistence.migrate import upgrade_to_head
from desktop.persistence.queries import documents as queries
from desktop.persistence.records import CustomerRecord, DocumentRecord, PotentialRecord
from tests.document_helpers import NOW, add_customer, draft, line, vat

INV, EST = DocumentKind.INVOICE, DocumentKind.ESTIMATE
S = DocumentStatus
D = Decimal
DEAL = PotentialLink("5725767000000412001", "Acme renewal")


@pytest.fixture
def database(database_url: str) -> Iterator[Database]:
    built = Database(database_url)
    upgrade_to_head(built)
    yield built
    built.dispose()


@pytest.fixture
def customer(database: Database) -> int:
    return add_customer(database, "Acme Ltd", payment_terms_days=30)


def test_create_numbers_each_kind_in_its_own_series(database: Database, customer: int) -> None:
    with database.session() as session:
        first = repo.create_document(session, draft(customer), NOW)
        second = repo.create_document(session, draft(customer), NOW)
        estimate = repo.create_document(session, draft(customer, EST), NOW)
    assert (first.number, second.number, estimate.number) == (
        "INV-000001",
        "INV-000002",
        "EST-000001",
    )
    assert (first.status, first.total, first.balance, first.currency_code) == (
        S.DRAFT,
        D("100.00"),
        D("100.00"),
        "USD",
    )
    assert first.due_date == date(2026, 12, 1)  # the customer's 30 days of payment terms
    assert estimate.due_date is None  # an estimate without expiry date never expires
    assert [e.message for e in first.events] == ["Invoice INV-000001 created as a draft by hand."]


def test_totals_are_stored_as_computed(database: Database, customer: int) -> None:
    two = draft(customer, INV, line("A", "1.24", "1", vat()), line("B", "1.24", "1", vat()))
    with database.session() as session:
        by_line = repo.create_document(session, two, NOW)
        by_document = repo.create_document(
            session, replace(two, tax_rounding=TaxRounding.DOCUMENT), NOW
        )
    with database.read_session() as session:
        stored = queries.get_document(session, by_document.number, NOW.date())
    assert (by_line.total, stored.total, stored.tax_total) == (D("2.72"), D("2.73"), D("0.25"))
    assert [t.amount for t in stored.taxes] == [D("0.25")]
    assert [line.taxes[0].amount for line in stored.line_items] == [D("0.13"), D("0.12")]


def test_prefix_and_padding_are_configurable_and_numbers_never_reused(
    database: Database, customer: int
) -> None:
    with database.session() as session:
        repo.create_document(session, draft(customer), NOW)
        repo.set_number_series(session, INV, "f-", 4)
        assert repo.create_document(session, draft(customer), NOW).number == "F-0002"
        with pytest.raises(ValidationError, match="never reused"):
            repo.set_number_series(session, INV, "F-", 4, next_number=1)
        repo.set_number_series(session, EST, "INV-", 6)
    with database.session() as session:
        # Both kinds now write INV-…: the estimate series skips INV-000001 instead of reusing it.
        assert repo.create_document(session, draft(customer, EST), NOW).number == "INV-000002"


def test_a_bad_document_writes_nothing_and_uses_no_number(
    database: Database, customer: int
) -> None:
    bad = draft(customer, INV, line("A", "1.00"), adjustment=D("-5"))

    def good_then_bad() -> None:
        with database.session() as session:
            repo.create_document(session, draft(customer), NOW)
            repo.create_document(session, bad, NOW)

    with pytest.raises(ValidationError, match="adjustment"):
        good_then_bad()
    with database.session() as session:
        assert session.scalar(select(func.count()).select_from(DocumentRecord)) == 0
        assert repo.create_document(session, draft(customer), NOW).number == "INV-000001"


def test_customers_by_name_and_through_merges(database: Database, customer: int) -> None:
    polish = add_customer(database, "Łódź Sp. z o.o.")
    merged = add_customer(database, "Acme (old)", merged_into_id=customer)
    with database.session() as session:
        by_name = repo.create_document(
            session, replace(draft(0), customer_id=None, customer_name="łódź sp. z o.o."), NOW
        )
        forwarded = repo.create_document(session, draft(merged), NOW)
        with pytest.raises(ValidationError) as unknown:
            repo.create_document(session, draft(999), NOW)
        with pytest.raises(ValidationError) as nameless:
            repo.create_document(
                session, replace(draft(0), customer_id=None, customer_name="Nobody"), NOW
            )
    assert (by_name.customer_id, forwarded.customer_id) == (polish, customer)
    assert (unknown.value.field, nameless.value.field) == ("customer_id", "customer_name")


def test_sending_keeps_the_customer_as_they_were(database: Database, customer: int) -> None:
    with database.session() as session:
        sent = repo.create_document(session, draft(customer), NOW)
        repo.change_status(session, sent.number, S.SENT, NOW)
        unsent = repo.create_document(session, draft(customer), NOW)
    with database.session() as session:
        record = session.get_one(CustomerRecord, customer)
        record.name, record.billing_city = "Acme Holdings", "Shelbyville"
    with database.read_session() as session:
        kept = queries.get_document(session, sent.number, NOW.date())
        live = queries.get_document(session, unsent.number, NOW.date())
        listed = {
            row.number: row.customer_name for row in queries.list_documents(session, NOW.date())
        }
    assert (kept.customer_name, kept.billing_address.city) == ("Acme Ltd", "Springfield")
    assert (live.customer_name, live.billing_address.city) == ("Acme Holdings", "Shelbyville")
    assert listed == {sent.number: "Acme Ltd", unsent.number: "Acme Holdings"}


def test_a_status_change_by_hand_ends_workflow_management(
    database: Database, customer: int
) -> None:
    with database.session() as session:
        estimate = repo.create_document(
            session, draft(customer, EST), NOW, potential=DEAL, managed_by_workflow=True
        )
        reason = f"estimate {estimate.number} sent: deal 'Acme renewal' moved on"
        auto = repo.change_status(
            session, estimate.number, S.SENT, NOW, by_workflow=True, reason=reason
        )
        assert auto.managed_by_workflow
        manual = repo.change_status(session, estimate.number, S.ACCEPTED, NOW)
        assert not manual.managed_by_workflow
        with pytest.raises(ConflictError, match="changed by hand"):
            repo.change_status(
                session, estimate.number, S.DECLINED, NOW, by_workflow=True, reason="lost"
            )
    events = [(e.action, e.message, e.automatic) for e in manual.events]
    assert events[1:] == [
        ("status:sent", reason, True),
        (
            "status:accepted",
            f"Estimate {estimate.number} changed from sent to accepted by hand.",
            False,
        ),
    ]
    assert manual.potential == DEAL


def test_editing_lines_keeps_workflow_management(database: Database, customer: int) -> None:
    with database.session() as session:
        estimate = repo.create_document(
            session, draft(customer, EST), NOW, potential=DEAL, managed_by_workflow=True
        )
        edited = repo.update_lines(
            session, estimate.number, [line("Acme renewal", "2500.00")], NOW + timedelta(hours=1)
        )
    assert edited.managed_by_workflow
    assert (edited.total, edited.number, edited.events[-1].action) == (
        D("2500.00"),
        estimate.number,
        "edited",
    )


def test_the_potential_record_is_linked_when_it_exists(database: Database, customer: int) -> None:
    with database.session() as session:
        session.add(
            PotentialRecord(
                crm_id=DEAL.crm_id, name=DEAL.name, modified_time=NOW, first_seen_at=NOW
            )
        )
        session.flush()
        created = repo.create_document(
            session, draft(customer), NOW, potential=DEAL, managed_by_workflow=True
        )
        other = repo.create_document(session, draft(customer), NOW)
        assert session.get_one(DocumentRecord, created.id).potential_id is not None
        found = queries.documents_for_potential(session, DEAL.crm_id, NOW.date())
    assert [d.number for d in found] == [created.number]
    assert other.potential is None


def test_void_keeps_its_number_and_cannot_be_edited(database: Database, customer: int) -> None:
    with database.session() as session:
        invoice = repo.create_document(session, draft(customer), NOW)
        voided = repo.change_status(session, invoice.number, S.VOID, NOW)
        with pytest.raises(ConflictError, match="cannot be edited: it is void"):
            repo.update_lines(session, invoice.number, [line("A", "1.00")], NOW)
    assert (voided.number, voided.status, voided.sent_at) == (invoice.number, S.VOID, None)


def test_update_refuses_a_kind_change_and_a_total_below_what_is_paid(
    database: Database, customer: int
) -> None:
    with database.session() as session:
        invoice = repo.create_document(session, draft(customer), NOW)
        repo.record_payment(
            session, invoice.number, PaymentDraft(D("60.00"), date(2026, 11, 2)), NOW
        )
        with pytest.raises(ConflictError, match="kind cannot change"):
            repo.update_document(session, invoice.number, draft(customer, EST), NOW)
        with pytest.raises(ConflictError, match=r"less than the 60\.00 already paid"):
            repo.update_lines(session, invoice.number, [line("A", "50.00")], NOW)
        paid_off = repo.update_lines(session, invoice.number, [line("A", "60.00")], NOW)
    assert (paid_off.status, paid_off.balance) == (S.PAID, D("0.00"))


def test_payments_move_an_invoice_to_partially_paid_then_paid(
    database: Database, customer: int
) -> None:
    with database.session() as session:
        invoice = repo.create_document(session, draft(customer), NOW)
        first = repo.record_payment(
            session, invoice.number, PaymentDraft(D("40.00"), date(2026, 11, 2), "cash"), NOW
        )
        with pytest.raises(ConflictError, match=r"more than the balance of 60\.00"):
            repo.record_payment(
                session, invoice.number, PaymentDraft(D("60.01"), date(2026, 11, 3)), NOW
            )
        with pytest.raises(ValidationError, match="more decimals"):
            repo.record_payment(
                session, invoice.number, PaymentDraft(D("0.001"), date(2026, 11, 3)), NOW
            )
        last = repo.record_payment(
            session,
            invoice.number,
            PaymentDraft(D("60.00"), date(2026, 11, 4), "bank", "TR-9"),
            NOW,
        )
        with pytest.raises(ConflictError, match="it is paid"):
            repo.change_status(session, invoice.number, S.VOID, NOW)
        by_customer = queries.list_payments(session, customer_id=customer)
    assert (first.status, first.paid, first.balance, first.sent_at) == (
        S.PARTIALLY_PAID,
        D("40.00"),
        D("60.00"),
        NOW,
    )
    assert (last.status, last.paid, last.balance) == (S.PAID, D("100.00"), D("0.00"))
    assert [(p.amount, p.mode, p.reference) for p in last.payments] == [
        (D("40.00"), "cash", None),
        (D("60.00"), "bank", "TR-9"),
    ]
    assert [p.document_number for p in by_customer] == [invoice.number] * 2
    assert "sent (a payment was recorded)" in first.events[1].message


def test_convert_copies_the_lines_into_a_new_linked_invoice(
    database: Database, customer: int
) -> None:
    lines = (line("Design", "1200.00", "1", vat("5", "GST")), line("Build", "85.00", "12.5"))
    with database.session() as session:
        estimate = repo.create_document(
            session,
            draft(customer, EST, *lines, discount=Discount(D("10"), True)),
            NOW,
            potential=DEAL,
        )
        with pytest.raises(ConflictError, match="sent or accepted"):
            repo.convert_to_invoice(session, estimate.number, NOW)
        repo.change_status(session, estimate.number, S.ACCEPTED, NOW)
        invoice = repo.convert_to_invoice(session, estimate.number, NOW)
        source = queries.get_document(session, estimate.number, NOW.date())
        with pytest.raises(ConflictError, match="cannot be edited"):
            repo.update_lines(session, estimate.number, [line("A", "1.00")], NOW)
    assert (invoice.kind, invoice.status, invoice.number) == (INV, S.DRAFT, "INV-000001")
    assert [(x.name, x.amount) for x in invoice.line_items] == [
        (x.name, x.amount) for x in source.line_items
    ]
    assert (invoice.total, invoice.discount_total) == (source.total, source.discount_total)
    assert (invoice.converted_from, source.converted_to, source.status) == (
        estimate.number,
        invoice.number,
        S.INVOICED,
    )
    assert invoice.potential == DEAL
    assert invoice.date == NOW.date()


def test_unknown_numbers_are_not_found(database: Database) -> None:
    with database.session() as session, pytest.raises(NotFoundError, match="INV-999999"):
        repo.change_status(session, "INV-999999", S.SENT, NOW)
