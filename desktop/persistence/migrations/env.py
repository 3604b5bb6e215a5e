"""Alembic environment: runs against the engine the application passes in."""

from __future__ import annotations

from alembic import context
from sqlalchemy import create_engine

from desktop.persistence.records import Base
from desktop.persistence.search_index import is_record_table

config = context.config
engine = config.attributes.get("engine")
if engine is None:  # plain `alembic` command line: fall back to the URL option
    engine = create_engine(config.get_main_option("sqlalchemy.url") or "sqlite://")

with engine.connect() as connection:
    context.configure(
        connection=connection,
        target_metadata=Base.metadata,
        render_as_batch=True,  # SQLite can only ALTER through table copies
        compare_type=True,
        # The trigram index (a virtual table and its shadow tables) is made by a migration.
        include_name=lambda name, kind, _parent: kind != "table" or is_record_table(name or ""),
    )
    with context.begin_transaction():
        context.run_migrations()
