"""A throw-away HTTP(S) server on loopback for transport tests: serve a handler, answer JSON."""

from __future__ import annotations

import http.server
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager


@contextmanager
def serving(
    handler: type[http.server.BaseHTTPRequestHandler], tls: ssl.SSLContext | None = None
) -> Iterator[int]:
    """Serve `handler` on 127.0.0.1 (TLS with `tls`) on its own thread; yield the port."""
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    if tls is not None:
        server.socket = tls.wrap_socket(server.socket, server_side=True)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield server.server_port
    finally:
        server.shutdown()
        server.server_close()
        thread.join()


def answer_json(
    request: http.server.BaseHTTPRequestHandler, content: bytes, encoding: str | None = None
) -> None:
    """Send 200 with a JSON body (`encoding`: its Content-Encoding, e.g. gzip)."""
    request.send_response(200)
    request.send_header("Content-Type", "application/json")
    if encoding is not None:
        request.send_header("Content-Encoding", encoding)
    request.send_header("Content-Length", str(len(content)))
    request.end_headers()
    request.wfile.write(content)
