"""The log file: rotating, in the log folder, with tokens and keys redacted."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.app.logging_setup import REDACTED, RedactingFilter, configure_logging, redact

TOKEN = "1000.0f1e2d3c4b5a69788796a5b4c3d2e1f0.00112233445566778899aabbccddeeff"


@pytest.mark.parametrize(
    "text",
    [
        f"refresh failed for {TOKEN}",
        "POST /oauth/v2/token?refresh_token=abc123&client_id=1000.X&client_secret=s3cr3t",
        "headers {'Authorization': 'Zoho-oauthtoken abc123'}",
        '{"client_secret": "s3cr3t", "code": "abc123"}',
    ],
)
def test_secrets_are_redacted(text: str) -> None:
    cleaned = redact(text)
    assert REDACTED in cleaned
    for secret in (TOKEN, "abc123", "s3cr3t"):
        assert secret not in cleaned


def test_plain_text_is_left_alone() -> None:
    assert redact("imported 200 accounts in 1.2 s") == "imported 200 accounts in 1.2 s"


@pytest.fixture
def log_file(tmp_path: Path) -> Iterator[Path]:
    handler = configure_logging(tmp_path / "invoice-desk.log")
    yield tmp_path / "invoice-desk.log"
    logging.getLogger().removeHandler(handler)
    handler.close()


def test_the_log_file_never_holds_a_secret(log_file: Path) -> None:
    log = logging.getLogger("desktop.test")
    log.info("token %s for client_secret=%s", TOKEN, "s3cr3t")
    try:
        raise ValueError(f"bad refresh_token={TOKEN}")
    except ValueError:
        log.exception("refresh failed")
    text = log_file.read_text(encoding="utf-8")
    assert "refresh failed" in text
    assert "ValueError" in text
    assert TOKEN not in text
    assert "s3cr3t" not in text


def test_known_secrets_are_redacted_wherever_they_appear() -> None:
    record = logging.LogRecord(
        "x", logging.INFO, __file__, 1, "key is %s", ("plain-looking",), None
    )
    RedactingFilter(known_secrets=["plain-looking"]).filter(record)
    assert record.getMessage() == f"key is {REDACTED}"


@pytest.mark.parametrize(
    "reply",
    [
        '{"code": "INVALID_TOKEN", "details": {}, "message": "invalid oauth token"}',
        "{'code': 'OAUTH_SCOPE_MISMATCH', 'status': 'error'}",
        '{"data": [{"code": "NO_PERMISSION", "status": "error"}]}',
    ],
)
def test_zohos_error_codes_stay_readable(reply: str) -> None:
    assert redact(reply) == reply


def test_a_grant_code_is_still_blanked() -> None:
    for text in ("code=abc123def&client_id=1000.X", '{"code": "a1b2c3", "grant_type": "x"}'):
        assert "abc123def" not in redact(text)
        assert "a1b2c3" not in redact(text)
