"""Documents reach their CRM records as one note each (and their PDF once issued), over real HTTP."""

from __future__ import annotations

from datetime import date

from desktop.controllers.services import Services
from desktop.crm.notes import CrmNotes
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.lifecycle import DocumentKind, DocumentStatus
from desktop.domain.reflect import OutboxState, ReflectAction
from tests.document_helpers import draft, line
from tests.reflect.conftest import customer_id, synced

FAR = date(2099, 1, 31)  # never overdue while the tests run


def test_an_invoice_becomes_one_note_kept_current_with_its_pdf(
    connected: Services, sandbox: SandboxCrm
) -> None:
    acme = sandbox.add_account(Account_Name="Acme")
    synced(connected)
    invoice = connected.documents.create(
        draft(
            customer_id(connected, "Acme"),
            DocumentKind.INVOICE,
            line("Widget", "617.28", "2"),
            due_date=FAR,
        )
    )
    [item] = connected.reflect.outbox()
    assert (item.document, item.crm_module, item.crm_id) == (invoice.number, "Accounts", acme)
    assert (item.action, item.state) == (ReflectAction.UPSERT, OutboxState.PENDING)

    report = synced(connected)
    assert report.reflected == 1
    [note] = sandbox.notes_of("Accounts", acme)
    assert note["title"] == f"Invoice {invoice.number} · USD 1,234.56 · draft"
    assert "Widget × 2" in note["content"]
    assert f"invoicedesk://document?id={invoice.id}" in note["content"]
    assert sandbox.attachments_of("Accounts", acme) == []  # a draft has no PDF in the CRM

    connected.documents.set_status(invoice.number, DocumentStatus.SENT)
    connected.documents.pay(invoice.number, "200.00")
    assert len(connected.reflect.outbox((OutboxState.PENDING,))) == 1  # coalesced
    assert synced(connected).reflected == 1
    [note] = sandbox.notes_of("Accounts", acme)
    assert note["title"] == f"Invoice {invoice.number} · USD 1,234.56 · partially paid"
    assert "Balance: USD 1,034.56" in note["content"]
    [pdf] = sandbox.attachments_of("Accounts", acme)
    assert pdf["file_name"] == f"{invoice.number}.pdf"
    with connected.connection.open_client() as client:
        content = CrmNotes(client).download_attachment("Accounts", acme, pdf["id"])
    assert content == connected.documents.render_pdf(invoice.number)

    connected.documents.pay(invoice.number, "1034.56")
    synced(connected)
    [note] = sandbox.notes_of("Accounts", acme)
    assert note["title"].endswith("· paid")
    [new_pdf] = sandbox.attachments_of("Accounts", acme)  # replaced, not added
    assert new_pdf["id"] != pdf["id"]

    sandbox.reset_counts()
    assert synced(connected).reflected == 0  # nothing changed: nothing sent
    assert sandbox.request_counts().get("notes", 0) == 0


def test_a_potentials_document_is_also_on_the_deal(
    connected: Services, sandbox: SandboxCrm
) -> None:
    acme = sandbox.add_account(Account_Name="Acme")
    synced(connected)
    connected.potentials.set_workflows(estimates=True)
    deal = sandbox.add_deal(Deal_Name="Big deal", Stage="Qualification", Amount="500",
                            Account_Name=acme)  # fmt: skip
    report = synced(connected)
    assert report.reflected == 2
    [on_account] = sandbox.notes_of("Accounts", acme)
    [on_deal] = sandbox.notes_of("Deals", deal)
    assert on_account["title"] == on_deal["title"]
    assert on_deal["title"].startswith("Estimate EST-")
    assert "Potential: Big deal" in on_deal["content"]
