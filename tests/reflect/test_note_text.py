"""The note's title and text: Zoho's limits kept whatever the document holds."""

from __future__ import annotations

from datetime import date

from desktop.controllers.services import Services
from desktop.domain.lifecycle import DocumentKind
from desktop.domain.reflect import (
    NOTE_CONTENT_MAX,
    NOTE_TITLE_MAX,
    document_link,
    marked_document,
    note_content,
    note_title,
)
from tests.document_helpers import add_customer, draft, line


def test_huge_and_foreign_text_stays_within_zohos_limits(services: Services) -> None:
    name = "مرحبا 你好 🧾 " + "x" * 10_000
    customer = add_customer(services.database, name[:300])
    lines = [line(f"{n} {name}"[:300], "1.00", "3") for n in range(400)]
    document = services.documents.get(
        services.documents.create(
            draft(customer, DocumentKind.ESTIMATE, *lines, due_date=date(2099, 1, 1))
        ).id
    )
    title, content = note_title(document), note_content(document)
    assert len(title) <= NOTE_TITLE_MAX
    assert title.startswith(f"Estimate {document.number} · USD 1,200.00 · ")
    assert len(content) <= NOTE_CONTENT_MAX
    assert "Expiry date: 2099-01-01" in content
    assert "مرحبا 你好 🧾" in content
    assert "more lines" in content  # cut, and says so
    assert content.endswith(document_link(document.id))  # the link (and marker) always stays
    assert marked_document(content) == document.id
    assert marked_document("a note someone typed by hand") is None
