"""The import dialog driven like a coordinator would: files chosen, keys typed, buttons clicked.

Every test checks what ended up in the database, and that a refused import wrote nothing.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QPoint, Qt, QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QDialog, QFileDialog, QMessageBox, QWidget
from sqlalchemy import func, select

from flatapp.gui.import_dialog import ImportHomesDialog
from flatapp.gui.import_models import HomePreviewModel, IssueModel
from flatapp.importing.model import HomeRecord, RowIssue
from flatapp.importing.table_reader import column_letter
from flatapp.services.buildings import find_building
from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows
from flatapp.storage.models import ActivityLog, Building, Home
from tests.gui.keyboard import type_text as type_keys

LEFT = Qt.MouseButton.LeftButton


# ---------------------------------------------------------------- files the corporation sends

def write_dutch_csv(path: Path, homes: int = 40) -> Path:
    """As Dutch Excel saves 'CSV (puntkomma)': cp1252, CRLF, a title line, bad rows, a totals line."""
    lines = ["Adreslijst Skûtsjeflat Sneek, export 12-03-2024;;;;;;;;",
             "Straatnaam;Huisnr;Toev;Postcode;Woonplaats;VHE-nummer;Verdieping;Portiek;Soort eenheid"]
    for i in range(homes):
        floor = ["BG", "1e", "2e", "3e"][i % 4]
        addition = ["", "I", "II", "III"][i % 4]
        entrance = "A" if i < homes // 2 else "B"
        lines.append(f"Skûtsjestraat;{i // 4 + 1};{addition};8601 ab;Sneek;VHE{10000 + i};{floor};{entrance};Woning")
    lines += [
        "Skûtsjestraat;abc;;8601 AB;Sneek;VHE20001;1e;A;Woning",        # row 43: bad number
        "Skûtsjestraat;99;;12345;Sneek;VHE20002;2e;A;Woning",          # row 44: bad postcode
        "Skûtsjestraat;98;;8601 AB;Sneek;VHE20003;zolder;B;Woning",    # row 45: bad floor
        "Skûtsjestraat;200;;8601 AB;Sneek;VHE30001;BG;A;Berging",      # row 46: not a home
        "Skûtsjestraat;201;;8601 AB;Sneek;VHE30002;BG;B;Garage",       # row 47: not a home
        f"Totaal: {homes + 5};;;;;;;;",                                 # row 48: totals line
    ]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("cp1252"))
    return path


def write_clean_csv(path: Path, rows: list[str]) -> Path:
    header = "Straat;Huisnummer;Postcode;Plaats;VHE-nummer;Verdieping"
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8-sig")
    return path


def write_xlsx(path: Path) -> Path:
    import openpyxl

    workbook = openpyxl.Workbook()
    notes = workbook.active
    notes.title = "Toelichting"
    notes["A1"] = "Export uit het verhuursysteem, alleen voor intern gebruik."
    homes = workbook.create_sheet("Adressen")
    homes.append(["Straat", "Huisnummer", "Huisletter", "Postcode", "Plaats", "Verdieping"])
    homes.append(["Vijverstraat", 1, None, "8602AB", "Sneek", 0])
    homes.append(["Vijverstraat", 1, "a", "8602AB", "Sneek", 1])
    homes.append(["Vijverstraat", 3, None, "8602 ab", "Sneek", 2])
    old = workbook.create_sheet("Oud 2019")
    old.append(["Straat", "Huisnummer", "Postcode"])
    old.append(["Oude Weg", 7, "8603 CC"])
    workbook.save(path)
    return path


def write_unusual_csv(path: Path) -> Path:
    """Headers no corporation agreed on: street and floor must be chosen by hand."""
    lines = ["Adres;Nummer woning;Postcode adres;Woonplaats;Laag",
             "Molenkade;3;8602 CD;Sneek;2",
             "Molenkade;5;8602CD;Sneek;3",
             "Molenkade;7;8602 cd;Sneek;0"]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


# ---------------------------------------------------------------- helpers



@pytest.fixture
def messages(monkeypatch) -> list[tuple[str, str]]:
    """QMessageBox.information is recorded instead of shown."""
    shown: list[tuple[str, str]] = []

    def information(_parent, title, text, *args, **kwargs):
        shown.append((title, text))
        return QMessageBox.StandardButton.Ok

    monkeypatch.setattr(QMessageBox, "information", information)
    return shown


def choose_file(monkeypatch, path: Path) -> list[tuple]:
    calls: list[tuple] = []

    def get_open_file_name(*args, **kwargs):
        calls.append(args)
        return str(path), ""

    monkeypatch.setattr(QFileDialog, "getOpenFileName", get_open_file_name)
    return calls


def type_text(widget: QWidget, text: str) -> None:
    """Focus the field, then type (accents included)."""
    widget.setFocus()
    type_keys(widget, text)


def open_dialog(qtbot, database, building: str | None = None) -> ImportHomesDialog:
    dialog = ImportHomesDialog(database, building)
    qtbot.addWidget(dialog)
    dialog.resize(940, 620)
    with qtbot.waitActive(dialog):      # focus in / out (editingFinished) as on a desktop
        dialog.show()
        dialog.activateWindow()
    return dialog


def homes_of(database, name: str):
    with database.session() as session:
        building = find_building(session, name)
        return None if building is None else list_home_rows(session, building.id)


def counts(database) -> tuple[int, int, int]:
    with database.session() as session:
        return (session.scalar(select(func.count(Building.id))), session.scalar(select(func.count(Home.id))),
                session.scalar(select(func.count(ActivityLog.id))))


# ---------------------------------------------------------------- the Dutch Excel CSV

def test_bad_rows_block_the_import_until_the_user_chooses_the_good_rows(qtbot, database, tmp_path, monkeypatch,
                                                                       messages):
    source = write_dutch_csv(tmp_path / "adressen skûtsjeflat.csv")
    calls = choose_file(monkeypatch, source)
    before = counts(database)
    dialog = open_dialog(qtbot, database)
    ui = dialog.ui

    qtbot.mouseClick(ui.browseButton, LEFT)
    assert len(calls) == 1 and "*.xlsx *.csv *.txt" in calls[0][3]
    assert ui.pathEdit.text() == str(source)
    detected = ui.detectedLabel.text()
    for words in ("46 rijen", "kopregel op rij 2", "puntkomma (;)", "Windows-1252", "kolommen zijn herkend"):
        assert words in detected
    assert not ui.sheetCombo.isVisible()               # a CSV has no sheets

    assert ui.newRadio.isChecked()                     # no block open: a new one
    assert not ui.nextButton.isEnabled()               # … which needs a name
    assert "naam" in ui.buildingHintLabel.text()
    type_text(ui.newNameEdit, "Skûtsjeflat")
    assert ui.nextButton.isEnabled()
    qtbot.mouseClick(ui.nextButton, LEFT)

    # Columns were recognised: straight to the check.
    assert ui.pages.currentIndex() == dialog.PAGE_CHECK
    summary = ui.summaryLabel.text()
    assert "40 woningen, 2 geen woning overgeslagen, 1 totaalregel overgeslagen, 3 rijen afgekeurd." in summary
    assert "Skûtsjeflat" in summary
    preview = ui.previewView.model()
    assert preview.rowCount() == 40
    first, second = (preview.index(r, 0) for r in (0, 1))
    assert preview.data(first.siblingAtColumn(HomePreviewModel.COL_POSTCODE)) == "8601 AB"
    assert preview.data(first.siblingAtColumn(HomePreviewModel.COL_FLOOR)) == "BG"
    assert preview.data(second.siblingAtColumn(HomePreviewModel.COL_FLOOR)) == "1e"
    assert preview.data(second.siblingAtColumn(HomePreviewModel.COL_ADDITION)) == "I"
    assert preview.data(first.siblingAtColumn(HomePreviewModel.COL_ROW)) == "3"
    assert [preview.headerData(c, Qt.Orientation.Horizontal) for c in range(3)] == ["Rij", "Straat", "Huisnummer"]
    assert ui.previewView.isColumnHidden(HomePreviewModel.COL_LETTER)    # no letters in this file

    # The rejected rows, every one with row, column and reason; the skipped ones apart.
    assert ui.tabs.currentWidget() is ui.issuesTab
    issues = ui.issuesView.model()
    rows = [[issues.index(r, c).data() for c in range(3)] for r in range(issues.rowCount())]
    assert [row[:2] for row in rows] == [["43", "Huisnr"], ["44", "Postcode"], ["45", "Verdieping"]]
    assert "12345" in rows[1][2]
    notices = ui.noticesView.model()
    assert notices.rowCount() == 3
    assert "totaalregel" in notices.index(2, IssueModel.COL_REASON).data()
    assert ui.tabs.tabText(1) == "Afgekeurd (3)" and ui.tabs.tabText(2) == "Overgeslagen (3)"

    # All or nothing: the import button stays off, and says why.
    assert not ui.importButton.isEnabled()
    assert "3 rijen afgekeurd: verbeter het bestand" in ui.verdictLabel.text()
    assert ui.skipInvalidCheck.isVisible() and not ui.skipInvalidCheck.isChecked()
    qtbot.keyClick(dialog, Qt.Key.Key_Return)
    assert dialog.isVisible() and counts(database) == before

    # The list goes to the corporation by mail: tab-separated, with a header line.
    qtbot.mouseClick(ui.copyButton, LEFT)
    copied = QGuiApplication.clipboard().text().splitlines()
    assert copied[0] == "Rij\tKolom\tReden"
    assert copied[2].startswith("44\tPostcode\tpostcode '12345'")
    assert len(copied) == 4

    # Choose the good rows with the keyboard, then import.
    ui.skipInvalidCheck.setFocus()
    qtbot.keyClick(ui.skipInvalidCheck, Qt.Key.Key_Space)
    assert ui.skipInvalidCheck.isChecked() and ui.importButton.isEnabled()
    assert "Alleen de goede rijen worden geïmporteerd: 40 woningen" in ui.verdictLabel.text()
    qtbot.mouseClick(ui.importButton, LEFT)

    assert dialog.result() == QDialog.DialogCode.Accepted
    assert dialog.imported_building_name == "Skûtsjeflat"
    assert messages and messages[0][1].startswith("Woningen geïmporteerd: 40 nieuw")
    homes = homes_of(database, "Skûtsjeflat")
    assert len(homes) == 40
    assert {home.postcode for home in homes} == {"8601 AB"}
    assert {home.entrance for home in homes} == {"A", "B"}
    assert sorted({home.floor for home in homes}) == [0, 1, 2, 3]
    assert 99 not in {home.house_number for home in homes}
    assert any(home.number_label == "1-II" for home in homes)


def test_a_refused_import_writes_nothing_and_escape_closes(qtbot, database, tmp_path, monkeypatch, messages):
    choose_file(monkeypatch, write_dutch_csv(tmp_path / "adressen.csv"))
    before = counts(database)
    dialog = open_dialog(qtbot, database)
    qtbot.mouseClick(dialog.ui.browseButton, LEFT)
    type_text(dialog.ui.newNameEdit, "Proef")
    qtbot.keyClick(dialog.ui.newNameEdit, Qt.Key.Key_Return)      # Enter = Volgende
    assert dialog.ui.pages.currentIndex() == dialog.PAGE_CHECK
    dialog._import()                                               # even when forced: refused
    assert counts(database) == before and dialog.isVisible()
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.result() == QDialog.DialogCode.Rejected
    assert dialog.imported_building_name is None
    assert counts(database) == before and not messages


# ---------------------------------------------------------------- xlsx with several sheets

def test_xlsx_sheet_choice_and_update_of_an_existing_block(qtbot, database, tmp_path, make_building, messages):
    make_building("Vijverflat", homes=[("A", 0, 1)], postcode="8602 AB")   # Teststraat 1, 8602 AB
    make_building("Andere flat")
    source = write_xlsx(tmp_path / "export.xlsx")
    dialog = open_dialog(qtbot, database, "vijverflat")
    ui = dialog.ui
    assert ui.existingRadio.isChecked() and ui.buildingCombo.currentData() == "Vijverflat"
    assert "al woningen" in ui.buildingHintLabel.text()

    # The path typed (ASCII) and confirmed with Enter instead of Bladeren.
    qtbot.keyClicks(ui.pathEdit, str(source))
    qtbot.keyClick(ui.pathEdit, Qt.Key.Key_Return)
    assert not ui.sheetCombo.isHidden()
    assert [ui.sheetCombo.itemText(i) for i in range(ui.sheetCombo.count())] == ["Toelichting", "Adressen", "Oud 2019"]
    assert ui.sheetCombo.currentText() == "Adressen"      # the first sheet with addresses

    # Enter also went on to the next step; go back and look at the other sheet with the keyboard.
    assert ui.pages.currentIndex() == dialog.PAGE_CHECK
    qtbot.mouseClick(ui.backButton, LEFT)
    ui.sheetCombo.setFocus()
    qtbot.keyClicks(ui.sheetCombo, "Oud")
    assert ui.sheetCombo.currentText() == "Oud 2019"
    assert "1 rij uit werkblad 'Oud 2019'" in ui.detectedLabel.text()
    qtbot.wait(QApplication.keyboardInputInterval() + 100)   # a new search, as a person would pause
    qtbot.keyClicks(ui.sheetCombo, "Adr")
    assert "3 rijen uit werkblad 'Adressen'" in ui.detectedLabel.text()

    qtbot.mouseClick(ui.nextButton, LEFT)
    assert ui.pages.currentIndex() == dialog.PAGE_CHECK
    preview = ui.previewView.model()
    assert [preview.index(r, HomePreviewModel.COL_FLOOR).data() for r in range(3)] == ["BG", "1e", "2e"]
    assert preview.index(1, HomePreviewModel.COL_LETTER).data() == "A"
    assert "Alles in orde" in ui.verdictLabel.text()
    assert not ui.skipInvalidCheck.isVisible()
    qtbot.mouseClick(ui.importButton, LEFT)

    assert dialog.imported_building_name == "Vijverflat"
    assert "2 nieuw, 1 bijgewerkt" in messages[0][1]
    homes = homes_of(database, "Vijverflat")
    assert sorted(home.number_label for home in homes) == ["1", "1A", "3"]
    assert {home.street for home in homes} == {"Vijverstraat"}
    assert len(homes_of(database, "Andere flat")) == 12                 # the other block untouched


# ---------------------------------------------------------------- files that cannot be read

def test_empty_file_is_explained_in_dutch_and_nothing_is_written(qtbot, database, tmp_path, monkeypatch):
    empty = tmp_path / "leeg.csv"
    empty.write_bytes(b"")
    choose_file(monkeypatch, empty)
    before = counts(database)
    dialog = open_dialog(qtbot, database)
    type_text(dialog.ui.newNameEdit, "Lege flat")
    qtbot.mouseClick(dialog.ui.browseButton, LEFT)
    error = dialog.ui.fileErrorLabel
    assert error.isVisible()
    assert "kan niet worden geïmporteerd" in error.text() and "'leeg.csv' is leeg" in error.text()
    assert str(empty) in error.text()
    assert "Traceback" not in error.text()
    assert not dialog.ui.nextButton.isEnabled()
    assert counts(database) == before

    # A better file makes the message go away.
    good = write_clean_csv(tmp_path / "goed.csv", ["Kade;1;8601 AA;Sneek;V1;0"])
    dialog.ui.pathEdit.setFocus()
    dialog.ui.pathEdit.selectAll()
    qtbot.keyClicks(dialog.ui.pathEdit, str(good))
    qtbot.keyClick(dialog.ui.pathEdit, Qt.Key.Key_Tab)     # leaving the field reads it
    assert not error.isVisible() and dialog.ui.nextButton.isEnabled()


def test_a_file_that_is_no_table_is_refused(qtbot, database, tmp_path, monkeypatch):
    picture = tmp_path / "foto.csv"
    picture.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(200))
    choose_file(monkeypatch, picture)
    dialog = open_dialog(qtbot, database)
    qtbot.mouseClick(dialog.ui.browseButton, LEFT)
    assert "afbeelding" in dialog.ui.fileErrorLabel.text()
    missing = tmp_path / "weg.xlsx"
    dialog.ui.pathEdit.setText(f'"{missing}"')                      # as Windows' "Copy as path" gives it
    dialog.ui.pathEdit.editingFinished.emit()
    assert "bestaat niet" in dialog.ui.fileErrorLabel.text()


# ---------------------------------------------------------------- columns chosen by hand

def test_unusual_headers_are_mapped_with_the_keyboard(qtbot, database, tmp_path, monkeypatch, messages):
    choose_file(monkeypatch, write_unusual_csv(tmp_path / "lijst van de beheerder.csv"))
    dialog = open_dialog(qtbot, database)
    ui = dialog.ui
    qtbot.mouseClick(ui.browseButton, LEFT)
    assert "niet alle kolommen zijn zeker herkend" in ui.detectedLabel.text().lower()
    type_text(ui.newNameEdit, "Molenflat")
    qtbot.mouseClick(ui.nextButton, LEFT)

    assert ui.pages.currentIndex() == dialog.PAGE_MAPPING
    street = dialog.findChild(QWidget, "mapping_street")
    floor = dialog.findChild(QWidget, "mapping_floor")
    house_number = dialog.findChild(QWidget, "mapping_house_number")
    assert street.hasFocus()                                              # the first thing still missing
    assert street.currentText() == "(niet in bestand)"
    assert house_number.currentText() == "Nummer woning (kolom B)"   # a guess, shown for checking
    assert "Kies nog een kolom voor: Straat" in ui.mappingStatusLabel.text()
    assert not ui.nextButton.isEnabled()
    assert "Straat *" in [label.text() for label in ui.mappingContents.findChildren(type(ui.summaryLabel))]

    qtbot.keyClicks(street, "Adr")
    assert street.currentText() == "Adres (kolom A)"
    assert "3 woningen" in ui.mappingStatusLabel.text()
    assert ui.nextButton.isEnabled()
    # Tab walks the combos in the order of the fields.
    for _ in range(7):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
    assert dialog.focusWidget() is floor
    qtbot.keyClicks(floor, "Laag")
    assert floor.currentText() == "Laag (kolom E)"

    qtbot.keyClick(floor, Qt.Key.Key_Return)                   # Enter = Volgende
    assert ui.pages.currentIndex() == dialog.PAGE_CHECK
    preview = ui.previewView.model()
    assert [preview.index(r, HomePreviewModel.COL_FLOOR).data() for r in range(3)] == ["2e", "3e", "BG"]
    assert "Straat: Adres" in ui.columnsLabel.text().replace("\u00a0", " ")

    # "Kolommen aanpassen…" goes back to the choice, which is kept.
    qtbot.mouseClick(ui.adjustColumnsButton, LEFT)
    assert ui.pages.currentIndex() == dialog.PAGE_MAPPING and street.currentText() == "Adres (kolom A)"
    qtbot.mouseClick(ui.nextButton, LEFT)
    qtbot.mouseClick(ui.importButton, LEFT)

    homes = homes_of(database, "Molenflat")
    assert [(h.street, h.house_number, h.postcode, h.floor) for h in homes] == [
        ("Molenkade", 7, "8602 CD", 0), ("Molenkade", 3, "8602 CD", 2), ("Molenkade", 5, "8602 CD", 3)]
    assert dialog.imported_building_name == "Molenflat"


# ---------------------------------------------------------------- problems only the import itself finds

def test_rows_clashing_with_homes_in_the_block_are_listed_and_can_be_left_out(
        qtbot, database, tmp_path, monkeypatch, make_building, messages):
    make_building("Vijverflat", homes=[("A", 0, 1), ("A", 0, 2)], postcode="8601 AB")
    with database.session() as session:
        homes = list_home_rows(session, find_building(session, "Vijverflat").id)
        vhe = {home.house_number: home.vhe_code for home in homes}
    # The file gives home 1's VHE code the address of home 2, which stays where it is: a clash.
    source = write_clean_csv(tmp_path / "update.csv", [
        f"Teststraat;2;8601 AB;Sneek;{vhe[1]};0",
        "Teststraat;3;8601 AB;Sneek;VNIEUW;1",
    ])
    choose_file(monkeypatch, source)
    before = counts(database)
    dialog = open_dialog(qtbot, database, "Vijverflat")
    ui = dialog.ui
    qtbot.mouseClick(ui.browseButton, LEFT)
    qtbot.mouseClick(ui.nextButton, LEFT)
    assert "Alles in orde" in ui.verdictLabel.text()
    qtbot.mouseClick(ui.importButton, LEFT)

    assert dialog.isVisible() and counts(database) == before and not messages
    assert "Er is niets geïmporteerd" in ui.importErrorLabel.text()
    assert "1 rij botst met een woning" in ui.importErrorLabel.text()
    assert ui.tabs.currentWidget() is ui.issuesTab and ui.issuesView.model().rowCount() == 1
    assert "1 woning, 1 rij afgekeurd." in ui.summaryLabel.text()
    assert ui.previewView.model().rowCount() == 1                     # only what will be written
    assert not ui.importButton.isEnabled() and ui.skipInvalidCheck.isVisible()

    qtbot.mouseClick(ui.skipInvalidCheck, LEFT, pos=QPoint(8, ui.skipInvalidCheck.height() // 2))
    assert ui.importButton.isEnabled()
    qtbot.mouseClick(ui.importButton, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "1 nieuw" in messages[0][1]
    assert sorted(h.house_number for h in homes_of(database, "Vijverflat")) == [1, 2, 3]


def test_a_service_error_is_shown_in_the_dialog(qtbot, database, tmp_path, monkeypatch, messages):
    import flatapp.gui.import_dialog.check_step as module

    def refuse(*_args, **_kwargs):
        raise UserError("De flat is intussen door een collega verwijderd.")

    monkeypatch.setattr(module, "apply_plan", refuse)
    choose_file(monkeypatch, write_clean_csv(tmp_path / "a.csv", ["Kade;1;8601 AA;Sneek;V1;0"]))
    before = counts(database)
    dialog = open_dialog(qtbot, database)
    type_text(dialog.ui.newNameEdit, "Kadeflat")
    qtbot.mouseClick(dialog.ui.browseButton, LEFT)
    qtbot.mouseClick(dialog.ui.nextButton, LEFT)
    qtbot.mouseClick(dialog.ui.importButton, LEFT)
    text = dialog.ui.importErrorLabel.text()
    assert "Er is niets geïmporteerd" in text and "collega verwijderd" in text and "a.csv" in text
    assert dialog.isVisible() and counts(database) == before and not messages


def test_a_new_block_may_not_take_an_existing_name(qtbot, database, make_building):
    make_building("Vijverflat")
    dialog = open_dialog(qtbot, database)
    type_text(dialog.ui.newNameEdit, "vijverflat")
    assert "Er is al een flat 'Vijverflat'" in dialog.ui.buildingHintLabel.text()
    assert not dialog.ui.nextButton.isEnabled()


def test_no_blocks_yet_means_a_new_block(qtbot, database):
    dialog = open_dialog(qtbot, database, None)
    assert dialog.ui.newRadio.isChecked() and not dialog.ui.existingRadio.isEnabled()
    assert dialog.windowTitle() == "Woningen importeren"


def test_the_dialog_remembers_its_size(qtbot, database):
    dialog = open_dialog(qtbot, database)
    dialog.resize(760, 540)             # the offscreen screen is 800 × 600
    dialog.reject()
    again = ImportHomesDialog(database)
    qtbot.addWidget(again)
    again.show()
    assert (again.width(), again.height()) == (760, 540)


# ---------------------------------------------------------------- the models

def test_models_pass_the_model_tester(qtmodeltester):
    preview = HomePreviewModel()
    preview.set_rows([HomeRecord(3, "Kade", 12, "A", "II", "8601 AB", "Sneek", "V1", 0, "A", "Woning"),
                      HomeRecord(4, "Kade", 14, "", "", "8601 AB", "Sneek", "", None, "", "")])
    qtmodeltester.check(preview)
    assert preview.empty_columns() == []
    issues = IssueModel(muted=True)
    issues.set_rows([RowIssue(5, "Postcode", "postcode 'x' is niet van de vorm 1234 AB")])
    qtmodeltester.check(issues)
    assert issues.as_text() == "Rij\tKolom\tReden\n5\tPostcode\tpostcode 'x' is niet van de vorm 1234 AB\n"


def test_column_letters_are_as_in_excel():
    assert [column_letter(i) for i in (0, 25, 26, 27, 701)] == ["A", "Z", "AA", "AB", "ZZ"]


# ---------------------------------------------------------------- imports that would damage what is there

def _block_file(path: Path, street: str, homes: int = 40) -> Path:
    lines = ["VHE-nummer;Straatnaam;Huisnummer;Postcode;Plaats"]
    lines += [f"V{100 + n};{street};{n + 1};8601 XA;Sneek" for n in range(homes)]
    path.write_bytes(("\r\n".join(lines) + "\r\n").encode("utf-8"))
    return path


def _to_check_page(qtbot, dialog, monkeypatch, path: Path) -> None:
    choose_file(monkeypatch, path)
    qtbot.mouseClick(dialog.ui.browseButton, LEFT)
    qtbot.mouseClick(dialog.ui.nextButton, LEFT)
    assert dialog.ui.pages.currentIndex() == dialog.PAGE_CHECK


def _when_confirm_opens(qtbot, dialog, act) -> list:
    """Run ``act(confirm_dialog)`` once the modal confirmation step is on screen."""
    seen: list = []

    def look() -> None:
        confirm = dialog.confirm_dialog
        if confirm is None or not confirm.isVisible():
            QTimer.singleShot(20, look)
            return
        seen.append(confirm)
        act(confirm)

    QTimer.singleShot(0, look)
    return seen


def test_many_changed_addresses_are_shown_and_confirmed_with_clicks(qtbot, database, tmp_path, monkeypatch,
                                                                   messages):
    from flatapp.services.home_import import import_homes_file

    with database.session() as session, session.begin():
        import_homes_file(session, _block_file(tmp_path / "eerst.csv", "Burgemeester Dóumastraat"), "Doumaflat")
    renamed = _block_file(tmp_path / "hernoemd.csv", "Burgemeester Doumastraat")
    before = counts(database)
    dialog = open_dialog(qtbot, database, "Doumaflat")
    _to_check_page(qtbot, dialog, monkeypatch, renamed)
    assert "Alles in orde: 40 woningen" in dialog.ui.verdictLabel.text()

    # First time: look at the list, save a picture of it, and go back with the safe default (Enter).
    shown: dict = {}

    def look_and_go_back(confirm) -> None:
        view = confirm.changesView
        shown["rows"] = view.model().rowCount()
        shown["first"] = [view.model().index(0, c).data() for c in range(4)]
        shown["message"] = confirm.messageLabel.text()
        shown["go"] = confirm.goButton.text()
        confirm.grab().save(str(tmp_path / "bevestigen.png"))
        qtbot.keyClick(confirm, Qt.Key.Key_Return)

    seen = _when_confirm_opens(qtbot, dialog, look_and_go_back)
    qtbot.mouseClick(dialog.ui.importButton, LEFT)
    assert seen and shown["rows"] == 40
    assert shown["first"][0] == "2" and shown["first"][2:] == [
        "Burgemeester Dóumastraat 1, 8601 XA Sneek", "Burgemeester Doumastraat 1, 8601 XA Sneek"]
    assert "40 van de 40 woningen in de flat 'Doumaflat'" in shown["message"]
    assert shown["go"] == "Deze 40 wijzigingen doorvoeren"
    assert (tmp_path / "bevestigen.png").stat().st_size > 1000
    assert dialog.isVisible() and not messages
    assert "Terug" in dialog.ui.importErrorLabel.text()
    assert counts(database) == before
    assert {home.street for home in homes_of(database, "Doumaflat")} == {"Burgemeester Dóumastraat"}

    # Second time: the coordinator agrees and clicks the confirming button.
    _when_confirm_opens(qtbot, dialog, lambda confirm: qtbot.mouseClick(confirm.goButton, LEFT))
    qtbot.mouseClick(dialog.ui.importButton, LEFT)
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert "40 bijgewerkt" in messages[0][1]
    assert {home.street for home in homes_of(database, "Doumaflat")} == {"Burgemeester Doumastraat"}


def test_a_huge_file_asks_before_it_fills_the_database(qtbot, database, tmp_path, monkeypatch, messages):
    from flatapp.services import home_import

    monkeypatch.setattr(home_import, "LARGE_IMPORT_ROWS", 30)          # a million rows, in small
    dialog = open_dialog(qtbot, database, "Grote flat")
    _to_check_page(qtbot, dialog, monkeypatch, _block_file(tmp_path / "groot.csv", "Eikenlaan"))
    texts: list[str] = []

    def read_and_go_back(confirm) -> None:
        texts.append(confirm.messageLabel.text())
        assert not confirm.changesView.isVisible()
        qtbot.mouseClick(confirm.backButton, LEFT)

    _when_confirm_opens(qtbot, dialog, read_and_go_back)
    qtbot.mouseClick(dialog.ui.importButton, LEFT)
    assert "bevat 40 woningen voor de flat 'Grote flat'" in texts[0]
    assert counts(database) == (0, 0, 0) and dialog.isVisible()

    _when_confirm_opens(qtbot, dialog, lambda confirm: qtbot.mouseClick(confirm.goButton, LEFT))
    qtbot.mouseClick(dialog.ui.importButton, LEFT)
    assert len(homes_of(database, "Grote flat")) == 40


def test_exact_copies_a_cut_off_row_and_a_damaged_sheet_in_the_dialog(qtbot, database, tmp_path, monkeypatch,
                                                                       messages):
    path = _block_file(tmp_path / "kopie.csv", "Eikenlaan", homes=5)
    path.write_bytes(path.read_bytes() + b"V100;Eikenlaan;1;8601 XA;Sneek\r\nV200;Eikenlaan;9;8601 XA;Snee")
    dialog = open_dialog(qtbot, database, "Eikenflat")
    _to_check_page(qtbot, dialog, monkeypatch, path)
    ui = dialog.ui
    assert "5 woningen, 1 dubbele rij één keer genomen, 1 rij afgekeurd." in ui.summaryLabel.text()
    issues = ui.issuesView.model()
    assert issues.index(0, 0).data() == "8" and "afgebroken" in issues.index(0, 2).data()
    assert "precies gelijk aan rij 2" in ui.noticesView.model().index(0, 2).data()

    import zipfile

    import openpyxl
    good = tmp_path / "goed.xlsx"
    workbook = openpyxl.Workbook()
    workbook.active.append(["Straat", "Huisnummer", "Postcode"])
    workbook.save(good)
    damaged = tmp_path / "kapot.xlsx"
    with zipfile.ZipFile(good) as source, zipfile.ZipFile(damaged, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            target.writestr(item, data[:40] if item.filename == "xl/worksheets/sheet1.xml" else data)
    qtbot.mouseClick(ui.backButton, LEFT)
    choose_file(monkeypatch, damaged)
    qtbot.mouseClick(ui.browseButton, LEFT)
    text = ui.fileErrorLabel.text()
    assert "beschadigd" in text and "kapot.xlsx" in text and "onverwachte" not in text
    assert not ui.nextButton.isEnabled()


def test_a_stray_windows_1252_byte_is_named_and_garbles_nothing(qtbot, database, tmp_path, monkeypatch):
    path = _block_file(tmp_path / "gemengd.csv", "Burgemeester Dóumastraat", homes=10)
    path.write_bytes(path.read_bytes().replace(b"V109;Burgemeester D\xc3\xb3umastraat;10;8601 XA;Sneek",
                                               b"V109;Burgemeester D\xc3\xb3umastraat;10;8601 XA;Sn\xe9ek"))
    dialog = open_dialog(qtbot, database, "Doumaflat")
    _to_check_page(qtbot, dialog, monkeypatch, path)
    assert "tekenset UTF-8 met losse Windows-1252-tekens" in dialog.ui.summaryLabel.text()
    preview = dialog.ui.previewView.model()
    streets = {preview.index(r, HomePreviewModel.COL_STREET).data() for r in range(preview.rowCount())}
    assert streets == {"Burgemeester Dóumastraat"}
    assert preview.index(9, HomePreviewModel.COL_CITY).data() == "Snéek"
