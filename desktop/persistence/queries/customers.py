"""Customer queries: full values for one or many customers, and light rows for big tables."""

from __future__ import annotations

import sqlite3
from collections import defaultdict
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from typing import Any

from sqlalchemy import (
    ColumnElement,
    ScalarSelect,
    Select,
    SQLColumnExpression,
    case,
    exists,
    func,
    select,
    update,
)
from sqlalchemy import text as sql_text
from sqlalchemy.exc import OperationalError
from sqlalchemy.orm import Session, aliased

from desktop.domain.customer_search import CustomerQuery, CustomerSort
from desktop.domain.customers import (
    Address,
    ContactPerson,
    CrmRef,
    Customer,
    CustomerRow,
    CustomerStatus,
)
from desktop.domain.errors import Cancelled
from desktop.persistence.customer_local import tax_fields
from desktop.persistence.records import (
    ContactPersonRecord,
    CrmLinkRecord,
    CustomerRecord,
    DocumentRecord,
    PaymentRecord,
)
from desktop.persistence.search_index import FTS_TABLE, FTS_TERMS

# Up to this many trigram hits are fetched and sorted; more, and the name index is walked instead.
FEW_CANDIDATES = 5_000
PROGRESS_STEPS = 20_000  # SQLite virtual machine steps between two `should_stop` checks
# Checks (200,000 steps, a few milliseconds) for a short text's walk: a common text fills a
# screen long before; a rare one goes to the index terms at once (100 checks cost 50 ms there).
WALK_BUDGET = 10
LISTING_PAGE = 2_000  # customers made into values at once when the whole list is read


def _listed(include_inactive: bool) -> Select[CustomerRecord]:
    query = select(CustomerRecord).where(CustomerRecord.merged_into_id.is_(None))
    if not include_inactive:
        query = query.where(CustomerRecord.status == CustomerStatus.ACTIVE.value)
    return query


def list_customers(session: Session, include_inactive: bool = False) -> list[Customer]:
    """Return every listed customer (not merged away) with its contact persons, by name."""
    return [c for page in customer_pages(session, include_inactive) for c in page]


def customer_pages(
    session: Session, include_inactive: bool = False, size: int = LISTING_PAGE
) -> Iterator[list[Customer]]:
    """Yield the listed customers with their contact persons, by name, `size` at a time: one
    query whose rows are fetched as they are needed (a server-side cursor on PostgreSQL), so a
    million customers take little memory."""
    query = _listed(include_inactive).order_by(CustomerRecord.name, CustomerRecord.id)
    for records in session.scalars(query.execution_options(yield_per=size)).partitions():
        yield _to_values(session, records)


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
    primaries = _primaries(session, ids)
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
            primary = primaries.get(person.customer_id) == person.id
            found[person.customer_id].append(_person_value(person, crm_id, primary))
    return {key: tuple(value) for key, value in found.items()}


def _crm_refs(session: Session, ids: list[int]) -> dict[int, CrmRef]:
    refs: dict[int, CrmRef] = {}
    for chunk in _chunks(ids):
        # The module is checked here, not in SQL: SQLite would then walk the (module, crm_id)
        # index, every link of both modules for each chunk, instead of the customer_id one.
        rows = session.execute(
            select(CrmLinkRecord.customer_id, CrmLinkRecord.module, CrmLinkRecord.crm_id).where(
                CrmLinkRecord.customer_id.in_(chunk)
            )
        ).all()
        for customer_id, module, crm_id in rows:
            if customer_id is None or module not in ("Accounts", "Contacts"):
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


def _person_value(record: ContactPersonRecord, crm_id: str | None, primary: bool) -> ContactPerson:
    return ContactPerson(
        id=record.id,
        salutation=record.salutation,
        first_name=record.first_name,
        last_name=record.last_name,
        email=record.email,
        phone=record.phone,
        mobile=record.mobile,
        is_primary=primary,
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


def primary_person_id(customer_id: SQLColumnExpression[int]) -> ScalarSelect[int]:
    """Return the id of the customer's primary contact person as SQL — THE rule, used by the
    table and the detail alike: the person flagged primary (the lowest id if several are), else
    the lowest id; NULL without persons."""
    person = aliased(ContactPersonRecord)
    return (
        select(
            func.coalesce(
                func.min(case((person.is_primary.is_(True), person.id))), func.min(person.id)
            )
        )
        .where(person.customer_id == customer_id)
        .scalar_subquery()
    )


def _primaries(session: Session, ids: list[int]) -> dict[int, int]:
    found: dict[int, int] = {}
    for chunk in _chunks(ids):
        rows = session.execute(
            select(CustomerRecord.id, primary_person_id(CustomerRecord.id)).where(
                CustomerRecord.id.in_(chunk)
            )
        )
        found.update({customer_id: person_id for customer_id, person_id in rows if person_id})
    return found


def listed_ids(
    session: Session,
    query: CustomerQuery,
    limit: int | None = None,
    should_stop: Callable[[], bool] | None = None,
) -> list[int]:
    """Return the ids of the listed customers (not merged away) that match the query, in its
    order; matching is `fold`ed substring search (any script, special characters literal).
    Raises Cancelled when `should_stop` turns true while a long SQLite query runs."""
    text = query.folded_text
    sqlite = session.get_bind().dialect.name == "sqlite"
    candidates = None
    if sqlite and len(text) >= 3:
        candidates = _trigram_candidates(session, text)
    elif sqlite and text and limit is not None:
        # One or two characters are usually common: walking the name index fills a screen at
        # once. The walk gets a small budget; past it the text is rare, and the index terms that
        # start with it give the few candidates (counting them is slow for a common text).
        budget = _Budget(WALK_BUDGET)
        try:
            with interruptible(session, budget.spent):
                return _ids(session, _listing(query, text, None), limit)
        except Cancelled:
            candidates = _prefix_candidates(session, text)
    with interruptible(session, should_stop):
        return _ids(session, _listing(query, text, candidates), limit)


def _listing(query: CustomerQuery, text: str, candidates: list[int] | None) -> Select[int]:
    merged: ColumnElement[int | None] = CustomerRecord.merged_into_id.expression
    status: ColumnElement[str] = CustomerRecord.status.expression
    if candidates is None:
        statement = select(CustomerRecord.id)
        order = _order(query, CustomerRecord.search_key)
    else:
        # A few candidates: look them up by id and sort them, rather than walk the listing index.
        # `+ 0` and `|| ''` keep SQLite's planner off that index (it would scan all of it).
        statement = select(CustomerRecord.id).where(CustomerRecord.id.in_(candidates))
        merged, status = merged + 0, status.concat("")
        order = _order(query, CustomerRecord.search_key.concat(""))
    statement = statement.where(merged.is_(None))
    if not query.include_inactive:
        statement = statement.where(status == CustomerStatus.ACTIVE.value)
    if text:
        statement = statement.where(CustomerRecord.search_key.contains(text, autoescape=True))
    return statement.order_by(*order)


def _ids(session: Session, statement: Select[int], limit: int | None) -> list[int]:
    if limit is not None:
        statement = statement.limit(limit)
    # Core rows, not ORM loading: a million ids arrive several times faster.
    return list(session.connection().execute(statement).scalars())


class _Budget:
    """A progress-handler check that says stop after `checks` calls."""

    def __init__(self, checks: int) -> None:
        self._left = checks

    def spent(self) -> bool:
        self._left -= 1
        return self._left < 0


def _trigram_candidates(session: Session, text: str) -> list[int] | None:
    """Return the ids whose key has every trigram of `text` (3 characters or more; a superset the
    listing query checks) when they are few; else None (walk the listing index instead)."""
    trigrams = dict.fromkeys(text[i : i + 3] for i in range(len(text) - 2))
    return _matching(session, " AND ".join(_fts_string(t) for t in trigrams))


def _prefix_candidates(session: Session, text: str) -> list[int] | None:
    """Return the ids whose key has a trigram starting with `text` (each indexed key ends in two
    separators, so every occurrence starts one) when they are few; else None."""
    rows = session.execute(
        sql_text(f"SELECT term, doc FROM {FTS_TERMS} WHERE term >= :low AND term < :high"),  # noqa: S608
        {"low": text, "high": text + "\U0010ffff"},
    )
    found: list[tuple[str, int]] = []
    documents = 0
    for term, doc in rows:  # each row counts a term's documents: stop as soon as too many
        found.append((term, doc))
        documents += doc
        if documents > FEW_CANDIDATES:
            rows.close()
            return None
    return (
        _matching(session, " OR ".join(_fts_string(term) for term, _doc in found)) if found else []
    )


def _fts_string(term: str) -> str:
    return '"' + term.replace('"', '""') + '"'


def _matching(session: Session, match: str) -> list[int] | None:
    # Pure index work: MATCH reads no stored text (GLOB or LIKE on the index would).
    ids = list(
        session.scalars(
            sql_text(
                f"SELECT rowid FROM {FTS_TABLE} WHERE {FTS_TABLE} MATCH :match LIMIT :limit"  # noqa: S608
            ),
            {"match": match, "limit": FEW_CANDIDATES + 1},
        )
    )
    return ids if len(ids) <= FEW_CANDIDATES else None


def _order(
    query: CustomerQuery, name_key: SQLColumnExpression[str | None]
) -> list[ColumnElement[Any]]:
    person = aliased(ContactPersonRecord)
    primary = select(person).where(person.id == primary_person_id(CustomerRecord.id))
    leading: dict[CustomerSort, SQLColumnExpression[Any]] = {
        CustomerSort.PRIMARY_CONTACT: primary.with_only_columns(
            func.coalesce(person.first_name, "") + " " + func.coalesce(person.last_name, "")
        ).scalar_subquery(),
        CustomerSort.EMAIL: primary.with_only_columns(person.email).scalar_subquery(),
        CustomerSort.PHONE: CustomerRecord.phone,
        CustomerSort.STATUS: CustomerRecord.status,
        CustomerSort.SOURCE: _crm_managed(),
    }
    ordered: list[SQLColumnExpression[Any]] = [name_key, CustomerRecord.id]
    keys: list[ColumnElement[Any]] = [k.desc() if query.descending else k.asc() for k in ordered]
    if query.sort in leading:
        # Empty values last either way, alike on both databases (the name key is never empty).
        first = leading[query.sort]
        keys.insert(0, (first.desc() if query.descending else first.asc()).nulls_last())
    return keys


def _crm_managed() -> ColumnElement[bool]:
    return exists().where(CrmLinkRecord.customer_id == CustomerRecord.id)


def rows_by_id(session: Session, ids: Sequence[int]) -> list[CustomerRow]:
    """Return light table rows for these customers, in the order of `ids` (unknown ids skipped)."""
    found: dict[int, CustomerRow] = {}
    for chunk in _chunks(list(ids)):
        statement = (
            select(
                CustomerRecord.id,
                CustomerRecord.name,
                CustomerRecord.phone,
                CustomerRecord.status,
                _crm_managed().label("crm_managed"),
                ContactPersonRecord.first_name,
                ContactPersonRecord.last_name,
                ContactPersonRecord.email,
            )
            .outerjoin(
                ContactPersonRecord,
                ContactPersonRecord.id == primary_person_id(CustomerRecord.id),
            )
            .where(CustomerRecord.id.in_(chunk))
        )
        for row in session.connection().execute(statement):
            found[row.id] = CustomerRow(
                id=row.id,
                name=row.name,
                primary_contact=" ".join(p for p in (row.first_name, row.last_name) if p) or None,
                email=row.email,
                phone=row.phone,
                status=CustomerStatus(row.status),
                crm_managed=bool(row.crm_managed),
            )
    return [found[i] for i in ids if i in found]


def customer_rows(
    session: Session, include_inactive: bool, text: str = "", limit: int | None = None
) -> list[CustomerRow]:
    """Return light rows of the customers matching `text` (see listed_ids), by name."""
    query = CustomerQuery(text=text, include_inactive=include_inactive)
    return rows_by_id(session, listed_ids(session, query, limit))


@contextmanager
def interruptible(session: Session, should_stop: Callable[[], bool] | None) -> Iterator[None]:
    """Let a long SQLite query stop soon after `should_stop()` turns true (raising Cancelled)."""
    raw = session.connection().connection.driver_connection
    if should_stop is None or not isinstance(raw, sqlite3.Connection):
        yield
        return
    raw.set_progress_handler(lambda: int(should_stop()), PROGRESS_STEPS)
    try:
        yield
    except OperationalError as error:
        if "interrupted" in str(error) and should_stop():
            raise Cancelled() from error
        raise
    finally:
        raw.set_progress_handler(None, 0)


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
