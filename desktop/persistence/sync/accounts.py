"""Apply a batch of CRM Accounts set-based: create or update customers, keyed by the CRM id."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import select, update
from sqlalchemy.orm import Session

from desktop.domain.crm_records import CrmAccount
from desktop.domain.customers import CustomerStatus
from desktop.domain.import_rules import account_problem, cleaned
from desktop.persistence.records import ContactPersonRecord, CrmLinkRecord, CustomerRecord
from desktop.persistence.sync.changes import PageChanges, importable
from desktop.persistence.sync.customer_rules import ensure_primary, retire_customers
from desktop.persistence.sync.ids import (
    allocate_ids,
    insert_values,
    one_of,
    update_values,
)
from desktop.persistence.sync.links import (
    ACCOUNTS,
    CONTACTS,
    KnownLink,
    customers_of_accounts,
    known_links,
)

ACCOUNT_COLUMNS = (
    "name", "phone", "fax", "billing_street", "billing_city", "billing_state", "billing_zip",
    "billing_country", "shipping_street", "shipping_city", "shipping_state", "shipping_zip",
    "shipping_country",
)  # fmt: skip


def account_values(account: CrmAccount) -> tuple[str | None, ...]:
    """Return the CRM-owned customer columns an account sets, in ACCOUNT_COLUMNS order."""
    billing, shipping = account.billing_address, account.shipping_address
    fields = (
        account.name, account.phone, account.fax, billing.street, billing.city, billing.state,
        billing.zip, billing.country, shipping.street, shipping.city, shipping.state,
        shipping.zip, shipping.country,
    )  # fmt: skip
    return cleaned(fields)


def links_by_crm_id(
    session: Session, module: str, crm_ids: Sequence[str]
) -> dict[str, CrmLinkRecord]:
    """Return the existing links of these CRM ids in one module, as records (for deletions)."""
    if not crm_ids:
        return {}
    rows = session.scalars(
        select(CrmLinkRecord).where(
            CrmLinkRecord.module == module, one_of(session, CrmLinkRecord.crm_id, crm_ids)
        )
    )
    return {link.crm_id: link for link in rows}


def apply_accounts(session: Session, accounts: Sequence[CrmAccount], now: datetime) -> PageChanges:
    """Upsert a batch of accounts with a few statements; the last copy of a repeated id wins."""
    changes = PageChanges()
    latest = importable(accounts, account_problem, changes)
    links = known_links(session, ACCOUNTS, list(latest))
    fresh: list[CrmAccount] = []
    merged_links: list[tuple[Any, ...]] = []
    kept_links: list[tuple[Any, ...]] = []
    customers: list[tuple[Any, ...]] = []
    restored: list[int] = []
    for crm_id, account in latest.items():
        link = links.get(crm_id)
        if link is None or not link.customer_exists:
            fresh.append(account)
            continue
        if link.already_applied(account.modified_time):
            continue  # re-read at the inclusive If-Modified-Since boundary
        changes.updated += 1
        if link.customer_merged:  # its contacts follow the target; its fields don't overwrite it
            merged_links.append((account.modified_time, link.id))
            continue
        kept_links.append((account.modified_time, None, link.id))
        customers.append((*account_values(account), now, link.customer_id))
        if link.deleted_at is not None:  # restored from the CRM's recycle bin
            restored.append(link.customer_id or 0)
        changes.customer_ids.add(link.customer_id or 0)
    update_values(session, CrmLinkRecord, ("modified_time",), merged_links)
    update_values(session, CrmLinkRecord, ("modified_time", "deleted_at"), kept_links)
    update_values(session, CustomerRecord, (*ACCOUNT_COLUMNS, "updated_at"), customers)
    if restored:
        session.execute(
            update(CustomerRecord)
            .where(one_of(session, CustomerRecord.id, restored))
            .values(status=CustomerStatus.ACTIVE.value)
        )
    _create_customers(session, fresh, links, now, changes)
    _adopt_waiting_contacts(session, [a.crm_id for a in fresh], now, changes)
    return changes


def _create_customers(
    session: Session,
    accounts: list[CrmAccount],
    links: dict[str, KnownLink],
    now: datetime,
    changes: PageChanges,
) -> None:
    if not accounts:
        return
    new_ids = allocate_ids(session, CustomerRecord, len(accounts))
    insert_values(
        session, CustomerRecord, ("id", *ACCOUNT_COLUMNS),
        [(new_id, *account_values(a)) for a, new_id in zip(accounts, new_ids, strict=True)],
        same={"status": CustomerStatus.ACTIVE.value, "created_at": now, "updated_at": now},
    )  # fmt: skip
    relinked: list[tuple[Any, ...]] = []
    new_links: list[tuple[Any, ...]] = []
    for account, customer_id in zip(accounts, new_ids, strict=True):
        link = links.get(account.crm_id)
        if link is not None:  # linked before, but its customer was deleted locally
            relinked.append((customer_id, account.modified_time, None, link.id))
        else:
            new_links.append((account.crm_id, customer_id, account.modified_time))
    update_values(session, CrmLinkRecord, ("customer_id", "modified_time", "deleted_at"), relinked)
    new_links.sort()  # in index order: each index page is written once per batch
    insert_values(
        session, CrmLinkRecord, ("crm_id", "customer_id", "modified_time"), new_links,
        same={"module": ACCOUNTS},
    )  # fmt: skip
    changes.created += len(accounts)
    changes.customer_ids.update(new_ids)


def _adopt_waiting_contacts(
    session: Session, account_ids: list[str], now: datetime, changes: PageChanges
) -> None:
    """Move contacts that named these accounts before they were imported from their own customers."""
    columns = (
        CrmLinkRecord.id, CrmLinkRecord.module, CrmLinkRecord.account_crm_id,
        CrmLinkRecord.customer_id, ContactPersonRecord.id,
    )  # fmt: skip
    if not account_ids:
        return
    # The partial index ix_crm_link_account_crm_id holds exactly the links that own a customer.
    # The module is checked below, not here: SQLite's planner would rather walk every contact's
    # link by the (module, crm_id) index than use it.
    waiting = list(
        session.execute(
            select(*columns)
            .outerjoin(
                ContactPersonRecord, ContactPersonRecord.id == CrmLinkRecord.contact_person_id
            )
            .where(
                one_of(session, CrmLinkRecord.account_crm_id, account_ids),
                CrmLinkRecord.customer_id.is_not(None),
            )
        )
    )
    if not waiting:
        return
    account_customers = customers_of_accounts(session, sorted({w[2] or "" for w in waiting}))
    left_behind: set[int] = set()
    persons: list[tuple[Any, ...]] = []
    links: list[tuple[Any, ...]] = []
    for link_id, module, account_id, own_customer, person_id in waiting:
        target = account_customers.get(account_id or "")
        if module != CONTACTS or target is None or person_id is None or own_customer is None:
            continue
        left_behind.add(own_customer)
        persons.append((target, False, person_id))
        links.append((None, link_id))
        changes.customer_ids.add(target)
    update_values(session, ContactPersonRecord, ("customer_id", "is_primary"), persons)
    update_values(session, CrmLinkRecord, ("customer_id",), links)
    retire_customers(session, left_behind, now, changes)
    ensure_primary(session, set(account_customers.values()))
