"""Listing through the sandbox over real HTTP: everything, exactly once, then only what changed."""

from __future__ import annotations

from collections import Counter
from datetime import UTC, datetime, timedelta

import pytest

from desktop.crm.client import CrmClient, RecordPage
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.crm_records import CrmAccount, CrmContact, CrmDeal, MalformedRecord
from tests.crm.conftest import ClientFactory

MODULES = ("Accounts", "Contacts", "Deals")


def _ids(pages: list[RecordPage]) -> list[str]:
    return [r.crm_id for page in pages for r in page.records if r.crm_id is not None]


def _list(client: CrmClient, module: str, since: datetime | None = None) -> list[RecordPage]:
    return list(client.record_pages(module, since))


@pytest.mark.parametrize("version", ["v8", "v2"])
def test_a_full_listing_returns_every_record_once(
    big_sandbox: SandboxCrm, make_client: ClientFactory, version: str
) -> None:
    client = make_client(big_sandbox, api_version=version)
    for module in MODULES:
        pages = _list(client, module)
        ids = _ids(pages)
        assert len(ids) == len(set(ids)) == len(big_sandbox.ids(module)) >= 5_000
        assert set(ids) == set(big_sandbox.ids(module))
        times = [r.modified_time for page in pages for r in page.records]
        assert times == sorted(times)  # oldest change first
        assert all(
            page.max_modified_time == max(r.modified_time for r in page.records) for page in pages
        )
        assert not [r for page in pages for r in page.records if isinstance(r, MalformedRecord)]
    expected_calls = sum(-(-len(big_sandbox.ids(m)) // 200) for m in MODULES)
    assert client.api_calls == expected_calls


def test_v8_switches_to_page_tokens_after_2000_records(
    big_sandbox: SandboxCrm, make_client: ClientFactory
) -> None:
    # The sandbox refuses page 11 without a token, so a complete listing proves the switch.
    client = make_client(big_sandbox)
    assert len(_ids(_list(client, "Accounts"))) == 5_300
    assert client.api_calls == 27


def test_generated_data_has_the_three_import_cases(
    big_sandbox: SandboxCrm, make_client: ClientFactory
) -> None:
    client = make_client(big_sandbox)
    contacts = [r for p in _list(client, "Contacts") for r in p.records]
    deals = [r for p in _list(client, "Deals") for r in p.records]
    accounts = {r.crm_id for p in _list(client, "Accounts") for r in p.records}
    assert all(isinstance(c, CrmContact) for c in contacts)
    linked = {c.account_id for c in contacts if isinstance(c, CrmContact) and c.account_id}
    assert linked <= accounts
    assert len(linked) > 100
    assert len(accounts - linked) > 100  # stand-alone accounts
    assert sum(1 for c in contacts if isinstance(c, CrmContact) and c.account_id is None) > 100
    stages = Counter(d.stage for d in deals if isinstance(d, CrmDeal))
    assert stages["Closed Lost to Competition"] > 0
    assert stages["Closed Won"] > 0
    assert any(isinstance(d, CrmDeal) and d.amount is None for d in deals)
    seconds = Counter(c.modified_time for c in contacts)
    assert max(seconds.values()) >= 3  # several records share one second, as in Zoho


def test_an_incremental_run_returns_exactly_the_changed_records(
    sandbox: SandboxCrm, make_client: ClientFactory
) -> None:
    client = make_client(sandbox)
    cursor = max(p.max_modified_time for p in _list(client, "Accounts") if p.max_modified_time)
    ids = sandbox.ids("Accounts")
    sandbox.update("Accounts", ids[3], Account_Name="Ελλάδα Τρόφιμα A.E.", Phone=None)
    sandbox.update("Accounts", ids[10], Billing_City="Москва")
    new_id = sandbox.add_account(Account_Name="Dr. Ana Núñez Consulting", Billing_Code="28013")
    sandbox.delete("Accounts", ids[0])
    pages = _list(client, "Accounts", cursor + timedelta(seconds=1))
    changed = {r.crm_id: r for p in pages for r in p.records}
    assert list(changed) == [ids[3], ids[10], new_id]
    renamed = changed[ids[3]]
    assert isinstance(renamed, CrmAccount)
    assert renamed.name == "Ελλάδα Τρόφιμα A.E."
    assert renamed.phone is None
    added = changed[new_id]
    assert isinstance(added, CrmAccount)
    assert added.billing_address.zip == "28013"
    deleted = [r.crm_id for p in client.deleted_pages("Accounts", cursor) for r in p.records]
    assert deleted == [ids[0]]


def test_if_modified_since_is_inclusive(sandbox: SandboxCrm, make_client: ClientFactory) -> None:
    client = make_client(sandbox)
    first = sandbox.add_contact(Last_Name="Wójcik", Modified_Time="ignored: the CRM sets it")
    pages = _list(client, "Contacts")
    at = next(r.modified_time for p in pages for r in p.records if r.crm_id == first)
    same_second = sandbox.add_raw(
        "Contacts", {"id": "555", "Last_Name": "Иванов", "Modified_Time": at.isoformat()}
    )
    assert _ids(_list(client, "Contacts", at)) == [first, "555"]
    assert same_second != first


def test_nothing_modified_is_an_empty_stream(
    sandbox: SandboxCrm, make_client: ClientFactory
) -> None:
    client = make_client(sandbox)
    assert _list(client, "Deals", datetime.now(UTC) + timedelta(days=1)) == []  # 304
    assert list(client.deleted_pages("Deals", None)) == []  # 204
    with SandboxCrm() as empty:
        assert _list(make_client(empty), "Accounts") == []  # 204


def test_changed_lookups_follow_the_account(
    sandbox: SandboxCrm, make_client: ClientFactory
) -> None:
    account = sandbox.add_account(Account_Name="Łódź Ltd")
    contact = sandbox.add_contact(
        Salutation="Dr.", First_Name="Ana", Last_Name="Núñez", Account_Name=account
    )
    deal = sandbox.add_deal(Deal_Name="Łódź - Pilot", Stage="Closed Won", Amount="1234.50",
                            Closing_Date="2025-06-30", Account_Name=account, Contact_Name=contact)  # fmt: skip
    client = make_client(sandbox)
    people = {r.crm_id: r for p in _list(client, "Contacts") for r in p.records}
    assert people[contact] == CrmContact(
        contact, "Dr.", "Ana", "Núñez", None, None, None, account, people[contact].modified_time
    )
    deals = {r.crm_id: r for p in _list(client, "Deals") for r in p.records}
    won = deals[deal]
    assert isinstance(won, CrmDeal)
    assert (won.amount, won.account_id, won.contact_id) == (
        __import__("decimal").Decimal("1234.5"),
        account,
        contact,
    )


def test_malformed_records_are_reported_not_fatal(
    sandbox: SandboxCrm, make_client: ClientFactory
) -> None:
    good = sandbox.add_account(Account_Name="Good Ltd")
    sandbox.add_raw(
        "Accounts",
        {"id": 12345, "Account_Name": "Bad id", "Modified_Time": "2030-01-01T00:00:00+03:00"},
    )
    sandbox.add_raw(
        "Accounts",
        {"id": "77", "Account_Name": ["x"], "Modified_Time": "2030-01-01T00:00:00+03:00"},
    )
    sandbox.add_raw(
        "Accounts", {"id": "78", "Modified_Time": "2030-01-01T00:00:01+03:00"}
    )  # no name
    client = make_client(sandbox)
    records = [r for p in _list(client, "Accounts") for r in p.records]
    assert len(records) == 34
    malformed = [r for r in records if isinstance(r, MalformedRecord)]
    assert [(m.crm_id, m.reason) for m in malformed] == [
        (None, "a record of Accounts has no text id (id = 12345)"),
        ("77", "Account_Name is not text (got list)"),
    ]
    nameless = [r for r in records if isinstance(r, CrmAccount) and r.crm_id == "78"]
    assert nameless
    assert nameless[0].name is None
    assert good in {r.crm_id for r in records}
    ids = [i for page in client.all_ids("Accounts") for i in page]
    assert len(ids) == 33
    assert "77" in ids
    assert "78" in ids


@pytest.mark.parametrize("client_knows_the_limit", [True, False])
def test_windows_restart_past_the_page_token_limit(
    make_client: ClientFactory, client_knows_the_limit: bool
) -> None:
    limit = 2_400  # stands for Zoho's 100,000
    with SandboxCrm(contacts=6_000, seed=5, records_per_token=limit) as sandbox:
        client = make_client(
            sandbox, records_per_token=limit if client_knows_the_limit else 100_000
        )
        ids = _ids(_list(client, "Contacts"))
        assert sorted(ids) == sorted(sandbox.ids("Contacts"))
        duplicates = len(ids) - len(set(ids))
        assert duplicates == 0  # boundary-second records already seen are not repeated
        all_ids = [i for page in client.all_ids("Contacts") for i in page]
        assert sorted(all_ids) == sorted(ids)


def test_an_incremental_window_is_restarted_too(make_client: ClientFactory) -> None:
    with SandboxCrm(accounts=3_000, seed=9, records_per_token=1_000) as sandbox:
        client = make_client(sandbox, records_per_token=1_000)
        pages = _list(client, "Accounts")
        middle = pages[len(pages) // 2].max_modified_time
        assert middle is not None
        expected = {r.crm_id for p in pages for r in p.records if r.modified_time >= middle}
        ids = _ids(_list(client, "Accounts", middle))
        assert len(ids) == len(set(ids))
        assert set(ids) == expected
        assert len(ids) > 1_000


def test_deleted_records_page_through(sandbox: SandboxCrm, make_client: ClientFactory) -> None:
    ids = sandbox.ids("Contacts")
    for crm_id in ids[:45]:
        sandbox.delete("Contacts", crm_id, permanent=crm_id == ids[7])
    client = make_client(sandbox)
    pages = list(client.deleted_pages("Contacts", None))
    deleted = [r for p in pages for r in p.records]
    assert [r.crm_id for r in deleted] == ids[:45]
    assert all(r.deleted_time is not None for r in deleted)
    assert _ids(_list(client, "Contacts")) == ids[45:]
