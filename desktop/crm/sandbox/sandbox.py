"""SandboxCrm: a Zoho-like CRM on loopback for tests, benchmarks and trying the import."""

from __future__ import annotations

import threading
from types import TracebackType
from typing import Any

from desktop.crm.sandbox.api import CrmApi
from desktop.crm.sandbox.directory import Organization
from desktop.crm.sandbox.faults import FaultQueue
from desktop.crm.sandbox.records import CrmRecords
from desktop.crm.sandbox.server import CONTROL_PREFIX, RequestCounter, SandboxServer
from desktop.crm.sandbox.tokens import TokenIssuer

# The methods the HTTP control API (/__sandbox__/<name>, JSON keyword arguments) may call.
CONTROL_ACTIONS = (
    "add_account", "add_contact", "add_deal", "add_raw", "update", "delete", "ids",
    "set_user_email", "set_org", "expire_tokens", "revoke_tokens", "inject_fault",
    "clear_faults", "request_counts", "reset_counts", "new_grant_code", "issue_refresh_token",
    "set_latency",
    "advance_clock",
)  # fmt: skip


class SandboxCrm:
    """A running sandbox CRM: start() (or `with`), point a client at accounts_url, stop().

    Record fields use Zoho's wire names (Account_Name, Last_Name, Mailing_Zip …); a lookup
    (Account_Name of a contact or deal, Contact_Name of a deal) may be given as the target's id.
    """

    def __init__(
        self,
        accounts: int = 0,
        contacts: int = 0,
        deals: int = 0,
        seed: int = 1,
        user_email: str = "owner@shop.example",
        org_id: str = "700000001",
        org_name: str = "Sandbox Shop Ltd",
        currency: str = "USD",
        host: str = "127.0.0.1",
        port: int = 0,
        token_lifetime: float = 3600.0,
        expires_in_ms: bool = False,
        records_per_token: int = 100_000,
        latency_ms: float = 0.0,
    ) -> None:
        self.records = CrmRecords(accounts, contacts, deals, seed)
        self.org = Organization(org_id, org_name, currency, user_email)
        self.api = CrmApi(self.records, self.org, records_per_token)
        self.tokens = TokenIssuer(token_lifetime, expires_in_ms)
        self.faults = FaultQueue()
        self.counter = RequestCounter()
        self._address = (host, port)
        self._latency_ms = latency_ms
        self._server: SandboxServer | None = None
        self._thread: threading.Thread | None = None

    def start(self) -> SandboxCrm:
        """Start serving on a thread (port 0 picks a free port); return self."""
        self._server = SandboxServer(
            self._address, self.api, self.tokens, self.faults, self.counter, self._control
        )
        self.set_latency(self._latency_ms)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
            name="sandbox-crm", daemon=True,
        )  # fmt: skip
        self._thread.start()
        return self

    def stop(self) -> None:
        """Stop serving and close the listening socket."""
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server.close_connections()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None

    def __enter__(self) -> SandboxCrm:
        return self.start()

    def __exit__(
        self, kind: type[BaseException] | None, exc: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.stop()

    @property
    def base_url(self) -> str:
        """Return http://127.0.0.1:port (the server must be running)."""
        if self._server is None:
            raise RuntimeError("the sandbox is not running")
        return self._server.base_url

    accounts_url = base_url
    api_url = base_url

    @property
    def control_url(self) -> str:
        """Return the base of the HTTP control API."""
        return self.base_url + CONTROL_PREFIX.rstrip("/")

    @property
    def client_id(self) -> str:
        """Return the Self Client's id."""
        return self.tokens.client_id

    @property
    def client_secret(self) -> str:
        """Return the Self Client's secret."""
        return self.tokens.client_secret

    def new_grant_code(self) -> str:
        """Return a fresh grant code (works once, for ten minutes)."""
        return self.tokens.new_grant_code()

    def issue_refresh_token(self) -> str:
        """Return a valid refresh token."""
        return self.tokens.issue_refresh_token()

    def add_account(self, **fields: Any) -> str:
        """Create an Account; return its id."""
        return self.records.add("Accounts", fields)

    def add_contact(self, **fields: Any) -> str:
        """Create a Contact; return its id."""
        return self.records.add("Contacts", fields)

    def add_deal(self, **fields: Any) -> str:
        """Create a Deal; return its id."""
        return self.records.add("Deals", fields)

    def add_raw(self, module: str, record: dict[str, Any]) -> str:
        """Add a record served exactly as given (for bad-data tests); return the sandbox's id."""
        return self.records.add_raw(module, record)

    def update(self, module: str, crm_id: str, **fields: Any) -> None:
        """Change a record's fields; its Modified_Time becomes the (strictly later) time now."""
        self.records.update(module, crm_id, fields)

    def delete(self, module: str, crm_id: str, permanent: bool = False) -> None:
        """Delete a record; /deleted lists it from now on."""
        self.records.delete(module, crm_id, permanent)

    def ids(self, module: str) -> list[str]:
        """Return the ids of the live records of a module, oldest change first."""
        return self.records.ids(module)

    def advance_clock(self, seconds: float) -> None:
        """Move the token clock forward: access tokens expire and throttle windows pass."""
        self.tokens.advance_clock(seconds)

    def set_user_email(self, email: str) -> None:
        """Change the email of the current user."""
        self.org.user_email = email

    def set_org(
        self, org_id: str | None = None, name: str | None = None, currency: str | None = None
    ) -> None:
        """Change the organization's id, name or currency."""
        self.org.org_id = org_id or self.org.org_id
        self.org.name = name or self.org.name
        self.org.currency = currency or self.org.currency

    def expire_tokens(self) -> None:
        """Expire every access token issued so far (the next API call gets 401 INVALID_TOKEN)."""
        self.tokens.expire_all()

    def revoke_tokens(self) -> None:
        """Revoke every refresh token and grant code (as if the user disconnected the app)."""
        self.tokens.revoke_all()

    def inject_fault(self, kind: str, count: int = 1, **opts: Any) -> None:
        """Apply a fault (see faults.FAULT_KINDS) to the next `count` CRM API requests."""
        self.faults.add(kind, count, opts)

    def set_latency(self, ms: float) -> None:
        """Make every CRM API request wait `ms` milliseconds before its answer (0: none)."""
        if ms < 0:
            raise ValueError("latency must be 0 or more milliseconds")
        self._latency_ms = float(ms)
        if self._server is not None:
            self._server.latency = self._latency_ms / 1000

    def clear_faults(self) -> None:
        """Forget pending faults."""
        self.faults.clear()

    def request_counts(self) -> dict[str, int]:
        """Return requests received per kind, and "api" for all CRM API requests."""
        return self.counter.snapshot()

    @property
    def request_count(self) -> int:
        """Return the CRM API requests received (token and control requests not included)."""
        return self.counter.snapshot()["api"]

    def reset_counts(self) -> None:
        """Start counting requests from zero."""
        self.counter.reset()

    def _control(self, action: str, kwargs: dict[str, Any]) -> Any:
        if action == "state":
            return {"client_id": self.client_id, "user_email": self.org.user_email,
                    "counts": self.request_counts()}  # fmt: skip
        if action not in CONTROL_ACTIONS:
            raise KeyError(f"unknown action {action!r}")
        if action in ("add_account", "add_contact", "add_deal"):
            return getattr(self, action)(**kwargs.get("fields", {}))
        if action == "update":
            return self.update(kwargs["module"], kwargs["crm_id"], **kwargs.get("fields", {}))
        if action == "inject_fault":
            return self.inject_fault(
                kwargs["kind"], kwargs.get("count", 1), **kwargs.get("opts", {})
            )
        return getattr(self, action)(**kwargs)
