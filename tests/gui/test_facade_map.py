"""The facade map: layout (top floor on top, entrances side by side), keyboard and mouse, zoom."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QColor, QWheelEvent
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication

from flatapp.gui.facade_map import FacadeMap
from flatapp.services.homes import list_home_rows

# Entrance A: floors 0-2 with two homes each; entrance B: floor 0 has one home, floors 1-2 two.
HOMES = [
    ("A", 0, 1), ("A", 0, 2), ("A", 1, 11), ("A", 1, 12), ("A", 2, 21), ("A", 2, 22),
    ("B", 0, 51), ("B", 1, 61), ("B", 1, 62), ("B", 2, 71), ("B", 2, 72, "A"),
]


@pytest.fixture
def rows(database, make_building):
    building_id = make_building("Testflat", HOMES)
    with database.session() as session:
        return list_home_rows(session, building_id)


@pytest.fixture
def facade(qtbot, rows):
    widget = FacadeMap()
    qtbot.addWidget(widget)
    widget.resize(700, 400)
    widget.set_homes(rows)
    widget.show()
    assert QTest.qWaitForWindowExposed(widget)
    return widget


def home_id(rows, label: str) -> int:
    return next(row.id for row in rows if row.number_label == label)


def test_top_floor_is_drawn_on_top_and_entrances_side_by_side(facade, rows):
    ground, first, top = (facade.cell_rect(home_id(rows, n)) for n in ("1", "11", "21"))
    assert top.bottom() < first.top() and first.bottom() < ground.top()
    assert top.left() == first.left() == ground.left()  # a stairwell's column stays a column
    # Entrance B stands to the right of entrance A, on the same rows.
    assert facade.cell_rect(home_id(rows, "51")).left() > facade.cell_rect(home_id(rows, "2")).right()
    assert facade.cell_rect(home_id(rows, "51")).top() == ground.top()
    # Homes of a floor in number order, letters after the plain number.
    assert facade.cell_rect(home_id(rows, "72A")).left() > facade.cell_rect(home_id(rows, "71")).left()
    # The map holds every home once, in reading order (top floor first).
    assert facade.home_ids()[:2] == [home_id(rows, "21"), home_id(rows, "22")]
    assert sorted(facade.home_ids()) == sorted(row.id for row in rows)


def test_arrow_keys_move_across_floors_and_entrances(qtbot, facade, rows):
    chosen: list[int] = []
    facade.homeSelected.connect(chosen.append)
    facade.setFocus()
    facade.select_home(home_id(rows, "1"))
    expected = []

    def press(key, label, modifier=Qt.KeyboardModifier.NoModifier):
        qtbot.keyClick(facade, key, modifier)
        expected.append(home_id(rows, label))
        assert facade.selected_home() == home_id(rows, label), f"after {key!r}"

    press(Qt.Key.Key_Up, "11")
    press(Qt.Key.Key_Up, "21")
    press(Qt.Key.Key_Right, "22")
    press(Qt.Key.Key_Right, "71")      # across the stairwell
    press(Qt.Key.Key_Right, "72A")
    press(Qt.Key.Key_Down, "62")
    press(Qt.Key.Key_Down, "51")       # B's ground floor has one home: the nearest one
    press(Qt.Key.Key_Left, "2")        # back across to entrance A
    press(Qt.Key.Key_Home, "1")
    press(Qt.Key.Key_End, "51")
    press(Qt.Key.Key_PageUp, "71")     # top floor of the same stairwell
    press(Qt.Key.Key_Home, "21", Qt.KeyboardModifier.ControlModifier)
    assert chosen == expected
    # At an edge nothing moves and nothing is emitted.
    qtbot.keyClick(facade, Qt.Key.Key_Up)
    assert facade.selected_home() == home_id(rows, "21") and chosen == expected


def test_first_arrow_selects_the_first_home_and_enter_activates(qtbot, facade, rows):
    facade.setFocus()
    assert facade.selected_home() is None
    qtbot.keyClick(facade, Qt.Key.Key_Down)
    assert facade.selected_home() == home_id(rows, "21")  # top left
    with qtbot.waitSignal(facade.homeActivated) as activated:
        qtbot.keyClick(facade, Qt.Key.Key_Return)
    assert activated.args == [home_id(rows, "21")]


def test_click_selects_and_double_click_activates(qtbot, facade, rows):
    target = home_id(rows, "62")
    with qtbot.waitSignal(facade.homeSelected) as selected:
        qtbot.mouseClick(facade.viewport(), Qt.MouseButton.LeftButton, pos=facade.cell_rect(target).center())
    assert selected.args == [target]
    assert facade.selected_home() == target and facade.hasFocus()
    with qtbot.waitSignal(facade.homeActivated) as activated:
        qtbot.mouseDClick(facade.viewport(), Qt.MouseButton.LeftButton, pos=facade.cell_rect(target).center())
    assert activated.args == [target]
    # A click between the cells keeps the selection.
    with qtbot.assertNotEmitted(facade.homeSelected):
        qtbot.mouseClick(facade.viewport(), Qt.MouseButton.LeftButton, pos=QPoint(2, 2))
    assert facade.selected_home() == target


def test_select_home_from_code_does_not_emit(qtbot, facade, rows):
    with qtbot.assertNotEmitted(facade.homeSelected):
        facade.select_home(home_id(rows, "12"))
    assert facade.selected_home() == home_id(rows, "12")
    facade.set_homes([row for row in rows if row.number_label != "12"])
    assert facade.selected_home() is None  # that home is gone


def test_colours_legend_and_selection_are_painted(qtbot, facade, rows):
    red = QColor("#c0392b")
    target = home_id(rows, "11")
    facade.set_home_colours({target: red})
    facade.set_legend([("Gesproken", QColor("#2e8b57")), ("Niet thuis", red)])
    assert facade.home_colour(target) == red
    assert facade.home_colour(home_id(rows, "12")) == QColor("#ffffff")
    assert [label for label, _ in facade.legend()] == ["Gesproken", "Niet thuis"]
    image = facade.viewport().grab().toImage()
    ratio = image.devicePixelRatio()
    rect = facade.cell_rect(target)
    inside = QPoint(rect.left() + 4, rect.top() + rect.height() // 2)
    assert image.pixelColor(QPoint(round(inside.x() * ratio), round(inside.y() * ratio))) == red
    # The selection outline is drawn just outside the cell, in the selection blue.
    facade.setFocus()
    facade.select_home(target)
    image = facade.viewport().grab().toImage()
    edge = QPoint(rect.center().x(), rect.top() - 1)
    outline = image.pixelColor(QPoint(round(edge.x() * ratio), round(edge.y() * ratio)))
    assert outline.blue() > 150 and outline.red() < 80


def test_zoom_in_out_and_back_to_fit(qtbot, facade, rows):
    fitted = facade.cell_size()
    assert facade.is_fitted()
    facade.zoom_in()
    assert facade.cell_size().width() > fitted.width() and not facade.is_fitted()
    facade.zoom_out()
    facade.zoom_out()
    assert facade.cell_size().width() < fitted.width()
    # Ctrl + wheel zooms too.
    before = facade.cell_size()
    centre = QPointF(facade.viewport().rect().center())
    wheel = QWheelEvent(centre, facade.viewport().mapToGlobal(centre), QPoint(), QPoint(0, 120),
                        Qt.MouseButton.NoButton, Qt.KeyboardModifier.ControlModifier, Qt.ScrollPhase.NoScrollPhase,
                        False)
    QApplication.sendEvent(facade.viewport(), wheel)
    assert facade.cell_size().width() > before.width()
    facade.zoom_to_fit()
    assert facade.cell_size() == fitted and facade.is_fitted()


def test_an_empty_block_shows_the_hint(qtbot):
    widget = FacadeMap()
    qtbot.addWidget(widget)
    widget.set_empty_text("Nog geen woningen")
    widget.set_homes([])
    widget.resize(300, 200)
    assert widget.home_ids() == [] and widget.selected_home() is None
    qtbot.keyClick(widget, Qt.Key.Key_Down)  # nothing to navigate, nothing breaks
    assert not widget.grab().isNull()


def big_block_specs() -> list[tuple]:
    """3 entrances × 11 floors × 6 homes = 198, numbered as in the demo block."""
    return [(f"Portiek {entrance}", floor, 100 * (index + 1) + floor * 6 + home + 1)
            for index, entrance in enumerate("ABC") for floor in range(11) for home in range(6)]


def test_a_198_home_block_fits_a_laptop_window_readably(qtbot, database, make_building):
    from flatapp.gui.main_window import MainController

    make_building("Voorbeeldflat", big_block_specs())
    controller = MainController(database, remember=False)
    window = controller.window
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert QTest.qWaitForWindowExposed(window)
    window.apply_default_splits()
    QApplication.processEvents()
    facade = window.facade_map
    facade.zoom_to_fit()
    ids = facade.home_ids()
    assert len(ids) == 198
    visible = facade.viewport().rect()
    assert all(visible.contains(facade.cell_rect(home)) for home in ids)
    # Readable: cells big enough for "366" in a normal-size font, the list still beside the map.
    assert facade.cell_size().width() >= 30 and facade.cell_size().height() >= 24
    assert facade.width() >= 700
    assert window.ui.homeTable.isVisible() and window.ui.homeTable.width() >= 450
    assert facade.horizontalScrollBar().maximum() == 0 and facade.verticalScrollBar().maximum() == 0


def test_fit_leaves_no_scroll_bars_after_a_smaller_size(qtbot, database, make_building):
    """Scroll bars shown at a small size must not stay (and steal room) once everything fits."""
    building_id = make_building("Groot", big_block_specs())
    with database.session() as session:
        rows = list_home_rows(session, building_id)
    widget = FacadeMap()
    qtbot.addWidget(widget)
    widget.set_homes(rows)
    widget.resize(120, 90)  # far too small: minimum cells, scroll bars
    widget.show()
    assert QTest.qWaitForWindowExposed(widget)
    assert widget.horizontalScrollBar().maximum() > 0
    widget.resize(700, 400)
    QApplication.processEvents()
    assert widget.horizontalScrollBar().maximum() == 0 and widget.verticalScrollBar().maximum() == 0
    assert widget.viewport().size() == widget.maximumViewportSize()
    assert all(widget.viewport().rect().contains(widget.cell_rect(home)) for home in widget.home_ids())
