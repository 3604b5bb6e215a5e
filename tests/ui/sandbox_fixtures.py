"""Filling the import dialog with what the in-process sandbox CRM hands out."""

from __future__ import annotations

from desktop.controllers.connection import ConnectRequest
from desktop.controllers.services import Services
from desktop.crm.sandbox import SandboxCrm
from desktop.ui.import_dialog import ImportDialog


def fill_import_dialog(
    dialog: ImportDialog, sandbox: SandboxCrm, email: str = "owner@shop.example"
) -> None:
    """Type what a new user types: email, grant code, the API client, and the sandbox URLs."""
    dialog.email.setText(email)
    dialog.key.setText(sandbox.new_grant_code())
    dialog.client_id.setText(sandbox.client_id)
    dialog.client_secret.setText(sandbox.client_secret)
    dialog.advanced_toggle.setChecked(True)
    dialog.accounts_url.setText(sandbox.accounts_url)
    dialog.api_url.setText(sandbox.api_url)


def connect_to(services: Services, sandbox: SandboxCrm, auto_update: bool = True) -> None:
    """Link the installation to the sandbox through the connection controller (no dialog)."""
    services.connection.connect(
        ConnectRequest(
            email="owner@shop.example",
            key=sandbox.new_grant_code(),
            client_id=sandbox.client_id,
            client_secret=sandbox.client_secret,
            accounts_url=sandbox.accounts_url,
            api_url=sandbox.api_url,
            auto_update=auto_update,
        )
    )
