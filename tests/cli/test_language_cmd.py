"""The language contract, run as real subprocesses on a real SQLite file: `organization set
--locale`, `customers set ID --language`, `documents pdf` in the customer's language else the
organization's, people's formatting in the human output and locale-free JSON."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.cli import test_essentials_cmd as essentials
from tests.cli.test_essentials_cmd import Cli

customers = essentials.customers  # the fixture: two customers in a migrated database


def _invoice(cli: Cli, tmp_path: Path, customer: int) -> str:
    content = {
        "kind": "invoice",
        "customer_id": customer,
        "date": "2026-11-01",
        "due_date": "2026-12-01",
        "currency_code": "EUR",
        "line_items": [{"name": "Beratung", "rate": "1234.56", "quantity": "1", "taxes": []}],
    }
    path = tmp_path / f"invoice-{customer}.json"
    path.write_text(json.dumps(content), encoding="utf-8")
    return cli.ok("documents", "import", str(path)).strip()


def _pdf_text(cli: Cli, tmp_path: Path, number: str) -> str:
    output = tmp_path / f"{number}.pdf"
    cli.ok("documents", "pdf", number, "-o", str(output))
    text = "\n".join(page.extract_text() for page in PdfReader(output).pages)
    return " ".join(text.replace("\u202f", " ").replace("\u00a0", " ").split())


def test_documents_pdf_speaks_the_customers_language_else_the_organizations(
    data_dir: Path, cli_env: dict[str, str], customers: tuple[int, int], tmp_path: Path
) -> None:
    cli = Cli(data_dir, cli_env)
    german, plain = customers
    assert cli.json("organization", "set", "--locale", "fr-fr", "--json")["locale"] == "fr_FR"
    shown = cli.json("customers", "set", str(german), "--language", "DE", "--json")
    assert shown["language"] == "de"
    assert "language de" in cli.ok("customers", "set", str(german))
    listed = {c["id"]: c for c in cli.json("customers", "--json")}
    assert (listed[german]["language"], listed[plain]["language"]) == ("de", None)

    german_pdf = _pdf_text(cli, tmp_path, _invoice(cli, tmp_path, german))
    assert "Rechnung" in german_pdf
    assert "1.234,56 €" in german_pdf
    assert "1. Dezember 2026" in german_pdf
    french_pdf = _pdf_text(cli, tmp_path, _invoice(cli, tmp_path, plain))
    assert "Facture" in french_pdf
    assert "1 234,56 €" in french_pdf
    assert "1 décembre 2026" in french_pdf

    # Back to the organization's language: '' clears the customer's.
    cli.ok("customers", "set", str(german), "--language", "")
    assert cli.json("customers", "--json")[0]["language"] is None


def test_json_stays_locale_free_and_human_output_follows_the_organization(
    data_dir: Path, cli_env: dict[str, str], customers: tuple[int, int], tmp_path: Path
) -> None:
    cli = Cli(data_dir, cli_env)
    cli.ok("organization", "set", "--locale", "de_DE")
    number = _invoice(cli, tmp_path, customers[0])
    shown = cli.json("documents", "show", number)
    assert (shown["total"], shown["date"], shown["due_date"]) == (
        "1234.56", "2026-11-01", "2026-12-01",
    )  # fmt: skip
    [row] = cli.json("documents", "--json")
    assert row["total"] == "1234.56"
    listed = cli.ok("documents")
    assert "1.234,56" in listed
    assert "01.11.2026" in listed
    assert "balance 1.234,00" in cli.ok("documents", "pay", number, "0.56")
    assert "1.234,00" in cli.ok("reports", "aging", "--as-of", "2026-12-31")
    aging = cli.json("reports", "aging", "--as-of", "2026-12-31", "--json")
    assert aging["currencies"]["EUR"]["total"] == "1234.00"
    assert "1234.00" in cli.ok("reports", "aging", "--as-of", "2026-12-31", "--csv")

    # The statement PDF speaks the customer's language too.
    cli.ok("customers", "set", str(customers[0]), "--language", "es")
    output = tmp_path / "statement.pdf"
    cli.ok("reports", "statement", str(customers[0]), "-o", str(output))
    statement = " ".join(page.extract_text() for page in PdfReader(output).pages)
    assert "Extracto de cuenta" in statement
    assert "1234,56" in statement.replace(".", "").replace("\u202f", "").replace("\u00a0", "")


@pytest.mark.parametrize(
    ("args", "field"),
    [
        (("organization", "set", "--locale", "xx_QQ"), "locale"),
        (("customers", "set", "1", "--language", "klingon"), "language"),
    ],
)
def test_a_bad_locale_or_language_is_one_sentence_naming_the_field(
    data_dir: Path,
    cli_env: dict[str, str],
    customers: tuple[int, int],
    args: tuple[str, ...],
    field: str,
) -> None:
    cli = Cli(data_dir, cli_env)
    before = cli.ok("organization", "--json"), cli.ok("customers", "--json")
    message = cli.fails(*args)
    assert field in message
    assert (cli.ok("organization", "--json"), cli.ok("customers", "--json")) == before
