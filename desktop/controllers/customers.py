"""Customer use cases: list, search, show, edit local fields."""

from __future__ import annotations

import builtins
from collections.abc import Callable, Iterator, Sequence
from datetime import UTC, datetime

from desktop.domain.customer_local import LocalChange, check_local_change
from desktop.domain.customer_search import CustomerQuery
from desktop.domain.customers import Customer, CustomerRow
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.merge import MergePreview
from desktop.persistence import search_index
from desktop.persistence.customer_local import change_local_fields
from desktop.persistence.database import Database
from desktop.persistence.queries import customers as queries
from desktop.persistence.sync.merge import merge_customers, preview_merge


class CustomersController:
    """Reads customers for the front ends."""

    def __init__(
        self, database: Database, clock: Callable[[], datetime] = lambda: datetime.now(UTC)
    ) -> None:
        self._database = database
        self._clock = clock

    def list(self, include_inactive: bool = False) -> builtins.list[Customer]:
        """Return listed customers with their contact persons, by name."""
        with self._database.read_session() as session:
            return queries.list_customers(session, include_inactive)

    def each(self, include_inactive: bool = False) -> Iterator[Customer]:
        """Yield what `list` returns, reading a page at a time (flat memory at a million)."""
        with self._database.read_session() as session:
            for page in queries.customer_pages(session, include_inactive):
                yield from page

    def rows(
        self, include_inactive: bool = False, text: str = "", limit: int | None = None
    ) -> builtins.list[CustomerRow]:
        """Return light rows for the customers table, filtered by text (see `first_rows`)."""
        return self.first_rows(CustomerQuery(text=text, include_inactive=include_inactive), limit)

    def first_rows(self, query: CustomerQuery, limit: int | None) -> builtins.list[CustomerRow]:
        """Return light rows of the first `limit` customers the query lists (all with None).
        Matching ignores case and accents in every script and takes `%`, `_`, `*` literally."""
        search_index.ensure_fresh(self._database)
        with self._database.read_session() as session:
            return queries.rows_by_id(session, queries.listed_ids(session, query, limit))

    def listed_ids(
        self, query: CustomerQuery, should_stop: Callable[[], bool] | None = None
    ) -> builtins.list[int]:
        """Return the ids of every customer the query lists, in its order; raise Cancelled as
        soon as `should_stop()` is true (a newer search was typed)."""
        search_index.ensure_fresh(self._database)
        with self._database.read_session() as session:
            return queries.listed_ids(session, query, None, should_stop)

    def rows_by_id(self, ids: Sequence[int]) -> builtins.list[CustomerRow]:
        """Return light rows for these customer ids, in that order (missing ones left out)."""
        with self._database.read_session() as session:
            return queries.rows_by_id(session, ids)

    def get(self, customer_id: int) -> Customer:
        """Return one customer; raise NotFoundError when there is none with this id."""
        with self._database.read_session() as session:
            customer = queries.get_customer(session, customer_id)
        if customer is None:
            raise NotFoundError(f"There is no customer with id {customer_id}.")
        return customer

    def merge_preview(self, source_id: int, target_id: int) -> MergePreview:
        """Return what merging source into target would move, or why it is refused."""
        with self._database.read_session() as session:
            return preview_merge(session, source_id, target_id)

    def merge(self, source_id: int, target_id: int) -> MergePreview:
        """Merge source into target; return what moved. Raises ConflictError when refused."""
        with self._database.session() as session:
            return merge_customers(session, source_id, target_id, self._clock())

    def update_local_fields(
        self,
        customer_id: int,
        currency_code: str | None,
        payment_terms_days: int | None,
        notes: str | None,
    ) -> Customer:
        """Save the fields the CRM never touches; return the customer as stored."""
        currency = (currency_code or "").strip().upper() or None
        if currency is not None and (len(currency) != 3 or not currency.isalpha()):
            raise ValidationError("Currency", f"“{currency_code}” is not a three-letter code")
        if payment_terms_days is not None and not 0 <= payment_terms_days <= 3650:
            raise ValidationError("Payment terms", "must be between 0 and 3650 days")
        with self._database.session() as session:
            if not queries.update_local_fields(
                session, customer_id, currency, payment_terms_days, notes, self._clock()
            ):
                raise NotFoundError(f"There is no customer with id {customer_id}.")
        return self.get(customer_id)

    def set_local_fields(self, customer_id: int, change: LocalChange) -> Customer:
        """Change the given local fields (tax id, default tax or exemption, payment terms,
        currency, who gets documents); return the customer. ValidationError names the field."""
        change = check_local_change(change)
        with self._database.session() as session:
            change_local_fields(session, customer_id, change, self._clock())
        return self.get(customer_id)
