"""`invoice-desk organization`: show or change the seller profile printed on every document."""

from __future__ import annotations

import argparse
import os
from typing import TYPE_CHECKING, Any

from desktop.cli.output import print_json
from desktop.domain.organization import OrganizationProfile

if TYPE_CHECKING:
    from desktop.controllers.services import Services

# option → profile field, in the order `organization set --help` lists them.
FIELDS = {
    "name": "name",
    "street": "street",
    "city": "city",
    "state": "state",
    "zip": "zip",
    "country": "country",
    "tax_id": "tax_id",
    "email": "email",
    "phone": "phone",
    "website": "website",
    "payment_details": "payment_details",
    "currency": "currency_code",
    "tax_rounding": "tax_rounding",
    "logo": "logo_path",
    "locale": "locale",  # documents' language and conventions, like de_DE (Babel checks it)
}


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the organization command; with no sub-command it shows the profile."""
    parser = commands.add_parser("organization", help="the seller profile printed on documents")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run_show)
    actions = parser.add_subparsers(dest="organization_action", metavar="ACTION")
    changed = actions.add_parser("set", help="change seller fields (an empty value clears one)")
    for option in FIELDS:
        changed.add_argument("--" + option.replace("_", "-"), dest=option, metavar="TEXT")
    changed.add_argument("--json", action="store_true", help="print JSON")
    changed.set_defaults(handler=run_set)


def organization_json(profile: OrganizationProfile) -> dict[str, Any]:
    """Return the contract's organization object."""
    address = profile.address
    return {
        "name": profile.name,
        "street": address.street,
        "city": address.city,
        "state": address.state,
        "zip": address.zip,
        "country": address.country,
        "tax_id": profile.tax_id,
        "email": profile.email,
        "phone": profile.phone,
        "website": profile.website,
        "payment_details": profile.payment_details,
        "currency": profile.currency_code,
        "currency_code": profile.currency_code,
        "tax_rounding": profile.tax_rounding.value,
        "logo": profile.logo_path,
        "locale": profile.locale,
    }


def run_show(args: argparse.Namespace, services: Services) -> int:
    """Print the seller profile."""
    _print(services.settings.organization(), args.json)
    return 0


def run_set(args: argparse.Namespace, services: Services) -> int:
    """Change the given fields, all or none, and print the profile as stored."""
    changes = {FIELDS[o]: getattr(args, o) for o in FIELDS if getattr(args, o) is not None}
    if changes.get("logo_path"):  # from the folder it was typed in, not the one a PDF is made in
        changes["logo_path"] = os.path.abspath(os.path.expanduser(changes["logo_path"]))
    _print(services.settings.update_organization(**changes), args.json)
    return 0


def _print(profile: OrganizationProfile, as_json: bool) -> None:
    shown = organization_json(profile)
    if as_json:
        print_json(shown)
        return
    del shown["currency_code"]
    for key, value in shown.items():
        text = "" if value is None else str(value).replace("\n", "\n" + " " * 17)
        print(f"{key + ':':<16} {text}")
