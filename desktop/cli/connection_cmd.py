"""`invoice-desk connect` and `disconnect`: link to one Zoho CRM organization, or unlink."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from collections.abc import Callable, Mapping
from typing import TYPE_CHECKING, TextIO

from desktop.controllers.connect_request import DATA_CENTRES, ConnectRequest
from desktop.domain.errors import ValidationError

if TYPE_CHECKING:
    from desktop.controllers.services import Services

KEY_VARIABLE = "INVOICE_DESK_KEY"
SECRET_VARIABLE = "INVOICE_DESK_CLIENT_SECRET"  # noqa: S105 - a variable's name, not a secret
FROM_STDIN = "-"
SECRETS_HELP = (
    "The key and the client secret are best not typed as arguments (any user of this computer "
    f"can read a command line): give '{FROM_STDIN}' to read each from standard input (one line "
    f"each, the key first), or set {KEY_VARIABLE} / {SECRET_VARIABLE}; when neither is given "
    "and a terminal is attached, they are asked for without echo."
)


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the connect and disconnect commands."""
    connect = commands.add_parser(
        "connect", help="link to a Zoho CRM organization with a key", epilog=SECRETS_HELP
    )
    connect.add_argument("--email", required=True, help="the CRM user's email")
    connect.add_argument(
        "--key",
        help=f"Self Client grant code or refresh token; '{FROM_STDIN}' reads it from standard "
        f"input (default: ${KEY_VARIABLE}, else a prompt)",
    )
    connect.add_argument("--client-id", required=True)
    connect.add_argument(
        "--client-secret",
        help=f"the API client's secret; '{FROM_STDIN}' reads it from standard input "
        f"(default: ${SECRET_VARIABLE}, else a prompt)",
    )
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
    key = read_secret(args.key, "--key", KEY_VARIABLE, "Key")
    client_secret = read_secret(
        args.client_secret, "--client-secret", SECRET_VARIABLE, "Client secret"
    )
    info = services.connection.connect(
        ConnectRequest(
            email=args.email,
            key=key,
            client_id=args.client_id,
            client_secret=client_secret,
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


def read_secret(
    given: str | None,
    flag: str,
    variable: str,
    label: str,
    stdin: TextIO | None = None,
    environ: Mapping[str, str] = os.environ,
    prompt: Callable[[str], str] = getpass.getpass,
) -> str:
    """Return a secret from its option ('-' reads one line of standard input), else from the
    environment variable, else from a prompt without echo; raise ValidationError naming it."""
    stream = stdin if stdin is not None else sys.stdin
    if given == FROM_STDIN:
        line = stream.readline().rstrip("\r\n") if stream is not None else ""
        if not line.strip():
            raise ValidationError(label, "standard input held no line for it")
        return line
    if given:
        return given
    if environ.get(variable, "").strip():
        return environ[variable]
    if stream is not None and stream.isatty():
        return prompt(f"{label}: ")
    raise ValidationError(
        label, f"is required: give {flag} {FROM_STDIN} (standard input) or set {variable}"
    )


def run_disconnect(_args: argparse.Namespace, services: Services) -> int:
    """Disconnect."""
    services.connection.disconnect()
    print("Disconnected from Zoho CRM; imported customers stay.")
    return 0
