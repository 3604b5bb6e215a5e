"""Benchmark the import's local processing: pages already read from the CRM, applied to a database.

The pages are read once from a sandbox (over HTTP, mapped to records) and kept in memory; then
the real engine imports them from memory into a fresh database, so the figure is the records/s
of the engine and the storage alone (target ≥ 40,000). Default size: 20,000 accounts + 40,000
contacts + 4,000 deals; `--database-url` runs it on PostgreSQL, `--profile` prints a profile.
"""

from __future__ import annotations

import argparse
import bisect
import cProfile
import os
import pstats
import tempfile
import time
from collections.abc import Iterator, Sequence
from datetime import UTC, datetime
from pathlib import Path

from desktop.crm.client import CrmClient, DeletedPage, RecordPage
from desktop.crm.endpoints import CrmEndpoints
from desktop.crm.sandbox import SandboxCrm
from desktop.domain.sync import SyncStatus, SyncTrigger
from desktop.persistence.database import Database, sqlite_url
from desktop.persistence.migrate import upgrade_to_head
from desktop.sync.engine import MODULES, SyncEngine


class ReplaySource:
    """A CRM source that hands out pages read before (a first import: nothing deleted)."""

    def __init__(self, pages: dict[str, list[RecordPage]]) -> None:
        self._pages = pages

    @property
    def api_calls(self) -> int:
        return sum(len(p) for p in self._pages.values())

    def record_pages(self, module: str, modified_since: datetime | None) -> Iterator[RecordPage]:
        """Return the pages, or like Zoho's If-Modified-Since only records modified from then
        on (the engine lists time windows of a module at once). Pages are in time order."""
        pages = self._pages[module]
        if modified_since is None:
            return iter(pages)
        first = bisect.bisect_left(pages, modified_since, key=_newest)
        if first == len(pages):
            return iter([])
        page = pages[first]
        records = tuple(
            r
            for r in page.records
            if r.modified_time is not None and r.modified_time >= modified_since
        )
        return iter([RecordPage(module, records, page.max_modified_time), *pages[first + 1 :]])

    def deleted_pages(self, module: str, since: datetime | None) -> Iterator[DeletedPage]:
        return iter([])

    def all_ids(self, module: str) -> Iterator[list[str]]:
        return iter([])


def _newest(page: RecordPage) -> datetime:
    return page.max_modified_time or datetime.min.replace(tzinfo=UTC)


def read_pages(sizes: Sequence[int]) -> tuple[dict[str, list[RecordPage]], float]:
    """Return every page of a generated sandbox CRM and the seconds reading took."""
    accounts, contacts, deals = sizes
    with SandboxCrm(accounts=accounts, contacts=contacts, deals=deals, seed=1) as sandbox:
        endpoints = CrmEndpoints(sandbox.base_url, sandbox.base_url, api_url_fixed=True)
        started = time.perf_counter()
        with CrmClient(
            endpoints, sandbox.client_id, sandbox.client_secret, sandbox.issue_refresh_token()
        ) as client:
            pages = {module: list(client.record_pages(module, None)) for module in MODULES}
        return pages, time.perf_counter() - started


def cpu_ticks() -> tuple[int, int] | None:
    """Return the machine's stolen and total CPU ticks so far (Linux's /proc/stat), or None.

    Stolen ticks are those the hypervisor gave to other machines: a run that lost many was
    slowed by the host, not by the code.
    """
    try:
        fields = [int(f) for f in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    except (OSError, ValueError):
        return None
    return (fields[7] if len(fields) > 7 else 0), sum(fields[:8])


def stolen_share(before: tuple[int, int] | None, after: tuple[int, int] | None) -> str:
    """Return the share of CPU time stolen between two cpu_ticks() readings, for people."""
    if before is None or after is None or after[1] == before[1]:
        return "unknown"
    return f"{(after[0] - before[0]) / (after[1] - before[1]):.0%}"


def apply_once(
    url: str, pages: dict[str, list[RecordPage]], profile: bool
) -> tuple[float, float, str]:
    """Import the pages into the (empty) database at `url`; return wall and CPU seconds, and
    the share of the machine's CPU time the hypervisor took meanwhile."""
    database = Database(url)
    upgrade_to_head(database)
    engine = SyncEngine(database, ReplaySource(pages))
    profiler = cProfile.Profile() if profile else None
    ticks = cpu_ticks()
    started, cpu = time.perf_counter(), time.process_time()
    if profiler is not None:
        profiler.enable()
    report = engine.run(SyncTrigger.MANUAL)
    if profiler is not None:
        profiler.disable()
    seconds, cpu = time.perf_counter() - started, time.process_time() - cpu
    stolen = stolen_share(ticks, cpu_ticks())
    database.dispose()
    if report.status is not SyncStatus.SUCCEEDED:
        raise SystemExit(f"the import failed: {report.error}")
    handled = report.created + report.skipped
    if handled != sum(len(page.records) for pages_ in pages.values() for page in pages_):
        raise SystemExit(f"the import handled {handled:,} records, not every one")
    if profiler is not None:
        pstats.Stats(profiler).sort_stats("tottime").print_stats(35)
    return seconds, cpu, stolen


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=20_000)
    parser.add_argument("--contacts", type=int, default=40_000)
    parser.add_argument("--deals", type=int, default=4_000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--database-url", help="an empty PostgreSQL database (default: SQLite)")
    parser.add_argument("--profile", action="store_true")
    args = parser.parse_args()
    sizes = (args.accounts, args.contacts, args.deals)
    total = sum(sizes)
    pages, reading = read_pages(sizes)
    print(f"records: {total:,}; read and mapped from the sandbox in {reading:.1f} s")
    rates = []
    for number in range(args.runs):
        work = Path(tempfile.mkdtemp(prefix="sync-apply-bench-"))
        url = args.database_url or sqlite_url(work / "bench.sqlite3")
        if args.database_url and number:
            raise SystemExit("--database-url takes one run (the database must be empty)")
        seconds, cpu, stolen = apply_once(url, pages, args.profile)
        rates.append(total / seconds)
        print(
            f"run {number + 1}: {seconds:.2f} s = {total / seconds:,.0f} records/s "
            f"(CPU {cpu:.2f} s = {total / cpu:,.0f} records per CPU second; the machine's load "
            f"{os.getloadavg()[0]:.1f}; stolen by the host {stolen})"
        )
    rates.sort()
    print(
        f"local processing: min {rates[0]:,.0f} / median {rates[len(rates) // 2]:,.0f} / "
        f"max {rates[-1]:,.0f} records/s (target ≥ 40,000)"
    )


if __name__ == "__main__":
    main()
