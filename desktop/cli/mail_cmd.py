"""`invoice-desk mail`: show the mail settings (never the password), set them, send a test."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING, Any

from desktop.cli.output import print_json
from desktop.domain.errors import ValidationError
from desktop.domain.mail import DEFAULT_PORTS, MailConfig, MailServer, Security, parse_schedule

if TYPE_CHECKING:
    from desktop.controllers.services import Services


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add `mail`, `mail set` and `mail test`."""
    parser = commands.add_parser("mail", help="email settings (the password stays in the keyring)")
    parser.add_argument("--json", action="store_true", help="print JSON")
    parser.set_defaults(handler=run_show)
    actions = parser.add_subparsers(dest="mail_action", metavar="ACTION")

    changed = actions.add_parser("set", help="change the mail server and sender")
    changed.add_argument("--host", help="SMTP server, e.g. smtp.example.com")
    changed.add_argument("--port", type=int, help="587 for starttls, 465 for ssl")
    changed.add_argument("--security", choices=[s.value for s in Security])
    changed.add_argument("--from", dest="from_address", metavar="ADDR", help="sender address")
    changed.add_argument("--user", help="login name (empty: no login)")
    changed.add_argument(
        "--password-stdin", action="store_true", help="read the password from standard input"
    )
    changed.add_argument("--reply-to", metavar="ADDR", help="where replies go (empty: none)")
    for name in ("send-subject", "send-message", "reminder-subject", "reminder-message"):
        changed.add_argument(f"--{name}", metavar="TEMPLATE", help="placeholders: {number} …")
    changed.add_argument(
        "--reminder-days", metavar="DAYS", help='e.g. "7,21" days after due; "" turns them off'
    )
    changed.set_defaults(handler=run_set)

    test = actions.add_parser("test", help="send a test message now (to yourself by default)")
    test.add_argument("--to", metavar="ADDR")
    test.set_defaults(handler=run_test)


def config_json(config: MailConfig) -> dict[str, Any]:
    """Return the settings as JSON; the password only as password_set."""
    server, templates = config.server, config.templates
    return {
        "host": server.host,
        "port": server.port,
        "security": server.security.value,
        "user": server.user,
        "from": server.from_address,
        "reply_to": server.reply_to,
        "password_set": config.password_set,
        "send_subject": templates.send_subject,
        "send_message": templates.send_message,
        "reminder_subject": templates.reminder_subject,
        "reminder_message": templates.reminder_message,
        "reminder_days": list(config.reminder_days),
    }


def run_show(args: argparse.Namespace, services: Services) -> int:
    """Print the settings."""
    config = services.mail.config()
    if args.json:
        print_json(config_json(config))
        return 0
    if not config.configured:
        print(
            "Email is not set up. Use: invoice-desk mail set --host … --port … --security … --from …"
        )
    for key, value in config_json(config).items():
        print(f"{key:<17} {value}")
    return 0


def run_set(args: argparse.Namespace, services: Services) -> int:
    """Store the settings (what is not given stays as it was) and print them."""
    current = services.mail.config()
    old = current.server
    security = Security(args.security) if args.security else old.security
    port = args.port if args.port is not None else old.port
    if args.port is None and args.security and not old.host:
        port = DEFAULT_PORTS[security]
    server = MailServer(
        host=args.host if args.host is not None else old.host,
        port=port,
        security=security,
        from_address=args.from_address if args.from_address is not None else old.from_address,
        user=args.user if args.user is not None else old.user,
        reply_to=args.reply_to if args.reply_to is not None else old.reply_to,
    )
    if not server.host:
        raise ValidationError("--host", "give the mail server, like smtp.example.com")
    if not server.from_address:
        raise ValidationError("--from", "give the sender address, like billing@example.com")
    password = _read_password() if args.password_stdin else None
    templates = current.templates
    for name in ("send_subject", "send_message", "reminder_subject", "reminder_message"):
        value = getattr(args, name)
        if value is not None:
            templates = type(templates)(**{**_fields(templates), name: value})
    days = parse_schedule(args.reminder_days) if args.reminder_days is not None else None
    config = services.mail.save(server, password, templates, days)
    print_json(config_json(config))
    return 0


def run_test(args: argparse.Namespace, services: Services) -> int:
    """Send a test message and say to whom."""
    print(f"test message sent to {services.mail.send_test(args.to)}")
    return 0


def _read_password() -> str:
    text = sys.stdin.readline()
    password = text.rstrip("\r\n")
    if not password:
        raise ValidationError("--password-stdin", "standard input gave no password")
    return password


def _fields(templates: object) -> dict[str, str]:
    names = ("send_subject", "send_message", "reminder_subject", "reminder_message")
    return {name: getattr(templates, name) for name in names}
