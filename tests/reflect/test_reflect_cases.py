"""Void, deleted drafts, merges, deleted CRM records, missing scopes, failing and lost replies."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta

from desktop.controllers.documents import DocumentsController
from desktop.controllers.reflect import ReflectController
from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.documents import Document
from desktop.domain.lifecycle import DocumentKind, DocumentStatus
from desktop.domain.reflect import OutboxState, ReflectAction
from desktop.persistence.records import DocumentRecord
from tests.document_helpers import draft, line
from tests.reflect.conftest import customer_id, synced

FAR = date(2099, 1, 31)


def _invoice(services: Services, customer: str, rate: str = "100.00") -> Document:
    return services.documents.create(
        draft(
            customer_id(services, customer), DocumentKind.INVOICE, line("Work", rate), due_date=FAR
        )
    )


def test_a_void_invoice_says_so_and_a_deleted_draft_loses_its_note(
    connected: Services, sandbox: SandboxCrm
) -> None:
    acme = sandbox.add_account(Account_Name="Acme")
    synced(connected)
    issued, scratch = _invoice(connected, "Acme"), _invoice(connected, "Acme", "5.00")
    connected.documents.set_status(issued.number, DocumentStatus.SENT)
    synced(connected)
    assert len(sandbox.notes_of("Accounts", acme)) == 2

    connected.documents.set_status(issued.number, DocumentStatus.VOID)
    with connected.database.session() as session:  # deleting a draft, as the editor will
        session.delete(session.get_one(DocumentRecord, scratch.id))
    actions = {i.document: i.action for i in connected.reflect.outbox((OutboxState.PENDING,))}
    assert actions == {issued.number: ReflectAction.UPSERT, scratch.number: ReflectAction.DELETE}
    assert synced(connected).reflected == 2
    [note] = sandbox.notes_of("Accounts", acme)
    assert note["title"].endswith("· void")
    assert note["content"].startswith("VOID: this invoice was voided")
    assert [a["file_name"] for a in sandbox.attachments_of("Accounts", acme)] == [
        f"{issued.number}.pdf"
    ]


def test_a_merged_customers_documents_move_to_the_target_records(
    connected: Services, sandbox: SandboxCrm
) -> None:
    keep = sandbox.add_account(Account_Name="Acme")
    duplicate = sandbox.add_account(Account_Name="Acme (old)")
    synced(connected)
    invoice = _invoice(connected, "Acme (old)")
    connected.documents.set_status(invoice.number, DocumentStatus.SENT)
    synced(connected)
    assert len(sandbox.notes_of("Accounts", duplicate)) == 1
    assert len(sandbox.attachments_of("Accounts", duplicate)) == 1

    connected.customers.merge(customer_id(connected, "Acme (old)"), customer_id(connected, "Acme"))
    synced(connected)
    assert sandbox.notes_of("Accounts", duplicate) == []
    assert sandbox.attachments_of("Accounts", duplicate) == []
    [note] = sandbox.notes_of("Accounts", keep)
    assert note["title"].startswith(f"Invoice {invoice.number}")
    assert len(sandbox.attachments_of("Accounts", keep)) == 1


def test_a_record_deleted_in_the_crm_drops_its_items_with_a_reason(
    connected: Services, sandbox: SandboxCrm
) -> None:
    acme = sandbox.add_account(Account_Name="Acme")
    sandbox.add_account(Account_Name="Beta")
    synced(connected)
    gone, kept = _invoice(connected, "Acme"), _invoice(connected, "Beta")
    sandbox.delete("Accounts", acme)
    report = synced(connected)
    assert report.reflected == 1
    assert any(f"account {acme} no longer exists" in p for p in report.reflect_problems)
    states = {i.document: (i.state, i.error) for i in connected.reflect.outbox()}
    assert states[kept.number] == (OutboxState.DONE, None)
    assert states[gone.number][0] is OutboxState.FAILED
    [skip] = connected.sync.skipped(report.run_id)
    assert (skip.module, skip.crm_id) == ("Accounts", acme)
    assert gone.number in skip.reason
    assert "deleted in Zoho CRM" in skip.reason


def test_a_key_without_the_scopes_leaves_the_queue_waiting(
    connected: Services, sandbox: SandboxCrm
) -> None:
    acme = sandbox.add_account(Account_Name="Acme")
    synced(connected)
    invoice = _invoice(connected, "Acme")
    sandbox.withhold_note_scopes()
    report = synced(connected)
    assert report.reflected == 0
    [problem] = report.reflect_problems
    assert "ZohoCRM.modules.notes.ALL" in problem
    assert "wait" in problem
    [item] = connected.reflect.outbox()
    assert (item.document, item.state) == (invoice.number, OutboxState.PENDING)
    sandbox.withhold_note_scopes(False)
    assert synced(connected).reflected == 1
    assert len(sandbox.notes_of("Accounts", acme)) == 1


def test_failures_and_a_lost_reply_during_a_push_leave_exactly_one_note(
    connected: Services, sandbox: SandboxCrm
) -> None:
    acme = sandbox.add_account(Account_Name="Acme")
    synced(connected)
    invoice = _invoice(connected, "Acme")
    connected.documents.set_status(invoice.number, DocumentStatus.SENT)
    waits: list[float] = []
    pusher = ReflectController(connected.database, connected.documents, sleep=waits.append)
    with connected.connection.open_client() as client:
        client.current_user()  # the access token first: the faults hit the push
        sandbox.inject_fault("disconnect", count=1)  # the note is made, its reply lost
        sandbox.inject_fault("500", count=2)
        sandbox.inject_fault("429", count=2, retry_after=0)
        report = pusher.push(client)
    assert (report.reflected, report.failures) == (1, ())
    assert waits  # the lost create was retried after a pause, found by its marker
    assert len(sandbox.notes_of("Accounts", acme)) == 1
    assert len(sandbox.attachments_of("Accounts", acme)) == 1


def test_a_crm_that_stays_down_keeps_the_items_in_order_for_the_next_sync(
    connected: Services, sandbox: SandboxCrm
) -> None:
    sandbox.add_account(Account_Name="Acme")
    synced(connected)
    first, second = _invoice(connected, "Acme"), _invoice(connected, "Acme")
    pusher = ReflectController(connected.database, connected.documents, sleep=lambda _: None)
    with connected.connection.open_client() as client:
        client.current_user()
        sandbox.inject_fault("500", count=40)
        report = pusher.push(client)
    assert report.reflected == 0
    assert len(report.failures) == 1  # the first item failed; the second was not tried
    pending = connected.reflect.outbox((OutboxState.PENDING,))
    assert [i.document for i in pending] == [first.number, second.number]
    assert pending[0].error is not None
    assert pending[0].attempts == 1
    sandbox.clear_faults()
    assert synced(connected).reflected == 2


def test_switched_off_nothing_is_queued_and_switching_on_queues_every_document(
    connected: Services, sandbox: SandboxCrm
) -> None:
    sandbox.add_account(Account_Name="Acme")
    synced(connected)
    connected.reflect.set_enabled(False)
    invoice = _invoice(connected, "Acme")
    assert connected.reflect.outbox() == []
    assert synced(connected).reflected == 0
    connected.reflect.set_enabled(True)
    assert [i.document for i in connected.reflect.outbox()] == [invoice.number]


def test_what_reached_the_crm_is_forgotten_after_90_days(
    connected: Services, sandbox: SandboxCrm
) -> None:
    sandbox.add_account(Account_Name="Acme")
    synced(connected)
    _invoice(connected, "Acme")
    synced(connected)
    assert [i.state for i in connected.reflect.outbox()] == [OutboxState.DONE]
    later = ReflectController(
        connected.database,
        connected.documents,
        clock=lambda: datetime.now(UTC) + timedelta(days=91),
    )
    with connected.connection.open_client() as client:
        assert later.push(client).reflected == 0
    assert connected.reflect.outbox() == []


def test_an_invoice_that_falls_overdue_updates_its_note_without_a_change(
    connected: Services, sandbox: SandboxCrm
) -> None:
    acme = sandbox.add_account(Account_Name="Acme")
    synced(connected)
    soon = datetime.now().astimezone().date() + timedelta(days=1)
    invoice = connected.documents.create(
        draft(customer_id(connected, "Acme"), DocumentKind.INVOICE, due_date=soon)
    )
    connected.documents.set_status(invoice.number, DocumentStatus.SENT)
    synced(connected)
    assert sandbox.notes_of("Accounts", acme)[0]["title"].endswith("· sent")
    assert synced(connected).reflected == 0  # the calendar has not moved yet

    def later() -> datetime:
        return datetime.now().astimezone() + timedelta(days=3)

    documents = DocumentsController(connected.database, clock=later)
    pusher = ReflectController(connected.database, documents, clock=later)
    with connected.connection.open_client() as client:
        assert pusher.push(client).reflected == 1
        assert pusher.push(client).reflected == 0  # once
    assert sandbox.notes_of("Accounts", acme)[0]["title"].endswith("· overdue")
