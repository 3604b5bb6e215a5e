"""The customers table model: ids for everything, rows fetched by page, sorting asked of the database."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot

from desktop.domain.customer_search import CustomerSort
from desktop.domain.customers import CustomerRow, CustomerStatus
from desktop.ui.customers_table_model import (
    ID_ROLE,
    PAGE_SIZE,
    SORT_ROLE,
    Columns,
    CustomersTableModel,
)


def _rows(count: int, first: int = 1) -> list[CustomerRow]:
    return [
        CustomerRow(
            id=n,
            name=f"Customer {n:05d}",
            primary_contact=f"Ana {n}" if n % 3 else None,
            email=f"ana{n}@shop.example" if n % 3 else None,
            phone=f"+1 555 {n:04d}",
            status=CustomerStatus.INACTIVE if n % 7 == 0 else CustomerStatus.ACTIVE,
            crm_managed=n % 2 == 0,
        )
        for n in range(first, first + count)
    ]


def _answer_pages(model: CustomersTableModel, rows: list[CustomerRow]) -> list[int]:
    """Serve page requests at once from `rows`, as the view does from the database lane."""
    by_id = {row.id: row for row in rows}
    asked: list[int] = []

    def serve(page: int, ids: list[int]) -> None:
        asked.append(page)
        model.fill_page(page, ids, [by_id[i] for i in ids if i in by_id])

    model.page_wanted.connect(serve)
    return asked


def test_the_model_passes_qt_model_tester_through_load_extend_fill_and_update(
    qtmodeltester: ModelTester,
) -> None:
    model = CustomersTableModel()
    rows = _rows(PAGE_SIZE * 2 + 30)
    wanted: list[tuple[int, list[int]]] = []
    model.page_wanted.connect(lambda page, ids: wanted.append((page, ids)))
    qtmodeltester.check(model)
    model.set_ids([row.id for row in rows[:PAGE_SIZE]], rows[:10])
    model.extend_to([row.id for row in rows])
    by_id = {row.id: row for row in rows}
    for page, ids in wanted:  # answered later, as the database lane does
        model.fill_page(page, ids, [by_id[i] for i in ids])
    assert wanted, "drawing rows without values asked for their pages"
    model.update_rows([CustomerRow(5, "Renamed", None, None, None, CustomerStatus.ACTIVE, True)])
    qtmodeltester.check(model, force_py=True)
    model.set_rows([])
    qtmodeltester.check(model, force_py=True)


def test_cells_roles_and_headers() -> None:
    model = CustomersTableModel()
    model.set_rows(_rows(14))
    row = model.row_of(14)
    assert row is not None
    assert model.index(row, Columns.NAME).data() == "Customer 00014"
    assert model.index(row, Columns.STATUS).data() == "Inactive"
    assert model.index(row, Columns.CRM).data() == "Zoho CRM"
    assert model.index(row, Columns.PRIMARY_CONTACT).data() == "Ana 14"
    assert model.index(row, Columns.NAME).data(ID_ROLE) == 14
    assert model.index(row, Columns.NAME).data(SORT_ROLE) == "customer 00014"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Columns] == [
        "Name", "Primary contact", "Email", "Phone", "Status", "Source",
    ]  # fmt: skip


def test_it_holds_ids_and_asks_for_a_page_only_when_a_row_of_it_is_drawn() -> None:
    model = CustomersTableModel()
    rows = _rows(PAGE_SIZE * 5)
    model.set_ids([row.id for row in rows], rows[:PAGE_SIZE])
    asked = _answer_pages(model, rows)
    assert model.rowCount() == len(rows)
    assert model.index(3, Columns.NAME).data() == "Customer 00004"
    assert asked == [], "the first page came with the ids"
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.row(), bottom.row())))
    assert model.index(PAGE_SIZE * 3 + 7, Columns.NAME).data(ID_ROLE) == PAGE_SIZE * 3 + 8
    assert asked == [], "the id needs no row"
    model.index(PAGE_SIZE * 3 + 7, Columns.NAME).data()
    model.index(PAGE_SIZE * 3 + 9, Columns.EMAIL).data()
    assert asked == [3], "one request per page"
    assert changed == [(PAGE_SIZE * 3, PAGE_SIZE * 4 - 1)]
    assert (
        model.index(PAGE_SIZE * 3 + 7, Columns.NAME).data() == f"Customer {PAGE_SIZE * 3 + 8:05d}"
    )


def test_a_page_answered_after_the_list_changed_is_ignored(qtbot: QtBot) -> None:
    model = CustomersTableModel()
    model.set_ids([1, 2, 3])
    with qtbot.waitSignal(model.page_wanted) as wanted:
        model.index(0, Columns.NAME).data()
    model.set_ids([3, 2, 1])
    model.fill_page(0, wanted.args[1], _rows(3))
    assert model.index(0, Columns.NAME).data() == "", "page 0 is a different list now"


def test_the_complete_list_extends_the_first_screen_without_a_reset() -> None:
    model = CustomersTableModel()
    rows = _rows(PAGE_SIZE * 3 + 5)
    model.set_ids([row.id for row in rows[:PAGE_SIZE]], rows[:PAGE_SIZE])
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    held = QPersistentModelIndex(model.index(10, Columns.NAME))
    model.extend_to([row.id for row in rows])
    assert resets == []
    assert model.rowCount() == len(rows)
    assert held.row() == 10
    model.extend_to([row.id for row in reversed(rows)])
    assert resets == [True], "another order replaces the list"
    assert model.customer_id(0) == rows[-1].id


def test_a_header_click_asks_the_database_to_sort() -> None:
    model = CustomersTableModel()
    model.set_rows(_rows(10))
    asked: list[tuple[CustomerSort, bool]] = []
    model.sort_requested.connect(lambda sort, descending: asked.append((sort, descending)))
    model.sort(Columns.EMAIL, Qt.SortOrder.DescendingOrder)
    model.sort(Columns.NAME)
    assert asked == [(CustomerSort.EMAIL, True), (CustomerSort.NAME, False)]
    assert model.customer_id(0) == 1, "the model never reorders by itself"


def test_update_rows_signals_data_changed_for_that_row_only() -> None:
    model = CustomersTableModel()
    model.set_rows(_rows(10))
    changed: list[tuple[int, int]] = []
    model.dataChanged.connect(lambda top, bottom, _roles: changed.append((top.row(), bottom.row())))
    model.update_rows(
        [CustomerRow(4, "Renamed Ltd", None, None, None, CustomerStatus.ACTIVE, True)]
    )
    model.update_rows([CustomerRow(999, "Unknown", None, None, None, CustomerStatus.ACTIVE, True)])
    position = model.row_of(4)
    assert changed == [(position, position)]
    assert model.index(position or 0, Columns.NAME).data() == "Renamed Ltd"
    assert model.rowCount(QModelIndex()) == 10
