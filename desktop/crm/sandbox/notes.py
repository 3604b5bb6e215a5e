"""The sandbox's Notes and Attachments: /Notes[/{id}], /{module}/{id}/Notes|Attachments[/{id}].

Shapes and errors as in Zoho's v8 OpenAPI files (`notes.json`, `attachments.json`); a note or
file whose record was deleted goes with it, as in Zoho's recycle bin.
"""

from __future__ import annotations

import email.parser
import email.policy
import itertools
import json
import threading
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from desktop.crm.sandbox import replies
from desktop.crm.sandbox.data import MODULES
from desktop.crm.sandbox.directory import Organization
from desktop.crm.sandbox.records import CrmRecords
from desktop.crm.sandbox.replies import Answer, error
from desktop.crm.sandbox.store import CRM_ZONE
from desktop.domain.reflect import ATTACHMENT_MAX_BYTES, NOTE_CONTENT_MAX, NOTE_TITLE_MAX

FIRST_NOTE_ID = 5_725_767_000_000_300_001
MAX_NOTES_PER_REQUEST = 100


@dataclass(frozen=True, slots=True)
class FileBody:
    """An answer that is a file, not JSON."""

    content: bytes
    content_type: str


@dataclass
class _Item:
    """A note (title, content) or an attachment (file_name, content) on a record."""

    id: str
    module: str
    parent_id: str
    title: str | None
    content: bytes | str
    created: str
    modified: str


class RecordNotes:
    """The notes and attachments of every record; thread-safe."""

    def __init__(self, records: CrmRecords, org: Organization) -> None:
        self._records = records
        self._org = org
        self._lock = threading.Lock()
        self._ids = itertools.count(FIRST_NOTE_ID)
        self.notes: dict[str, _Item] = {}
        self.files: dict[str, _Item] = {}
        self.scopes_withheld = False  # a key without ZohoCRM.modules.notes/attachments scopes

    def answer(
        self, method: str, parts: list[str], query: Mapping[str, str], body: bytes, kind: str,
        content_type: str | None,
    ) -> Answer:  # fmt: skip
        """Answer a notes or attachments request (parts: crm, version, …)."""
        if self.scopes_withheld:
            return error(401, "OAUTH_SCOPE_MISMATCH", "invalid oauth scope to access this URL")
        version, rest = parts[1], parts[2:]
        if kind == "notes":
            return self._notes(method, rest[1:], body)
        module, parent_id = rest[0], rest[1]
        if module not in MODULES:
            return replies.invalid_module(0)
        if not self._live(module, parent_id):
            return error(400, "INVALID_DATA", "the related id given seems to be invalid",
                         related_status="invalid", resource_path_index=1)  # fmt: skip
        if rest[2] == "Notes":
            if method != "GET":
                return replies.invalid_method()
            return self._listing(version, query, self._of(self.notes, module, parent_id), _note)
        if kind == "attachment":
            return self._one_file(method, module, parent_id, rest[3])
        if method == "POST":
            return self._upload(module, parent_id, body, content_type)
        if method != "GET":
            return replies.invalid_method()
        return self._listing(version, query, self._of(self.files, module, parent_id), _file)

    def _notes(self, method: str, rest: list[str], body: bytes) -> Answer:
        if not rest:
            return self._create(body) if method == "POST" else replies.invalid_method()
        note = self.notes.get(rest[0])
        if note is not None and not self._live(note.module, note.parent_id):
            note = None
        if method == "GET":
            return (204, None) if note is None else (200, {"data": [_note(note, self._org)]})
        if note is None:
            gone = (
                "record not deleted" if method == "DELETE" else "the id given seems to be invalid"
            )
            return 400, {"data": [_item_error("INVALID_DATA", gone, id=rest[0])]}
        if method == "DELETE":
            with self._lock:
                del self.notes[note.id]
            return 200, {"data": [self._success(note, "record deleted")]}
        if method != "PUT":
            return replies.invalid_method()
        return self._update(note, body)

    def _create(self, body: bytes) -> Answer:
        items = _data(body)
        if not items:
            return error(400, "MANDATORY_NOT_FOUND", "required field not found", api_name="data")
        results = [
            self._create_one(item, n) for n, item in enumerate(items[:MAX_NOTES_PER_REQUEST])
        ]
        statuses = {r["status"] for r in results}
        return (201 if statuses == {"success"} else 400 if statuses == {"error"} else 207), {
            "data": results
        }

    def _create_one(self, item: object, number: int) -> dict[str, Any]:
        if not isinstance(item, dict):
            return _item_error("INVALID_DATA", "invalid data", json_path=f"$.data[{number}]")
        refusal = _checked(item, number, creating=True)
        if refusal:
            return refusal
        parent = item["Parent_Id"]
        module = parent["module"]["api_name"]
        if module not in MODULES or not self._live(module, str(parent.get("id"))):
            return _item_error("INVALID_DATA", "invalid data", api_name="Parent_Id",
                               json_path=f"$.data[{number}].Parent_Id")  # fmt: skip
        now = _now()
        note = _Item(str(next(self._ids)), module, str(parent["id"]), item.get("Note_Title"),
                     item["Note_Content"], now, now)  # fmt: skip
        with self._lock:
            self.notes[note.id] = note
        return self._success(note, "record added")

    def _update(self, note: _Item, body: bytes) -> Answer:
        items = _data(body)
        if not items or not isinstance(items[0], dict):
            return error(400, "MANDATORY_NOT_FOUND", "required field not found", api_name="data")
        refusal = _checked(items[0], 0, creating=False)
        if refusal:
            return 400, {"data": [refusal]}
        with self._lock:
            note.title = items[0].get("Note_Title", note.title)
            note.content = items[0].get("Note_Content", note.content)
            note.modified = _now()
        return 200, {"data": [self._success(note, "record updated")]}

    def _upload(self, module: str, parent_id: str, body: bytes, content_type: str | None) -> Answer:
        upload = _multipart_file(body, content_type)
        if upload is None:
            return error(400, "INVALID_REQUEST", "unable to process your request. please verify "
                         "whether you have entered proper method name, parameter and parameter "
                         "values.", expected_type="file")  # fmt: skip
        name, content = upload
        if len(content) > ATTACHMENT_MAX_BYTES:
            return error(400, "FILE_SIZE_MORE_THAN_ALLOWED_SIZE",
                         "File size should not exceed 20 MB", maximum_size=ATTACHMENT_MAX_BYTES)  # fmt: skip
        now = _now()
        item = _Item(str(next(self._ids)), module, parent_id, name, content, now, now)
        with self._lock:
            self.files[item.id] = item
        return 200, {"data": [self._success(item, "attachment uploaded")]}

    def _one_file(self, method: str, module: str, parent_id: str, file_id: str) -> Answer:
        item = self.files.get(file_id)
        if item is None or (item.module, item.parent_id) != (module, parent_id):
            if method == "GET":
                return 204, None
            return error(400, "INVALID_DATA", "the id given seems to be invalid", id=file_id)
        if method == "GET":
            assert isinstance(item.content, bytes)
            return 200, FileBody(item.content, "application/octet-stream")
        if method != "DELETE":
            return replies.invalid_method()
        with self._lock:
            del self.files[file_id]
        return 200, {"data": [{"code": "SUCCESS", "details": {"id": file_id},
                               "message": "record deleted", "status": "success"}]}  # fmt: skip

    def _listing(
        self, version: str, query: Mapping[str, str], items: list[_Item], render: Any
    ) -> Answer:
        try:
            if version != "v2" and not query.get("fields"):
                raise replies.missing("fields")
            per_page = replies.per_page(query)
            page = replies.count(query, "page", 1)
        except replies.Refused as refused:
            return refused.answer
        chosen = items[(page - 1) * per_page : page * per_page]
        if not chosen:
            return 204, None
        info = {"per_page": per_page, "count": len(chosen), "page": page,
                "more_records": page * per_page < len(items)}  # fmt: skip
        return 200, {"data": [render(item, self._org) for item in chosen], "info": info}

    def _of(self, items: dict[str, _Item], module: str, parent_id: str) -> list[_Item]:
        with self._lock:
            found = [i for i in items.values() if (i.module, i.parent_id) == (module, parent_id)]
        return sorted(found, key=lambda i: int(i.id), reverse=True)  # newest first, as Zoho lists

    def _live(self, module: str, crm_id: str) -> bool:
        if module not in MODULES or not crm_id.isdigit():
            return False
        with self._records.lock:
            return int(crm_id) in self._records.store(module).key_of

    def _success(self, item: _Item, message: str) -> dict[str, Any]:
        owner = _owner(self._org)
        details = {"Modified_Time": item.modified, "Modified_By": owner,
                   "Created_Time": item.created, "id": item.id, "Created_By": owner}  # fmt: skip
        return {"code": "SUCCESS", "details": details, "message": message, "status": "success"}


def _checked(item: dict[str, Any], number: int, *, creating: bool) -> dict[str, Any] | None:
    """Return the per-record error of a note Zoho refuses, or None."""
    path = f"$.data[{number}]"
    if creating and not item.get("Note_Content"):
        return _item_error("MANDATORY_NOT_FOUND", "required field not found",
                           api_name="Note_Content", json_path=f"{path}.Note_Content")  # fmt: skip
    if creating:
        parent = item.get("Parent_Id")
        parent = parent if isinstance(parent, dict) else {}
        module = parent.get("module")
        if not isinstance(module, dict) or not module.get("api_name") or not parent.get("id"):
            return _item_error("MANDATORY_NOT_FOUND", "required field not found",
                               api_name="Parent_Id", json_path=f"{path}.Parent_Id")  # fmt: skip
    for name, limit in (("Note_Title", NOTE_TITLE_MAX), ("Note_Content", NOTE_CONTENT_MAX)):
        value = item.get(name)
        if value is not None and not isinstance(value, str):
            return _item_error("INVALID_DATA", "invalid data", api_name=name,
                               expected_data_type="text")  # fmt: skip
        if isinstance(value, str) and len(value) > limit:
            return _item_error("INVALID_DATA", "invalid data", api_name=name,
                               maximum_length=limit)  # fmt: skip
    return None


def _item_error(code: str, message: str, **details: Any) -> dict[str, Any]:
    return {"code": code, "details": details, "message": message, "status": "error"}


def _data(body: bytes) -> list[Any]:
    try:
        value = json.loads(body) if body else None
    except ValueError:
        return []
    items = value.get("data") if isinstance(value, dict) else None
    return items if isinstance(items, list) else []


def _multipart_file(body: bytes, content_type: str | None) -> tuple[str, bytes] | None:
    """Return (file name, bytes) of the multipart part named "file", or None."""
    if not content_type or not content_type.startswith("multipart/form-data"):
        return None
    head = f"Content-Type: {content_type}\r\nMIME-Version: 1.0\r\n\r\n".encode()
    message = email.parser.BytesParser(policy=email.policy.HTTP).parsebytes(head + body)
    for part in message.iter_parts():  # type: ignore[attr-defined]
        if part.get_param("name", header="content-disposition") == "file":
            content = part.get_payload(decode=True)
            return (part.get_filename() or "file"), content if isinstance(content, bytes) else b""
    return None


def _now() -> str:
    return datetime.now(CRM_ZONE).replace(microsecond=0).isoformat()


def _owner(org: Organization) -> dict[str, str]:
    return {"name": "Sandbox Owner", "id": org.user_id, "email": org.user_email}


def _note(note: _Item, org: Organization) -> dict[str, Any]:
    owner = _owner(org)
    return {"Modified_Time": note.modified, "$attachments": None, "Owner": owner,
            "Created_Time": note.created,
            "Parent_Id": {"module": {"api_name": note.module, "id": None}, "id": note.parent_id},
            "$editable": True, "$is_shared_to_client": False, "$sharing_permission": "full_access",
            "Modified_By": owner, "$size": None, "$state": "save", "$voice_note": False,
            "id": note.id, "Created_By": owner, "Note_Title": note.title,
            "Note_Content": note.content}  # fmt: skip


def _file(item: _Item, org: Organization) -> dict[str, Any]:
    owner = _owner(org)
    return {"Owner": owner, "Modified_By": owner, "Created_By": owner,
            "Parent_Id": {"id": item.parent_id, "name": None},
            "$sharing_permission": "full_access", "$attachment_type": 1, "id": item.id,
            "Modified_Time": item.modified, "Created_Time": item.created,
            "File_Name": item.title, "Size": str(len(item.content)), "$editable": True,
            "$file_id": f"file-{item.id}", "$type": "Attachment", "$se_module": item.module,
            "$state": "save", "$link_url": None}  # fmt: skip
