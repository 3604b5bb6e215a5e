"""Potential workflows: turn deal changes into estimates and invoices, each with its reason."""

from __future__ import annotations

import logging
from dataclasses import replace
from datetime import datetime
from decimal import Decimal

from desktop.domain.documents import Document, DocumentDraft, LineDraft, PotentialLink
from desktop.domain.errors import ConflictError, ValidationError
from desktop.domain.lifecycle import DocumentKind, DocumentStatus
from desktop.domain.money import ZERO
from desktop.domain.workflows import (
    Action,
    DealState,
    ManagedDocument,
    WorkflowSettings,
    decide,
)
from desktop.persistence.database import Session
from desktop.persistence.documents_repository import (
    change_status,
    create_document,
    documents_for_potential,
    update_lines,
)
from desktop.persistence.sync.changes import PageChanges
from desktop.persistence.sync.deals import DealChange

log = logging.getLogger(__name__)

_TARGET_STATUS = {
    Action.ACCEPT_ESTIMATE: DocumentStatus.ACCEPTED,
    Action.DECLINE_ESTIMATE: DocumentStatus.DECLINED,
    Action.VOID_INVOICE: DocumentStatus.VOID,
}


class PotentialWorkflows:
    """Applies the switched-on workflows to each page of deals, inside the page's transaction."""

    def __init__(self, settings: WorkflowSettings) -> None:
        self._settings = settings

    def apply(self, session: Session, deals: list[DealChange], now: datetime) -> PageChanges:
        """Run the workflows for the deals of one page; refusals are logged as skipped records."""
        changes = PageChanges()
        if not (self._settings.estimates or self._settings.invoices):
            return changes
        for change in deals:
            if change.customer_id is None:
                changes.skip(
                    change.deal.crm_id, "workflows skipped: the deal's customer is not imported"
                )
                continue
            try:
                self._apply_one(session, change, now)
            except (ConflictError, ValidationError) as exc:
                changes.skip(change.deal.crm_id, f"workflow not applied: {exc}")
        return changes

    def _apply_one(self, session: Session, change: DealChange, now: datetime) -> None:
        documents = documents_for_potential(session, change.deal.crm_id, now.date())
        actions = decide(self._settings, self._state(change, documents))
        for action in actions:
            self._perform(session, action, change, documents, now)

    def _state(self, change: DealChange, documents: list[Document]) -> DealState:
        settings, deal = self._settings, change.deal
        estimates = [d for d in documents if d.kind is DocumentKind.ESTIMATE]
        invoices = [
            d
            for d in documents
            if d.kind is DocumentKind.INVOICE and d.status is not DocumentStatus.VOID
        ]
        return DealState(
            is_new=change.is_new,
            previous=None if change.is_new else settings.category(change.previous_stage),
            current=settings.category(deal.stage),
            amount=deal.amount or ZERO,
            has_estimate=bool(estimates),
            has_invoice=bool(invoices),
            managed_estimate=_managed(estimates),
            managed_invoice=_managed(invoices),
        )

    def _perform(
        self, session: Session, action: Action, change: DealChange, documents: list[Document],
        now: datetime,
    ) -> None:  # fmt: skip
        if action in _CREATES:
            documents.append(self._create(session, action, change, now))
            return
        target = _managed_document(documents, action)
        if target is None:
            return
        if action in (Action.UPDATE_ESTIMATE_AMOUNT, Action.UPDATE_INVOICE_AMOUNT):
            # Only the deal's own line follows the amount; lines the user added stay.
            lines = [line.to_draft() for line in target.line_items]
            lines[0] = replace(lines[0], rate=change.deal.amount or ZERO)
            update_lines(session, target.id, lines, now)
            return
        status = _TARGET_STATUS[action]
        reason = f"{target.kind.value} {target.number} {status.value}: {_moved(change)}"
        change_status(session, target.id, status, now, by_workflow=True, reason=reason)

    def _create(
        self, session: Session, action: Action, change: DealChange, now: datetime
    ) -> Document:
        deal = change.deal
        kind = DocumentKind.INVOICE if action is Action.CREATE_INVOICE else DocumentKind.ESTIMATE
        happened = "was won" if action is Action.CREATE_INVOICE else "was created"
        draft = DocumentDraft(
            kind=kind, date=now.date(), line_items=(_deal_line(change),), customer_id=change.customer_id,
        )  # fmt: skip
        document = create_document(
            session, draft, now, potential=PotentialLink(deal.crm_id, deal.name or deal.crm_id),
            managed_by_workflow=True,
            reason=lambda label: f"{label.lower()} created: deal ‘{deal.name}’ {happened} at {_when(change)}",
        )  # fmt: skip
        if action is not Action.CREATE_ACCEPTED_ESTIMATE:
            return document
        reason = f"estimate {document.number} accepted: {_moved(change)} (already, when first seen)"
        return change_status(
            session, document.id, DocumentStatus.ACCEPTED, now, by_workflow=True, reason=reason
        )


_CREATES = (Action.CREATE_ESTIMATE, Action.CREATE_ACCEPTED_ESTIMATE, Action.CREATE_INVOICE)


def _when(change: DealChange) -> str:
    return f"{change.deal.modified_time:%Y-%m-%d %H:%M}"


def _moved(change: DealChange) -> str:
    return f"deal ‘{change.deal.name}’ moved to {change.deal.stage} at {_when(change)}"


def _deal_line(change: DealChange) -> LineDraft:
    deal = change.deal
    return LineDraft(name=deal.name or deal.crm_id, quantity=Decimal(1), rate=deal.amount or ZERO)


def _managed(documents: list[Document]) -> ManagedDocument | None:
    managed = [d for d in documents if d.managed_by_workflow]
    if not managed:
        return None
    newest = managed[-1]
    deal_line_rate = newest.line_items[0].rate if newest.line_items else ZERO
    return ManagedDocument(status=newest.status.value, amount=deal_line_rate)


def _managed_document(documents: list[Document], action: Action) -> Document | None:
    kind = DocumentKind.ESTIMATE if "estimate" in action.value else DocumentKind.INVOICE
    managed = [
        d for d in documents
        if d.kind is kind and d.managed_by_workflow and d.status is not DocumentStatus.VOID
    ]  # fmt: skip
    return managed[-1] if managed else None
