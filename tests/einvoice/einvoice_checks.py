"""Read a Factur-X or UBL file back, check it against its XSD and recompute EN 16931's sums."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from pathlib import Path
from typing import Any

from facturx import get_xml_from_pdf, xml_check_xsd
from lxml import etree
from pypdf import PdfReader

from desktop.einvoice.cii import NSMAP as CII
from desktop.einvoice.ubl import CAC, CBC

ZERO, CENT = Decimal(0), Decimal("0.01")
UBL = {"cac": CAC, "cbc": CBC}


@dataclass
class Read:
    """The sums of one e-invoice as its XML states them, and what its parts add up to."""

    type_code: str
    lines: list[
        tuple[Decimal, Decimal, Decimal, Decimal, tuple[str, Decimal]]
    ]  # qty, price, allowance, net, key
    extras: list[tuple[bool, Decimal, tuple[str, Decimal]]]
    groups: dict[tuple[str, Decimal], tuple[Decimal, Decimal, str | None]]
    totals: dict[str, Decimal]
    credited: str | None
    iban: str | None
    seller_country: str
    buyer_country: str
    buyer_vat: str | None
    payment_terms: str | None
    due_date: str | None


def read_facturx(path: Path) -> Read:
    """Check the PDF carries factur-x.xml valid by the EN 16931 XSD; return its sums."""
    content = path.read_bytes()
    reader = PdfReader(path)
    assert list(reader.attachments) == ["factur-x.xml"], reader.attachments
    metadata = reader.xmp_metadata
    assert metadata is not None
    xmp = metadata.stream.get_data().decode()  # PDF/A-3 B, Factur-X EN 16931
    assert "<pdfaid:part>3</pdfaid:part>" in xmp
    assert "<fx:ConformanceLevel>EN 16931<" in xmp
    catalog: Any = reader.trailer["/Root"]
    [intent] = catalog["/OutputIntents"]
    assert intent.get_object()["/DestOutputProfile"].get_object()["/N"] == 3  # sRGB
    filename, xml = get_xml_from_pdf(content, check_xsd=False)
    assert filename == "factur-x.xml"
    assert xml_check_xsd(xml, flavor="factur-x", level="en16931")
    root = etree.fromstring(xml)

    def d(node: etree._Element, path: str) -> Decimal:
        return Decimal(node.findtext(path, namespaces=CII))

    def key(node: etree._Element) -> tuple[str, Decimal]:
        return node.findtext("ram:CategoryCode", namespaces=CII), d(
            node, "ram:RateApplicablePercent"
        )

    lines = []
    for item in root.iterfind(".//ram:IncludedSupplyChainTradeLineItem", CII):
        settlement = item.find("ram:SpecifiedLineTradeSettlement", CII)
        allowance = settlement.findtext(
            "ram:SpecifiedTradeAllowanceCharge/ram:ActualAmount", namespaces=CII
        )
        lines.append(
            (
                d(item, "ram:SpecifiedLineTradeDelivery/ram:BilledQuantity"),
                d(
                    item,
                    "ram:SpecifiedLineTradeAgreement/ram:NetPriceProductTradePrice/ram:ChargeAmount",
                ),
                Decimal(allowance or "0"),
                d(
                    settlement,
                    "ram:SpecifiedTradeSettlementLineMonetarySummation/ram:LineTotalAmount",
                ),
                key(settlement.find("ram:ApplicableTradeTax", CII)),
            )
        )
    settlement = root.find(".//ram:ApplicableHeaderTradeSettlement", CII)
    extras = [
        (
            e.findtext("ram:ChargeIndicator/udt:Indicator", namespaces=CII) == "true",
            d(e, "ram:ActualAmount"),
            key(e.find("ram:CategoryTradeTax", CII)),
        )
        for e in settlement.iterfind("ram:SpecifiedTradeAllowanceCharge", CII)
    ]
    groups = {
        key(t): (
            d(t, "ram:BasisAmount"),
            d(t, "ram:CalculatedAmount"),
            t.findtext("ram:ExemptionReason", namespaces=CII),
        )
        for t in settlement.iterfind("ram:ApplicableTradeTax", CII)
    }
    sums = settlement.find("ram:SpecifiedTradeSettlementHeaderMonetarySummation", CII)
    names_ = {
        "line": "LineTotalAmount", "allowances": "AllowanceTotalAmount",
        "charges": "ChargeTotalAmount", "exclusive": "TaxBasisTotalAmount",
        "tax": "TaxTotalAmount", "inclusive": "GrandTotalAmount",
        "prepaid": "TotalPrepaidAmount", "rounding": "RoundingAmount", "payable": "DuePayableAmount",
    }  # fmt: skip
    totals = {
        k: Decimal(sums.findtext(f"ram:{v}", default="0", namespaces=CII))
        for k, v in names_.items()
    }
    parties = root.find(".//ram:ApplicableHeaderTradeAgreement", CII)
    return Read(
        type_code=root.findtext(".//rsm:ExchangedDocument/ram:TypeCode", namespaces=CII),
        lines=lines,
        extras=extras,
        groups=groups,
        totals=totals,
        credited=settlement.findtext(
            "ram:InvoiceReferencedDocument/ram:IssuerAssignedID", namespaces=CII
        ),
        iban=settlement.findtext(".//ram:IBANID", namespaces=CII),
        seller_country=parties.findtext("ram:SellerTradeParty//ram:CountryID", namespaces=CII),
        buyer_country=parties.findtext("ram:BuyerTradeParty//ram:CountryID", namespaces=CII),
        buyer_vat=parties.findtext(
            "ram:BuyerTradeParty/ram:SpecifiedTaxRegistration/ram:ID", namespaces=CII
        ),
        payment_terms=settlement.findtext(
            "ram:SpecifiedTradePaymentTerms/ram:Description", namespaces=CII
        ),
        due_date=settlement.findtext(".//ram:DueDateDateTime/udt:DateTimeString", namespaces=CII),
    )


def read_ubl(path: Path) -> Read:
    """Check the file against the UBL 2.1 XSD (Invoice or CreditNote); return its sums."""
    xml = path.read_bytes()
    root = etree.fromstring(xml)
    credit = etree.QName(root).localname == "CreditNote"
    assert xml_check_xsd(xml, flavor="ubl-2.1-creditnote" if credit else "ubl-2.1-invoice")

    def d(node: etree._Element, path: str) -> Decimal:
        return Decimal(node.findtext(path, namespaces=UBL))

    def key(node: etree._Element) -> tuple[str, Decimal]:
        return node.findtext("cbc:ID", namespaces=UBL), d(node, "cbc:Percent")

    line_tag = "cac:CreditNoteLine" if credit else "cac:InvoiceLine"
    quantity = "cbc:CreditedQuantity" if credit else "cbc:InvoicedQuantity"
    lines = [
        (
            d(line, quantity),
            d(line, "cac:Price/cbc:PriceAmount"),
            Decimal(line.findtext("cac:AllowanceCharge/cbc:Amount", default="0", namespaces=UBL)),
            d(line, "cbc:LineExtensionAmount"),
            key(line.find("cac:Item/cac:ClassifiedTaxCategory", UBL)),
        )
        for line in root.iterfind(line_tag, UBL)
    ]
    extras = [
        (
            e.findtext("cbc:ChargeIndicator", namespaces=UBL) == "true",
            d(e, "cbc:Amount"),
            key(e.find("cac:TaxCategory", UBL)),
        )
        for e in root.iterfind("cac:AllowanceCharge", UBL)
    ]
    groups = {
        key(s.find("cac:TaxCategory", UBL)): (
            d(s, "cbc:TaxableAmount"), d(s, "cbc:TaxAmount"),
            s.findtext("cac:TaxCategory/cbc:TaxExemptionReason", namespaces=UBL),
        )
        for s in root.iterfind("cac:TaxTotal/cac:TaxSubtotal", UBL)
    }  # fmt: skip
    sums = root.find("cac:LegalMonetaryTotal", UBL)
    names_ = {
        "line": "LineExtensionAmount", "allowances": "AllowanceTotalAmount",
        "charges": "ChargeTotalAmount", "exclusive": "TaxExclusiveAmount",
        "inclusive": "TaxInclusiveAmount", "prepaid": "PrepaidAmount",
        "rounding": "PayableRoundingAmount", "payable": "PayableAmount",
    }  # fmt: skip
    totals = {
        k: Decimal(sums.findtext(f"cbc:{v}", default="0", namespaces=UBL))
        for k, v in names_.items()
    }
    totals["tax"] = d(root, "cac:TaxTotal/cbc:TaxAmount")
    return Read(
        type_code=root.findtext(f"cbc:{etree.QName(root).localname}TypeCode", namespaces=UBL),
        lines=lines,
        extras=extras,
        groups=groups,
        totals=totals,
        credited=root.findtext(
            "cac:BillingReference/cac:InvoiceDocumentReference/cbc:ID", namespaces=UBL
        ),
        iban=root.findtext("cac:PaymentMeans/cac:PayeeFinancialAccount/cbc:ID", namespaces=UBL),
        seller_country=root.findtext(
            "cac:AccountingSupplierParty//cac:Country/cbc:IdentificationCode", namespaces=UBL
        ),
        buyer_country=root.findtext(
            "cac:AccountingCustomerParty//cac:Country/cbc:IdentificationCode", namespaces=UBL
        ),
        buyer_vat=root.findtext(
            "cac:AccountingCustomerParty//cac:PartyTaxScheme/cbc:CompanyID", namespaces=UBL
        ),
        payment_terms=root.findtext("cac:PaymentTerms/cbc:Note", namespaces=UBL),
        due_date=root.findtext("cbc:DueDate", namespaces=UBL),
    )


def check_rules(read: Read) -> None:
    """Recompute EN 16931's arithmetic rules from the file's own parts."""
    t = read.totals
    for quantity, price, allowance, net, _ in read.lines:  # PEPPOL-EN16931-R120
        assert (quantity * price).quantize(CENT, ROUND_HALF_UP) - allowance == net
    assert t["line"] == sum((line[3] for line in read.lines), ZERO)  # BR-CO-10
    assert t["allowances"] == sum((a for c, a, _ in read.extras if not c), ZERO)  # BR-CO-11
    assert t["charges"] == sum((a for c, a, _ in read.extras if c), ZERO)  # BR-CO-12
    assert t["exclusive"] == t["line"] - t["allowances"] + t["charges"]  # BR-CO-13
    assert t["tax"] == sum((g[1] for g in read.groups.values()), ZERO)  # BR-CO-14
    assert t["inclusive"] == t["exclusive"] + t["tax"]  # BR-CO-15
    assert t["payable"] == t["inclusive"] - t["prepaid"] + t["rounding"]  # BR-CO-16
    assert t["payable"] <= 0 or read.payment_terms or read.due_date  # BR-CO-25
    keys = {line[4] for line in read.lines} | {e[2] for e in read.extras}
    assert keys == set(read.groups)  # BR-S-01 …: one breakdown per category and rate used
    for key, (taxable, amount, reason) in read.groups.items():  # BR-S-08, BR-Z-08, BR-E-08
        lines = sum((line[3] for line in read.lines if line[4] == key), ZERO)
        extras = sum((a if c else -a for c, a, k in read.extras if k == key), ZERO)
        assert taxable == lines + extras, key
        exact = (taxable * key[1] / 100).quantize(CENT, ROUND_HALF_UP)
        assert abs(amount - exact) < 1, key  # BR-CO-17
        category = key[0]
        assert (category == "S") == (key[1] > 0)  # BR-S-05, BR-Z-05, BR-E-05
        assert (category == "E") == (reason is not None)  # BR-E-10


def money(text: str) -> Decimal:
    """Return a `documents show` amount."""
    return Decimal(text)
