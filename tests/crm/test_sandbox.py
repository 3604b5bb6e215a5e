"""The sandbox speaks Zoho's rules (checked with plain HTTP requests) and is driven over HTTP."""

from __future__ import annotations

import socket
import struct
import time
from collections.abc import Iterator
from typing import Any
from urllib.parse import urlsplit

import pytest
import requests

from desktop.crm.sandbox import SandboxCrm, SandboxRemote
from tests.crm.conftest import ClientFactory, access_token


@pytest.fixture
def http() -> Iterator[requests.Session]:
    with requests.Session() as session:
        yield session


def _get(
    sandbox: SandboxCrm,
    http: requests.Session,
    path: str,
    headers: dict[str, str] | None = None,
    **params: Any,
) -> requests.Response:
    auth = {"Authorization": f"Zoho-oauthtoken {access_token(sandbox, http)}", **(headers or {})}
    return http.get(f"{sandbox.api_url}/crm/{path}", params=params, headers=auth, timeout=5)


@pytest.fixture(scope="module")
def paged() -> Iterator[SandboxCrm]:
    with SandboxCrm(accounts=2_600, contacts=5, seed=2, records_per_token=2_400) as running:
        yield running


FIELDS = "Account_Name,Modified_Time"


@pytest.mark.parametrize(
    ("params", "status", "code"),
    [
        ({}, 400, "REQUIRED_PARAM_MISSING"),
        ({"fields": ",".join(f"F{i}" for i in range(51))}, 400, "LIMIT_EXCEEDED"),
        ({"fields": FIELDS, "page": 11}, 400, "DISCRETE_PAGINATION_LIMIT_EXCEEDED"),
        ({"fields": FIELDS, "page": 1, "page_token": "x"}, 400, "AMBIGUITY_DURING_PROCESSING"),
        ({"fields": FIELDS, "page_token": "unknown"}, 400, "INVALID_DATA"),
        ({"fields": FIELDS, "sort_by": "Email"}, 400, "INVALID_DATA"),
    ],
)
def test_v8_listing_rules(
    paged: SandboxCrm, http: requests.Session, params: dict[str, Any], status: int, code: str
) -> None:
    reply = _get(paged, http, "v8/Accounts", **params)
    assert reply.status_code == status
    assert reply.json() == {
        "code": code,
        "details": reply.json()["details"],
        "message": reply.json()["message"],
        "status": "error",
    }


def test_v8_page_tokens_are_bound_and_limited(paged: SandboxCrm, http: requests.Session) -> None:
    tenth = _get(
        paged,
        http,
        "v8/Accounts",
        fields=FIELDS,
        page=10,
        sort_by="Modified_Time",
        sort_order="asc",
    ).json()
    assert tenth["info"]["more_records"] is True
    assert len(tenth["data"]) == 200
    token = tenth["info"]["next_page_token"]
    mismatch = _get(
        paged,
        http,
        "v8/Accounts",
        fields="Account_Name",
        page_token=token,
        sort_by="Modified_Time",
        sort_order="asc",
    )
    assert mismatch.json()["code"] == "TOKEN_BOUND_DATA_MISMATCH"
    eleventh = _get(
        paged,
        http,
        "v8/Accounts",
        fields=FIELDS,
        page_token=token,
        sort_by="Modified_Time",
        sort_order="asc",
    ).json()
    assert eleventh["info"]["count"] == 200
    assert eleventh["info"]["more_records"] is True
    twelfth = _get(
        paged,
        http,
        "v8/Accounts",
        fields=FIELDS,
        page_token=eleventh["info"]["next_page_token"],
        sort_by="Modified_Time",
        sort_order="asc",
    ).json()
    assert twelfth["info"]["count"] == 200  # records 2,201-2,400: the token's limit
    over = _get(
        paged,
        http,
        "v8/Accounts",
        fields=FIELDS,
        page_token=twelfth["info"]["next_page_token"],
        sort_by="Modified_Time",
        sort_order="asc",
    )
    assert (over.status_code, over.json()["code"]) == (400, "PAGINATION_LIMIT_EXCEEDED")


def test_records_carry_system_keys_and_v2_gives_every_field(
    paged: SandboxCrm, http: requests.Session
) -> None:
    brief = _get(paged, http, "v8/Accounts", fields=FIELDS).json()["data"][0]
    assert set(brief) == {
        "id",
        "Account_Name",
        "Modified_Time",
        "$currency_symbol",
        "$state",
        "$approved",
        "$editable",
    }
    full = _get(paged, http, "v2/Accounts", page=13).json()  # v2: no fields, no page limit
    record = full["data"][0]
    assert {
        "Owner",
        "$layout_id",
        "Billing_Address",
        "Shipping_Coordinates",
        "Billing_Code",
    } <= set(record)
    assert isinstance(record["id"], str)
    assert len(record["id"]) == 19
    assert record["Modified_Time"].endswith("+03:00")


def test_if_modified_since_gives_304_and_an_empty_module_204(
    paged: SandboxCrm, http: requests.Session
) -> None:
    later = _get(
        paged,
        http,
        "v8/Accounts",
        {"If-Modified-Since": "2099-01-01T00:00:00+05:30"},
        fields=FIELDS,
    )
    assert (later.status_code, later.content) == (304, b"")
    assert _get(paged, http, "v8/Deals", fields="Deal_Name").status_code == 204
    assert _get(paged, http, "v8/Deals/deleted", type="all").status_code == 204


def test_unknown_and_expired_tokens_get_invalid_token(
    paged: SandboxCrm, http: requests.Session
) -> None:
    reply = http.get(
        f"{paged.api_url}/crm/v8/org",
        headers={"Authorization": "Zoho-oauthtoken 1000.x.y"},
        timeout=5,
    )
    assert (reply.status_code, reply.json()["code"]) == (401, "INVALID_TOKEN")


def test_token_errors_are_http_200(paged: SandboxCrm, http: requests.Session) -> None:
    url = paged.accounts_url + "/oauth/v2/token"
    wrong_client = http.post(
        url, data={"grant_type": "authorization_code", "code": "c", "client_id": "x"}, timeout=5
    )
    assert (wrong_client.status_code, wrong_client.json()) == (200, {"error": "invalid_client"})
    form = {"client_id": paged.client_id, "client_secret": paged.client_secret}
    bad_code = http.post(
        url, data={"grant_type": "authorization_code", "code": "nope", **form}, timeout=5
    )
    assert (bad_code.status_code, bad_code.json()) == (200, {"error": "invalid_code"})


def test_the_same_seed_gives_the_same_data(make_client: ClientFactory) -> None:
    def listing(seed: int) -> list[Any]:
        with SandboxCrm(accounts=50, contacts=80, deals=30, seed=seed) as sandbox:
            client = make_client(sandbox)
            return [
                r
                for m in ("Accounts", "Contacts", "Deals")
                for p in client.record_pages(m, None)
                for r in p.records
            ]

    assert listing(5) == listing(5)
    assert listing(5) != listing(6)


def test_generation_is_fast_enough_for_the_benchmark() -> None:
    import time

    started = time.perf_counter()
    sandbox = SandboxCrm(accounts=100_000, contacts=200_000, deals=20_000)
    assert time.perf_counter() - started < 5  # in practice about 0.2 s
    assert len(sandbox.ids("Contacts")) == 200_000


def test_the_control_api_works_over_http(sandbox: SandboxCrm, make_client: ClientFactory) -> None:
    remote = SandboxRemote(sandbox.base_url)
    try:
        new_id = remote.add("Accounts", Account_Name="Москва Трейд ООО")
        remote.update("Accounts", new_id, Phone="+7 495 000 0000")
        first = sandbox.ids("Accounts")[0]
        remote.delete("Accounts", first)
        remote.inject_fault("500")
        remote.call("set_user_email", email="remote@shop.example")
        client = make_client(sandbox)
        assert client.current_user().email == "remote@shop.example"
        accounts = {r.crm_id: r for p in client.record_pages("Accounts", None) for r in p.records}
        assert accounts[new_id].phone == "+7 495 000 0000"
        assert first not in accounts
        assert remote.request_counts()["api"] == client.api_calls == 3
        with pytest.raises(RuntimeError, match="unknown action"):
            remote.call("format_disk")
        with pytest.raises(RuntimeError, match="unknown fault"):
            remote.inject_fault("meteor")
    finally:
        remote.close()


def test_a_client_that_hangs_up_mid_request_leaves_no_traceback(
    sandbox: SandboxCrm, capfd: pytest.CaptureFixture[str]
) -> None:
    address = urlsplit(sandbox.base_url)
    for _ in range(3):  # an app killed while its requests were on their way
        with socket.create_connection((address.hostname, address.port)) as client:
            client.sendall(b"GET /crm/v8/Accounts HTTP/1.1\r\nHost: x\r\n")  # headers not ended
            client.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    time.sleep(0.3)  # the server's threads meet the resets
    # the server still answers, and said nothing about the connections reset under it
    assert requests.get(f"{sandbox.base_url}/crm/v8/Accounts", timeout=5).status_code == 401
    assert "Traceback" not in capfd.readouterr().err
