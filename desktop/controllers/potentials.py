"""Potential use cases: list deals with their documents, and the workflow settings."""

from __future__ import annotations

import builtins

from desktop.domain.potentials import Potential
from desktop.domain.workflows import WorkflowSettings, check_workflow_settings
from desktop.persistence import settings_store
from desktop.persistence.database import Database
from desktop.persistence.queries.potentials import list_potentials


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
            return settings_store.workflow_settings(session)

    def set_workflows(
        self,
        estimates: bool | None = None,
        invoices: bool | None = None,
        won_stages: builtins.list[str] | None = None,
        lost_stages: builtins.list[str] | None = None,
    ) -> WorkflowSettings:
        """Change the given workflow settings (None leaves one as is) and return them all."""
        with self._database.session() as session:
            current = settings_store.workflow_settings(session)
            changed = check_workflow_settings(
                WorkflowSettings(
                    current.estimates if estimates is None else estimates,
                    current.invoices if invoices is None else invoices,
                    current.won_stages if won_stages is None else tuple(won_stages),
                    current.lost_stages if lost_stages is None else tuple(lost_stages),
                )
            )
            settings_store.save_workflow_settings(session, changed)
        return changed
