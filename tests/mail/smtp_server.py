"""A real SMTP server on loopback (aiosmtpd) that records what it accepts, for the email tests.

It can require STARTTLS with a throw-away certificate (trustme), require a login, refuse some
addresses, and stall at RCPT or after DATA so a test can kill the client at the dangerous moment.
"""

from __future__ import annotations

import asyncio
import socket
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email import message_from_bytes, policy
from email.message import EmailMessage
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import AuthResult, LoginPassword

USER, PASSWORD = "billing@shop.test", "s3cr3t-Pässword!"


@dataclass
class Received:
    """One message the server accepted."""

    mail_from: str
    rcpt_tos: list[str]
    content: bytes

    def parsed(self) -> EmailMessage:
        """Return the message parsed by the standard library."""
        message = message_from_bytes(self.content, policy=policy.default)
        assert isinstance(message, EmailMessage)
        return message


@dataclass
class Recorder:
    """The handler: records messages; optional refusals and stalls."""

    received: list[Received] = field(default_factory=list)
    refuse: tuple[str, ...] = ()
    stall_at: str | None = None  # "rcpt" or "data"
    drop_after_data: bool = False  # accept, then hang up before replying (a lost reply)
    stalled: threading.Event = field(default_factory=threading.Event)
    release: threading.Event = field(default_factory=threading.Event)

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: Any
    ) -> str:
        if any(r in address for r in self.refuse):
            return "550 5.1.1 No such user here"
        await self._stall("rcpt")
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        content = envelope.original_content or envelope.content
        self.received.append(Received(envelope.mail_from, list(envelope.rcpt_tos), content))
        await self._stall("data")  # accepted and recorded; the reply is what the client waits for
        if self.drop_after_data:
            server.transport.close()
        return "250 Message accepted for delivery"

    async def _stall(self, point: str) -> None:
        if self.stall_at != point:
            return
        self.stalled.set()
        while not self.release.is_set():
            await asyncio.sleep(0.02)

    def message_ids(self) -> list[str]:
        """Return the Message-ID of every accepted message, in order."""
        return [str(r.parsed()["Message-ID"]) for r in self.received]


@dataclass
class SmtpServer:
    """A running server: where it listens and what it received."""

    host: str
    port: int
    recorder: Recorder
    ca_file: str | None = None


def free_port() -> int:
    """Return a loopback port that was free a moment ago."""
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port: int = probe.getsockname()[1]
        return port


def _authenticate(
    server: Any, session: Any, envelope: Any, mechanism: str, data: Any
) -> AuthResult:
    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (
        USER.encode(),
        PASSWORD.encode(),
    )
    return AuthResult(success=ok, handled=False)


@contextmanager
def running_smtp(
    tmp_dir: str,
    *,
    starttls: bool = False,
    auth: bool = False,
    recorder: Recorder | None = None,
    port: int | None = None,
) -> Iterator[SmtpServer]:
    """Run a server on 127.0.0.1 for the block's duration."""
    recorder = recorder or Recorder()
    kwargs: dict[str, Any] = {}
    ca_file = None
    if starttls:
        import trustme

        ca = trustme.CA()
        cert = ca.issue_cert("127.0.0.1", "localhost")
        context = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
        cert.configure_cert(context)
        ca_file = f"{tmp_dir}/test-ca.pem"
        ca.cert_pem.write_to_path(ca_file)
        kwargs.update(tls_context=context, require_starttls=True)
    if auth:
        kwargs.update(authenticator=_authenticate, auth_required=True)
        kwargs["auth_require_tls"] = starttls
    controller = Controller(
        recorder, hostname="127.0.0.1", port=port or free_port(), ready_timeout=10, **kwargs
    )
    controller.start()
    try:
        yield SmtpServer("127.0.0.1", controller.port, recorder, ca_file)
    finally:
        recorder.release.set()
        controller.stop()
