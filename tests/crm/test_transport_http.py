"""The transport over real sockets: compressed answers, certificates checked against the bundle."""

from __future__ import annotations

import gzip
import http.server
import json
import logging
import ssl
import threading
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
import trustme

from desktop.crm.errors import CrmUnreachableError
from desktop.crm.transport import Body, Connections, Transport
from tests.crm.loopback_http import answer_json, serving

ANSWER = {"data": [{"id": "1", "Amount": 12.10}], "info": {"more_records": False}}


class _Compressing(http.server.BaseHTTPRequestHandler):
    """Answers ANSWER, gzip-compressed when the request accepts it (as Zoho does)."""

    protocol_version = "HTTP/1.1"
    seen: list[dict[str, str]]

    def do_GET(self) -> None:
        self.seen.append({**self.headers, "port": str(self.client_address[1])})
        content = json.dumps(ANSWER).encode()
        if "gzip" in self.headers.get("Accept-Encoding", ""):
            answer_json(self, gzip.compress(content), encoding="gzip")
        else:
            answer_json(self, content)

    def do_POST(self) -> None:
        length = int(self.headers["Content-Length"])
        self.seen.append({**self.headers, "body": self.rfile.read(length).decode("latin-1")})
        answer_json(self, b"{}")

    def log_message(self, format: str, *args: object) -> None:
        pass


def _serve(tls: ssl.SSLContext | None) -> Iterator[tuple[str, list[dict[str, str]]]]:
    seen: list[dict[str, str]] = []
    with serving(type("Handler", (_Compressing,), {"seen": seen}), tls) as port:
        yield f"{'http' if tls is None else 'https'}://localhost:{port}", seen


@pytest.fixture
def plain() -> Iterator[tuple[str, list[dict[str, str]]]]:
    yield from _serve(None)


@pytest.fixture
def authority() -> trustme.CA:
    return trustme.CA()


@pytest.fixture
def secure(authority: trustme.CA) -> Iterator[tuple[str, list[dict[str, str]]]]:
    context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    authority.issue_cert("localhost").configure_cert(context)
    yield from _serve(context)


def _transport() -> Transport:
    return Transport(Connections(), (5.0, 5.0), 1, lambda _: None)


def test_a_compressed_answer_is_asked_for_and_read_with_exact_amounts(
    plain: tuple[str, list[dict[str, str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "localhost")
    base, seen = plain
    reply = _transport().call("GET", f"{base}/crm/v8/Deals", params={"fields": "Amount,Ärger"})
    assert reply.body["data"][0]["Amount"] == Decimal("12.10")
    assert "gzip" in seen[0]["Accept-Encoding"]


def test_concurrent_requests_keep_their_connections_open(
    plain: tuple[str, list[dict[str, str]]],
    monkeypatch: pytest.MonkeyPatch,
    caplog: pytest.LogCaptureFixture,
) -> None:
    monkeypatch.setenv("NO_PROXY", "localhost")
    base, seen = plain
    transport = _transport()
    start = threading.Barrier(5)
    caplog.set_level(logging.WARNING, logger="urllib3")

    def listing() -> None:
        start.wait()
        for page in range(10):
            transport.call("GET", f"{base}/crm/v8/Contacts", params={"page": str(page)})

    readers = [threading.Thread(target=listing) for _ in range(5)]
    for reader in readers:
        reader.start()
    for reader in readers:
        reader.join()
    assert len(seen) == transport.requests_sent == 50
    assert len({request["port"] for request in seen}) <= 5
    # A connection given back to a full pool is closed (the next request opens another).
    assert not [r for r in caplog.records if "pool is full" in r.getMessage()]


def test_forms_json_and_files_are_encoded_as_sent(
    plain: tuple[str, list[dict[str, str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "localhost")
    base, seen = plain
    transport = _transport()
    transport.call("POST", f"{base}/oauth/v2/token", data={"code": "a b&c", "name": "Zoë"})
    transport.call("POST", f"{base}/crm/v8/Notes", body=Body(json={"t": "日本 🙂"}))
    files = {"file": ("INV-1 café.pdf", b"%PDF-1.7\n\x00\xff", "application/pdf")}
    transport.call("POST", f"{base}/crm/v8/Deals/1/Attachments", body=Body(files=files))
    form, note, upload = seen
    assert form["Content-Type"] == "application/x-www-form-urlencoded"
    assert form["body"] == "code=a+b%26c&name=Zo%C3%AB"
    assert note["Content-Type"] == "application/json"
    assert json.loads(note["body"].encode("latin-1")) == {"t": "日本 🙂"}
    assert upload["Content-Type"].startswith("multipart/form-data; boundary=")
    assert 'name="file"' in upload["body"]
    assert "%PDF-1.7\n\x00\xff" in upload["body"]


def test_a_certificate_from_an_unknown_authority_is_refused_without_retrying(
    secure: tuple[str, list[dict[str, str]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NO_PROXY", "localhost")
    monkeypatch.delenv("REQUESTS_CA_BUNDLE", raising=False)
    monkeypatch.delenv("CURL_CA_BUNDLE", raising=False)
    base, seen = secure
    transport = _transport()
    with pytest.raises(CrmUnreachableError, match="certificate could not be verified"):
        transport.call("GET", f"{base}/crm/v8/Accounts")
    assert transport.requests_sent == 1
    assert seen == []


def test_the_bundle_the_environment_names_is_trusted(
    secure: tuple[str, list[dict[str, str]]],
    authority: trustme.CA,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    bundle = tmp_path / "company-ca.pem"
    authority.cert_pem.write_to_path(str(bundle))
    monkeypatch.setenv("NO_PROXY", "localhost")
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", str(bundle))
    base, seen = secure
    assert _transport().call("GET", f"{base}/crm/v8/Accounts").status == 200
    assert len(seen) == 1
