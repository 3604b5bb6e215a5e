"""The contract of organization, taxes, items, customers set, credit notes and payment removal,
run as real subprocesses on a real SQLite file."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from PIL import Image as PillowImage

from desktop.persistence.database import Database
from desktop.persistence.migrate import upgrade_to_head
from tests.conftest import run_cli
from tests.document_helpers import add_customer


@pytest.fixture
def customers(database_url: str) -> tuple[int, int]:
    database = Database(database_url)
    upgrade_to_head(database)
    ids = add_customer(database, "Acme Ltd"), add_customer(database, "Exempt GmbH")
    database.dispose()
    return ids


class Cli:
    """`invoice-desk --data-dir DIR …` in a subprocess."""

    def __init__(self, data_dir: Path, env: dict[str, str]) -> None:
        self.data_dir, self.env = data_dir, env

    def ok(self, *args: str) -> str:
        result = run_cli(["--data-dir", str(self.data_dir), *args], self.env)
        assert result.returncode == 0, result.stderr
        return result.stdout

    def json(self, *args: str) -> Any:
        return json.loads(self.ok(*args))

    def fails(self, *args: str) -> str:
        result = run_cli(["--data-dir", str(self.data_dir), *args], self.env)
        assert result.returncode != 0
        assert result.stderr.count("\n") == 1, result.stderr  # one line
        return result.stderr


def test_seller_taxes_items_and_customer_fields(
    data_dir: Path, cli_env: dict[str, str], customers: tuple[int, int]
) -> None:
    cli = Cli(data_dir, cli_env)
    profile = cli.json(
        "organization", "set", "--name", "Desk & Co", "--street", "1 Rue", "--city", "Paris",
        "--state", "IDF", "--zip", "75001", "--country", "France", "--tax-id", "FR123",
        "--email", "billing@desk.example", "--phone", "+33 1 23", "--website", "desk.example",
        "--payment-details", "IBAN FR76 3000 6000\nBIC AGRIFRPP", "--currency", "eur",
        "--tax-rounding", "document", "--json",
    )  # fmt: skip
    assert cli.json("organization", "--json") == profile
    assert (profile["tax_id"], profile["currency"], profile["tax_rounding"]) == (
        "FR123",
        "EUR",
        "document",
    )
    assert "email: 'no-at' is not an email address" in cli.fails(
        "organization", "set", "--name", "Lost", "--email", "no-at"
    )
    assert cli.json("organization", "--json")["name"] == "Desk & Co"
    broken = data_dir / "logo.png"
    broken.write_bytes(b"\x89PNG\r\n\x1a\n" + b"not an image" * 50)
    assert f"logo: {broken} is not an image that can be printed" in cli.fails(
        "organization", "set", "--name", "Lost", "--logo", str(broken)
    )
    assert f"logo: {data_dir / 'gone.png'} is not a file" in cli.fails(
        "organization", "set", "--logo", str(data_dir / "gone.png")
    )
    assert cli.json("organization", "--json") == profile

    cli.ok("taxes", "add", "VAT", "20", "--default")
    cli.ok("taxes", "add", "Reduced", "5.5", "--compound")
    assert "already exists" in cli.fails("taxes", "add", "vat", "10")
    assert "rate:" in cli.fails("taxes", "add", "Big", "1001")
    assert cli.json("taxes", "--json") == [
        {"name": "Reduced", "rate": "5.5", "compound": True, "archived": False, "default": False},
        {"name": "VAT", "rate": "20", "compound": False, "archived": False, "default": True},
    ]
    cli.ok("items", "add", "Consulting", "80", "--description", "Senior", "--unit", "hour",
           "--tax", "VAT")  # fmt: skip
    assert "tax[0]: there is no tax named 'GST'" in cli.fails(
        "items", "add", "X", "1", "--tax", "GST"
    )
    assert cli.json("items", "--json") == [
        {
            "name": "Consulting",
            "description": "Senior",
            "rate": "80",
            "unit": "hour",
            "taxes": ["VAT"],
        }
    ]

    acme, exempt = customers
    shown = cli.json("customers", "set", str(exempt), "--tax-id", "DE9", "--tax-exempt",
                     "Reverse charge", "--payment-terms", "14", "--currency", "EUR", "--json")  # fmt: skip
    assert (shown["tax_id"], shown["tax_exemption_reason"], shown["payment_terms_days"]) == (
        "DE9",
        "Reverse charge",
        14,
    )
    assert "default_tax: there is no tax named 'GST'" in cli.fails(
        "customers", "set", str(acme), "--default-tax", "GST", "--payment-terms", "9"
    )
    assert "payment_terms" in cli.fails("customers", "set", str(acme), "--payment-terms", "-1")
    cli.ok("customers", "set", str(acme), "--default-tax", "Reduced")
    [acme_json] = [c for c in cli.json("customers", "--json") if c["id"] == acme]
    assert (acme_json["default_tax"], acme_json["payment_terms_days"]) == ("Reduced", None)
    cli.ok("taxes", "archive", "Reduced")
    assert cli.json("taxes", "--json")[0]["archived"] is True
    assert (
        "no-tax-exempt"
        in run_cli(
            [
                "--data-dir",
                str(data_dir),
                "customers",
                "set",
                "1",
                "--tax-exempt",
                "x",
                "--no-tax-exempt",
            ],
            cli_env,
        ).stderr
    )  # argparse: the two cannot go together


def test_credit_notes_refunds_and_removed_payments(
    data_dir: Path, cli_env: dict[str, str], customers: tuple[int, int], tmp_path: Path
) -> None:
    cli = Cli(data_dir, cli_env)
    acme, exempt = customers
    cli.ok("taxes", "add", "VAT", "20", "--default")
    cli.ok("items", "add", "Consulting", "80", "--description", "Senior", "--tax", "VAT")
    cli.ok("customers", "set", str(exempt), "--tax-exempt", "Reverse charge")
    documents = [
        {"kind": "invoice", "customer_id": acme, "date": "2026-12-01", "due_date": "2099-12-31",
         "line_items": [{"item": "Consulting", "quantity": "10"}]},
        {"kind": "invoice", "customer_id": acme, "date": "2026-12-01", "due_date": "2099-12-31",
         "line_items": [{"name": "Support", "rate": "500", "taxes": ["VAT"]}]},
        {"kind": "invoice", "customer_id": exempt, "date": "2026-12-01", "due_date": "2099-12-31",
         "line_items": [{"item": "Consulting"}]},
    ]  # fmt: skip
    source = tmp_path / "documents.json"
    source.write_text(json.dumps(documents), encoding="utf-8")
    assert cli.ok("documents", "import", str(source)).split() == [
        "INV-000001",
        "INV-000002",
        "INV-000003",
    ]
    first = cli.json("documents", "show", "INV-000001")
    assert (first["total"], first["credits_applied"]) == ("960.00", "0.00")
    line = first["line_items"][0]
    assert (line["name"], line["description"], line["rate"], line["taxes"][0]["name"]) == (
        "Consulting",
        "Senior",
        "80",
        "VAT",
    )
    third = cli.json("documents", "show", "INV-000003")
    assert (third["total"], third["tax_exemption_reason"]) == ("80.00", "Reverse charge")

    credit = {"kind": "credit_note", "customer_id": acme, "invoice": "INV-000001",
              "line_items": [{"name": "Goodwill", "rate": "400", "taxes": []}]}  # fmt: skip
    source.write_text(json.dumps(credit), encoding="utf-8")
    assert cli.ok("documents", "import", str(source)).strip() == "CN-000001"
    assert "more than the 400.00 left on CN-000001" in cli.fails(
        "documents", "apply-credit", "CN-000001", "INV-000001", "400.01"
    )
    cli.ok("documents", "apply-credit", "CN-000001", "INV-000001", "300")
    out = cli.ok("documents", "apply-credit", "CN-000001", "INV-000002", "50")
    assert "INV-000002 is now partially_paid; balance 550.00" in out
    assert "different customers" in cli.fails(
        "documents", "apply-credit", "CN-000001", "INV-000003", "1"
    )
    assert "CN-000001 is now closed; balance 0.00" in cli.ok(
        "documents", "refund", "CN-000001", "50", "--date", "2026-12-02", "--mode", "bank"
    )
    shown = cli.json("documents", "show", "CN-000001")
    assert (shown["status"], shown["balance"], shown["invoice"]) == ("closed", "0.00", "INV-000001")
    assert [a["amount"] for a in shown["credit_applications"]] == ["300.00", "50.00"]
    assert shown["refunds"][0]["amount"] == "50.00"
    assert cli.json("documents", "show", "INV-000001")["credits_applied"] == "300.00"
    assert [d["number"] for d in cli.json("documents", "--kind", "credit_note", "--json")] == [
        "CN-000001"
    ]

    cli.ok("documents", "pay", "INV-000001", "200", "--date", "2026-12-01")
    [payment] = cli.json("documents", "payments", "INV-000001", "--json")
    assert "Payment" in cli.ok("documents", "delete-payment", str(payment["id"]))
    assert cli.json("documents", "payments", "INV-000001", "--json") == []
    after = cli.json("documents", "show", "INV-000001")
    assert (after["status"], after["balance"]) == ("partially_paid", "660.00")
    assert "payment of 200.00 on 2026-12-01 removed" in after["history"][-1]["message"]
    assert "There is no payment with id" in cli.fails("documents", "delete-payment", "999")


def test_a_logo_typed_relative_to_a_folder_is_stored_from_that_folder(
    data_dir: Path, cli_env: dict[str, str]
) -> None:
    folder = data_dir / "brand ✓"
    folder.mkdir()
    PillowImage.new("RGB", (60, 30), (0, 90, 160)).save(folder / "logo.png")
    result = subprocess.run(
        [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "organization", "set",
         "--logo", "logo.png", "--json"],
        env=cli_env, cwd=folder, capture_output=True, text=True, timeout=120, check=False,
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert json.loads(result.stdout)["logo"] == str(folder / "logo.png")
    cleared = Cli(data_dir, cli_env).json("organization", "set", "--logo", "", "--json")
    assert cleared["logo"] is None


def test_a_reader_that_stops_early_ends_the_listing_quietly(
    data_dir: Path, database_url: str, cli_env: dict[str, str]
) -> None:
    database = Database(database_url)
    upgrade_to_head(database)
    for number in range(300):  # ~300 KB of JSON: more than a pipe holds
        add_customer(database, f"Customer {number} " + "é😀عربي中文" * 40)
    database.dispose()
    for json_flag in (["--json"], []):
        with subprocess.Popen(
            [sys.executable, "-m", "desktop", "--data-dir", str(data_dir), "customers",
             *json_flag],
            env=cli_env, stdout=subprocess.PIPE, stderr=subprocess.PIPE,
        ) as process:  # fmt: skip
            assert process.stdout is not None
            assert process.stderr is not None
            assert process.stdout.read(10)  # like `| head -c 10`
            process.stdout.close()
            error = process.stderr.read().decode()
            assert process.wait(timeout=120) == 141
            assert error == ""
