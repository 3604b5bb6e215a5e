"""TextBlock lays plain text out as a Paragraph of the same text would, and hands hard text to one."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from reportlab.lib.styles import ParagraphStyle
from reportlab.platypus import Paragraph

from desktop.pdf.flowables import TextBlock
from desktop.pdf.fonts import register_fonts
from desktop.pdf.text import markup

WORDS = st.lists(
    st.text("abcdefghijklmnopqrstuvwxyzÄÖÜßłΩЖ—.,0123456789", min_size=1, max_size=12),
    min_size=1,
    max_size=60,
)


def _style() -> ParagraphStyle:
    return ParagraphStyle("body", fontName=register_fonts().regular.name, fontSize=9, leading=12)


@settings(max_examples=60, deadline=None)
@given(words=WORDS, width=st.sampled_from([60.0, 150.0, 480.0]))
def test_plain_text_takes_the_lines_a_paragraph_takes(words: list[str], width: float) -> None:
    text = " ".join(words)
    style = _style()
    block_height = TextBlock.of(text, style).wrap(width, 10_000)[1]
    assert block_height == Paragraph(markup(text), style).wrap(width, 10_000)[1]


def test_a_block_splits_between_lines_and_keeps_every_line() -> None:
    style = _style()
    block = TextBlock.of(" ".join(f"word{n}" for n in range(400)), style)
    height = block.wrap(200, 10_000)[1]
    head, tail = block.split(200, 120)
    assert head.wrap(200, 120)[1] == 120  # ten lines of 12 pt
    assert head.wrap(200, 120)[1] + tail.wrap(200, 10_000)[1] == height
    assert block.split(200, 5) == []  # not even one line fits: the block moves on whole


def test_text_a_plain_line_cannot_show_becomes_a_paragraph() -> None:
    style = _style()
    for text in ("x" * 500, "漢字 and Latin", "tab\there"):
        block = TextBlock.of(text, style)
        assert block.wrap(200, 10_000) == Paragraph(markup(text), style).wrap(200, 10_000)
