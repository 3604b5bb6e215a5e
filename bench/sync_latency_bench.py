"""Benchmark the first import against a sandbox that answers like a distant Zoho (a delay per request).

Default: 64,000 records (20,000 accounts + 40,000 contacts + 4,000 deals) and 200 ms per
request; `--accounts 100000 --contacts 200000 --deals 20000` is the 320,000-record set. The
serial time is the pages a serial import needs times the delay; the target is ≤ 0.4× of it,
with the sync process under 300 MB. The limit of requests at once is the setting
`sync.concurrent_requests` (default 5).
"""

from __future__ import annotations

import argparse
import math
import os
import resource

from sync_bench import MODULES, child_cpu_seconds, cli, connected_sandbox, last_run_seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--accounts", type=int, default=20_000)
    parser.add_argument("--contacts", type=int, default=40_000)
    parser.add_argument("--deals", type=int, default=4_000)
    parser.add_argument("--latency-ms", type=float, default=200.0)
    args = parser.parse_args()
    sizes = (args.accounts, args.contacts, args.deals)
    with connected_sandbox(sizes, args.latency_ms) as (_, data, env):
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        wall, out, peak_mb = cli([*data, "sync", "--quiet"], env)
        cpu = child_cpu_seconds(before)
        load = os.getloadavg()[0]
        seconds = last_run_seconds(data, env)
    pages = sum(math.ceil(n / 200) for n in sizes)
    serial = pages * args.latency_ms / 1000
    print(
        f"records: {sum(sizes):,} ({', '.join(f'{m} {n:,}' for m, n in zip(MODULES, sizes, strict=True))})"
    )
    print(
        f"delay per request: {args.latency_ms:.0f} ms; a serial import needs {pages:,} pages = {serial:.1f} s"
    )
    print(
        f"first import: {seconds:.1f} s = {seconds / serial:.2f}× the serial time (target ≤ 0.4×); "
        f"{wall:.1f} s with process start-up"
    )
    print(
        f"CPU of the sync process: {cpu:.1f} s (when it nears the wall time, the machine, not "
        f"the network, sets the pace; load {load:.1f})"
    )
    print(f"peak memory of the sync process: {peak_mb} MB (target < 300 MB)")
    print(out.strip())


if __name__ == "__main__":
    main()
