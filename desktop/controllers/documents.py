"""Document use cases for both front ends: list, show, create, import, edit, status, convert, pay,
credit notes (apply, refund), payments (list, delete), PDF."""

from __future__ import annotations

import builtins
from collections.abc import Callable
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from desktop.domain.catalogue import Catalogue
from desktop.domain.document_input import parse_document
from desktop.domain.documents import (
    Document,
    DocumentDraft,
    DocumentEvent,
    DocumentSummary,
    NumberSeries,
    OrganizationProfile,
    Payment,
    PaymentDraft,
)
from desktop.domain.errors import StorageError, ValidationError
from desktop.domain.lifecycle import DocumentKind, DocumentStatus, parse_status
from desktop.domain.money import parse_decimal
from desktop.persistence import credits_repository, settings_store
from desktop.persistence import documents_repository as repository
from desktop.persistence.catalogue import read_catalogue
from desktop.persistence.database import Database
from desktop.persistence.queries import documents as queries


def local_now() -> datetime:
    """Return the aware local time (documents are dated in the user's own day)."""
    return datetime.now().astimezone()


class DocumentsController:
    """Invoices and estimates for the GUI and the command line; every write is one transaction."""

    def __init__(self, database: Database, clock: Callable[[], datetime] = local_now) -> None:
        self._database = database
        self._clock = clock

    def list(
        self,
        customer_id: int | None = None,
        kind: DocumentKind | None = None,
        potential_crm_id: str | None = None,
        status: DocumentStatus | None = None,
        text: str | None = None,
    ) -> builtins.list[DocumentSummary]:
        """Return light rows, newest first, filtered by every given criterion."""
        with self._database.read_session() as session:
            return queries.list_documents(
                session,
                self._clock().date(),
                customer_id=customer_id,
                kind=kind,
                potential_crm_id=potential_crm_id,
                status=status,
                text=text,
            )

    def get(self, number: str | int) -> Document:
        """Return one document by number or id; raise NotFoundError."""
        with self._database.read_session() as session:
            return queries.get_document(session, number, self._clock().date())

    def create(self, draft: DocumentDraft) -> Document:
        """Store a new draft document and return it (with its number)."""
        with self._database.session() as session:
            return repository.create_document(session, draft, self._clock())

    def import_json(self, value: object) -> builtins.list[Document]:
        """Create the documents of one import object or a list of them, all or none.

        Raises ValidationError naming the field (prefixed `[i].` in a list) of the first problem.
        """
        now = self._clock()
        items = value if isinstance(value, builtins.list) else [value]
        prefix = "[{}]." if isinstance(value, builtins.list) else ""
        created = []
        with self._database.session() as session:
            catalogue = read_catalogue(session)
            drafts = [
                parse_document(v, now.date(), prefix.format(i), catalogue)
                for i, v in enumerate(items)
            ]
            for index, draft in enumerate(drafts):
                try:
                    created.append(repository.create_document(session, draft, now))
                except ValidationError as exc:
                    raise ValidationError(prefix.format(index) + exc.field, exc.problem) from exc
        return created

    def update(
        self, number: str | int, draft: DocumentDraft, expected_version: int | None = None
    ) -> Document:
        """Replace a document's content; raise ConflictError when its status forbids editing.

        With `expected_version` (the version the editor opened), a save over someone else's
        later change is refused with a sentence naming who made it and when.
        """
        with self._database.session() as session:
            return repository.update_document(
                session, number, draft, self._clock(), expected_version
            )

    def set_status(self, number: str | int, status: DocumentStatus | str) -> Document:
        """Change a status by hand (ends workflow management); ConflictError says why not."""
        with self._database.session() as session:
            record = queries.find_record(session, number)
            if isinstance(status, str):
                status = parse_status(DocumentKind(record.kind), status)
            return repository.change_status(session, record.id, status, self._clock())

    def convert(self, number: str | int) -> Document:
        """Convert an estimate into a new invoice; return the invoice."""
        with self._database.session() as session:
            return repository.convert_to_invoice(session, number, self._clock())

    def pay(
        self,
        number: str | int,
        amount: Decimal | str,
        day: date | None = None,
        mode: str | None = None,
        reference: str | None = None,
    ) -> Document:
        """Record a payment on an invoice; return the invoice with its new balance."""
        now = self._clock()
        payment = _money(amount, day or now.date(), mode, reference)
        with self._database.session() as session:
            return repository.record_payment(session, number, payment, now)

    def payments(
        self, number: str | int | None = None, customer_id: int | None = None
    ) -> builtins.list[Payment]:
        """Return the payments of one invoice and/or of one customer."""
        with self._database.read_session() as session:
            document_id = queries.find_record(session, number).id if number is not None else None
            return queries.list_payments(session, document_id=document_id, customer_id=customer_id)

    def delete_payment(self, payment_id: int) -> Document:
        """Undo a payment; return its invoice with the balance and status recomputed."""
        with self._database.session() as session:
            return credits_repository.delete_payment(session, payment_id, self._clock())

    def apply_credit(
        self, credit_number: str, invoice_number: str, amount: Decimal | str
    ) -> tuple[Document, Document]:
        """Apply part of a credit note to an invoice; return (credit note, invoice) as they are now."""
        value = parse_decimal(amount, "amount")
        with self._database.session() as session:
            return credits_repository.apply_credit(
                session, credit_number, invoice_number, value, self._clock()
            )

    def refund(
        self,
        credit_number: str,
        amount: Decimal | str,
        day: date | None = None,
        mode: str | None = None,
        reference: str | None = None,
    ) -> Document:
        """Record money paid back from a credit note; return the credit note."""
        now = self._clock()
        refund = _money(amount, day or now.date(), mode, reference)
        with self._database.session() as session:
            return credits_repository.refund_credit(session, credit_number, refund, now)

    def credit_targets(self, credit_number: str | int) -> builtins.list[DocumentSummary]:
        """Return the invoices a credit note can still be applied to: same customer and currency,
        not void, something left to pay."""
        credit = self.get(credit_number)
        return [
            row
            for row in self.list(customer_id=credit.customer_id, kind=DocumentKind.INVOICE)
            if row.currency_code == credit.currency_code
            and row.balance > 0
            and row.status is not DocumentStatus.VOID
        ]

    def catalogue(self) -> Catalogue:
        """Return the tax rates and items lines are written from."""
        with self._database.read_session() as session:
            return read_catalogue(session)

    def history(self, number: str | int) -> builtins.list[DocumentEvent]:
        """Return the document's events, oldest first."""
        with self._database.read_session() as session:
            return queries.history(session, queries.find_record(session, number).id)

    def render_pdf(self, number: str | int) -> bytes:
        """Return the PDF of a document."""
        from desktop.pdf.document_pdf import render_document  # reportlab loads for a PDF only

        return render_document(self.get(number), self.organization())

    def save_pdf(self, number: str | int, path: Path) -> None:
        """Write the PDF of a document to a file; StorageError when the file cannot be written."""
        content = self.render_pdf(number)
        try:
            path.write_bytes(content)
        except OSError as exc:
            raise StorageError(f"The PDF cannot be written to {path}: {exc.strerror}.") from exc

    def organization(self) -> OrganizationProfile:
        """Return the seller as printed on documents."""
        with self._database.read_session() as session:
            return settings_store.organization_profile(session)

    def number_series(self, kind: DocumentKind) -> NumberSeries:
        """Return how a kind's documents are numbered."""
        with self._database.read_session() as session:
            return repository.number_series(session, kind)

    def set_number_series(
        self, kind: DocumentKind, prefix: str, padding: int, next_number: int | None = None
    ) -> None:
        """Change the prefix and padding of a kind's numbers (numbers already given stay)."""
        with self._database.session() as session:
            repository.set_number_series(session, kind, prefix, padding, next_number)


def _money(
    amount: Decimal | str, day: date, mode: str | None, reference: str | None
) -> PaymentDraft:
    """Return money paid or paid back as entered; ValidationError names `amount`."""
    return PaymentDraft(parse_decimal(amount, "amount"), day, mode, reference)
