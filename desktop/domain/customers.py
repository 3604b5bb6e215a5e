"""Customer and contact-person values as the front ends see them (frozen, Qt-free)."""

from __future__ import annotations

from dataclasses import dataclass, field
from enum import StrEnum


class CustomerStatus(StrEnum):
    """Whether a customer appears in everyday lists."""

    ACTIVE = "active"
    INACTIVE = "inactive"


@dataclass(frozen=True, slots=True)
class Address:
    """A postal address; every part may be absent."""

    street: str | None = None
    city: str | None = None
    state: str | None = None
    zip: str | None = None
    country: str | None = None

    def lines(self) -> list[str]:
        """Return the printable lines of the address, skipping empty parts."""
        city_line = " ".join(p for p in (self.city, self.state, self.zip) if p)
        return [line for line in (self.street, city_line, self.country) if line]


@dataclass(frozen=True, slots=True)
class CrmRef:
    """Where a local record came from in the CRM."""

    module: str
    crm_id: str


@dataclass(frozen=True, slots=True)
class ContactPerson:
    """A person under a customer."""

    id: int
    salutation: str | None
    first_name: str | None
    last_name: str | None
    email: str | None
    phone: str | None
    mobile: str | None
    is_primary: bool
    crm_id: str | None

    @property
    def display_name(self) -> str:
        """Return "Salutation First Last" without empty parts."""
        return " ".join(p for p in (self.salutation, self.first_name, self.last_name) if p)


@dataclass(frozen=True, slots=True)
class CustomerTaxFields:
    """A customer's local invoicing fields: tax id, default tax or exemption, who gets documents,
    the language of its documents."""

    tax_id: str | None = None
    default_tax: str | None = None
    tax_exemption_reason: str | None = None
    send_to_contact_id: int | None = None
    # The language of the customer's documents and emails ("de"); None: the organization's.
    language: str | None = None


@dataclass(frozen=True, slots=True)
class Customer:
    """A customer with its contact persons."""

    id: int
    name: str
    phone: str | None
    fax: str | None
    billing_address: Address
    shipping_address: Address
    status: CustomerStatus
    currency_code: str | None
    payment_terms_days: int | None
    notes: str | None
    crm: CrmRef | None
    has_transactions: bool
    contact_persons: tuple[ContactPerson, ...] = field(default_factory=tuple)
    tax: CustomerTaxFields = field(default_factory=lambda: CustomerTaxFields())

    @property
    def send_to(self) -> ContactPerson | None:
        """Return the contact person documents go to: the chosen one, else the primary one."""
        chosen = self.tax.send_to_contact_id
        found = next((p for p in self.contact_persons if p.id == chosen), None)
        return found or self.primary_contact

    @property
    def primary_contact(self) -> ContactPerson | None:
        """Return the primary contact person, else the first one, else None."""
        for person in self.contact_persons:
            if person.is_primary:
                return person
        return self.contact_persons[0] if self.contact_persons else None


@dataclass(frozen=True, slots=True)
class CustomerRow:
    """One line of the customers table: enough to draw it, nothing more."""

    id: int
    name: str
    primary_contact: str | None
    email: str | None
    phone: str | None
    status: CustomerStatus
    crm_managed: bool
