"""How the command line writes amounts and dates for people (JSON and CSV stay locale-free)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from desktop.domain.locale_format import LocaleText, document_text

if TYPE_CHECKING:
    from desktop.controllers.services import Services


def human_text(services: Services) -> LocaleText:
    """Return the organization's conventions (`organization set --locale`), English when none:
    the same rule as a document whose customer names no language."""
    return document_text(None, services.settings.organization().locale)
