"""The one home of settings: the organization row (seller, CRM link, schedule) and typed settings.

Nothing else reads or writes `OrganizationRecord`; the typed settings (desktop.domain.settings)
are stored as JSON text under their keys. Every function works inside the caller's transaction.
"""

from __future__ import annotations

from datetime import datetime
from typing import TypeVar

from sqlalchemy.orm import Session

from desktop.domain.customers import Address
from desktop.domain.organization import DEFAULT_CURRENCY, CrmLink, OrganizationProfile
from desktop.domain.settings import (
    ESTIMATE_WORKFLOW,
    INVOICE_WORKFLOW,
    LOST_STAGES,
    WON_STAGES,
    Setting,
)
from desktop.domain.sync import ScheduleState, next_due
from desktop.domain.totals import TaxRounding
from desktop.domain.workflows import WorkflowSettings
from desktop.persistence.records import AppSettingRecord, OrganizationRecord

T = TypeVar("T")

ORGANIZATION_ROW = 1


def get_setting(session: Session, setting: Setting[T]) -> T:
    """Return the setting's stored value, or its default."""
    record = session.get(AppSettingRecord, setting.key)
    return setting.parse(record.value if record else None)


def set_setting(session: Session, setting: Setting[T], value: T) -> None:
    """Store the setting's value."""
    text = setting.dump(value)
    record = session.get(AppSettingRecord, setting.key)
    if record is None:
        session.add(AppSettingRecord(key=setting.key, value=text))
    else:
        record.value = text


def _row(session: Session, *, for_writing: bool) -> OrganizationRecord:
    """Return the one organization row; before its first write, an unsaved row of defaults."""
    record = session.get(OrganizationRecord, ORGANIZATION_ROW)
    if record is None:
        record = OrganizationRecord(
            id=ORGANIZATION_ROW,
            currency_code=DEFAULT_CURRENCY,
            tax_rounding=TaxRounding.LINE.value,
            auto_update=False,
            sync_failures=0,
        )
        if for_writing:
            session.add(record)
            session.flush()
    return record


def organization_profile(session: Session) -> OrganizationProfile:
    """Return the seller as printed on documents (defaults when none is set up yet)."""
    r = _row(session, for_writing=False)
    return OrganizationProfile(
        name=r.name,
        address=Address(r.street, r.city, r.state, r.zip, r.country),
        logo_path=r.logo_path,
        currency_code=r.currency_code,
        tax_rounding=TaxRounding(r.tax_rounding),
        tax_id=r.tax_id,
        email=r.email,
        phone=r.phone,
        website=r.website,
        payment_details=r.payment_details,
        locale=r.locale,
    )


def save_organization_profile(session: Session, profile: OrganizationProfile) -> None:
    """Store every seller field and the defaults of new documents."""
    r = _row(session, for_writing=True)
    r.name, r.logo_path = profile.name, profile.logo_path
    a = profile.address
    r.street, r.city, r.state, r.zip, r.country = a.street, a.city, a.state, a.zip, a.country
    r.currency_code, r.tax_rounding = profile.currency_code, profile.tax_rounding.value
    r.tax_id, r.email, r.phone = profile.tax_id, profile.email, profile.phone
    r.website, r.payment_details = profile.website, profile.payment_details
    r.locale = profile.locale


def default_currency(session: Session) -> str:
    """Return the organization's base currency (of customers that name none)."""
    return _row(session, for_writing=False).currency_code


def crm_link(session: Session) -> CrmLink | None:
    """Return the linked CRM organization, or None when not connected."""
    r = _row(session, for_writing=False)
    if r.crm_connected_at is None or r.crm_org_id is None:
        return None
    return _link_value(r)


def last_linked_org(session: Session) -> CrmLink | None:
    """Return the CRM organization linked now or last (its ids may still be in the database)."""
    r = _row(session, for_writing=False)
    return _link_value(r) if r.crm_org_id is not None else None


def _link_value(r: OrganizationRecord) -> CrmLink:
    return CrmLink(
        org_id=r.crm_org_id or "",
        org_name=r.crm_org_name or "",
        user_email=r.crm_user_email or "",
        data_centre=r.crm_data_centre,
        accounts_url=r.crm_accounts_url,
        api_url=r.crm_api_url,
        client_id=r.crm_client_id,
        connected_at=r.crm_connected_at,
        auto_update=r.auto_update,
        currency_code=r.currency_code,
    )


def link_crm(session: Session, link: CrmLink) -> None:
    """Link the installation to a CRM organization.

    The first link also takes the CRM's base currency and, when the seller has no name yet, the
    CRM organization's name.
    """
    r = _row(session, for_writing=True)
    if r.crm_org_id is None and link.currency_code:
        r.currency_code = link.currency_code
    r.crm_org_id, r.crm_org_name = link.org_id, link.org_name
    r.crm_user_email, r.crm_data_centre = link.user_email, link.data_centre
    r.crm_accounts_url, r.crm_api_url = link.accounts_url, link.api_url
    r.crm_client_id, r.crm_connected_at = link.client_id, link.connected_at
    r.auto_update = link.auto_update
    if r.name is None:
        r.name = link.org_name


def unlink_crm(session: Session) -> None:
    """Forget the connection (the org id stays, so a different org's ids can be recognised)."""
    r = _row(session, for_writing=True)
    r.crm_connected_at, r.auto_update = None, False


def set_auto_update(session: Session, enabled: bool) -> None:
    """Switch the 12-hour auto-update on or off."""
    _row(session, for_writing=True).auto_update = enabled


def schedule(session: Session) -> ScheduleState:
    """Return the persisted auto-update deadline."""
    r = _row(session, for_writing=False)
    if r.crm_org_id is None or r.crm_connected_at is None:
        return ScheduleState(auto_update=False, last_success=None, failures=0, next_due=None)
    return ScheduleState(
        auto_update=r.auto_update,
        last_success=r.last_sync_success_at,
        failures=r.sync_failures,
        next_due=next_due(r.last_sync_success_at, r.sync_failures, r.last_sync_attempt_at),
    )


def last_sync_success(session: Session) -> datetime | None:
    """Return when the last sync succeeded, if ever."""
    return _row(session, for_writing=False).last_sync_success_at


def record_sync_outcome(session: Session, succeeded: bool | None, now: datetime) -> None:
    """Move the schedule after a run: success resets failures, failure counts one (None: neither)."""
    r = _row(session, for_writing=True)
    r.last_sync_attempt_at = now
    if succeeded is True:
        r.last_sync_success_at, r.sync_failures = now, 0
    elif succeeded is False:
        r.sync_failures += 1


def workflow_settings(session: Session) -> WorkflowSettings:
    """Return which deal workflows are on and the stage mapping."""
    won: list[str] = get_setting(session, WON_STAGES)
    lost: list[str] = get_setting(session, LOST_STAGES)
    return WorkflowSettings(
        estimates=get_setting(session, ESTIMATE_WORKFLOW),
        invoices=get_setting(session, INVOICE_WORKFLOW),
        won_stages=tuple(won),
        lost_stages=tuple(lost),
    )


def save_workflow_settings(session: Session, settings: WorkflowSettings) -> None:
    """Store the deal workflows and their stage mapping."""
    set_setting(session, ESTIMATE_WORKFLOW, settings.estimates)
    set_setting(session, INVOICE_WORKFLOW, settings.invoices)
    set_setting(session, WON_STAGES, list(settings.won_stages))
    set_setting(session, LOST_STAGES, list(settings.lost_stages))
