"""Workflow decisions: what a deal's change does to the documents a workflow manages."""

from __future__ import annotations

from decimal import Decimal

import pytest

from desktop.domain.workflows import (
    Action,
    DealState,
    ManagedDocument,
    StageCategory,
    WorkflowSettings,
    decide,
)

BOTH = WorkflowSettings(estimates=True, invoices=True)
OPEN, WON, LOST = StageCategory.OPEN, StageCategory.WON, StageCategory.LOST


def state(
    current: StageCategory,
    previous: StageCategory | None = None,
    *,
    is_new: bool = False,
    estimate: str | None = None,
    invoice: str | None = None,
    amount: str = "100",
    managed: bool = True,
    doc_amount: str = "100",
) -> DealState:
    return DealState(
        is_new=is_new, previous=previous, current=current, amount=Decimal(amount),
        has_estimate=estimate is not None, has_invoice=invoice is not None,
        managed_estimate=ManagedDocument(estimate, Decimal(doc_amount)) if estimate and managed else None,
        managed_invoice=ManagedDocument(invoice, Decimal(doc_amount)) if invoice and managed else None,
    )  # fmt: skip


@pytest.mark.parametrize(
    ("deal", "expected"),
    [
        (state(OPEN, is_new=True), [Action.CREATE_ESTIMATE]),
        (state(WON, is_new=True), [Action.CREATE_ACCEPTED_ESTIMATE, Action.CREATE_INVOICE]),
        (state(LOST, is_new=True), []),
        (state(WON, OPEN, estimate="draft"), [Action.ACCEPT_ESTIMATE, Action.CREATE_INVOICE]),
        (state(LOST, OPEN, estimate="sent"), [Action.DECLINE_ESTIMATE]),
        (
            state(LOST, WON, estimate="accepted", invoice="draft"),
            [Action.DECLINE_ESTIMATE, Action.VOID_INVOICE],
        ),
        (state(OPEN, WON, estimate="accepted", invoice="sent"), []),  # moved back: nothing undone
        (state(WON, OPEN, estimate="accepted", invoice="sent"), []),  # won again: no second invoice
        (state(OPEN, OPEN, estimate="draft", amount="250"), [Action.UPDATE_ESTIMATE_AMOUNT]),
        (state(OPEN, OPEN, estimate="sent", amount="250"), []),
        (state(LOST, WON, estimate="accepted", invoice="paid"), [Action.DECLINE_ESTIMATE]),
    ],
)
def test_both_workflows(deal: DealState, expected: list[Action]) -> None:
    assert decide(BOTH, deal) == expected


def test_documents_the_user_took_over_are_never_touched() -> None:
    deal = state(LOST, WON, estimate="accepted", invoice="sent", managed=False)
    assert decide(BOTH, deal) == []


def test_each_workflow_alone_and_none() -> None:
    won = state(WON, OPEN, estimate="draft")
    assert decide(WorkflowSettings(estimates=True), won) == [Action.ACCEPT_ESTIMATE]
    assert decide(WorkflowSettings(invoices=True), won) == [Action.CREATE_INVOICE]
    assert decide(WorkflowSettings(), won) == []


def test_stage_mapping_is_a_setting() -> None:
    custom = WorkflowSettings(estimates=True, won_stages=("Signed",), lost_stages=("Dead",))
    assert custom.category("signed") is WON
    assert custom.category("Closed Won") is OPEN
    assert custom.category("Dead") is LOST
    assert BOTH.category("Closed Lost to Competition") is LOST
