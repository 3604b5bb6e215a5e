"""Wire ↔ value mapping, first on Zoho's sample payloads, then on bad values."""

from __future__ import annotations

import json
from datetime import UTC, date, datetime, timedelta, timezone
from decimal import Decimal
from pathlib import Path
from typing import Any

import pytest

from desktop.crm import wire
from desktop.crm.auth import parse_token_reply, token_error
from desktop.crm.endpoints import endpoints_for
from desktop.crm.errors import (
    CrmAuthError,
    RateLimitedError,
    UnexpectedResponseError,
    WrongDataCentreError,
)
from desktop.crm.listing import parse_listing
from desktop.crm.transport import Reply
from desktop.domain.crm_records import (
    CrmAccount,
    CrmContact,
    CrmDeal,
    CrmDeletedRecord,
    MalformedRecord,
)
from desktop.domain.customers import Address

SAMPLES = Path(__file__).parent / "samples"
IST = timezone(timedelta(hours=5, minutes=30))


def _sample(name: str) -> Any:
    # Parsed as the client parses: decimals stay exact.
    return json.loads((SAMPLES / name).read_text(encoding="utf-8"), parse_float=Decimal)


def _records(name: str, module: str) -> list[Any]:
    data, more_records, _ = parse_listing(Reply(200, _sample(name), {}))
    assert more_records is False
    return [wire.record_from_wire(module, raw) for raw in data]


def test_every_sample_file_is_covered() -> None:
    assert {p.name for p in SAMPLES.glob("*.json")} == {
        "v2_get_accounts.json", "v2_get_contacts.json", "v2_get_deals_incremental.json",
        "v2_get_accounts_deleted.json", "protocol_snippets.json",
    }  # fmt: skip


def test_sample_accounts_parse() -> None:
    first, second = _records("v2_get_accounts.json", wire.ACCOUNTS)
    assert first == CrmAccount(
        crm_id="4876876000001203005",
        name="Northwind Traders Inc",
        phone="+1 503 555 0142",
        fax="+1 503 555 0143",
        billing_address=Address("410 Market St", "Portland", "OR", "97204", "United States"),
        shipping_address=Address("77 Dock Rd, Unit 3", "Tacoma", "WA", "98421", "United States"),
        modified_time=datetime(2025, 3, 28, 10, 2, 11, tzinfo=IST),
    )
    assert isinstance(second, CrmAccount)
    assert second.name == "Acme Widgets GmbH"
    assert second.billing_address == Address()
    assert second.phone is None


def test_sample_contacts_parse_with_and_without_an_account() -> None:
    with_account, alone = _records("v2_get_contacts.json", wire.CONTACTS)
    assert with_account == CrmContact(
        crm_id="4876876000001203044",
        salutation="Mr.",
        first_name="Daniel",
        last_name="Okafor",
        email="d.okafor@northwind.example.com",
        phone="+1 503 555 0150",
        mobile="+1 503 555 0199",
        account_id="4876876000001203005",
        modified_time=datetime(2025, 3, 28, 10, 5, tzinfo=IST),
    )
    assert isinstance(alone, CrmContact)
    assert alone.account_id is None
    assert alone.salutation is None
    assert alone.last_name == "Tanaka"


def test_sample_deals_parse_with_exact_amounts() -> None:
    lost, pilot, won = _records("v2_get_deals_incremental.json", wire.DEALS)
    assert isinstance(lost, CrmDeal)
    assert isinstance(pilot, CrmDeal)
    assert isinstance(won, CrmDeal)
    assert (lost.stage, lost.amount, lost.closing_date) == (
        "Closed Lost",
        Decimal("48000"),
        date(2025, 3, 15),
    )
    assert pilot.stage == "Id. Decision Makers"
    assert pilot.contact_id is None
    assert won.amount == Decimal("12500.5")
    assert (won.account_id, won.contact_id) == ("4876876000001203005", "4876876000001203044")
    assert [d.modified_time for d in (lost, pilot, won)] == sorted(
        d.modified_time for d in (lost, pilot, won)
    )


def test_sample_deleted_records_parse() -> None:
    data, _, _ = parse_listing(Reply(200, _sample("v2_get_accounts_deleted.json"), {}))
    assert [wire.deleted_from_wire(raw) for raw in data] == [
        CrmDeletedRecord("4876876000001190077", datetime(2025, 3, 29, 14, 10, 22, tzinfo=IST)),
        CrmDeletedRecord("4876876000000680013", datetime(2025, 1, 5, 11, 44, 15, tzinfo=IST)),
    ]


def test_sample_token_replies_parse_in_seconds_and_milliseconds() -> None:
    snippets = _sample("protocol_snippets.json")
    now = datetime(2025, 1, 1, tzinfo=UTC)
    seconds = parse_token_reply(snippets["oauth_refresh_success"]["body"], now)
    millis = parse_token_reply(snippets["oauth_refresh_success_legacy_ms"]["body"], now)
    assert seconds.expires_at == millis.expires_at == now + timedelta(hours=1)
    assert seconds.api_domain == "https://www.zohoapis.com"
    assert seconds.refresh_token is None
    assert seconds.access_token.startswith("1000.")
    assert seconds.access_token not in repr(seconds)


def test_sample_token_errors_become_typed_errors() -> None:
    snippets = _sample("protocol_snippets.json")
    endpoints = endpoints_for("eu")
    assert isinstance(
        token_error(snippets["oauth_error_bad_refresh_or_code"]["body"]["error"], endpoints),
        CrmAuthError,
    )
    wrong = token_error(snippets["oauth_error_wrong_dc_or_client"]["body"]["error"], endpoints)
    assert isinstance(wrong, WrongDataCentreError)
    assert "accounts.zoho.eu" in str(wrong)
    assert isinstance(token_error("Access Denied", endpoints), RateLimitedError)


def test_sample_v8_info_gives_the_next_page_token() -> None:
    info = _sample("protocol_snippets.json")["crm_v3plus_info_with_page_token"]["info"]
    assert parse_listing(Reply(200, {"data": [], "info": info}, {})) == (
        [],
        True,
        "c8582e7f00d1a3b9",
    )


def _contact(**fields: Any) -> dict[str, Any]:
    return {"id": "1", "Last_Name": "Núñez", "Modified_Time": "2025-03-28T10:05:00+03:00", **fields}


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"id": 1}, "no text id"),
        ({"Modified_Time": "yesterday"}, "Modified_Time is not an ISO"),
        ({"Modified_Time": "2025-03-28T10:05:00"}, "no time-zone offset"),
        ({"Modified_Time": None}, "Modified_Time is missing"),
        ({"Email": 42}, "Email is not text"),
        ({"Account_Name": "Northwind"}, "Account_Name is not a lookup"),
        ({"Account_Name": {"name": "Northwind", "id": 7}}, "Account_Name has no text id"),
    ],
)
def test_wrong_types_become_malformed_records(fields: dict[str, Any], reason: str) -> None:
    result = wire.record_from_wire(wire.CONTACTS, _contact(**fields))
    assert isinstance(result, MalformedRecord)
    assert reason in result.reason


@pytest.mark.parametrize(
    ("fields", "reason"),
    [
        ({"Amount": "12.50"}, "Amount is not a number"),
        ({"Amount": True}, "Amount is not a number"),
        ({"Amount": Decimal("NaN")}, "not a finite number"),
        ({"Closing_Date": "2025-13-01"}, "Closing_Date is not a date"),
        ({"Closing_Date": "2025-03-01T00:00:00"}, "Closing_Date is not a date"),
    ],
)
def test_bad_deal_values_become_malformed_records(fields: dict[str, Any], reason: str) -> None:
    raw = {"id": "9", "Deal_Name": "X", "Modified_Time": "2025-03-28T10:05:00+03:00", **fields}
    result = wire.record_from_wire(wire.DEALS, raw)
    assert isinstance(result, MalformedRecord)
    assert reason in result.reason
    assert result.crm_id == "9"
    assert result.modified_time == datetime(2025, 3, 28, 7, 5, tzinfo=UTC)


def test_empty_text_none_salutation_and_missing_name_are_the_syncs_business() -> None:
    result = wire.record_from_wire(
        wire.CONTACTS, _contact(Last_Name=None, First_Name="", Salutation="-None-", Phone="  ")
    )
    assert isinstance(result, CrmContact)
    assert (result.last_name, result.first_name, result.salutation, result.phone) == (None,) * 4


def test_contacts_ignore_address_and_unknown_keys() -> None:
    result = wire.record_from_wire(
        wire.CONTACTS, _contact(Mailing_Zip=12345, **{"$new_system_key": {"x": 1}})
    )
    assert isinstance(result, CrmContact)


def test_a_float_amount_keeps_the_digits_it_was_sent_with() -> None:
    raw = {"id": "9", "Amount": 0.1, "Modified_Time": "2025-03-28T10:05:00+03:00"}
    result = wire.record_from_wire(wire.DEALS, raw)
    assert isinstance(result, CrmDeal)
    assert result.amount == Decimal("0.1")


def test_a_non_object_record_is_malformed() -> None:
    assert wire.record_from_wire(wire.ACCOUNTS, ["not", "a", "record"]) == MalformedRecord(
        None, "a record of Accounts is not an object"
    )


@pytest.mark.parametrize(
    "body",
    [[], {"data": []}, {"data": {}, "info": {}}, {"data": [], "info": {"more_records": "yes"}}],
)
def test_listing_shapes_that_are_not_zohos_are_unexpected(body: Any) -> None:
    with pytest.raises(UnexpectedResponseError):
        parse_listing(Reply(200, body, {}))
