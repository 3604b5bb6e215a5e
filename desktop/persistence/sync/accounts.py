"""Apply one page of CRM Accounts: create or update customers, keyed by the CRM id."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from desktop.domain.crm_records import CrmAccount
from desktop.domain.customers import Address, CustomerStatus
from desktop.domain.import_rules import account_problem, clean
from desktop.persistence.records import ContactPersonRecord, CrmLinkRecord, CustomerRecord
from desktop.persistence.sync.changes import PageChanges, importable
from desktop.persistence.sync.customer_rules import ensure_primary, retire_customers
from desktop.persistence.sync.ids import allocate_ids, insert_rows

ACCOUNTS = "Accounts"
CONTACTS = "Contacts"


def address_columns(prefix: str, address: Address) -> dict[str, str | None]:
    """Return the customer columns of one address (billing_… or shipping_…)."""
    return {
        f"{prefix}_street": clean(address.street),
        f"{prefix}_city": clean(address.city),
        f"{prefix}_state": clean(address.state),
        f"{prefix}_zip": clean(address.zip),
        f"{prefix}_country": clean(address.country),
    }


def account_columns(account: CrmAccount) -> dict[str, Any]:
    """Return the CRM-owned customer columns an account sets (and nothing local)."""
    return {
        "name": clean(account.name),
        "phone": clean(account.phone),
        "fax": clean(account.fax),
        **address_columns("billing", account.billing_address),
        **address_columns("shipping", account.shipping_address),
    }


def links_by_crm_id(
    session: Session, module: str, crm_ids: Sequence[str]
) -> dict[str, CrmLinkRecord]:
    """Return the existing links of these CRM ids in one module."""
    if not crm_ids:
        return {}
    rows = session.scalars(
        select(CrmLinkRecord).where(
            CrmLinkRecord.module == module, CrmLinkRecord.crm_id.in_(crm_ids)
        )
    )
    return {link.crm_id: link for link in rows}


def customers_of_accounts(session: Session, account_ids: Sequence[str]) -> dict[str, int]:
    """Return account CRM id → the customer receiving its updates (merges followed).

    Plain columns in one query: pages look up thousands of accounts.
    """
    if not account_ids:
        return {}
    receiver = func.coalesce(CustomerRecord.merged_into_id, CustomerRecord.id)
    rows = session.execute(
        select(CrmLinkRecord.crm_id, receiver)
        .join(CustomerRecord, CustomerRecord.id == CrmLinkRecord.customer_id)
        .where(CrmLinkRecord.module == ACCOUNTS, CrmLinkRecord.crm_id.in_(account_ids))
    )
    return {row[0]: row[1] for row in rows}


def already_applied(link: CrmLinkRecord | None, modified_time: datetime) -> bool:
    """Return True when this version of the record was imported before (an inclusive re-read)."""
    return link is not None and link.deleted_at is None and link.modified_time == modified_time


def apply_accounts(session: Session, accounts: Sequence[CrmAccount], now: datetime) -> PageChanges:
    """Upsert a page of accounts; the last copy of a repeated id wins."""
    changes = PageChanges()
    latest = importable(accounts, account_problem, changes)
    links = links_by_crm_id(session, ACCOUNTS, list(latest))
    customer_ids = [link.customer_id for link in links.values() if link.customer_id]
    customers = {
        c.id: c
        for c in session.scalars(select(CustomerRecord).where(CustomerRecord.id.in_(customer_ids)))
    }
    new_accounts: list[CrmAccount] = []
    for crm_id, account in latest.items():
        link = links.get(crm_id)
        customer = customers.get(link.customer_id) if link and link.customer_id else None
        if link is None or customer is None:
            new_accounts.append(account)
            continue
        if already_applied(link, account.modified_time):
            continue  # re-read at the inclusive If-Modified-Since boundary
        link.modified_time = account.modified_time
        changes.updated += 1
        if customer.merged_into_id is not None:
            continue  # merged away: its contacts follow the target, its fields don't overwrite it
        for column, value in account_columns(account).items():
            setattr(customer, column, value)
        if link.deleted_at is not None:  # restored from the CRM's recycle bin
            link.deleted_at = None
            customer.status = CustomerStatus.ACTIVE.value
        customer.updated_at = now
        changes.customer_ids.add(customer.id)
    _create_customers(session, new_accounts, links, now, changes)
    _adopt_waiting_contacts(session, [a.crm_id for a in new_accounts], now, changes)
    return changes


def _create_customers(
    session: Session,
    accounts: list[CrmAccount],
    links: dict[str, CrmLinkRecord],
    now: datetime,
    changes: PageChanges,
) -> None:
    if not accounts:
        return
    rows = [
        {
            **account_columns(a),
            "status": CustomerStatus.ACTIVE.value,
            "created_at": now,
            "updated_at": now,
        }
        for a in accounts
    ]
    new_ids = allocate_ids(session, CustomerRecord, len(rows))
    for row, new_id in zip(rows, new_ids, strict=True):
        row["id"] = new_id
    insert_rows(session, CustomerRecord, rows)
    new_links = []
    for account, customer_id in zip(accounts, new_ids, strict=True):
        link = links.get(account.crm_id)
        if link is not None:  # linked before, but its customer was deleted locally
            link.customer_id, link.modified_time, link.deleted_at = (
                customer_id,
                account.modified_time,
                None,
            )
        else:
            new_links.append(
                {
                    "module": ACCOUNTS,
                    "crm_id": account.crm_id,
                    "customer_id": customer_id,
                    "modified_time": account.modified_time,
                }
            )
    insert_rows(session, CrmLinkRecord, new_links)
    changes.created += len(accounts)
    changes.customer_ids.update(new_ids)


def _adopt_waiting_contacts(
    session: Session, account_ids: list[str], now: datetime, changes: PageChanges
) -> None:
    """Move contacts that named this account before it was imported from their own customers."""
    if not account_ids:
        return
    waiting = session.scalars(
        select(CrmLinkRecord).where(
            CrmLinkRecord.module == CONTACTS,
            CrmLinkRecord.account_crm_id.in_(account_ids),
            CrmLinkRecord.customer_id.is_not(None),
        )
    ).all()
    if not waiting:
        return
    account_customers = customers_of_accounts(session, account_ids)
    left_behind: set[int] = set()
    for contact_link in waiting:
        target = account_customers.get(contact_link.account_crm_id or "")
        person = session.get(ContactPersonRecord, contact_link.contact_person_id or -1)
        if target is None or person is None:
            continue
        left_behind.add(contact_link.customer_id or 0)
        person.customer_id, person.is_primary = target, False
        contact_link.customer_id = None
        changes.customer_ids.add(target)
    session.flush()
    retire_customers(session, left_behind - {0}, now, changes)
    ensure_primary(session, set(account_customers.values()))
