"""Notes and attachments on CRM records (Zoho CRM v8 Notes and Attachments APIs)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from desktop.crm.client import CrmClient
from desktop.crm.errors import (
    CrmError,
    CrmItemGoneError,
    CrmRecordGoneError,
    CrmRefusedError,
    PermissionMissingError,
    ReflectScopesMissingError,
    UnexpectedResponseError,
)
from desktop.crm.transport import Body, Reply
from desktop.domain.reflect import ATTACHMENT_MAX_BYTES, REFLECTED_MODULES

PER_PAGE = 200
_SCOPE_CODES = ("OAUTH_SCOPE_MISMATCH", "NO_PERMISSION")
_REFUSAL_CODES = ("INVALID_DATA", "MANDATORY_NOT_FOUND", "LIMIT_EXCEEDED", "INVALID_REQUEST")
_NOTE_FIELDS = "Note_Title,Note_Content,Parent_Id,Modified_Time"
_ATTACHMENT_FIELDS = "File_Name,Size,Modified_Time"


@dataclass(frozen=True, slots=True)
class CrmNote:
    """A note as listed on a record."""

    id: str
    title: str | None
    content: str | None


@dataclass(frozen=True, slots=True)
class CrmAttachment:
    """A file attached to a record."""

    id: str
    file_name: str | None
    size: int | None


class CrmNotes:
    """Writes and lists the notes and attachments of Accounts, Contacts and Deals."""

    def __init__(self, client: CrmClient) -> None:
        self._client = client

    def create_note(self, module: str, crm_id: str, title: str, content: str) -> str:
        """Add a note to a record and return its id (sent once: a lost reply is not repeated).

        Raises CrmRecordGoneError when the record no longer exists.
        """
        note = {"Note_Title": title, "Note_Content": content,
                "Parent_Id": {"module": {"api_name": _known(module)}, "id": crm_id}}  # fmt: skip
        reply = self._client.send(
            "POST", "Notes", body=Body(json={"data": [note]}, once=True), what="a note"
        )
        details = self._success(reply, "POST", "Notes", "a new note", (module, crm_id))
        return _id(details)

    def update_note(self, note_id: str, title: str, content: str) -> None:
        """Replace a note's title and text; CrmItemGoneError when the note is gone."""
        path = f"Notes/{note_id}"
        body = Body(json={"data": [{"Note_Title": title, "Note_Content": content}]})
        reply = self._client.send("PUT", path, body=body, what="a note")
        self._success(reply, "PUT", path, "the note change", gone=("note", note_id))

    def delete_note(self, note_id: str) -> None:
        """Delete a note; CrmItemGoneError when it was already gone."""
        path = f"Notes/{note_id}"
        reply = self._client.send("DELETE", path, what="a note")
        self._success(reply, "DELETE", path, "deleting the note", gone=("note", note_id))

    def notes(self, module: str, crm_id: str) -> list[CrmNote]:
        """Return every note of a record; CrmRecordGoneError when the record is gone."""
        return [
            CrmNote(_id(item), _text(item, "Note_Title"), _text(item, "Note_Content"))
            for item in self._related(module, crm_id, "Notes", _NOTE_FIELDS)
        ]

    def upload_attachment(self, module: str, crm_id: str, name: str, content: bytes) -> str:
        """Attach a file to a record and return the attachment's id (sent once)."""
        if len(content) > ATTACHMENT_MAX_BYTES:
            raise CrmRefusedError(f"the file {name}", "FILE_SIZE_MORE_THAN_ALLOWED_SIZE",
                                  {"maximum_size": ATTACHMENT_MAX_BYTES})  # fmt: skip
        path = f"{_known(module)}/{crm_id}/Attachments"
        body = Body(files={"file": (name, content, "application/pdf")}, once=True)
        reply = self._client.send("POST", path, body=body, what="an attachment")
        return _id(self._success(reply, "POST", path, f"the file {name}", (module, crm_id)))

    def attachments(self, module: str, crm_id: str) -> list[CrmAttachment]:
        """Return the files attached to a record; CrmRecordGoneError when the record is gone."""
        found = []
        for item in self._related(module, crm_id, "Attachments", _ATTACHMENT_FIELDS):
            size = str(item.get("Size"))
            found.append(CrmAttachment(_id(item), _text(item, "File_Name"),
                                       int(size) if size.isdigit() else None))  # fmt: skip
        return found

    def download_attachment(self, module: str, crm_id: str, attachment_id: str) -> bytes:
        """Return an attached file's bytes; CrmItemGoneError when there is no such file."""
        path = f"{_known(module)}/{crm_id}/Attachments/{attachment_id}"
        reply = self._client.send("GET", path, body=Body(raw=True), what="an attachment")
        if reply.status == 204 or reply.body is None:
            raise CrmItemGoneError("attachment", attachment_id)
        if reply.status >= 400:
            raise self._refusal(reply, "GET", path, "an attachment", (module, crm_id), None)
        if not isinstance(reply.body, bytes):
            raise UnexpectedResponseError("an attachment that is not a file")
        return reply.body

    def delete_attachment(self, module: str, crm_id: str, attachment_id: str) -> None:
        """Delete an attached file; CrmItemGoneError when it was already gone."""
        path = f"{_known(module)}/{crm_id}/Attachments/{attachment_id}"
        reply = self._client.send("DELETE", path, what="an attachment")
        self._success(reply, "DELETE", path, "deleting the file", (module, crm_id),
                      gone=("attachment", attachment_id))  # fmt: skip

    def _related(
        self, module: str, crm_id: str, related: str, fields: str
    ) -> list[Mapping[str, Any]]:
        path, page = f"{_known(module)}/{crm_id}/{related}", 1
        found: list[Mapping[str, Any]] = []
        while True:
            params = {"fields": fields, "per_page": str(PER_PAGE), "page": str(page)}
            reply = self._client.send("GET", path, params, what=f"the {related.lower()}")
            if reply.status >= 400:
                raise self._refusal(reply, "GET", path, related.lower(), (module, crm_id), None)
            if reply.status == 204 or reply.body is None:
                return found
            data, info = _mapping(reply.body).get("data"), _mapping(reply.body).get("info")
            if not isinstance(data, list):
                raise UnexpectedResponseError(f"a list of {related.lower()} without data")
            found += [item for item in data if isinstance(item, Mapping)]
            if not (isinstance(info, Mapping) and info.get("more_records") is True):
                return found
            page += 1

    def _success(
        self,
        reply: Reply,
        method: str,
        path: str,
        what: str,
        parent: tuple[str, str] | None = None,
        gone: tuple[str, str] | None = None,
    ) -> Mapping[str, Any]:
        """Return the details of the first item of a write's answer, or raise its refusal."""
        items = _mapping(reply.body).get("data") if reply.body is not None else None
        item = items[0] if isinstance(items, list) and items else None
        if reply.status < 300 and isinstance(item, Mapping) and item.get("status") == "success":
            details = item.get("details")
            return details if isinstance(details, Mapping) else {}
        raise self._refusal(reply, method, path, what, parent, gone, item)

    def _refusal(
        self,
        reply: Reply,
        method: str,
        path: str,
        what: str,
        parent: tuple[str, str] | None,
        gone: tuple[str, str] | None,
        item: object = None,
    ) -> CrmError:
        answer = item if isinstance(item, Mapping) else _mapping(reply.body)
        code, details = answer.get("code"), answer.get("details")
        details = details if isinstance(details, Mapping) else {}
        if code in _SCOPE_CODES or reply.status == 403:
            return ReflectScopesMissingError()
        if code == "INVALID_DATA" and gone is not None and "id" in details:
            return CrmItemGoneError(*gone)
        if (
            code == "INVALID_DATA"
            and parent is not None
            and (details.get("api_name") == "Parent_Id" or "resource_path_index" in details)
        ):
            return CrmRecordGoneError(*parent)
        if isinstance(code, str) and (code in _REFUSAL_CODES or code.startswith("FILE_")):
            return CrmRefusedError(what, code, dict(details))
        error = self._client.api_error(reply, method, path, what)
        return ReflectScopesMissingError() if isinstance(error, PermissionMissingError) else error


def _known(module: str) -> str:
    if module not in REFLECTED_MODULES:
        raise ValueError(f"notes are not written to the CRM module {module!r}")
    return module


def _mapping(body: object) -> Mapping[str, Any]:
    return body if isinstance(body, Mapping) else {}


def _id(item: Mapping[str, Any]) -> str:
    value = item.get("id")
    if not isinstance(value, str) or not value:
        raise UnexpectedResponseError("an answer without the id of what was written")
    return value


def _text(item: Mapping[str, Any], name: str) -> str | None:
    value = item.get(name)
    return value if isinstance(value, str) else None
