"""Numbers mean what the user typed: `documents import` and `documents pay` refuse a number they
cannot read or store with one line naming the field, exit 1, and write nothing."""

from __future__ import annotations

import json
import sqlite3
from contextlib import closing
from pathlib import Path
from typing import Any

import pytest

from desktop.persistence.database import Database
from desktop.persistence.migrate import upgrade_to_head
from tests.conftest import run_cli
from tests.document_helpers import add_customer


@pytest.fixture
def customer(database_url: str) -> int:
    database = Database(database_url)
    upgrade_to_head(database)
    customer_id = add_customer(database, "Acme")
    database.dispose()
    return customer_id


def invoice(customer: int, **line: Any) -> dict[str, Any]:
    return {
        "kind": "invoice", "customer_id": customer,
        "line_items": [{"name": "Work", "quantity": 1, "rate": "10", **line}],
    }  # fmt: skip


def refused(data_dir: Path, env: dict[str, str], *args: str) -> str:
    """Run a command that must be refused; return its one error line."""
    result = run_cli(["--data-dir", str(data_dir), "documents", *args], env)
    assert result.returncode == 1, (result.returncode, result.stderr)
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def rows(data_dir: Path, table: str) -> int:
    """Return how many rows the table of the data folder's SQLite file holds."""
    with closing(sqlite3.connect(data_dir / "invoice-desk.sqlite3")) as db:
        count: int = db.execute(f"SELECT count(*) FROM {table}").fetchone()[0]  # noqa: S608
    return count


BIG = "1" * 30


@pytest.mark.parametrize(
    ("change", "words"),
    [
        ({"rate": "1,5"}, "line_items[0].rate: '1,5' has a comma"),
        ({"rate": "2" * 26, "quantity": 1000}, "line_items[0].rate:"),
        ({"rate": "100000000000000", "quantity": 1000}, "line_items[0]: quantity × rate"),
        ({"rate": "1e400"}, "line_items[0].rate: '1e400' is not a number"),
        ({"rate": "NaN"}, "line_items[0].rate: 'NaN' is not a number"),
        ({"taxes": [{"name": "VAT", "rate": "9" * 20}]}, "line_items[0].taxes[0].rate:"),
        (
            {"customer_id": 2**70},
            "customer_id: 1180591620717411303424 is not an id (ids go from 1 to",
        ),
        ({"shipping_charge": BIG}, "shipping_charge:"),
    ],
)
def test_import_refuses_numbers_it_cannot_store(
    data_dir: Path,
    cli_env: dict[str, str],
    customer: int,
    tmp_path: Path,
    change: dict[str, Any],
    words: str,
) -> None:
    document = invoice(customer)
    for key in ("customer_id", "shipping_charge"):
        if key in change:
            document[key] = change.pop(key)
    document["line_items"][0].update(change)
    path = tmp_path / "bad.json"
    path.write_text(json.dumps(document), encoding="utf-8")
    line = refused(data_dir, cli_env, "import", str(path))
    assert line.startswith("error: ")
    assert words in line
    assert "unexpected" not in line
    assert rows(data_dir, "document") == 0


def test_pay_refuses_what_it_cannot_read_and_records_nothing(
    data_dir: Path, cli_env: dict[str, str], customer: int, tmp_path: Path
) -> None:
    path = tmp_path / "invoice.json"
    path.write_text(json.dumps(invoice(customer, rate="100")), encoding="utf-8")
    run_cli(["--data-dir", str(data_dir), "documents", "import", str(path)], cli_env)
    for amount, words in (
        ("1,5", "amount: '1,5' has a comma"),
        (BIG, "amount: 111111111111…(30 characters) is too large"),
        ("1e400", "amount: '1e400' is not a number"),
        ("NaN", "amount: 'NaN' is not a number"),
    ):
        line = refused(data_dir, cli_env, "pay", "INV-000001", amount)
        assert words in line
    assert rows(data_dir, "payment") == 0
    paid = run_cli(["--data-dir", str(data_dir), "documents", "pay", "INV-000001", "1.5"], cli_env)
    assert paid.returncode == 0, paid.stderr
    assert "balance 98.50" in paid.stdout


@pytest.mark.parametrize(
    "args",
    [
        ["documents", "--customer", str(2**70)],
        ["documents", "payments", "--customer", str(2**70)],
        ["merge", str(2**70), "1"],
    ],
)
def test_an_id_beyond_64_bits_is_refused_by_name(
    data_dir: Path, cli_env: dict[str, str], args: list[str]
) -> None:
    result = run_cli(["--data-dir", str(data_dir), *args], cli_env)
    assert result.returncode == 2, result.stderr
    assert "is not an id (ids go from 1 to 9223372036854775807)" in result.stderr
    assert "unexpected" not in result.stderr
