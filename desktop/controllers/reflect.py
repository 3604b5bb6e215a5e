"""Documents in Zoho CRM: the switch, the outbox, and pushing it (each reply recorded at once)."""

from __future__ import annotations

import contextlib
import hashlib
import logging
import random
import time
from collections.abc import Callable
from datetime import UTC, datetime, timedelta

from desktop.controllers.documents import DocumentsController
from desktop.crm.client import CrmClient
from desktop.crm.errors import (
    CrmError,
    CrmItemGoneError,
    CrmRecordGoneError,
    CrmUnreachableError,
    RateLimitedError,
    ReflectScopesMissingError,
)
from desktop.crm.notes import CrmNotes
from desktop.domain.documents import Document
from desktop.domain.errors import NotFoundError
from desktop.domain.reflect import (
    CrmTarget,
    OutboxItem,
    OutboxState,
    ReflectAction,
    ReflectReport,
    is_issued,
    marked_document,
    note_content,
    note_title,
    pdf_name,
)
from desktop.domain.settings import CRM_REFLECT
from desktop.persistence import reflect_outbox as outbox
from desktop.persistence.database import Database
from desktop.persistence.reflect_outbox import Reflection
from desktop.persistence.settings_store import get_setting

log = logging.getLogger(__name__)

ATTEMPTS = 3  # per item and push; a create whose reply was lost is looked for, not repeated
BACKOFF_BASE = 1.0  # seconds before the second attempt, doubled for the third, with jitter
KEEP_DONE = timedelta(days=90)  # how long the outbox shows what reached the CRM
_TRANSIENT = (CrmUnreachableError, RateLimitedError)


class ReflectController:
    """Shows each document on its CRM records as a note (and, once issued, its PDF)."""

    def __init__(
        self,
        database: Database,
        documents: DocumentsController,
        clock: Callable[[], datetime] = lambda: datetime.now(UTC),
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self._database = database
        self._documents = documents
        self._clock = clock
        self._sleep = sleep

    def enabled(self) -> bool:
        """Return whether documents are reflected in the CRM."""
        with self._database.read_session() as session:
            return get_setting(session, CRM_REFLECT)

    def set_enabled(self, enabled: bool) -> None:
        """Switch reflecting on (every document is queued, once) or off (nothing is queued)."""
        with self._database.session() as session:
            outbox.switch(session, enabled, self._clock())

    def outbox(self, states: tuple[OutboxState, ...] | None = None) -> list[OutboxItem]:
        """Return the outbox items, oldest first (only those in `states` when given)."""
        with self._database.read_session() as session:
            return outbox.items(session, states)

    def push(self, client: CrmClient, run_id: int | None = None) -> ReflectReport:
        """Push the pending items in order; stop at the first the CRM cannot take now.

        A missing scope leaves everything waiting (the report says why); a deleted CRM record
        drops its items, with the reason in the run's log.
        """
        if not self.enabled():
            return ReflectReport()
        now = self._clock()
        with self._database.session() as session:
            outbox.prune(session, now - KEEP_DONE)
            outbox.enqueue_dated(session, now.astimezone().date(), now)
        notes = CrmNotes(client)
        reflected, failures, dropped = 0, list[str](), list[str]()
        for item in self.outbox((OutboxState.PENDING,)):
            try:
                self._with_retries(notes, item)
            except ReflectScopesMissingError as exc:
                self._finish(item, OutboxState.PENDING, exc.message)
                return ReflectReport(reflected, tuple(failures), tuple(dropped), exc.message)
            except CrmRecordGoneError as exc:
                reason = f"{item.document}: not shown in the CRM: {exc.message}"
                self._finish(item, OutboxState.FAILED, exc.message, run_id)
                dropped.append(reason)
            except _TRANSIENT as exc:
                self._finish(item, OutboxState.PENDING, exc.message)
                failures.append(f"{item.document} → {item.crm_module} {item.crm_id}: {exc.message}")
                break  # the rest waits, in order, for the next sync
            except CrmError as exc:
                self._finish(item, OutboxState.FAILED, exc.message)
                failures.append(f"{item.document} → {item.crm_module} {item.crm_id}: {exc.message}")
            else:
                self._finish(item, OutboxState.DONE, None)
                reflected += 1
        return ReflectReport(reflected, tuple(failures), tuple(dropped))

    def _with_retries(self, notes: CrmNotes, item: OutboxItem) -> None:
        for attempt in range(ATTEMPTS):
            try:
                self._push_one(notes, item)
                return
            except _TRANSIENT as exc:
                if attempt == ATTEMPTS - 1:
                    raise
                wait = BACKOFF_BASE * 2**attempt * random.uniform(0.5, 1.0)  # noqa: S311
                log.info("CRM outbox item %d: %s; retry in %.1f s", item.id, exc.message, wait)
                self._sleep(wait)

    def _push_one(self, notes: CrmNotes, item: OutboxItem) -> None:
        target = CrmTarget(item.crm_module, item.crm_id)
        document = self._document(item.document_id)
        if item.action is ReflectAction.DELETE or document is None:
            self._remove(notes, item.document_id, target)
            return
        note_id = self._upsert_note(notes, document, target)
        log.debug("%s is note %s on %s %s", document.number, note_id, target.module, target.crm_id)
        if is_issued(document):
            self._attach_pdf(notes, document, target)

    def _document(self, document_id: int) -> Document | None:
        try:
            return self._documents.get(document_id)
        except NotFoundError:
            return None

    def _upsert_note(self, notes: CrmNotes, document: Document, target: CrmTarget) -> str:
        title, content = note_title(document), note_content(document)
        known = self._reflection(document.id, target)
        note_id = known.note_id
        if note_id is None and known.note_sent:  # the reply to a create was lost: look for it
            note_id = self._find_note(notes, document.id, target)
        if note_id is not None:
            try:
                notes.update_note(note_id, title, content)
                self._save(document.id, target, note_id=note_id, note_sent=False,
                           note_status=document.status.value)  # fmt: skip
                return note_id
            except CrmItemGoneError:
                log.info("note %s was deleted in the CRM; creating it again", note_id)
        self._save(document.id, target, note_id=None, note_sent=True)
        note_id = notes.create_note(target.module, target.crm_id, title, content)
        self._save(document.id, target, note_id=note_id, note_sent=False,
                   note_status=document.status.value)  # fmt: skip
        return note_id

    def _attach_pdf(self, notes: CrmNotes, document: Document, target: CrmTarget) -> None:
        content = self._documents.render_pdf(document.id)
        digest, name = hashlib.sha256(content).hexdigest(), pdf_name(document)
        known = self._reflection(document.id, target)
        if known.pdf_id is not None and (known.pdf_name, known.pdf_sha256) == (name, digest):
            return  # the CRM has this very PDF
        self._save(document.id, target, pdf_sent=True)
        self._delete_pdfs(notes, target, known, {name})
        pdf_id = notes.upload_attachment(target.module, target.crm_id, name, content)
        self._save(document.id, target, pdf_id=pdf_id, pdf_name=name, pdf_sha256=digest,
                   pdf_sent=False)  # fmt: skip

    def _delete_pdfs(
        self, notes: CrmNotes, target: CrmTarget, known: Reflection, names: set[str]
    ) -> None:
        """Delete the document's PDF on the record, and any left by a lost reply."""
        if known.pdf_id is not None:
            _delete_gone_ok(lambda: notes.delete_attachment(target.module, target.crm_id,
                                                            known.pdf_id or ""))  # fmt: skip
        if not known.pdf_sent:
            return
        names = names | ({known.pdf_name} if known.pdf_name else set())
        for attachment in notes.attachments(target.module, target.crm_id):
            if attachment.file_name in names and attachment.id != known.pdf_id:
                _delete_gone_ok(lambda a=attachment.id: notes.delete_attachment(  # type: ignore[misc]
                    target.module, target.crm_id, a))  # fmt: skip

    def _remove(self, notes: CrmNotes, document_id: int, target: CrmTarget) -> None:
        known = self._reflection(document_id, target)
        try:
            note_id = known.note_id
            if note_id is None and known.note_sent:
                note_id = self._find_note(notes, document_id, target)
            if note_id is not None:
                _delete_gone_ok(lambda: notes.delete_note(note_id or ""))
            names = {known.pdf_name} if known.pdf_name else set()
            self._delete_pdfs(notes, target, known, names)
        except CrmRecordGoneError:
            pass  # the record went, and its notes and files with it
        with self._database.session() as session:
            outbox.forget_reflection(session, document_id, target)

    def _find_note(self, notes: CrmNotes, document_id: int, target: CrmTarget) -> str | None:
        found = [n.id for n in notes.notes(target.module, target.crm_id)
                 if marked_document(n.content) == document_id]  # fmt: skip
        for extra in found[1:]:  # never expected; heals a CRM that holds two
            _delete_gone_ok(lambda e=extra: notes.delete_note(e))  # type: ignore[misc]
        return found[0] if found else None

    def _reflection(self, document_id: int, target: CrmTarget) -> Reflection:
        with self._database.read_session() as session:
            return outbox.reflection(session, document_id, target)

    def _save(self, document_id: int, target: CrmTarget, **values: object) -> None:
        with self._database.session() as session:
            outbox.save_reflection(session, document_id, target, **values)

    def _finish(
        self, item: OutboxItem, state: OutboxState, error: str | None, run_id: int | None = None
    ) -> None:
        with self._database.session() as session:
            outbox.finish(session, item.id, state, error, self._clock())
            if run_id is not None:
                target = CrmTarget(item.crm_module, item.crm_id)
                outbox.log_dropped(session, run_id, target, f"{item.document}: {error}")


def _delete_gone_ok(remove: Callable[[], None]) -> None:
    with contextlib.suppress(CrmItemGoneError):  # already gone: that is what was wanted
        remove()
