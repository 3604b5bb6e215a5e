"""`invoice-desk connect` and `disconnect`: link to one Zoho CRM organization, or unlink."""

from __future__ import annotations

import argparse

from desktop.controllers.connection import DATA_CENTRES, ConnectRequest
from desktop.controllers.services import Services


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the connect and disconnect commands."""
    connect = commands.add_parser("connect", help="link to a Zoho CRM organization with a key")
    connect.add_argument("--email", required=True, help="the CRM user's email")
    connect.add_argument("--key", required=True, help="Self Client grant code or refresh token")
    connect.add_argument("--client-id", required=True)
    connect.add_argument("--client-secret", required=True)
    connect.add_argument("--data-centre", choices=DATA_CENTRES, default="us")
    connect.add_argument("--accounts-url", help="OAuth server (overrides the data centre)")
    connect.add_argument("--api-url", help="CRM API server (overrides the data centre)")
    auto = connect.add_mutually_exclusive_group()
    auto.add_argument(
        "--auto-update",
        dest="auto_update",
        action="store_true",
        default=True,
        help="sync every 12 hours (default)",
    )
    auto.add_argument("--no-auto-update", dest="auto_update", action="store_false")
    connect.set_defaults(handler=run_connect)
    disconnect = commands.add_parser("disconnect", help="unlink the CRM (customers stay)")
    disconnect.set_defaults(handler=run_disconnect)


def run_connect(args: argparse.Namespace, services: Services) -> int:
    """Connect and say to which organization."""
    info = services.connection.connect(
        ConnectRequest(
            email=args.email,
            key=args.key,
            client_id=args.client_id,
            client_secret=args.client_secret,
            data_centre=args.data_centre,
            accounts_url=args.accounts_url,
            api_url=args.api_url,
            auto_update=args.auto_update,
        )
    )
    auto = "on" if info.auto_update else "off"
    print(
        f"Connected to “{info.org_name}” ({info.org_id}) as {info.user_email}; auto-update {auto}."
    )
    return 0


def run_disconnect(_args: argparse.Namespace, services: Services) -> int:
    """Disconnect."""
    services.connection.disconnect()
    print("Disconnected from Zoho CRM; imported customers stay.")
    return 0
