"""The welcome page of an empty window: the three first steps, each one click away."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)


class WelcomeView(QScrollArea):
    """Step 1 your business, step 2 your customers (Zoho CRM or the sandbox), step 3 your taxes.

    Signals (GUI thread):
      business_requested() — open Settings on the organization
      import_requested() — open the import from Zoho CRM
      sandbox_requested() — start the sandbox CRM on this computer and import from it
      taxes_requested() — open Settings on the tax rates
      dismissed() — show the window's tabs
    """

    business_requested = Signal()
    import_requested = Signal()
    sandbox_requested = Signal()
    taxes_requested = Signal()
    dismissed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setAccessibleName(self.tr("Welcome"))
        page = QWidget()
        title = QLabel(self.tr("<h1>Welcome to Invoice Desk</h1>"))
        intro = QLabel(
            self.tr(
                "Invoices, estimates and credit notes for your Zoho CRM customers, on this "
                "computer and offline. Three steps and you are ready:"
            ),
            wordWrap=True,
        )
        self.business_button = QPushButton(self.tr("Enter your &business details…"))
        self.import_button = QPushButton(self.tr("&Import from Zoho CRM…"))
        self.sandbox_button = QPushButton(self.tr("Try the &sandbox CRM"))
        self.sandbox_button.setToolTip(
            self.tr("Start a Zoho-like CRM with sample customers on this computer and import them")
        )
        self.taxes_button = QPushButton(self.tr("Set up your &tax rates…"))
        self.status = QLabel(wordWrap=True)
        self.status.setAccessibleName(self.tr("Welcome status"))
        steps = QGridLayout()
        steps.setHorizontalSpacing(16)
        steps.setVerticalSpacing(12)
        for row, (number, heading, text, buttons) in enumerate(
            (
                (
                    "1",
                    self.tr("Your business"),
                    self.tr(
                        "Name, address, tax id, payment details, logo and currency: printed on "
                        "every document."
                    ),
                    (self.business_button,),
                ),
                (
                    "2",
                    self.tr("Your customers"),
                    self.tr(
                        "Bring in your Zoho CRM Accounts and Contacts; they stay up to date every "
                        "12 hours. No Zoho account at hand? Try the sandbox: sample customers, "
                        "nothing leaves this computer."
                    ),
                    (self.import_button, self.sandbox_button),
                ),
                (
                    "3",
                    self.tr("Your tax rates"),
                    self.tr("The rates you charge, such as “VAT 20%”, and the one new lines get."),
                    (self.taxes_button,),
                ),
            )
        ):
            steps.addWidget(_step_card(number, heading, text, buttons), row, 0)
        self.skip_button = QPushButton(self.tr("Go to the &window"))
        self.skip_button.setFlat(True)
        column = QVBoxLayout()
        column.addWidget(title)
        column.addWidget(intro)
        column.addSpacing(8)
        column.addLayout(steps)
        column.addWidget(self.status)
        skip_row = QHBoxLayout()
        skip_row.addStretch(1)
        skip_row.addWidget(self.skip_button)
        column.addLayout(skip_row)
        column.addStretch(1)
        centred = QHBoxLayout(page)
        centred.addStretch(1)
        centred.addLayout(column, 4)
        centred.addStretch(1)
        self.setWidget(page)
        self.business_button.clicked.connect(self.business_requested)
        self.import_button.clicked.connect(self.import_requested)
        self.sandbox_button.clicked.connect(self.sandbox_requested)
        self.taxes_button.clicked.connect(self.taxes_requested)
        self.skip_button.clicked.connect(self.dismissed)

    def say(self, text: str) -> None:
        """Show how a step goes ("Starting the sandbox…", or why it could not)."""
        self.status.setText(text)


def _step_card(number: str, heading: str, text: str, buttons: tuple[QPushButton, ...]) -> QFrame:
    card = QFrame()
    card.setFrameShape(QFrame.Shape.StyledPanel)
    badge = QLabel(f"<h1>{number}</h1>")
    badge.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
    badge.setMinimumWidth(badge.fontMetrics().horizontalAdvance("00") * 2)
    words = QLabel(f"<h3>{heading}</h3>{text}", wordWrap=True)
    words.setTextFormat(Qt.TextFormat.RichText)
    row = QHBoxLayout()
    for button in buttons:
        row.addWidget(button)
    row.addStretch(1)
    body = QVBoxLayout()
    body.addWidget(words)
    body.addLayout(row)
    layout = QHBoxLayout(card)
    layout.addWidget(badge)
    layout.addLayout(body, 1)
    return card
