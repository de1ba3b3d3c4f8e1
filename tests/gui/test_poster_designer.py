"""Poster maken: live preview of the real page, panels checked and ordered, PDFs saved, errors shown, choices kept."""

from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QColorDialog, QFileDialog

from flatapp.gui.poster_designer import HANDOUT, SIGN_UP, PosterDesigner, open_poster_designer
from flatapp.tent.content import FLOORS, PANEL_TITLES
from tests.gui.keyboard import type_text
from tests.gui.tent_fixtures import StandIns

A1 = (1683.78, 2383.94)
A3 = (841.89, 1190.55)
A4 = (595.28, 841.89)


def open_designer(qtbot, database, stand_ins) -> PosterDesigner:
    dialog = open_poster_designer(database, 1, renderers=stand_ins.renderers())
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.resize(1280, 800)
    dialog.activateWindow()
    assert QTest.qWaitForWindowActive(dialog)
    return dialog


def page_size(dialog) -> tuple[float, float]:
    size = dialog.preview.page_point_size()
    return round(size.width(), 2), round(size.height(), 2)


def save_to(monkeypatch, path: Path) -> list[str]:
    suggested: list[str] = []

    def ask(_parent, _title, start, _filter):
        suggested.append(Path(start).name)
        return str(path), "PDF"

    monkeypatch.setattr(QFileDialog, "getSaveFileName", ask)
    return suggested


def test_preview_follows_size_orientation_and_panels(qtbot, demo_database, stand_ins):
    dialog = open_designer(qtbot, demo_database, stand_ins)
    ui = dialog.ui
    assert page_size(dialog) == A1 and dialog.preview_error == ""
    assert ui.titleEdit.placeholderText() == "Zo wonen we samen in Voorbeeldflat"
    assert ui.previewTitleLabel.text() == "Voorbeeld: Poster A1, staand · 1 pagina"
    assert not ui.pageLabel.isVisible()                            # one page: no page arrows
    image = dialog.preview.image()
    assert image.height() / image.width() == pytest.approx(2 ** 0.5, rel=0.02)

    ui.sizeCombo.setFocus()
    QTest.keyClick(ui.sizeCombo, Qt.Key.Key_End)                   # A0 … A3: the last is A3
    qtbot.waitUntil(lambda: page_size(dialog) == A3, timeout=3000)  # re-rendered after the pause
    assert stand_ins.last("poster").size == "A3"
    qtbot.mouseClick(ui.landscapeRadio, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: page_size(dialog) == (A3[1], A3[0]), timeout=3000)
    image = dialog.preview.image()
    assert image.width() / image.height() == pytest.approx(2 ** 0.5, rel=0.02)   # the preview turned too

    # Uncheck "Buren kennen" with the space bar, move "Samen aan de slag" up with Alt+Up.
    panels = ui.panelList
    panels.setFocus()
    panels.setCurrentRow(1)
    assert panels.currentItem().text() == PANEL_TITLES["kennen"]
    QTest.keyClick(panels, Qt.Key.Key_Space)
    panels.setCurrentRow(3)
    QTest.keyClick(panels, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert dialog.chosen_panels() == ["kerncijfers", "onderwerpen", "helpen", "overlast", "samenhang"]
    qtbot.waitUntil(lambda: stand_ins.last("poster").panels == ("kerncijfers", "onderwerpen", "helpen", "overlast",
                                                                 "samenhang"), timeout=3000)
    # A panel with nothing public is marked in the list (the poster prints its sentence).
    quotes = next(panels.item(i) for i in range(panels.count()) if panels.item(i).data(Qt.ItemDataRole.UserRole) == "citaten")
    assert quotes.text() == "Wat bewoners vertelden (nog niets te tonen)"

    # One poster per theme: several pages, with arrows.
    qtbot.mouseClick(ui.perThemeRadio, Qt.MouseButton.LeftButton, pos=QPoint(8, ui.perThemeRadio.height() // 2))
    qtbot.waitUntil(lambda: dialog.preview.page_count() == 5, timeout=3000)
    assert ui.pageLabel.isVisible() and ui.pageLabel.text() == "pagina 1 van 5"
    qtbot.mouseClick(ui.nextPageButton, Qt.MouseButton.LeftButton)
    assert ui.pageLabel.text() == "pagina 2 van 5" and dialog.preview.page() == 1


def test_poster_saved_as_pdf(qtbot, monkeypatch, demo_database, stand_ins, tmp_path):
    dialog = open_designer(qtbot, demo_database, stand_ins)
    ui = dialog.ui
    ui.titleEdit.setFocus()
    type_text(ui.titleEdit, "Zo wonen wij — samen!")
    ui.sizeCombo.setCurrentIndex(ui.sizeCombo.findData("A3"))
    suggested = save_to(monkeypatch, tmp_path / "poster")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert suggested == ["poster-Najaar-2026-A3.pdf"]
    pdf = PdfReader(tmp_path / "poster.pdf")
    box = pdf.pages[0].mediabox
    assert (round(float(box.width), 2), round(float(box.height), 2)) == A3
    assert "Zo wonen wij — samen!" in pdf.pages[0].extract_text()
    assert ui.messageLabel.text().startswith("Opgeslagen:")
    assert not list(tmp_path.glob(".*.tmp"))                       # written atomically, nothing left over


def test_a_bad_logo_is_a_dutch_message_not_a_crash(qtbot, monkeypatch, demo_database, stand_ins, tmp_path):
    dialog = open_designer(qtbot, demo_database, stand_ins)
    ui = dialog.ui
    ui.logoEdit.setFocus()
    QTest.keyClicks(ui.logoEdit, str(tmp_path / "weg" / "logo.png"))
    qtbot.waitUntil(lambda: "bestaat niet" in dialog.preview_error, timeout=3000)
    assert ui.previewMessageLabel.isVisible()
    assert "kies het bestand opnieuw" in ui.previewMessageLabel.text()
    save_to(monkeypatch, tmp_path / "poster.pdf")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert "bestaat niet" in ui.messageLabel.text()
    assert not (tmp_path / "poster.pdf").exists()
    ui.logoEdit.setText(str(tmp_path / "logo.gif"))
    assert not dialog.refresh_preview()
    assert "PNG- of JPG" in ui.previewMessageLabel.text()
    qtbot.mouseClick(ui.logoClearButton, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not ui.previewMessageLabel.isVisible(), timeout=3000)
    # Every panel unchecked: the options' own sentence.
    for row in range(ui.panelList.count()):
        ui.panelList.item(row).setCheckState(Qt.CheckState.Unchecked)
    assert not dialog.refresh_preview()
    assert ui.previewMessageLabel.text() == "Kies minstens één paneel voor de poster."


def test_choices_are_remembered_but_not_the_title(qtbot, monkeypatch, demo_database, stand_ins):
    dialog = open_designer(qtbot, demo_database, stand_ins)
    ui = dialog.ui
    ui.sizeCombo.setCurrentIndex(ui.sizeCombo.findData("A2"))
    qtbot.mouseClick(ui.landscapeRadio, Qt.MouseButton.LeftButton)
    ui.panelList.item(0).setCheckState(Qt.CheckState.Unchecked)
    ui.organisationEdit.clear()
    type_text(ui.organisationEdit, "Welzijn Súdwest")
    ui.titleEdit.setText("Alleen voor deze ronde")
    monkeypatch.setattr(QColorDialog, "getColor", lambda *args, **kwargs: QColor("#aa3300"))
    qtbot.mouseClick(ui.colourButton, Qt.MouseButton.LeftButton)
    assert ui.colourButton.text() == "#aa3300" and dialog.poster_options().style.colour == "#aa3300"
    qtbot.mouseClick(ui.closeButton, Qt.MouseButton.LeftButton)

    again = open_designer(qtbot, demo_database, stand_ins)
    options = again.poster_options()
    assert (options.size, options.orientation) == ("A2", "landscape")
    assert "kerncijfers" not in options.panels and options.panels[0] == "kennen"
    assert options.style.organisation == "Welzijn Súdwest" and options.style.colour == "#aa3300"
    assert again.ui.titleEdit.text() == ""


class ContentSeen(StandIns):
    """The stand-ins, also recording the content each renderer was given."""

    def __init__(self):
        super().__init__()
        self.contents: list[tuple[str, object]] = []

    def renderers(self):
        def seen(kind, render):
            def wrapper(content, options, out, *fit):
                self.contents.append((kind, content))
                return render(content, options, out, *fit)
            return wrapper
        return {kind: seen(kind, render) for kind, render in super().renderers().items()}

    def last_content(self, kind: str):
        return next(content for k, content in reversed(self.contents) if k == kind)


def floors_item(panels):
    return next(panels.item(i) for i in range(panels.count())
                if panels.item(i).data(Qt.ItemDataRole.UserRole) == FLOORS)


def test_the_figures_come_from_the_publication_and_publishing_anew_uses_the_smallest_group_typed(
        qtbot, monkeypatch, demo_database):
    from PySide6.QtWidgets import QMessageBox

    seen = ContentSeen()
    dialog = open_designer(qtbot, demo_database, seen)
    ui = dialog.ui
    spin = ui.thresholdSpin
    assert (spin.value(), spin.minimum(), spin.maximum(), spin.suffix()) == (5, 5, 50, " bewoners")
    assert "Nooit lager dan 5" in spin.toolTip() and ui.thresholdLabel.buddy() is spin
    assert ui.publicationLabel.text().startswith("Publicatie 1 van ") and "kleinste groep 5" in ui.publicationLabel.text()
    first = seen.last_content("poster")
    assert "minder dan 5 bewoners" in first.privacy_line and not first.panel(FLOORS).is_empty

    # Typing a smallest group changes nothing shown: the figures are those of the publication.
    spin.setFocus()
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, "40")
    assert spin.value() == 40 and dialog.content is first
    # Below 5 cannot be typed: the spin box keeps 5 at the least.
    QTest.keyClick(spin, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    QTest.keyClicks(spin, "3")
    QTest.keyClick(spin, Qt.Key.Key_Return)
    assert spin.value() >= 5
    spin.setValue(40)

    asked = []
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: asked.append(a[2]) or QMessageBox.StandardButton.No))
    qtbot.mouseClick(ui.publishButton, Qt.MouseButton.LeftButton)
    assert "kleinste groep 40" in asked[0] and dialog.content is first         # 'Nee': nothing published
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    qtbot.mouseClick(ui.publishButton, Qt.MouseButton.LeftButton)
    assert ui.publicationLabel.text().startswith("Publicatie 2 van ") and "kleinste groep 40" in ui.publicationLabel.text()
    qtbot.waitUntil(lambda: "minder dan 40 bewoners" in seen.last_content("poster").privacy_line, timeout=3000)
    assert dialog.content.panel(FLOORS).is_empty
    assert floors_item(ui.panelList).text() == f"{PANEL_TITLES[FLOORS]} (nog niets te tonen)"
    assert dialog.preview_error == ""

    # Reopened: the latest publication, and the smallest group for the next one remembered.
    qtbot.mouseClick(ui.closeButton, Qt.MouseButton.LeftButton)
    again = open_designer(qtbot, demo_database, ContentSeen())
    assert again.ui.thresholdSpin.value() == 40
    assert "minder dan 40 bewoners" in again.content.privacy_line
    assert floors_item(again.ui.panelList).text().endswith("(nog niets te tonen)")


def test_printing_twice_after_another_interview_gives_the_same_figures(qtbot, monkeypatch, demo_database, tmp_path):
    """The attack from the issue: poster, one more interview, poster again. Without a new publication
    nothing changes, and a new publication holds back what the one new resident would give away."""
    from PySide6.QtWidgets import QMessageBox
    from sqlalchemy import select

    from flatapp.services.homes import list_home_rows
    from flatapp.storage.interview_models import Interview
    from tests.answers_fill import complete_filled

    def poster_text(name: str) -> str:
        dialog = open_poster_designer(demo_database, 1)
        qtbot.addWidget(dialog)
        save_to(monkeypatch, tmp_path / name)
        qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
        return " ".join(page.extract_text() for page in PdfReader(tmp_path / name).pages)

    before = poster_text("voor.pdf")
    with demo_database.session() as s, s.begin():
        done = set(s.scalars(select(Interview.home_id)))
        home = next(h for h in list_home_rows(s, 1) if h.id not in done)
        complete_filled(s, 1, home.id, {"KN1": 1, "WO2": [1, 2, 3, 4], "HP1": 1, "HP4": 1}, None)
    assert poster_text("na.pdf") == before
    monkeypatch.setattr(QMessageBox, "question", staticmethod(lambda *a, **k: QMessageBox.StandardButton.Yes))
    dialog = open_poster_designer(demo_database, 1)
    qtbot.addWidget(dialog)
    qtbot.mouseClick(dialog.ui.publishButton, Qt.MouseButton.LeftButton)
    assert "Niet bijgewerkt in publicatie 2" in dialog.ui.publicationLabel.text()
    assert poster_text("gepubliceerd.pdf") == before


def test_saved_pdf_and_f5_use_the_publication_not_the_smallest_group_typed(qtbot, monkeypatch, demo_database,
                                                                          tmp_path):
    from flatapp.gui import slide_show
    from flatapp.gui.main_window import MainController

    seen = ContentSeen()
    dialog = open_designer(qtbot, demo_database, seen)
    dialog.ui.thresholdSpin.setValue(25)            # not published: the figures stay those of publication 1
    save_to(monkeypatch, tmp_path / "poster.pdf")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert (tmp_path / "poster.pdf").exists()
    assert "minder dan 5 bewoners" in seen.last_content("poster").privacy_line

    monkeypatch.setattr(slide_show, "_render_slides", seen.renderers()["slides"])
    controller = MainController(demo_database, remember=False)
    qtbot.addWidget(controller.window)
    controller.window.resize(1366, 768)
    controller.window.show()
    controller.window.activateWindow()
    assert QTest.qWaitForWindowActive(controller.window)
    QTest.keyClick(controller.window, Qt.Key.Key_F5)
    show = controller.slide_show
    assert show is not None and show.isVisible()
    assert "minder dan 5 bewoners" in seen.last_content("slides").privacy_line
    with qtbot.waitSignal(show.destroyed, timeout=2000):
        QTest.keyClick(show, Qt.Key.Key_Escape)


def test_handout_and_sign_up_sheets(qtbot, monkeypatch, demo_database, stand_ins, tmp_path):
    dialog = open_designer(qtbot, demo_database, stand_ins)
    ui = dialog.ui
    tabs = ui.documentTabs
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(HANDOUT).center())
    assert ui.saveButton.text() == "Folder opslaan als &PDF…"
    assert ui.previewTitleLabel.text() == "Voorbeeld: Folder A5 · 2 pagina's"
    ui.handoutSizeCombo.setCurrentIndex(ui.handoutSizeCombo.findData("A4"))
    ui.nextStepsEdit.setFocus()
    type_text(ui.nextStepsEdit, "Op 3 december praten we verder in het buurthuis.")
    suggested = save_to(monkeypatch, tmp_path / "folder.pdf")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert suggested == ["folder-Najaar-2026-A4.pdf"]
    pdf = PdfReader(tmp_path / "folder.pdf")
    assert len(pdf.pages) == 2 and round(float(pdf.pages[0].mediabox.width), 2) == A4[0]
    assert stand_ins.last("handout").next_steps == "Op 3 december praten we verder in het buurthuis."

    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(SIGN_UP).center())
    assert "Koffieochtend" in ui.signUpHint.text()
    ui.rowsSpin.setValue(20)
    suggested = save_to(monkeypatch, tmp_path / "lijsten.pdf")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert suggested == ["inschrijflijsten-Najaar-2026.pdf"]
    assert len(PdfReader(tmp_path / "lijsten.pdf").pages) == 4 and stand_ins.last("signup").rows == 20


def test_print_and_slide_show_buttons(qtbot, monkeypatch, demo_database, stand_ins):
    printed = []

    def fake_print(path, parent):
        printed.append((Path(path).name, len(PdfReader(path).pages)))
        return True

    monkeypatch.setattr("flatapp.gui.print_pdf.print_pdf", fake_print)
    dialog = open_designer(qtbot, demo_database, stand_ins)
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    assert printed == [("poster-Najaar-2026-A1.pdf", 1)]
    assert dialog.ui.messageLabel.text() == "Naar de printer gestuurd (1 pagina)."

    qtbot.mouseClick(dialog.ui.slideShowButton, Qt.MouseButton.LeftButton)
    show = dialog.slide_show
    assert show is not None and show.isVisible()
    assert show.isFullScreen() and show.width() >= 640       # not the 100×30 window clicked(bool) once gave
    assert show.page_count() == 1 + len(dialog.chosen_panels())
    QTest.keyClick(show, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: dialog.slide_show is None, timeout=3000)


@pytest.mark.skipif(importlib.util.find_spec("flatapp.printing.poster") is None, reason="poster renderer not there yet")
def test_the_real_poster_renderer_in_the_preview_and_the_pdf(qtbot, monkeypatch, demo_database, tmp_path):
    dialog = open_poster_designer(demo_database, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.preview_error == "" and dialog.preview.page_count() == 1
    assert dialog.preview.image() is not None
    save_to(monkeypatch, tmp_path / "echt.pdf")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    page = PdfReader(tmp_path / "echt.pdf").pages[0]
    assert (round(float(page.mediabox.width), 2), round(float(page.mediabox.height), 2)) == A1
    assert "Zo wonen we samen in Voorbeeldflat" in page.extract_text()


def test_too_many_panels_for_the_paper_gets_a_readability_notice(qtbot, demo_database):
    """Landscape A1 with every panel only fits in smaller type: the designer says so above the preview."""
    dialog = open_poster_designer(demo_database, 1)
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    assert dialog.refresh_preview() and not ui.previewMessageLabel.isVisible()   # portrait, six panels: fine
    qtbot.mouseClick(ui.landscapeRadio, Qt.MouseButton.LeftButton)
    for row in range(ui.panelList.count()):
        ui.panelList.item(row).setCheckState(Qt.CheckState.Checked)
    assert dialog.refresh_preview()
    assert dialog.poster_fit.smaller_than_planned
    assert ui.previewMessageLabel.isVisible() and "drie meter" in ui.previewMessageLabel.text()
    assert dialog.preview.image() is not None            # a notice, not an error: the preview stays


def test_what_the_handout_shortened_is_said_above_the_preview_and_names_are_never_paths(
        qtbot, monkeypatch, demo_database, tmp_path):
    from flatapp.services import rounds

    with demo_database.session() as session, session.begin():
        rounds.update_round(session, 1, name="Najaar/2026 ..\\x", version=rounds.get_round(session, 1).version)
    dialog = open_poster_designer(demo_database, 1)          # the real renderers
    qtbot.addWidget(dialog)
    dialog.show()
    ui = dialog.ui
    tabs = ui.documentTabs
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(HANDOUT).center())
    ui.organisationEdit.setFocus()
    ui.organisationEdit.selectAll()
    type_text(ui.organisationEdit, "Stichting Welzijn en Samenleving " * 7)
    ui.nextStepsEdit.setFocus()
    type_text(ui.nextStepsEdit, "We praten verder in het buurthuis. " * 150)
    assert dialog.refresh_preview()
    label = ui.previewMessageLabel
    assert label.isVisible(), label.text()
    assert "Let op: De tekst 'Wat gebeurt er nu?' (900 woorden)" in label.text()
    assert "Let op: De naam van de organisatie op de achterkant" in label.text()
    assert dialog.preview.image() is not None                # a notice above a good preview, not an error

    suggested = save_to(monkeypatch, tmp_path / "folder.pdf")
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert suggested == ["folder-Najaar-2026-x-A5.pdf"]
    assert len(PdfReader(tmp_path / "folder.pdf").pages) == 2

    database_file = tmp_path / "flatapp.sqlite"
    database_file.write_bytes(b"SQLite format 3\x00" + bytes(200))
    save_to(monkeypatch, database_file)                   # chosen by mistake: the PDF goes beside it
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert (tmp_path / "flatapp.sqlite.pdf").read_bytes().startswith(b"%PDF-")
    copy = tmp_path / "kopie.pdf"                          # a database that merely ends in .pdf
    copy.write_bytes(database_file.read_bytes())
    save_to(monkeypatch, copy)
    qtbot.mouseClick(ui.saveButton, Qt.MouseButton.LeftButton)
    assert "is een database" in ui.messageLabel.text()
    assert database_file.read_bytes() == copy.read_bytes() and copy.read_bytes().startswith(b"SQLite format 3\x00")
