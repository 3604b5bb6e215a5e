"""The customers table model: ids and light rows, batches, sorting, partial updates."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, Qt
from pytestqt.modeltest import ModelTester

from desktop.domain.customers import CustomerRow, CustomerStatus
from desktop.ui.customers_table_model import (
    BATCH_SIZE,
    ID_ROLE,
    SORT_ROLE,
    Columns,
    CustomersTableModel,
)


def _rows(count: int) -> list[CustomerRow]:
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
        for n in range(1, count + 1)
    ]


def test_the_model_passes_qt_model_tester_through_load_sort_and_update(
    qtmodeltester: ModelTester,
) -> None:
    model = CustomersTableModel()
    qtmodeltester.check(model)
    model.set_rows(_rows(30))
    model.sort(Columns.EMAIL, Qt.SortOrder.DescendingOrder)
    model.update_rows([CustomerRow(5, "Renamed", None, None, None, CustomerStatus.ACTIVE, True)])
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
    assert model.headerData(Columns.PRIMARY_CONTACT, Qt.Orientation.Horizontal) == "Primary contact"
    assert [model.headerData(c, Qt.Orientation.Horizontal) for c in Columns] == [
        "Name", "Primary contact", "Email", "Phone", "Status", "Source",
    ]  # fmt: skip


def test_a_large_list_is_exposed_in_batches_and_extended_without_a_reset() -> None:
    model = CustomersTableModel()
    rows = _rows(BATCH_SIZE * 3 + 5)
    model.set_rows(rows[:200])
    assert model.rowCount() == 200
    resets: list[bool] = []
    model.modelReset.connect(lambda: resets.append(True))
    model.extend_to(rows)
    assert resets == []
    assert model.loaded_count() == len(rows)
    assert model.rowCount() == 200
    while model.canFetchMore(QModelIndex()):
        model.fetchMore(QModelIndex())
    assert model.rowCount() == len(rows)


def test_sorting_keeps_persistent_indexes_on_their_customer() -> None:
    model = CustomersTableModel()
    model.set_rows(_rows(10))
    held = QPersistentModelIndex(model.index(model.row_of(3) or 0, Columns.NAME))
    model.sort(Columns.NAME, Qt.SortOrder.DescendingOrder)
    assert model.index(0, Columns.NAME).data() == "Customer 00010"
    assert held.data() == "Customer 00003"


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
