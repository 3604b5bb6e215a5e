"""The README and docs/ point only at files inside the project, and every file they name exists."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
DOCUMENTS = [ROOT / "README.md", *sorted((ROOT / "docs").rglob("*.md"))]
LINK = re.compile(r"\]\(([^)\s]+)\)")
# A path in backticks that names a file by its extension, e.g. `docs/architecture.md`.
NAMED_PATH = re.compile(r"`((?:\.\./|\./)?[\w./-]+/[\w.-]+\.(?:md|py|toml|png|spec))`")


@pytest.mark.parametrize("document", DOCUMENTS, ids=lambda p: str(p.relative_to(ROOT)))
def test_every_link_stays_inside_the_project_and_exists(document: Path) -> None:
    text = document.read_text(encoding="utf-8")
    targets = [t for t in LINK.findall(text) if not t.startswith(("http://", "https://", "#"))]
    targets += NAMED_PATH.findall(text)
    outside = [t for t in targets if not (document.parent / t).resolve().is_relative_to(ROOT)]
    assert outside == [], f"{document.name} points outside the project"
    missing = [
        t for t in targets
        if not (document.parent / t.split("#")[0]).exists() and not (ROOT / t).exists()
    ]  # fmt: skip
    assert missing == [], f"{document.name} names files that do not exist"


def test_the_architecture_a_newcomer_needs_is_in_the_project() -> None:
    text = (ROOT / "docs" / "architecture.md").read_text(encoding="utf-8")
    for heading in ("## Layers", "## Rules of the import", "## Data flow"):
        assert heading in text
    assert "docs/architecture.md" in (ROOT / "README.md").read_text(encoding="utf-8")
