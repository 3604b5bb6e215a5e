"""The EN 16931 invoice as UBL 2.1 in Peppol BIS Billing 3.0, checked against the OASIS XSD."""

from __future__ import annotations

from decimal import Decimal
from functools import partial

from facturx import xml_check_xsd
from lxml import etree

from desktop.einvoice.model import EInvoice, Party, TaxKey
from desktop.einvoice.xml_values import amount_text, date_text, number_text, sub_element

CBC = "urn:oasis:names:specification:ubl:schema:xsd:CommonBasicComponents-2"
CAC = "urn:oasis:names:specification:ubl:schema:xsd:CommonAggregateComponents-2"
INVOICE_NS = "urn:oasis:names:specification:ubl:schema:xsd:Invoice-2"
CREDIT_NOTE_NS = "urn:oasis:names:specification:ubl:schema:xsd:CreditNote-2"
CUSTOMIZATION = "urn:cen.eu:en16931:2017#compliant#urn:fdc:peppol.eu:2017:poacc:billing:3.0"
PROFILE = "urn:fdc:peppol.eu:2017:poacc:billing:01:1.0"
CREDIT_TRANSFER = "30"
_PREFIXES = {"cbc": CBC, "cac": CAC}
_sub = partial(sub_element, _PREFIXES)


def ubl_xml(invoice: EInvoice) -> bytes:
    """Return the UBL Invoice or CreditNote (UTF-8) after checking it against the UBL 2.1 XSD."""
    credit = invoice.is_credit_note
    name = "CreditNote" if credit else "Invoice"
    root = etree.Element(
        f"{{{CREDIT_NOTE_NS if credit else INVOICE_NS}}}{name}",
        nsmap={None: CREDIT_NOTE_NS if credit else INVOICE_NS, "cac": CAC, "cbc": CBC},
    )
    currency = invoice.currency

    def money(parent: etree._Element, tag: str, value: Decimal) -> None:
        _sub(parent, tag, amount_text(value), currencyID=currency)

    _sub(root, "cbc:CustomizationID", CUSTOMIZATION)
    _sub(root, "cbc:ProfileID", PROFILE)
    _sub(root, "cbc:ID", invoice.number)
    _sub(root, "cbc:IssueDate", date_text(invoice.issue_date))
    if invoice.due_date and not credit:
        _sub(root, "cbc:DueDate", date_text(invoice.due_date))
    _sub(root, f"cbc:{name}TypeCode", "381" if credit else "380")
    if invoice.note:
        _sub(root, "cbc:Note", invoice.note)
    _sub(root, "cbc:DocumentCurrencyCode", currency)
    _sub(root, "cbc:BuyerReference", invoice.buyer_reference)
    if invoice.credited_invoice:
        reference = _sub(_sub(root, "cac:BillingReference"), "cac:InvoiceDocumentReference")
        _sub(reference, "cbc:ID", invoice.credited_invoice)
    _party(_sub(root, "cac:AccountingSupplierParty"), invoice.seller)
    _party(_sub(root, "cac:AccountingCustomerParty"), invoice.buyer)
    if invoice.bank is not None:
        means = _sub(root, "cac:PaymentMeans")
        _sub(means, "cbc:PaymentMeansCode", CREDIT_TRANSFER)
        _sub(means, "cbc:PaymentID", invoice.number)
        account = _sub(means, "cac:PayeeFinancialAccount")
        _sub(account, "cbc:ID", invoice.bank.iban)
        if invoice.bank.bic:
            _sub(_sub(account, "cac:FinancialInstitutionBranch"), "cbc:ID", invoice.bank.bic)
    if invoice.payment_terms:
        _sub(_sub(root, "cac:PaymentTerms"), "cbc:Note", invoice.payment_terms)
    for extra in invoice.allowances_charges:
        element = _sub(root, "cac:AllowanceCharge")
        _sub(element, "cbc:ChargeIndicator", "true" if extra.is_charge else "false")
        _sub(element, "cbc:AllowanceChargeReason", extra.reason)
        money(element, "cbc:Amount", extra.amount)
        _category(element, "cac:TaxCategory", extra.tax, None)
    total = _sub(root, "cac:TaxTotal")
    money(total, "cbc:TaxAmount", invoice.tax_total)
    for group in invoice.taxes:
        subtotal = _sub(total, "cac:TaxSubtotal")
        money(subtotal, "cbc:TaxableAmount", group.taxable)
        money(subtotal, "cbc:TaxAmount", group.amount)
        _category(subtotal, "cac:TaxCategory", group.tax, group.exemption_reason)
    sums = _sub(root, "cac:LegalMonetaryTotal")
    money(sums, "cbc:LineExtensionAmount", invoice.line_total)
    money(sums, "cbc:TaxExclusiveAmount", invoice.tax_exclusive)
    money(sums, "cbc:TaxInclusiveAmount", invoice.tax_inclusive)
    money(sums, "cbc:AllowanceTotalAmount", invoice.allowance_total)
    money(sums, "cbc:ChargeTotalAmount", invoice.charge_total)
    money(sums, "cbc:PrepaidAmount", invoice.prepaid)
    if invoice.rounding:
        money(sums, "cbc:PayableRoundingAmount", invoice.rounding)
    money(sums, "cbc:PayableAmount", invoice.payable)
    for line in invoice.lines:
        element = _sub(root, f"cac:{name}Line")
        _sub(element, "cbc:ID", str(line.number))
        quantity = "cbc:CreditedQuantity" if credit else "cbc:InvoicedQuantity"
        _sub(element, quantity, number_text(line.quantity), unitCode="C62")
        money(element, "cbc:LineExtensionAmount", line.net_amount)
        if line.allowance:
            allowance = _sub(element, "cac:AllowanceCharge")
            _sub(allowance, "cbc:ChargeIndicator", "false")
            _sub(allowance, "cbc:AllowanceChargeReason", "Discount")
            money(allowance, "cbc:Amount", line.allowance)
        item = _sub(element, "cac:Item")
        if line.description:
            _sub(item, "cbc:Description", line.description)
        _sub(item, "cbc:Name", line.name)
        _category(item, "cac:ClassifiedTaxCategory", line.tax, None)
        _sub(
            _sub(element, "cac:Price"),
            "cbc:PriceAmount",
            number_text(line.price),
            currencyID=currency,
        )
    xml = bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
    xml_check_xsd(xml, flavor="ubl-2.1-creditnote" if credit else "ubl-2.1-invoice")
    return xml


def _party(parent: etree._Element, party: Party) -> None:
    element = _sub(parent, "cac:Party")
    if party.email:
        _sub(element, "cbc:EndpointID", party.email, schemeID="EM")
    _sub(_sub(element, "cac:PartyName"), "cbc:Name", party.name)
    address = _sub(element, "cac:PostalAddress")
    if party.address.street:
        _sub(address, "cbc:StreetName", party.address.street)
    if party.address.city:
        _sub(address, "cbc:CityName", party.address.city)
    if party.address.zip:
        _sub(address, "cbc:PostalZone", party.address.zip)
    if party.address.state:
        _sub(address, "cbc:CountrySubentity", party.address.state)
    _sub(_sub(address, "cac:Country"), "cbc:IdentificationCode", party.country)
    if party.vat_id:
        scheme = _sub(element, "cac:PartyTaxScheme")
        _sub(scheme, "cbc:CompanyID", party.vat_id)
        _sub(_sub(scheme, "cac:TaxScheme"), "cbc:ID", "VAT")
    _sub(_sub(element, "cac:PartyLegalEntity"), "cbc:RegistrationName", party.name)
    if party.email:
        _sub(_sub(element, "cac:Contact"), "cbc:ElectronicMail", party.email)


def _category(parent: etree._Element, tag: str, key: TaxKey, reason: str | None) -> None:
    element = _sub(parent, tag)
    _sub(element, "cbc:ID", key.category.value)
    _sub(element, "cbc:Percent", number_text(key.rate))
    if reason:
        _sub(element, "cbc:TaxExemptionReason", reason)
    _sub(_sub(element, "cac:TaxScheme"), "cbc:ID", "VAT")
