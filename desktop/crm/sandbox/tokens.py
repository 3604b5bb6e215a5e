"""The sandbox's OAuth: a Self Client, grant codes, refresh tokens and expiring access tokens."""

from __future__ import annotations

import secrets
import threading
import time
from collections.abc import Mapping
from typing import Any

GRANT_CODE_LIFETIME = 600.0  # a Self Client grant code lasts minutes and works once


def _zoho_token() -> str:
    return f"1000.{secrets.token_hex(16)}.{secrets.token_hex(16)}"


class TokenIssuer:
    """Issues and checks tokens like accounts.zoho.com; errors are HTTP 200 + {"error": …}."""

    def __init__(self, lifetime: float, expires_in_ms: bool) -> None:
        self.client_id = "1000." + secrets.token_hex(15).upper()
        self.client_secret = secrets.token_hex(21)
        self.lifetime = lifetime
        self.expires_in_ms = expires_in_ms
        self._lock = threading.Lock()
        self._grant_codes: dict[str, float] = {}
        self._refresh_tokens: set[str] = set()
        self._access_tokens: dict[str, float] = {}

    def new_grant_code(self) -> str:
        """Return a fresh single-use grant code."""
        code = _zoho_token()
        with self._lock:
            self._grant_codes[code] = time.monotonic() + GRANT_CODE_LIFETIME
        return code

    def issue_refresh_token(self) -> str:
        """Return a new valid refresh token (as if a grant code had been exchanged)."""
        token = _zoho_token()
        with self._lock:
            self._refresh_tokens.add(token)
        return token

    def access_tokens(self) -> list[str]:
        """Return every access token issued so far (tests check none of them leaks)."""
        with self._lock:
            return list(self._access_tokens)

    def expire_all(self) -> None:
        """Make every access token issued so far expired."""
        with self._lock:
            self._access_tokens = dict.fromkeys(self._access_tokens, 0.0)

    def revoke_all(self) -> None:
        """Revoke every refresh token and grant code (as removing the app from Connected Apps)."""
        with self._lock:
            self._refresh_tokens.clear()
            self._grant_codes.clear()
            self._access_tokens = dict.fromkeys(self._access_tokens, 0.0)

    def grant(self, form: Mapping[str, str], api_domain: str) -> dict[str, Any]:
        """Return the token endpoint's JSON answer to one request."""
        if (
            form.get("client_id") != self.client_id
            or form.get("client_secret") != self.client_secret
        ):
            return {"error": "invalid_client"}
        grant_type = form.get("grant_type")
        with self._lock:
            if grant_type == "authorization_code":
                expiry = self._grant_codes.pop(form.get("code", ""), None)
                if expiry is None or expiry < time.monotonic():
                    return {"error": "invalid_code"}
                refresh_token = _zoho_token()
                self._refresh_tokens.add(refresh_token)
                return self._reply(api_domain, refresh_token)
            if grant_type == "refresh_token":
                if form.get("refresh_token") not in self._refresh_tokens:
                    return {"error": "invalid_code"}
                return self._reply(api_domain, None)
        return {"error": "unsupported_grant_type"}

    def _reply(self, api_domain: str, refresh_token: str | None) -> dict[str, Any]:
        access_token = _zoho_token()
        self._access_tokens[access_token] = time.monotonic() + self.lifetime
        reply: dict[str, Any] = {"access_token": access_token}
        if refresh_token:
            reply["refresh_token"] = refresh_token
        reply["scope"] = "ZohoCRM.modules.ALL,ZohoCRM.users.READ,ZohoCRM.org.READ"
        reply["api_domain"] = api_domain
        reply["token_type"] = "Bearer"
        if self.expires_in_ms:
            reply.update(expires_in_sec=int(self.lifetime), expires_in=int(self.lifetime * 1000))
        else:
            reply["expires_in"] = int(self.lifetime)
        return reply

    def is_valid(self, authorization: str | None) -> bool:
        """Return whether an Authorization header carries a live access token."""
        scheme, _, token = (authorization or "").partition(" ")
        if scheme != "Zoho-oauthtoken":
            return False
        with self._lock:
            expiry = self._access_tokens.get(token.strip())
        return expiry is not None and expiry > time.monotonic()
