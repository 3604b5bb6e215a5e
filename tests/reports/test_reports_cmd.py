"""The `reports` command line contract, run as real subprocesses on a real SQLite file."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

from pypdf import PdfReader

from desktop.persistence.database import Database
from desktop.persistence.migrate import upgrade_to_head
from tests.cli.test_essentials_cmd import Cli
from tests.document_helpers import add_customer


def test_reports_print_text_json_csv_and_a_pdf(
    data_dir: Path, cli_env: dict[str, str], database_url: str, tmp_path: Path
) -> None:
    database = Database(database_url)
    upgrade_to_head(database)
    customer = add_customer(database, "Acme <b>R&D</b>", currency_code="USD")
    database.dispose()
    cli = Cli(data_dir, cli_env)
    source = tmp_path / "documents.json"
    documents = [
        {"kind": "invoice", "customer_id": customer, "date": "2026-03-02", "due_date":
         "2026-04-01", "line_items": [{"name": "Work", "rate": "100", "taxes": [
             {"name": "VAT", "rate": "20"}]}]},
        {"kind": "invoice", "customer_id": customer, "date": "2026-05-20", "due_date":
         "2026-06-19", "line_items": [{"name": "More", "rate": "10.005"}]},
    ]  # fmt: skip
    source.write_text(json.dumps(documents), encoding="utf-8")
    cli.ok("documents", "import", str(source))
    cli.ok("documents", "set-status", "INV-000001", "sent")
    cli.ok("documents", "set-status", "INV-000002", "sent")
    cli.ok("documents", "pay", "INV-000001", "20", "--date", "2026-04-10")

    aging = cli.json("reports", "aging", "--as-of", "2026-07-01", "--json")
    usd = aging["currencies"]["USD"]
    # 120 − 20 paid, 91 days late on 07-01; 10.01 (10.005 rounded half-up) 12 days late.
    assert (aging["as_of"], usd["total"], usd["buckets"]) == (
        "2026-07-01",
        "110.01",
        {"current": "0.00", "1-30": "10.01", "31-60": "0.00", "61-90": "0.00", "over-90": "100.00"},
    )
    assert usd["customers"][0]["name"] == "Acme <b>R&D</b>"
    rows = list(
        csv.reader(io.StringIO(cli.ok("reports", "aging", "--as-of", "2026-07-01", "--csv")))
    )
    assert rows == [
        ["currency", "customer_id", "customer", "total", "current", "1-30", "31-60", "61-90",
         "over-90"],
        ["USD", str(customer), "Acme <b>R&D</b>", "110.01", "0.00", "10.01", "0.00", "0.00",
         "100.00"],
    ]  # fmt: skip
    assert "110.01" in cli.ok("reports", "aging", "--as-of", "2026-07-01")

    revenue = cli.json("reports", "revenue", "--from", "2026-01-01", "--to", "2026-12-31",
                       "--by", "quarter", "--json")  # fmt: skip
    assert revenue == {
        "periods": [
            {"period": "2026-Q1", "currency": "USD", "invoiced": "120.00", "collected": "0.00"},
            {"period": "2026-Q2", "currency": "USD", "invoiced": "10.01", "collected": "20.00"},
        ]
    }
    assert cli.ok("reports", "revenue", "--by", "year", "--csv").splitlines() == [
        "period,currency,invoiced,collected",
        "2026,USD,130.01,20.00",
    ]
    assert "2026-03" in cli.ok("reports", "revenue")

    taxes = cli.json("reports", "taxes", "--from", "2026-03-01", "--to", "2026-03-31", "--json")
    assert taxes == {
        "from": "2026-03-01",
        "to": "2026-03-31",
        "taxes": [
            {"name": "VAT", "rate": "20", "currency": "USD", "taxable": "100.00", "tax": "20.00"}
        ],
    }
    assert cli.ok("reports", "taxes", "--csv").splitlines()[1] == "VAT,20,USD,100.00,20.00"

    statement = cli.json("reports", "statement", str(customer), "--json")
    assert [(e["kind"], e["amount"], e["balance"]) for e in statement["entries"]] == [
        ("invoice", "120.00", "120.00"),
        ("payment", "-20.00", "100.00"),
        ("invoice", "10.01", "110.01"),
    ]
    assert (statement["customer"]["name"], statement["balance"]) == ("Acme <b>R&D</b>", "110.01")
    pdf = tmp_path / "statement.pdf"
    cli.ok("reports", "statement", str(customer), "-o", str(pdf))
    text = PdfReader(pdf).pages[0].extract_text()
    assert "Acme <b>R&D</b>" in text
    assert "110.01" in text


def test_bad_report_input_is_one_clear_line(data_dir: Path, cli_env: dict[str, str]) -> None:
    cli = Cli(data_dir, cli_env)
    assert "--as-of: 'yesterday' is not a date" in cli.fails(
        "reports", "aging", "--as-of", "yesterday"
    )
    assert "by: 'week' is not month, quarter or year" in cli.fails(
        "reports", "revenue", "--by", "week"
    )
    assert "from: 2026-02-01 is after to (2026-01-01)" in cli.fails(
        "reports", "taxes", "--from", "2026-02-01", "--to", "2026-01-01"
    )
    assert "no customer with id 42" in cli.fails("reports", "statement", "42", "--json")
    assert cli.json("reports", "aging", "--json")["currencies"] == {}
