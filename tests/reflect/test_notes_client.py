"""The notes and attachments client against the sandbox over real HTTP, Zoho's wire format."""

from __future__ import annotations

import json
from collections.abc import Iterator

import pytest
import requests

from desktop.crm.client import CrmClient
from desktop.crm.endpoints import endpoints_for
from desktop.crm.errors import (
    CrmItemGoneError,
    CrmRecordGoneError,
    CrmRefusedError,
    CrmUnreachableError,
    ReflectScopesMissingError,
)
from desktop.crm.notes import CrmNotes
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.reflect import NOTE_CONTENT_MAX, NOTE_TITLE_MAX


@pytest.fixture
def sandbox() -> Iterator[SandboxCrm]:
    with SandboxCrm(accounts=3, contacts=3, deals=2, seed=5) as running:
        yield running


@pytest.fixture
def client(sandbox: SandboxCrm) -> Iterator[CrmClient]:
    endpoints = endpoints_for(None, sandbox.accounts_url, sandbox.api_url)
    sleeps: list[float] = []
    with CrmClient(
        endpoints, sandbox.client_id, sandbox.client_secret, sandbox.issue_refresh_token(),
        timeout=(2.0, 2.0), sleep=sleeps.append,
    ) as opened:  # fmt: skip
        yield opened


def _token(sandbox: SandboxCrm) -> dict[str, str]:
    reply = requests.post(
        f"{sandbox.accounts_url}/oauth/v2/token",
        data={"grant_type": "refresh_token", "refresh_token": sandbox.issue_refresh_token(),
              "client_id": sandbox.client_id, "client_secret": sandbox.client_secret},
        timeout=5,
    )  # fmt: skip
    return {"Authorization": f"Zoho-oauthtoken {reply.json()['access_token']}"}


def test_a_note_is_created_listed_updated_and_deleted(
    sandbox: SandboxCrm, client: CrmClient
) -> None:
    account = sandbox.ids("Accounts")[0]
    notes = CrmNotes(client)
    note_id = notes.create_note(
        "Accounts", account, "Invoice INV-1", "text\ninvoicedesk://document?id=1"
    )
    listed = notes.notes("Accounts", account)
    assert [(n.id, n.title, n.content) for n in listed] == [
        (note_id, "Invoice INV-1", "text\ninvoicedesk://document?id=1")
    ]
    notes.update_note(note_id, "Invoice INV-1 · paid", "new text")
    assert sandbox.notes_of("Accounts", account)[0]["title"] == "Invoice INV-1 · paid"
    notes.delete_note(note_id)
    assert notes.notes("Accounts", account) == []
    with pytest.raises(CrmItemGoneError):
        notes.delete_note(note_id)
    with pytest.raises(CrmItemGoneError):
        notes.update_note(note_id, "t", "c")


def test_the_wire_body_is_zohos(sandbox: SandboxCrm) -> None:
    account = sandbox.ids("Accounts")[0]
    headers = _token(sandbox)
    body = {"data": [{"Note_Title": "T", "Note_Content": "C",
                      "Parent_Id": {"module": {"api_name": "Accounts"}, "id": account}}]}  # fmt: skip
    reply = requests.post(f"{sandbox.api_url}/crm/v8/Notes", json=body, headers=headers, timeout=5)
    assert reply.status_code == 201
    item = reply.json()["data"][0]
    assert item["code"] == "SUCCESS"
    assert item["message"] == "record added"
    assert set(item["details"]) == {
        "Modified_Time",
        "Modified_By",
        "Created_Time",
        "id",
        "Created_By",
    }
    listing = requests.get(f"{sandbox.api_url}/crm/v8/Accounts/{account}/Notes", headers=headers,
                           timeout=5)  # fmt: skip
    assert listing.json()["code"] == "REQUIRED_PARAM_MISSING"
    listing = requests.get(f"{sandbox.api_url}/crm/v8/Accounts/{account}/Notes",
                           params={"fields": "Note_Title"}, headers=headers, timeout=5)  # fmt: skip
    note = listing.json()["data"][0]
    assert note["Parent_Id"]["module"]["api_name"] == "Accounts"
    assert note["Note_Content"] == "C"
    assert listing.json()["info"]["more_records"] is False


def test_zohos_limits_and_missing_fields_are_refused(
    sandbox: SandboxCrm, client: CrmClient
) -> None:
    account = sandbox.ids("Accounts")[0]
    notes = CrmNotes(client)
    with pytest.raises(CrmRefusedError, match="maximum_length"):
        notes.create_note("Accounts", account, "x" * (NOTE_TITLE_MAX + 1), "c")
    with pytest.raises(CrmRefusedError, match="maximum_length"):
        notes.create_note("Accounts", account, "t", "c" * (NOTE_CONTENT_MAX + 1))
    with pytest.raises(CrmRefusedError, match="MANDATORY_NOT_FOUND"):
        notes.create_note("Accounts", account, "t", "")
    assert notes.notes("Accounts", account) == []


def test_a_deleted_record_is_told_apart(sandbox: SandboxCrm, client: CrmClient) -> None:
    account = sandbox.ids("Accounts")[0]
    notes = CrmNotes(client)
    note_id = notes.create_note("Accounts", account, "t", "c")
    sandbox.delete("Accounts", account)
    with pytest.raises(CrmRecordGoneError, match=f"account {account} no longer exists"):
        notes.create_note("Accounts", account, "t", "c")
    with pytest.raises(CrmRecordGoneError):
        notes.notes("Accounts", account)
    with pytest.raises(CrmItemGoneError):
        notes.update_note(note_id, "t", "c")


def test_attachments_round_trip(sandbox: SandboxCrm, client: CrmClient) -> None:
    deal = sandbox.ids("Deals")[0]
    notes = CrmNotes(client)
    content = b"%PDF-1.4 " + bytes(range(256)) * 40
    file_id = notes.upload_attachment("Deals", deal, "INV-000001.pdf", content)
    assert [(a.id, a.file_name, a.size) for a in notes.attachments("Deals", deal)] == [
        (file_id, "INV-000001.pdf", len(content))
    ]
    assert notes.download_attachment("Deals", deal, file_id) == content
    notes.delete_attachment("Deals", deal, file_id)
    assert notes.attachments("Deals", deal) == []
    with pytest.raises(CrmItemGoneError):
        notes.delete_attachment("Deals", deal, file_id)


def test_a_file_over_20_mb_is_refused_by_the_sandbox_too(sandbox: SandboxCrm) -> None:
    deal = sandbox.ids("Deals")[0]
    reply = requests.post(
        f"{sandbox.api_url}/crm/v8/Deals/{deal}/Attachments",
        files={"file": ("big.pdf", b"0" * (20 * 1024 * 1024 + 1), "application/pdf")},
        headers=_token(sandbox), timeout=30,
    )  # fmt: skip
    assert reply.status_code == 400
    assert reply.json()["code"] == "FILE_SIZE_MORE_THAN_ALLOWED_SIZE"


def test_a_key_without_the_scopes_gets_one_sentence(sandbox: SandboxCrm, client: CrmClient) -> None:
    sandbox.withhold_note_scopes()
    with pytest.raises(ReflectScopesMissingError, match=r"ZohoCRM\.modules\.notes\.ALL"):
        CrmNotes(client).create_note("Accounts", sandbox.ids("Accounts")[0], "t", "c")


def test_faults_apply_and_a_create_is_never_sent_twice(
    sandbox: SandboxCrm, client: CrmClient
) -> None:
    account = sandbox.ids("Accounts")[0]
    notes = CrmNotes(client)
    client.current_user()  # the token is fetched before counting
    sandbox.inject_fault("500", count=1)
    with pytest.raises(CrmUnreachableError):
        notes.create_note("Accounts", account, "t", "c")
    assert sandbox.notes_of("Accounts", account) == []
    sandbox.inject_fault("429", count=2, retry_after=0)
    assert notes.notes("Accounts", account) == []  # a read is retried through the faults
    sandbox.inject_fault("disconnect", count=1)
    with pytest.raises(CrmUnreachableError):
        notes.create_note("Accounts", account, "t", "c")
    assert len(sandbox.notes_of("Accounts", account)) == 1  # created; the reply was lost
    assert json.dumps(sandbox.request_counts()["notes"]) == "2"
