"""Cheap stand-ins for paragraphs: plain text in one style, wrapped at spaces and drawn directly.

A reportlab Paragraph parses markup, breaks lines fragment by fragment and draws fragments;
most of an invoice's texts are labels, names and short descriptions that need none of that.
`TextBlock` wraps such text with reportlab's `simpleSplit` and draws each line with one canvas
call. It becomes a real Paragraph (fallback fonts, words broken inside) only when its text is
not plain (see `is_plain`) or a word is wider than the line, so its output never differs from
what a Paragraph would make of hard cases. Same text, same drawing: output stays deterministic.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise

from reportlab.lib.colors import Color
from reportlab.lib.enums import TA_RIGHT
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.utils import simpleSplit
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Paragraph
from reportlab.platypus.flowables import Flowable
from reportlab.rl_config import spaceShrinkage

from desktop.pdf.text import is_plain, markup


@dataclass(frozen=True, slots=True)
class Run:
    """A piece of text (user text, not markup) and its colour (None: the style's)."""

    text: str
    color: Color | None = None


class TextBlock(Flowable):  # type: ignore[misc]  # reportlab has no type hints
    """Plain text in one style, wrapped at spaces; several runs (colours) must fit one line.

    Behaves as a Paragraph of the same text would: same first baseline, leading, alignment,
    space before/after, and split between lines across pages.
    """

    def __init__(
        self,
        runs: tuple[Run, ...],
        style: ParagraphStyle,
        bold: bool = False,
        lines: list[str] | None = None,
    ) -> None:
        super().__init__()
        self._runs = runs
        self._style = style
        self._bold = bold
        self._lines = lines  # given for the parts of a split: laid out at their own width
        self._is_part = lines is not None
        self._laid_out_at: float | None = None
        self._paragraph: Paragraph | None = None
        if not all(is_plain(run.text, bold) for run in runs):
            self._paragraph = self._as_paragraph()

    @classmethod
    def of(cls, value: str | None, style: ParagraphStyle, bold: bool = False) -> TextBlock:
        """Return a block of one user text in one style."""
        return cls((Run(value or ""),), style, bold)

    def _as_paragraph(self) -> Paragraph:
        parts = []
        for run in self._runs:
            text = markup(run.text, self._bold)
            color = f"#{run.color.hexval()[2:]}" if run.color else None
            parts.append(f"<font color='{color}'>{text}</font>" if color else text)
        return Paragraph("".join(parts), self._style)

    def _width(self, text: str) -> float:
        return float(stringWidth(text, self._style.fontName, self._style.fontSize))

    def _layout(self, available_width: float) -> None:
        """Break the text into lines, or fall back to a Paragraph when plain lines cannot."""
        if self._paragraph is not None or self._is_part or self._laid_out_at == available_width:
            return
        self._laid_out_at = available_width
        usable = available_width - self._style.leftIndent - self._style.rightIndent
        if len(self._runs) > 1:
            one_line = not any("\n" in run.text for run in self._runs)
            fits = one_line and sum(self._width(run.text) for run in self._runs) <= usable
            self._lines = [""] if fits else None
        elif not self._runs[0].text:
            self._lines = []  # an empty Paragraph takes no height either
        else:
            lines = simpleSplit(
                self._runs[0].text, self._style.fontName, self._style.fontSize, usable
            )
            fits = all(self._width(line) <= usable for line in lines)
            self._lines = lines if fits and not self._shrinks_onto(lines, usable) else None
        if self._lines is None:
            self._paragraph = self._as_paragraph()

    def _shrinks_onto(self, lines: list[str], usable: float) -> bool:
        """Return True when a Paragraph would pull the next word onto one of these lines.

        A Paragraph lets each space of a line shrink a little (`rl_config.spaceShrinkage`), so a
        word a hair too wide for `simpleSplit` still joins the line; such text is left to a
        Paragraph, so both always break alike (rare: the first word must just miss)."""
        shrink = spaceShrinkage * self._width(" ")
        for line, following in pairwise(lines):
            words = line.split(" ")
            joined = f"{line} {following.split(' ', 1)[0]}"
            if self._width(joined) <= usable + shrink * len(words):
                return True
        return False

    def getSpaceBefore(self) -> float:
        """Return the style's space before, as a Paragraph does."""
        return float(self._style.spaceBefore)

    def getSpaceAfter(self) -> float:
        """Return the style's space after, as a Paragraph does."""
        return float(self._style.spaceAfter)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        """Return the size the text takes at this width."""
        self._layout(available_width)
        if self._paragraph is not None:
            self.width, self.height = self._paragraph.wrap(available_width, available_height)
        else:
            assert self._lines is not None
            self.width, self.height = available_width, self._style.leading * len(self._lines)
        return self.width, self.height  # tables read `height` when they split a row

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        """Return the lines that fit and the rest, as two blocks (nothing when none fits)."""
        self._layout(available_width)
        if self._paragraph is not None:
            return self._paragraph.split(available_width, available_height)  # type: ignore[no-any-return]
        assert self._lines is not None
        count = int(available_height // self._style.leading)
        if count <= 0 or len(self._runs) > 1:
            return []
        if count >= len(self._lines):
            return [self]
        head, tail = self._lines[:count], self._lines[count:]
        return [
            TextBlock(self._runs, self._style, self._bold, head),
            TextBlock(self._runs, self._style, self._bold, tail),
        ]

    def draw(self) -> None:
        """Draw the lines (baselines where a Paragraph puts them) or the paragraph."""
        if self._paragraph is not None:
            self._paragraph.drawOn(self.canv, 0, 0)
            return
        assert self._lines is not None
        style = self._style
        text = self.canv.beginText()
        text.setFont(style.fontName, style.fontSize, style.leading)
        y = style.leading * len(self._lines) - style.fontSize
        for line_runs in self._line_runs():
            text.setTextOrigin(self._line_start(line_runs), y)
            for run in line_runs:
                text.setFillColor(run.color or style.textColor)
                text.textOut(run.text)
            y -= style.leading
        self.canv.drawText(text)

    def _line_start(self, line_runs: tuple[Run, ...]) -> float:
        """Return where a line starts: at the left indent, or as far right as it ends."""
        if self._style.alignment != TA_RIGHT:
            return float(self._style.leftIndent)
        width = sum(self._width(run.text) for run in line_runs)
        return float(self.width - self._style.rightIndent - width)

    def _line_runs(self) -> list[tuple[Run, ...]]:
        assert self._lines is not None
        if len(self._runs) > 1:
            return [self._runs]
        color = self._runs[0].color
        return [(Run(line, color),) for line in self._lines]
