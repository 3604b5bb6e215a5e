"""Potential use cases: list deals with their documents, and the workflow settings."""

from __future__ import annotations

import builtins

from desktop.domain.errors import ValidationError
from desktop.domain.potentials import Potential
from desktop.domain.settings import ESTIMATE_WORKFLOW, INVOICE_WORKFLOW, LOST_STAGES, WON_STAGES
from desktop.domain.workflows import WorkflowSettings
from desktop.persistence.database import Database
from desktop.persistence.queries.potentials import list_potentials
from desktop.persistence.settings_store import get_setting, set_setting


class PotentialsController:
    """Reads potentials and reads/writes the workflow settings."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def list(self, customer_id: int | None = None) -> builtins.list[Potential]:
        """Return the potentials (of one customer, or all) with their document numbers."""
        with self._database.read_session() as session:
            return list_potentials(session, customer_id)

    def workflow_settings(self) -> WorkflowSettings:
        """Return which workflows are on and the stage mapping."""
        with self._database.read_session() as session:
            won: builtins.list[str] = get_setting(session, WON_STAGES)
            lost: builtins.list[str] = get_setting(session, LOST_STAGES)
            return WorkflowSettings(
                estimates=get_setting(session, ESTIMATE_WORKFLOW),
                invoices=get_setting(session, INVOICE_WORKFLOW),
                won_stages=tuple(won),
                lost_stages=tuple(lost),
            )

    def set_workflows(
        self,
        estimates: bool | None = None,
        invoices: bool | None = None,
        won_stages: builtins.list[str] | None = None,
        lost_stages: builtins.list[str] | None = None,
    ) -> WorkflowSettings:
        """Change the given workflow settings (None leaves one as is) and return them all."""
        won = _stages("Won stages", won_stages)
        lost = _stages("Lost stages", lost_stages)
        if (
            won is not None
            and lost is not None
            and {s.casefold() for s in won} & {s.casefold() for s in lost}
        ):
            raise ValidationError("Stages", "a stage cannot mean both won and lost")
        with self._database.session() as session:
            if estimates is not None:
                set_setting(session, ESTIMATE_WORKFLOW, estimates)
            if invoices is not None:
                set_setting(session, INVOICE_WORKFLOW, invoices)
            if won is not None:
                set_setting(session, WON_STAGES, won)
            if lost is not None:
                set_setting(session, LOST_STAGES, lost)
        return self.workflow_settings()


def _stages(field: str, stages: builtins.list[str] | None) -> builtins.list[str] | None:
    if stages is None:
        return None
    cleaned = [s.strip() for s in stages if s.strip()]
    if not cleaned:
        raise ValidationError(field, "name at least one stage")
    return cleaned
