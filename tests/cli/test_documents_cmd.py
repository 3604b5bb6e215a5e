"""The documents command line contract, in real subprocesses on a real SQLite file."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from pypdf import PdfReader

from desktop.persistence.database import Database
from desktop.persistence.migrate import upgrade_to_head
from tests.conftest import run_cli
from tests.document_helpers import add_customer


@pytest.fixture
def customer(database_url: str) -> int:
    database = Database(database_url)
    upgrade_to_head(database)
    customer_id = add_customer(database, "Łódź Ελλάδα Москва")
    database.dispose()
    return customer_id


def cli(data_dir: Path, env: dict[str, str], *args: str) -> Any:
    result = run_cli(["--data-dir", str(data_dir), "documents", *args], env)
    assert result.returncode == 0, result.stderr
    return result.stdout


def write(path: Path, value: Any) -> str:
    path.write_text(json.dumps(value), encoding="utf-8")
    return str(path)


def test_the_whole_contract(
    data_dir: Path, cli_env: dict[str, str], customer: int, tmp_path: Path
) -> None:
    two_lines = [
        {"name": "A", "quantity": 1, "rate": "1.24", "taxes": [{"name": "VAT", "rate": 10}]},
        {"name": "B", "quantity": "1", "rate": 1.24, "taxes": [{"name": "VAT", "rate": "10"}]},
    ]
    documents = [
        {
            "kind": "invoice",
            "customer_id": customer,
            "date": "2026-11-01",
            "due_date": "2099-01-01",
            "tax_rounding": "document",
            "line_items": two_lines,
        },
        {"kind": "estimate", "customer_name": "łódź ελλάδα москва", "line_items": two_lines},
    ]
    assert cli(data_dir, cli_env, "import", write(tmp_path / "d.json", documents)).split() == [
        "INV-000001",
        "EST-000001",
    ]
    shown = json.loads(cli(data_dir, cli_env, "show", "INV-000001"))
    assert {
        k: shown[k]
        for k in ("number", "kind", "status", "customer_id", "customer_name", "currency_code")
    } == {
        "number": "INV-000001",
        "kind": "invoice",
        "status": "draft",
        "customer_id": customer,
        "customer_name": "Łódź Ελλάδα Москва",
        "currency_code": "USD",
    }
    assert [(i["amount"], i["taxes"][0]["amount"]) for i in shown["line_items"]] == [
        ("1.24", "0.13"),
        ("1.24", "0.12"),
    ]
    assert shown["taxes"] == [{"name": "VAT", "rate": "10", "compound": False, "amount": "0.25"}]
    assert [
        shown[k]
        for k in ("sub_total", "discount_total", "tax_total", "shipping_charge", "adjustment")
    ] == [
        "2.48",
        "0.00",
        "0.25",
        "0.00",
        "0.00",
    ]
    assert [shown[k] for k in ("total", "paid", "balance", "potential", "managed_by_workflow")] == [
        "2.73",
        "0.00",
        "2.73",
        None,
        False,
    ]
    assert (
        cli(data_dir, cli_env, "set-status", "INV-000001", "sent").strip()
        == "INV-000001 is now sent"
    )
    paid = cli(
        data_dir,
        cli_env,
        "pay",
        "INV-000001",
        "1.00",
        "--date",
        "2026-11-02",
        "--mode",
        "cash",
        "--reference",
        "R1",
    )
    assert paid.strip() == "INV-000001 is now partially_paid; balance 1.73"
    cli(data_dir, cli_env, "set-status", "EST-000001", "accepted")
    assert cli(data_dir, cli_env, "convert", "EST-000001").strip() == "INV-000002"
    listed = json.loads(cli(data_dir, cli_env, "--json"))
    assert [(r["number"], r["status"], r["total"], r["balance"]) for r in listed] == [
        ("INV-000002", "draft", "2.72", "2.72"),
        ("EST-000001", "invoiced", "2.72", "2.72"),
        ("INV-000001", "partially_paid", "2.73", "1.73"),
    ]
    assert [
        r["number"] for r in json.loads(cli(data_dir, cli_env, "--kind", "estimate", "--json"))
    ] == ["EST-000001"]
    assert json.loads(cli(data_dir, cli_env, "--customer", str(customer + 1), "--json")) == []
    assert json.loads(cli(data_dir, cli_env, "--potential", "D-1", "--json")) == []
    assert "3 document(s)" in cli(data_dir, cli_env)
    payments = json.loads(cli(data_dir, cli_env, "payments", "--customer", str(customer), "--json"))
    assert [(p["document_number"], p["amount"], p["mode"], p["reference"]) for p in payments] == [
        ("INV-000001", "1.00", "cash", "R1")
    ]
    pdf = tmp_path / "inv.pdf"
    cli(data_dir, cli_env, "pdf", "INV-000001", "-o", str(pdf))
    text = PdfReader(pdf).pages[0].extract_text()
    assert all(
        value in text for value in ("INV-000001", "Łódź Ελλάδα Москва", "2.73", "1.73", "0.25")
    )


@pytest.mark.parametrize(
    ("document", "message"),
    [
        ({"customer_id": 999}, "error: customer_id: there is no customer with id 999"),
        (
            {"line_items": [{"name": "A", "quantity": -1, "rate": 1}]},
            "error: line_items[0].quantity: must not be negative, got -1",
        ),
        (
            {"line_items": [{"name": "A", "rate": "abc"}]},
            "error: line_items[0].rate: 'abc' is not a number",
        ),
    ],
)
def test_bad_imports_fail_with_one_line_and_write_nothing(
    data_dir: Path,
    cli_env: dict[str, str],
    customer: int,
    tmp_path: Path,
    document: dict[str, Any],
    message: str,
) -> None:
    value = {
        "kind": "invoice",
        "customer_id": customer,
        "line_items": [{"name": "A", "rate": 1}],
    } | document
    result = run_cli(
        ["--data-dir", str(data_dir), "documents", "import", write(tmp_path / "bad.json", value)],
        cli_env,
    )
    assert (result.returncode, result.stdout, result.stderr.strip()) == (1, "", message)
    assert json.loads(cli(data_dir, cli_env, "--json")) == []


def test_an_unknown_status_fails_naming_the_field(
    data_dir: Path, cli_env: dict[str, str], customer: int, tmp_path: Path
) -> None:
    value = {"kind": "invoice", "customer_id": customer, "line_items": [{"name": "A", "rate": 1}]}
    cli(data_dir, cli_env, "import", write(tmp_path / "one.json", value))
    result = run_cli(
        ["--data-dir", str(data_dir), "documents", "set-status", "INV-000001", "shipped"], cli_env
    )
    assert result.returncode == 1
    assert result.stderr.strip().splitlines() == [
        "error: status: 'shipped' is not a status of an invoice "
        "(draft, sent, partially_paid, paid, overdue, void)"
    ]
    assert json.loads(cli(data_dir, cli_env, "show", "INV-000001"))["status"] == "draft"
