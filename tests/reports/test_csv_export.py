"""Every list saves as CSV what it shows: all rows (also those a batched model has not shown
yet), the visible columns in screen order, UTF-8 that spreadsheets read."""

from __future__ import annotations

import csv
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop.controllers.services import Services
from desktop.ui.csv_export import table_rows, write_csv
from desktop.ui.customers_table_model import Columns
from desktop.ui.customers_view import CustomersView
from desktop.ui.task_runner import TaskRunner
from desktop.ui.ui_settings import UiSettings
from tests.ui.conftest import presenter, runner, ui_settings  # noqa: F401 - fixtures
from tests.ui.seeding import seed_customers


def test_the_customers_list_exports_every_row_not_only_the_first_screen(
    qtbot: QtBot,
    services: Services,
    runner: TaskRunner,  # noqa: F811
    ui_settings: UiSettings,  # noqa: F811
    tmp_path: Path,
) -> None:
    seed_customers(services.database, 2_000, inactive_every=10)
    view = CustomersView(services.customers, runner, ui_settings)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.rows_loaded, timeout=20_000):
        view.reload()
    assert view.model.rowCount() == 1_800  # ids only: rows are fetched by page as drawn
    view.table.setColumnHidden(Columns.PHONE, True)
    view.table.horizontalHeader().moveSection(Columns.EMAIL, 0)
    target = tmp_path / "customers.csv"
    write_csv(target, table_rows(view.table))
    raw = target.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # the BOM spreadsheet programs look for
    with target.open(encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.reader(handle))
    assert len(rows) == 1 + 1_800
    assert rows[0][0] == "Email"
    assert "Phone" not in rows[0]
    assert rows[1][rows[0].index("Name")] == "Customer 000001 Ltd"


def test_text_in_any_script_survives_the_round_trip(tmp_path: Path) -> None:
    text = ["Ünïcödé 😀", "مرحبا", "发票", 'a,b "quoted"\nnew line', "x" * 10_000]
    target = tmp_path / "any.csv"
    write_csv(target, [text])
    with target.open(encoding="utf-8-sig", newline="") as handle:
        assert list(csv.reader(handle)) == [text]
