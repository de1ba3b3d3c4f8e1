"""Printing a round's paper from the GUI: PDF saved, printer path, letter text kept, clear errors."""

from __future__ import annotations

from datetime import date, time

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QFileDialog

from flatapp.gui import print_round_dialog, theme
from flatapp.gui.print_round_dialog import DOOR_LISTS, FORMS, LETTERS, PrintRoundDialog
from flatapp.printing.layout import FILLED_IN_CONFIDENTIAL
from flatapp.services import rounds
from flatapp.storage.models import ActivityLog
from tests.gui.keyboard import type_text


@pytest.fixture
def planned_round(database, make_building):
    building_id = make_building("Printflat")
    with database.session() as session, session.begin():
        row = rounds.create_round(session, building_id, "Najaar", organisation="Welzijn Sneek")
        evening = rounds.add_evening(session, row.id, date(2026, 11, 26), time(18, 30), time(20, 30))
        for name in ("Anna", "Bram", "Cor", "Dé"):
            rounds.add_volunteer(session, row.id, name)
        rounds.auto_teams(session, row.id)
        rounds.assign_doors(session, row.id, evening.id)
    return building_id, row.id


def open_dialog(qtbot, database, building_id, kind):
    dialog = PrintRoundDialog(database, building_id, kind)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def save_to(monkeypatch, path):
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *args, **kwargs: (str(path), "PDF"))


def test_door_lists_saved_as_pdf_with_every_door_once(qtbot, monkeypatch, database, planned_round, tmp_path):
    building_id, _round_id = planned_round
    dialog = open_dialog(qtbot, database, building_id, DOOR_LISTS)
    assert dialog.ui.eveningCombo.currentText().startswith("donderdag 26-11-2026")
    assert dialog.default_file_name().startswith("Deurlijsten-Najaar-donderdag-26-11-2026")
    save_to(monkeypatch, tmp_path / "deuren")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    pdf = tmp_path / "deuren.pdf"
    text = "\n".join(page.extract_text() for page in PdfReader(pdf).pages)
    assert dialog.ui.messageLabel.text().startswith("Opgeslagen:")
    for number in range(1, 5):
        for floor in range(3):
            assert text.count(f"Teststraat {10 * floor + number}\n") == 1
    with database.session() as session:
        assert session.query(ActivityLog).filter_by(action="print.doorlists").count() == 1


def test_letters_keep_the_edited_text_with_the_round(qtbot, monkeypatch, database, planned_round, tmp_path):
    building_id, round_id = planned_round
    dialog = open_dialog(qtbot, database, building_id, LETTERS)
    dialog.ui.letterTextEdit.clear()
    dialog.ui.letterTextEdit.setFocus()
    type_text(dialog.ui.letterTextEdit, "Beste bewoner, wij komen langs — tot ziens!")
    save_to(monkeypatch, tmp_path / "brieven.pdf")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    first = PdfReader(tmp_path / "brieven.pdf").pages[0].extract_text()
    assert "Aan de bewoners van Teststraat 1" in first
    assert "wij komen langs — tot ziens!" in first
    with database.session() as session:
        assert rounds.get_round(session, round_id).letter_text == "Beste bewoner, wij komen langs — tot ziens!"


def test_print_button_sends_the_pdf_to_the_printer(qtbot, monkeypatch, database, planned_round):
    building_id, _round_id = planned_round
    printed = []

    def fake_print(path, parent):
        printed.append(len(PdfReader(path).pages))
        return True

    monkeypatch.setattr("flatapp.gui.print_pdf.print_pdf", fake_print)
    dialog = open_dialog(qtbot, database, building_id, FORMS)
    qtbot.mouseClick(dialog.ui.printButton, Qt.MouseButton.LeftButton)
    assert printed and printed[0] >= 12  # a form of several pages for each of the 12 homes
    assert "Naar de printer gestuurd" in dialog.ui.messageLabel.text()
    with database.session() as session:   # logged as confidential paper that went to the printer
        logged = session.query(ActivityLog).filter(ActivityLog.action == "print.forms").one()
        assert (logged.tier, logged.target) == ("vertrouwelijk", "printer")


def test_round_without_evenings_and_block_without_round_say_why(qtbot, monkeypatch, database, make_building,
                                                                tmp_path):
    building_id = make_building("Leegflat")
    dialog = open_dialog(qtbot, database, building_id, DOOR_LISTS)
    assert "nog geen ronde" in dialog.ui.messageLabel.text()
    assert not dialog.ui.saveButton.isEnabled()

    with database.session() as session, session.begin():
        rounds.create_round(session, building_id, "Zonder avonden")
    dialog = open_dialog(qtbot, database, building_id, DOOR_LISTS)
    save_to(monkeypatch, tmp_path / "x.pdf")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "nog geen avonden" in dialog.ui.messageLabel.text()
    assert not (tmp_path / "x.pdf").exists()


def test_duplex_checkbox_pads_each_form_and_is_remembered(qtbot, monkeypatch, database, planned_round, tmp_path):
    building_id, _round_id = planned_round
    dialog = open_dialog(qtbot, database, building_id, FORMS)
    assert not dialog.ui.duplexCheck.isChecked()
    save_to(monkeypatch, tmp_path / "enkel.pdf")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    single = [page.extract_text() for page in PdfReader(tmp_path / "enkel.pdf").pages]
    assert not any("Deze bladzijde is leeg" in text for text in single)
    per_home = len(single) // 12
    assert per_home * 12 == len(single)
    padded = per_home % 2             # an odd page count gets a blank back page per home

    seen = []
    real = print_round_dialog.print_questionnaires

    def spy(*args, **kwargs):
        seen.append(kwargs.get("duplex"))
        return real(*args, **kwargs)

    monkeypatch.setattr(print_round_dialog, "print_questionnaires", spy)
    dialog.ui.duplexCheck.click()
    save_to(monkeypatch, tmp_path / "dubbel.pdf")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert seen == [True]
    texts = [page.extract_text() for page in PdfReader(tmp_path / "dubbel.pdf").pages]
    assert len(texts) == 12 * (per_home + padded)
    firsts = [number for number, text in enumerate(texts, start=1) if "Adres:" in text]
    assert len(firsts) == 12 and all(number % 2 == 1 for number in firsts)
    # A back page holds the small line and the tier line only ('Vertrouwelijk na invullen').
    assert sum(text.split() == ["Deze", "bladzijde", "is", "leeg", *FILLED_IN_CONFIDENTIAL.split()]
               for text in texts) == 12 * padded
    assert "dubbelzijdig" in dialog.ui.messageLabel.text()

    # The choice is remembered for the next time the dialog opens.
    dialog.close()
    again = open_dialog(qtbot, database, building_id, FORMS)
    assert again.ui.duplexCheck.isChecked()
    again.ui.duplexCheck.click()
    assert not open_dialog(qtbot, database, building_id, FORMS).ui.duplexCheck.isChecked()


def test_door_lists_name_the_homes_no_team_has(qtbot, monkeypatch, database, planned_round, tmp_path):
    """A home added after the split: the saved PDF ends with it, and the dialog says so."""
    from flatapp.services.homes import entrance_for, next_home_codes
    from flatapp.storage.models import Building, Home

    building_id, _round_id = planned_round
    with database.session() as session, session.begin():
        building = session.get(Building, building_id)
        session.add(Home(building=building, entrance=entrance_for(session, building, "A"),
                         code=next_home_codes(session, building, 1)[0], street="Nieuwbouwstraat", house_number=5,
                         postcode="1234 AB", city="Sneek", vhe_code="N5", floor=1))
    dialog = open_dialog(qtbot, database, building_id, DOOR_LISTS)
    save_to(monkeypatch, tmp_path / "deuren.pdf")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    message = dialog.ui.messageLabel.text()
    assert message.startswith("Opgeslagen:")
    assert "Let op: 1 woning heeft geen team op donderdag 26-11-2026" in message and \
        dialog.ui.messageLabel.styleSheet() == theme.NOTICE_STYLE
    last = PdfReader(tmp_path / "deuren.pdf").pages[-1].extract_text()
    assert "Niet op een deurlijst: 1 woning" in last and "Nieuwbouwstraat 5" in last


def test_a_round_name_with_slashes_never_becomes_a_path_and_a_database_is_never_overwritten(
        qtbot, monkeypatch, database, make_building, tmp_path):
    building_id = make_building("Printflat")
    with database.session() as session, session.begin():
        row = rounds.create_round(session, building_id, "Najaar/2026 ..\\x", organisation="Welzijn Sneek")
        evening = rounds.add_evening(session, row.id, date(2026, 11, 26), time(18, 30), time(20, 30))
        for name in ("Anna", "Bram"):
            rounds.add_volunteer(session, row.id, name)
        rounds.auto_teams(session, row.id)
        rounds.assign_doors(session, row.id, evening.id)
    dialog = open_dialog(qtbot, database, building_id, DOOR_LISTS)
    name = dialog.default_file_name()
    assert name.startswith("Deurlijsten-Najaar-2026-x-donderdag-26-11-2026") and name.endswith(".pdf")
    assert "/" not in name and "\\" not in name and ".." not in name

    before = (tmp_path / "test.sqlite").read_bytes()      # the open database
    copy = tmp_path / "kopie.pdf"                          # a copy of it that merely ends in .pdf
    copy.write_bytes(before)
    save_to(monkeypatch, copy)
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "is een database" in dialog.ui.messageLabel.text()
    assert copy.read_bytes() == before


def test_a_shortened_address_is_named_in_the_dialog(qtbot, monkeypatch, database, planned_round, tmp_path):
    from sqlalchemy import select

    from flatapp.storage.models import Home

    building_id, _round_id = planned_round
    with database.session() as session, session.begin():
        session.scalars(select(Home).where(Home.building_id == building_id).order_by(Home.id)).first().street = (
            "Heel lange straatnaam " * 16)
    dialog = open_dialog(qtbot, database, building_id, LETTERS)
    save_to(monkeypatch, tmp_path / "brieven.pdf")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    text = dialog.ui.messageLabel.text()
    assert text.startswith("Opgeslagen:") and "Let op: Het adres van woning" in text, text


def test_printing_runs_off_the_gui_thread_and_a_disk_fault_is_one_dutch_line(qtbot, monkeypatch, database,
                                                                           planned_round, tmp_path):
    import errno
    import threading

    building_id, _round_id = planned_round
    dialog = open_dialog(qtbot, database, building_id, FORMS)
    real, ran_on = print_round_dialog.print_questionnaires, []

    def spy(*args, **kwargs):
        ran_on.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(print_round_dialog, "print_questionnaires", spy)
    save_to(monkeypatch, tmp_path / "formulieren.pdf")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert ran_on and ran_on[0] is not threading.main_thread()
    assert (tmp_path / "formulieren.pdf").exists()

    def full_disk(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(print_round_dialog, "print_questionnaires", full_disk)
    save_to(monkeypatch, tmp_path / "vol.pdf")
    qtbot.mouseClick(dialog.ui.saveButton, Qt.MouseButton.LeftButton)
    assert "schijf" in dialog.ui.messageLabel.text().lower() and not (tmp_path / "vol.pdf").exists()
