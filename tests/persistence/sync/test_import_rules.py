"""The import rules at the storage level: three cases, moves, deletions, merges (real SQLite)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import TypeVar

import pytest

from desktop.controllers.services import Services
from desktop.domain.customers import Customer, CustomerStatus
from desktop.domain.errors import ConflictError
from desktop.persistence.database import Session
from desktop.persistence.records import CustomerRecord, DocumentRecord
from desktop.persistence.sync.accounts import apply_accounts
from desktop.persistence.sync.changes import PageChanges
from desktop.persistence.sync.contacts import apply_contacts
from desktop.persistence.sync.deals import apply_deals
from desktop.persistence.sync.deletions import apply_deletions
from tests.persistence.sync.builders import account, contact, deal

NOW = datetime(2026, 11, 25, 10, 0, tzinfo=UTC)
T = TypeVar("T")


def write(services: Services, action: Callable[[Session], T]) -> T:
    with services.database.session() as session:
        return action(session)


def customers(services: Services) -> dict[str, Customer]:
    return {c.name: c for c in services.customers.list(include_inactive=True)}


def give_invoice(services: Services, customer_id: int) -> None:
    def add(session: Session) -> None:
        zero = Decimal("0.00")
        session.add(
            DocumentRecord(
                kind="invoice", number=f"INV-T{customer_id}", status="draft",
                customer_id=customer_id, date=date(2026, 11, 1), currency_code="USD",
                shipping_charge=zero, adjustment=zero, sub_total=zero, discount_total=zero,
                tax_total=zero, total=zero, paid=zero, balance=zero, created_at=NOW, updated_at=NOW,
            )
        )  # fmt: skip

    write(services, add)


def test_the_three_cases(services: Services) -> None:
    write(
        services,
        lambda s: apply_accounts(s, [account("A1", "Acme"), account("A2", "Solo Ltd")], NOW),
    )
    changes = write(
        services,
        lambda s: apply_contacts(
            s, [contact("C1", "Ana", "Núñez", "A1"), contact("C2", "Bo", "Li", "A1"),
                contact("C3", "Ana", "Núñez", None)], NOW,
        ),
    )  # fmt: skip
    assert changes.created == 3
    found = customers(services)
    assert set(found) == {"Acme", "Solo Ltd", "Dr. Ana Núñez"}
    acme = found["Acme"]
    assert [p.crm_id for p in acme.contact_persons] == ["C1", "C2"]
    assert [p.is_primary for p in acme.contact_persons] == [True, False]
    assert acme.crm is not None
    assert (acme.crm.module, acme.crm.crm_id) == ("Accounts", "A1")
    assert found["Solo Ltd"].contact_persons == ()
    person_customer = found["Dr. Ana Núñez"]
    assert person_customer.crm is not None
    assert (person_customer.crm.module, person_customer.crm.crm_id) == ("Contacts", "C3")
    assert [p.crm_id for p in person_customer.contact_persons] == ["C3"]
    assert person_customer.contact_persons[0].is_primary


def test_rerunning_a_page_never_duplicates_and_overwrites_only_crm_fields(
    services: Services,
) -> None:
    write(services, lambda s: apply_accounts(s, [account("A1", "Acme")], NOW))
    acme_id = customers(services)["Acme"].id
    services.customers.update_local_fields(acme_id, "EUR", 30, "pays late")
    again = write(
        services, lambda s: apply_accounts(s, [account("A1", "Acme GmbH", phone="999")], NOW)
    )
    assert (again.created, again.updated) == (0, 1)
    found = customers(services)
    assert list(found) == ["Acme GmbH"]
    renamed = found["Acme GmbH"]
    assert renamed.id == acme_id
    assert renamed.phone == "999"
    assert (renamed.currency_code, renamed.payment_terms_days, renamed.notes) == (
        "EUR",
        30,
        "pays late",
    )


def test_a_contact_joins_changes_and_leaves_accounts(services: Services) -> None:
    write(
        services, lambda s: apply_accounts(s, [account("A1", "Acme"), account("A2", "Beta")], NOW)
    )
    write(services, lambda s: apply_contacts(s, [contact("C1", "Ana", "Núñez", None)], NOW))
    assert "Dr. Ana Núñez" in customers(services)

    write(services, lambda s: apply_contacts(s, [contact("C1", "Ana", "Núñez", "A1")], NOW))
    found = customers(services)
    assert "Dr. Ana Núñez" not in found, "the stand-alone customer without its person is deleted"
    assert [p.crm_id for p in found["Acme"].contact_persons] == ["C1"]

    write(services, lambda s: apply_contacts(s, [contact("C1", "Ana", "Núñez", "A2")], NOW))
    found = customers(services)
    assert found["Acme"].contact_persons == ()
    assert [p.crm_id for p in found["Beta"].contact_persons] == ["C1"]
    assert found["Beta"].contact_persons[0].is_primary

    write(services, lambda s: apply_contacts(s, [contact("C1", "Ana", "Núñez", None)], NOW))
    found = customers(services)
    assert found["Beta"].contact_persons == ()
    assert [p.crm_id for p in found["Dr. Ana Núñez"].contact_persons] == ["C1"]


def test_a_stand_alone_customer_with_transactions_stays_inactive_when_its_person_leaves(
    services: Services,
) -> None:
    write(services, lambda s: apply_accounts(s, [account("A1", "Acme")], NOW))
    write(services, lambda s: apply_contacts(s, [contact("C1", "Ana", "Núñez", None)], NOW))
    give_invoice(services, customers(services)["Dr. Ana Núñez"].id)
    write(services, lambda s: apply_contacts(s, [contact("C1", "Ana", "Núñez", "A1")], NOW))
    left = customers(services)["Dr. Ana Núñez"]
    assert left.status is CustomerStatus.INACTIVE
    assert left.has_transactions


def test_a_contact_whose_account_arrives_later_is_adopted(services: Services) -> None:
    write(services, lambda s: apply_contacts(s, [contact("C1", "Ana", "Núñez", "A9")], NOW))
    assert "Dr. Ana Núñez" in customers(services)
    write(services, lambda s: apply_accounts(s, [account("A9", "Late Ltd")], NOW))
    found = customers(services)
    assert "Dr. Ana Núñez" not in found
    assert [p.crm_id for p in found["Late Ltd"].contact_persons] == ["C1"]


def test_deletion_without_and_with_transactions(services: Services) -> None:
    write(
        services, lambda s: apply_accounts(s, [account("A1", "Gone"), account("A2", "Kept")], NOW)
    )
    write(services, lambda s: apply_contacts(s, [contact("C1", "Ana", "Núñez", "A2")], NOW))
    give_invoice(services, customers(services)["Kept"].id)
    changes = write(
        services, lambda s: apply_deletions(s, "Accounts", ["A1", "A2", "unknown"], NOW)
    )
    assert (changes.deleted, changes.inactivated) == (1, 1)
    found = customers(services)
    assert "Gone" not in found
    assert found["Kept"].status is CustomerStatus.INACTIVE
    assert found["Kept"].crm is not None, "an inactive customer still shows where it came from"
    assert [c.name for c in services.customers.list()] == [], "inactive customers leave lists"

    write(services, lambda s: apply_deletions(s, "Contacts", ["C1"], NOW))
    assert customers(services)["Kept"].contact_persons == ()


def test_a_restored_account_becomes_active_again(services: Services) -> None:
    write(services, lambda s: apply_accounts(s, [account("A1", "Acme")], NOW))
    give_invoice(services, customers(services)["Acme"].id)
    write(services, lambda s: apply_deletions(s, "Accounts", ["A1"], NOW))
    write(services, lambda s: apply_accounts(s, [account("A1", "Acme")], NOW))
    assert customers(services)["Acme"].status is CustomerStatus.ACTIVE


def test_merge_moves_everything_and_later_runs_follow_the_forwarding(services: Services) -> None:
    write(
        services,
        lambda s: apply_accounts(s, [account("A1", "Acme"), account("A2", "ACME Inc")], NOW),
    )
    write(services, lambda s: apply_contacts(s, [contact("C1", "Ana", "N", "A2")], NOW))
    found = customers(services)
    source, target = found["ACME Inc"], found["Acme"]
    give_invoice(services, source.id)
    preview = services.customers.merge_preview(source.id, target.id)
    assert (preview.documents, preview.payments, preview.contact_persons) == (1, 0, 1)
    services.customers.merge(source.id, target.id)
    found = customers(services)
    assert "ACME Inc" not in found
    assert found["Acme"].has_transactions
    assert [p.crm_id for p in found["Acme"].contact_persons] == ["C1"]

    # Later runs: the source account changes and gets a new contact; nothing comes back.
    write(services, lambda s: apply_accounts(s, [account("A2", "ACME Incorporated")], NOW))
    write(services, lambda s: apply_contacts(s, [contact("C2", "Bo", "Li", "A2")], NOW))
    found = customers(services)
    assert set(found) == {"Acme"}
    assert [p.crm_id for p in found["Acme"].contact_persons] == ["C1", "C2"]


def test_merge_is_refused_into_itself_and_across_currencies(services: Services) -> None:
    write(
        services, lambda s: apply_accounts(s, [account("A1", "Acme"), account("A2", "Beta")], NOW)
    )
    found = customers(services)
    with pytest.raises(ConflictError, match="itself"):
        services.customers.merge(found["Acme"].id, found["Acme"].id)
    services.customers.update_local_fields(found["Beta"].id, "EUR", None, None)
    with pytest.raises(ConflictError, match="different currencies"):
        services.customers.merge(found["Acme"].id, found["Beta"].id)


def test_bad_records_are_skipped_with_a_reason_and_the_rest_imported(services: Services) -> None:
    changes: PageChanges = write(
        services, lambda s: apply_accounts(s, [account("A1", "  "), account("A2", "Fine")], NOW)
    )
    assert changes.skipped == [("A1", "the account has no name")]
    people = write(
        services,
        lambda s: apply_contacts(
            s, [contact("C1", None, None), contact("C2", "X", "Y", email="not-an-email"),
                contact("C3", "Ok", "Person")], NOW,
        ),
    )  # fmt: skip
    assert [crm_id for crm_id, _ in people.skipped] == ["C1", "C2"]
    assert set(customers(services)) == {"Fine", "Dr. Ok Person"}


def test_deals_belong_to_the_customer_of_their_account_or_contact(services: Services) -> None:
    write(services, lambda s: apply_accounts(s, [account("A1", "Acme")], NOW))
    write(services, lambda s: apply_contacts(s, [contact("C1", "Ana", "Núñez", None)], NOW))
    changes, stored = write(
        services,
        lambda s: apply_deals(
            s, [deal("D1", account_id="A1"), deal("D2", contact_id="C1"), deal("D3")], NOW
        ),
    )
    assert changes.skipped[0][0] == "D3"
    found = customers(services)
    owners = {c.deal.crm_id: c.customer_id for c in stored}
    assert owners == {"D1": found["Acme"].id, "D2": found["Dr. Ana Núñez"].id}
    write(services, lambda s: apply_deletions(s, "Deals", ["D1"], NOW))
    with services.database.read_session() as session:
        assert session.get(CustomerRecord, found["Acme"].id) is not None
