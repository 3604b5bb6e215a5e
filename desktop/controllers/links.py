"""invoicedesk:// links from Zoho CRM buttons: which customer, deal or document they mean."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain.errors import NotFoundError
from desktop.domain.reflect import LinkAction, LinkRequest, parse_link
from desktop.domain.sync import SyncReport, SyncStatus
from desktop.persistence.database import Database
from desktop.persistence.queries import crm_records
from desktop.persistence.queries.crm_records import LinkedCustomer
from desktop.persistence.queries.documents import find_record

_NAMES = {"Accounts": "account", "Contacts": "contact", "Deals": "deal"}


@dataclass(frozen=True, slots=True)
class LinkTarget:
    """What a link opens: a new document for a customer, a deal's documents, or a document."""

    action: LinkAction
    customer: LinkedCustomer | None = None
    deal_crm_id: str | None = None
    document_id: int | None = None


class LinkController:
    """Resolves links; a CRM record not imported yet is looked for again after one sync."""

    def __init__(self, database: Database, sync: Callable[[], SyncReport]) -> None:
        self._database = database
        self._sync = sync

    def resolve(self, url: str) -> LinkTarget:
        """Return what the link opens (blocking: it may sync; call it from a worker).

        Raises ValidationError for a malformed link and NotFoundError (one sentence) for a
        record Invoice Desk does not know even after a sync.
        """
        request = parse_link(url)
        if request.action is LinkAction.DOCUMENT:
            with self._database.read_session() as session:
                return LinkTarget(
                    request.action, document_id=find_record(session, request.document_id or 0).id
                )
        target = self._find(request)
        if target is None:
            report = self._sync()
            target = self._find(request)
            if target is None:
                raise NotFoundError(_unknown(request, report))
        return target

    def _find(self, request: LinkRequest) -> LinkTarget | None:
        module, crm_id = request.module or "", request.crm_id or ""
        with self._database.read_session() as session:
            if request.action is LinkAction.DEAL:
                known = crm_records.deal_known(session, crm_id)
                return LinkTarget(request.action, deal_crm_id=crm_id) if known else None
            customer = crm_records.customer_of(session, module, crm_id)
        return LinkTarget(request.action, customer) if customer is not None else None


def _unknown(request: LinkRequest, report: SyncReport) -> str:
    what = f"the Zoho CRM {_NAMES.get(request.module or '', 'record')} {request.crm_id}"
    if report.status is not SyncStatus.SUCCEEDED:
        return (
            f"Invoice Desk does not know {what} yet, and the sync that would bring it failed: "
            f"{report.error or 'it was cancelled'}"
        )
    return (
        f"Invoice Desk does not know {what}, even after a sync: it may have been deleted, be "
        "hidden from your CRM user, or belong to another CRM organization."
    )
