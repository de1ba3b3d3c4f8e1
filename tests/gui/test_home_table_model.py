"""The home list model: Qt's model rules, numeric sorting, search across the columns."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from flatapp.gui.home_table_model import (
    COL_ADDRESS,
    COL_CODE,
    COL_ENTRANCE,
    COL_FLOOR,
    COL_POSTCODE,
    COL_VHE,
    HOME_ID_ROLE,
    HomeFilterProxy,
    HomeTableModel,
)
from flatapp.services.homes import HomeRow


def row(home_id: int, number: int, floor: int, letter: str = "", addition: str = "", entrance: str = "A",
        position: int = 0, postcode: str = "8601 XA", code: str | None = None, vhe: str = "") -> HomeRow:
    return HomeRow(
        id=home_id, code=code or f"TF-{home_id:03d}", street="Kastanjelaan", house_number=number,
        house_letter=letter, addition=addition, postcode=postcode, city="Sneek", entrance=entrance,
        entrance_position=position, floor=floor, vhe_code=vhe or f"VHE{home_id}", unit_type="",
    )


ROWS = [
    row(1, 100, 10, entrance="Portiek B", position=1, code="TF-010"),
    row(2, 2, 0, code="TF-2"),
    row(3, 10, 2, addition="3"),
    row(4, 10, 2, letter="A", postcode="8602 AB", vhe="VHE-X9"),
    row(5, 9, -1),
]


@pytest.fixture
def proxy():
    model = HomeTableModel()
    model.set_rows(ROWS)
    proxy = HomeFilterProxy()
    proxy.setSourceModel(model)
    return proxy


def column(proxy: HomeFilterProxy, col: int) -> list[str]:
    return [proxy.index(r, col).data() for r in range(proxy.rowCount())]


def ids(proxy: HomeFilterProxy) -> list[int]:
    return [proxy.index(r, 0).data(HOME_ID_ROLE) for r in range(proxy.rowCount())]


def test_models_pass_the_model_tester(qtmodeltester, proxy):
    qtmodeltester.check(proxy.sourceModel())
    qtmodeltester.check(proxy)
    empty = HomeTableModel()
    qtmodeltester.check(empty)


def test_columns_headers_and_roles():
    model = HomeTableModel()
    model.set_rows(ROWS)
    headers = [model.headerData(c, Qt.Orientation.Horizontal) for c in range(model.columnCount())]
    assert headers == ["Code", "Adres", "Postcode", "Portiek", "Verdieping", "VHE"]
    index = model.index(2, COL_ADDRESS)
    assert index.data() == "Kastanjelaan 10-3"
    assert model.index(3, COL_ADDRESS).data() == "Kastanjelaan 10A"
    assert model.index(0, COL_FLOOR).data() == "10e" and model.index(1, COL_FLOOR).data() == "BG"
    assert model.index(4, COL_FLOOR).data() == "K"
    assert model.index(3, COL_VHE).data() == "VHE-X9"
    assert index.data(HOME_ID_ROLE) == 3
    assert model.row_of(4) == 3 and model.row_of(99) is None
    assert not model.flags(index) & Qt.ItemFlag.ItemIsEditable


def test_address_sorts_by_number_not_as_text(proxy):
    proxy.sort(COL_ADDRESS, Qt.SortOrder.AscendingOrder)
    assert column(proxy, COL_ADDRESS) == [
        "Kastanjelaan 2", "Kastanjelaan 9", "Kastanjelaan 10-3", "Kastanjelaan 10A", "Kastanjelaan 100",
    ]
    proxy.sort(COL_ADDRESS, Qt.SortOrder.DescendingOrder)
    assert column(proxy, COL_ADDRESS)[0] == "Kastanjelaan 100"


def test_floor_and_code_sort_numerically(proxy):
    proxy.sort(COL_FLOOR, Qt.SortOrder.AscendingOrder)
    assert column(proxy, COL_FLOOR) == ["K", "BG", "2e", "2e", "10e"]
    proxy.sort(COL_CODE, Qt.SortOrder.AscendingOrder)
    assert column(proxy, COL_CODE) == ["TF-2", "TF-003", "TF-004", "TF-005", "TF-010"]
    proxy.sort(COL_ENTRANCE, Qt.SortOrder.AscendingOrder)
    assert column(proxy, COL_ENTRANCE)[-1] == "Portiek B"  # by the entrance's position on the map
    proxy.sort(COL_POSTCODE, Qt.SortOrder.DescendingOrder)
    assert column(proxy, COL_POSTCODE)[0] == "8602 AB"


@pytest.mark.parametrize("search,expected", [
    ("", [1, 2, 3, 4, 5]),
    ("10a", [4]),                 # house number with letter, as the door shows it
    ("10-3", [3]),
    ("8602", [4]),
    ("8602ab", [4]),              # postcode typed without the space
    ("portiek b", [1]),           # every word must match somewhere
    ("KASTANJELAAN 100", [1]),
    ("vhe-x9", [4]),
    ("tf-2", [2]),
    ("sneek bg", [2]),
    ("nergens", []),
])
def test_search_across_columns(proxy, search, expected):
    proxy.set_search_text(search)
    assert sorted(ids(proxy)) == expected
    assert proxy.search_text() == " ".join(search.casefold().split())


def test_proxy_finds_rows_by_home_id_and_follows_new_rows(proxy):
    proxy.sort(COL_ADDRESS, Qt.SortOrder.AscendingOrder)
    assert proxy.proxy_row_of(1) == 4 and proxy.home_id(0) == 2
    proxy.set_search_text("10")
    assert proxy.proxy_row_of(2) is None  # filtered out
    proxy.sourceModel().set_rows(ROWS[:2])
    assert sorted(ids(proxy)) == [1]      # the filter stays on new rows
