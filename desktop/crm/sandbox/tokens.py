"""The sandbox's OAuth: a Self Client, grant codes, refresh tokens and expiring access tokens.

Zoho's limits are kept (token-validity page of the v8 docs): at most 10 access tokens per
refresh token in 10 minutes (then "Access Denied"), at most 15 live access tokens per refresh
token and 20 refresh tokens per client (a new one deletes the oldest).
"""

from __future__ import annotations

import secrets
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

GRANT_CODE_LIFETIME = 600.0  # a Self Client grant code lasts minutes and works once
TOKENS_PER_WINDOW = 10  # access tokens one refresh token may get per THROTTLE_WINDOW
THROTTLE_WINDOW = 600.0
LIVE_ACCESS_TOKENS = 15  # per refresh token; the 16th invalidates the oldest
REFRESH_TOKENS_PER_CLIENT = 20  # the 21st deletes the oldest
# What accounts.zoho.com answers (HTTP 200, like its other token errors: read the body,
# not the status; shared zoho-crm-api.md "Throttle response") when a refresh token asks too often.
ACCESS_DENIED = {
    "error_description": "You have made too many requests continuously. "
    "Please try again after some time.",
    "error": "Access Denied",
    "status": "failure",
}

TokenAnswer = tuple[int, dict[str, Any]]  # (HTTP status, JSON body)


def _zoho_token() -> str:
    return f"1000.{secrets.token_hex(16)}.{secrets.token_hex(16)}"


@dataclass
class _RefreshToken:
    """What one refresh token has been given: recent grant times and its live access tokens."""

    granted: deque[float] = field(default_factory=deque)
    access_tokens: deque[str] = field(default_factory=deque)


class TokenIssuer:
    """Issues and checks tokens like accounts.zoho.com; errors are {"error": …} bodies."""

    def __init__(self, lifetime: float, expires_in_ms: bool) -> None:
        self.client_id = "1000." + secrets.token_hex(15).upper()
        self.client_secret = secrets.token_hex(21)
        self.lifetime = lifetime
        self.expires_in_ms = expires_in_ms
        self._lock = threading.Lock()
        self._skew = 0.0  # seconds the sandbox's clock was moved forward by advance_clock()
        self._grant_codes: dict[str, float] = {}
        self._refresh_tokens: OrderedDict[str, _RefreshToken] = OrderedDict()
        self._access_tokens: dict[str, float] = {}  # token → expiry

    def now(self) -> float:
        """Return the token clock (monotonic, plus any advance)."""
        return time.monotonic() + self._skew

    def advance_clock(self, seconds: float) -> None:
        """Move the token clock forward (tokens expire, throttle windows pass)."""
        with self._lock:
            self._skew += float(seconds)

    def new_grant_code(self) -> str:
        """Return a fresh single-use grant code."""
        code = _zoho_token()
        with self._lock:
            self._grant_codes[code] = self.now() + GRANT_CODE_LIFETIME
        return code

    def issue_refresh_token(self) -> str:
        """Return a new valid refresh token (as if a grant code had been exchanged)."""
        with self._lock:
            return self._new_refresh_token()

    def refresh_tokens(self) -> list[str]:
        """Return the refresh tokens still valid, oldest first."""
        with self._lock:
            return list(self._refresh_tokens)

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

    def grant(self, form: Mapping[str, str], api_domain: str) -> TokenAnswer:
        """Return the token endpoint's status and JSON answer to one request."""
        if (
            form.get("client_id") != self.client_id
            or form.get("client_secret") != self.client_secret
        ):
            return 200, {"error": "invalid_client"}
        grant_type = form.get("grant_type")
        with self._lock:
            if grant_type == "authorization_code":
                expiry = self._grant_codes.pop(form.get("code", ""), None)
                if expiry is None or expiry < self.now():
                    return 200, {"error": "invalid_code"}
                refresh_token = self._new_refresh_token()
                return 200, self._reply(api_domain, refresh_token, refresh_token)
            if grant_type == "refresh_token":
                refresh_token = form.get("refresh_token", "")
                if refresh_token not in self._refresh_tokens:
                    return 200, {"error": "invalid_code"}
                if self._throttled(refresh_token):
                    return 200, dict(ACCESS_DENIED)
                return 200, self._reply(api_domain, refresh_token, None)
        return 200, {"error": "unsupported_grant_type"}

    def _new_refresh_token(self) -> str:
        token = _zoho_token()
        self._refresh_tokens[token] = _RefreshToken()
        while len(self._refresh_tokens) > REFRESH_TOKENS_PER_CLIENT:
            _, oldest = self._refresh_tokens.popitem(last=False)
            for access_token in oldest.access_tokens:
                self._access_tokens[access_token] = 0.0
        return token

    def _throttled(self, refresh_token: str) -> bool:
        granted = self._refresh_tokens[refresh_token].granted
        while granted and granted[0] <= self.now() - THROTTLE_WINDOW:
            granted.popleft()
        return len(granted) >= TOKENS_PER_WINDOW

    def _reply(self, api_domain: str, owner: str, new_refresh_token: str | None) -> dict[str, Any]:
        access_token = _zoho_token()
        now = self.now()
        self._access_tokens[access_token] = now + self.lifetime
        state = self._refresh_tokens[owner]
        state.granted.append(now)
        state.access_tokens.append(access_token)
        live = [t for t in state.access_tokens if self._access_tokens.get(t, 0.0) > now]
        state.access_tokens = deque(live)
        while len(state.access_tokens) > LIVE_ACCESS_TOKENS:
            self._access_tokens[state.access_tokens.popleft()] = 0.0
        reply: dict[str, Any] = {"access_token": access_token}
        if new_refresh_token:
            reply["refresh_token"] = new_refresh_token
        reply["scope"] = (
            "ZohoCRM.modules.ALL,ZohoCRM.settings.ALL,ZohoCRM.users.READ,ZohoCRM.org.READ"
        )
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
        return expiry is not None and expiry > self.now()
