"""Open a database, migrate it, and build the Services on it (used by app/ and by tests)."""

from __future__ import annotations

from desktop.controllers.catalogue import CatalogueController
from desktop.controllers.connection import ConnectionController
from desktop.controllers.customers import CustomersController
from desktop.controllers.documents import DocumentsController
from desktop.controllers.mail import MailController
from desktop.controllers.potentials import PotentialsController
from desktop.controllers.services import Services
from desktop.controllers.settings import SettingsController
from desktop.controllers.sync_runs import SyncController
from desktop.persistence.database import Database
from desktop.persistence.migrate import upgrade_to_head
from desktop.secrets.store import SecretStore
from desktop.sync.workflows import PotentialWorkflows


def open_services(database_url: str, secrets: SecretStore) -> Services:
    """Return ready Services on a database migrated to the newest schema."""
    database = Database(database_url)
    upgrade_to_head(database)
    connection = ConnectionController(database, secrets)
    potentials = PotentialsController(database)
    return Services(
        database=database,
        secrets=secrets,
        customers=CustomersController(database),
        connection=connection,
        # The workflow settings are read afresh for every run.
        sync=SyncController(
            database, connection, lambda: PotentialWorkflows(potentials.workflow_settings())
        ),
        potentials=potentials,
        documents=DocumentsController(database),
        settings=SettingsController(database, connection),
        catalogue=CatalogueController(database),
        mail=MailController(database, secrets),
    )
