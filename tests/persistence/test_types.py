"""Money and time columns keep exact values."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta, timezone
from decimal import Decimal

import pytest
from sqlalchemy import DateTime, select
from sqlalchemy.dialects import sqlite

from desktop.controllers.services import Services
from desktop.persistence.records import CustomerRecord, PaymentRecord, TaxRateRecord
from desktop.persistence.types import UtcDateTime


def test_decimals_round_trip_exactly(services: Services) -> None:
    values = ["0.1", "8.325", "123456789012.3456", "-0.01", "9.975"]
    with services.database.session() as session:
        for index, value in enumerate(values):
            session.add(TaxRateRecord(name=f"t{index}", rate=Decimal(value), compound=False))
    with services.database.read_session() as session:
        stored = list(session.scalars(select(TaxRateRecord.rate).order_by(TaxRateRecord.id)))
    assert [str(v) for v in stored] == values
    assert all(isinstance(v, Decimal) for v in stored)


def test_a_float_is_refused(services: Services) -> None:
    with pytest.raises(Exception, match="must be a Decimal"), services.database.session() as s:
        s.add(TaxRateRecord(name="float", rate=0.1, compound=False))  # type: ignore[arg-type]


def test_times_are_stored_in_utc_and_read_back_aware(services: Services) -> None:
    plus_three = timezone(timedelta(hours=3))
    moment = datetime(2026, 5, 14, 11, 36, 17, tzinfo=plus_three)
    with services.database.session() as session:
        session.add(
            CustomerRecord(name="Acme", status="active", created_at=moment, updated_at=moment)
        )
    with services.database.read_session() as session:
        stored = session.scalar(select(CustomerRecord.created_at))
    assert stored == moment
    assert stored is not None
    assert stored.tzinfo == UTC
    assert stored.hour == 8


def test_foreign_keys_are_enforced(services: Services) -> None:
    with pytest.raises(Exception, match="FOREIGN KEY"), services.database.session() as session:
        session.add(
            PaymentRecord(
                document_id=999,
                customer_id=999,
                amount=Decimal("1.00"),
                date=datetime(2026, 1, 1, tzinfo=UTC).date(),
                created_at=datetime.now(UTC),
            )
        )


def test_decimals_round_trip_exactly_on_postgresql(postgres_url: str) -> None:
    from desktop.controllers.bootstrap import open_services
    from desktop.secrets.store import MemorySecretStore

    services = open_services(postgres_url, MemorySecretStore())
    try:
        test_decimals_round_trip_exactly(services)
    finally:
        services.close()


@pytest.mark.parametrize(
    "moment",
    [
        datetime(2026, 5, 14, 11, 36, 17, tzinfo=timezone(timedelta(hours=3))),
        datetime(2026, 5, 14, 11, 36, 17, 123, tzinfo=UTC),
        datetime(1, 1, 1, 3, 0, tzinfo=timezone(timedelta(hours=-2))),
        datetime(9999, 12, 31, 23, 59, 59, 999999, tzinfo=UTC),
    ],
)
def test_sqlite_time_text_is_sqlalchemys(moment: datetime) -> None:
    """The one-call SQLite formatting writes exactly the text SQLAlchemy's DATETIME writes."""
    dialect = sqlite.dialect()
    ours = UtcDateTime().dialect_impl(dialect).bind_processor(dialect)
    theirs = DateTime().dialect_impl(dialect).bind_processor(dialect)
    assert ours is not None
    assert theirs is not None
    assert ours(moment) == theirs(moment.astimezone(UTC).replace(tzinfo=None))
    with pytest.raises(ValueError, match="naive"):
        ours(moment.replace(tzinfo=None))
