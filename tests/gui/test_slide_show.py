"""The slide show: keys and clicks move through the slides, Escape leaves, the indicator follows; and the
Tent menu of the main window opens the quote review, the poster designer and the slide show (F5)."""

from __future__ import annotations

import io

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QPushButton

from flatapp.gui.main_window import MainController
from flatapp.gui.slide_show import SlideShow, make_slides
from flatapp.tent.options import PosterOptions
from tests.gui.tent_fixtures import SLIDE_SIZE, StandIns


@pytest.fixture
def content(demo_database):
    from flatapp.tent.service import tent_content

    with demo_database.session() as session:
        return tent_content(session, 1)


def open_show(qtbot, content, stand_ins, panels=("kerncijfers", "kennen", "helpen")) -> SlideShow:
    pdf = make_slides(content, PosterOptions(panels=panels), stand_ins.slides)
    show = SlideShow(pdf)
    qtbot.addWidget(show)
    show.resize(800, 600)
    show.show()
    show.activateWindow()
    assert QTest.qWaitForWindowActive(show)
    return show


def test_keys_and_clicks_move_through_the_slides(qtbot, content, stand_ins):
    show = open_show(qtbot, content, stand_ins)
    assert show.page_count() == 4 and show.indicator_text() == "1 / 4"
    for key, expected in ((Qt.Key.Key_Right, 2), (Qt.Key.Key_Space, 3), (Qt.Key.Key_PageDown, 4),
                          (Qt.Key.Key_Return, 4), (Qt.Key.Key_Left, 3), (Qt.Key.Key_Home, 1),
                          (Qt.Key.Key_Up, 1), (Qt.Key.Key_End, 4), (Qt.Key.Key_Backspace, 3),
                          (Qt.Key.Key_PageUp, 2), (Qt.Key.Key_Down, 3)):
        QTest.keyClick(show, key)
        assert show.indicator_text() == f"{expected} / 4", key
    qtbot.mouseClick(show, Qt.MouseButton.LeftButton)
    assert show.current_page() == 3
    qtbot.mouseClick(show, Qt.MouseButton.RightButton)
    assert show.current_page() == 2
    with qtbot.waitSignal(show.destroyed, timeout=2000):
        QTest.keyClick(show, Qt.Key.Key_Escape)


def test_the_slide_keeps_its_proportions_on_a_dark_background(qtbot, content, stand_ins):
    show = open_show(qtbot, content, stand_ins)
    rect = show.page_rect()
    assert rect.width() == pytest.approx(800) and rect.height() == pytest.approx(800 * SLIDE_SIZE[1] / SLIDE_SIZE[0])
    image = show.page_image()
    assert image.width() == round(800 * show.devicePixelRatioF())
    assert show.page_image() is image                                   # cached, not rendered again
    picture = show.grab().toImage()
    assert picture.pixelColor(5, 5).lightness() < 40                    # the band above the slide is dark
    assert picture.pixelColor(400, 300).lightness() > 200               # the slide itself is white paper
    QTest.keyClick(show, Qt.Key.Key_Q)
    assert not show.isVisible()


def start_main(qtbot, database) -> MainController:
    controller = MainController(database, remember=False)
    window = controller.window
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    assert QTest.qWaitForWindowActive(window)
    return controller


def test_the_tent_menu_opens_its_windows(qtbot, monkeypatch, demo_database):
    from flatapp.gui import poster_designer, slide_show
    from flatapp.gui.poster_designer import PosterDesigner
    from flatapp.gui.quote_approval_dialog import QuoteApprovalDialog

    stand_ins = StandIns()
    for kind, render in stand_ins.renderers().items():
        monkeypatch.setitem(poster_designer.REAL_RENDERERS, kind, render)
    monkeypatch.setattr(slide_show, "_render_slides", stand_ins.slides)
    opened = []
    for dialog_class in (QuoteApprovalDialog, PosterDesigner):
        monkeypatch.setattr(dialog_class, "exec", lambda self: opened.append(self) or 0)

    controller = start_main(qtbot, demo_database)
    ui = controller.window.ui
    assert [a.text() for a in ui.menuTent.actions() if not a.isSeparator()] == [
        "&Citaten beoordelen…", "Cijfers p&ubliceren…", "&Poster maken…", "&Diavoorstelling starten",
        "&Inschrijvingen invoeren…", "&Opvolglijst…"]
    assert ui.actionDesignPoster.isEnabled()
    ui.actionReviewQuotes.trigger()
    assert isinstance(opened[-1], QuoteApprovalDialog) and opened[-1].model.rowCount() == 10
    ui.actionDesignPoster.trigger()
    assert isinstance(opened[-1], PosterDesigner)
    assert opened[-1].content.round_name == "Najaar 2026" and opened[-1].preview.page_count() == 1

    QTest.keyClick(controller.window, Qt.Key.Key_F5)
    show = controller.slide_show
    assert show is not None and show.isVisible() and show.indicator_text().startswith("1 / ")
    assert stand_ins.last("slides").panels                               # the remembered (default) panels
    with qtbot.waitSignal(show.destroyed, timeout=2000):
        QTest.keyClick(show, Qt.Key.Key_Escape)

    # The results tab has the same actions on a button.
    controller.show_tab("results")
    button = controller.page("results").findChild(QPushButton, "tentButton")
    assert button is not None and button.menu().actions()[0] is ui.actionReviewQuotes


def test_the_tent_menu_waits_for_a_round(qtbot, database, make_building):
    make_building("Zonder ronde")
    controller = start_main(qtbot, database)
    ui = controller.window.ui
    assert not ui.actionReviewQuotes.isEnabled() and not ui.actionStartSlideShow.isEnabled()


def test_slides_render_errors_are_dutch(content):
    from flatapp.services.errors import UserError

    def broken(_content, _options, _out: io.BytesIO) -> int:
        raise ValueError("Het logo ontbreekt.")

    with pytest.raises(UserError, match="Het logo ontbreekt."):
        make_slides(content, PosterOptions(), broken)


def test_p_plays_the_slides_round_and_round_until_a_key_takes_over(qtbot, content, stand_ins, monkeypatch):
    show = open_show(qtbot, content, stand_ins)
    show._play_timer.setInterval(30)          # the real pace is PLAY_SECONDS; the test cannot wait that long
    QTest.keyClick(show, Qt.Key.Key_End)
    QTest.keyClick(show, Qt.Key.Key_P)
    assert show.is_playing() and show.indicator_text() == "\u25b6 4 / 4"
    qtbot.waitUntil(lambda: show.current_page() == 0, timeout=2000)      # after the last: the first again
    QTest.keyClick(show, Qt.Key.Key_Home)
    assert not show.is_playing() and show.indicator_text() == "1 / 4"
    QTest.qWait(120)
    assert show.current_page() == 0
    QTest.keyClick(show, Qt.Key.Key_P)
    QTest.keyClick(show, Qt.Key.Key_P)
    assert not show.is_playing()
