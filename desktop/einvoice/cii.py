"""The EN 16931 invoice as UN/CEFACT CII XML in the Factur-X EN 16931 profile, checked by its XSD."""

from __future__ import annotations

from functools import partial

from facturx import xml_check_xsd
from lxml import etree

from desktop.domain.customers import Address
from desktop.einvoice.model import EInvoice, Party, TaxKey
from desktop.einvoice.xml_values import amount_text, compact_date, number_text, sub_element

RSM = "urn:un:unece:uncefact:data:standard:CrossIndustryInvoice:100"
RAM = "urn:un:unece:uncefact:data:standard:ReusableAggregateBusinessInformationEntity:100"
UDT = "urn:un:unece:uncefact:data:standard:UnqualifiedDataType:100"
QDT = "urn:un:unece:uncefact:data:standard:QualifiedDataType:100"
NSMAP = {"rsm": RSM, "ram": RAM, "udt": UDT, "qdt": QDT}
_sub = partial(sub_element, NSMAP)
PROFILE = "urn:cen.eu:en16931:2017"
INVOICE, CREDIT_NOTE = "380", "381"
CREDIT_TRANSFER = "30"  # UNTDID 4461; 58 would be SEPA only


def cii_xml(invoice: EInvoice) -> bytes:
    """Return the CII XML (UTF-8) after checking it against the Factur-X EN 16931 XSD."""
    root = etree.Element(f"{{{RSM}}}CrossIndustryInvoice", nsmap=NSMAP)
    context = _sub(root, "rsm:ExchangedDocumentContext")
    _sub(_sub(context, "ram:GuidelineSpecifiedDocumentContextParameter"), "ram:ID", PROFILE)
    header = _sub(root, "rsm:ExchangedDocument")
    _sub(header, "ram:ID", invoice.number)
    _sub(header, "ram:TypeCode", CREDIT_NOTE if invoice.is_credit_note else INVOICE)
    _date(_sub(header, "ram:IssueDateTime"), invoice)
    if invoice.note:
        _sub(_sub(header, "ram:IncludedNote"), "ram:Content", invoice.note)
    transaction = _sub(root, "rsm:SupplyChainTradeTransaction")
    for line in invoice.lines:
        item = _sub(transaction, "ram:IncludedSupplyChainTradeLineItem")
        _sub(_sub(item, "ram:AssociatedDocumentLineDocument"), "ram:LineID", str(line.number))
        product = _sub(item, "ram:SpecifiedTradeProduct")
        _sub(product, "ram:Name", line.name)
        if line.description:
            _sub(product, "ram:Description", line.description)
        agreement = _sub(item, "ram:SpecifiedLineTradeAgreement")
        price = _sub(agreement, "ram:NetPriceProductTradePrice")
        _sub(price, "ram:ChargeAmount", number_text(line.price))
        delivery = _sub(item, "ram:SpecifiedLineTradeDelivery")
        _sub(delivery, "ram:BilledQuantity", number_text(line.quantity), unitCode="C62")
        settlement = _sub(item, "ram:SpecifiedLineTradeSettlement")
        _tax(_sub(settlement, "ram:ApplicableTradeTax"), line.tax)
        if line.allowance:
            _allowance(settlement, False, line.allowance, "Discount", None)
        summation = _sub(settlement, "ram:SpecifiedTradeSettlementLineMonetarySummation")
        _sub(summation, "ram:LineTotalAmount", amount_text(line.net_amount))
    agreement = _sub(transaction, "ram:ApplicableHeaderTradeAgreement")
    _sub(agreement, "ram:BuyerReference", invoice.buyer_reference)
    _party(_sub(agreement, "ram:SellerTradeParty"), invoice.seller)
    _party(_sub(agreement, "ram:BuyerTradeParty"), invoice.buyer)
    _sub(transaction, "ram:ApplicableHeaderTradeDelivery")
    _settlement(_sub(transaction, "ram:ApplicableHeaderTradeSettlement"), invoice)
    xml = bytes(etree.tostring(root, xml_declaration=True, encoding="UTF-8", pretty_print=True))
    xml_check_xsd(xml, flavor="factur-x", level="en16931")
    return xml


def _date(parent: etree._Element, invoice: EInvoice) -> None:
    _sub(parent, "udt:DateTimeString", compact_date(invoice.issue_date), format="102")


def _party(element: etree._Element, party: Party) -> None:
    _sub(element, "ram:Name", party.name)
    _address(_sub(element, "ram:PostalTradeAddress"), party.address, party.country)
    if party.email:
        uri = _sub(element, "ram:URIUniversalCommunication")
        _sub(uri, "ram:URIID", party.email, schemeID="EM")
    if party.vat_id:
        _sub(_sub(element, "ram:SpecifiedTaxRegistration"), "ram:ID", party.vat_id, schemeID="VA")


def _address(element: etree._Element, address: Address, country: str) -> None:
    if address.zip:
        _sub(element, "ram:PostcodeCode", address.zip)
    if address.street:
        _sub(element, "ram:LineOne", address.street)
    if address.city:
        _sub(element, "ram:CityName", address.city)
    _sub(element, "ram:CountryID", country)
    if address.state:
        _sub(element, "ram:CountrySubDivisionName", address.state)


def _tax(element: etree._Element, key: TaxKey) -> None:
    _sub(element, "ram:TypeCode", "VAT")
    _sub(element, "ram:CategoryCode", key.category.value)
    _sub(element, "ram:RateApplicablePercent", number_text(key.rate))


def _allowance(
    parent: etree._Element, is_charge: bool, amount: object, reason: str, key: TaxKey | None
) -> None:
    element = _sub(parent, "ram:SpecifiedTradeAllowanceCharge")
    indicator = _sub(element, "ram:ChargeIndicator")
    _sub(indicator, "udt:Indicator", "true" if is_charge else "false")
    _sub(element, "ram:ActualAmount", amount_text(amount))  # type: ignore[arg-type]
    _sub(element, "ram:Reason", reason)
    if key is not None:
        _tax(_sub(element, "ram:CategoryTradeTax"), key)


def _settlement(element: etree._Element, invoice: EInvoice) -> None:
    _sub(element, "ram:InvoiceCurrencyCode", invoice.currency)
    if invoice.bank is not None:
        means = _sub(element, "ram:SpecifiedTradeSettlementPaymentMeans")
        _sub(means, "ram:TypeCode", CREDIT_TRANSFER)
        account = _sub(means, "ram:PayeePartyCreditorFinancialAccount")
        _sub(account, "ram:IBANID", invoice.bank.iban)
        if invoice.bank.bic:
            institution = _sub(means, "ram:PayeeSpecifiedCreditorFinancialInstitution")
            _sub(institution, "ram:BICID", invoice.bank.bic)
    for group in invoice.taxes:
        tax = _sub(element, "ram:ApplicableTradeTax")
        _sub(tax, "ram:CalculatedAmount", amount_text(group.amount))
        _sub(tax, "ram:TypeCode", "VAT")
        if group.exemption_reason:
            _sub(tax, "ram:ExemptionReason", group.exemption_reason)
        _sub(tax, "ram:BasisAmount", amount_text(group.taxable))
        _sub(tax, "ram:CategoryCode", group.tax.category.value)
        _sub(tax, "ram:RateApplicablePercent", number_text(group.tax.rate))
    for extra in invoice.allowances_charges:
        _allowance(element, extra.is_charge, extra.amount, extra.reason, extra.tax)
    if invoice.payment_terms or invoice.due_date:
        terms = _sub(element, "ram:SpecifiedTradePaymentTerms")
        if invoice.payment_terms:
            _sub(terms, "ram:Description", invoice.payment_terms)
        if invoice.due_date:
            due = _sub(terms, "ram:DueDateDateTime")
            _sub(due, "udt:DateTimeString", compact_date(invoice.due_date), format="102")
    sums = _sub(element, "ram:SpecifiedTradeSettlementHeaderMonetarySummation")
    _sub(sums, "ram:LineTotalAmount", amount_text(invoice.line_total))
    _sub(sums, "ram:ChargeTotalAmount", amount_text(invoice.charge_total))
    _sub(sums, "ram:AllowanceTotalAmount", amount_text(invoice.allowance_total))
    _sub(sums, "ram:TaxBasisTotalAmount", amount_text(invoice.tax_exclusive))
    _sub(sums, "ram:TaxTotalAmount", amount_text(invoice.tax_total), currencyID=invoice.currency)
    if invoice.rounding:
        _sub(sums, "ram:RoundingAmount", amount_text(invoice.rounding))
    _sub(sums, "ram:GrandTotalAmount", amount_text(invoice.tax_inclusive))
    _sub(sums, "ram:TotalPrepaidAmount", amount_text(invoice.prepaid))
    _sub(sums, "ram:DuePayableAmount", amount_text(invoice.payable))
    if invoice.credited_invoice:
        referenced = _sub(element, "ram:InvoiceReferencedDocument")
        _sub(referenced, "ram:IssuerAssignedID", invoice.credited_invoice)
