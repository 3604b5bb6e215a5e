"""The line-items grid model: editable cells, add/remove/reorder, amounts read-only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from pytestqt.modeltest import ModelTester

from desktop.ui.document_form import LineText
from desktop.ui.line_items_table_model import Columns, LineItemsTableModel


def test_the_grid_passes_the_model_tester_while_edited(qtmodeltester: ModelTester) -> None:
    model = LineItemsTableModel()
    qtmodeltester.check(model, force_py=True)
    model.add_line(LineText("A", rate="1"))
    model.add_line(LineText("B", rate="2"))
    model.add_line(LineText("C", rate="3"))
    model.move_line(0, +1)
    model.move_line(2, -1)
    model.setData(model.index(1, Columns.QUANTITY), "4")
    model.set_amounts(["1.00", "2.00", "3.00"])
    model.remove_line(0)
    qtmodeltester.check(model, force_py=True)


def test_reordering_moves_lines_and_their_amounts() -> None:
    model = LineItemsTableModel()
    for name in "ABC":
        model.add_line(LineText(name))
    model.set_amounts(["1", "2", "3"])
    assert model.move_line(0, +1) == 1
    assert [line.name for line in model.lines()] == ["B", "A", "C"]
    assert model.index(1, Columns.AMOUNT).data() == "1"
    assert model.move_line(0, -1) == 0  # the first line cannot go further up
    assert model.move_line(2, -2) == 0
    assert [line.name for line in model.lines()] == ["C", "B", "A"]


def test_cells_edit_except_the_amount() -> None:
    model = LineItemsTableModel()
    model.add_line()
    edited: list[bool] = []
    model.lines_edited.connect(lambda: edited.append(True))
    assert model.setData(model.index(0, Columns.RATE), "12.50")
    assert not model.setData(model.index(0, Columns.AMOUNT), "99")
    assert model.lines()[0].rate == "12.50"
    assert not model.flags(model.index(0, Columns.AMOUNT)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, Columns.TAXES)) & Qt.ItemFlag.ItemIsEditable
    assert edited == [True]
    assert model.headerData(0, Qt.Orientation.Vertical) == "1"
