"""Two processes writing documents into one SQLite file at once never share or skip a number."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from sqlalchemy import select

from desktop.persistence.database import Database
from desktop.persistence.migrate import upgrade_to_head
from desktop.persistence.records import DocumentRecord
from tests.document_helpers import add_customer

WRITER = """
import sys
from datetime import datetime, UTC
from desktop.persistence.database import Database
from desktop.persistence import documents_repository as repo
from tests.document_helpers import draft

import time
from pathlib import Path

database = Database(sys.argv[1])
print("ready", flush=True)
while not Path(sys.argv[4]).exists():  # start together, after both imports are done
    time.sleep(0.01)
for _ in range(int(sys.argv[3])):
    with database.session() as session:  # one transaction per document, like the CLI
        document = repo.create_document(session, draft(int(sys.argv[2])), datetime.now(UTC))
    print(document.number, flush=True)
    time.sleep(0.01)  # a pause between documents lets the other writer take the lock
database.dispose()
"""


def run_two_writers(
    database_url: str, customer: int, count: int, tmp_path: Path, timeout: int
) -> list[list[str]]:
    """Start two WRITER processes together; return the numbers each printed, in its order."""
    root = Path(__file__).resolve().parents[2]
    go = tmp_path / "go"
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, database_url, str(customer), str(count), str(go)],
            cwd=root,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    for writer in writers:
        assert writer.stdout is not None
        assert writer.stdout.readline().strip() == "ready"
    go.touch()
    by_writer = []
    for writer in writers:
        out, err = writer.communicate(timeout=timeout)
        assert writer.returncode == 0, err
        by_writer.append(out.split())
    return by_writer


def test_two_processes_get_distinct_gapless_numbers(database_url: str, tmp_path: Path) -> None:
    database = Database(database_url)
    upgrade_to_head(database)
    customer = add_customer(database)
    by_writer = run_two_writers(database_url, customer, 50, tmp_path, timeout=120)
    printed = by_writer[0] + by_writer[1]
    first, second = (sorted(numbers) for numbers in by_writer)
    assert first[0] < second[-1], "the writers did not overlap"
    assert second[0] < first[-1], "the writers did not overlap"
    with database.read_session() as session:
        stored = list(session.scalars(select(DocumentRecord.number)))
    database.dispose()
    expected = [f"INV-{n:06d}" for n in range(1, 101)]
    assert sorted(printed) == expected
    assert sorted(stored) == expected
