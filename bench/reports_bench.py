"""Every report on 100,000 documents in a temporary SQLite file: min/median/max of 3 runs each.

The book is written with executemany (invoices, estimates and credit notes over three years, two
currencies, two taxed lines each, payments, credits and refunds), then read through the real
ReportsController. The target is under 1 s per report. The aging total is checked against a
plain Decimal sum of the stored balances, so the timings are of right answers.
"""

from __future__ import annotations

import argparse
import random
import sqlite3
import statistics
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from pathlib import Path
from typing import Any

from desktop.controllers.reports import ReportsController
from desktop.domain.reports import Grouping
from desktop.persistence.database import Database, sqlite_url
from desktop.persistence.migrate import upgrade_to_head

TODAY = date(2026, 12, 1)
STAMP = "2026-12-01 10:00:00.000000"
TARGET_S = 1.0


def build(path: Path, documents: int, customers: int, seed: int = 1) -> None:
    """Write the book into a migrated SQLite file."""
    database = Database(sqlite_url(path))
    upgrade_to_head(database)
    database.dispose()
    rng = random.Random(seed)
    connection = sqlite3.connect(path)
    connection.executemany(
        "INSERT INTO customer (id, name, status, currency_code, created_at, updated_at) "
        "VALUES (?, ?, 'active', ?, ?, ?)",
        [(i, f"Customer {i:05}", "EUR" if i % 4 == 0 else "USD", STAMP, STAMP)
         for i in range(1, customers + 1)],
    )  # fmt: skip
    rows = _Rows()
    for doc_id in range(1, documents + 1):
        _document(rows, rng, doc_id, customers)
    connection.executemany(_insert("document", _DOCUMENT_COLUMNS), rows.documents)
    connection.executemany(
        "INSERT INTO line_item (id, document_id, position, name, quantity, rate, amount) "
        "VALUES (?, ?, ?, ?, '1', ?, ?)",
        rows.lines,
    )
    connection.executemany(
        "INSERT INTO line_item_tax (line_item_id, position, name, rate, compound, amount) "
        "VALUES (?, 0, ?, ?, 0, ?)",
        rows.taxes,
    )
    connection.executemany(
        "INSERT INTO payment (document_id, customer_id, amount, date, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        rows.payments,
    )
    connection.executemany(
        "INSERT INTO credit_application (credit_note_id, invoice_id, amount, date, created_at) "
        "VALUES (?, ?, ?, ?, ?)",
        rows.applications,
    )
    connection.executemany(
        "INSERT INTO document_event (document_id, at, action, message, automatic) "
        "VALUES (?, ?, 'created', 'Created.', 0)",
        [(i, STAMP) for i in range(documents - 50, documents + 1)],
    )
    connection.commit()
    connection.execute("ANALYZE")
    connection.close()


_DOCUMENT_COLUMNS = [
    "id", "kind", "number", "status", "customer_id", "date", "due_date", "currency_code", "is_inclusive_tax", "tax_rounding", "discount", "is_discount_before_tax", "shipping_charge", "adjustment", "sub_total", "discount_total", "tax_total", "total", "paid", "credited", "balance", "managed_by_workflow", "created_at", "updated_at",
]  # fmt: skip


def _insert(table: str, columns: list[str]) -> str:
    # Table and column names are this file's constants, never input.
    return f"INSERT INTO {table} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"  # noqa: S608


class _Rows:
    def __init__(self) -> None:
        self.documents: list[tuple[Any, ...]] = []
        self.lines: list[tuple[Any, ...]] = []
        self.taxes: list[tuple[Any, ...]] = []
        self.payments: list[tuple[Any, ...]] = []
        self.applications: list[tuple[Any, ...]] = []
        self.open_invoice: dict[int, tuple[int, Decimal]] = {}


def _document(rows: _Rows, rng: random.Random, doc_id: int, customers: int) -> None:
    customer = rng.randrange(1, customers + 1)
    currency = "EUR" if customer % 4 == 0 else "USD"
    day = TODAY - timedelta(days=rng.randrange(0, 3 * 365))
    roll = rng.random()
    kind = "estimate" if roll < 0.1 else "credit_note" if roll < 0.15 else "invoice"
    amounts = [Decimal(rng.randrange(1000, 200000)) / 100 for _ in range(2)]
    rate = Decimal(20) if rng.random() < 0.7 else Decimal(10)
    tax_name = "VAT" if rate == 20 else "Reduced"
    taxes = [(a * rate / 100).quantize(Decimal("0.01")) for a in amounts]
    sub_total, tax_total = sum(amounts), sum(taxes)
    total = sub_total + tax_total
    for position, (amount, tax) in enumerate(zip(amounts, taxes, strict=True)):
        line_id = doc_id * 2 + position
        rows.lines.append((line_id, doc_id, position, "Work", str(amount), str(amount)))
        rows.taxes.append((line_id, tax_name, str(rate), str(tax)))
    status, paid, credited = _money(rows, rng, doc_id, kind, customer, total, day)
    prefix = {"invoice": "INV", "estimate": "EST", "credit_note": "CN"}[kind]
    rows.documents.append(
        (doc_id, kind, f"{prefix}-{doc_id:07}", status, customer, day.isoformat(),
         (day + timedelta(days=30)).isoformat(), currency, 0, "line", None, 1, "0", "0",
         str(sub_total), "0", str(tax_total), str(total), str(paid), str(credited),
         str(total - paid - credited), 0, STAMP, STAMP)
    )  # fmt: skip


def _money(
    rows: _Rows,
    rng: random.Random,
    doc_id: int,
    kind: str,
    customer: int,
    total: Decimal,
    day: date,
) -> tuple[str, Decimal, Decimal]:
    zero = Decimal(0)
    if kind == "estimate":
        return rng.choice(("draft", "sent", "accepted", "declined")), zero, zero
    if kind == "credit_note":
        target = rows.open_invoice.pop(customer, None)
        if target is None or target[1] < total:
            return "open", zero, zero
        when = min(day + timedelta(days=5), TODAY).isoformat()
        rows.applications.append((doc_id, target[0], str(total), when, STAMP))
        return "closed", zero, total
    roll = rng.random()
    if roll < 0.05:
        return ("draft" if roll < 0.03 else "void"), zero, zero
    if roll < 0.7:
        paid = total if roll < 0.6 else (total / 2).quantize(Decimal("0.01"))
        when = min(day + timedelta(days=rng.randrange(1, 60)), TODAY).isoformat()
        rows.payments.append((doc_id, customer, str(paid), when, STAMP))
        return ("paid" if paid == total else "partially_paid"), paid, zero
    rows.open_invoice[customer] = (doc_id, total)
    return "sent", zero, zero


def timed(label: str, run: Callable[[], Any], runs: int = 3) -> Any:
    """Run a report `runs` times; print min/median/max; return the last result."""
    times, cpu, result = [], [], None
    for _ in range(runs):
        started, cpu_started = time.perf_counter(), time.process_time()
        result = run()
        times.append(time.perf_counter() - started)
        cpu.append(time.process_time() - cpu_started)
    worst = max(times)
    verdict = "ok" if worst < TARGET_S else "SLOW"
    print(
        f"{label:<26} wall min {min(times):.3f} / median {statistics.median(times):.3f} / "
        f"max {worst:.3f} s, cpu median {statistics.median(cpu):.3f} s "
        f"[{verdict}: max/target {worst / TARGET_S:.2f}]"
    )
    return result


def stored_open_total(path: Path, currency: str) -> Decimal:
    """Return the open balance of issued invoices less open credit, summed in Python Decimals."""
    connection = sqlite3.connect(path)
    rows = connection.execute(
        "SELECT kind, balance FROM document WHERE currency_code = ? AND ("
        "(kind = 'invoice' AND status IN ('sent', 'partially_paid')) OR "
        "(kind = 'credit_note' AND status = 'open'))",
        (currency,),
    ).fetchall()
    connection.close()
    return sum((Decimal(b) if kind == "invoice" else -Decimal(b) for kind, b in rows), Decimal(0))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--documents", type=int, default=100_000)
    parser.add_argument("--customers", type=int, default=2_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "reports.sqlite3"
        started = time.perf_counter()
        build(path, args.documents, args.customers)
        print(f"book: {args.documents:,} documents, {args.customers:,} customers, "
              f"written in {time.perf_counter() - started:.1f} s")  # fmt: skip
        database = Database(sqlite_url(path))
        reports = ReportsController(database, lambda: datetime(2026, 12, 1, 10, tzinfo=UTC))
        aging = timed("aging (today)", reports.aging)
        timed("aging (as of 2026-06-30)", lambda: reports.aging(date(2026, 6, 30)))
        revenue = timed("revenue by month (all)", reports.revenue)
        timed("revenue by quarter", lambda: reports.revenue(grouping=Grouping.QUARTER))
        taxes = timed("taxes (2026)", lambda: reports.taxes(date(2026, 1, 1), date(2026, 12, 31)))
        statement = timed("statement (one customer)", lambda: reports.statement(4))
        timed("home tab (all figures)", reports.home)
        database.dispose()
        for code in aging.currencies():
            expected = stored_open_total(path, code)
            total = sum(aging.buckets_in(code).values(), Decimal(0))
            assert total == expected, (code, total, expected)
            print(f"aging {code}: {total} owed by {len(aging.lines_in(code))} customers "
                  f"(= Decimal sum of stored balances), {aging.overdue_in(code)} overdue")  # fmt: skip
        print(f"revenue: {len(revenue)} period lines; taxes: {len(taxes)} lines; "
              f"statement: {len(statement.entries)} entries, balance {statement.balance}")  # fmt: skip


if __name__ == "__main__":
    main()
