"""Secret store fixtures: the process's keyring backend replaced for one test."""

from __future__ import annotations

from collections.abc import Iterator

import keyring
import pytest

from tests.secrets.keyrings import DictKeyring


@pytest.fixture
def backend() -> Iterator[DictKeyring]:
    """Return an in-memory keyring installed as the process's backend for one test."""
    previous = keyring.get_keyring()
    chosen = DictKeyring()
    keyring.set_keyring(chosen)
    yield chosen
    keyring.set_keyring(previous)
