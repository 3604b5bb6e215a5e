"""The controllers a front end receives, built once by the composition root."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.controllers.catalogue import CatalogueController
from desktop.controllers.connection import ConnectionController
from desktop.controllers.customers import CustomersController
from desktop.controllers.documents import DocumentsController
from desktop.controllers.mail import MailController
from desktop.controllers.potentials import PotentialsController
from desktop.controllers.settings import SettingsController
from desktop.controllers.sync_runs import SyncController
from desktop.persistence.database import Database
from desktop.secrets.store import SecretStore


@dataclass
class Services:
    """Every use case the front ends may call, plus what they need to shut down cleanly."""

    database: Database
    secrets: SecretStore
    customers: CustomersController
    connection: ConnectionController
    sync: SyncController
    potentials: PotentialsController
    documents: DocumentsController
    settings: SettingsController
    catalogue: CatalogueController
    mail: MailController

    def close(self) -> None:
        """Release the database connections."""
        self.database.dispose()
