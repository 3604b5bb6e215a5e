"""Benchmark the first import and a no-change re-sync against the sandbox CRM.

Default size: 100,000 accounts + 200,000 contacts + 20,000 deals (override with --accounts,
--contacts, --deals). The sandbox runs in its own process; each sync runs as `invoice-desk sync`
in another, so peak memory is the sync's own. Reports records/s, API calls against the minimum
⌈n/200⌉ per module, the sync's peak RSS, and the time the sandbox needs just to serve the pages
(measured before and after the import; the ratio uses their mean).
"""

from __future__ import annotations

import argparse
import json
import math
import multiprocessing
import os
import re
import resource
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import datetime
from multiprocessing.connection import Connection
from pathlib import Path

import requests

MODULES = ("Accounts", "Contacts", "Deals")
FIELDS = {
    "Accounts": "Account_Name,Phone,Fax,Billing_Street,Billing_City,Billing_State,Billing_Code,"
    "Billing_Country,Shipping_Street,Shipping_City,Shipping_State,Shipping_Code,Shipping_Country,"
    "Modified_Time",
    "Contacts": "Salutation,First_Name,Last_Name,Email,Phone,Mobile,Account_Name,Modified_Time",
    "Deals": "Deal_Name,Stage,Amount,Closing_Date,Account_Name,Contact_Name,Modified_Time",
}
_TOKEN = re.compile(rb'"next_page_token"\s*:\s*"([^"]+)"')
_MORE = re.compile(rb'"more_records"\s*:\s*true')
_LAST_TIME = re.compile(rb'"Modified_Time"\s*:\s*"([^"]+)"')


def serve(sizes: tuple[int, int, int], pipe: Connection, latency_ms: float = 0.0) -> None:
    """Run a sandbox in this process until told to stop; send its coordinates first."""
    from desktop.crm.sandbox import SandboxCrm

    accounts, contacts, deals = sizes
    with SandboxCrm(
        accounts=accounts, contacts=contacts, deals=deals, seed=1, latency_ms=latency_ms
    ) as sandbox:
        pipe.send(
            (
                sandbox.base_url,
                sandbox.client_id,
                sandbox.client_secret,
                [sandbox.new_grant_code() for _ in range(2)],
                sandbox.issue_refresh_token(),
            )
        )
        while pipe.recv() != "stop":
            pipe.send(sandbox.request_counts())


def serve_only(base_url: str, access_token: str) -> tuple[float, int]:
    """Fetch every page of every module with raw HTTP (no parsing); return seconds and pages.

    Pages as the client does: page numbers to 2,000 records, then page tokens, and a new window
    (If-Modified-Since = the last Modified_Time seen) when a token's 100,000 records run out.
    """
    http = requests.Session()
    http.headers["Authorization"] = f"Zoho-oauthtoken {access_token}"
    started, pages = time.perf_counter(), 0
    for module in MODULES:
        since: str | None = None
        last_seen: str | None = None
        params = _first_page(module)
        while True:
            headers = {"If-Modified-Since": since} if since else {}
            reply = http.get(
                f"{base_url}/crm/v8/{module}", params=params, headers=headers, timeout=60
            )
            if reply.status_code == 400 and b"PAGINATION_LIMIT_EXCEEDED" in reply.content:
                params, since = _first_page(module), last_seen  # a new window
                continue
            if reply.status_code != 200:
                break
            pages += 1
            body = reply.content
            last_seen = _LAST_TIME.findall(body)[-1].decode()
            if not _MORE.search(body):
                break
            token = _TOKEN.search(body)
            if "page" in params and int(params["page"]) < 10:
                params["page"] = int(params["page"]) + 1
            elif token:
                params.pop("page", None)
                params["page_token"] = token.group(1).decode()
            else:
                break
    return time.perf_counter() - started, pages


def _first_page(module: str) -> dict[str, str | int]:
    return {"fields": FIELDS[module], "per_page": 200, "sort_by": "Modified_Time",
            "sort_order": "asc", "page": 1}  # fmt: skip


def access_token(base_url: str, client_id: str, secret: str, refresh: str) -> str:
    reply = requests.post(
        f"{base_url}/oauth/v2/token",
        params={
            "grant_type": "refresh_token",
            "client_id": client_id,
            "client_secret": secret,
            "refresh_token": refresh,
        },
        timeout=30,
    )
    token: str = reply.json()["access_token"]
    return token


def cli(args: list[str], env: dict[str, str]) -> tuple[float, str, int]:
    """Run invoice-desk; return wall seconds, stdout, and the child's peak RSS in MB."""
    started = time.perf_counter()
    result = subprocess.run(
        [sys.executable, "-m", "desktop", *args],
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    elapsed = time.perf_counter() - started
    if result.returncode != 0:
        raise SystemExit(f"invoice-desk {args[2:3]} failed: {result.stderr}")
    peak_mb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss // 1024
    return elapsed, result.stdout, peak_mb


def child_cpu_seconds(before: resource.struct_rusage) -> float:
    """Return the CPU seconds (user + system) child processes used since `before`."""
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return (after.ru_utime + after.ru_stime) - (before.ru_utime + before.ru_stime)


def last_run_seconds(data: list[str], env: dict[str, str]) -> float:
    """Return how long the newest sync run took, as its own log says."""
    _, out, _ = cli([*data, "sync-log", "--json", "--limit", "1"], env)
    run = json.loads(out)[0]
    started, finished = (datetime.fromisoformat(run[k]) for k in ("started_at", "finished_at"))
    return (finished - started).total_seconds()


@dataclass(frozen=True)
class RemoteSandbox:
    """Where the sandbox process serves, and what a client needs to talk to it."""

    base_url: str
    client_id: str
    secret: str
    grant: str
    refresh: str

    @property
    def credentials(self) -> tuple[str, str, str, str]:
        """Return (base URL, client id, secret, refresh token) for access_token()."""
        return self.base_url, self.client_id, self.secret, self.refresh


@contextmanager
def connected_sandbox(
    sizes: tuple[int, int, int], latency_ms: float = 0.0
) -> Iterator[tuple[RemoteSandbox, list[str], dict[str, str]]]:
    """Serve a sandbox in its own process and connect a fresh data folder to it.

    Yields the sandbox, the `--data-dir` arguments and the environment for `invoice-desk`.
    """
    ours, theirs = multiprocessing.Pipe()
    server = multiprocessing.Process(target=serve, args=(sizes, theirs, latency_ms), daemon=True)
    server.start()
    base_url, client_id, secret, grants, refresh = ours.recv()
    sandbox = RemoteSandbox(base_url, client_id, secret, grants[0], refresh)
    work = Path(tempfile.mkdtemp(prefix="sync-bench-"))
    env = {
        **os.environ,
        "PYTHON_KEYRING_BACKEND": "keyrings.alt.file.PlaintextKeyring",
        "XDG_DATA_HOME": str(work / "xdg"),
    }
    data = ["--data-dir", str(work / "data")]
    try:
        cli(
            [*data, "connect", "--email", "owner@shop.example", "--key", sandbox.grant,
             "--client-id", client_id, "--client-secret", secret, "--accounts-url", base_url,
             "--api-url", base_url, "--no-auto-update"],
            env,
        )  # fmt: skip
        yield sandbox, data, env
    finally:
        ours.send("stop")
        server.join(timeout=10)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=100_000)
    parser.add_argument("--contacts", type=int, default=200_000)
    parser.add_argument("--deals", type=int, default=20_000)
    args = parser.parse_args()
    sizes = (args.accounts, args.contacts, args.deals)
    total = sum(sizes)
    with connected_sandbox(sizes) as (sandbox, data, env):
        token = access_token(*sandbox.credentials)
        serve_before, pages = serve_only(sandbox.base_url, token)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        first_wall, first_out, peak_mb = cli([*data, "sync", "--quiet"], env)
        first_cpu = child_cpu_seconds(before)
        load = os.getloadavg()[0]
        # Served alone again: this machine's speed drifts by 15–30 % between minutes, so the
        # import is compared with the mean of the serving times on either side of it.
        serve_after, _ = serve_only(sandbox.base_url, token)
        serve_seconds = (serve_before + serve_after) / 2
        first_seconds = last_run_seconds(data, env)
        again_wall, again_out, _ = cli([*data, "sync", "--quiet"], env)
        again_seconds = last_run_seconds(data, env)
    minimum = {m: math.ceil(n / 200) for m, n in zip(MODULES, sizes, strict=True)}
    calls = [int(x) for x in re.findall(r"API calls (\d+)", first_out + again_out)]
    print(
        f"records: {args.accounts:,} accounts + {args.contacts:,} contacts + {args.deals:,} deals = {total:,}"
    )
    print(
        f"sandbox serving alone: {pages:,} pages in {serve_seconds:.1f} s "
        f"(mean of {serve_before:.1f} s before the import and {serve_after:.1f} s after it)"
    )
    print(
        f"first import: {first_seconds:.1f} s = {total / first_seconds:,.0f} records/s; "
        f"{first_seconds / serve_seconds:.2f}× the serving time (target ≤ 1.5×); "
        f"{first_wall:.1f} s with process start-up"
    )
    print(
        f"CPU of the sync process: {first_cpu:.1f} s (start-up included); the machine's load "
        f"{load:.1f} (2 cores: above 2, other work shares them)"
    )
    print(
        f"API calls: first import {calls[0]:,} (minimum {sum(minimum.values()):,}: "
        + ", ".join(f"{m} {n:,}" for m, n in minimum.items())
        + ")"
    )
    print(
        f"no-change re-sync: {again_seconds:.2f} s ({again_wall:.1f} s with start-up), "
        f"API calls {calls[1]} "
        "(one listing per module + one deleted-records request per module)"
    )
    print(f"peak memory of the sync process: {peak_mb} MB (target < 300 MB)")
    print(first_out.strip())


if __name__ == "__main__":
    main()
