"""Filling the import dialog with what the in-process sandbox CRM hands out."""

from __future__ import annotations

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
