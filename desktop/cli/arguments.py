"""Argument types shared by the commands: a record id is refused by argparse beyond 64 bits."""

from __future__ import annotations

import argparse

from desktop.domain.document_input import MAX_ID


def record_id(text: str) -> int:
    """Return a record id (1 to MAX_ID); raise ArgumentTypeError with the limit otherwise."""
    if not text.strip().isascii() or not text.strip().isdigit():
        raise argparse.ArgumentTypeError(f"{text!r} is not an id (a whole number)")
    value = int(text)
    if not 0 < value <= MAX_ID:
        raise argparse.ArgumentTypeError(f"{text} is not an id (ids go from 1 to {MAX_ID})")
    return value
