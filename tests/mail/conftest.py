"""Fixtures for the email tests: a loopback SMTP server and a customer with contact persons."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest

from desktop.controllers.services import Services
from desktop.domain.mail import MailServer, Security
from desktop.persistence.database import Database
from desktop.persistence.records import ContactPersonRecord, OrganizationRecord
from tests.document_helpers import add_customer, draft
from tests.mail.smtp_server import SmtpServer, running_smtp
from tests.ui.conftest import presenter, runner, ui_settings  # noqa: F401 - the GUI fixtures


@pytest.fixture
def smtp(tmp_path: Path) -> Iterator[SmtpServer]:
    """Return a plain SMTP server on loopback that records what it accepts."""
    with running_smtp(str(tmp_path)) as server:
        yield server


def add_contacts(database: Database, customer_id: int) -> None:
    """Give the customer a primary contact (Ana) and a second one (Bob)."""
    with database.session() as session:
        session.add_all(
            [
                ContactPersonRecord(
                    customer_id=customer_id,
                    first_name="Ana",
                    last_name="Ruiz",
                    email="ana@customer.test",
                    is_primary=True,
                ),
                ContactPersonRecord(
                    customer_id=customer_id,
                    first_name="Bob",
                    last_name="Øster",
                    email="bob@customer.test",
                    is_primary=False,
                ),
            ]
        )


def name_the_seller(database: Database, name: str) -> None:
    """Give the organization (the one row documents print) a name."""
    with database.session() as session:
        session.add(OrganizationRecord(id=1, name=name))


def seed_invoice(services: Services, due_date: date = date(2099, 1, 1)) -> str:
    """Create a customer with two contact persons and a draft invoice; return its number."""
    name_the_seller(services.database, "Shop & Co")
    customer_id = add_customer(services.database, "Acme Ltd")
    add_contacts(services.database, customer_id)
    return services.documents.create(draft(customer_id, due_date=due_date)).number


def use_server(services: Services, server: SmtpServer, **fields: object) -> None:
    """Point the mail settings at the test server (security none: it is loopback)."""
    settings = {
        "host": server.host,
        "port": server.port,
        "security": Security.NONE,
        "from_address": "Shop & Co <billing@shop.test>",
    } | fields
    services.mail.save(MailServer(**settings))  # type: ignore[arg-type]
