"""List 10,000 accounts from a fresh in-process sandbox CRM; print the API calls and wall time."""

from __future__ import annotations

import argparse
import time

from desktop.crm.auth import authorize
from desktop.crm.client import CrmClient
from desktop.crm.endpoints import endpoints_for
from desktop.crm.sandbox import SandboxCrm


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--accounts", type=int, default=10_000)
    parser.add_argument("--api-version", default="v8", choices=("v2", "v8"))
    args = parser.parse_args()
    started = time.perf_counter()
    with SandboxCrm(accounts=args.accounts, seed=1) as sandbox:
        generated = time.perf_counter() - started
        endpoints = endpoints_for(None, sandbox.accounts_url, sandbox.api_url)
        grant = authorize(
            endpoints, sandbox.client_id, sandbox.client_secret, sandbox.new_grant_code()
        )
        assert grant.refresh_token is not None
        listed_at = time.perf_counter()
        with CrmClient(
            endpoints, sandbox.client_id, sandbox.client_secret, grant.refresh_token,
            api_version=args.api_version,
        ) as client:  # fmt: skip
            ids: set[str] = set()
            pages = 0
            for page in client.record_pages("Accounts", None):
                pages += 1
                ids.update(r.crm_id for r in page.records if r.crm_id is not None)
            wall = time.perf_counter() - listed_at
            assert len(ids) == args.accounts, f"listed {len(ids)} of {args.accounts}"
            print(f"accounts listed:     {len(ids)} ({args.api_version}, {pages} pages)")
            print(f"CRM API calls:       {client.api_calls} (+ {client.token_calls} token call(s))")
            print(f"sandbox API counts:  {sandbox.request_count}")
            print(f"wall time (listing): {wall:.2f} s  ({len(ids) / wall:,.0f} records/s)")
            print(f"sandbox generation:  {generated:.3f} s")


if __name__ == "__main__":
    main()
