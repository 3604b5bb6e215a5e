"""The CRM API's answers about the org itself: users, the org, and module and field metadata."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop.crm.sandbox import metadata, replies
from desktop.crm.sandbox.data import MODULES
from desktop.crm.sandbox.replies import Answer, Refused, error

_STAFF = (  # the org's other users: (id, email, name, changes)
    ("4876876000000235021", "sales.rep@shop.example", "Sam Rep",
     {"role": {"name": "Manager", "id": "4876876000000026008"},
      "profile": {"name": "Standard", "id": "4876876000000026014"}}),
    ("4876876000000235031", "former@shop.example", "Dana Former", {"status": "disabled"}),
    ("4876876000000235041", "invited@shop.example", "Ira Invited", {"confirm": False}),
)  # fmt: skip
_METADATA_SECOND = 1_704_088_800  # metadata.METADATA_TIME as a Unix second


@dataclass
class Organization:
    """The org and user the sandbox's key belongs to (changeable by tests)."""

    org_id: str
    name: str
    currency: str
    user_email: str
    user_id: str = "4876876000000235011"
    extras: dict[str, Any] = field(default_factory=dict)


class CrmDirectory:
    """Answers /users, /org, /settings/modules and /settings/fields."""

    def __init__(self, org: Organization) -> None:
        self.org = org

    def users(self, query: Mapping[str, str], since_second: int | None) -> Answer:
        """Answer GET /users (every type of Zoho's list; AllUsers when none is given)."""
        kind = query.get("type", "AllUsers")
        if kind not in metadata.USER_TYPES:
            return error(400, "INVALID_DATA", "invalid data", param_name="type",
                         supported_values=list(metadata.USER_TYPES))  # fmt: skip
        try:
            per_page = replies.per_page(query)
            page = replies.count(query, "page", 1)
        except Refused as refused:
            return refused.answer
        if since_second is not None and since_second > _METADATA_SECOND:
            return 304, None
        chosen = [u for u in self._all_users() if metadata.user_matches(u, kind, self.org.user_id)]
        if ids := query.get("ids"):
            chosen = [u for u in chosen if u["id"] in ids.split(",")]
        return self._users_page(chosen, page, per_page)

    def user(self, user_id: str) -> Answer:
        """Answer GET /users/{id}."""
        chosen = [u for u in self._all_users() if u["id"] == user_id]
        if not chosen:
            return error(400, "INVALID_DATA", "the id given seems to be invalid",
                         resource_path_index=1)  # fmt: skip
        return self._users_page(chosen, 1, replies.PER_PAGE_MAX)

    def _all_users(self) -> list[dict[str, Any]]:
        email = self.org.user_email
        name = email.split("@")[0].replace(".", " ").title()
        owner = metadata.user(self.org.user_id, email, name)
        return [owner, *(metadata.user(i, e, n, **c) for i, e, n, c in _STAFF)]

    @staticmethod
    def _users_page(users: list[dict[str, Any]], page: int, per_page: int) -> Answer:
        chosen = users[(page - 1) * per_page : page * per_page]
        if not chosen:
            return 204, None
        more = page * per_page < len(users)
        info = {"per_page": per_page, "count": len(chosen), "page": page, "more_records": more}
        return 200, {"users": chosen, "info": info}

    def organization(self) -> Answer:
        """Answer GET /org."""
        org = self.org
        entry = metadata.org(org.org_id, org.name, org.user_email, org.currency, org.user_id)
        return 200, {"org": [{**entry, **org.extras}]}

    def modules(self, rest: list[str], query: Mapping[str, str]) -> Answer:
        """Answer GET /settings/modules[/{api_name}] (only the sandbox's modules exist)."""
        if len(rest) > 1:
            return replies.invalid_url()
        if rest:
            if rest[0] not in MODULES:
                return replies.invalid_module(2)
            return 200, {"modules": [metadata.module_entry(rest[0])]}
        status = query.get("status")
        if status is not None and not set(status.split(",")) <= set(metadata.MODULE_STATUSES):
            return error(400, "INVALID_DATA", "invalid data", param_name="status",
                         supported_values=list(metadata.MODULE_STATUSES))  # fmt: skip
        if status is not None and "visible" not in status.split(","):
            return 204, None
        return 200, {"modules": metadata.modules()}

    def fields(self, rest: list[str], query: Mapping[str, str]) -> Answer:
        """Answer GET /settings/fields[/{id}]?module=…[&type=all|used|unused]."""
        module = query.get("module")
        if len(rest) > 1:
            return replies.invalid_url()
        if not module:
            return replies.missing("module").answer
        if module not in MODULES:
            return error(400, "INVALID_MODULE", "the module name given seems to be invalid",
                         param_name="module")  # fmt: skip
        kind = query.get("type", "all")
        if kind not in metadata.FIELD_TYPES:
            return error(400, "INVALID_DATA", "invalid data", param_name="type",
                         supported_values=list(metadata.FIELD_TYPES))  # fmt: skip
        fields = metadata.fields(module)
        if rest:
            fields = [f for f in fields if f["id"] == rest[0]]
            if not fields:
                return error(400, "INVALID_DATA", "the id given seems to be invalid",
                             resource_path_index=2)  # fmt: skip
        if kind == "unused":
            return 204, None
        return 200, {"fields": fields}
