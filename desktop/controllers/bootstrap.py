"""Open a database, migrate it, and build the Services on it (used by app/ and by tests)."""

from __future__ import annotations

from desktop.controllers.catalogue import CatalogueController
from desktop.controllers.connection import ConnectionController
from desktop.controllers.customers import CustomersController
from desktop.controllers.database_admin import open_database
from desktop.controllers.documents import DocumentsController
from desktop.controllers.links import LinkController
from desktop.controllers.mail import MailController
from desktop.controllers.potentials import PotentialsController
from desktop.controllers.reflect import ReflectController
from desktop.controllers.reports import ReportsController
from desktop.controllers.services import Services
from desktop.controllers.settings import SettingsController
from desktop.controllers.sync_runs import SyncController
from desktop.persistence.migrate import upgrade_to_head
from desktop.persistence.notify import send_notifications
from desktop.secrets.store import SecretStore
from desktop.sync.workflows import PotentialWorkflows


def open_services(database_url: str, secrets: SecretStore) -> Services:
    """Return ready Services on a database migrated to the newest schema."""
    database = open_database(database_url, secrets)  # a server password may be in the keyring
    upgrade_to_head(database)
    send_notifications(database)  # other instances' open lists hear of every write
    connection = ConnectionController(database, secrets)
    potentials = PotentialsController(database)
    documents = DocumentsController(database)
    reflect = ReflectController(database, documents)
    sync = SyncController(
        database,
        connection,
        lambda: PotentialWorkflows(potentials.workflow_settings()),
        reflect=reflect,
    )
    return Services(
        database=database,
        secrets=secrets,
        customers=CustomersController(database),
        connection=connection,
        sync=sync,  # the workflow settings are read afresh for every run
        potentials=potentials,
        documents=documents,
        reflect=reflect,
        links=LinkController(database, sync.run),
        settings=SettingsController(database, connection),
        catalogue=CatalogueController(database),
        reports=ReportsController(database),
        mail=MailController(database, secrets),
    )
