"""Which answer an API request gets: /crm/{version}/users|org|settings/…|{module}[/deleted]."""

from __future__ import annotations

import json
from collections.abc import Mapping

from desktop.crm.sandbox import replies
from desktop.crm.sandbox.api import CrmApi
from desktop.crm.sandbox.replies import Answer, Refused

API_VERSIONS = ("v2", "v8")
_NOTES_KINDS = ("notes", "related", "attachment")  # Notes and Attachments: see sandbox/notes.py
_READ_ONLY = (
    "users",
    "org",
    "settings",
    "deleted",
    "record",
    "count",
)  # what the sandbox only reads


def kind_of(parts: list[str]) -> str:
    """Return the kind of an API path: users, org, settings, records, record, deleted, count,
    notes, related (a record's notes or attachments), attachment, other."""
    if len(parts) < 3 or parts[0] != "crm" or parts[1] not in API_VERSIONS:
        return "other"
    if parts[2] in ("users", "org", "settings"):
        return parts[2]
    if parts[2] == "Notes" and len(parts) <= 4:
        return "notes"
    if len(parts) == 5 and parts[4] in ("Notes", "Attachments"):
        return "related"
    if len(parts) == 5 and parts[3:] == ["actions", "count"]:
        return "count"
    if len(parts) == 6 and parts[4] == "Attachments":
        return "attachment"
    if len(parts) == 3:
        return "records"
    if len(parts) == 4:
        return "deleted" if parts[3] == "deleted" else "record"
    return "other"


def answer(
    api: CrmApi,
    method: str,
    parts: list[str],
    query: Mapping[str, str],
    since: str | None,
    body: bytes,
    content_type: str | None = None,
) -> Answer:
    """Return the answer to an authenticated API request."""
    kind = kind_of(parts)
    if kind == "other":
        return replies.invalid_url()
    if kind in _NOTES_KINDS:
        return api.notes.answer(method, parts, query, body, kind, content_type)
    if method != "GET" and (kind in _READ_ONLY or method != "POST"):
        return replies.invalid_method()
    if kind == "records" and method == "POST":
        return api.insert_records(parts[2], _json(body))
    if kind == "records":
        return api.list_records(parts[1], parts[2], query, since)
    if kind == "deleted":
        return api.list_deleted(parts[2], query, since)
    if kind == "count":
        return api.count_records(parts[1], parts[2])
    if kind == "record":
        return api.get_record(parts[2], parts[3], query)
    return _about_the_org(api, kind, parts[3:], query, since)


def _about_the_org(
    api: CrmApi, kind: str, rest: list[str], query: Mapping[str, str], since: str | None
) -> Answer:
    directory = api.directory
    if kind == "org":
        return directory.organization() if not rest else replies.invalid_url()
    if kind == "users":
        if len(rest) == 1:
            return directory.user(rest[0])
        try:
            return (
                directory.users(query, replies.since_second(since))
                if not rest
                else replies.invalid_url()
            )
        except Refused as refused:
            return refused.answer
    if rest[:1] == ["modules"]:
        return directory.modules(rest[1:], query)
    if rest[:1] == ["fields"]:
        return directory.fields(rest[1:], query)
    return replies.invalid_url()


def _json(body: bytes) -> object:
    try:
        return json.loads(body) if body else None
    except ValueError:
        return None
