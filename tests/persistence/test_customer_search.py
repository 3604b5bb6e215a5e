"""Customer search finds what a person means, on SQLite and PostgreSQL, whoever wrote the rows."""

# ruff: noqa: F811 - `services` is the import rules' fixture over both databases, taken as is

from __future__ import annotations

from datetime import UTC, datetime

import pytest
from sqlalchemy import delete, insert, text, update

from desktop.controllers.services import Services
from desktop.domain.customer_search import CustomerQuery, CustomerSort, fold, search_key
from desktop.domain.errors import Cancelled
from desktop.persistence import search_index
from desktop.persistence.queries import customers as customer_queries
from desktop.persistence.records import ContactPersonRecord, CustomerRecord
from tests.persistence.sync.conftest import services  # noqa: F401 - both databases

NOW = datetime(2026, 12, 1, tzinfo=UTC)


def _add(services: Services, *names: str, phone: str | None = None) -> list[int]:
    ids = []
    with services.database.session() as session:
        for name in names:
            record = CustomerRecord(name=name, phone=phone, created_at=NOW, updated_at=NOW)
            session.add(record)
            session.flush()
            ids.append(record.id)
    return ids


def _found(services: Services, query: str, inactive: bool = False) -> list[str]:
    return [row.name for row in services.customers.rows(include_inactive=inactive, text=query)]


NAMES = [
    "Bäckerei Müller GmbH",
    "MÜLLER & Söhne",
    "Mueller Trading",
    "ÇELİK Yapı A.Ş.",
    "çelik ticaret",
    "Σοφία Παπαδοπούλου",
    "ΩΜΈΓΑ Ltd",
    "Иван Петров ООО",
    "ЙОШКАР Трейд",
    "東京商事株式会社",
    "서울 상사",
    "Große Straße AG",
    "ﬁne Ligatures",
    "Ødegaard AS",
    "Kırmızı Gıda",
    "京",
]


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("muller", ["Bäckerei Müller GmbH", "MÜLLER & Söhne"]),
        ("MÜLLER", ["Bäckerei Müller GmbH", "MÜLLER & Söhne"]),
        ("çelik", ["çelik ticaret", "ÇELİK Yapı A.Ş."]),
        ("CELIK", ["çelik ticaret", "ÇELİK Yapı A.Ş."]),
        ("a.s.", ["ÇELİK Yapı A.Ş."]),
        ("σοφια", ["Σοφία Παπαδοπούλου"]),
        ("ωμέγα", ["ΩΜΈΓΑ Ltd"]),
        ("иван", ["Иван Петров ООО"]),
        ("йошкар", ["ЙОШКАР Трейд"]),
        ("東京", ["東京商事株式会社"]),  # two characters: below the trigram index, still found
        ("商事株", ["東京商事株式会社"]),
        ("京", ["京", "東京商事株式会社"]),  # one character, also a whole name
        ("상사", ["서울 상사"]),
        ("strasse", ["Große Straße AG"]),
        ("fine", ["ﬁne Ligatures"]),
        ("odegaard", ["Ødegaard AS"]),
        ("KIRMIZI", ["Kırmızı Gıda"]),
        ("nobody", []),
    ],
)
def test_matching_ignores_case_and_accents_in_every_script(
    services: Services, query: str, expected: list[str]
) -> None:
    _add(services, *NAMES)
    assert _found(services, query) == sorted(expected, key=fold)


def test_percent_underscore_and_glob_characters_are_literal(services: Services) -> None:
    _add(services, "100% Organic", "1000 Organic", "a_b Ltd", "axb Ltd", "Star*Co", "StarXCo")
    _add(services, "[x] Labs", "x Labs", "What? Inc", "Whats Inc")
    assert _found(services, "100%") == ["100% Organic"]
    assert _found(services, "a_b") == ["a_b Ltd"]
    assert _found(services, "r*c") == ["Star*Co"]
    assert _found(services, "[x]") == ["[x] Labs"]
    assert _found(services, "t? i") == ["What? Inc"]
    assert _found(services, "%") == ["100% Organic"]
    assert _found(services, "_") == ["a_b Ltd"]


def test_rows_written_by_plain_sql_are_found_by_their_new_values(services: Services) -> None:
    """The set-based sync writes with SQL, not the ORM: the triggers keep the keys right."""
    (acme,) = _add(services, "Acme Widgets")
    assert _found(services, "widgets") == ["Acme Widgets"]
    with services.database.session() as session:
        session.execute(update(CustomerRecord).values(name="Zürich Gears", phone="+41 44 000"))
        session.execute(
            insert(ContactPersonRecord).values(
                customer_id=acme, first_name="Łukasz", email="LUKASZ@EXAMPLE.PL", is_primary=True
            )
        )
    assert _found(services, "widgets") == []
    assert _found(services, "zurich") == ["Zürich Gears"]
    assert _found(services, "lukasz@example") == ["Zürich Gears"]
    assert _found(services, "4144000") == ["Zürich Gears"], "phones match as bare digits too"
    with services.database.session() as session:
        session.execute(delete(ContactPersonRecord))
    assert _found(services, "lukasz") == []
    with services.database.session() as session:  # an upsert's update, as set-based syncs write
        session.execute(
            text(
                "INSERT INTO customer (id, name, status, created_at, updated_at) "
                "VALUES (:id, 'Ærø Ferries', 'active', :now, :now) "
                "ON CONFLICT (id) DO UPDATE SET name = excluded.name"
            ),
            {"id": acme, "now": NOW},
        )
    assert _found(services, "aero") == ["Ærø Ferries"]
    assert _found(services, "zurich") == []


def test_many_matches_walk_the_name_index_and_give_the_same_answer(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    _add(services, *(f"Müller {n:03d}" for n in range(30)), "Other")
    few = _found(services, "mull")
    monkeypatch.setattr(customer_queries, "FEW_CANDIDATES", 5)
    assert _found(services, "mull") == few
    assert len(few) == 30


def test_names_sort_as_people_read_them_and_other_columns_sort_in_sql(services: Services) -> None:
    _add(services, "zeta", "Ärger", "alpha", "Zulu", phone=None)
    assert _found(services, "") == ["alpha", "Ärger", "zeta", "Zulu"]
    with services.database.session() as session:
        for name, phone in (("zeta", "1"), ("alpha", "3"), ("Zulu", "2")):
            session.execute(
                update(CustomerRecord).where(CustomerRecord.name == name).values(phone=phone)
            )
    by_phone = CustomerQuery(sort=CustomerSort.PHONE, descending=True)
    rows = services.customers.first_rows(by_phone, None)
    assert [row.phone for row in rows][:3] == ["3", "2", "1"]


def test_primary_contact_is_one_rule_for_the_table_and_the_detail(services: Services) -> None:
    """After a merge the lowest id is no longer the primary: both views name the same person."""
    source, target = _add(services, "Source Ltd", "Target Ltd")
    with services.database.session() as session:
        for customer, first in ((source, "Older"), (target, "Flagged")):
            session.add(
                ContactPersonRecord(customer_id=customer, first_name=first, is_primary=True)
            )
    services.customers.merge(source, target)
    (row,) = services.customers.rows(text="target")
    detail = services.customers.get(target)
    assert detail.primary_contact is not None
    assert [p.first_name for p in detail.contact_persons if p.is_primary] == ["Flagged"]
    assert row.primary_contact == detail.primary_contact.display_name == "Flagged"


def test_a_long_query_stops_when_a_newer_search_is_typed(services: Services) -> None:
    if not services.database.is_sqlite:
        pytest.skip("PostgreSQL queries run to the end (the targets are for SQLite)")
    _add(services, *(f"Customer {n}" for n in range(3_000)))
    services.customers.listed_ids(CustomerQuery())  # refills the keys first
    with pytest.raises(Cancelled):
        services.customers.listed_ids(CustomerQuery(text="customer 1"), should_stop=lambda: True)
    assert len(services.customers.listed_ids(CustomerQuery(text="customer 1"))) == 1_111


def test_search_key_joins_fields_so_no_match_spans_two() -> None:
    key = search_key("Acme Ltd", "+1 555", ["Ana Ruiz", "ana@acme.example"])
    assert "acme ltd" in key
    assert "ltd +1" not in key
    assert "1555" in key


def test_the_trigram_index_follows_the_keys(services: Services) -> None:
    if not services.database.is_sqlite:
        pytest.skip("the trigram index is SQLite's")
    _add(services, "Müller", "Keller")
    services.customers.rows()
    with services.database.read_session() as session:
        check = session.execute(
            text("INSERT INTO customer_search(customer_search, rank) VALUES ('integrity-check', 1)")
        )
        assert check is not None  # raises when the index and the keys disagree
        count = session.scalar(
            text("SELECT count(*) FROM customer_search WHERE search_key GLOB '*ller*'")
        )
    assert count == 2


def test_stale_keys_are_refilled_in_short_transactions(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(search_index, "BATCH", 3)
    _add(services, *(f"Käse {n}" for n in range(10)))
    assert search_index.ensure_fresh(services.database) == 10
    assert search_index.ensure_fresh(services.database) == 0
    assert len(_found(services, "kase")) == 10


def test_a_rare_short_text_is_found_through_the_index_terms(
    services: Services, monkeypatch: pytest.MonkeyPatch
) -> None:
    """One or two characters first walk the name index on a budget; spent, the index answers."""
    _add(services, *NAMES, "100% Organic", "a_b Ltd")
    monkeypatch.setattr(customer_queries, "PROGRESS_STEPS", 1)
    monkeypatch.setattr(customer_queries, "WALK_BUDGET", 0)
    for query, expected in [
        ("京", ["京", "東京商事株式会社"]),
        ("東京", ["東京商事株式会社"]),
        ("%", ["100% Organic"]),
        ("_", ["a_b Ltd"]),
        ("zq", []),
    ]:
        rows = services.customers.first_rows(CustomerQuery(text=query), 200)
        assert [row.name for row in rows] == expected, query


def test_persons_written_by_sql_mark_fresh_and_stale_keys_alike(services: Services) -> None:
    """The person triggers skip a key already stale; a fresh one is still marked, both sides of
    a move are, and a stale one is refilled with every person (SQLite and PostgreSQL)."""
    first, second = _add(services, "Nordwind Bakery", "Sudwind Mills")
    assert _found(services, "wind") == ["Nordwind Bakery", "Sudwind Mills"]  # keys fresh now
    with services.database.session() as session:
        session.execute(
            insert(ContactPersonRecord).values(
                customer_id=first, first_name="Øyvind", is_primary=True
            )
        )
        session.execute(  # under a key that the line above left stale: one refill sees both
            insert(ContactPersonRecord).values(
                customer_id=first, first_name="Ingrid", is_primary=False
            )
        )
    assert _found(services, "oyvind") == ["Nordwind Bakery"]
    assert _found(services, "ingrid") == ["Nordwind Bakery"]
    with services.database.session() as session:  # a move: the person leaves one, joins the other
        session.execute(
            update(ContactPersonRecord)
            .where(ContactPersonRecord.first_name == "Ingrid")
            .values(customer_id=second)
        )
    assert _found(services, "ingrid") == ["Sudwind Mills"]
    assert _found(services, "oyvind") == ["Nordwind Bakery"]
