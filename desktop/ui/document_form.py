"""Text in the editor's fields ⇄ document values: discounts ("10%", "5.00"), taxes ("VAT 20%"),
lines; every refusal names its field. Qt-free, so it is tested directly."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from desktop.domain.documents import LineDraft
from desktop.domain.errors import ValidationError
from desktop.domain.money import ZERO, check_line_amount, check_tax_rate, parse_decimal
from desktop.domain.totals import Discount, TaxSpec

COMPOUND_MARK = "*"


@dataclass(frozen=True, slots=True)
class LineText:
    """A line exactly as typed in the grid."""

    name: str = ""
    description: str = ""
    quantity: str = "1"
    rate: str = ""
    discount: str = ""
    taxes: str = ""


def parse_discount_text(text: str, field: str) -> Discount | None:
    """Return "10%" as a percentage, "5.00" as an amount, "" as no discount."""
    text = text.strip()
    if not text:
        return None
    percent = text.endswith("%")
    value = parse_decimal(text.rstrip("%").strip(), field)
    if value < ZERO:
        raise ValidationError(
            field, QCoreApplication.translate("DocumentForm", "cannot be negative")
        )
    if percent and value > Decimal(100):
        raise ValidationError(
            field, QCoreApplication.translate("DocumentForm", "cannot be more than 100%")
        )
    return None if value == ZERO else Discount(value, percent)


def discount_text(discount: Discount | None) -> str:
    """Return a discount as the editor shows it."""
    return "" if discount is None else str(discount)


def parse_taxes_text(text: str, field: str) -> tuple[TaxSpec, ...]:
    """Return taxes from "VAT 20%, *QST 9.975%" (a leading * marks a compound tax)."""
    taxes = []
    for index, part in enumerate(p.strip() for p in text.split(",")):
        if not part:
            continue
        if index > 0 and part[0].isdigit():  # "VAT 9,5%": the comma was meant as a decimal mark
            raise ValidationError(
                field,
                QCoreApplication.translate(
                    "DocumentForm",
                    "{text} has a comma that could be a decimal mark; commas separate taxes, "
                    "so write a rate with a dot, like “VAT 9.5%”",
                ).format(text=repr(text.strip())),
            )
        compound = part.startswith(COMPOUND_MARK)
        name, _, rate = part.lstrip(COMPOUND_MARK).strip().rpartition(" ")
        if not name:
            raise ValidationError(
                field,
                QCoreApplication.translate(
                    "DocumentForm",
                    "write each tax as a name and a rate, like “VAT 20%”, not “{part}”",
                ).format(part=part),
            )
        value = parse_decimal(rate.rstrip("%"), field)
        if value < ZERO:
            raise ValidationError(
                field,
                QCoreApplication.translate(
                    "DocumentForm", "the rate of {name} cannot be negative"
                ).format(name=name),
            )
        check_tax_rate(value, field)
        taxes.append(TaxSpec(name.strip(), value, compound))
    return tuple(taxes)


def taxes_text(taxes: tuple[TaxSpec, ...]) -> str:
    """Return taxes as the editor shows them."""
    return ", ".join(f"{COMPOUND_MARK if t.compound else ''}{t.name} {t.rate}%" for t in taxes)


class LineError(ValidationError):
    """A refused grid cell: which line (0-based row) and which column key ("quantity")."""

    def __init__(self, row: int, column: str, field: str, problem: str) -> None:
        super().__init__(field, problem)
        self.row = row
        self.column = column


def _cell_field(number: int, column: str) -> str:
    """Return how a refusal names a cell: "Line 2 quantity"."""
    templates = {
        "item": QCoreApplication.translate("DocumentForm", "Line {number} item"),
        "quantity": QCoreApplication.translate("DocumentForm", "Line {number} quantity"),
        "rate": QCoreApplication.translate("DocumentForm", "Line {number} rate"),
        "discount": QCoreApplication.translate("DocumentForm", "Line {number} discount"),
        "taxes": QCoreApplication.translate("DocumentForm", "Line {number} taxes"),
    }
    return templates[column].format(number=number)


def parse_line(line: LineText, number: int) -> LineDraft:
    """Return the draft of grid line `number` (1-based); raise LineError naming the cell."""
    column = "item"
    try:
        if not line.name.strip():
            raise ValidationError(
                _cell_field(number, column),
                QCoreApplication.translate("DocumentForm", "enter what is sold"),
            )
        column = "quantity"
        quantity = parse_decimal(line.quantity, _cell_field(number, column))
        if quantity <= ZERO:
            raise ValidationError(
                _cell_field(number, column),
                QCoreApplication.translate("DocumentForm", "must be more than zero"),
            )
        column = "rate"
        rate = parse_decimal(line.rate or "0", _cell_field(number, column))
        if rate < ZERO:
            raise ValidationError(
                _cell_field(number, column),
                QCoreApplication.translate("DocumentForm", "cannot be negative"),
            )
        column = "quantity"  # quantity × rate too large: the quantity is the likelier slip
        line_field = QCoreApplication.translate("DocumentForm", "Line {number}")
        check_line_amount(quantity, rate, line_field.format(number=number))
        column = "discount"
        discount = parse_discount_text(line.discount, _cell_field(number, column))
        column = "taxes"
        taxes = parse_taxes_text(line.taxes, _cell_field(number, column))
    except LineError:
        raise
    except ValidationError as error:
        raise LineError(number - 1, column, error.field, error.problem) from error
    return LineDraft(
        name=line.name.strip(),
        description=line.description.strip() or None,
        quantity=quantity,
        rate=rate,
        discount=discount,
        taxes=taxes,
    )


def line_text(line: LineDraft) -> LineText:
    """Return a stored line as the grid shows it."""
    return LineText(
        name=line.name,
        description=line.description or "",
        quantity=str(line.quantity),
        rate=str(line.rate),
        discount=discount_text(line.discount),
        taxes=taxes_text(line.taxes),
    )


def parse_amount(text: str, field: str, signed: bool = False) -> Decimal:
    """Return an amount field ("" is zero); negative only when `signed` (an adjustment)."""
    value = parse_decimal(text.strip() or "0", field)
    if value < ZERO and not signed:
        raise ValidationError(
            field, QCoreApplication.translate("DocumentForm", "cannot be negative")
        )
    return value
