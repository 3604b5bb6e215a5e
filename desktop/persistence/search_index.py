"""Customer search keys: refill the ones the database triggers marked stale, with the one normalizer.

Triggers (migration `customers`) set `customer.search_key` to NULL whenever a customer's name or
phone or any of its contact persons changes — whichever code path writes. `refresh_search_keys`
recomputes those keys in Python (`desktop.domain.customer_search.search_key`) and, on SQLite,
their trigram index entries; every listing calls `ensure_fresh` first, so a search never misses a
customer another writer just changed.
"""

from __future__ import annotations

from collections import defaultdict
from typing import cast

from sqlalchemy import BindParameter, Table, bindparam, exists, select, update
from sqlalchemy import text as sql_text
from sqlalchemy.orm import Session

from desktop.domain.customer_search import FIELD_SEPARATOR, search_key
from desktop.persistence.database import Database
from desktop.persistence.records import ContactPersonRecord, CustomerRecord

# Names of the SQLite FTS5 table and its shadow tables: kept by migrations, not by the records.
FTS_TABLE = "customer_search"
FTS_TERMS = "customer_search_terms"
# Appended to each indexed key so every character starts a trigram: a one- or two-character
# search then finds the trigrams that begin with it.
INDEX_END = FIELD_SEPARATOR * 2
BATCH = 5_000


def is_record_table(name: str) -> bool:
    """Return False for the trigram index tables, which no *Record describes (for autogenerate)."""
    return not name.startswith(FTS_TABLE)


def has_stale_keys(session: Session) -> bool:
    """Return True when some customer's search key must be recomputed (an indexed probe)."""
    return bool(session.scalar(select(exists().where(CustomerRecord.search_key.is_(None)))))


def refresh_search_keys(session: Session, limit: int | None = None) -> int:
    """Recompute the stale search keys (all, or at most about `limit`) in this unit of work;
    return how many were written. Cheap to call after any write (a sync may call it per page)."""
    written = 0
    table = cast(Table, CustomerRecord.__table__)
    store = (
        update(table).where(table.c.id == bindparam("b_id")).values(search_key=bindparam("b_key"))
    )
    while limit is None or written < limit:
        stale = session.execute(
            select(CustomerRecord.id, CustomerRecord.name, CustomerRecord.phone)
            .where(CustomerRecord.search_key.is_(None))
            .limit(BATCH)
        ).all()
        if not stale:
            break
        people = _people(session, [row.id for row in stale])
        keys = [
            {"b_id": row.id, "b_key": search_key(row.name, row.phone, people[row.id])}
            for row in stale
        ]
        session.connection().execute(store, keys)
        if session.get_bind().dialect.name == "sqlite":
            _reindex(session, [row.id for row in stale])
        written += len(keys)
    return written


def ensure_fresh(database: Database) -> int:
    """Refill stale search keys when there are any, one short transaction per batch (a sync
    writing meanwhile never waits long); return how many."""
    with database.read_session() as session:
        if not has_stale_keys(session):
            return 0
    written = 0
    while True:
        with database.session() as session:
            done = refresh_search_keys(session, limit=BATCH)
        written += done
        if done < BATCH:
            return written


def _reindex(session: Session, ids: list[int]) -> None:
    """Replace these customers' entries in the trigram index: one statement each way per batch."""
    ids_param: BindParameter[list[int]] = bindparam("ids", expanding=True)
    session.execute(
        sql_text(f"DELETE FROM {FTS_TABLE} WHERE rowid IN :ids").bindparams(ids_param),  # noqa: S608
        {"ids": ids},
    )
    session.execute(
        sql_text(
            f"INSERT INTO {FTS_TABLE} (rowid, search_key) "  # noqa: S608 - constant names
            "SELECT id, search_key || :end FROM customer WHERE id IN :ids"
        ).bindparams(ids_param),
        {"ids": ids, "end": INDEX_END},
    )


def _people(session: Session, customer_ids: list[int]) -> dict[int, list[str | None]]:
    found: dict[int, list[str | None]] = defaultdict(list)
    rows = session.execute(
        select(
            ContactPersonRecord.customer_id,
            ContactPersonRecord.first_name,
            ContactPersonRecord.last_name,
            ContactPersonRecord.email,
            ContactPersonRecord.phone,
            ContactPersonRecord.mobile,
        )
        .where(ContactPersonRecord.customer_id.in_(customer_ids))
        .order_by(ContactPersonRecord.id)
    )
    for customer_id, first, last, email, phone, mobile in rows:
        name = " ".join(p for p in (first, last) if p)
        found[customer_id].extend((name, email, phone, mobile))
    return found
