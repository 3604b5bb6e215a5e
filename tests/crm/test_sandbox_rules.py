"""Where Zoho's v8 description is strict, the sandbox is too: sorting, bounds, ids, metadata, errors."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime
from typing import Any

import pytest
import requests

from desktop.crm import wire
from desktop.crm.sandbox import SandboxCrm

ORG_KEYS = {  # every key Zoho's v8 description (org.json) requires of an org
    "country", "photo_id", "city", "description", "mc_status", "gapps_enabled",
    "translation_enabled", "street", "domain_name", "alias", "currency", "id", "state", "fax",
    "zip", "currency_symbol", "mobile", "currency_locale", "primary_zuid", "zia_portal_id",
    "time_zone", "zgid", "country_code", "deletable_org_account", "license_details",
    "hierarchy_preferences", "phone", "company_name", "privacy_settings", "primary_email",
    "iso_code", "hipaa_compliance_enabled", "lite_users_enabled", "max_per_page", "ezgid",
    "call_icon", "oauth_presence", "zia_zgid", "checkin_preferences",
}  # fmt: skip
FIELDS = "Account_Name,Created_Time,Modified_Time"


class Api:
    """Plain HTTP to a sandbox with one access token."""

    def __init__(self, sandbox: SandboxCrm, http: requests.Session) -> None:
        self.sandbox, self.http = sandbox, http
        reply = http.post(
            sandbox.accounts_url + "/oauth/v2/token",
            data={"grant_type": "refresh_token", "refresh_token": sandbox.issue_refresh_token(),
                  "client_id": sandbox.client_id, "client_secret": sandbox.client_secret},
            timeout=5,
        ).json()  # fmt: skip
        self.auth = {"Authorization": f"Zoho-oauthtoken {reply['access_token']}"}

    def call(
        self, method: str, path: str, headers: dict[str, str] | None = None, **kwargs: Any
    ) -> requests.Response:
        return self.http.request(
            method, f"{self.sandbox.api_url}/crm/v8/{path}",
            headers={**self.auth, **(headers or {})}, timeout=5, **kwargs,
        )  # fmt: skip

    def get(self, path: str, headers: dict[str, str] | None = None, **params: Any) -> Any:
        reply = self.call("GET", path, headers, params=params)
        return reply.json() if reply.content else reply.status_code

    def every(self, path: str, **params: Any) -> list[dict[str, Any]]:
        """Return every record of a listing, following page tokens."""
        records: list[dict[str, Any]] = []
        while True:
            page = self.get(path, **params)
            records += page["data"]
            if not page["info"]["more_records"]:
                return records
            params = {**params, "page_token": page["info"]["next_page_token"]}


def _error(body: Any, code: str) -> dict[str, Any]:
    """Return the details of a Zoho error body with that code (checking its shape)."""
    assert set(body) == {"code", "details", "message", "status"}
    assert (body["code"], body["status"]) == (code, "error")
    assert isinstance(body["message"], str)
    assert body["message"]
    details: dict[str, Any] = body["details"]
    return details


@pytest.fixture(scope="module")
def shop() -> Iterator[SandboxCrm]:
    """A sandbox whose id, Created_Time and Modified_Time orders all differ."""
    with SandboxCrm(accounts=40, contacts=8, deals=5, seed=9) as sandbox:
        ids = sandbox.ids("Accounts")
        for crm_id in (ids[3], ids[0], ids[17]):  # old records change: Modified_Time order moves
            sandbox.update("Accounts", crm_id, Phone="+1 555 0199")
        sandbox.add_account(Account_Name="Newest Ltd")
        yield sandbox


@pytest.fixture
def api(shop: SandboxCrm) -> Iterator[Api]:
    with requests.Session() as http:
        yield Api(shop, http)


def _key(record: dict[str, Any], sort_by: str) -> Any:
    if sort_by == "id":
        return int(record["id"])
    return datetime.fromisoformat(record[sort_by])


@pytest.mark.parametrize("sort_by", ["id", "Created_Time", "Modified_Time"])
@pytest.mark.parametrize("sort_order", ["asc", "desc"])
def test_every_sortable_field_sorts_both_ways(api: Api, sort_by: str, sort_order: str) -> None:
    records = api.every("Accounts", fields=FIELDS, sort_by=sort_by, sort_order=sort_order,
                        per_page=7)  # fmt: skip
    keys = [_key(r, sort_by) for r in records]
    assert keys == sorted(keys, reverse=sort_order == "desc")
    assert {r["id"] for r in records} == set(api.sandbox.ids("Accounts"))
    assert len(records) == 41
    info = api.get("Accounts", fields=FIELDS, sort_by=sort_by, sort_order=sort_order)["info"]
    assert (info["sort_by"], info["sort_order"]) == (sort_by, sort_order)


def test_the_orders_differ_so_the_sorting_test_can_fail(api: Api) -> None:
    orders = {
        sort_by: [r["id"] for r in api.every("Accounts", fields=FIELDS, sort_by=sort_by)]
        for sort_by in ("id", "Modified_Time")
    }
    assert orders["id"] != orders["Modified_Time"]


def test_the_default_order_is_id_descending_as_on_zoho(api: Api) -> None:
    page = api.get("Accounts", fields=FIELDS)
    ids = [int(r["id"]) for r in page["data"]]
    assert ids == sorted(ids, reverse=True)
    assert ids[0] == max(int(i) for i in api.sandbox.ids("Accounts"))
    assert (page["info"]["sort_by"], page["info"]["sort_order"]) == ("id", "desc")
    ascending = [int(r["id"]) for r in api.get("Accounts", fields=FIELDS, sort_order="asc")["data"]]
    assert ascending == sorted(ids)  # sort_order alone sorts by id


def test_created_time_stays_when_a_record_changes(api: Api) -> None:
    first = api.sandbox.ids("Accounts")[0]
    before = api.get("Accounts", fields=FIELDS, ids=first)["data"][0]
    api.sandbox.update("Accounts", first, Fax="+1 555 0000")
    after = api.get("Accounts", fields=FIELDS, ids=first)["data"][0]
    assert after["Created_Time"] == before["Created_Time"]
    assert after["Modified_Time"] > before["Modified_Time"]


@pytest.mark.parametrize(
    ("params", "param", "detail"),
    [
        ({"sort_by": "Email"}, "sort_by", "supported_values"),
        ({"sort_order": "sideways"}, "sort_order", "supported_values"),
        ({"per_page": "0"}, "per_page", "range"),
        ({"per_page": "-1"}, "per_page", "range"),
        ({"per_page": "201"}, "per_page", "range"),
        ({"per_page": "abc"}, "per_page", "expected_data_type"),
        ({"page": "0"}, "page", "range"),
        ({"page": "two"}, "page", "expected_data_type"),
        ({"ids": "12,abc"}, "ids", "expected_data_type"),
        ({"cvid": "4876876000000087501"}, "cvid", None),
    ],
)
def test_bad_parameters_get_invalid_data_naming_the_parameter(
    api: Api, params: dict[str, str], param: str, detail: str | None
) -> None:
    reply = api.call("GET", "Accounts", params={"fields": FIELDS, **params})
    assert reply.status_code == 400
    details = _error(reply.json(), "INVALID_DATA")
    assert details["param_name"] == param
    assert detail is None or detail in details


@pytest.mark.parametrize("per_page", [1, 200])
def test_per_page_bounds_are_inclusive(api: Api, per_page: int) -> None:
    page = api.get("Accounts", fields=FIELDS, per_page=per_page)
    assert page["info"]["per_page"] == per_page
    assert len(page["data"]) == min(per_page, 41)
    assert page["info"]["more_records"] is (per_page < 41)


@pytest.mark.parametrize(
    ("method", "path", "params", "status", "code", "details"),
    [
        ("GET", "Accounts", {}, 400, "REQUIRED_PARAM_MISSING", {"param": "fields"}),
        ("GET", "Leads", {"fields": FIELDS}, 400, "INVALID_MODULE", {"resource_path_index": 0}),
        ("GET", "Accounts/x/y", {}, 404, "INVALID_URL_PATTERN", {}),
        ("GET", "Accounts/deleted", {"type": "odd"}, 400, "PATTERN_NOT_MATCHED", {"api_name": "type"}),
        ("GET", "settings/fields", {}, 400, "REQUIRED_PARAM_MISSING", {"param": "module"}),
        ("GET", "settings/modules/Leads", {}, 400, "INVALID_MODULE", {"resource_path_index": 2}),
        ("POST", "Accounts", {"fields": FIELDS}, 400, "MANDATORY_NOT_FOUND",
         {"api_name": "data", "json_path": "$.data"}),
        ("PUT", "org", {}, 400, "INVALID_REQUEST_METHOD", {}),
        ("DELETE", "Accounts/deleted", {}, 400, "INVALID_REQUEST_METHOD", {}),
    ],
)  # fmt: skip
def test_errors_carry_zohos_codes_and_details(
    api: Api, method: str, path: str, params: dict[str, str], status: int, code: str,
    details: dict[str, Any],
) -> None:  # fmt: skip
    reply = api.call(method, path, params=params)
    assert reply.status_code == status
    assert _error(reply.json(), code) == details


def test_page_and_page_token_together_are_ambiguous(api: Api) -> None:
    reply = api.call("GET", "Accounts", params={"fields": FIELDS, "page": 1, "page_token": "x"})
    details = _error(reply.json(), "AMBIGUITY_DURING_PROCESSING")
    assert details["ambiguity_due_to"] == ["page", "page_token"]


def test_an_unreadable_if_modified_since_is_refused(api: Api) -> None:
    reply = api.call(
        "GET", "Accounts", {"If-Modified-Since": "yesterday"}, params={"fields": FIELDS}
    )
    assert _error(reply.json(), "INVALID_DATA")["header_name"] == "If-Modified-Since"


def test_ids_select_records_and_unknown_ids_are_no_content(api: Api) -> None:
    wanted = api.sandbox.ids("Accounts")[5:8]
    page = api.get("Accounts", fields=FIELDS, ids=",".join(wanted))
    assert sorted(r["id"] for r in page["data"]) == sorted(wanted)
    full = api.get("Accounts", ids=wanted[0])["data"][0]  # with ids, fields may be left out
    assert {"Owner", "Billing_Address", "Created_By"} <= set(full)
    assert api.get("Accounts", fields=FIELDS, ids="4876876009999999999") == 204


def test_one_record_by_id(api: Api) -> None:
    crm_id = api.sandbox.ids("Accounts")[2]
    record = api.get(f"Accounts/{crm_id}")["data"][0]
    assert record["id"] == crm_id
    assert {"Owner", "Account_Name", "Billing_Address", "$layout_id"} <= set(record)
    assert api.get(f"Accounts/{crm_id}", fields="Phone")["data"][0].keys() >= {"id", "Phone"}
    assert api.get("Accounts/4876876009999999999") == 204
    bad = api.call("GET", "Accounts/abc")
    assert _error(bad.json(), "INVALID_DATA") == {"resource_path_index": 1}


def test_a_post_inserts_records_instead_of_listing(api: Api) -> None:
    reply = api.call("POST", "Accounts", json={"data": [{"Account_Name": "Posted GmbH"}, {}]})
    assert reply.status_code == 207
    created, refused = reply.json()["data"]
    assert (created["code"], created["status"]) == ("SUCCESS", "success")
    assert created["details"]["id"] in api.sandbox.ids("Accounts")
    assert refused["details"] == {"api_name": "Account_Name", "json_path": "$.data[1].Account_Name"}
    listed = api.get("Accounts", fields=FIELDS, ids=created["details"]["id"])["data"]
    assert listed[0]["Account_Name"] == "Posted GmbH"
    api.sandbox.delete("Accounts", created["details"]["id"], permanent=True)


def test_users_without_type_lists_everyone_and_types_filter(api: Api) -> None:
    everyone = api.get("users")
    assert everyone["info"] == {"per_page": 200, "count": 4, "page": 1, "more_records": False}
    active = {u["email"] for u in api.get("users", type="ActiveUsers")["users"]}
    assert "former@shop.example" not in active
    assert api.sandbox.org.user_email in active
    current = api.get("users", type="CurrentUser")["users"]
    assert [u["id"] for u in current] == [api.sandbox.org.user_id]
    assert (
        api.get(f"users/{api.sandbox.org.user_id}")["users"][0]["email"]
        == api.sandbox.org.user_email
    )
    bad = api.call("GET", "users", params={"type": "Everybody"})
    assert _error(bad.json(), "INVALID_DATA")["param_name"] == "type"
    assert api.get("users", {"If-Modified-Since": "2099-01-01T00:00:00+00:00"}) == 304


def test_org_has_every_key_of_zohos_description(api: Api) -> None:
    org = api.get("org")["org"][0]
    assert set(org) >= ORG_KEYS
    assert (org["id"], org["iso_code"], org["max_per_page"]) == (api.sandbox.org.org_id, "USD", 200)


def test_settings_modules_lists_the_modules_with_api_support(api: Api) -> None:
    modules = api.get("settings/modules")["modules"]
    assert [m["api_name"] for m in modules] == ["Contacts", "Accounts", "Deals"]
    assert all(m["api_supported"] and m["generated_type"] == "default" for m in modules)
    one = api.get("settings/modules/Deals")["modules"]
    assert [m["singular_label"] for m in one] == ["Deal"]
    assert api.get("settings/modules", status="user_hidden") == 204


@pytest.mark.parametrize("module", wire.MODULES)
def test_settings_fields_describe_every_field_the_client_reads(api: Api, module: str) -> None:
    fields = {f["api_name"]: f for f in api.get("settings/fields", module=module)["fields"]}
    assert set(wire.LIST_FIELDS[module]) - {"id"} <= set(fields)
    modified = fields["Modified_Time"]
    assert (modified["data_type"], modified["json_type"], modified["read_only"]) == (
        "datetime", "string", True,
    )  # fmt: skip
    for field in fields.values():
        assert field["field_label"]
        assert field["id"].isdigit()
    if module != "Accounts":
        lookup = fields["Account_Name"]["lookup"]
        assert lookup["module"]["api_name"] == "Accounts"
    unknown = api.call("GET", "settings/fields", params={"module": "Leads"})
    assert _error(unknown.json(), "INVALID_MODULE") == {"param_name": "module"}


def test_deleted_records_take_the_same_bounds(api: Api) -> None:
    reply = api.call("GET", "Accounts/deleted", params={"per_page": 0})
    assert _error(reply.json(), "INVALID_DATA")["param_name"] == "per_page"
