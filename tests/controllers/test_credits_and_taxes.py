"""Credit notes, refunds, payment removal, tax rates, items and exempt customers on a real file."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

import pytest

from desktop.controllers.documents import DocumentsController
from desktop.controllers.services import Services
from desktop.domain.customer_local import LocalChange
from desktop.domain.documents import Document, DocumentKind, DocumentStatus
from desktop.domain.errors import ConflictError, NotFoundError, ValidationError
from tests.document_helpers import NOW, add_customer

S = DocumentStatus


@pytest.fixture
def documents(services: Services) -> DocumentsController:
    return DocumentsController(services.database, lambda: NOW)


def doc(customer: int, *lines: dict[str, Any], **fields: Any) -> dict[str, Any]:
    return {"kind": "invoice", "customer_id": customer, "line_items": list(lines)} | fields


def one(documents: DocumentsController, value: dict[str, Any]) -> Document:
    [created] = documents.import_json(value)
    return created


def test_a_credit_note_applies_across_two_invoices_and_pays_one(
    services: Services, documents: DocumentsController
) -> None:
    customer = add_customer(services.database)
    first = one(documents, doc(customer, {"name": "A", "rate": "300"}))
    second = one(documents, doc(customer, {"name": "B", "rate": "500"}))
    credit = one(
        documents,
        doc(
            customer, {"name": "Goodwill", "rate": "400"}, kind="credit_note", invoice=first.number
        ),
    )
    assert (credit.number, credit.status, credit.credited_invoice) == (
        "CN-000001",
        S.OPEN,
        first.number,
    )

    credit, paid = documents.apply_credit(credit.number, first.number, "300")
    assert (paid.status, paid.balance, paid.credited) == (S.PAID, Decimal("0.00"), Decimal(300))
    assert (credit.status, credit.balance) == (S.OPEN, Decimal("100.00"))
    with pytest.raises(ConflictError, match=r"more than the 100\.00 left on CN-000001"):
        documents.apply_credit(credit.number, second.number, "100.01")
    credit, partly = documents.apply_credit(credit.number, second.number, "100")
    assert (partly.status, partly.balance) == (S.PARTIALLY_PAID, Decimal("400.00"))
    assert (credit.status, credit.balance) == (S.CLOSED, Decimal("0.00"))
    assert [(a.invoice_number, a.amount) for a in credit.credit_applications] == [
        (first.number, Decimal(300)),
        (second.number, Decimal(100)),
    ]
    assert [a.credit_note_number for a in documents.get(second.number).credit_applications] == [
        credit.number
    ]
    with pytest.raises(ConflictError, match="closed"):
        documents.apply_credit(credit.number, second.number, "1")


def test_a_credit_never_exceeds_what_is_due_nor_crosses_customers_or_currencies(
    services: Services, documents: DocumentsController
) -> None:
    customer, other = add_customer(services.database), add_customer(services.database, "Other")
    invoice = one(documents, doc(customer, {"name": "A", "rate": "50"}))
    credit = one(documents, doc(customer, {"name": "C", "rate": "80"}, kind="credit_note"))
    with pytest.raises(ConflictError, match=r"more than the 50\.00 due on"):
        documents.apply_credit(credit.number, invoice.number, "60")
    theirs = one(documents, doc(other, {"name": "A", "rate": "50"}))
    with pytest.raises(ConflictError, match="different customers"):
        documents.apply_credit(credit.number, theirs.number, "10")
    euros = one(documents, doc(customer, {"name": "A", "rate": "50"}, currency_code="EUR"))
    with pytest.raises(ConflictError, match="own currency"):
        documents.apply_credit(credit.number, euros.number, "10")
    with pytest.raises(ValidationError, match=r"amount: 0\.001 has more decimals"):
        documents.apply_credit(credit.number, invoice.number, "0.001")
    with pytest.raises(ConflictError, match="not a credit note"):
        documents.apply_credit(invoice.number, credit.number, "1")
    assert documents.get(credit.number).balance == Decimal("80.00")  # nothing was written


def test_a_refund_closes_a_credit_note_and_a_used_one_cannot_be_voided(
    services: Services, documents: DocumentsController
) -> None:
    customer = add_customer(services.database)
    credit = one(documents, doc(customer, {"name": "C", "rate": "50"}, kind="credit_note"))
    credit = documents.refund(credit.number, "20", mode="cash", reference="R-1")
    assert (credit.status, credit.balance) == (S.OPEN, Decimal("30.00"))
    assert [(r.amount, r.mode) for r in credit.refunds] == [(Decimal(20), "cash")]
    with pytest.raises(ConflictError, match="applied or refunded cannot be voided"):
        documents.set_status(credit.number, "void")
    with pytest.raises(ConflictError, match=r"more than the 30\.00 left"):
        documents.refund(credit.number, "30.01")
    assert documents.refund(credit.number, "30").status is S.CLOSED
    unused = one(documents, doc(customer, {"name": "C", "rate": "5"}, kind="credit_note"))
    assert documents.set_status(unused.number, "void").status is S.VOID
    with pytest.raises(ConflictError, match="void"):
        documents.refund(unused.number, "1")


def test_a_deleted_payment_recomputes_the_status_and_stays_in_the_history(
    services: Services, documents: DocumentsController
) -> None:
    customer = add_customer(services.database)
    invoice = one(documents, doc(customer, {"name": "A", "rate": "1000"}))
    documents.pay(invoice.number, "200", NOW.date().replace(day=1), "bank transfer")
    paid = documents.pay(invoice.number, "800")
    assert paid.status is S.PAID
    first, second = documents.payments(invoice.number)
    after = documents.delete_payment(second.id)
    assert (after.status, after.paid, after.balance) == (
        S.PARTIALLY_PAID,
        Decimal(200),
        Decimal(800),
    )
    after = documents.delete_payment(first.id)
    assert (after.status, after.balance, after.payments) == (S.SENT, Decimal("1000.00"), ())
    assert after.events[-1].message == "Undone: payment of 200.00 on 2026-11-01 removed."
    with pytest.raises(NotFoundError):
        documents.delete_payment(first.id)
    assert documents.set_status(invoice.number, "void").status is S.VOID  # no payments left


def test_documents_keep_the_tax_they_were_written_with(
    services: Services, documents: DocumentsController
) -> None:
    customer = add_customer(services.database)
    services.catalogue.add_tax("VAT", "20", make_default=True)
    old = one(documents, doc(customer, {"name": "A", "rate": "100"}))
    assert [t.rate for t in old.taxes] == [Decimal(20)]
    services.catalogue.change_tax("VAT", "21", compound=False)
    services.catalogue.archive_tax("vat")
    kept = documents.get(old.number)
    assert [(t.name, t.rate, t.amount) for t in kept.taxes] == [
        ("VAT", Decimal(20), Decimal("20.00"))
    ]
    assert documents.update(old.number, kept.to_draft()).total == Decimal(
        "120.00"
    )  # still editable
    with pytest.raises(
        ValidationError, match=r"line_items\[0\].taxes\[0\]: the tax VAT is archived"
    ):
        one(documents, doc(customer, {"name": "A", "rate": "1", "taxes": ["VAT"]}))
    assert one(documents, doc(customer, {"name": "A", "rate": "1"})).taxes == ()  # no default now
    [tax] = services.catalogue.taxes()
    assert (tax.archived, tax.is_default, tax.rate) == (True, False, Decimal(21))


def test_an_exempt_customer_gets_no_default_tax_and_the_reason_is_kept(
    services: Services, documents: DocumentsController
) -> None:
    services.catalogue.add_tax("VAT", "20", make_default=True)
    services.catalogue.add_tax("Reduced", "5.5")
    services.catalogue.add_item("Consulting", "80", "Senior consultant", "hour", ["VAT"])
    plain, own, exempt = (add_customer(services.database, n) for n in ("Plain", "Own", "Exempt"))
    services.customers.set_local_fields(own, LocalChange(default_tax="Reduced"))
    reason = "Intra-EU supply, reverse charge"
    services.customers.set_local_fields(exempt, LocalChange(tax_exemption_reason=reason))
    lines = ({"item": "Consulting", "quantity": "2"}, {"name": "Travel", "rate": "10"})

    def taxes(customer: int) -> list[list[str]]:
        made = one(documents, doc(customer, *lines))
        return [[t.name for t in line.taxes] for line in made.line_items]

    assert taxes(plain) == [["VAT"], ["VAT"]]
    assert taxes(own) == [["VAT"], ["Reduced"]]  # the item's tax wins over the customer's
    assert taxes(exempt) == [[], []]
    written = documents.list(customer_id=exempt)[0]
    assert documents.get(written.number).tax_exemption_reason == reason
    line = documents.get(written.number).line_items[0]
    assert (line.name, line.description, line.rate) == (
        "Consulting",
        "Senior consultant",
        Decimal(80),
    )
    given = one(documents, doc(exempt, {"item": "Consulting", "rate": "90", "taxes": ["Reduced"]}))
    assert [t.name for t in given.line_items[0].taxes] == ["Reduced"]  # what a line names is kept
    assert given.line_items[0].rate == Decimal(90)


def test_customer_local_fields_are_checked_and_exclusive(services: Services) -> None:
    services.catalogue.add_tax("VAT", "20")
    customer = add_customer(services.database)
    changed = services.customers.set_local_fields(
        customer, LocalChange(tax_id=" DE123 ", default_tax="vat", payment_terms_days=30)
    )
    assert (changed.tax.tax_id, changed.tax.default_tax, changed.payment_terms_days) == (
        "DE123",
        "VAT",
        30,
    )
    exempt = services.customers.set_local_fields(customer, LocalChange(tax_exemption_reason="NGO"))
    assert (exempt.tax.default_tax, exempt.tax.tax_exemption_reason) == (None, "NGO")
    for change, field in (
        (LocalChange(payment_terms_days=-1), "payment_terms"),
        (LocalChange(currency_code="EURO"), "currency"),
        (LocalChange(default_tax="Nope"), "default_tax"),
        (LocalChange(tax_exemption_reason=" "), "tax_exempt"),
        (LocalChange(send_to_contact_id=999), "send_to"),
    ):
        with pytest.raises(ValidationError) as caught:
            services.customers.set_local_fields(customer, change)
        assert caught.value.field == field
    assert services.customers.get(customer).tax.tax_exemption_reason == "NGO"  # unchanged


def test_a_credit_note_is_numbered_in_its_own_series_and_checks_its_invoice(
    services: Services, documents: DocumentsController
) -> None:
    customer = add_customer(services.database)
    invoice = one(documents, doc(customer, {"name": "A", "rate": "1"}))
    assert one(documents, doc(customer, {"name": "C", "rate": "1"}, kind="credit_note")).number == (
        "CN-000001"
    )
    with pytest.raises(ValidationError, match="invoice: there is no invoice INV-000404"):
        one(
            documents,
            doc(customer, {"name": "C", "rate": "1"}, kind="credit_note", invoice="inv-000404"),
        )
    with pytest.raises(ValidationError, match="invoice: only a credit note"):
        one(documents, doc(customer, {"name": "A", "rate": "1"}, invoice=invoice.number))
    assert [d.kind for d in documents.list(kind=DocumentKind.CREDIT_NOTE)] == [
        DocumentKind.CREDIT_NOTE
    ]


def test_credit_notes_and_catalogue_on_postgresql(postgres_url: str) -> None:
    from desktop.controllers.bootstrap import open_services
    from desktop.secrets.store import MemorySecretStore

    services = open_services(postgres_url, MemorySecretStore())
    try:
        documents = DocumentsController(services.database, lambda: NOW)
        services.catalogue.add_tax("VAT", "20", make_default=True)
        services.catalogue.add_item("Consulting", "80", taxes=["VAT"])
        customer = add_customer(services.database)
        invoice = one(documents, doc(customer, {"item": "Consulting"}))
        credit = one(documents, doc(customer, {"name": "C", "rate": "100"}, kind="credit_note"))
        assert (invoice.total, credit.total) == (Decimal("96.00"), Decimal("120.00"))
        credit, invoice = documents.apply_credit(credit.number, invoice.number, "96")
        assert (invoice.status, credit.balance) == (S.PAID, Decimal("24.00"))
        assert documents.refund(credit.number, "24").status is S.CLOSED
        services.settings.update_organization(name="Desk", tax_id="FR1", currency_code="EUR")
        assert services.settings.organization().tax_id == "FR1"
    finally:
        services.close()
