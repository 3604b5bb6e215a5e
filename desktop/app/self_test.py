"""`invoice-desk --self-test`: prove an installation works, one line per check, exit 1 on a failure."""

from __future__ import annotations

import os
import ssl
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from importlib.metadata import entry_points
from pathlib import Path
from secrets import token_urlsafe
from typing import TextIO

from requests.utils import DEFAULT_CA_BUNDLE_PATH

from desktop.app.self_test_document import CUSTOMER, NUMBER, sample_document
from desktop.controllers.bootstrap import open_services
from desktop.domain.language import LANGUAGES
from desktop.domain.locale_format import LocaleText, catalogue_folder
from desktop.pdf.document_pdf import render_document
from desktop.pdf.fonts import fonts_folder
from desktop.persistence.database import sqlite_url
from desktop.persistence.migrate import current_revision
from desktop.secrets.store import KeyringSecretStore, MemorySecretStore

OK, SKIPPED, FAILED = "ok", "skip", "FAIL"
SELF_TEST_SERVICE = "invoice-desk-self-test"  # never the real service: no user secret is touched


class CheckSkipped(Exception):  # noqa: N818 - an outcome, not an error
    """The check cannot run on this system; the message says why and what to do."""


@dataclass(frozen=True)
class CheckResult:
    """One line of the report."""

    status: str
    name: str
    detail: str

    def line(self) -> str:
        """Return the line printed for this check, e.g. `ok   database  migrated to 0001 in 35 ms`."""
        return f"{self.status:<4} {self.name:<9} {self.detail}"


def run_self_test(out: TextIO | None = None) -> int:
    """Run every check, print one line each; return 0 when none failed (skips pass), else 1."""
    stream = out or sys.stdout
    pdf: list[bytes] = []  # the pdf check hands its bytes to the qtpdf check
    with tempfile.TemporaryDirectory(prefix="invoice-desk-self-test-") as folder:
        checks: list[tuple[str, Callable[[], str]]] = [
            ("database", lambda: check_database(Path(folder))),
            ("keyring", check_keyring),
            ("tls", check_tls),
            ("pdf", lambda: check_pdf(pdf)),
            ("qt", check_qt),
            ("qtpdf", lambda: check_qtpdf(pdf)),
            ("language", check_language),
        ]
        results = [_run_check(name, check, stream) for name, check in checks]
    return 1 if any(result.status == FAILED for result in results) else 0


def _run_check(name: str, check: Callable[[], str], stream: TextIO) -> CheckResult:
    started = time.perf_counter()
    try:
        detail = check()
        status = OK
    except CheckSkipped as skipped:
        status, detail = SKIPPED, str(skipped)
    except Exception as exc:  # a self-test reports every failure and goes on with the next check
        status, detail = FAILED, f"{exc.__class__.__name__}: {exc}"
    if status == OK:
        detail += f" in {(time.perf_counter() - started) * 1000:.0f} ms"
    result = CheckResult(status, name, detail)
    print(result.line(), file=stream, flush=True)
    return result


def check_database(folder: Path) -> str:
    """Create a SQLite file, migrate it to the newest schema and read from it."""
    services = open_services(sqlite_url(folder / "self-test.sqlite3"), MemorySecretStore())
    try:
        revision = current_revision(services.database)
        customers = services.customers.list(include_inactive=True)
    finally:
        services.close()
    if customers:
        raise AssertionError(f"a new database lists {len(customers)} customers")
    return f"migrated to {revision}"


def check_keyring() -> str:
    """Store, read back and delete a random secret through the keyring backend in use."""
    bundled = sorted(point.name for point in entry_points(group="keyring.backends"))
    if not bundled:
        raise AssertionError(
            "no keyring backends are installed (keyring's entry points are missing)"
        )
    if not KeyringSecretStore.available():
        raise CheckSkipped(
            f"no usable keyring on this system (installed backends: {', '.join(bundled)}); "
            "Zoho keys cannot be saved until GNOME Keyring, KWallet, Keychain or "
            "Credential Manager is running and unlocked"
        )
    store = KeyringSecretStore(service=SELF_TEST_SERVICE)
    secret = token_urlsafe(24)
    store.set("round-trip", secret)
    try:
        if store.get("round-trip") != secret:
            raise AssertionError("the keyring returned a different value than was stored")
    finally:
        store.delete("round-trip")
    if store.get("round-trip") is not None:
        raise AssertionError("the keyring still holds the secret after deleting it")
    return f"round-trip through {store.describe()}"


def check_tls() -> str:
    """Load the CA certificates HTTPS to Zoho is verified against (bundled with requests)."""
    bundle = Path(DEFAULT_CA_BUNDLE_PATH)
    context = ssl.create_default_context(cafile=str(bundle))
    authorities = context.cert_store_stats()["x509_ca"]
    if authorities == 0:
        raise AssertionError(f"no CA certificates in {bundle}")
    return f"{authorities} CA certificates from {bundle.name}"


def check_pdf(pdf: list[bytes]) -> str:
    """Render the sample invoice with the app's renderer and embedded fonts; keep the bytes."""
    document, seller = sample_document()
    content = render_document(document, seller)
    if not content.startswith(b"%PDF-"):
        raise AssertionError("the renderer did not return a PDF")
    if b"DejaVuSans" not in content:
        raise AssertionError("the PDF does not embed the DejaVu Sans font")
    pdf.append(content)
    return f"invoice {document.number} rendered, {len(content) / 1024:.0f} KB, fonts from {fonts_folder()}"


def check_qt() -> str:
    """Start the Qt GUI application: the platform plugin and its libraries load."""
    no_screen = not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))
    if sys.platform.startswith("linux") and no_screen and not os.environ.get("QT_QPA_PLATFORM"):
        os.environ["QT_QPA_PLATFORM"] = "offscreen"  # no screen: test the rest headless
    from desktop.app.self_test_qt import start_gui_application

    return start_gui_application()


def check_qtpdf(pdf: list[bytes]) -> str:
    """Load the rendered PDF in QtPdf and draw its first page."""
    if not pdf:
        raise CheckSkipped("no PDF to load (the pdf check did not produce one)")
    from desktop.app.self_test_qt import load_in_qtpdf

    return load_in_qtpdf(pdf[0], expected_text=[NUMBER, CUSTOMER])


def check_language() -> str:
    """Read the German document catalogue and load the window's German catalogues (ours, Qt's)."""
    label = LocaleText("de")._("Invoice")
    if label != "Rechnung":
        raise AssertionError(f"the German document catalogue is missing ({catalogue_folder()})")
    from desktop.app.self_test_qt import load_window_catalogues

    return f"documents and window in {', '.join(LANGUAGES)}; {load_window_catalogues('de')}"
