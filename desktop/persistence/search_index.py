"""Customer search keys: refill the ones the database triggers marked stale, with the one normalizer.

Triggers (migration `customers`) set `customer.search_key` to NULL whenever a customer's name or
phone or any of its contact persons changes — whichever code path writes. `refresh_search_keys`
recomputes those keys in Python (`desktop.domain.customer_search.search_key`) and, on SQLite,
their trigram index entries; every listing calls `ensure_fresh` first, so a search never misses a
customer another writer just changed.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import exists, select
from sqlalchemy.orm import Session

from desktop.domain.customer_search import FIELD_SEPARATOR, search_key
from desktop.persistence.database import Database
from desktop.persistence.records import CustomerRecord

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
    return how many were written. Cheap to call after any write (a sync may call it per page).

    Works on the driver's cursor with plain tuples: a background thread that allocates few
    tracked containers seldom starts a full garbage collection, which would stall the UI thread.
    """
    written = 0
    sqlite = session.get_bind().dialect.name == "sqlite"
    mark = "?" if sqlite else "%s"
    cursor = session.connection().connection.driver_connection.cursor()  # type: ignore[union-attr]
    try:
        while limit is None or written < limit:
            cursor.execute(
                f"SELECT id, name, phone FROM customer WHERE search_key IS NULL LIMIT {BATCH:d}"  # noqa: S608
            )
            stale: list[tuple[int, str, str | None]] = cursor.fetchall()
            if not stale:
                break
            ids = [row[0] for row in stale]
            people = _people(cursor, mark, ids)
            keys = [(search_key(name, phone, people.get(i, ())), i) for i, name, phone in stale]
            cursor.executemany(f"UPDATE customer SET search_key = {mark} WHERE id = {mark}", keys)  # noqa: S608
            if sqlite:
                _reindex(cursor, ids)
            written += len(keys)
    finally:
        cursor.close()
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


def _reindex(cursor: Any, ids: list[int]) -> None:
    """Replace these customers' entries in the trigram index: one statement each way per batch."""
    marks = ", ".join("?" * len(ids))
    cursor.execute(f"DELETE FROM {FTS_TABLE} WHERE rowid IN ({marks})", ids)  # noqa: S608
    cursor.execute(
        f"INSERT INTO {FTS_TABLE} (rowid, search_key) "  # noqa: S608 - constant names
        f"SELECT id, search_key || ? FROM customer WHERE id IN ({marks})",
        [INDEX_END, *ids],
    )


def _people(cursor: Any, mark: str, ids: list[int]) -> dict[int, tuple[str | None, ...]]:
    """Return each customer's contact persons' searchable fields as one flat tuple."""
    found: dict[int, tuple[str | None, ...]] = {}
    cursor.execute(
        "SELECT customer_id, first_name, last_name, email, phone, mobile FROM contact_person "  # noqa: S608
        f"WHERE customer_id IN ({', '.join([mark] * len(ids))}) ORDER BY id",
        ids,
    )
    for customer_id, first, last, email, phone, mobile in cursor.fetchall():
        name = " ".join(p for p in (first, last) if p)
        found[customer_id] = (*found.get(customer_id, ()), name, email, phone, mobile)
    return found
