"""The sandbox's HTTP side: the token endpoint, the CRM API with injected faults, the control API."""

from __future__ import annotations

import contextlib
import json
import logging
import socket
import sys
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any
from urllib.parse import parse_qsl, urlsplit

from desktop.crm.errors import scrub
from desktop.crm.sandbox import routes
from desktop.crm.sandbox.api import CrmApi
from desktop.crm.sandbox.faults import Fault, FaultQueue
from desktop.crm.sandbox.notes import FileBody
from desktop.crm.sandbox.replies import error
from desktop.crm.sandbox.tokens import TokenIssuer

log = logging.getLogger(__name__)

CONTROL_PREFIX = "/__sandbox__/"
JSON_TYPE = "application/json;charset=UTF-8"
Control = Callable[[str, dict[str, Any]], Any]


class RequestCounter:
    """Requests received per kind: token, control, and the API's (API_KINDS)."""

    API_KINDS = ("users", "org", "settings", "records", "record", "deleted", "notes", "related",
                 "attachment", "other")  # fmt: skip

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._counts: Counter[str] = Counter()

    def add(self, kind: str) -> None:
        """Count one request."""
        with self._lock:
            self._counts[kind] += 1

    def snapshot(self) -> dict[str, int]:
        """Return the counts per kind, plus "api" (every CRM API request, faulty ones included)."""
        with self._lock:
            counts = dict(self._counts)
        counts["api"] = sum(counts.get(kind, 0) for kind in self.API_KINDS)
        return counts

    def reset(self) -> None:
        """Start counting from zero."""
        with self._lock:
            self._counts.clear()


class SandboxServer(ThreadingHTTPServer):
    """A threading HTTP server that knows the sandbox's parts."""

    daemon_threads = True

    def __init__(
        self,
        address: tuple[str, int],
        api: CrmApi,
        tokens: TokenIssuer,
        faults: FaultQueue,
        counter: RequestCounter,
        control: Control,
    ) -> None:
        super().__init__(address, _Handler)
        self.api, self.tokens, self.faults = api, tokens, faults
        self.counter, self.control = counter, control
        self.latency = 0.0  # seconds every CRM API request waits, as a distant server would
        self._connections: set[socket.socket] = set()
        self._connections_lock = threading.Lock()

    def process_request(self, request: Any, client_address: Any) -> None:
        with self._connections_lock:
            self._connections.add(request)
        super().process_request(request, client_address)

    def shutdown_request(self, request: Any) -> None:
        with self._connections_lock:
            self._connections.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request: Any, client_address: Any) -> None:
        """Stay quiet when a client hung up mid-request (an app killed); report anything else."""
        if isinstance(sys.exc_info()[1], ConnectionError):
            return
        super().handle_error(request, client_address)

    def close_connections(self) -> None:
        """Cut every open (keep-alive) connection, as a server that goes away does."""
        with self._connections_lock:
            connections = list(self._connections)
        for connection in connections:
            with contextlib.suppress(OSError):
                connection.shutdown(socket.SHUT_RDWR)

    @property
    def base_url(self) -> str:
        """Return http://host:port of the running server."""
        host, port = self.server_address[:2]
        return f"http://{host!s}:{port}"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive, like a real API server
    timeout = 30  # idle keep-alive connections are closed after this many seconds
    disable_nagle_algorithm = True  # headers and body are two writes: don't wait for an ACK
    server: SandboxServer

    def do_GET(self) -> None:
        self._dispatch()

    def do_POST(self) -> None:
        self._dispatch()

    def do_PUT(self) -> None:
        self._dispatch()

    def do_PATCH(self) -> None:
        self._dispatch()

    def do_DELETE(self) -> None:
        self._dispatch()

    def log_message(self, format: str, *args: Any) -> None:
        log.debug("sandbox: %s", scrub(format % args))  # a query string may carry a secret

    def _dispatch(self) -> None:
        url = urlsplit(self.path)
        query = dict(parse_qsl(url.query, keep_blank_values=True))
        body = self.rfile.read(int(self.headers.get("Content-Length") or 0))
        try:
            if url.path == "/oauth/v2/token" and self.command == "POST":
                self._token(query, body)
            elif url.path.startswith(CONTROL_PREFIX):
                self._control(url.path.removeprefix(CONTROL_PREFIX), body)
            else:
                self._api(url.path, query, body)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True  # the client gave up (e.g. after its read time-out)

    def _token(self, query: dict[str, str], body: bytes) -> None:
        self.server.counter.add("token")
        form = {**query, **dict(parse_qsl(body.decode("utf-8", "replace")))}
        self._send(*self.server.tokens.grant(form, self.server.base_url))

    def _control(self, action: str, body: bytes) -> None:
        self.server.counter.add("control")
        try:
            kwargs = json.loads(body) if body else {}
            result = self.server.control(action, kwargs)
        except (KeyError, ValueError, TypeError) as exc:
            self._send(400, {"error": f"{exc.__class__.__name__}: {exc}"})
            return
        self._send(200, {"result": result})

    def _api(self, path: str, query: dict[str, str], body: bytes) -> None:
        parts = path.strip("/").split("/")
        kind = routes.kind_of(parts)
        self.server.counter.add(kind)
        if self.server.latency > 0:
            time.sleep(self.server.latency)
        fault = self.server.faults.take()
        if fault is not None and fault.kind == "timeout":
            time.sleep(float(fault.opts.get("delay", 2.0)))
        elif fault is not None and fault.kind not in ("truncated", "disconnect"):
            self._send_fault(fault)
            return
        if self.server.tokens.is_valid(self.headers.get("Authorization")):
            status, answer = routes.answer(
                self.server.api, self.command, parts, query,
                self.headers.get("If-Modified-Since"), body, self.headers.get("Content-Type"),
            )  # fmt: skip
        else:
            status, answer = error(401, "INVALID_TOKEN", "invalid oauth token")
        if isinstance(answer, FileBody):
            self._send_bytes(status, answer.content, answer.content_type)
        elif fault is not None and fault.kind in ("truncated", "disconnect"):
            self._send_broken(fault.kind, status, answer)
        else:
            self._send(status, answer)

    def _send_fault(self, fault: Fault) -> None:
        opts, kind = fault.opts, fault.kind
        if kind == "500":
            self._send(
                *error(int(opts.get("status", 500)), "INTERNAL_ERROR", "Internal Server Error")
            )
        elif kind == "429":
            retry_after = opts.get("retry_after", 1)
            headers = {} if retry_after is None else {"Retry-After": str(retry_after)}
            status, body = error(429, "TOO_MANY_REQUESTS", "the API request limit has been reached")
            self._send(status, body, headers)
        elif kind == "html":
            page = b"<html><head><title>Service Unavailable</title></head><body>Try later</body></html>"
            self._send_bytes(int(opts.get("status", 200)), page, "text/html;charset=UTF-8")
        elif kind == "not_json":
            self._send_bytes(200, b"Service temporarily unavailable", JSON_TYPE)
        elif kind == "invalid_token":
            self._send(*error(401, "INVALID_TOKEN", "invalid oauth token"))
        elif kind == "no_permission":
            self._send(*error(403, "NO_PERMISSION", "permission denied"))
        else:  # "scope"
            self._send(
                *error(401, "OAUTH_SCOPE_MISMATCH", "invalid oauth scope to access this URL")
            )

    def _send_broken(self, kind: str, status: int, answer: Any) -> None:
        payload = _json_bytes(answer) if answer is not None else b""
        half = payload[: len(payload) // 2]
        if kind == "truncated":
            self._send_bytes(status, half, JSON_TYPE)
            return
        self.send_response(status)
        self.send_header("Content-Type", JSON_TYPE)
        self.send_header("Content-Length", str(len(payload)))
        self.end_headers()
        self.wfile.write(half)
        self.close_connection = True

    def _send(self, status: int, body: Any, headers: Mapping[str, str] | None = None) -> None:
        if body is None:
            self.send_response(status)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        self._send_bytes(status, _json_bytes(body), JSON_TYPE, headers)

    def _send_bytes(
        self,
        status: int,
        payload: bytes,
        content_type: str,
        headers: Mapping[str, str] | None = None,
    ) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(payload)))
        for name, value in (headers or {}).items():
            self.send_header(name, value)
        self.end_headers()
        self.wfile.write(payload)


def _json_bytes(body: Any) -> bytes:
    return json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
