"""Time rendering 100 eight-line invoices to PDF (target: under 1 s on the 2-core CI machine).

The documents are made through the real controller on a temporary SQLite file, then read back
once; only `render_document` is timed, as the GUI's viewer and `documents pdf` call it. Three
runs; prints min/median/max of the wall time and of the process's CPU time (the CPU figure is
what to compare when other work shares the machine). A second line times the same invoices
with a 600 × 240 PNG logo (transparent), for information: the target is the first line's.
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from dataclasses import replace
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from PIL import Image, ImageDraw

from desktop.controllers.bootstrap import open_services
from desktop.domain.documents import (
    Discount,
    Document,
    DocumentDraft,
    DocumentKind,
    LineDraft,
    OrganizationProfile,
    TaxSpec,
)
from desktop.pdf.document_pdf import render_document
from desktop.persistence.database import sqlite_url
from desktop.persistence.records import CustomerRecord
from desktop.secrets.store import MemorySecretStore

COUNT = 100
LINES_PER_INVOICE = 8
TARGET_SECONDS = 1.0
RUNS = 3


def _draft(customer_id: int, n: int) -> DocumentDraft:
    taxes = (TaxSpec("GST", Decimal("5")), TaxSpec("QST", Decimal("9.975")))
    lines = tuple(
        LineDraft(
            name=f"Service {n}-{i} — Łódź / Ελλάδα / Москва",
            description="Work on site, travel and materials",
            quantity=Decimal(i + 1),
            rate=Decimal("19.99") + n,
            discount=Discount(Decimal("5"), True) if i % 3 == 0 else None,
            taxes=taxes,
        )
        for i in range(LINES_PER_INVOICE)
    )
    return DocumentDraft(
        kind=DocumentKind.INVOICE,
        date=date(2026, 11, 1),
        customer_id=customer_id,
        line_items=lines,
        shipping_charge=Decimal("12.50"),
        notes="Thank you for your business.",
        terms="Net 30",
    )


def main() -> int:
    with tempfile.TemporaryDirectory() as folder:
        services = open_services(sqlite_url(Path(folder) / "bench.sqlite3"), MemorySecretStore())
        now = datetime.now(UTC)
        with services.database.session() as session:
            customer = CustomerRecord(
                name="Acme <b>R&D</b>", status="active", created_at=now, updated_at=now
            )
            session.add(customer)
            session.flush()
            customer_id = customer.id
        numbers = [services.documents.create(_draft(customer_id, n)).number for n in range(COUNT)]
        documents = [services.documents.get(number) for number in numbers]
        organization = services.documents.organization()
        walls, cpus, sizes = _timed(documents, organization)
        logo = replace(organization, logo_path=_logo(Path(folder) / "logo.png"))
        logo_walls, logo_cpus, logo_sizes = _timed(documents, logo)
        services.close()
    median = statistics.median(walls)
    print(
        f"rendered {COUNT} invoices ({LINES_PER_INVOICE} lines each), {RUNS} runs: "
        f"wall min/median/max {_spread(walls)} s, CPU {_spread(cpus)} s "
        f"({median / COUNT * 1000:.1f} ms each, {sum(sizes) / COUNT / 1024:.0f} KiB average); "
        f"target median < {TARGET_SECONDS:.0f} s: {'met' if median < TARGET_SECONDS else 'MISSED'}"
    )
    print(
        f"with a 600x240 PNG logo: wall min/median/max {_spread(logo_walls)} s, "
        f"CPU {_spread(logo_cpus)} s ({sum(logo_sizes) / COUNT / 1024:.0f} KiB average)"
    )
    return 0 if median < TARGET_SECONDS else 1


def _timed(
    documents: list[Document], organization: OrganizationProfile
) -> tuple[list[float], list[float], list[int]]:
    """Return the wall and CPU seconds of each run, and the sizes of the last run's PDFs."""
    render_document(documents[0], organization)  # fonts and the logo are prepared once
    walls, cpus, sizes = [], [], []
    for _run in range(RUNS):
        wall, cpu = time.perf_counter(), time.process_time()
        sizes = [len(render_document(document, organization)) for document in documents]
        walls.append(time.perf_counter() - wall)
        cpus.append(time.process_time() - cpu)
    return walls, cpus, sizes


def _logo(path: Path) -> str:
    """Write a 600 x 240 logo with a transparent background and fine lines; return its path."""
    image = Image.new("RGBA", (600, 240), (255, 255, 255, 0))
    draw = ImageDraw.Draw(image)
    for x in range(0, 600, 7):
        draw.line([(x, 0), (600 - x, 240)], fill=(x % 255, 80, 160, 255), width=3)
    image.save(path)
    return str(path)


def _spread(values: list[float]) -> str:
    return "/".join(
        f"{value:.2f}" for value in (min(values), statistics.median(values), max(values))
    )


if __name__ == "__main__":
    sys.exit(main())
