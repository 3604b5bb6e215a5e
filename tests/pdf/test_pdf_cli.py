"""The contract: any document `documents import` accepts renders with `documents pdf NUMBER -o FILE`
(exit 0, a PDF whose text has the number and every line's name), in real subprocesses."""

from __future__ import annotations

import json
from pathlib import Path

from pypdf import PdfReader

from desktop.persistence.database import Database
from desktop.persistence.migrate import upgrade_to_head
from tests.conftest import run_cli
from tests.document_helpers import add_customer
from tests.pdf.pdf_reading import expected, printed_in_order, squeeze


def test_imported_documents_with_extreme_text_render_from_the_command_line(
    data_dir: Path, database_url: str, cli_env: dict[str, str], tmp_path: Path
) -> None:
    database = Database(database_url)
    upgrade_to_head(database)
    street = "Boulevard " * 10_000  # 100,000 characters, as a CRM may send
    customer = add_customer(database, "Ünïcödé 東京 SARL", billing_street=street)
    database.dispose()
    names = ["Plain work", "漢字かなカナ", "Ωmega " * 300, "tab\tand\x07bell", "emoji 😀 💶"]
    lines = [{"name": name, "rate": "10.00"} for name in names]
    lines.append({"name": "Pasted", "rate": "1", "description": "word " * 2_000 + "x" * 10_000})
    lines += [{"name": f"Line {n:04d}", "rate": "0.01"} for n in range(1_000)]
    source = tmp_path / "documents.json"
    source.write_text(
        json.dumps([{"kind": "invoice", "customer_id": customer, "line_items": lines}]),
        encoding="utf-8",
    )
    base = ["--data-dir", str(data_dir), "documents"]
    imported = run_cli([*base, "import", str(source)], cli_env)
    assert imported.returncode == 0, imported.stderr
    (number,) = imported.stdout.split()
    target = tmp_path / "out.pdf"
    result = run_cli([*base, "pdf", number, "-o", str(target)], cli_env, timeout=300)
    assert result.returncode == 0, result.stderr
    text = squeeze("".join(page.extract_text() for page in PdfReader(target).pages))
    assert number in text
    every_name = "".join(expected(line["name"], bold=True) for line in lines)
    assert printed_in_order(every_name, text)
    assert printed_in_order(squeeze(street), text)
