"""`invoice-desk sandbox`: a Zoho-like CRM on this computer, to try the import without Zoho."""

from __future__ import annotations

import argparse
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from desktop.controllers.sandbox import SandboxDetails


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the sandbox command."""
    parser = commands.add_parser(
        "sandbox", help="run a sandbox Zoho CRM on this computer (until Ctrl+C)"
    )
    parser.add_argument("--port", type=int, default=8765, help="port on 127.0.0.1 (0: any free)")
    parser.add_argument("--accounts", type=_count, default=25, help="accounts to generate")
    parser.add_argument("--contacts", type=_count, default=60, help="contacts to generate")
    parser.add_argument("--deals", type=_count, default=15, help="deals to generate")
    parser.add_argument("--seed", type=int, default=1, help="the same seed gives the same data")
    parser.add_argument(
        "--latency-ms", type=_count, default=0,
        help="milliseconds every CRM API request waits, as over the internet (default 0)",
    )  # fmt: skip
    parser.set_defaults(handler=run, needs_services=False)


def run(args: argparse.Namespace, services: object) -> int:
    """Serve the sandbox until interrupted."""
    from desktop.controllers.sandbox import serve_sandbox  # the CRM server is loaded only here

    try:
        serve_sandbox(
            args.port, args.accounts, args.contacts, args.deals, args.seed, _print_details,
            latency_ms=args.latency_ms,
        )  # fmt: skip
    except KeyboardInterrupt:
        print("sandbox stopped", flush=True)
    return 0


def _print_details(details: SandboxDetails) -> None:
    print(
        f"Sandbox Zoho CRM running ({details.accounts} accounts, {details.contacts} contacts, "
        f"{details.deals} deals).\n"
        f"  Accounts URL:   {details.accounts_url}\n"
        f"  API URL:        {details.api_url}\n"
        f"  Client ID:      {details.client_id}\n"
        f"  Client secret:  {details.client_secret}\n"
        f"  Grant code:     {details.grant_code}   (works once, for 10 minutes)\n"
        f"  User email:     {details.user_email}\n"
        f"  Control API:    {details.control_url}/<action>  (POST JSON)\n"
        "Press Ctrl+C to stop.",
        flush=True,
    )


def _count(text: str) -> int:
    value = int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("must be 0 or more")
    return value
