"""The transport follows the environment's proxy settings (read once per host), never ~/.netrc."""

from __future__ import annotations

import http.server
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop.crm.transport import Connections, Transport
from tests.crm.loopback_http import answer_json, serving


class _Recorder(http.server.BaseHTTPRequestHandler):
    """Answers {} to every GET and remembers the request line and Authorization header."""

    protocol_version = "HTTP/1.1"
    seen: list[tuple[str, str | None]]

    def do_GET(self) -> None:
        self.seen.append((self.requestline, self.headers.get("Authorization")))
        answer_json(self, b"{}")

    def log_message(self, format: str, *args: object) -> None:
        pass


@pytest.fixture
def recorder() -> Iterator[tuple[str, list[tuple[str, str | None]]]]:
    """Serve on loopback; yield its address and what it received."""
    seen: list[tuple[str, str | None]] = []
    with serving(type("Handler", (_Recorder,), {"seen": seen})) as port:
        yield f"127.0.0.1:{port}", seen


def _transport() -> Transport:
    return Transport(Connections(), (5.0, 5.0), 0, lambda _: None)


def test_requests_go_through_the_proxy_the_environment_names(
    recorder: tuple[str, list[tuple[str, str | None]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    proxy, seen = recorder
    monkeypatch.setenv("HTTP_PROXY", f"http://{proxy}")
    monkeypatch.delenv("NO_PROXY", raising=False)
    monkeypatch.delenv("no_proxy", raising=False)
    transport = _transport()
    for _ in range(2):
        reply = transport.call("GET", "http://crm.invalid/crm/v8/Accounts", params={"page": "1"})
        assert reply.status == 200
    # A proxy is asked for the absolute URL; both requests went there (the setting is kept).
    assert [line for line, _ in seen] == [
        "GET http://crm.invalid/crm/v8/Accounts?page=1 HTTP/1.1"
    ] * 2


def test_a_host_in_no_proxy_is_reached_directly(
    recorder: tuple[str, list[tuple[str, str | None]]], monkeypatch: pytest.MonkeyPatch
) -> None:
    server, seen = recorder
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")  # nothing listens there
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    assert _transport().call("GET", f"http://{server}/crm/v8/Accounts").status == 200
    assert [line for line, _ in seen] == ["GET /crm/v8/Accounts HTTP/1.1"]


def test_netrc_credentials_never_replace_the_oauth_header(
    recorder: tuple[str, list[tuple[str, str | None]]],
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
) -> None:
    server, seen = recorder
    netrc = tmp_path / ".netrc"
    netrc.write_text("machine 127.0.0.1 login someone password other-secret\n")
    netrc.chmod(0o600)
    monkeypatch.setenv("NETRC", str(netrc))
    monkeypatch.setenv("HOME", str(tmp_path))
    monkeypatch.setenv("NO_PROXY", "127.0.0.1")
    headers = {"Authorization": "Zoho-oauthtoken 1000.abc"}
    _transport().call("GET", f"http://{server}/crm/v8/Accounts", headers=headers)
    assert seen == [("GET /crm/v8/Accounts HTTP/1.1", "Zoho-oauthtoken 1000.abc")]
