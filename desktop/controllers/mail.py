"""Email use cases: mail settings, sending a document or a reminder, scheduled reminders, the outbox."""

from __future__ import annotations

import builtins
import datetime as dt
from collections.abc import Callable, Sequence

from desktop.controllers.documents import DocumentsController
from desktop.controllers.outbox_sender import PASSWORD_KEY, OutboxReport, OutboxSender
from desktop.domain.customers import Customer
from desktop.domain.documents import Document
from desktop.domain.errors import UserFacingError, ValidationError
from desktop.domain.locale_format import LocaleText, document_text
from desktop.domain.mail import (
    MailConfig,
    MailDraft,
    MailRequest,
    MailServer,
    MailTemplates,
    OutboxEntry,
    Purpose,
    Recipients,
    bare_address,
    check_addresses,
    check_header_text,
    check_server,
    named_address,
    parse_security,
    reminder_step_due,
    render_template,
)
from desktop.domain.organization import OrganizationProfile
from desktop.domain.settings import (
    MAIL_FROM,
    MAIL_HOST,
    MAIL_PORT,
    MAIL_REMINDER_DAYS,
    MAIL_REMINDER_MESSAGE,
    MAIL_REMINDER_SUBJECT,
    MAIL_REPLY_TO,
    MAIL_SECURITY,
    MAIL_SEND_MESSAGE,
    MAIL_SEND_SUBJECT,
    MAIL_USER,
)
from desktop.mail.compose import compose
from desktop.mail.smtp import deliver
from desktop.persistence import outbox
from desktop.persistence.database import Database
from desktop.persistence.queries import documents as queries
from desktop.persistence.queries.customers import get_customer
from desktop.persistence.settings_store import get_setting, set_setting
from desktop.secrets.store import SecretStore

NOT_SET_UP = (
    "Email is not set up yet: enter your mail server in Settings → Email "
    "(or `invoice-desk mail set --host … --port … --security … --from …`)."
)


def local_now() -> dt.datetime:
    """Return the aware local time."""
    return dt.datetime.now().astimezone()


class MailController:
    """Mail settings, sending and the outbox, for the GUI and the command line."""

    def __init__(
        self,
        database: Database,
        secrets: SecretStore,
        clock: Callable[[], dt.datetime] = local_now,
    ) -> None:
        self._database = database
        self._secrets = secrets
        self._clock = clock
        self.sender = OutboxSender(database, secrets, self._configured_server, clock)
        # The seller's name and logo for templates and the PDF, through the documents' own API.
        self._documents = DocumentsController(database, clock)

    # --- settings -------------------------------------------------------------------------------
    def config(self) -> MailConfig:
        """Return the mail settings; the password only as "stored or not"."""
        with self._database.read_session() as session:
            server = MailServer(
                host=get_setting(session, MAIL_HOST),
                port=get_setting(session, MAIL_PORT),
                security=parse_security(get_setting(session, MAIL_SECURITY)),
                from_address=get_setting(session, MAIL_FROM),
                user=get_setting(session, MAIL_USER),
                reply_to=get_setting(session, MAIL_REPLY_TO),
            )
            templates = MailTemplates(
                get_setting(session, MAIL_SEND_SUBJECT),
                get_setting(session, MAIL_SEND_MESSAGE),
                get_setting(session, MAIL_REMINDER_SUBJECT),
                get_setting(session, MAIL_REMINDER_MESSAGE),
            )
            days = tuple(d for d in get_setting(session, MAIL_REMINDER_DAYS) if isinstance(d, int))
        return MailConfig(server, self._has_password(), templates, days)

    def save(
        self,
        server: MailServer,
        password: str | None = None,
        templates: MailTemplates | None = None,
        reminder_days: Sequence[int] | None = None,
    ) -> MailConfig:
        """Store the settings (None leaves a part as is; password "" forgets it); return them.

        Raises ValidationError naming the first bad field; nothing is stored then.
        """
        checked = check_server(server)
        if templates is not None:
            templates.checked()
        if password is not None and ("\n" in password or "\r" in password):
            raise ValidationError("password", "must be one line")
        with self._database.session() as session:
            set_setting(session, MAIL_HOST, checked.host)
            set_setting(session, MAIL_PORT, checked.port)
            set_setting(session, MAIL_SECURITY, checked.security.value)
            set_setting(session, MAIL_FROM, checked.from_address)
            set_setting(session, MAIL_USER, checked.user)
            set_setting(session, MAIL_REPLY_TO, checked.reply_to)
            if templates is not None:
                set_setting(session, MAIL_SEND_SUBJECT, templates.send_subject)
                set_setting(session, MAIL_SEND_MESSAGE, templates.send_message)
                set_setting(session, MAIL_REMINDER_SUBJECT, templates.reminder_subject)
                set_setting(session, MAIL_REMINDER_MESSAGE, templates.reminder_message)
            if reminder_days is not None:
                set_setting(session, MAIL_REMINDER_DAYS, sorted(set(reminder_days)))
        if password == "":
            self._secrets.delete(PASSWORD_KEY)
        elif password is not None:
            self._secrets.set(PASSWORD_KEY, password)
        return self.config()

    def send_test(self, to: str | None = None) -> str:
        """Send a short test message straight away (not through the outbox); return to whom.

        Raises a MailError saying why it failed (bad password, unreachable, certificate…).
        """
        config = self._require_config()
        server = config.server
        recipients = Recipients(check_addresses([to or server.from_address], "to"))
        _, content = compose(
            server.from_address,
            recipients,
            "Invoice Desk test message",
            "This message shows that Invoice Desk can send email through "
            f"{server.host}:{server.port} ({server.security.value}).",
            None,
            self._clock(),
            server.reply_to,
        )
        password = self._secrets.get(PASSWORD_KEY) if server.user else None
        deliver(server, password, bare_address(server.from_address), recipients.envelope(), content)
        return recipients.describe()

    # --- sending --------------------------------------------------------------------------------
    def draft(self, number: str | int, purpose: Purpose = Purpose.DOCUMENT) -> MailDraft:
        """Return what the send dialog starts from: recipients, texts, attachment name."""
        config = self.config()
        with self._database.read_session() as session:
            document = queries.get_document(session, number, self._clock().date())
            customer = get_customer(session, document.customer_id)
        profile = self._documents.organization()
        subject, message = _texts(config.templates, MailRequest(purpose=purpose), document, profile)
        return MailDraft(
            document_number=document.number,
            purpose=purpose,
            to=_default_to(customer),
            candidates=_candidates(customer),
            subject=subject,
            message=message,
            attachment_name=attachment_name(document.number),
        )

    def send_document(self, number: str | int, request: MailRequest) -> OutboxEntry:
        """Queue the document's email (a draft becomes sent, in the same transaction), then try
        to send it now; return the message's state (sent, or queued with the reason)."""
        message_id = self.queue_document(number, request)
        entry = self.sender.send_one(message_id)
        return entry if entry is not None else self.entry(message_id)

    def queue_document(
        self, number: str | int, request: MailRequest, reminder_step: int | None = None
    ) -> int:
        """Write the message to the outbox with the document's change; return its outbox id.

        Raises ValidationError naming the field (to, cc, bcc, subject) before anything is written.
        """
        from desktop.pdf.document_pdf import render_document  # reportlab loads for a PDF only

        config = self._require_config()
        recipients = Recipients(
            check_addresses(request.to, "to"),
            check_addresses(request.cc, "cc"),
            check_addresses(request.bcc, "bcc"),
        )
        if request.subject is not None:
            check_header_text(request.subject, "subject")
        now = self._clock()
        profile = self._documents.organization()
        with self._database.session() as session:
            record = queries.find_record(session, number, lock=True)
            if not recipients.to:
                customer = get_customer(session, record.customer_id)
                recipients = Recipients(_default_to(customer), recipients.cc, recipients.bcc)
            if not recipients.to:
                raise ValidationError(
                    "to", "the customer has no contact person with an email address; give --to"
                )
            document = outbox.prepare_document(session, record.id, request.purpose, recipients, now)
            subject, body = _texts(config.templates, request, document, profile)
            message_id, content = compose(
                config.server.from_address,
                recipients,
                subject,
                body,
                (attachment_name(document.number), render_document(document, profile)),
                now,
                config.server.reply_to,
            )
            sender = bare_address(config.server.from_address)
            new = outbox.NewMessage(
                document.id, document.number, request.purpose, reminder_step, message_id,
                sender, recipients, subject, content,
            )  # fmt: skip
            return outbox.add_message(session, new, now)

    def queue_due_reminders(self) -> builtins.list[int]:
        """Queue the scheduled reminders reached today (each step once per invoice); return ids."""
        config = self.config()
        if not config.reminder_days or not config.configured:
            return []
        today = self._clock().date()
        with self._database.read_session() as session:
            first = today - dt.timedelta(days=min(config.reminder_days))
            candidates = outbox.reminder_candidates(session, first)
            done = {doc: outbox.latest_reminder_step(session, doc) for doc, _ in candidates}
        queued = []
        for document_id, due_date in candidates:
            step = reminder_step_due(due_date, today, config.reminder_days)
            previous = done[document_id]
            if step is None or (previous is not None and previous >= step):
                continue
            try:
                queued.append(
                    self.queue_document(document_id, MailRequest(purpose=Purpose.REMINDER), step)
                )
            except UserFacingError:  # no address, or it changed meanwhile: the next run retries
                continue
        return queued

    # --- the outbox -----------------------------------------------------------------------------
    def send_pending(self) -> OutboxReport:
        """Queue due reminders, then try every queued message (start-up, after sync, Send now)."""
        if self.config().configured:
            self.queue_due_reminders()
        return self.sender.send_queued()

    def outbox(self) -> builtins.list[OutboxEntry]:
        """Return the outbox, newest first."""
        with self._database.read_session() as session:
            return outbox.list_entries(session)

    def entry(self, message_id: int) -> OutboxEntry:
        """Return one outbox message."""
        with self._database.read_session() as session:
            return outbox.get_entry(session, message_id)

    def retry(self, message_id: int) -> OutboxEntry:
        """Queue a failed message again (same Message-ID) and try it now."""
        with self._database.session() as session:
            outbox.requeue(session, message_id, self._clock())
        entry = self.sender.send_one(message_id)
        return entry if entry is not None else self.entry(message_id)

    # --- helpers --------------------------------------------------------------------------------
    def _configured_server(self) -> MailServer | None:
        config = self.config()
        return config.server if config.configured else None

    def _require_config(self) -> MailConfig:
        config = self.config()
        if not config.configured:
            raise UserFacingError(NOT_SET_UP)
        return config

    def _has_password(self) -> bool:
        try:
            return self._secrets.get(PASSWORD_KEY) is not None
        except UserFacingError:
            return False


def attachment_name(number: str) -> str:
    """Return the attached PDF's file name."""
    return f"{number}.pdf"


def _texts(
    templates: MailTemplates, request: MailRequest, document: Document, seller: OrganizationProfile
) -> tuple[str, str]:
    """Return (subject, message): the request's own, else the purpose's templates filled in, in
    the document's language. The default templates have translations; a template the user wrote
    is used as written (only its amounts and dates follow the customer's conventions)."""
    say = document_text(document.language, seller.locale)
    subject_template, message_template = templates.for_purpose(request.purpose)
    values = _placeholders(document, seller.name or "", say)
    subject = request.subject
    if subject is None:
        subject = render_template(say._(subject_template), values, "subject")
    message = request.message
    if message is None:
        message = render_template(say._(message_template), values, "message")
    return subject, message


def _placeholders(document: Document, company: str, say: LocaleText) -> dict[str, str]:
    currency = document.currency_code
    return {
        "number": document.number,
        "customer": document.customer_name,
        "total": say.money(document.total, currency),
        "balance": say.money(document.balance, currency),
        "due_date": say.date(document.due_date) if document.due_date else "",
        "company": company,
    }


def _default_to(customer: Customer | None) -> tuple[str, ...]:
    """Return the customer's chosen contact for documents, else the primary one, else anyone's."""
    # The "send documents to" choice (Customer.send_to) arrives with the customer tax fields;
    # until then the primary contact is the choice.
    person = getattr(customer, "send_to", None) or (customer.primary_contact if customer else None)
    if person is None or not person.email:
        emails = [p for p in customer.contact_persons if p.email] if customer else []
        person = emails[0] if emails else None
    if person is None or not person.email:
        return ()
    return check_addresses([named_address(person.display_name, person.email)], "to")


def _candidates(customer: Customer | None) -> tuple[str, ...]:
    if customer is None:
        return ()
    return tuple(
        named_address(p.display_name, p.email) for p in customer.contact_persons if p.email
    )
