"""A JSON array printed one item at a time is byte for byte the array printed at once."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from desktop.cli.output import print_json, print_json_array

ITEMS = [
    {"name": 'Acme "Ltd"\nline two', "total": Decimal("1.10"), "on": date(2026, 12, 1)},
    {"nested": {"list": [1, [], {}, [{"a": None}]], "empty": {}}, "emoji": "😀 عربي 中文"},
    [],
    "x" * 10_000,
    None,
]


@pytest.mark.parametrize("count", [0, 1, 2, len(ITEMS)])
def test_streamed_array_equals_the_whole(count: int, capsys: pytest.CaptureFixture[str]) -> None:
    print_json(ITEMS[:count])
    whole = capsys.readouterr().out
    print_json_array(iter(ITEMS[:count]))
    assert capsys.readouterr().out == whole
