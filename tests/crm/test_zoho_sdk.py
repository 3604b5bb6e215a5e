"""Zoho's official Python SDK (zohocrmsdk8-0), unpatched, reads the sandbox over real HTTP.

The SDK is pointed at the sandbox through its own public configuration (an Environment with
the sandbox's URLs), keeps its token file, field metadata and log in a temporary folder, and
asks for what it asks Zoho for: the grant-code exchange, the current user, the org,
/settings/modules and /settings/fields before any listing, then records and deleted records.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from zohocrmsdk.src.com.zoho.api.authenticator.oauth_token import OAuthToken
from zohocrmsdk.src.com.zoho.api.authenticator.store.file_store import FileStore
from zohocrmsdk.src.com.zoho.api.logger.logger import Logger
from zohocrmsdk.src.com.zoho.crm.api import HeaderMap, ParameterMap
from zohocrmsdk.src.com.zoho.crm.api.dc.data_center import DataCenter
from zohocrmsdk.src.com.zoho.crm.api.initializer import Initializer
from zohocrmsdk.src.com.zoho.crm.api.org import OrgOperations
from zohocrmsdk.src.com.zoho.crm.api.org import ResponseWrapper as OrgWrapper
from zohocrmsdk.src.com.zoho.crm.api.record import (
    DeletedRecordsWrapper,
    GetDeletedRecordsHeader,
    GetDeletedRecordsParam,
    GetRecordsHeader,
    GetRecordsParam,
    RecordOperations,
    ResponseWrapper,
)
from zohocrmsdk.src.com.zoho.crm.api.sdk_config import SDKConfig
from zohocrmsdk.src.com.zoho.crm.api.users import GetUsersParam, UsersOperations
from zohocrmsdk.src.com.zoho.crm.api.users import ResponseWrapper as UsersWrapper
from zohocrmsdk.src.com.zoho.crm.api.util import APIResponse

from desktop.crm.sandbox import SandboxCrm
from desktop.crm.sandbox.store import CRM_ZONE

ACCOUNTS = 2_300  # more than the 2,000 records `page` reaches: page tokens are needed
OWNER = "owner@shop.example"


@dataclass
class Sdk:
    """A sandbox and the SDK's OAuth token for it."""

    sandbox: SandboxCrm
    token: OAuthToken
    folder: Path
    environment: DataCenter.Environment


def _initialize(
    environment: DataCenter.Environment, token: OAuthToken, folder: Path, store: str
) -> None:
    """Initialise the SDK; its token store, field metadata and log stay in the folder."""
    Initializer.initialize(
        environment=environment,
        token=token,
        store=FileStore(str(folder / store)),
        sdk_config=SDKConfig(auto_refresh_fields=True, pick_list_validation=True),
        resource_path=str(folder),
        logger=Logger.get_instance(Logger.Levels.INFO, str(folder / "sdk.log")),
    )


@pytest.fixture(scope="module")
def crm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Sdk]:
    """Return the SDK initialised with a grant code against a running sandbox."""
    folder = tmp_path_factory.mktemp("zoho-sdk")
    sdk_log = logging.getLogger("SDKLogger")
    handlers, level = list(sdk_log.handlers), sdk_log.level
    with SandboxCrm(accounts=ACCOUNTS, contacts=40, deals=25, seed=5, user_email=OWNER) as sandbox:
        environment = DataCenter.Environment(
            sandbox.api_url, sandbox.accounts_url + "/oauth/v2/token", sandbox.api_url
        )
        token = OAuthToken(
            client_id=sandbox.client_id,
            client_secret=sandbox.client_secret,
            grant_token=sandbox.new_grant_code(),
        )
        _initialize(environment, token, folder, "sdk_tokens.csv")
        try:
            yield Sdk(sandbox, token, folder, environment)
        finally:
            for handler in sdk_log.handlers[len(handlers) :]:
                sdk_log.removeHandler(handler)
                handler.close()
            sdk_log.setLevel(level)


def _object(response: APIResponse | None, expected: type) -> Any:
    """Return the response's object, failing with Zoho's error when it is not `expected`."""
    assert response is not None, "the SDK swallowed an exception (see sdk.log)"
    found = response.get_object()
    if not isinstance(found, expected):
        details = (found.get_code().get_value(), found.get_details(), found.get_message())
        pytest.fail(f"{response.get_status_code()}: {details}")
    return found


def _list_accounts(headers: HeaderMap | None = None, **params: Any) -> tuple[list[Any], int]:
    """Return every record the SDK lists (following page tokens) and the requests made."""
    records: list[Any] = []
    token: str | None = None
    requests = 0
    while True:
        query = ParameterMap()
        query.add(GetRecordsParam.fields, "Account_Name,Phone,Billing_City,Modified_Time")
        query.add(GetRecordsParam.per_page, 200)
        for name, value in params.items():
            query.add(getattr(GetRecordsParam, name), value)
        if token:
            query.add(GetRecordsParam.page_token, token)
        response = RecordOperations("Accounts").get_records(query, headers)
        requests += 1
        if response is not None and response.get_status_code() in (204, 304):
            return records, requests
        wrapper = _object(response, ResponseWrapper)
        records.extend(wrapper.get_data())
        info = wrapper.get_info()
        if not info.get_more_records():
            return records, requests
        token = info.get_next_page_token()


def test_the_grant_code_becomes_a_stored_refresh_token(crm: Sdk) -> None:
    refresh_token = crm.token.get_refresh_token()
    assert refresh_token in crm.sandbox.tokens.refresh_tokens()
    assert crm.token.get_user_signature().get_name().startswith(OWNER)
    stored = (crm.folder / "sdk_tokens.csv").read_text(encoding="utf-8")
    assert refresh_token in stored  # the SDK's own file store, in the test's folder


def test_the_refresh_token_alone_signs_the_sdk_in_again(crm: Sdk) -> None:
    token = OAuthToken(
        client_id=crm.sandbox.client_id,
        client_secret=crm.sandbox.client_secret,
        refresh_token=crm.token.get_refresh_token(),
    )
    crm.sandbox.reset_counts()
    _initialize(crm.environment, token, crm.folder, "sdk_tokens_again.csv")
    assert crm.sandbox.request_counts()["token"] == 1  # grant_type=refresh_token
    assert token.get_access_token() != crm.token.get_access_token()
    assert crm.sandbox.tokens.is_valid(f"Zoho-oauthtoken {token.get_access_token()}")
    crm.token = token


def test_current_user_and_org(crm: Sdk) -> None:
    query = ParameterMap()
    query.add(GetUsersParam.type, "CurrentUser")
    users = _object(UsersOperations().get_users(query), UsersWrapper).get_users()
    assert [u.get_email() for u in users] == [OWNER]
    assert users[0].get_role().get_name() == "CEO"
    every = _object(UsersOperations().get_users(ParameterMap()), UsersWrapper).get_users()
    assert len(every) > 1  # without `type`, every user (Zoho: type is optional)
    org = _object(OrgOperations().get_organization(), OrgWrapper).get_org()[0]
    assert (org.get_company_name(), org.get_iso_code(), org.get_zgid()) == (
        "Sandbox Shop Ltd",
        "USD",
        crm.sandbox.org.org_id,
    )
    assert org.get_license_details().get_paid() is True


def test_metadata_was_read_before_the_first_listing(crm: Sdk) -> None:
    _list_accounts(ids=crm.sandbox.ids("Accounts")[0])
    counts = crm.sandbox.request_counts()
    assert counts["settings"] >= 4  # /settings/modules, then /settings/fields per module
    assert list(crm.folder.rglob("*.json")), "the SDK keeps its field metadata in the folder"


def test_get_records_pages_through_every_account_newest_id_first(crm: Sdk) -> None:
    records, requests = _list_accounts()
    ids = [int(r.get_id()) for r in records]
    assert len(ids) == ACCOUNTS
    assert ids == sorted(ids, reverse=True)  # Zoho's default order: id, descending
    assert set(map(str, ids)) == set(crm.sandbox.ids("Accounts"))
    assert requests == -(-ACCOUNTS // 200)
    first = records[0]
    assert isinstance(first.get_key_value("Account_Name"), str)
    assert isinstance(first.get_key_value("Modified_Time"), datetime)


def test_get_record_reads_one_account_whole(crm: Sdk) -> None:
    crm_id = crm.sandbox.ids("Accounts")[10]
    wrapper = _object(RecordOperations("Accounts").get_record(int(crm_id)), ResponseWrapper)
    record = wrapper.get_data()[0]
    assert str(record.get_id()) == crm_id
    assert record.get_key_value("Owner").get_id() == int(crm.sandbox.org.user_id)
    assert isinstance(record.get_key_value("Created_Time"), datetime)


def test_if_modified_since_lists_the_changes_and_answers_304_after_them(crm: Sdk) -> None:
    since = datetime.now(CRM_ZONE).replace(microsecond=0) - timedelta(seconds=1)
    changed = crm.sandbox.ids("Accounts")[:3]
    for crm_id in changed:
        crm.sandbox.update("Accounts", crm_id, Phone="+1 555 0100")
    headers = HeaderMap()
    headers.add(GetRecordsHeader.if_modified_since, since)
    records, _ = _list_accounts(headers, sort_by="Modified_Time", sort_order="asc")
    assert [str(r.get_id()) for r in records] == changed  # oldest change first
    assert {r.get_key_value("Phone") for r in records} == {"+1 555 0100"}
    later = HeaderMap()
    later.add(GetRecordsHeader.if_modified_since, since + timedelta(days=3650))
    query = ParameterMap()
    query.add(GetRecordsParam.fields, "Account_Name")
    response = RecordOperations("Accounts").get_records(query, later)
    assert response is not None
    assert response.get_status_code() == 304


def test_deleted_records(crm: Sdk) -> None:
    gone, erased = crm.sandbox.ids("Accounts")[5:7]
    crm.sandbox.delete("Accounts", gone)
    crm.sandbox.delete("Accounts", erased, permanent=True)
    query = ParameterMap()
    query.add(GetDeletedRecordsParam.type, "all")
    listed = _object(
        RecordOperations("Accounts").get_deleted_records(query, HeaderMap()),
        DeletedRecordsWrapper,
    ).get_data()
    kinds = {str(d.get_id()): d.get_type() for d in listed}
    assert kinds == {gone: "recycle", erased: "permanent"}
    recycled = next(d for d in listed if str(d.get_id()) == gone)
    assert recycled.get_display_name()
    assert str(recycled.get_deleted_by().get_id()) == crm.sandbox.org.user_id  # SDK: a long
    later = HeaderMap()
    later.add(GetDeletedRecordsHeader.if_modified_since, datetime.now(CRM_ZONE) + timedelta(days=1))
    response = RecordOperations("Accounts").get_deleted_records(query, later)
    assert response is not None
    assert response.get_status_code() == 304
