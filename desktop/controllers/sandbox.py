"""Run the sandbox CRM in the foreground, for `invoice-desk sandbox` (front ends may not import crm)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass

from desktop.crm.sandbox import SandboxCrm
from desktop.domain.errors import UserFacingError


@dataclass(frozen=True, slots=True)
class SandboxDetails:
    """What a user needs to connect to the running sandbox."""

    accounts_url: str
    api_url: str
    control_url: str
    client_id: str
    client_secret: str
    grant_code: str
    user_email: str
    accounts: int
    contacts: int
    deals: int


def serve_sandbox(
    port: int,
    accounts: int,
    contacts: int,
    deals: int,
    seed: int,
    on_ready: Callable[[SandboxDetails], None],
    stop: threading.Event | None = None,
    latency_ms: float = 0.0,
) -> None:
    """Serve a seeded sandbox on 127.0.0.1:port until `stop` is set (or Ctrl+C interrupts).

    `latency_ms` delays every CRM API answer, as a distant server would.

    Raises UserFacingError when the port cannot be used.
    """
    sandbox = SandboxCrm(
        accounts=accounts, contacts=contacts, deals=deals, seed=seed, port=port,
        latency_ms=latency_ms,
    )  # fmt: skip
    try:
        sandbox.start()
    except OSError as exc:
        raise UserFacingError(
            f"The sandbox cannot listen on port {port} ({exc.strerror or exc}); "
            "choose another port with --port."
        ) from None
    try:
        on_ready(
            SandboxDetails(
                accounts_url=sandbox.accounts_url,
                api_url=sandbox.api_url,
                control_url=sandbox.control_url,
                client_id=sandbox.client_id,
                client_secret=sandbox.client_secret,
                grant_code=sandbox.new_grant_code(),
                user_email=sandbox.org.user_email,
                accounts=accounts,
                contacts=contacts,
                deals=deals,
            )
        )
        (stop or threading.Event()).wait()
    finally:
        sandbox.stop()
