"""The catalogues are complete and current: every document/email label and every window string has
a German, French and Spanish translation, and each committed .mo/.qm is what its source compiles to.

Fails the build when a new label is added without translating it (`make translations`, then fill
in the .po msgstr / the .ts translation)."""

from __future__ import annotations

import gettext
import io
import re
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import write_mo
from babel.messages.pofile import read_po
from PySide6.QtCore import QTranslator

from desktop.domain.locale_format import CATALOGUE, catalogue_folder
from desktop.ui.translations import catalogue_folder as window_catalogue_folder

ROOT = Path(__file__).resolve().parents[1]
LANGUAGES = ("de", "fr", "es")
PLACEHOLDER = re.compile(r"\{[a-z_]+\}")
TOOLS = Path(sys.executable).parent


def _source_messages() -> set[str]:
    """Return every message the code marks for the document/email catalogues (as `make
    translations` extracts them, without going through the .pot)."""
    config = catalogue_folder() / "babel.cfg"
    method_map = [
        (line[len("[python: ") : -1], "python")
        for line in config.read_text(encoding="utf-8").splitlines()
        if line.startswith("[python: ")
    ]
    keywords = {"_": None, "N_": None}
    return {
        message
        for _file, _line, message, _comments, _context in extract_from_dir(
            ROOT, method_map, keywords=keywords
        )
        if isinstance(message, str)
    }


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_document_label_has_a_translation(language: str) -> None:
    messages = _source_messages()
    assert {"Invoice", "Bill to", "Balance due", "{number} · page {page}"} <= messages
    path = catalogue_folder() / language / "LC_MESSAGES" / f"{CATALOGUE}.po"
    with path.open("rb") as file:
        catalog = read_po(file)
    untranslated = []
    for message_id in sorted(messages):
        entry = catalog.get(message_id)
        if entry is None or not entry.string or entry.fuzzy:
            untranslated.append(message_id)
        elif sorted(PLACEHOLDER.findall(str(entry.string))) != sorted(
            PLACEHOLDER.findall(message_id)
        ):
            untranslated.append(f"{message_id} (placeholders differ)")
    assert not untranslated, f"{path.name} ({language}) lacks: {untranslated}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_compiled_document_catalogue_is_its_source_compiled(language: str) -> None:
    folder = catalogue_folder() / language / "LC_MESSAGES"
    with (folder / f"{CATALOGUE}.po").open("rb") as file:
        catalog = read_po(file)
    expected = io.BytesIO()
    write_mo(expected, catalog)
    compiled = gettext.GNUTranslations(io.BytesIO(expected.getvalue()))
    with (folder / f"{CATALOGUE}.mo").open("rb") as file:
        committed = gettext.GNUTranslations(file)
    assert committed._catalog == compiled._catalog, "run `make translations`"  # type: ignore[attr-defined]


def _messages(ts: Path) -> dict[tuple[str, str, bool], list[str] | None]:
    """Return (context, source, plural) → its translation forms (None when unfinished)."""
    found: dict[tuple[str, str, bool], list[str] | None] = {}
    for context in ET.parse(ts).getroot().iter("context"):  # noqa: S314 - our own files
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            plural = message.get("numerus") == "yes"
            key = (name, message.findtext("source") or "", plural)
            translation = message.find("translation")
            if translation is None or translation.get("type") in ("unfinished", "vanished"):
                found[key] = None
                continue
            forms = [f.text or "" for f in translation.iter("numerusform")] if plural else []
            found[key] = forms if plural else [translation.text or ""]
    return found


@pytest.fixture(scope="module")
def window_sources(tmp_path_factory: pytest.TempPathFactory) -> set[tuple[str, str, bool]]:
    """Return every string the window marks for translation, extracted now by pyside6-lupdate."""
    fresh = tmp_path_factory.mktemp("lupdate") / "fresh.ts"
    subprocess.run(
        [str(TOOLS / "pyside6-lupdate"), "-extensions", "py", "-locations", "none",
         str(ROOT / "desktop" / "ui"), "-ts", str(fresh)],
        check=True, capture_output=True,
    )  # fmt: skip
    return set(_messages(fresh))


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_window_string_has_a_translation(
    language: str, window_sources: set[tuple[str, str, bool]]
) -> None:
    assert len(window_sources) > 500
    ts = window_catalogue_folder() / f"invoice_desk_{language}.ts"
    committed = _messages(ts)
    missing = sorted(key[1] for key in window_sources if not committed.get(key))
    assert not missing, f"{ts.name} lacks: {missing[:20]} (run `make translations`)"
    for (_context, source, plural), forms in committed.items():
        assert forms is not None
        assert all(forms), source
        for form in forms:
            assert sorted(PLACEHOLDER.findall(form)) == sorted(PLACEHOLDER.findall(source)), form
            assert "%n" in form or not plural, form


@pytest.mark.parametrize("language", LANGUAGES)
def test_each_compiled_window_catalogue_is_its_source_compiled(
    language: str, tmp_path: Path
) -> None:
    ts = window_catalogue_folder() / f"invoice_desk_{language}.ts"
    fresh = tmp_path / f"invoice_desk_{language}.qm"
    subprocess.run(
        [str(TOOLS / "pyside6-lrelease"), str(ts), "-qm", str(fresh)],
        check=True, capture_output=True,
    )  # fmt: skip
    committed, compiled = QTranslator(), QTranslator()
    assert committed.load(str(ts.with_suffix(".qm")))
    assert compiled.load(str(fresh))
    # Compared by what they answer, not byte for byte: another Qt may lay the file out anew.
    for context, source, plural in _messages(ts):
        for count in (1, 2, 5) if plural else (-1,):
            answer = committed.translate(context, source, None, count)
            assert answer == compiled.translate(context, source, None, count), (
                f"{ts.with_suffix('.qm').name} is stale: run `make translations`"
            )
            assert answer, source
