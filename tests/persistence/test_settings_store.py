"""The one home of settings: one reader of the organization row, and whole changes saved at once."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from sqlalchemy import func, select

import desktop
from desktop.controllers.services import Services
from desktop.controllers.settings import SettingsChange
from desktop.domain.documents import DocumentKind
from desktop.domain.errors import ValidationError
from desktop.domain.organization import OrganizationProfile
from desktop.domain.workflows import WorkflowSettings
from desktop.persistence.records import OrganizationRecord

PACKAGE = Path(desktop.__file__).parent


def test_only_the_settings_store_touches_the_organization_row() -> None:
    users = {
        path.relative_to(PACKAGE).as_posix()
        for path in PACKAGE.rglob("*.py")
        if re.search(r"\bOrganizationRecord\b", path.read_text(encoding="utf-8"))
    }
    assert users == {
        "persistence/settings_store.py",
        "persistence/records/__init__.py",
        "persistence/records/settings.py",
    }


def test_reading_settings_writes_nothing(services: Services) -> None:
    snapshot = services.settings.read()
    assert snapshot.organization == OrganizationProfile()
    assert [s.kind for s in snapshot.series] == list(DocumentKind)
    with services.database.read_session() as session:
        assert session.scalar(select(func.count()).select_from(OrganizationRecord)) == 0


def test_a_whole_change_is_saved_or_nothing(services: Services) -> None:
    services.catalogue.add_tax("VAT", "20")
    good = SettingsChange(
        organization=OrganizationProfile(name="Desk", currency_code="EUR", tax_id="FR1"),
        series=((DocumentKind.CREDIT_NOTE, "CR-", 4),),
        workflows=WorkflowSettings(True, False, ("Won",), ("Lost",)),
        default_tax="VAT",
    )
    saved = services.settings.save(good)
    assert (saved.organization.name, saved.organization.tax_id) == ("Desk", "FR1")
    assert saved.workflows.estimates
    assert saved.taxes[0].is_default
    assert services.potentials.workflow_settings().won_stages == ("Won",)

    bad_series = SettingsChange(
        organization=OrganizationProfile(name="Changed"),
        series=((DocumentKind.INVOICE, "HAS SPACE", 4),),
    )
    with pytest.raises(ValidationError, match="prefix"):
        services.settings.save(bad_series)
    bad_workflow = SettingsChange(
        organization=OrganizationProfile(name="Changed"),
        workflows=WorkflowSettings(False, False, ("Same",), ("same",)),
    )
    with pytest.raises(ValidationError, match="both won and lost"):
        services.settings.save(bad_workflow)
    assert services.settings.organization().name == "Desk"


def test_the_cli_changes_only_the_fields_it_names(services: Services) -> None:
    services.settings.update_organization(name="Desk", email="a@b.c", city="Paris")
    changed = services.settings.update_organization(email="", phone="+33")
    assert (changed.name, changed.email, changed.phone, changed.address.city) == (
        "Desk",
        None,
        "+33",
        "Paris",
    )
    with pytest.raises(ValidationError, match=r"^email: "):
        services.settings.update_organization(name="Lost", email="x")
    assert services.settings.organization().name == "Desk"
