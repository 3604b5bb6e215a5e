"""The CRM API's answers (v2 and v8 rules): users, org, record listings, deleted records."""

from __future__ import annotations

import email.utils
import secrets
import threading
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from desktop.crm.sandbox.data import MODULES
from desktop.crm.sandbox.records import CrmRecords
from desktop.crm.sandbox.store import CRM_ZONE

PER_PAGE_MAX = 200
DISCRETE_RECORDS = 2000  # v3+: records reachable with `page` alone
MAX_FIELDS = 50
V8_SORT_FIELDS = ("id", "Created_Time", "Modified_Time")

Answer = tuple[int, Any]  # (HTTP status, JSON body or None for an empty body)


def error(status: int, code: str, message: str, **details: Any) -> Answer:
    """Return Zoho's top-level error shape."""
    return status, {"code": code, "details": details, "message": message, "status": "error"}


@dataclass
class Organization:
    """The org and user the sandbox's key belongs to (changeable by tests)."""

    org_id: str
    name: str
    currency: str
    user_email: str
    user_id: str = "4876876000000235011"
    extras: dict[str, Any] = field(default_factory=dict)


class CrmApi:
    """Answers API requests from the records; page tokens are remembered with their query."""

    def __init__(self, records: CrmRecords, org: Organization, records_per_token: int) -> None:
        self.records = records
        self.org = org
        self.records_per_token = records_per_token
        self._tokens: dict[str, tuple[tuple[Any, ...], int]] = {}
        self._lock = threading.Lock()

    def current_user(self, query: Mapping[str, str]) -> Answer:
        """Answer /users (only type=CurrentUser is supported)."""
        if query.get("type") != "CurrentUser":
            return error(400, "INVALID_DATA", "only type=CurrentUser is supported by the sandbox")
        name = self.org.user_email.split("@")[0].replace(".", " ").title()
        user = {
            "id": self.org.user_id, "email": self.org.user_email, "full_name": name,
            "first_name": None, "last_name": name, "status": "active", "locale": "en_US",
            "role": {"name": "CEO", "id": "4876876000000026005"},
            "profile": {"name": "Administrator", "id": "4876876000000026011"},
            "time_zone": "Europe/Istanbul", "confirm": True,
        }  # fmt: skip
        return 200, {
            "users": [user],
            "info": {"per_page": 200, "count": 1, "page": 1, "more_records": False},
        }

    def organization(self) -> Answer:
        """Answer /org."""
        org = {
            "id": self.org.org_id, "company_name": self.org.name,
            "primary_email": self.org.user_email, "iso_code": self.org.currency,
            "currency_symbol": "$" if self.org.currency == "USD" else self.org.currency,
            "currency_locale": "en_US", "country_code": "US", "time_zone": "Europe/Istanbul",
            "mc_status": False, "zgid": "700000001", **self.org.extras,
        }  # fmt: skip
        return 200, {"org": [org]}

    def list_records(
        self, version: str, module: str, query: Mapping[str, str], since: str | None
    ) -> Answer:
        """Answer GET /{module} with the version's rules on fields, sorting and paging."""
        if module not in MODULES:
            return error(400, "INVALID_MODULE", "the module name given seems to be invalid")
        fields = [f for f in query.get("fields", "").split(",") if f] or None
        sort_by, sort_order = query.get("sort_by", "id"), query.get("sort_order", "desc")
        per_page = min(PER_PAGE_MAX, _int(query.get("per_page"), PER_PAGE_MAX))
        problem = _v8_problem(query, fields, sort_by) if version != "v2" else None
        if problem:
            return problem
        since_second = _since_second(since)
        if since and since_second is None:
            return error(
                400, "INVALID_DATA", "invalid If-Modified-Since", header="If-Modified-Since"
            )
        signature = (
            version,
            module,
            tuple(fields or ()),
            sort_by,
            sort_order,
            per_page,
            since_second,
        )
        offset = self._offset(query, signature, per_page)
        if isinstance(offset, tuple):
            return offset
        return self._page(module, fields, signature, since_second, offset, per_page, version)

    def _offset(
        self, query: Mapping[str, str], signature: tuple[Any, ...], per_page: int
    ) -> int | Answer:
        token = query.get("page_token")
        if token is None:
            page = max(1, _int(query.get("page"), 1))
            offset = (page - 1) * per_page
            if signature[0] != "v2" and offset >= DISCRETE_RECORDS:
                return error(400, "DISCRETE_PAGINATION_LIMIT_EXCEEDED",
                             "You can only get the first 2000 records without using page_token param.",
                             limit=DISCRETE_RECORDS)  # fmt: skip
            return offset
        with self._lock:
            remembered = self._tokens.get(token)
        if remembered is None:
            return error(
                400, "INVALID_DATA", "the given page_token is invalid", param_name="page_token"
            )
        if remembered[0] != signature:
            return error(
                400, "TOKEN_BOUND_DATA_MISMATCH", "the page_token was issued for other parameters"
            )
        if remembered[1] >= self.records_per_token:
            return error(400, "PAGINATION_LIMIT_EXCEEDED",
                         f"You can only get the first {self.records_per_token} records with a page_token.",
                         limit=self.records_per_token)  # fmt: skip
        return remembered[1]

    def _page(
        self, module: str, fields: list[str] | None, signature: tuple[Any, ...],
        since_second: int | None, offset: int, per_page: int, version: str,
    ) -> Answer:  # fmt: skip
        with self.records.lock:
            store = self.records.store(module)
            start, end = store.window(since_second)
            if start == end:
                return (304, None) if since_second is not None else (204, None)
            first = start + offset
            last = min(end, first + per_page)
            if version != "v2":  # a page-token chain ends at records_per_token
                last = min(last, start + self.records_per_token)
            if first >= end:
                return 204, None
            data = [
                self.records.render(module, store.ids[i], store.keys[i], fields)
                for i in range(first, last)
            ]
        more = last < end
        info: dict[str, Any] = {
            "per_page": per_page, "count": len(data), "page": offset // per_page + 1,
            "sort_by": signature[3], "sort_order": signature[4], "more_records": more,
        }  # fmt: skip
        if version != "v2":
            info.update(call=False, email=False, previous_page_token=None,
                        next_page_token=self._new_token(signature, last - start) if more else None,
                        page_token_expiry=(datetime.now(CRM_ZONE) + timedelta(days=1)).isoformat(timespec="seconds"))  # fmt: skip
        return 200, {"data": data, "info": info}

    def _new_token(self, signature: tuple[Any, ...], offset: int) -> str:
        token = secrets.token_hex(16)
        with self._lock:
            self._tokens[token] = (signature, offset)
        return token

    def list_deleted(self, module: str, query: Mapping[str, str], since: str | None) -> Answer:
        """Answer GET /{module}/deleted?type=all|recycle|permanent."""
        if module not in MODULES:
            return error(400, "INVALID_MODULE", "the module name given seems to be invalid")
        kind = query.get("type", "all")
        if kind not in ("all", "recycle", "permanent"):
            return error(400, "INVALID_DATA", "invalid type", param_name="type")
        per_page = min(PER_PAGE_MAX, _int(query.get("per_page"), PER_PAGE_MAX))
        page = max(1, _int(query.get("page"), 1))
        with self.records.lock:
            entries = [d for d in self.records.store(module).deleted_since(_since_second(since))
                       if kind == "all" or d.kind == kind]  # fmt: skip
        chosen = entries[(page - 1) * per_page : page * per_page]
        if not chosen:
            return 204, None
        owner = {"name": "Sandbox Owner", "id": self.org.user_id}
        data = [
            {"deleted_by": owner if d.kind == "recycle" else None, "id": d.crm_id,
             "display_name": d.display_name, "type": d.kind,
             "created_by": owner if d.kind == "recycle" else None,
             "deleted_time": datetime.fromtimestamp(d.key >> 32, CRM_ZONE).isoformat()}
            for d in chosen
        ]  # fmt: skip
        more = page * per_page < len(entries)
        info = {"per_page": per_page, "count": len(data), "page": page, "more_records": more}
        return 200, {"data": data, "info": info}


def _v8_problem(query: Mapping[str, str], fields: list[str] | None, sort_by: str) -> Answer | None:
    if fields is None:
        return error(
            400,
            "REQUIRED_PARAM_MISSING",
            "One of the expected parameter is missing",
            param_name="fields",
        )
    if len(fields) > MAX_FIELDS:
        return error(
            400, "LIMIT_EXCEEDED", "the number of fields exceeds the limit", limit=MAX_FIELDS
        )
    if sort_by not in V8_SORT_FIELDS:
        return error(
            400, "INVALID_DATA", "the given sort_by is not supported", param_name="sort_by"
        )
    if "page" in query and "page_token" in query:
        return error(
            400, "AMBIGUITY_DURING_PROCESSING", "page and page_token cannot be used together"
        )
    return None


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default


def _since_second(value: str | None) -> int | None:
    """Return the second of an If-Modified-Since value (ISO-8601 with offset, or an HTTP date)."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(value.strip())
    except ValueError:
        try:
            moment = email.utils.parsedate_to_datetime(value)
        except (TypeError, ValueError):
            return None
    if moment.tzinfo is None:
        return None
    return int(moment.timestamp())
