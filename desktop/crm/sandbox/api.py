"""The CRM API's record answers (v2 and v8 rules): listings, deleted records, inserts."""

from __future__ import annotations

import secrets
import threading
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any

from desktop.crm.sandbox import replies
from desktop.crm.sandbox.data import MODULES
from desktop.crm.sandbox.directory import CrmDirectory, Organization
from desktop.crm.sandbox.notes import RecordNotes
from desktop.crm.sandbox.records import CrmRecords
from desktop.crm.sandbox.replies import Answer, Refused, error
from desktop.crm.sandbox.store import CRM_ZONE, SORT_FIELDS

DISCRETE_RECORDS = 2000  # v3+: records reachable with `page` alone
MAX_FIELDS = 50
MAX_IDS = 100
DELETED_TYPES = ("all", "recycle", "permanent")
_MANDATORY = {"Accounts": ("Account_Name",), "Contacts": ("Last_Name",),
              "Deals": ("Deal_Name", "Stage")}  # fmt: skip


@dataclass(frozen=True, slots=True)
class _Query:
    """A checked listing query; `signature` is what a page token is bound to."""

    fields: tuple[str, ...] | None
    sort_by: str
    descending: bool
    per_page: int
    ids: frozenset[int] | None
    since_second: int | None

    def signature(self, version: str, module: str) -> tuple[Any, ...]:
        return (version, module, self.fields, self.sort_by, self.descending, self.per_page,
                self.ids, self.since_second)  # fmt: skip


class CrmApi:
    """Answers record requests from the records; page tokens are remembered with their query."""

    def __init__(self, records: CrmRecords, org: Organization, records_per_token: int) -> None:
        self.records = records
        self.org = org
        self.records_per_token = records_per_token
        self.directory = CrmDirectory(org)
        self.notes = RecordNotes(records, org)
        self._tokens: dict[str, tuple[tuple[Any, ...], int]] = {}
        self._lock = threading.Lock()

    def list_records(
        self, version: str, module: str, query: Mapping[str, str], since: str | None
    ) -> Answer:
        """Answer GET /{module} with the version's rules on fields, sorting and paging."""
        if module not in MODULES:
            return replies.invalid_module(0)
        try:
            checked = _listing_query(version, query, since)
            signature = checked.signature(version, module)
            offset = self._offset(query, signature, checked.per_page)
        except Refused as refused:
            return refused.answer
        return self._page(version, module, checked, signature, offset)

    def _offset(self, query: Mapping[str, str], signature: tuple[Any, ...], per_page: int) -> int:
        token = query.get("page_token")
        if token is None:
            offset = (replies.count(query, "page", 1) - 1) * per_page
            if signature[0] != "v2" and offset >= DISCRETE_RECORDS:
                raise Refused(error(400, "DISCRETE_PAGINATION_LIMIT_EXCEEDED",
                                    "You can only get the first 2000 records without using page_token param.",
                                    limit=DISCRETE_RECORDS))  # fmt: skip
            return offset
        with self._lock:
            remembered = self._tokens.get(token)
        if remembered is None:
            raise Refused(error(400, "INVALID_DATA", "the given page_token is invalid",
                                param_name="page_token"))  # fmt: skip
        if remembered[0] != signature:
            raise Refused(error(400, "TOKEN_BOUND_DATA_MISMATCH",
                                "the page_token was issued for other parameters",
                                param_name="page_token"))  # fmt: skip
        if remembered[1] >= self.records_per_token:
            raise Refused(error(400, "PAGINATION_LIMIT_EXCEEDED",
                                f"You can only get the first {self.records_per_token} records with a page_token.",
                                limit=self.records_per_token))  # fmt: skip
        return remembered[1]

    def _page(
        self, version: str, module: str, query: _Query, signature: tuple[Any, ...], offset: int
    ) -> Answer:
        with self.records.lock:
            store = self.records.store(module)
            order = store.order(query.sort_by, query.descending, query.since_second, query.ids)
            if not order:
                return (304, None) if query.since_second is not None else (204, None)
            end = len(order)
            if version != "v2":  # a page-token chain ends at records_per_token
                end = min(end, self.records_per_token)
            chosen: Sequence[int] = order[offset : min(end, offset + query.per_page)]
            if not chosen:
                return 204, None
            fields = list(query.fields) if query.fields is not None else None
            data = [
                self.records.render(module, store.ids[p], store.keys[p], fields) for p in chosen
            ]
            more = offset + len(chosen) < len(order)
        info: dict[str, Any] = {
            "per_page": query.per_page, "count": len(data),
            "page": offset // query.per_page + 1, "sort_by": query.sort_by,
            "sort_order": "desc" if query.descending else "asc", "more_records": more,
        }  # fmt: skip
        if version != "v2":
            after = offset + len(chosen)
            info.update(call=False, email=False, previous_page_token=None,
                        next_page_token=self._new_token(signature, after) if more else None,
                        page_token_expiry=(datetime.now(CRM_ZONE) + timedelta(days=1)).isoformat(timespec="seconds"))  # fmt: skip
        return 200, {"data": data, "info": info}

    def _new_token(self, signature: tuple[Any, ...], offset: int) -> str:
        token = secrets.token_hex(16)
        with self._lock:
            self._tokens[token] = (signature, offset)
        return token

    def count_records(self, version: str, module: str) -> Answer:
        """Answer GET /{module}/actions/count (v8): the live records, as a string (Zoho's OAS)."""
        if version == "v2":
            return replies.invalid_url()
        if module not in MODULES:
            return replies.invalid_module(0)
        with self.records.lock:
            return 200, {"count": str(len(self.records.store(module).ids))}

    def get_record(self, module: str, crm_id: str, query: Mapping[str, str]) -> Answer:
        """Answer GET /{module}/{id}: the record (every field, or the asked ones), 204 if none."""
        if module not in MODULES:
            return replies.invalid_module(0)
        if not crm_id.isdigit():
            return error(400, "INVALID_DATA", "the id given seems to be invalid",
                         resource_path_index=1)  # fmt: skip
        fields = [f for f in query.get("fields", "").split(",") if f] or None
        with self.records.lock:
            store = self.records.store(module)
            key = store.key_of.get(int(crm_id))
            if key is None:
                return 204, None
            return 200, {"data": [self.records.render(module, int(crm_id), key, fields)]}

    def list_deleted(self, module: str, query: Mapping[str, str], since: str | None) -> Answer:
        """Answer GET /{module}/deleted?type=all|recycle|permanent."""
        if module not in MODULES:
            return replies.invalid_module(0)
        kind = query.get("type", "all")
        if kind not in DELETED_TYPES:
            return error(400, "PATTERN_NOT_MATCHED", "Please check whether the input values are correct",
                         api_name="type")  # fmt: skip
        try:
            per_page = replies.per_page(query)
            page = replies.count(query, "page", 1)
            since_second = replies.since_second(since)
        except Refused as refused:
            return refused.answer
        with self.records.lock:
            entries = [d for d in self.records.store(module).deleted_since(since_second)
                       if kind == "all" or d.kind == kind]  # fmt: skip
        chosen = entries[(page - 1) * per_page : page * per_page]
        if not chosen:
            return (304, None) if since_second is not None and not entries else (204, None)
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

    def insert_records(self, module: str, body: object) -> Answer:
        """Answer POST /{module}: create each record of body["data"] (per-record results)."""
        if module not in MODULES:
            return replies.invalid_module(0)
        items = body.get("data") if isinstance(body, dict) else None
        if not isinstance(items, list) or not items:
            return error(400, "MANDATORY_NOT_FOUND", "required field not found",
                         api_name="data", json_path="$.data")  # fmt: skip
        results = [self._insert_one(module, item, n) for n, item in enumerate(items[:100])]
        statuses = {r["status"] for r in results}
        status = 201 if statuses == {"success"} else 400 if statuses == {"error"} else 207
        return status, {"data": results}

    def _insert_one(self, module: str, item: object, number: int) -> dict[str, Any]:
        if not isinstance(item, dict):
            return _record_error("INVALID_DATA", "invalid data", json_path=f"$.data[{number}]")
        for name in _MANDATORY[module]:
            if not item.get(name):
                return _record_error("MANDATORY_NOT_FOUND", "required field not found",
                                     api_name=name, json_path=f"$.data[{number}].{name}")  # fmt: skip
        crm_id = self.records.add(module, item)
        owner = {"name": "Sandbox Owner", "id": self.org.user_id}
        with self.records.lock:
            store = self.records.store(module)
            stamp = datetime.fromtimestamp(store.created_second(int(crm_id)), CRM_ZONE).isoformat()
        details = {"Modified_Time": stamp, "Modified_By": owner, "Created_Time": stamp,
                   "id": crm_id, "Created_By": owner}  # fmt: skip
        return {
            "code": "SUCCESS",
            "details": details,
            "message": "record added",
            "status": "success",
        }


def _record_error(code: str, message: str, **details: Any) -> dict[str, Any]:
    return {"code": code, "details": details, "message": message, "status": "error"}


def _listing_query(version: str, query: Mapping[str, str], since: str | None) -> _Query:
    """Return the checked parameters of a listing; raise Refused for what Zoho refuses."""
    fields = tuple(f for f in query.get("fields", "").split(",") if f) or None
    if version != "v2" and fields is None and "ids" not in query:
        raise replies.missing("fields")
    if fields is not None and len(fields) > MAX_FIELDS:
        raise Refused(error(400, "LIMIT_EXCEEDED", "the number of fields exceeds the limit",
                            param="fields", limit=MAX_FIELDS))  # fmt: skip
    if "cvid" in query:
        if "sort_by" in query:
            raise Refused(_ambiguity("cvid", "sort_by"))
        raise replies.invalid("cvid")  # the sandbox has no custom views
    if "page" in query and "page_token" in query:
        raise Refused(_ambiguity("page", "page_token"))
    sort_by = replies.choice(query, "sort_by", "id", SORT_FIELDS)
    sort_order = replies.choice(query, "sort_order", "desc", replies.SORT_ORDERS)
    per_page = replies.per_page(query)
    return _Query(
        fields, sort_by, sort_order == "desc", per_page, _ids(query), replies.since_second(since)
    )


def _ambiguity(*params: str) -> Answer:
    return error(400, "AMBIGUITY_DURING_PROCESSING", f"{' and '.join(params)} cannot be used together",
                 ambiguity_due_to=list(params))  # fmt: skip


def _ids(query: Mapping[str, str]) -> frozenset[int] | None:
    raw = query.get("ids")
    if raw is None:
        return None
    values = [v.strip() for v in raw.split(",") if v.strip()]
    if not values or not all(v.isdigit() for v in values):
        raise replies.invalid("ids", expected_data_type="long")
    if len(values) > MAX_IDS:
        raise Refused(error(400, "LIMIT_EXCEEDED", "the number of ids exceeds the limit",
                            param="ids", limit=MAX_IDS))  # fmt: skip
    return frozenset(int(v) for v in values)
