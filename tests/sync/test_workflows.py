"""Potential workflows end to end: deals change in the sandbox CRM, syncs move the documents."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.documents import DocumentSummary
from desktop.domain.lifecycle import DocumentKind, DocumentStatus
from desktop.domain.sync import SyncStatus, SyncTrigger


def sync(services: Services) -> None:
    report = services.sync.run(SyncTrigger.MANUAL)
    assert report.status is SyncStatus.SUCCEEDED, report.error


def documents(services: Services, deal_id: str) -> dict[DocumentKind, DocumentSummary]:
    found = services.documents.list(potential_crm_id=deal_id)
    assert len({d.kind for d in found}) == len(found), "one document of each kind per deal"
    return {d.kind: d for d in found}


def statuses(services: Services, deal_id: str) -> dict[str, str]:
    return {kind.value: d.status.value for kind, d in documents(services, deal_id).items()}


@pytest.fixture
def account(connected: Services, sandbox: SandboxCrm) -> str:
    crm_id = sandbox.add_account(Account_Name="Acme")
    sync(connected)
    return crm_id


@pytest.mark.parametrize(
    ("estimates", "invoices", "after_create", "after_won"),
    [
        (True, False, {"estimate": "draft"}, {"estimate": "accepted"}),
        (False, True, {}, {"invoice": "draft"}),
        (True, True, {"estimate": "draft"}, {"estimate": "accepted", "invoice": "draft"}),
    ],
)
def test_created_then_won(
    connected: Services, sandbox: SandboxCrm, account: str, estimates: bool, invoices: bool,
    after_create: dict[str, str], after_won: dict[str, str],
) -> None:  # fmt: skip
    connected.potentials.set_workflows(estimates=estimates, invoices=invoices)
    deal = sandbox.add_deal(Deal_Name="Acme renewal", Stage="Qualification", Amount=1200.5,
                            Account_Name=account)  # fmt: skip
    sync(connected)
    assert statuses(connected, deal) == after_create
    sandbox.update("Deals", deal, Stage="Closed Won")
    sync(connected)
    assert statuses(connected, deal) == after_won
    for document in documents(connected, deal).values():
        full = connected.documents.get(document.number)
        assert full.total == Decimal("1200.50")
        assert full.managed_by_workflow
        assert full.potential is not None
        assert full.potential.crm_id == deal


@pytest.mark.parametrize(
    ("estimates", "invoices", "after_lost"),
    [
        (True, False, {"estimate": "declined"}),
        (False, True, {}),
        (True, True, {"estimate": "declined"}),
    ],
)
def test_created_then_lost(
    connected: Services, sandbox: SandboxCrm, account: str, estimates: bool, invoices: bool,
    after_lost: dict[str, str],
) -> None:  # fmt: skip
    connected.potentials.set_workflows(estimates=estimates, invoices=invoices)
    deal = sandbox.add_deal(
        Deal_Name="Lost cause", Stage="Needs Analysis", Amount=10, Account_Name=account
    )
    sync(connected)
    sandbox.update("Deals", deal, Stage="Closed Lost to Competition")
    sync(connected)
    assert statuses(connected, deal) == after_lost


def test_won_then_lost_voids_the_invoice_and_declines_the_estimate(
    connected: Services, sandbox: SandboxCrm, account: str
) -> None:
    connected.potentials.set_workflows(estimates=True, invoices=True)
    deal = sandbox.add_deal(
        Deal_Name="Flip", Stage="Qualification", Amount=50, Account_Name=account
    )
    sync(connected)
    sandbox.update("Deals", deal, Stage="Closed Won")
    sync(connected)
    sandbox.update("Deals", deal, Stage="Closed Lost")
    sync(connected)
    assert statuses(connected, deal) == {"estimate": "declined", "invoice": "void"}
    invoice = documents(connected, deal)[DocumentKind.INVOICE]
    history = connected.documents.history(invoice.number)
    assert history[-1].automatic
    assert history[-1].message.startswith(
        f"invoice {invoice.number} void: deal ‘Flip’ moved to Closed Lost at "
    )


def test_a_manual_status_change_ends_the_workflow_for_that_document(
    connected: Services, sandbox: SandboxCrm, account: str
) -> None:
    connected.potentials.set_workflows(estimates=True, invoices=True)
    deal = sandbox.add_deal(
        Deal_Name="Hands on", Stage="Qualification", Amount=75, Account_Name=account
    )
    sync(connected)
    sandbox.update("Deals", deal, Stage="Closed Won")
    sync(connected)
    invoice = documents(connected, deal)[DocumentKind.INVOICE]
    connected.documents.set_status(invoice.number, DocumentStatus.SENT)  # by hand
    assert not connected.documents.get(invoice.number).managed_by_workflow
    sandbox.update("Deals", deal, Stage="Closed Lost")
    sync(connected)
    assert statuses(connected, deal) == {"estimate": "declined", "invoice": "sent"}


def test_editing_lines_keeps_the_workflow_and_the_amount_follows_the_deal(
    connected: Services, sandbox: SandboxCrm, account: str
) -> None:
    connected.potentials.set_workflows(estimates=True)
    deal = sandbox.add_deal(
        Deal_Name="Grow", Stage="Qualification", Amount=100, Account_Name=account
    )
    sync(connected)
    estimate = documents(connected, deal)[DocumentKind.ESTIMATE]
    sandbox.update("Deals", deal, Amount=250)
    sync(connected)
    updated = connected.documents.get(estimate.number)
    assert updated.total == Decimal("250.00")
    assert updated.managed_by_workflow
    assert updated.status is DocumentStatus.DRAFT


def test_first_seen_won_or_lost_and_moving_back_to_open(
    connected: Services, sandbox: SandboxCrm, account: str
) -> None:
    connected.potentials.set_workflows(estimates=True, invoices=True)
    won = sandbox.add_deal(
        Deal_Name="Done deal", Stage="Closed Won", Amount=5, Account_Name=account
    )
    lost = sandbox.add_deal(Deal_Name="Never", Stage="Closed Lost", Amount=5, Account_Name=account)
    sync(connected)
    assert statuses(connected, won) == {"estimate": "accepted", "invoice": "draft"}
    assert statuses(connected, lost) == {}
    sandbox.update("Deals", won, Stage="Negotiation/Review")
    sync(connected)
    assert statuses(connected, won) == {"estimate": "accepted", "invoice": "draft"}, (
        "nothing undone"
    )
    sandbox.update("Deals", won, Stage="Closed Won")
    sync(connected)
    assert len(connected.documents.list(potential_crm_id=won)) == 2, "no second invoice"


def test_the_stage_mapping_is_a_setting(
    connected: Services, sandbox: SandboxCrm, account: str
) -> None:
    connected.potentials.set_workflows(invoices=True, won_stages=["Signed"], lost_stages=["Dead"])
    deal = sandbox.add_deal(Deal_Name="Custom", Stage="Proposal", Amount=9, Account_Name=account)
    sync(connected)
    sandbox.update("Deals", deal, Stage="Closed Won")
    sync(connected)
    assert statuses(connected, deal) == {}, "Closed Won means nothing in this pipeline"
    sandbox.update("Deals", deal, Stage="Signed")
    sync(connected)
    assert statuses(connected, deal) == {"invoice": "draft"}
    sandbox.update("Deals", deal, Stage="Dead")
    sync(connected)
    assert statuses(connected, deal) == {"invoice": "void"}


def test_deals_without_customer_are_skipped_and_deleted_deals_keep_their_documents(
    connected: Services, sandbox: SandboxCrm, account: str
) -> None:
    connected.potentials.set_workflows(estimates=True)
    orphan = sandbox.add_deal(Deal_Name="Orphan", Stage="Qualification", Amount=1)
    deal = sandbox.add_deal(
        Deal_Name="Kept docs", Stage="Qualification", Amount=1, Account_Name=account
    )
    report = connected.sync.run(SyncTrigger.MANUAL)
    reasons = {s.crm_id: s.reason for s in connected.sync.skipped(report.run_id)}
    assert "neither an account nor a contact" in reasons[orphan]
    listed = {p.crm_id: p for p in connected.potentials.list()}
    assert set(listed) == {deal}
    assert listed[deal].documents == (documents(connected, deal)[DocumentKind.ESTIMATE].number,)
    sandbox.delete("Deals", deal)
    sync(connected)
    assert connected.potentials.list() == []
    kept = connected.documents.list(kind=DocumentKind.ESTIMATE)
    assert [d.potential.name if d.potential else None for d in kept] == ["Kept docs"]


def test_workflows_are_off_by_default(
    connected: Services, sandbox: SandboxCrm, account: str
) -> None:
    deal = sandbox.add_deal(Deal_Name="Quiet", Stage="Closed Won", Amount=1, Account_Name=account)
    sync(connected)
    assert statuses(connected, deal) == {}
    assert [p.crm_id for p in connected.potentials.list()] == [deal]
