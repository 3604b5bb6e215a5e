"""invoicedesk:// links from Zoho CRM buttons: parsing, resolving (a sync first when unknown)."""

from __future__ import annotations

import json

import pytest

from desktop.cli.main import build_parser
from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.errors import NotFoundError, ValidationError
from desktop.domain.lifecycle import DocumentKind
from desktop.domain.reflect import LinkAction, LinkRequest, document_link, parse_link
from tests.document_helpers import draft
from tests.reflect.conftest import customer_id, synced


def test_links_are_parsed_and_bad_ones_named() -> None:
    assert parse_link("invoicedesk://new-invoice?module=Accounts&id=42") == LinkRequest(
        LinkAction.NEW_INVOICE, "Accounts", "42"
    )
    assert parse_link("InvoiceDesk://new-estimate?module=Contacts&id=7").module == "Contacts"
    assert parse_link("invoicedesk://deal?id=9") == LinkRequest(LinkAction.DEAL, "Deals", "9")
    assert parse_link(document_link(17)) == LinkRequest(LinkAction.DOCUMENT, document_id=17)
    for bad, words in (
        ("https://example.com/?id=1", "not an invoicedesk:// link"),
        ("invoicedesk://delete-everything?id=1", "known: new-invoice"),
        ("invoicedesk://new-invoice?module=Accounts", "id= is missing"),
        ("invoicedesk://new-invoice?module=Leads&id=1", "Accounts or Contacts"),
        ("invoicedesk://new-invoice?id=" + "٣" * 10_000, "id= is missing"),
    ):
        with pytest.raises(ValidationError, match=words) as raised:
            parse_link(bad)
        assert raised.value.field == "link"
        assert len(str(raised.value)) < 300


def test_a_crm_record_is_found_after_one_sync_or_named_when_it_is_not(
    connected: Services, sandbox: SandboxCrm
) -> None:
    acme = sandbox.add_account(Account_Name="Acme")
    person = sandbox.add_contact(First_Name="Bo", Last_Name="Li", Account_Name=acme)
    synced(connected)
    target = connected.links.resolve(f"invoicedesk://new-invoice?module=Contacts&id={person}")
    assert target.customer is not None
    assert target.customer.name == "Acme"  # a contact of an account: the account's customer
    later = sandbox.add_account(Account_Name="Made in the CRM a minute ago")
    runs = len(connected.sync.log())
    target = connected.links.resolve(f"invoicedesk://new-estimate?module=Accounts&id={later}")
    assert target.customer is not None
    assert target.customer.id == customer_id(connected, "Made in the CRM a minute ago")
    assert len(connected.sync.log()) == runs + 1  # synced first
    with pytest.raises(NotFoundError, match="account 999, even after a sync"):
        connected.links.resolve("invoicedesk://new-invoice?module=Accounts&id=999")
    invoice = connected.documents.create(
        draft(customer_id(connected, "Acme"), DocumentKind.INVOICE)
    )
    assert connected.links.resolve(document_link(invoice.id)).document_id == invoice.id


def test_the_link_command_prints_what_the_link_opens(
    connected: Services, sandbox: SandboxCrm, capsys: pytest.CaptureFixture[str]
) -> None:
    deal = sandbox.add_deal(Deal_Name="Renewal", Stage="Qualification",
                            Account_Name=sandbox.add_account(Account_Name="Acme"))  # fmt: skip
    args = build_parser().parse_args(["link", f"invoicedesk://deal?id={deal}"])
    assert args.handler(args, connected) == 0
    printed = json.loads(capsys.readouterr().out)
    assert printed == {"action": "deal", "customer_id": None, "customer": None, "deal": deal,
                       "document_id": None}  # fmt: skip
