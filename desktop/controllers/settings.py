"""Settings use cases: read every setting at once and save a whole change in one transaction."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from desktop.controllers.connection import ConnectionController, ConnectionInfo
from desktop.domain.catalogue import TaxRate
from desktop.domain.documents import DocumentKind, NumberSeries
from desktop.domain.errors import ValidationError
from desktop.domain.language import LANGUAGES, SYSTEM_LANGUAGE, check_ui_language
from desktop.domain.organization import OrganizationProfile, check_currency_code
from desktop.domain.settings import CRM_REFLECT, UI_LANGUAGE
from desktop.domain.workflows import WorkflowSettings, check_workflow_settings
from desktop.persistence import documents_repository, reflect_outbox, settings_store
from desktop.persistence.catalogue import list_taxes, set_default_tax
from desktop.persistence.database import Database
from desktop.persistence.settings_store import get_setting, set_setting


@dataclass(frozen=True, slots=True)
class SettingsSnapshot:
    """Everything the Settings dialog shows, read in one call."""

    organization: OrganizationProfile
    workflows: WorkflowSettings
    connection: ConnectionInfo | None
    series: tuple[NumberSeries, ...] = ()
    taxes: tuple[TaxRate, ...] = ()
    reflect: bool = True  # documents shown as notes (and PDFs) in Zoho CRM
    ui_language: str = SYSTEM_LANGUAGE  # the window's: "system" or one of LANGUAGES


@dataclass(frozen=True, slots=True)
class SettingsChange:
    """Everything Settings saves; None leaves that part as it is."""

    organization: OrganizationProfile | None = None
    series: tuple[tuple[DocumentKind, str, int], ...] = ()
    workflows: WorkflowSettings | None = None
    auto_update: bool | None = None  # None: not connected, nothing to switch
    default_tax: str | None = None  # a tax name; "" clears the default
    reflect: bool | None = None  # documents shown in Zoho CRM
    ui_language: str | None = None  # "system" or one of LANGUAGES (from the next start)


class SettingsController:
    """The one doorway to settings: the organization, numbering, workflows, defaults."""

    def __init__(self, database: Database, connection: ConnectionController) -> None:
        self._database = database
        self._connection = connection

    def read(self) -> SettingsSnapshot:
        """Return every setting the dialog shows."""
        connection = self._connection.current()
        with self._database.read_session() as session:
            return SettingsSnapshot(
                settings_store.organization_profile(session),
                settings_store.workflow_settings(session),
                connection,
                tuple(documents_repository.number_series(session, k) for k in DocumentKind),
                list_taxes(session),
                get_setting(session, CRM_REFLECT),
                get_setting(session, UI_LANGUAGE),
            )

    def save(self, change: SettingsChange) -> SettingsSnapshot:
        """Write the whole change atomically (all or nothing); return the settings as stored.

        Raises ValidationError naming the first bad field before anything is written.
        """
        workflows = check_workflow_settings(change.workflows) if change.workflows else None
        organization = change.organization
        if organization is not None:
            check_currency_code(organization.currency_code)
        if change.ui_language is not None:
            check_ui_language(change.ui_language)
        with self._database.session() as session:
            if organization is not None:
                stored = settings_store.organization_profile(session)
                _check_logo(organization.logo_path, stored.logo_path)
                settings_store.save_organization_profile(session, organization)
            for kind, prefix, padding in change.series:
                documents_repository.set_number_series(session, kind, prefix, padding)
            if workflows is not None:
                settings_store.save_workflow_settings(session, workflows)
            if change.auto_update is not None:
                settings_store.set_auto_update(session, change.auto_update)
            if change.default_tax is not None:
                set_default_tax(session, change.default_tax or None)
            if change.reflect is not None:
                reflect_outbox.switch(session, change.reflect, datetime.now(UTC))
            if change.ui_language is not None:
                set_setting(session, UI_LANGUAGE, change.ui_language)
        return self.read()

    def ui_language(self) -> str:
        """Return the window's language setting: "system" or one of LANGUAGES."""
        with self._database.read_session() as session:
            value = get_setting(session, UI_LANGUAGE)
        return value if value in (SYSTEM_LANGUAGE, *LANGUAGES) else SYSTEM_LANGUAGE

    def organization(self) -> OrganizationProfile:
        """Return the seller profile."""
        with self._database.read_session() as session:
            return settings_store.organization_profile(session)

    def update_organization(self, **changes: str | None) -> OrganizationProfile:
        """Change the named seller fields ("" clears one) and return the profile as stored.

        Raises ValidationError naming the field; nothing is written then.
        """
        with self._database.session() as session:
            stored = settings_store.organization_profile(session)
            profile = stored.changed(**changes)
            _check_logo(profile.logo_path, stored.logo_path)
            settings_store.save_organization_profile(session, profile)
        return self.organization()


def _check_logo(path: str | None, stored: str | None) -> None:
    """Refuse a new logo file that cannot be printed, naming the field (ValidationError)."""
    if not path or path == stored:
        return  # a logo that breaks after it was set is left out of PDFs, with a log line
    from desktop.pdf.logo import logo_problem  # reportlab loads only when a logo is set

    problem = logo_problem(Path(path))
    if problem is not None:
        raise ValidationError("logo", problem)
