"""`documents einvoice` in real subprocesses on a real SQLite file: every file is checked against
its official XSD and its sums are recomputed against `documents show`."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from desktop.persistence.database import Database
from desktop.persistence.migrate import upgrade_to_head
from tests.conftest import run_cli
from tests.document_helpers import add_customer
from tests.einvoice.einvoice_checks import Read, check_rules, money, read_facturx, read_ubl

IBAN = "FR76 3000 6000 0112 3456 7890 189"


class Cli:
    """`invoice-desk --data-dir DIR …` in a subprocess."""

    def __init__(self, data_dir: Path, env: dict[str, str], tmp: Path) -> None:
        self.data_dir, self.env, self.tmp = data_dir, env, tmp

    def run(self, *args: str) -> Any:
        return run_cli(["--data-dir", str(self.data_dir), *args], self.env)

    def ok(self, *args: str) -> str:
        result = self.run(*args)
        assert result.returncode == 0, result.stderr
        return str(result.stdout)

    def fails(self, *args: str) -> str:
        result = self.run(*args)
        assert result.returncode != 0
        assert result.stderr.count("\n") == 1, result.stderr  # one sentence
        return str(result.stderr)

    def documents(self, *documents: dict[str, Any]) -> list[str]:
        source = self.tmp / "documents.json"
        dated = [{"date": "2026-11-01", **document} for document in documents]
        source.write_text(json.dumps(dated), encoding="utf-8")
        return self.ok("documents", "import", str(source)).split()

    def both(self, number: str) -> list[Read]:
        """Write the Factur-X PDF and the UBL file of a document; return both, checked."""
        pdf, xml = self.tmp / f"{number}.pdf", self.tmp / f"{number}.xml"
        self.ok("documents", "einvoice", number, "--format", "facturx", "-o", str(pdf))
        self.ok("documents", "einvoice", number, "--format", "ubl", "-o", str(xml))
        return [read_facturx(pdf), read_ubl(xml)]


@pytest.fixture
def customers(database_url: str) -> tuple[int, int]:
    database = Database(database_url)
    upgrade_to_head(database)
    ids = (
        add_customer(database, "Kunde GmbH", billing_country="Deutschland", billing_zip="10115"),
        add_customer(database, "Exempt SA", billing_country="Belgique", billing_city="Bruxelles"),
    )
    database.dispose()
    return ids


@pytest.fixture
def cli(data_dir: Path, cli_env: dict[str, str], tmp_path: Path) -> Cli:
    cli = Cli(data_dir, cli_env, tmp_path)
    cli.ok(
        "organization", "set", "--name", "Desk & Co", "--street", "1 Rue", "--city", "Paris",
        "--zip", "75001", "--country", "France", "--tax-id", "FR40303265045",
        "--email", "billing@desk.example", "--payment-details", f"IBAN {IBAN}\nBIC AGRIFRPP",
        "--currency", "EUR",
    )  # fmt: skip
    return cli


def line(name: str, quantity: str, rate: str, *taxes: tuple[str, str, bool], **more: str) -> Any:
    return {
        "name": name,
        "quantity": quantity,
        "rate": rate,
        "taxes": [{"name": n, "rate": r, "compound": c} for n, r, c in taxes],
        **more,
    }


VAT20, VAT55 = ("VAT", "20", False), ("Reduced", "5.5", False)
QST = ("QST", "9.975", True)  # a compound tax: it also taxes the line's other taxes

CASES: dict[str, dict[str, Any]] = {
    "discounts and shipping": {
        "discount": "10%",
        "shipping_charge": "5.00",
        "due_date": "2026-12-01",
        "line_items": [
            line("Consulting", "3", "33.33", VAT20, discount="5%"),
            line("Book", "1", "10", VAT55),
            line("Travel", "2", "7.45", VAT20),
        ],
    },
    "inclusive taxes": {
        "is_inclusive_tax": True,
        "discount": "7.5",
        "line_items": [
            line("A", "3", "10.00", VAT20),
            line("B", "1.5", "3.33", VAT55, discount="1.00"),
        ],
    },
    "compound taxes per document": {
        "tax_rounding": "document",
        "line_items": [
            line("GST and QST", "1", "19.99", ("GST", "5", False), QST),
            line("GST only", "3", "1.11", ("GST", "5", False)),
        ],
    },
    "adjustment": {"adjustment": "-0.04", "line_items": [line("Rounded", "1", "10.04", VAT20)]},
}


@pytest.mark.parametrize("case", CASES)
def test_sums_match_documents_show(cli: Cli, customers: tuple[int, int], case: str) -> None:
    [number] = cli.documents({"kind": "invoice", "customer_id": customers[0], **CASES[case]})
    cli.ok("documents", "pay", number, "1.00")
    shown = json.loads(cli.ok("documents", "show", number))
    for read in cli.both(number):
        check_rules(read)
        t = read.totals
        assert read.type_code == "380"
        assert t["tax"] == money(shown["tax_total"])
        assert t["inclusive"] + t["rounding"] == money(shown["total"])
        assert t["prepaid"] == money(shown["paid"]) == money("1.00")
        assert t["payable"] == money(shown["balance"])
        assert (read.seller_country, read.buyer_country) == ("FR", "DE")
        assert read.iban == IBAN.replace(" ", "")
        if not shown["is_inclusive_tax"]:
            assert t["line"] == money(shown["sub_total"])
            assert t["allowances"] == money(shown["discount_total"])


def test_compound_taxes_become_their_combined_rate(cli: Cli, customers: tuple[int, int]) -> None:
    [number] = cli.documents({"kind": "invoice", "customer_id": customers[0], **CASES["compound taxes per document"]})  # fmt: skip
    for read in cli.both(number):
        # (1 + 5 %) × (1 + 9.975 %) − 1 = 15.47375 %: the line is taxed exactly as both taxes do
        assert set(read.groups) == {("S", money("15.47375")), ("S", money("5"))}


def test_exempt_customer_and_credit_note(cli: Cli, customers: tuple[int, int]) -> None:
    exempt = customers[1]
    cli.ok("customers", "set", str(exempt), "--tax-id", "BE0123456749", "--tax-exempt",
           "Exempt under article 44 of the VAT code")  # fmt: skip
    [invoice] = cli.documents({"kind": "invoice", "customer_id": exempt, "shipping_charge": "2.50",
                               "line_items": [line("Service", "2", "50")]})  # fmt: skip
    [credit] = cli.documents({"kind": "credit_note", "customer_id": exempt, "invoice": invoice,
                              "line_items": [line("Service", "1", "50")]})  # fmt: skip
    for read in cli.both(invoice):
        check_rules(read)
        assert read.groups == {
            ("E", money("0")): (
                money("102.50"),
                money("0.00"),
                "Exempt under article 44 of the VAT code",
            )
        }
        assert (read.buyer_country, read.buyer_vat) == ("BE", "BE0123456749")
    for read in cli.both(credit):
        check_rules(read)
        assert (read.type_code, read.credited) == ("381", invoice)
        assert read.totals["payable"] == money("50.00")


def test_missing_or_inexpressible_data_is_one_sentence_and_no_file(
    cli: Cli, customers: tuple[int, int], tmp_path: Path
) -> None:
    out = tmp_path / "never.xml"
    [invoice, estimate, after_tax] = cli.documents(
        {"kind": "invoice", "customer_id": customers[0], "line_items": [line("A", "1", "10", VAT20)]},
        {"kind": "estimate", "customer_id": customers[0], "line_items": [line("A", "1", "10")]},
        {"kind": "invoice", "customer_id": customers[0], "discount": "5%",
         "is_discount_before_tax": False, "line_items": [line("A", "1", "10", VAT20)]},
    )  # fmt: skip
    for form in ("facturx", "ubl"):
        args = ("documents", "einvoice", "--format", form, "-o", str(out))
        assert "estimate" in cli.fails(*args[:2], estimate, *args[2:])
        assert "discount: a discount after tax" in cli.fails(*args[:2], after_tax, *args[2:])
    cli.ok("organization", "set", "--country", "Atlantis")
    assert "organization country: 'Atlantis' is not a country we know" in cli.fails(
        "documents", "einvoice", invoice, "--format", "ubl", "-o", str(out)
    )
    cli.ok("organization", "set", "--country", "FR", "--tax-id", "")
    assert "organization tax_id: fill in the seller's VAT id" in cli.fails(
        "documents", "einvoice", invoice, "--format", "facturx", "-o", str(out)
    )
    assert (
        "invalid choice"
        in cli.run("documents", "einvoice", invoice, "--format", "pdf", "-o", str(out)).stderr
    )
    assert not out.exists()
