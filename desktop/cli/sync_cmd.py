"""`invoice-desk sync` and `sync-log`: run one import now, and list what runs did."""

from __future__ import annotations

import argparse
import sys
from typing import TYPE_CHECKING

from desktop.cli.output import print_json
from desktop.domain.sync import SyncProgress, SyncReport, SyncStatus, SyncTrigger

if TYPE_CHECKING:
    from desktop.controllers.services import Services


def register(commands: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """Add the sync and sync-log commands."""
    sync = commands.add_parser("sync", help="import from Zoho CRM now")
    sync.add_argument(
        "--full", action="store_true", help="read everything again and reconcile deletions by id"
    )
    sync.add_argument("--quiet", action="store_true", help="no progress lines")
    sync.add_argument(
        "--concurrent-requests", type=int, metavar="N",
        help="CRM requests at once, from now on (1-25; default 5, Zoho's smallest edition)",
    )  # fmt: skip
    sync.set_defaults(handler=run_sync)
    log = commands.add_parser("sync-log", help="list the sync runs, newest first")
    log.add_argument("--json", action="store_true", help="print JSON (with skipped records)")
    log.add_argument("--limit", type=int, default=50)
    log.set_defaults(handler=run_log)


def _progress(progress: SyncProgress) -> None:
    print(f"  {progress.module}: {progress.message}", file=sys.stderr)


def counts(report: SyncReport) -> str:
    """Return the run's counts in one line."""
    return (
        f"created {report.created}, updated {report.updated}, deleted {report.deleted}, "
        f"inactivated {report.inactivated}, skipped {report.skipped}, API calls {report.api_calls}"
    )


def run_sync(args: argparse.Namespace, services: Services) -> int:
    """Run one import; exit 0 when it completed (even with skipped records)."""
    if args.concurrent_requests is not None:
        services.sync.set_concurrent_requests(args.concurrent_requests)
    report = services.sync.run(
        SyncTrigger.MANUAL, full=args.full, on_progress=None if args.quiet else _progress
    )
    if report.status is not SyncStatus.SUCCEEDED:
        print(f"error: sync {report.status.value}: {report.error or 'cancelled'}", file=sys.stderr)
        return 1
    print(f"Sync completed: {counts(report)}, reflected {report.reflected}.")
    for problem in report.reflect_problems:
        print(f"Not reflected in the CRM: {problem}")
    if report.skipped:
        print(f"{report.skipped} record(s) skipped; see `invoice-desk sync-log` for the reasons.")
    return 0


def run_log(args: argparse.Namespace, services: Services) -> int:
    """Print the sync log."""
    runs = services.sync.log(args.limit)
    if args.json:
        print_json(
            [
                {
                    "id": r.id,
                    "started_at": r.started_at,
                    "finished_at": r.finished_at,
                    "trigger": r.trigger,
                    "status": r.status,
                    "created": r.created,
                    "updated": r.updated,
                    "deleted": r.deleted,
                    "inactivated": r.inactivated,
                    "skipped": r.skipped,
                    "api_calls": r.api_calls,
                    "error": r.error,
                    "skipped_records": [
                        {"module": s.module, "crm_id": s.crm_id, "reason": s.reason}
                        for s in services.sync.skipped(r.id)
                    ],
                }
                for r in runs
            ]
        )
        return 0
    for r in runs:
        print(
            f"#{r.id} {r.started_at:%Y-%m-%d %H:%M} {r.trigger.value:<8} {r.status.value:<9} "
            f"created {r.created}, updated {r.updated}, deleted {r.deleted}, inactivated "
            f"{r.inactivated}, skipped {r.skipped}, API calls {r.api_calls}"
            + (f" — {r.error}" if r.error else "")
        )
        for skip in services.sync.skipped(r.id):
            print(f"    skipped {skip.module} {skip.crm_id}: {skip.reason}")
    if not runs:
        print("No sync has run yet.")
    return 0
