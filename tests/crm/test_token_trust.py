"""What a token reply and a TLS handshake may make the client believe: an api_domain only of
the chosen data centre (or a typed URL); a bad certificate named as one, not as "no internet"."""

from __future__ import annotations

import json
import ssl
import subprocess
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from desktop.crm.auth import authorize, check_api_domain
from desktop.crm.endpoints import endpoints_for
from desktop.crm.errors import CrmUnreachableError, UntrustedApiDomainError


class TokenServer(ThreadingHTTPServer):
    """Answers every POST with a token reply naming `api_domain`; counts the requests."""

    api_domain = ""
    requests = 0


class TokenHandler(BaseHTTPRequestHandler):
    server: TokenServer

    def do_POST(self) -> None:
        self.server.requests += 1
        self.rfile.read(int(self.headers.get("Content-Length", "0")))
        body = json.dumps({
            "access_token": "1000.aaaaaaaaaaaaaaaa.bbbbbbbbbbbbbbbb",
            "refresh_token": "1000.cccccccccccccccc.dddddddddddddddd",
            "api_domain": self.server.api_domain, "token_type": "Bearer", "expires_in": 3600,
        }).encode()  # fmt: skip
        self.send_response(200)
        self.send_header("Content-Type", "application/json")
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args: object) -> None:
        return


@contextmanager
def token_server(api_domain: str, tls: ssl.SSLContext | None = None) -> Iterator[TokenServer]:
    server = TokenServer(("127.0.0.1", 0), TokenHandler)
    server.api_domain = api_domain
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        server.shutdown()
        server.server_close()
        thread.join(5)


def url(server: TokenServer, scheme: str = "http") -> str:
    return f"{scheme}://127.0.0.1:{server.server_address[1]}"


@pytest.mark.parametrize(
    "foreign", ["https://www.zohoapis.evil.example", "https://zohoapis.com.evil.example",
                "https://www.zohoapis.eu", "http://127.0.0.2:1"],
)  # fmt: skip
def test_an_api_domain_outside_the_data_centre_is_refused(foreign: str) -> None:
    with token_server(foreign) as server:
        endpoints = endpoints_for("us", accounts_url=url(server))
        with pytest.raises(UntrustedApiDomainError) as refused:
            authorize(endpoints, "1000.ID", "secret", "1000.code.x", max_retries=0)
    assert "data centre" in str(refused.value)


@pytest.mark.parametrize(
    ("data_centre", "api_domain"),
    [("us", "https://www.zohoapis.com"), ("us", "https://zohoapis.com"),
     ("eu", "https://www.zohoapis.eu"), ("cn", "https://www.zohoapis.com.cn")],
)  # fmt: skip
def test_zohos_own_domains_of_the_data_centre_are_used(data_centre: str, api_domain: str) -> None:
    with token_server(api_domain) as server:
        endpoints = endpoints_for(data_centre, accounts_url=url(server))
        grant = authorize(endpoints, "1000.ID", "secret", "1000.code.x", max_retries=0)
    assert grant.api_domain == api_domain


def test_a_typed_api_url_is_trusted() -> None:
    typed = endpoints_for("us", "http://127.0.0.1:8765", "http://127.0.0.1:8765")
    check_api_domain("http://127.0.0.1:8765", typed)


@pytest.fixture(scope="module")
def self_signed(tmp_path_factory: pytest.TempPathFactory) -> ssl.SSLContext:
    """Return a server TLS context with a fresh self-signed certificate for 127.0.0.1."""
    folder: Path = tmp_path_factory.mktemp("tls")
    key, cert = folder / "key.pem", folder / "cert.pem"
    subprocess.run(
        ["openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "2",
         "-subj", "/CN=127.0.0.1", "-addext", "subjectAltName=IP:127.0.0.1",
         "-keyout", str(key), "-out", str(cert)],
        check=True, capture_output=True, timeout=60,
    )  # fmt: skip
    context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    context.load_cert_chain(cert, key)
    return context


def test_a_certificate_failure_says_so(self_signed: ssl.SSLContext) -> None:
    with token_server("https://www.zohoapis.com", tls=self_signed) as server:
        endpoints = endpoints_for("us", accounts_url=url(server, "https"))
        with pytest.raises(CrmUnreachableError) as failed:
            authorize(endpoints, "1000.ID", "secret", "1000.code.x", max_retries=2)
    sentence = str(failed.value)
    assert "certificate" in sentence
    assert "internet connection" not in sentence.replace("not the internet connection", "")
    assert server.requests == 0  # the handshake failed: nothing reached the server's handler
