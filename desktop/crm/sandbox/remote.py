"""Drive a sandbox running in another process through its HTTP control API."""

from __future__ import annotations

from typing import Any

import requests


class SandboxRemote:
    """The control methods of SandboxCrm, over HTTP (e.g. for `invoice-desk sandbox`)."""

    def __init__(self, base_url: str, http: requests.Session | None = None) -> None:
        self._url = base_url.rstrip("/") + "/__sandbox__/"
        self._http = http or requests.Session()

    def call(self, action: str, **kwargs: Any) -> Any:
        """Run one control action and return its result; raise RuntimeError when refused."""
        response = self._http.post(self._url + action, json=kwargs, timeout=(5, 30))
        body = response.json()
        if response.status_code != 200:
            raise RuntimeError(body.get("error", f"control {action} failed"))
        return body["result"]

    def add(self, module: str, **fields: Any) -> str:
        """Create a record (module Accounts, Contacts or Deals); return its id."""
        action = {"Accounts": "add_account", "Contacts": "add_contact", "Deals": "add_deal"}[module]
        return str(self.call(action, fields=fields))

    def update(self, module: str, crm_id: str, **fields: Any) -> None:
        """Change a record's fields."""
        self.call("update", module=module, crm_id=crm_id, fields=fields)

    def delete(self, module: str, crm_id: str, permanent: bool = False) -> None:
        """Delete a record."""
        self.call("delete", module=module, crm_id=crm_id, permanent=permanent)

    def inject_fault(self, kind: str, count: int = 1, **opts: Any) -> None:
        """Apply a fault to the next `count` CRM API requests."""
        self.call("inject_fault", kind=kind, count=count, opts=opts)

    def advance_clock(self, seconds: float) -> None:
        """Move the sandbox's token clock forward (tokens expire, throttle windows pass)."""
        self.call("advance_clock", seconds=seconds)

    def request_counts(self) -> dict[str, int]:
        """Return the requests received per kind."""
        counts: dict[str, int] = self.call("request_counts")
        return counts

    def close(self) -> None:
        """Close the connections."""
        self._http.close()
