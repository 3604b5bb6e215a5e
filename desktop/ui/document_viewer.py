"""The document viewer: the rendered PDF (zoom, pages), Save PDF…, Edit, the allowed status actions
and the workflow history."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QIODevice,
    QPointF,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtPdf import QPdfDocument
from PySide6.QtPdfWidgets import QPdfView
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from desktop.controllers.documents import DocumentsController
from desktop.controllers.einvoices import EInvoicesController
from desktop.domain.documents import Document, DocumentEvent, DocumentKind, DocumentStatus
from desktop.domain.errors import UserFacingError
from desktop.ui.document_actions import (
    TARGETS,
    DocumentAction,
    actions_for,
    edit_refusal,
    refusal,
    reminder_allowed,
)
from desktop.ui.document_kinds import document_title, status_name
from desktop.ui.document_money_view import DocumentMoneyView
from desktop.ui.einvoice_dialog import save_einvoice
from desktop.ui.payment_dialog import PaymentDialog
from desktop.ui.task_runner import Lane, TaskRunner

ZOOM_STEP = 1.25
# A render that has not finished by then is shown as an error with Retry, never as an endless
# "Rendering…" (a 100,000-character text renders in a few seconds on the 2-core CI machine).
RENDER_TIMEOUT_MS = 60_000


@dataclass(frozen=True, slots=True)
class LoadedDocument:
    """A document with its history, as one worker result (the PDF comes separately)."""

    document: Document
    history: tuple[DocumentEvent, ...]


def _load(documents: DocumentsController, document_id: int) -> LoadedDocument:
    return LoadedDocument(documents.get(document_id), tuple(documents.history(document_id)))


class DocumentViewer(QDialog):
    """Shows one document, bound to its id for the viewer's whole life; a window, not modal.

    Loading reads the document on the database lane, then renders its PDF on the PDF lane.
    Results of an older load (or for any other id) are ignored; a failure or a render that
    takes longer than `render_timeout_ms` shows this document's error with Retry.

    Signals (GUI thread):
      document_loaded(object) — the Document now shown (after each load, PDF included)
      load_failed(str) — the sentence shown when reading or rendering this document failed
      document_changed(int) — this document id changed (status, payment); lists should refresh
      edit_requested(int) — the user pressed Edit on this document id
      open_requested(int) — another document should be shown (the invoice a conversion made)
      pdf_saved(str) — the path a PDF was written to
      email_requested(str, str) — the user pressed Email… or Send reminder… (number, purpose)
    """

    document_loaded = Signal(object)
    load_failed = Signal(str)
    document_changed = Signal(int)
    edit_requested = Signal(int)
    open_requested = Signal(int)
    pdf_saved = Signal(str)
    email_requested = Signal(str, str)  # document number, purpose ("document" or "reminder")

    def __init__(
        self,
        documents: DocumentsController,
        runner: TaskRunner,
        document_id: int,
        parent: QWidget | None = None,
        render_timeout_ms: int = RENDER_TIMEOUT_MS,
        einvoices: EInvoicesController | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowFlag(Qt.WindowType.Window)
        self._documents = documents
        self._runner = runner
        self._document_id = document_id
        self._generation = 0  # bumped by every load: older results are recognised and dropped
        self._unanswered = 0  # the load whose task finished without a result or an error yet
        self._einvoices = einvoices
        self.document: Document | None = None
        self._buffer: QBuffer | None = None
        self._timeout = QTimer(self, singleShot=True, interval=render_timeout_ms)
        self._timeout.timeout.connect(self._on_timeout_timeout)
        self.pdf = QPdfDocument(self)
        self.pdf_view = QPdfView(self)
        self.pdf_view.setAccessibleName(self.tr("Document preview"))
        self.pdf_view.setDocument(self.pdf)
        self.pdf_view.setPageMode(QPdfView.PageMode.MultiPage)
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        self._build()
        self._show_title()
        self.resize(980, 760)

    @property
    def document_id(self) -> int:
        """Return the id of the one document this viewer shows."""
        return self._document_id

    def _build(self) -> None:
        self.title = QLabel()
        nav = QHBoxLayout()
        self.zoom_out_button = QPushButton(self.tr("Zoom &out"))
        self.zoom_in_button = QPushButton(self.tr("Zoom &in"))
        self.fit_button = QPushButton(self.tr("&Fit width"))
        self.previous_button = QPushButton(self.tr("◀ Previous page"))
        self.next_button = QPushButton(self.tr("Next page ▶"))
        self.page_label = QLabel()
        self.save_button = QPushButton(self.tr("Save &PDF…"))
        self.edit_button = QPushButton(self.tr("&Edit"))
        self.einvoice_button = QPushButton(self.tr("Save as e-&invoice…"))
        self.einvoice_button.setVisible(self._einvoices is not None)
        self.einvoice_button.clicked.connect(self._on_einvoice_button_clicked)
        for widget in (
            self.zoom_out_button,
            self.zoom_in_button,
            self.fit_button,
            self.previous_button,
            self.page_label,
            self.next_button,
        ):
            nav.addWidget(widget)
        nav.addStretch(1)
        nav.addWidget(self.save_button)
        nav.addWidget(self.einvoice_button)
        nav.addWidget(self.edit_button)
        self.email_button = QPushButton(self.tr("E&mail…"))
        self.remind_button = QPushButton(self.tr("Send re&minder…"))
        nav.addWidget(self.email_button)
        nav.addWidget(self.remind_button)
        self.email_button.clicked.connect(lambda: self._request_email("document"))
        self.remind_button.clicked.connect(lambda: self._request_email("reminder"))
        self.zoom_in_button.clicked.connect(lambda: self.zoom_by(ZOOM_STEP))
        self.zoom_out_button.clicked.connect(lambda: self.zoom_by(1 / ZOOM_STEP))
        self.fit_button.clicked.connect(
            lambda: self.pdf_view.setZoomMode(QPdfView.ZoomMode.FitToWidth)
        )
        self.previous_button.clicked.connect(lambda: self.go_to_page(self.current_page() - 1))
        self.next_button.clicked.connect(lambda: self.go_to_page(self.current_page() + 1))
        self.pdf_view.pageNavigator().currentPageChanged.connect(
            lambda _page: self._update_page_label()
        )
        self.save_button.clicked.connect(self._on_save_button_clicked)
        self.edit_button.clicked.connect(self._on_edit_button_clicked)
        actions = QHBoxLayout()
        self.action_buttons: dict[DocumentAction, QPushButton] = {}
        for action in DocumentAction:
            button = QPushButton(action.label)
            button.clicked.connect(lambda _checked=False, chosen=action: self.perform(chosen))
            button.setVisible(False)  # shown once the kind is known: only that kind's actions
            self.action_buttons[action] = button
            actions.addWidget(button)
        actions.addStretch(1)
        self.message = QLabel(wordWrap=True)
        self.message.setAccessibleName(self.tr("Document message"))
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.retry_button = QPushButton(self.tr("&Retry"))
        self.retry_button.setVisible(False)
        self.retry_button.clicked.connect(self.reload)
        message_row = QHBoxLayout()
        message_row.addWidget(self.message, 1)
        message_row.addWidget(self.retry_button)
        self.money = DocumentMoneyView(self._documents, self._runner, self)
        self.money.document_changed.connect(self._on_changed)
        self.history = QListWidget()
        self.history.setAccessibleName(self.tr("Workflow history"))
        self.history_box = QWidget()
        history_layout = QVBoxLayout(self.history_box)
        history_layout.setContentsMargins(0, 0, 0, 0)
        history_layout.addWidget(QLabel(self.tr("<b>Workflow history</b>")))
        history_layout.addWidget(self.history)
        self.history_box.setVisible(False)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.pdf_view)
        splitter.addWidget(self.history_box)
        splitter.setStretchFactor(0, 4)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addLayout(nav)
        layout.addWidget(splitter, 1)
        layout.addLayout(actions)
        layout.addWidget(self.money)
        layout.addLayout(message_row)
        for button in (self.save_button, self.edit_button, self.email_button, self.remind_button):
            button.setEnabled(False)  # until the document is read

    # --- loading ---------------------------------------------------------------------------------
    def reload(self) -> None:
        """Read the document, then render its PDF, in the background; show both when done."""
        self._generation += 1
        generation = self._generation
        self._show_message(self.tr("Rendering…"), failed=False)
        self._timeout.start()
        self._runner.run(
            Lane.DATABASE,
            _load,
            self._documents,
            self._document_id,
            on_success=lambda loaded: self._on_loaded(generation, loaded),
            on_failure=lambda error: self._on_load_failed(generation, str(error)),
            on_done=lambda: self._on_load_done(generation),
            owner=self,
        )

    def is_loading(self) -> bool:
        """Return True while a load or render of this document is under way."""
        return self._timeout.isActive()

    def _on_load_done(self, generation: int) -> None:
        # Runs just before on_success/on_failure, and alone when the task hit a bug (which the
        # error presenter reports): then the viewer must not stay on "Rendering…" either.
        self._unanswered = generation
        QTimer.singleShot(0, self, lambda: self._on_bug_check(generation))

    def _on_bug_check(self, generation: int) -> None:
        if self._unanswered == generation:
            self._on_load_failed(
                generation, self.tr("an unexpected error stopped it (it was reported).")
            )

    def _on_loaded(self, generation: int, loaded: LoadedDocument) -> None:
        self._unanswered = 0
        if generation != self._generation or loaded.document.id != self._document_id:
            return  # an older load, or (never expected) another document: not ours to show
        self._timeout.start()  # the render gets the whole time span of its own
        self._show_document(loaded)
        self._show_message(self.tr("Rendering…"), failed=False)
        self._runner.run(
            Lane.PDF,
            self._documents.render_pdf,
            self._document_id,
            on_success=lambda pdf: self._on_rendered(generation, loaded.document, pdf),
            on_failure=lambda error: self._on_load_failed(generation, str(error)),
            on_done=lambda: self._on_load_done(generation),
            owner=self,
        )

    def _on_rendered(self, generation: int, document: Document, pdf: bytes) -> None:
        self._unanswered = 0
        if generation != self._generation:
            return
        self._timeout.stop()
        self._show_pdf(pdf)
        self.message.clear()
        self.retry_button.setVisible(False)
        self.document_loaded.emit(document)

    def _on_load_failed(self, generation: int, sentence: str) -> None:
        self._unanswered = 0
        if generation != self._generation:
            return
        self._timeout.stop()
        if self.document is not None:
            name = self.document.number
        else:
            name = self.tr("Document {id}").format(id=self._document_id)
        shown = self.tr("{document} could not be shown: {reason}").format(
            document=name, reason=sentence
        )
        self._show_message(shown, failed=True)
        self.load_failed.emit(shown)

    def _on_timeout_timeout(self) -> None:
        self._generation += 1  # whatever arrives later for the timed-out load is dropped
        seconds = self._timeout.interval() / 1000
        self._on_load_failed(
            self._generation,
            self.tr("it took longer than {seconds} seconds to render. Try again.").format(
                seconds=f"{seconds:g}"
            ),
        )

    def _show_message(self, text: str, failed: bool) -> None:
        self.message.setText(text)
        self.retry_button.setVisible(failed)

    def _show_title(self) -> None:
        document = self.document
        if document is None:
            name = self.tr("Document {id}").format(id=self._document_id)
            self.setWindowTitle(name)
            self.title.setText(f"<h3>{_escape(name)}</h3>")
            return
        name = document_title(document.kind, document.number)
        self.setWindowTitle(name)
        self.title.setText(
            self.tr("<h3>{document} — {customer} <small>({status})</small></h3>").format(
                document=_escape(name),
                customer=_escape(document.customer_name),
                status=_escape(status_name(document.status)),
            )
        )

    def _show_document(self, loaded: LoadedDocument) -> None:
        document = self.document = loaded.document
        self._show_title()
        kind_actions = set(actions_for(document.kind))
        for action, button in self.action_buttons.items():
            reason = refusal(document, action)
            button.setVisible(action in kind_actions)
            button.setEnabled(reason is None)
            button.setToolTip(reason or "")
        editing_refused = edit_refusal(document)
        self.edit_button.setEnabled(editing_refused is None)
        self.edit_button.setToolTip(editing_refused or "")
        self.save_button.setEnabled(True)
        self.email_button.setEnabled(document.status is not DocumentStatus.VOID)
        self.remind_button.setEnabled(reminder_allowed(document))
        self.remind_button.setVisible(document.kind is DocumentKind.INVOICE)  # invoices only
        self.history.clear()
        for event in loaded.history:
            if event.automatic:
                entry = self.tr("{when} — {message} (workflow)")
            else:
                entry = self.tr("{when} — {message} (you)")
            self.history.addItem(
                entry.format(when=f"{event.at.astimezone():%Y-%m-%d %H:%M}", message=event.message)
            )
        emailed = any(event.action in ("email", "emailed") for event in loaded.history)
        self.history_box.setVisible(
            document.potential is not None or document.managed_by_workflow or emailed
        )
        self.money.show_document(document)

    def _show_pdf(self, pdf: bytes) -> None:
        self.pdf.close()
        self._buffer = QBuffer(self)
        self._buffer.setData(QByteArray(pdf))
        self._buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.pdf.load(self._buffer)
        self.go_to_page(0)

    # --- pages and zoom ------------------------------------------------------------------------
    def page_count(self) -> int:
        """Return the number of pages of the PDF shown."""
        return int(self.pdf.pageCount())

    def current_page(self) -> int:
        """Return the page shown (0-based)."""
        return int(self.pdf_view.pageNavigator().currentPage())

    def go_to_page(self, page: int) -> None:
        """Show a page (clamped to the document)."""
        page = max(0, min(page, self.page_count() - 1))
        self.pdf_view.pageNavigator().jump(page, QPointF(), self.pdf_view.zoomFactor())
        self._update_page_label()

    def zoom_by(self, factor: float) -> None:
        """Zoom in (>1) or out (<1) from the current zoom."""
        self.pdf_view.setZoomMode(QPdfView.ZoomMode.Custom)
        self.pdf_view.setZoomFactor(max(0.25, min(self.pdf_view.zoomFactor() * factor, 8.0)))

    def _update_page_label(self) -> None:
        count = self.page_count()
        self.page_label.setText(
            self.tr("Page {page} of {count}").format(page=self.current_page() + 1, count=count)
            if count
            else ""
        )
        self.previous_button.setEnabled(self.current_page() > 0)
        self.next_button.setEnabled(self.current_page() < count - 1)

    # --- actions -------------------------------------------------------------------------------
    def perform(self, action: DocumentAction) -> None:
        """Run a status action on the database lane; its refusal is shown as a sentence."""
        if self.document is None:
            return
        document_id = self._document_id
        if action is DocumentAction.RECORD_PAYMENT:
            self._ask_payment(self.document)
            return
        if action is DocumentAction.CONVERT:
            self._run(self._documents.convert, document_id)
            return
        self._run(self._documents.set_status, document_id, TARGETS[action])

    def _ask_payment(self, document: Document) -> None:
        dialog = PaymentDialog(document.number, document.balance, document.currency_code, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.accepted.connect(lambda: self._record(document.id, dialog))
        dialog.open()
        self.payment_dialog = dialog

    def _record(self, document_id: int, dialog: PaymentDialog) -> None:
        draft = dialog.draft()
        self._run(
            self._documents.pay, document_id, draft.amount, draft.date, draft.mode, draft.reference
        )

    def _run(self, operation: Callable[..., Document], *args: object) -> None:
        self._runner.run(
            Lane.DATABASE,
            operation,
            *args,
            on_success=self._on_changed,
            on_failure=self._on_action_failed,
            owner=self,
        )

    def _on_action_failed(self, error: UserFacingError) -> None:
        self._show_message(str(error), failed=False)

    def _on_changed(self, document: Document) -> None:
        self.document_changed.emit(self._document_id)
        if document.id != self._document_id:  # a conversion made a new invoice: its own viewer
            self.document_changed.emit(document.id)
            self.open_requested.emit(document.id)
        self.reload()

    def save_pdf_to(self, path: Path) -> None:
        """Write the shown document's PDF to `path` on the PDF lane."""
        self._runner.run(
            Lane.PDF,
            self._documents.save_pdf,
            self._document_id,
            path,
            on_success=lambda _none: self._on_pdf_saved(path),
            on_failure=self._on_action_failed,
            owner=self,
        )

    def _on_pdf_saved(self, path: Path) -> None:
        self.message.setText(self.tr("Saved {name}.").format(name=path.name))
        self.pdf_saved.emit(str(path))

    def _on_save_button_clicked(self) -> None:
        if self.document is None:
            return
        name, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save PDF"), f"{self.document.number}.pdf", self.tr("PDF (*.pdf)")
        )
        if name:
            self.save_pdf_to(Path(name))

    def _on_einvoice_button_clicked(self) -> None:
        if self.document is not None and self._einvoices is not None:
            save_einvoice(
                self,
                self._einvoices,
                self._runner,
                self.document,
                self._on_pdf_saved,
                self._on_action_failed,
            )

    def _request_email(self, purpose: str) -> None:
        if self.document is not None:
            self.email_requested.emit(self.document.number, purpose)

    def _on_edit_button_clicked(self) -> None:
        self.edit_requested.emit(self._document_id)


def _escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
