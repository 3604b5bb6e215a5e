"""`invoice-desk reports`: aging, revenue, taxes and a customer's statement, as text, JSON or CSV."""

from __future__ import annotations

import argparse
import csv
import sys
from collections.abc import Sequence
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from desktop.cli.documents_cmd import _date
from desktop.cli.human import human_text
from desktop.cli.output import print_json
from desktop.domain.locale_format import LocaleText
from desktop.domain.money import format_money
from desktop.domain.reports import (
    BUCKET_NAMES,
    AgingReport,
    RevenueLine,
    Statement,
    TaxLine,
    parse_grouping,
)

if TYPE_CHECKING:
    from desktop.controllers.services import Services


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the reports command and its four reports."""
    parser = commands.add_parser("reports", help="aging, revenue, taxes, customer statements")
    reports = parser.add_subparsers(dest="report", metavar="REPORT", required=True)

    aging = reports.add_parser("aging", help="what customers owe, by days past due")
    aging.add_argument("--as-of", metavar="DATE", help="the day of the report (default: today)")
    _add_format(aging)
    aging.set_defaults(handler=run_aging)

    revenue = reports.add_parser("revenue", help="invoiced and collected, by period")
    _add_period(revenue)
    revenue.add_argument("--by", default="month", metavar="month|quarter|year")
    _add_format(revenue)
    revenue.set_defaults(handler=run_revenue)

    taxes = reports.add_parser("taxes", help="taxable amounts and taxes per rate")
    _add_period(taxes)
    _add_format(taxes)
    taxes.set_defaults(handler=run_taxes)

    statement = reports.add_parser("statement", help="a customer's statement")
    statement.add_argument("customer_id", type=int, metavar="CUSTOMER_ID")
    shape = statement.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="print JSON")
    shape.add_argument("-o", "--output", type=Path, metavar="FILE.pdf", help="write a PDF")
    statement.set_defaults(handler=run_statement)


def _add_format(parser: argparse.ArgumentParser) -> None:
    shape = parser.add_mutually_exclusive_group()
    shape.add_argument("--json", action="store_true", help="print JSON")
    shape.add_argument("--csv", action="store_true", help="print CSV")


def _add_period(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--from", dest="start", metavar="DATE", help="first day (included)")
    parser.add_argument("--to", dest="end", metavar="DATE", help="last day (included)")


def _optional_date(value: str | None, field: str) -> date | None:
    return _date(value, field) if value else None


def run_aging(args: argparse.Namespace, services: Services) -> int:
    """Print the receivables aging."""
    report = services.reports.aging(_optional_date(args.as_of, "--as-of"))
    if args.json:
        print_json(aging_json(report))
    elif args.csv:
        rows = [
            [line.currency_code, line.customer_id, line.customer_name, *_amounts(line, report)]
            for line in report.lines
        ]
        _print_csv(["currency", "customer_id", "customer", "total", *BUCKET_NAMES], rows)
    else:
        _print_aging(report, human_text(services))
    return 0


def _amounts(line: Any, report: AgingReport) -> list[str]:
    code = line.currency_code
    return [format_money(line.total, code)] + [
        format_money(line.buckets[n], code) for n in BUCKET_NAMES
    ]


def aging_json(report: AgingReport) -> dict[str, Any]:
    """Return the contract's aging object."""
    currencies: dict[str, Any] = {}
    for code in report.currencies():
        buckets = report.buckets_in(code)
        currencies[code] = {
            "total": format_money(report.total_in(code), code),
            "buckets": {name: format_money(value, code) for name, value in buckets.items()},
            "customers": [
                {
                    "id": line.customer_id,
                    "name": line.customer_name,
                    "total": format_money(line.total, code),
                    "buckets": {n: format_money(v, code) for n, v in line.buckets.items()},
                }
                for line in report.lines_in(code)
            ],
        }
    return {"as_of": report.as_of.isoformat(), "currencies": currencies}


def _print_aging(report: AgingReport, say: LocaleText) -> None:
    print(f"Receivables aging as of {say.date(report.as_of)}")
    if not report.lines:
        print("Nobody owes anything.")
    header = f"{'customer':<30} {'total':>12} " + " ".join(f"{n:>11}" for n in BUCKET_NAMES)
    for code in report.currencies():
        print(f"\n{code}\n{header}")
        for line in report.lines_in(code):
            print(_aging_row(line.customer_name[:30], line.total, line.buckets, code, say))
        print(_aging_row("Total", report.total_in(code), report.buckets_in(code), code, say))


def _aging_row(
    label: str, total: Decimal, buckets: dict[str, Decimal], code: str, say: LocaleText
) -> str:
    cells = " ".join(f"{say.amount(buckets[n], code):>11}" for n in BUCKET_NAMES)
    return f"{label:<30} {say.amount(total, code):>12} {cells}"


def run_revenue(args: argparse.Namespace, services: Services) -> int:
    """Print invoiced and collected amounts by period."""
    grouping = parse_grouping(args.by)
    lines = services.reports.revenue(
        _optional_date(args.start, "--from"), _optional_date(args.end, "--to"), grouping
    )
    if args.json:
        print_json(revenue_json(lines))
    elif args.csv:
        _print_csv(["period", "currency", "invoiced", "collected"], _revenue_rows(lines))
    else:
        say = human_text(services)
        print(f"{'period':<10} {'currency':<8} {'invoiced':>14} {'collected':>14}")
        for line in lines:
            code = line.currency_code
            invoiced, collected = say.amount(line.invoiced, code), say.amount(line.collected, code)
            print(f"{line.period:<10} {code:<8} {invoiced:>14} {collected:>14}")
        if not lines:
            print("Nothing was invoiced or collected in this period.")
    return 0


def _revenue_rows(lines: Sequence[RevenueLine]) -> list[list[str]]:
    return [
        [
            line.period,
            line.currency_code,
            format_money(line.invoiced, line.currency_code),
            format_money(line.collected, line.currency_code),
        ]
        for line in lines
    ]


def revenue_json(lines: Sequence[RevenueLine]) -> dict[str, Any]:
    """Return the contract's revenue object."""
    keys = ("period", "currency", "invoiced", "collected")
    return {"periods": [dict(zip(keys, row, strict=True)) for row in _revenue_rows(lines)]}


def run_taxes(args: argparse.Namespace, services: Services) -> int:
    """Print the tax summary of a period."""
    start, end = _optional_date(args.start, "--from"), _optional_date(args.end, "--to")
    lines = services.reports.taxes(start, end)
    if args.json:
        print_json(taxes_json(lines, start, end))
    elif args.csv:
        _print_csv(["name", "rate", "currency", "taxable", "tax"], _tax_rows(lines))
    else:
        say = human_text(services)
        first = say.date(start) if start else "the first document"
        print(f"Taxes from {first} to {say.date(end) if end else 'today'}")
        print(f"{'tax':<20} {'rate':>7} {'currency':<8} {'taxable':>14} {'tax':>12}")
        for line in lines:
            code = line.currency_code
            taxable, tax = say.amount(line.taxable, code), say.amount(line.tax, code)
            rate = say.percent(line.rate)
            print(f"{line.name[:20]:<20} {rate:>7} {code:<8} {taxable:>14} {tax:>12}")
        if not lines:
            print("No taxed documents in this period.")
    return 0


def _day(value: date | None) -> str | None:
    return value.isoformat() if value else None


def rate_text(rate: Decimal) -> str:
    """Return a rate without exponent or trailing zeros ("20", "5.5")."""
    return format(rate.normalize(), "f")


def _tax_rows(lines: Sequence[TaxLine]) -> list[list[str]]:
    return [
        [
            line.name,
            rate_text(line.rate),
            line.currency_code,
            format_money(line.taxable, line.currency_code),
            format_money(line.tax, line.currency_code),
        ]
        for line in lines
    ]


def taxes_json(lines: Sequence[TaxLine], start: date | None, end: date | None) -> dict[str, Any]:
    """Return the contract's taxes object."""
    keys = ("name", "rate", "currency", "taxable", "tax")
    return {
        "from": _day(start),
        "to": _day(end),
        "taxes": [dict(zip(keys, row, strict=True)) for row in _tax_rows(lines)],
    }


def run_statement(args: argparse.Namespace, services: Services) -> int:
    """Print a customer's statement, or write it as a PDF."""
    if args.output is not None:
        path = services.reports.save_statement_pdf(args.customer_id, args.output)
        print(path)
        return 0
    statement = services.reports.statement(args.customer_id)
    if args.json:
        print_json(statement_json(statement))
        return 0
    say = human_text(services)
    print(f"Statement of {statement.customer_name}")
    for entry in statement.entries:
        code = entry.currency_code
        print(
            f"{say.short_date(entry.date):<12} {entry.kind.value:<12} {entry.number:<14} {code} "
            f"{say.amount(entry.amount, code):>12} {say.amount(entry.balance, code):>12}"
        )
    for code, value in sorted(
        (statement.balances or {statement.currency_code: Decimal(0)}).items()
    ):
        print(f"Balance {code} {say.amount(value, code)}")
    return 0


def statement_json(statement: Statement) -> dict[str, Any]:
    """Return the contract's statement object (with each entry's currency and every balance)."""
    code = statement.currency_code
    return {
        "customer": {"id": statement.customer_id, "name": statement.customer_name},
        "currency": code,
        "entries": [
            {
                "date": entry.date.isoformat(),
                "kind": entry.kind.value,
                "number": entry.number,
                "currency": entry.currency_code,
                "amount": format_money(entry.amount, entry.currency_code),
                "balance": format_money(entry.balance, entry.currency_code),
            }
            for entry in statement.entries
        ],
        "balance": format_money(statement.balance, code),
        "balances": {c: format_money(v, c) for c, v in sorted(statement.balances.items())},
    }


def _print_csv(header: list[str], rows: Sequence[Sequence[object]]) -> None:
    writer = csv.writer(sys.stdout, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
