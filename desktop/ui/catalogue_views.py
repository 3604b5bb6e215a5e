"""Settings pages for the tax rates (add, archive, the default) and the items catalogue (add);
each change runs on the database lane and the list is read again afterwards."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop.controllers.catalogue import CatalogueController
from desktop.domain.catalogue import Catalogue, Item, TaxRate
from desktop.domain.errors import UserFacingError
from desktop.ui.task_runner import Lane, TaskRunner


def tax_label(tax: TaxRate) -> str:
    """Return how a tax is listed: "VAT 20% — compound, default" or "… — archived"."""
    flags = [
        text
        for text, on in (
            (QCoreApplication.translate("CatalogueViews", "compound"), tax.compound),
            (QCoreApplication.translate("CatalogueViews", "default"), tax.is_default),
            (QCoreApplication.translate("CatalogueViews", "archived"), tax.archived),
        )
        if on
    ]
    name = rate_label(tax.name, tax.rate)
    if not flags:
        return name
    return QCoreApplication.translate("CatalogueViews", "{tax} — {flags}").format(
        tax=name, flags=", ".join(flags)
    )


def rate_label(name: str, rate: object) -> str:
    """Return a tax as people read it: "VAT 20%"."""
    return QCoreApplication.translate("CatalogueViews", "{name} {rate}%").format(
        name=name, rate=rate
    )


def item_label(item: Item) -> str:
    """Return how an item is listed: "Consulting — 80 per hour (VAT)"."""
    if item.unit:
        text = QCoreApplication.translate("CatalogueViews", "{name} — {rate} per {unit}")
    else:
        text = QCoreApplication.translate("CatalogueViews", "{name} — {rate}")
    text = text.format(name=item.name, rate=item.rate, unit=item.unit)
    if item.taxes:
        return QCoreApplication.translate("CatalogueViews", "{item} ({taxes})").format(
            item=text, taxes=", ".join(item.taxes)
        )
    return text


class _CatalogueView(QWidget):
    """Shared plumbing: read the catalogue, run a change, show its refusal. No signals."""

    def __init__(
        self, catalogue: CatalogueController, runner: TaskRunner, parent: QWidget | None
    ) -> None:
        super().__init__(parent)
        self._catalogue = catalogue
        self._runner = runner
        self.message = QLabel(wordWrap=True)

    def reload(self) -> None:
        """Read the catalogue again on the database lane."""
        self._runner.run(
            Lane.DATABASE, self._catalogue.read, on_success=self.show_catalogue, owner=self
        )

    def show_catalogue(self, catalogue: Catalogue) -> None:
        """Show the catalogue (overridden)."""

    def _change(self, operation: Callable[..., object], *args: object, done: str) -> None:
        self._runner.run(
            Lane.DATABASE,
            operation,
            *args,
            on_success=lambda _result: self._on_changed(done),
            on_failure=self._on_failed,
            owner=self,
        )

    def _on_changed(self, done: str) -> None:
        self.message.setText(done)
        self.reload()

    def _on_failed(self, error: UserFacingError) -> None:
        self.message.setText(str(error))


class TaxRatesView(_CatalogueView):
    """The tax list with Add and Archive, and the default tax (saved with the dialog's Save)."""

    def __init__(
        self, catalogue: CatalogueController, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(catalogue, runner, parent)
        self.taxes = QListWidget()
        self.taxes.setAccessibleName(self.tr("Tax rates"))
        self.name, self.rate = (
            QLineEdit(placeholderText=self.tr("VAT")),
            QLineEdit(placeholderText="20"),
        )
        self.name.setAccessibleName(self.tr("Tax name"))
        self.rate.setAccessibleName(self.tr("Tax rate"))
        self.compound = QCheckBox(self.tr("Compound (also taxes the other taxes)"))
        self.add_button = QPushButton(self.tr("&Add tax"))
        self.archive_button = QPushButton(self.tr("A&rchive selected"))
        self.default = QComboBox()
        self.default.setAccessibleName(self.tr("Default tax"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        self.archive_button.clicked.connect(self._on_archive_button_clicked)
        form = QFormLayout()
        form.addRow(self.tr("Name:"), self.name)
        form.addRow(self.tr("Rate (%):"), self.rate)
        form.addRow("", self.compound)
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.archive_button)
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.taxes, 1)
        layout.addLayout(form)
        layout.addLayout(buttons)
        default_row = QFormLayout()
        default_row.addRow(self.tr("&Default tax of new lines:"), self.default)
        layout.addLayout(default_row)
        layout.addWidget(QLabel(self.tr("A tax in use is archived, never deleted: documents keep the name "
                                "and rate they were written with."), wordWrap=True))  # fmt: skip
        layout.addWidget(self.message)

    def show_catalogue(self, catalogue: Catalogue) -> None:
        """List the taxes and offer the usable ones as the default."""
        self.taxes.clear()
        for tax in catalogue.taxes:
            item = QListWidgetItem(tax_label(tax))
            item.setData(Qt.ItemDataRole.UserRole, tax.name)
            if tax.archived:
                item.setForeground(Qt.GlobalColor.gray)
            self.taxes.addItem(item)
        self.default.clear()
        self.default.addItem(self.tr("(no default tax)"), "")
        for tax in catalogue.taxes:
            if not tax.archived:
                self.default.addItem(rate_label(tax.name, tax.rate), tax.name)
                if tax.is_default:
                    self.default.setCurrentIndex(self.default.count() - 1)

    def default_tax(self) -> str:
        """Return the default tax's name as chosen ("" for none)."""
        return str(self.default.currentData() or "")

    def _on_add_button_clicked(self) -> None:
        name = self.name.text()
        self._change(self._catalogue.add_tax, name, self.rate.text(), self.compound.isChecked(),
                     done=self.tr("Added {name}.").format(name=name.strip()))  # fmt: skip

    def _on_archive_button_clicked(self) -> None:
        item = self.taxes.currentItem()
        if item is None:
            self.message.setText(self.tr("Select a tax to archive."))
            return
        name = str(item.data(Qt.ItemDataRole.UserRole))
        self._change(
            self._catalogue.archive_tax, name, done=self.tr("Archived {name}.").format(name=name)
        )


class ItemsView(_CatalogueView):
    """The items catalogue with Add: name, rate, description, unit and default taxes."""

    def __init__(
        self, catalogue: CatalogueController, runner: TaskRunner, parent: QWidget | None = None
    ) -> None:
        super().__init__(catalogue, runner, parent)
        self.items = QListWidget()
        self.items.setAccessibleName(self.tr("Items"))
        self.name, self.rate = QLineEdit(), QLineEdit(placeholderText="80.00")
        self.description, self.unit = (
            QLineEdit(),
            QLineEdit(placeholderText=self.tr("hour, piece, kg…")),
        )
        self.item_taxes = QListWidget()
        self.item_taxes.setAccessibleName(self.tr("Item taxes"))
        self.item_taxes.setMaximumHeight(80)
        self.add_button = QPushButton(self.tr("&Add item"))
        self.add_button.clicked.connect(self._on_add_button_clicked)
        form = QFormLayout()
        for label, accessible, widget in (
            (self.tr("Name:"), self.tr("Item name"), self.name),
            (self.tr("Rate:"), self.tr("Item rate"), self.rate),
            (self.tr("Description:"), self.tr("Item description"), self.description),
            (self.tr("Unit:"), self.tr("Item unit"), self.unit),
            (self.tr("Taxes:"), self.tr("Item taxes"), self.item_taxes),
        ):
            widget.setAccessibleName(accessible)
            form.addRow(label, widget)
        layout = QVBoxLayout(self)
        layout.addWidget(self.items, 1)
        layout.addLayout(form)
        layout.addWidget(self.add_button)
        layout.addWidget(self.message)

    def show_catalogue(self, catalogue: Catalogue) -> None:
        """List the items, and the usable taxes to tick for a new one."""
        self.items.clear()
        self.items.addItems([item_label(i) for i in catalogue.items])
        self.item_taxes.clear()
        for tax in catalogue.taxes:
            if not tax.archived:
                entry = QListWidgetItem(rate_label(tax.name, tax.rate))
                entry.setData(Qt.ItemDataRole.UserRole, tax.name)
                entry.setFlags(entry.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                entry.setCheckState(Qt.CheckState.Unchecked)
                self.item_taxes.addItem(entry)

    def _on_add_button_clicked(self) -> None:
        checked = [
            str(self.item_taxes.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.item_taxes.count())
            if self.item_taxes.item(i).checkState() == Qt.CheckState.Checked
        ]
        name = self.name.text()
        self._change(
            self._catalogue.add_item, name, self.rate.text(), self.description.text(),
            self.unit.text(), checked, done=self.tr("Added {name}.").format(name=name.strip()),
        )  # fmt: skip
