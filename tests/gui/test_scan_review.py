"""The scan review, driven by keyboard: uncertain boxes (Enter accepts, a key corrects), handwritten fields
(type, Enter), unidentified pages (assign or skip); a form with nothing left is completed; and the keys to
finish one typical form after a scan are counted."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel

from flatapp.domain.tiers import Tier
from flatapp.gui.runner import ServiceRunner
from flatapp.gui.scan_review import ScanReviewDialog
from flatapp.scanning.intake import take_in
from flatapp.services.interviews import open_interview, round_questionnaire
from flatapp.storage.round_models import Round
from tests.gui.scan_images import with_scan_images
from tests.scanning.factory import TYPICAL, form_readings, unreadable

TODAY = date(2026, 12, 1)


@pytest.fixture
def scanned(database, scan_round):
    questionnaire, round_id = scan_round["questionnaire"], scan_round["round"]

    def scan(readings_of):
        with database.session() as s, s.begin():
            readings = with_scan_images(readings_of(questionnaire, round_id, scan_round["version"],
                                                    scan_round["homes"]), questionnaire)
            return take_in(s, round_id, readings, ["stapel.pdf"], today=TODAY)

    return {**scan_round, "scan": scan}


def typical_scan(questionnaire, round_id, version, homes):
    """The issue's typical form as a scan usually leaves it: the neighbours' house numbers are handwriting,
    one pencil mark is faint (the machine leans 'marked'), one is too faint to lean on."""
    answers = dict(TYPICAL, ON1=[])
    return form_readings(questionnaire, round_id, version, homes["12"].code, answers,
                         uncertain={"SC3": ("2", 0.3), "ON1": ("3", 0.08)}, handwritten={"KN2": "11 14 21"})


class Keys:
    """Presses keys on the focused widget and counts them."""

    def __init__(self, qtbot, dialog):
        self.qtbot, self.dialog, self.count = qtbot, dialog, 0

    def target(self):
        return QApplication.focusWidget() or self.dialog

    def type(self, text: str) -> None:
        self.qtbot.keyClicks(self.target(), text)
        self.count += len(text)

    def press(self, key, modifier=Qt.KeyboardModifier.NoModifier) -> None:
        self.qtbot.keyClick(self.target(), key, modifier)
        self.count += 1

    def enter(self) -> None:
        self.press(Qt.Key.Key_Return)


def open_review(qtbot, database, round_id) -> ScanReviewDialog:
    dialog = ScanReviewDialog(ServiceRunner(database), round_id)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.activateWindow()
    qtbot.waitUntil(dialog.isActiveWindow)
    return dialog


def test_one_typical_form_after_a_scan_takes_at_most_15_keys(qtbot, database, scanned):
    summary = scanned["scan"](typical_scan)
    assert summary.items == 3
    dialog = open_review(qtbot, database, scanned["round"])
    assert Tier.CONFIDENTIAL.line in [label.text() for label in dialog.findChildren(QLabel)]   # residents' writing
    keys = Keys(qtbot, dialog)
    assert dialog.current.target == "KN2" and dialog.input.hasFocus()
    keys.type("11 14 21"); keys.enter()                    # the handwritten neighbours, as the crop shows
    assert dialog.current.target == "ON1" and "voorstel: geen antwoord" in dialog.reading.text()
    keys.type("3"); keys.enter()                           # too faint to lean on: the person ticks 3
    assert dialog.current.target == "SC3" and "voorstel: 2 Mee eens" in dialog.reading.text()
    QApplication.processEvents()
    keys.enter()                                           # the faint mark: the machine's lean is right
    assert dialog.current is None and "afgerond" in dialog.message.text()
    print(f"\nkeystrokes to finish one typical form after a scan: {keys.count}")
    assert keys.count <= 15
    with database.session() as s:
        row = open_interview(s, scanned["round"], scanned["homes"]["12"].id)
    homes = scanned["homes"]
    assert row.is_complete
    assert row.answers == dict(TYPICAL, KN2=[homes["11"].code, homes["14"].code, homes["21"].code])


def test_a_single_choice_key_answers_and_moves_on_and_space_toggles_the_uncertain_box(qtbot, database, scanned):
    def scan(questionnaire, round_id, version, homes):
        return form_readings(questionnaire, round_id, version, homes["12"].code, dict(TYPICAL, KN1=[1, 2]),
                             uncertain={"HP2": ("2", 0.3)})
    scanned["scan"](scan)
    dialog = open_review(qtbot, database, scanned["round"])
    keys = Keys(qtbot, dialog)
    assert dialog.current.target == "KN1" and "2 vakjes aangekruist" in dialog.reading.text()
    keys.type("7")                                         # no such option: nothing happens
    assert dialog.current.target == "KN1"
    keys.type("2")                                         # a single choice: the key answers and moves on
    assert dialog.current.target == "HP2" and "☒ <b>2</b>" in dialog.choices.text()
    keys.press(Qt.Key.Key_Space)                           # the uncertain box off
    assert "☐ <b>2</b>" in dialog.choices.text()
    keys.enter()
    with database.session() as s:
        answers = open_interview(s, scanned["round"], scanned["homes"]["12"].id).answers
    assert answers["KN1"] == 2 and answers["HP2"] == [1]


def test_a_typing_error_is_said_and_the_item_stays(qtbot, database, scanned):
    scanned["scan"](typical_scan)
    dialog = open_review(qtbot, database, scanned["round"])
    keys = Keys(qtbot, dialog)
    keys.type("11 99"); keys.enter()
    assert dialog.message.kind == "error" and "99 is geen woning" in dialog.message.text()
    assert dialog.current.target == "KN2"


def test_an_unidentified_page_is_shown_with_why_and_assigned_or_skipped(qtbot, database, scanned):
    scanned["scan"](lambda *_args: [unreadable(0, "te donker"), unreadable(1, "afgesneden: een hoekmarkering ontbreekt")])
    dialog = open_review(qtbot, database, scanned["round"])
    keys = Keys(qtbot, dialog)
    assert "te donker" in dialog.reading.text()
    assert 400 <= dialog.crop.pixmap().height() <= dialog.crop.contentsRect().height()     # the whole page
    keys.enter()                                           # nothing typed: asked for a home
    assert dialog.message.kind == "info" and dialog.current.label == "te donker"
    keys.type("12"); keys.enter()
    assert "toegewezen aan woning" in dialog.message.text() and "afgesneden" in dialog.reading.text()
    keys.press(Qt.Key.Key_O, Qt.KeyboardModifier.AltModifier)     # Overslaan (the button's click is animated)
    qtbot.waitUntil(lambda: dialog.current is None)
    assert dialog.current is None and dialog.header.text() == "Alles nagekeken"


def test_a_form_failing_its_completion_check_is_sent_to_the_form(qtbot, database, scanned):
    def two_pages(questionnaire, round_id, version, homes):
        return typical_scan(questionnaire, round_id, version, homes)[:2]    # pages 3 and 4 not scanned
    scanned["scan"](two_pages)
    dialog = open_review(qtbot, database, scanned["round"])
    opened = []
    dialog.openForm.connect(opened.append)
    keys = Keys(qtbot, dialog)
    keys.type("11"); keys.enter()
    keys.type("3"); keys.enter()                           # ON1 on page 2; nothing left on these pages
    assert dialog.message.kind == "warning" and "nog niet af" in dialog.message.text()
    assert dialog.form_button.isVisible()
    keys.press(Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: opened != [])
    assert opened == [scanned["homes"]["12"].id]


def test_the_forms_history_shows_the_scan_page_of_each_answer_and_the_page_itself(qtbot, database, scanned):
    from PySide6.QtCore import QTimer

    from tests.gui.test_interview_form import Typist, ctrl_h, show_entry

    scanned["scan"](typical_scan)
    dialog = open_review(qtbot, database, scanned["round"])
    keys = Keys(qtbot, dialog)
    keys.type("11 14 21"); keys.enter(); keys.type("3"); keys.enter(); keys.enter()
    dialog.close()
    widget = show_entry(qtbot, database, scanned["round"])
    typist = Typist(qtbot)
    typist.type("12"); typist.enter()
    seen = {}

    def look_at_page():
        viewer = widget.history_dialog.page_viewer
        seen["page"] = viewer.findChild(QLabel).pixmap().size().toTuple()
        viewer.reject()

    def look():
        history = widget.history_dialog
        model = history.source_table.model()
        seen["rows"] = [tuple(model.index(r, c).data() for c in range(4)) for r in range(model.rowCount())]
        QTimer.singleShot(0, look_at_page)
        history.page_button.click()
        history.reject()

    QTimer.singleShot(0, look)
    ctrl_h(qtbot)
    rows = {row[0].split()[0]: row for row in seen["rows"]}
    assert set(rows) == set(TYPICAL) | {"KN2"}
    assert rows["KN2"][1] == "pagina 1 (stapel.pdf p. 1)" and rows["KN2"][3] == "nagekeken door een mens"
    assert rows["PR2"][1] == "pagina 4 (stapel.pdf p. 4)" and rows["PR2"][3] == "de scanner"
    assert seen["page"][0] > 0


@pytest.fixture
def window(qtbot, database, scanned, monkeypatch, tmp_path):
    from flatapp.gui.main_window import MainController

    scan = tmp_path / "stapel.pdf"
    scan.write_bytes(b"%PDF scan")
    monkeypatch.setattr("flatapp.gui.scan_intake.choose_scans", lambda parent: [scan])
    controller = MainController(database, remember=False)
    qtbot.addWidget(controller.window)
    controller.window.show()
    return controller


def _reader(monkeypatch, scanned, delay: float = 0.0):
    import time as clock

    from flatapp.scanning.stack import _Ticks

    def read(files, layout_for, progress):
        assert isinstance(progress, _Ticks) and callable(layout_for)
        with scanned["database"].session() as s:
            questionnaire = round_questionnaire(s, scanned["round"])
            version = s.get(Round, scanned["round"]).questionnaire_version_id
        pages = typical_scan(questionnaire, scanned["round"], version, scanned["homes"]) * (10 if delay else 1)
        for number, page in enumerate(pages):
            clock.sleep(delay)
            progress(number + 1, len(pages), page.source)
            yield replace(page, fingerprint=f"{page.fingerprint}{number}", source_index=number,
                          page_id=replace(page.page_id, page=number + 1))

    monkeypatch.setattr("flatapp.scanning.stack.default_reader", lambda: read)


def test_ronde_scans_inlezen_reads_on_the_worker_thread_and_opens_the_review(qtbot, database, scanned, window,
                                                                            monkeypatch):
    import threading

    from flatapp.gui import runner as runner_module

    scanned["database"] = database
    _reader(monkeypatch, scanned)
    reviewed = []
    monkeypatch.setattr("flatapp.gui.scan_intake.review",
                        lambda parent, runner, round_id, lines, open_form: reviewed.append((round_id, lines)))
    window.scan_action.trigger()
    assert runner_module.last_job is not None and runner_module.last_job is not threading.current_thread()
    ((round_id, lines),) = reviewed
    assert round_id == scanned["round"] and lines[0].startswith("4 pagina's ingelezen")
    assert "3 punten wachten op nakijken" in "\n".join(lines)
    names = [a.text().replace("&", "") for a in window.window.ui.menuRound.actions()]
    assert names.index("Scans inlezen…") == names.index("Dubbele invoer…") + 1
    assert names.index("Scans nakijken…") == names.index("Scans inlezen…") + 1


def test_cancel_while_reading_leaves_nothing_written(qtbot, database, scanned, window, monkeypatch):
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QMessageBox, QProgressDialog, QPushButton
    from sqlalchemy import func, select

    from flatapp.storage.scan_models import ScanBatch

    scanned["database"] = database
    _reader(monkeypatch, scanned, delay=0.05)
    said = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: said.append(text))

    def cancel():
        dialogs = [w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()]
        if dialogs:     # the user presses Afbreken
            dialogs[0].findChild(QPushButton).click()
        else:
            QTimer.singleShot(50, cancel)

    QTimer.singleShot(300, cancel)
    window.scan_action.trigger()
    assert said == ["Afgebroken; er is niets veranderd."]
    with database.session() as s:
        assert s.scalar(select(func.count(ScanBatch.id))) == 0
