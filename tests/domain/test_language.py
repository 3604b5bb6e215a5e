"""The documents' locale: CLDR locales of the languages documents are written in, nothing else."""

from __future__ import annotations

import pytest

from desktop.domain.errors import ValidationError
from desktop.domain.language import check_locale


@pytest.mark.parametrize(
    ("text", "stored"),
    [("de_DE", "de_DE"), ("fr-ca", "fr_CA"), (" en_IN ", "en_IN"), ("es", "es"), ("", None)],
)
def test_a_locale_of_a_document_language_is_stored_as_babel_spells_it(
    text: str, stored: str | None
) -> None:
    assert check_locale(text) == stored


@pytest.mark.parametrize("text", ["hi_IN", "ar_EG", "zh_Hans_CN", "ja_JP"])
def test_a_locale_whose_language_has_no_document_texts_is_refused(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_locale(text)
    assert refused.value.field == "locale"
    assert "English, Deutsch, Français, Español" in refused.value.problem
    assert text in refused.value.problem


@pytest.mark.parametrize("text", ["1,5", "-0", "1e400", "😀", "x" * 10_000, "مرحبا", "漢字"])
def test_junk_is_one_short_sentence_naming_the_field(text: str) -> None:
    with pytest.raises(ValidationError) as refused:
        check_locale(text)
    assert refused.value.field == "locale"
    assert len(str(refused.value)) < 200
