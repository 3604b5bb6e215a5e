"""The typed settings registry: every setting's key, type, default and label in one list."""

from __future__ import annotations

import json
from dataclasses import dataclass
from typing import Generic, TypeVar

from desktop.domain.locale_format import N_

T = TypeVar("T")


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One setting: stored as JSON text under its key."""

    key: str
    default: T
    label: str

    def parse(self, text: str | None) -> T:
        """Return the stored value, or the default when absent or unreadable."""
        if text is None:
            return self.default
        try:
            value = json.loads(text)
        except ValueError:
            return self.default
        return value if isinstance(value, type(self.default)) else self.default  # type: ignore[no-any-return]

    def dump(self, value: T) -> str:
        """Return the text stored for a value."""
        if not isinstance(value, type(self.default)):
            raise TypeError(f"{self.key} takes a {type(self.default).__name__}")
        return json.dumps(value, ensure_ascii=False)


ESTIMATE_WORKFLOW = Setting(
    "workflow.estimates", False, "Create, accept and decline estimates from deals"
)
INVOICE_WORKFLOW = Setting("workflow.invoices", False, "Create and void invoices from deals")
WON_STAGES = Setting("workflow.won_stages", ["Closed Won"], "Deal stages that mean won")
LOST_STAGES = Setting(
    "workflow.lost_stages",
    ["Closed Lost", "Closed Lost to Competition"],
    "Deal stages that mean lost",
)
CRM_CONCURRENT_REQUESTS = Setting(
    "sync.concurrent_requests",
    5,
    "CRM requests at once during an import (Zoho allows 5 to 25, by edition)",
)
MIN_CONCURRENT_REQUESTS = 1
MAX_CONCURRENT_REQUESTS = 25
# What the import dialog (or `connect`) was last given, never the key or the client secret.
IMPORT_EMAIL = Setting("crm.import.email", "", "CRM email last typed for an import")
IMPORT_CLIENT_ID = Setting("crm.import.client_id", "", "API client id last typed for an import")
IMPORT_DATA_CENTRE = Setting("crm.import.data_centre", "us", "Zoho data centre last chosen")
IMPORT_ACCOUNTS_URL = Setting("crm.import.accounts_url", "", "Accounts URL last typed")
IMPORT_API_URL = Setting("crm.import.api_url", "", "API URL last typed")

# Email (issue 20). The SMTP password lives in the keyring only, never here.
MAIL_HOST = Setting("mail.host", "", "Outgoing mail server (SMTP)")
MAIL_PORT = Setting("mail.port", 587, "Port")
MAIL_SECURITY = Setting("mail.security", "starttls", "Security (starttls, ssl or none)")
MAIL_USER = Setting("mail.user", "", "User name")
MAIL_FROM = Setting("mail.from", "", "From address")
MAIL_REPLY_TO = Setting("mail.reply_to", "", "Reply-to address")
MAIL_SEND_SUBJECT = Setting(
    "mail.send_subject", N_("{number} from {company}"), "Subject of a document email"
)
MAIL_SEND_MESSAGE = Setting(
    "mail.send_message",
    N_(
        "Hello {customer},\n\nplease find {number} attached: {total}, due {due_date}.\n\n"
        "Kind regards,\n{company}"
    ),
    "Message of a document email",
)
MAIL_REMINDER_SUBJECT = Setting(
    "mail.reminder_subject", N_("Reminder: {number} is overdue"), "Subject of a reminder"
)
MAIL_REMINDER_MESSAGE = Setting(
    "mail.reminder_message",
    N_(
        "Hello {customer},\n\nour records show {balance} still open on {number}, due {due_date}. "
        "The invoice is attached again.\n\nKind regards,\n{company}"
    ),
    "Message of a reminder",
)
MAIL_REMINDER_DAYS: Setting[list[int]] = Setting(
    "mail.reminder_days", [], "Send reminders this many days after the due date (empty: off)"
)
CRM_REFLECT = Setting(
    "crm.reflect", True, "Show invoices and estimates as notes (with the PDF) in Zoho CRM"
)
DEFAULT_TAX = Setting("taxes.default", "", "Tax put on new lines of customers without their own")
# Issue 16: the window's language; "system" follows the operating system's.
UI_LANGUAGE = Setting("ui.language", "system", "Language of the window (system, en, de, fr, es)")
