"""Customer use cases: list, search, show, edit local fields."""

from __future__ import annotations

import builtins

from desktop.domain.customers import Customer, CustomerRow
from desktop.domain.errors import NotFoundError
from desktop.persistence.database import Database
from desktop.persistence.queries import customers as queries


class CustomersController:
    """Reads customers for the front ends."""

    def __init__(self, database: Database) -> None:
        self._database = database

    def list(self, include_inactive: bool = False) -> builtins.list[Customer]:
        """Return listed customers with their contact persons, by name."""
        with self._database.read_session() as session:
            return queries.list_customers(session, include_inactive)

    def rows(
        self, include_inactive: bool = False, text: str = "", limit: int | None = None
    ) -> builtins.list[CustomerRow]:
        """Return light rows for the customers table, filtered by text."""
        with self._database.read_session() as session:
            return queries.customer_rows(session, include_inactive, text, limit)

    def get(self, customer_id: int) -> Customer:
        """Return one customer; raise NotFoundError when there is none with this id."""
        with self._database.read_session() as session:
            customer = queries.get_customer(session, customer_id)
        if customer is None:
            raise NotFoundError(f"There is no customer with id {customer_id}.")
        return customer
