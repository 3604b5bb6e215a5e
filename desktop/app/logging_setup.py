"""Logging to a rotating file in the log folder, with a filter that redacts tokens and keys."""

from __future__ import annotations

import logging
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from desktop.app.paths import create_private_file

# Zoho tokens look like "1000.<hex>.<hex>"; parameters and headers carry secrets by name.
# "code" is a grant code in a token request but an error code in Zoho's replies
# ("code": "INVALID_TOKEN"): an upper-case identifier explains a failure and stays readable.
_PATTERNS = [
    re.compile(r"1000\.[0-9a-fA-F]{8,}\.[0-9a-fA-F]{8,}"),
    re.compile(
        r"(?i)((?:refresh_token|access_token|client_secret|grant_code|password|key)"
        r"[\"']?\s*[=:]\s*[\"']?)([^&\s\"',}]+)"
    ),
    re.compile(
        r"(?i)((?<![a-z_])code[\"']?\s*[=:]\s*[\"']?)"
        r"(?-i:(?![A-Z][A-Z_]*(?:[&\s\"',}]|$)))([^&\s\"',}]+)"
    ),
    re.compile(r"(?i)(Zoho-oauthtoken\s+)(\S+)"),
    re.compile(r"(?i)(Authorization[\"']?\s*[:=]\s*[\"']?)([^\"',}]+)"),
]
REDACTED = "[redacted]"


def redact(text: str) -> str:
    """Return the text with anything that looks like a token, secret or key replaced."""
    text = _PATTERNS[0].sub(REDACTED, text)
    for pattern in _PATTERNS[1:]:
        text = pattern.sub(lambda m: m.group(1) + REDACTED, text)
    return text


class RedactingFilter(logging.Filter):
    """Rewrites each record's message (and traceback text) through redact()."""

    def __init__(self, known_secrets: list[str] | None = None) -> None:
        super().__init__()
        self.known_secrets = known_secrets if known_secrets is not None else []

    def filter(self, record: logging.LogRecord) -> bool:
        message = redact(record.getMessage())
        for secret in self.known_secrets:
            if secret:
                message = message.replace(secret, REDACTED)
        record.msg, record.args = message, None
        if record.exc_info:
            text = logging.Formatter().formatException(record.exc_info)
            record.exc_text = redact(text)
            record.exc_info = None
        return True


class PrivateRotatingFileHandler(RotatingFileHandler):
    """A rotating log file whose files (the current one and each new one) are mode 0600."""

    def _open(self):  # type: ignore[no-untyped-def]  # typeshed's signature differs per version
        create_private_file(Path(self.baseFilename))
        return super()._open()


def configure_logging(log_file: Path, level: int = logging.INFO) -> RotatingFileHandler:
    """Send the application's logs to a rotating file (1 MB × 5) through the redaction filter."""
    handler = PrivateRotatingFileHandler(
        log_file, maxBytes=1_000_000, backupCount=5, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    handler.addFilter(RedactingFilter())
    root = logging.getLogger()
    root.setLevel(level)
    root.addHandler(handler)
    return handler
