"""Push the outbox to the mail server: claim, stamp, hand over, record the reply — each committed.

The guarantee, per Message-ID: at most once, and never lost while it is safe to retry.
- The row (with its Message-ID and bytes) is committed with the change that caused it.
- A sender claims the row and commits before it connects; it commits `data_started_at` right
  before handing the message over, and the outcome right after the server's reply.
- A sender killed before the hand-over leaves a claim without `data_started_at`: the next run sees
  the dead claim and sends the message (the server dropped the unfinished transaction).
- A sender killed during the hand-over (or a lost reply) leaves `data_started_at`: the server may
  have the message, so it is failed with a sentence and only a person's Retry sends it again.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass

from desktop.domain.errors import UserFacingError
from desktop.domain.mail import MailServer, OutboxEntry, OutboxState
from desktop.mail.errors import MailError
from desktop.mail.smtp import deliver
from desktop.persistence import outbox
from desktop.persistence.database import Database
from desktop.persistence.sync.run_log import holder_is_dead, this_process
from desktop.secrets.store import SecretStore

log = logging.getLogger(__name__)

PASSWORD_KEY = "mail.password"  # noqa: S105 - the keyring entry's name, not a password
# A claim older than this is taken as dead even when its process cannot be checked (another
# computer sharing the database, or Windows): far beyond one SMTP conversation's timeouts.
CLAIM_LEASE = dt.timedelta(minutes=15)


@dataclass(frozen=True, slots=True)
class OutboxReport:
    """What one pass over the outbox did."""

    sent: tuple[OutboxEntry, ...] = ()
    failed: tuple[OutboxEntry, ...] = ()
    waiting: tuple[OutboxEntry, ...] = ()

    def summary(self) -> str:
        """Return "2 sent, 1 failed, 0 waiting"."""
        return f"{len(self.sent)} sent, {len(self.failed)} failed, {len(self.waiting)} waiting"


def claim_is_stale(owner: str, claimed_at: dt.datetime, now: dt.datetime) -> bool:
    """Return True when the claiming process has ended (same computer) or the lease ran out."""
    return now - claimed_at > CLAIM_LEASE or holder_is_dead(owner)


class OutboxSender:
    """Sends queued messages one by one, committing each step; safe to run in several processes."""

    def __init__(
        self,
        database: Database,
        secrets: SecretStore,
        server: Callable[[], MailServer | None],
        clock: Callable[[], dt.datetime],
    ) -> None:
        self._database = database
        self._secrets = secrets
        self._server = server
        self._clock = clock

    def recover(self) -> int:
        """Release the claims of dead senders (see the module's guarantee); return how many."""
        with self._database.session() as session:
            now = self._clock()
            return outbox.release_stale_claims(
                session, lambda owner, at: claim_is_stale(owner, at, now), now
            )

    def send_queued(self) -> OutboxReport:
        """Try every queued message once; return what was sent, failed, and is still waiting."""
        self.recover()
        with self._database.read_session() as session:
            ids = outbox.queued_ids(session)
        sent: list[OutboxEntry] = []
        failed: list[OutboxEntry] = []
        waiting: list[OutboxEntry] = []
        for message_id in ids:
            entry = self.send_one(message_id)
            if entry is None:
                continue
            bucket = {OutboxState.SENT: sent, OutboxState.FAILED: failed}.get(entry.state, waiting)
            bucket.append(entry)
        return OutboxReport(tuple(sent), tuple(failed), tuple(waiting))

    def send_one(self, message_id: int) -> OutboxEntry | None:
        """Send one queued message now; return its new state, or None if another sender has it."""
        server = self._server()
        if server is None:
            return self._keep_waiting(message_id, "Email is not set up yet (Settings → Email).")
        password = self._password(server)
        with self._database.session() as session:
            claimed = outbox.claim(session, message_id, this_process(), self._clock())
        if claimed is None:
            return None
        try:
            deliver(
                server,
                password,
                claimed.envelope_from,
                claimed.envelope_to,
                claimed.content,
                before_data=lambda: self._mark_data_started(message_id),
            )
        except MailError as error:
            log.info("message %s not sent: %s", message_id, error.message)
            keep = error.retry_later and not error.uncertain
            with self._database.session() as session:
                return outbox.record_failure(
                    session, message_id, error.message, self._clock(), keep_queued=keep
                )
        with self._database.session() as session:
            return outbox.record_sent(session, message_id, self._clock())

    def _password(self, server: MailServer) -> str | None:
        if not server.user:
            return None
        try:
            return self._secrets.get(PASSWORD_KEY)
        except UserFacingError as error:
            log.warning("mail password unavailable: %s", error.message)
            return None

    def _mark_data_started(self, message_id: int) -> None:
        with self._database.session() as session:
            outbox.mark_data_started(session, message_id, self._clock())

    def _keep_waiting(self, message_id: int, reason: str) -> OutboxEntry:
        with self._database.session() as session:
            outbox.note_waiting(session, message_id, reason, self._clock())
            return outbox.get_entry(session, message_id)
