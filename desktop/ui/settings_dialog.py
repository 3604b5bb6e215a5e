"""Settings: the organization (every seller field), tax rates, items, numbering, tax rounding, the
two deal workflows with their stage mapping, auto-update, and disconnecting from Zoho CRM."""

from __future__ import annotations

from dataclasses import fields, replace

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop.controllers.services import Services
from desktop.controllers.settings import SettingsChange, SettingsSnapshot
from desktop.domain.catalogue import Catalogue
from desktop.domain.customers import Address
from desktop.domain.documents import DocumentKind, OrganizationProfile
from desktop.domain.errors import UserFacingError, ValidationError
from desktop.domain.language import LANGUAGE_NAMES, LANGUAGES, SYSTEM_LANGUAGE
from desktop.domain.totals import TaxRounding
from desktop.domain.workflows import WorkflowSettings
from desktop.ui.catalogue_views import ItemsView, TaxRatesView
from desktop.ui.task_runner import Lane, TaskRunner


def _stages(text: str) -> tuple[str, ...]:
    return tuple(stage.strip() for stage in text.split(",") if stage.strip())


class SettingsDialog(QDialog):
    """Tabs Organization, Tax rates, Items, Numbering, Workflows, Zoho CRM; Save writes every
    setting in one transaction (taxes and items are added or archived as soon as asked).

    Signals (GUI thread): settings_saved(), disconnected()
    """

    settings_saved = Signal()
    disconnected = Signal()

    def __init__(
        self, services: Services, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Settings"))
        self._services = services
        self._runner = runner
        self.snapshot: SettingsSnapshot | None = None
        tabs = QTabWidget()
        tabs.addTab(self._organization_tab(), self.tr("Organization"))
        self.tax_rates = TaxRatesView(services.catalogue, runner)
        self.items = ItemsView(services.catalogue, runner)
        tabs.addTab(self.tax_rates, self.tr("Tax rates"))
        tabs.addTab(self.items, self.tr("Items"))
        tabs.addTab(self._numbering_tab(), self.tr("Numbering"))
        tabs.addTab(self._workflows_tab(), self.tr("Workflows"))
        tabs.addTab(self._crm_tab(), self.tr("Zoho CRM"))
        tabs.addTab(self._language_tab(), self.tr("Language"))
        self.message = QLabel(wordWrap=True)
        self.message.setAccessibleName(self.tr("Settings message"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.save_button = QPushButton(self.tr("&Save"))
        self.save_button.setEnabled(False)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self._on_save_button_clicked)
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.resize(560, 460)
        runner.run(Lane.DATABASE, services.settings.read, on_success=self._on_read, owner=self)

    def _organization_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.org_name = QLineEdit()
        self.street, self.city, self.state, self.zip, self.country = (QLineEdit() for _ in range(5))
        self.tax_id, self.email, self.phone, self.website = (QLineEdit() for _ in range(4))
        self.payment_details = QPlainTextEdit()
        self.payment_details.setPlaceholderText(
            self.tr("e.g. IBAN DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX")
        )
        self.payment_details.setAccessibleName(self.tr("Payment details"))
        self.payment_details.setFixedHeight(64)
        self.logo = QLineEdit(placeholderText=self.tr("PNG or JPEG printed on documents"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._on_browse_clicked)
        logo_row = QHBoxLayout()
        logo_row.addWidget(self.logo, 1)
        logo_row.addWidget(browse)
        self.org_currency = QLineEdit()
        self.org_currency.setMaxLength(3)
        self.tax_rounding = QComboBox()
        self.tax_rounding.addItem(self.tr("Round taxes on each line"), TaxRounding.LINE.value)
        self.tax_rounding.addItem(
            self.tr("Round taxes once per document"), TaxRounding.DOCUMENT.value
        )
        for label, widget in (
            (self.tr("&Name:"), self.org_name),
            (self.tr("Street:"), self.street),
            (self.tr("City:"), self.city),
            (self.tr("State:"), self.state),
            (self.tr("ZIP:"), self.zip),
            (self.tr("Country:"), self.country),
            (self.tr("Tax / &VAT id:"), self.tax_id),
            (self.tr("&Email:"), self.email),
            (self.tr("&Phone:"), self.phone),
            (self.tr("&Website:"), self.website),
        ):
            widget.setAccessibleName(label.replace("&", "").rstrip(":"))
            form.addRow(label, widget)
        form.addRow(self.tr("Payment &details:"), self.payment_details)
        form.addRow(self.tr("Logo:"), logo_row)
        form.addRow(self.tr("&Currency:"), self.org_currency)
        form.addRow(self.tr("&Tax rounding:"), self.tax_rounding)
        return page

    def _numbering_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.invoice_prefix, self.estimate_prefix = QLineEdit("INV-"), QLineEdit("EST-")
        self.credit_prefix = QLineEdit("CN-")
        self.invoice_padding, self.estimate_padding = QSpinBox(), QSpinBox()
        self.credit_padding = QSpinBox()
        for spin in (self.invoice_padding, self.estimate_padding, self.credit_padding):
            spin.setRange(1, 12)
            spin.setValue(6)
        self._series_fields = {
            DocumentKind.INVOICE: (self.invoice_prefix, self.invoice_padding),
            DocumentKind.ESTIMATE: (self.estimate_prefix, self.estimate_padding),
            DocumentKind.CREDIT_NOTE: (self.credit_prefix, self.credit_padding),
        }
        form.addRow(self.tr("Invoice prefix:"), self.invoice_prefix)
        form.addRow(self.tr("Invoice digits:"), self.invoice_padding)
        form.addRow(self.tr("Estimate prefix:"), self.estimate_prefix)
        form.addRow(self.tr("Estimate digits:"), self.estimate_padding)
        form.addRow(self.tr("Credit note prefix:"), self.credit_prefix)
        form.addRow(self.tr("Credit note digits:"), self.credit_padding)
        form.addRow(
            QLabel(
                self.tr("Numbers already given never change; new ones follow these settings."),
                wordWrap=True,
            )
        )
        return page

    def _workflows_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.estimate_workflow = QCheckBox(
            self.tr(
                "Estimates follow deals: create when a deal is created, accept when won, decline when lost"
            )
        )
        self.invoice_workflow = QCheckBox(
            self.tr("Invoices follow deals: create when a deal is won, void when lost")
        )
        self.won_stages, self.lost_stages = QLineEdit(), QLineEdit()
        self.won_stages.setAccessibleName(self.tr("Won stages"))
        self.lost_stages.setAccessibleName(self.tr("Lost stages"))
        form.addRow(self.estimate_workflow)
        form.addRow(self.invoice_workflow)
        form.addRow(self.tr("Stages meaning &won:"), self.won_stages)
        form.addRow(self.tr("Stages meaning &lost:"), self.lost_stages)
        form.addRow(
            QLabel(
                self.tr(
                    "Separate stages with commas. A document you change by hand is never touched by a workflow again."
                ),
                wordWrap=True,
            )
        )
        return page

    def _crm_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.connection_label = QLabel(self.tr("Not connected to Zoho CRM."), wordWrap=True)
        self.auto_update = QCheckBox(self.tr("Auto-update every 12 hours"))
        self.disconnect_button = QPushButton(self.tr("&Disconnect from Zoho CRM"))
        self.disconnect_button.clicked.connect(self._on_disconnect_button_clicked)
        form.addRow(self.connection_label)
        form.addRow(self.auto_update)
        self.reflect = QCheckBox(
            self.tr("Show invoices and estimates in Zoho CRM (a note and the PDF)")
        )
        self.reflect.setToolTip(
            self.tr(
                "The key needs the scopes ZohoCRM.modules.notes.ALL and "
                "ZohoCRM.modules.attachments.ALL; File → CRM outbox shows what waits."
            )
        )
        form.addRow(self.reflect)
        form.addRow(self.disconnect_button)
        form.addRow(
            QLabel(
                self.tr("Disconnecting forgets the key; imported customers and documents stay."),
                wordWrap=True,
            )
        )
        return page

    # --- reading and saving ---------------------------------------------------------------------
    def _language_tab(self) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.ui_language = QComboBox()
        self.ui_language.addItem(self.tr("The system's language"), SYSTEM_LANGUAGE)
        for code in LANGUAGES:
            self.ui_language.addItem(LANGUAGE_NAMES[code], code)  # each name in its own language
        self.ui_language.setAccessibleName(self.tr("Window language"))
        self.document_locale = QLineEdit(
            placeholderText=self.tr("e.g. de_DE, fr_FR, es_ES (empty: English)")
        )
        self.document_locale.setAccessibleName(self.tr("Documents' language and country"))
        form.addRow(self.tr("&Window language:"), self.ui_language)
        form.addRow(QLabel(self.tr("The window speaks it from the next start."), wordWrap=True))
        form.addRow(self.tr("&Documents' language:"), self.document_locale)
        form.addRow(
            QLabel(
                self.tr(
                    "Invoices, estimates, statements and emails use it, with its amounts and "
                    "dates, unless the customer has a document language of its own."
                ),
                wordWrap=True,
            )
        )
        return page

    def _on_read(self, snapshot: SettingsSnapshot) -> None:
        self.snapshot = snapshot
        org = snapshot.organization
        self.org_name.setText(org.name or "")
        for field, value in zip(
            (self.street, self.city, self.state, self.zip, self.country),
            (
                org.address.street,
                org.address.city,
                org.address.state,
                org.address.zip,
                org.address.country,
            ),
            strict=True,
        ):
            field.setText(value or "")
        self.logo.setText(org.logo_path or "")
        for widget, text in (
            (self.tax_id, org.tax_id),
            (self.email, org.email),
            (self.phone, org.phone),
            (self.website, org.website),
        ):
            widget.setText(text or "")
        self.payment_details.setPlainText(org.payment_details or "")
        self.org_currency.setText(org.currency_code)
        self.tax_rounding.setCurrentIndex(self.tax_rounding.findData(org.tax_rounding.value))
        self.document_locale.setText(org.locale or "")
        self.ui_language.setCurrentIndex(max(0, self.ui_language.findData(snapshot.ui_language)))
        for series in snapshot.series:
            prefix, padding = self._series_fields[series.kind]
            prefix.setText(series.prefix)
            padding.setValue(series.padding)
        flows = snapshot.workflows
        self.estimate_workflow.setChecked(flows.estimates)
        self.invoice_workflow.setChecked(flows.invoices)
        self.won_stages.setText(", ".join(flows.won_stages))
        self.lost_stages.setText(", ".join(flows.lost_stages))
        self.reflect.setChecked(snapshot.reflect)
        info = snapshot.connection
        connected = info is not None
        self.auto_update.setEnabled(connected)
        self.disconnect_button.setEnabled(connected)
        if info is not None:
            self.connection_label.setText(
                self.tr(
                    "Connected to {organization} as {email} (data centre {data_centre})."
                ).format(
                    organization=info.org_name,
                    email=info.user_email,
                    data_centre=info.data_centre,
                )
            )
            self.auto_update.setChecked(info.auto_update)
        self.save_button.setEnabled(True)
        catalogue = Catalogue(snapshot.taxes)
        self.tax_rates.show_catalogue(catalogue)
        self.items.reload()

    def change(self) -> SettingsChange:
        """Return what Save writes; raise ValidationError naming a bad field."""
        currency = self.org_currency.text().strip().upper()
        if len(currency) != 3 or not currency.isalpha():
            raise ValidationError(
                self.tr("Currency"), self.tr("use a three-letter code such as USD or EUR")
            )
        won, lost = _stages(self.won_stages.text()), _stages(self.lost_stages.text())
        if not won or not lost:
            raise ValidationError(
                self.tr("Stages"), self.tr("name at least one won and one lost stage")
            )
        previous = self.snapshot.organization if self.snapshot else OrganizationProfile()
        organization = OrganizationProfile(
            name=self.org_name.text().strip() or None,
            address=Address(
                *(
                    f.text().strip() or None
                    for f in (self.street, self.city, self.state, self.zip, self.country)
                )
            ),
            logo_path=self.logo.text().strip() or None,
            currency_code=currency,
            tax_rounding=TaxRounding(self.tax_rounding.currentData()),
        ).changed(
            tax_id=self.tax_id.text(),
            email=self.email.text(),
            phone=self.phone.text(),
            website=self.website.text(),
            payment_details=self.payment_details.toPlainText(),
            locale=self.document_locale.text(),
        )
        organization = _keep_unknown_fields(previous, organization)
        series = tuple(
            (kind, prefix.text().strip(), padding.value())
            for kind, (prefix, padding) in self._series_fields.items()
        )
        workflows = WorkflowSettings(
            self.estimate_workflow.isChecked(), self.invoice_workflow.isChecked(), won, lost
        )
        connected = self.snapshot is not None and self.snapshot.connection is not None
        return SettingsChange(
            organization=organization,
            series=series,
            workflows=workflows,
            auto_update=self.auto_update.isChecked() if connected else None,
            default_tax=self.tax_rates.default_tax(),
            reflect=self.reflect.isChecked(),
            ui_language=str(self.ui_language.currentData()),
        )

    def _on_save_button_clicked(self) -> None:
        try:
            change = self.change()
        except ValidationError as error:
            self.message.setText(str(error))
            return
        self.save_button.setEnabled(False)
        self._runner.run(
            Lane.DATABASE,
            self._services.settings.save,
            change,
            on_success=self._on_saved,
            on_failure=self._on_failed,
            on_done=lambda: self.save_button.setEnabled(True),
            owner=self,
        )

    def _on_saved(self, _snapshot: SettingsSnapshot) -> None:
        self.settings_saved.emit()
        self.accept()

    def _on_failed(self, error: UserFacingError) -> None:
        self.message.setText(str(error))

    def _on_disconnect_button_clicked(self) -> None:
        self.disconnect_button.setEnabled(False)
        self._runner.run(
            Lane.DATABASE,
            self._services.connection.disconnect,
            on_success=self._on_disconnected,
            on_failure=self._on_failed,
            owner=self,
        )

    def _on_disconnected(self, _none: None) -> None:
        self.connection_label.setText(
            self.tr("Disconnected. Imported customers and documents stay.")
        )
        self.auto_update.setEnabled(False)
        self.auto_update.setChecked(False)
        if self.snapshot is not None:
            self.snapshot = replace(self.snapshot, connection=None)
        self.disconnected.emit()

    def _on_browse_clicked(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self, self.tr("Logo"), "", self.tr("Images (*.png *.jpg *.jpeg)")
        )
        if name:
            self.logo.setText(name)


def _keep_unknown_fields(
    previous: OrganizationProfile, edited: OrganizationProfile
) -> OrganizationProfile:
    # The profile may carry fields this dialog does not show; keep them as they were.
    shown = {"name", "address", "logo_path", "currency_code", "tax_rounding", "tax_id", "email"}
    shown |= {"phone", "website", "payment_details", "locale"}
    return replace(
        previous, **{f.name: getattr(edited, f.name) for f in fields(edited) if f.name in shown}
    )
