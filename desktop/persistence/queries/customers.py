"""Customer queries: full values for one or many customers, and light rows for big tables."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence
from datetime import datetime

from sqlalchemy import Select, func, or_, select, update
from sqlalchemy.orm import Session

from desktop.domain.customers import (
    Address,
    ContactPerson,
    CrmRef,
    Customer,
    CustomerRow,
    CustomerStatus,
)
from desktop.persistence.customer_local import tax_fields
from desktop.persistence.records import (
    ContactPersonRecord,
    CrmLinkRecord,
    CustomerRecord,
    DocumentRecord,
    PaymentRecord,
)


def _listed(include_inactive: bool) -> Select[CustomerRecord]:
    query = select(CustomerRecord).where(CustomerRecord.merged_into_id.is_(None))
    if not include_inactive:
        query = query.where(CustomerRecord.status == CustomerStatus.ACTIVE.value)
    return query


def list_customers(session: Session, include_inactive: bool = False) -> list[Customer]:
    """Return every listed customer (not merged away) with its contact persons, by name."""
    records = session.scalars(_listed(include_inactive).order_by(CustomerRecord.name)).all()
    return _to_values(session, records)


def get_customer(session: Session, customer_id: int) -> Customer | None:
    """Return one customer by id (merged ones too), or None."""
    record = session.get(CustomerRecord, customer_id)
    return _to_values(session, [record])[0] if record else None


def _to_values(session: Session, records: Sequence[CustomerRecord]) -> list[Customer]:
    ids = [r.id for r in records]
    persons = _persons_by_customer(session, ids)
    crm_refs = _crm_refs(session, ids)
    with_transactions = _with_transactions(session, ids)
    return [
        _customer_value(r, persons.get(r.id, ()), crm_refs.get(r.id), r.id in with_transactions)
        for r in records
    ]


def _chunks(ids: list[int], size: int = 500) -> Iterable[list[int]]:
    for start in range(0, len(ids), size):
        yield ids[start : start + size]


def _persons_by_customer(session: Session, ids: list[int]) -> dict[int, tuple[ContactPerson, ...]]:
    found: dict[int, list[ContactPerson]] = defaultdict(list)
    for chunk in _chunks(ids):
        rows = session.execute(
            select(ContactPersonRecord, CrmLinkRecord.crm_id)
            .outerjoin(
                CrmLinkRecord,
                (CrmLinkRecord.contact_person_id == ContactPersonRecord.id)
                & (CrmLinkRecord.module == "Contacts"),
            )
            .where(ContactPersonRecord.customer_id.in_(chunk))
            .order_by(ContactPersonRecord.id)
        ).all()
        for person, crm_id in rows:
            found[person.customer_id].append(_person_value(person, crm_id))
    return {key: tuple(value) for key, value in found.items()}


def _crm_refs(session: Session, ids: list[int]) -> dict[int, CrmRef]:
    refs: dict[int, CrmRef] = {}
    for chunk in _chunks(ids):
        rows = session.execute(
            select(CrmLinkRecord.customer_id, CrmLinkRecord.module, CrmLinkRecord.crm_id).where(
                CrmLinkRecord.customer_id.in_(chunk),
                CrmLinkRecord.module.in_(("Accounts", "Contacts")),
            )
        ).all()
        for customer_id, module, crm_id in rows:
            if customer_id is None:
                continue
            # An account wins over the stand-alone contact that a merge may have brought along.
            if customer_id not in refs or module == "Accounts":
                refs[customer_id] = CrmRef(module=module, crm_id=crm_id)
    return refs


def _with_transactions(session: Session, ids: list[int]) -> set[int]:
    found: set[int] = set()
    for chunk in _chunks(ids):
        found.update(
            session.scalars(
                select(DocumentRecord.customer_id).where(DocumentRecord.customer_id.in_(chunk))
            )
        )
        found.update(
            session.scalars(
                select(PaymentRecord.customer_id).where(PaymentRecord.customer_id.in_(chunk))
            )
        )
    return found


def _person_value(record: ContactPersonRecord, crm_id: str | None) -> ContactPerson:
    return ContactPerson(
        id=record.id,
        salutation=record.salutation,
        first_name=record.first_name,
        last_name=record.last_name,
        email=record.email,
        phone=record.phone,
        mobile=record.mobile,
        is_primary=record.is_primary,
        crm_id=crm_id,
    )


def _customer_value(
    record: CustomerRecord,
    persons: tuple[ContactPerson, ...],
    crm: CrmRef | None,
    transactions: bool,
) -> Customer:
    return Customer(
        id=record.id,
        name=record.name,
        phone=record.phone,
        fax=record.fax,
        billing_address=Address(
            record.billing_street,
            record.billing_city,
            record.billing_state,
            record.billing_zip,
            record.billing_country,
        ),
        shipping_address=Address(
            record.shipping_street,
            record.shipping_city,
            record.shipping_state,
            record.shipping_zip,
            record.shipping_country,
        ),
        status=CustomerStatus(record.status),
        currency_code=record.currency_code,
        payment_terms_days=record.payment_terms_days,
        notes=record.notes,
        crm=crm,
        has_transactions=transactions,
        contact_persons=persons,
        tax=tax_fields(record),
    )


def customer_rows(
    session: Session, include_inactive: bool, text: str = "", limit: int | None = None
) -> list[CustomerRow]:
    """Return light rows for the customers table, filtered by a case-insensitive text, by name."""
    primary = (
        select(
            ContactPersonRecord.customer_id.label("customer_id"),
            func.min(ContactPersonRecord.id).label("person_id"),
        )
        .group_by(ContactPersonRecord.customer_id)
        .subquery()
    )
    linked = select(CrmLinkRecord.customer_id).where(CrmLinkRecord.customer_id.is_not(None))
    query = (
        select(
            CustomerRecord.id,
            CustomerRecord.name,
            CustomerRecord.phone,
            CustomerRecord.status,
            ContactPersonRecord.first_name,
            ContactPersonRecord.last_name,
            ContactPersonRecord.email,
            CustomerRecord.id.in_(linked).label("crm_managed"),
        )
        .outerjoin(primary, primary.c.customer_id == CustomerRecord.id)
        .outerjoin(ContactPersonRecord, ContactPersonRecord.id == primary.c.person_id)
        .where(CustomerRecord.merged_into_id.is_(None))
        .order_by(CustomerRecord.name, CustomerRecord.id)
    )
    if not include_inactive:
        query = query.where(CustomerRecord.status == CustomerStatus.ACTIVE.value)
    if text:
        pattern = f"%{text.lower()}%"
        query = query.where(
            or_(
                func.lower(CustomerRecord.name).like(pattern),
                func.lower(ContactPersonRecord.email).like(pattern),
                func.lower(CustomerRecord.phone).like(pattern),
            )
        )
    if limit is not None:
        query = query.limit(limit)
    return [
        CustomerRow(
            id=row.id,
            name=row.name,
            primary_contact=" ".join(p for p in (row.first_name, row.last_name) if p) or None,
            email=row.email,
            phone=row.phone,
            status=CustomerStatus(row.status),
            crm_managed=bool(row.crm_managed),
        )
        for row in session.execute(query)
    ]


def update_local_fields(
    session: Session,
    customer_id: int,
    currency_code: str | None,
    payment_terms_days: int | None,
    notes: str | None,
    now: datetime,
) -> bool:
    """Write the local-only fields of a customer; return False when there is no such customer."""
    result = session.execute(
        update(CustomerRecord)
        .where(CustomerRecord.id == customer_id)
        .values(
            currency_code=currency_code,
            payment_terms_days=payment_terms_days,
            notes=notes,
            updated_at=now,
        )
    )
    return bool(result.rowcount)  # type: ignore[attr-defined]
