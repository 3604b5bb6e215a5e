"""Potential workflows as pure decisions: what a deal's change does to its managed documents."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from enum import StrEnum

from desktop.domain.errors import ValidationError


class StageCategory(StrEnum):
    """Where a deal stands."""

    OPEN = "open"
    WON = "won"
    LOST = "lost"


class Action(StrEnum):
    """What a workflow does to a document."""

    CREATE_ESTIMATE = "create_estimate"
    CREATE_ACCEPTED_ESTIMATE = "create_accepted_estimate"
    ACCEPT_ESTIMATE = "accept_estimate"
    DECLINE_ESTIMATE = "decline_estimate"
    UPDATE_ESTIMATE_AMOUNT = "update_estimate_amount"
    CREATE_INVOICE = "create_invoice"
    VOID_INVOICE = "void_invoice"
    UPDATE_INVOICE_AMOUNT = "update_invoice_amount"


@dataclass(frozen=True, slots=True)
class WorkflowSettings:
    """Which workflows are on, and which stages mean won or lost."""

    estimates: bool = False
    invoices: bool = False
    won_stages: tuple[str, ...] = ("Closed Won",)
    lost_stages: tuple[str, ...] = ("Closed Lost", "Closed Lost to Competition")

    def category(self, stage: str | None) -> StageCategory:
        """Return the stage's category; unknown and empty stages are open."""
        folded = (stage or "").strip().casefold()
        if folded in {s.casefold() for s in self.won_stages}:
            return StageCategory.WON
        if folded in {s.casefold() for s in self.lost_stages}:
            return StageCategory.LOST
        return StageCategory.OPEN


def check_workflow_settings(settings: WorkflowSettings) -> WorkflowSettings:
    """Return the settings with stages trimmed; raise ValidationError for none, or for overlap."""
    won = _stages("Won stages", settings.won_stages)
    lost = _stages("Lost stages", settings.lost_stages)
    if {s.casefold() for s in won} & {s.casefold() for s in lost}:
        raise ValidationError("Stages", "a stage cannot mean both won and lost")
    return WorkflowSettings(settings.estimates, settings.invoices, won, lost)


def _stages(field: str, stages: tuple[str, ...]) -> tuple[str, ...]:
    cleaned = tuple(s.strip() for s in stages if s.strip())
    if not cleaned:
        raise ValidationError(field, "name at least one stage")
    return cleaned


@dataclass(frozen=True, slots=True)
class ManagedDocument:
    """A document a workflow made for this potential and still manages."""

    status: str
    amount: Decimal


@dataclass(frozen=True, slots=True)
class DealState:
    """A potential's change as the workflows see it."""

    is_new: bool
    previous: StageCategory | None
    current: StageCategory
    amount: Decimal
    has_estimate: bool  # any estimate made by the workflow, managed or not
    has_invoice: bool
    managed_estimate: ManagedDocument | None
    managed_invoice: ManagedDocument | None


def decide(settings: WorkflowSettings, deal: DealState) -> list[Action]:
    """Return the actions, in order, for one deal's change (nothing for untouched documents)."""
    actions: list[Action] = []
    if settings.estimates:
        actions += _estimate_actions(deal)
    if settings.invoices:
        actions += _invoice_actions(deal)
    return actions


def _became(deal: DealState, category: StageCategory) -> bool:
    return deal.current is category and (deal.is_new or deal.previous is not category)


def _estimate_actions(deal: DealState) -> list[Action]:
    estimate = deal.managed_estimate
    if not deal.has_estimate:
        if deal.current is StageCategory.OPEN:
            return [Action.CREATE_ESTIMATE]
        if deal.current is StageCategory.WON:
            return [Action.CREATE_ACCEPTED_ESTIMATE]  # first seen already won
        return []  # first seen already lost: an estimate only to decline it helps nobody
    if estimate is None:
        return []  # the user took it over
    if _became(deal, StageCategory.WON) and estimate.status in {"draft", "sent"}:
        return [Action.ACCEPT_ESTIMATE]
    if _became(deal, StageCategory.LOST) and estimate.status in {"draft", "sent", "accepted"}:
        return [Action.DECLINE_ESTIMATE]
    if estimate.status == "draft" and estimate.amount != deal.amount:
        return [Action.UPDATE_ESTIMATE_AMOUNT]
    return []


def _invoice_actions(deal: DealState) -> list[Action]:
    invoice = deal.managed_invoice
    if _became(deal, StageCategory.WON) and not deal.has_invoice:
        return [Action.CREATE_INVOICE]
    if invoice is None:
        return []
    if _became(deal, StageCategory.LOST) and invoice.status in {"draft", "sent", "overdue"}:
        return [Action.VOID_INVOICE]
    if (
        deal.current is StageCategory.WON
        and invoice.status == "draft"
        and invoice.amount != deal.amount
    ):
        return [Action.UPDATE_INVOICE_AMOUNT]
    return []
