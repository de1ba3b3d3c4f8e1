"""The intake: readings become drafts with the sure answers, door outcomes of the evening and review items;
nothing is overwritten or saved twice, and everything is logged."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date

import pytest
from sqlalchemy import func, select

from flatapp.scanning.intake import take_in
from flatapp.scanning.readings import MarkState, door_list_subject, parse_door_list_subject
from flatapp.scanning.review import answer_sources, assign_page, resolve_item, review_items, skip_page
from flatapp.services.door_outcomes import record_attempt
from flatapp.services.errors import UserError
from flatapp.services.interviews import open_interview, round_questionnaire, save_draft
from flatapp.storage.models import ActivityLog
from flatapp.storage.round_models import DoorAttempt
from flatapp.storage.scan_models import ScanAnswer, ScanItem, ScanPage
from tests.scanning.factory import TYPICAL, blank, door_reading, form_readings, unreadable

TODAY = date(2026, 12, 1)
NOT_HOME, SPOKEN = 3, 1


def _form(database, scan_round, number="12", answers=TYPICAL, **kwargs):
    with database.session() as s:
        questionnaire = round_questionnaire(s, scan_round["round"])
    return form_readings(questionnaire, scan_round["round"], scan_round["version"],
                         scan_round["homes"][number].code, answers, **kwargs)


def _take(database, round_id, readings):
    with database.session() as s, s.begin():
        return take_in(s, round_id, readings, ["stapel.pdf"], today=TODAY)


def _interview(database, scan_round, number="12"):
    with database.session() as s:
        return open_interview(s, scan_round["round"], scan_round["homes"][number].id)


def _items(database, round_id):
    with database.session() as s:
        return review_items(s, round_id)


def test_pages_scanned_in_black_and_white_are_named_with_the_pencil_warning(database, scan_round):
    readings = _form(database, scan_round)
    readings = [replace(r, black_and_white=r.source_index in (0, 2)) for r in readings]
    summary = _take(database, scan_round["round"], readings)
    warning = next(line for line in summary.lines() if line.startswith("Let op"))
    assert warning.startswith("Let op: 2 pagina's zijn zwart-wit gescand")
    assert all(r.source in warning for r in readings if r.black_and_white) and "potlood" in warning


def test_a_form_with_only_sure_boxes_and_no_handwriting_is_complete_at_once(database, scan_round):
    summary = _take(database, scan_round["round"], _form(database, scan_round))
    row = _interview(database, scan_round)
    assert row.is_complete and row.answers == TYPICAL
    assert (summary.pages, summary.read, summary.forms_drafted, summary.forms_completed, summary.items) == (
        4, 4, 1, 1, 0)
    with database.session() as s:
        # the 'gesproken' went on the round's last evening up to the day of the scan
        spoken = s.scalars(select(DoorAttempt).where(DoorAttempt.home_id == row.home_id)).all()
        assert [(a.evening_id, a.outcome.code) for a in spoken] == [(scan_round["evenings"][1], SPOKEN)]
        sources = answer_sources(s, row.id)
        assert {source.question for source in sources} == set(TYPICAL)
        assert {source.page_number for source in sources if source.question == "PR2"} == {4}
        log = s.scalars(select(ActivityLog).where(ActivityLog.action == "scan.intake")).one()
        assert log.tier == "vertrouwelijk" and "4 pagina's" in log.summary


def test_handwriting_and_an_uncertain_box_wait_for_a_person_and_the_draft_holds_the_sure_answers(
        database, scan_round):
    readings = _form(database, scan_round, uncertain={"SC3": ("2", 0.3)}, handwritten={"KN2": "11 14 21"})
    summary = _take(database, scan_round["round"], readings)
    assert (summary.forms_drafted, summary.forms_completed, summary.items, summary.needs_review) == (1, 0, 2, 2)
    row = _interview(database, scan_round)
    assert not row.is_complete
    assert row.answers == {k: v for k, v in TYPICAL.items() if k != "SC3"}
    field, box = _items(database, scan_round["round"])
    assert (field.kind, field.target, field.question_type) == ("field", "KN2", "text")
    assert (box.kind, box.target, box.proposal, box.reason) == ("box", "SC3", 2, "onzeker vakje: 2")
    assert ("2", "uncertain", 0.3) in box.boxes and box.options[-1][0] == "?"
    with database.session() as s, s.begin():
        with pytest.raises(UserError, match="99 is geen woning"):
            resolve_item(s, field.id, "11 99", today=TODAY)
    with database.session() as s, s.begin():
        first = resolve_item(s, field.id, "11 14 21", today=TODAY)
    assert not first.completed
    with database.session() as s, s.begin():
        last = resolve_item(s, box.id, box.proposal, today=TODAY)      # Enter: the proposal
    assert last.completed and last.home_code == scan_round["homes"]["12"].code
    row = _interview(database, scan_round)
    homes = scan_round["homes"]
    assert row.is_complete and row.answers["KN2"] == [homes["11"].code, homes["14"].code, homes["21"].code]
    assert row.answers["SC3"] == 2
    with database.session() as s:
        how = dict(s.execute(select(ScanAnswer.question, ScanAnswer.how).where(ScanAnswer.interview_id == row.id)).all())
        assert how["KN2"] == how["SC3"] == "person" and how["KN1"] == "machine"
        assert s.scalar(select(func.count(ScanPage.id)).where(ScanPage.status == "needs_review")) == 0
    assert _items(database, scan_round["round"]) == []


def test_two_marks_on_a_single_choice_are_asked_and_a_crossed_out_mark_counts_as_empty(database, scan_round):
    answers = dict(TYPICAL, KN1=[1, 2])                     # two boxes ticked on a single choice
    readings = _form(database, scan_round, answers=answers, cancelled={"HP4": "1"})
    _take(database, scan_round["round"], readings)
    (item,) = _items(database, scan_round["round"])
    assert (item.target, item.proposal, item.reason) == ("KN1", None, "2 vakjes aangekruist, er mag er één")
    assert _interview(database, scan_round).answers["HP4"] == 2      # the crossed-out 1 is no answer
    with database.session() as s, s.begin():
        assert resolve_item(s, item.id, 1, today=TODAY).completed      # the person's key: 1
    assert _interview(database, scan_round).answers["KN1"] == 1


def test_a_failing_completion_check_leaves_the_draft_for_the_coordinator(database, scan_round):
    summary = _take(database, scan_round["round"], _form(database, scan_round)[:2])   # pages 3 and 4 missing
    assert summary.forms_completed == 0
    assert "nog open" in summary.waiting_forms[0] or "fout" in summary.waiting_forms[0]
    assert not _interview(database, scan_round).is_complete
    # the rest of the stack, scanned later, fills the same scanned draft and completes it
    later = _take(database, scan_round["round"], _form(database, scan_round)[2:])
    assert later.forms_completed == 1 and _interview(database, scan_round).answers == TYPICAL


def test_a_complete_form_or_a_typed_draft_is_never_overwritten(database, scan_round):
    round_id, homes = scan_round["round"], scan_round["homes"]
    with database.session() as s, s.begin():
        save_draft(s, round_id, homes["12"].id, {"KN1": 3}, None)      # typed by hand
    summary = _take(database, round_id, _form(database, scan_round))
    assert _interview(database, scan_round).answers == {"KN1": 3}
    assert "getypt concept" in summary.not_overwritten[0] and summary.forms_drafted == 0
    assert any("Niet overschreven: woning" in line for line in summary.lines())


def test_the_same_sheets_scanned_twice_are_recognised_and_nothing_is_saved_twice(database, scan_round):
    readings = _form(database, scan_round, handwritten={"KN2": "11"})
    _take(database, scan_round["round"], readings)
    version = _interview(database, scan_round).version
    again = _take(database, scan_round["round"], _form(database, scan_round, handwritten={"KN2": "11"}))
    assert len(again.duplicates) == 4 and "al ingelezen op" in again.duplicates[0][1]
    rescanned = _take(database, scan_round["round"], _form(database, scan_round, salt="other scanner"))
    assert len(rescanned.duplicates) == 4                                # same page ids, other pixels
    assert _interview(database, scan_round).version == version
    with database.session() as s:
        assert s.scalar(select(func.count(ScanItem.id))) == 1
        assert s.scalar(select(func.count(ScanPage.id)).where(ScanPage.status == "duplicate",
                                                              ScanPage.image != b"")) == 0


def test_door_lists_become_door_outcomes_of_their_evening(database, scan_round):
    round_id, homes, evenings = scan_round["round"], scan_round["homes"], scan_round["evenings"]
    subject = door_list_subject(evenings[0], None)
    assert parse_door_list_subject(subject) == (evenings[0], None) and parse_door_list_subject("X-1") is None
    ticks = {homes["1"].code: [("1", MarkState.EMPTY, 0.0), ("3", MarkState.MARKED, 0.5)],
             homes["2"].code: [("1", MarkState.MARKED, 0.5), ("3", MarkState.EMPTY, 0.0)],
             homes["3"].code: [("1", MarkState.EMPTY, 0.0), ("3", MarkState.UNCERTAIN, 0.2)],
             homes["4"].code: [("1", MarkState.EMPTY, 0.0), ("3", MarkState.EMPTY, 0.0)]}
    summary = _take(database, round_id, [door_reading(round_id, subject, ticks)])
    assert summary.door_outcomes == 2 and summary.items == 1
    (item,) = _items(database, round_id)
    assert (item.question_type, item.target, item.proposal) == ("door", homes["3"].code, 3)
    assert ("3", "niet thuis") in item.options
    with database.session() as s, s.begin():
        resolve_item(s, item.id, 3)
    with database.session() as s:
        visits = {(a.home_id, a.evening_id, a.outcome.code, f"{a.at:%H:%M}") for a in s.scalars(select(DoorAttempt))}
    assert visits == {(homes["1"].id, evenings[0], NOT_HOME, "18:30"), (homes["2"].id, evenings[0], SPOKEN, "18:30"),
                      (homes["3"].id, evenings[0], NOT_HOME, "18:30")}
    # the same list again from another scanner: recognised by its page id; the outcomes stay single
    ticks[homes["3"].code] = [("3", MarkState.MARKED, 0.5)]
    again = _take(database, round_id, [door_reading(round_id, subject, ticks)])
    assert len(again.duplicates) == 1 and again.door_outcomes == 0


def test_a_door_outcome_typed_in_the_grid_is_not_saved_again_from_the_scan(database, scan_round):
    from datetime import datetime, time

    round_id, homes, evenings = scan_round["round"], scan_round["homes"], scan_round["evenings"]
    with database.session() as s, s.begin():
        record_attempt(s, round_id, homes["1"].id, NOT_HOME, datetime.combine(date(2026, 11, 24), time(19)),
                       evening_id=evenings[0])
    ticks = {homes["1"].code: [("NT", MarkState.MARKED, 0.5)]}       # the box named by the label's initials
    summary = _take(database, round_id, [door_reading(round_id, door_list_subject(evenings[0], None), ticks)])
    assert summary.door_outcomes == 0


def test_unreadable_and_blank_pages_are_said_and_an_unreadable_one_is_assigned_or_skipped(database, scan_round):
    round_id, homes = scan_round["round"], scan_round["homes"]
    summary = _take(database, round_id, [unreadable(0), blank(1), unreadable(2, None)])
    assert summary.blank == 1 and [why for _source, why in summary.unreadable] == [
        "te donker", "geen paginacode gevonden: geen FlatApp-pagina, of de QR-code is onleesbaar"]
    lines = summary.lines()
    assert "Onleesbaar: stapel.pdf p. 1: te donker." in lines
    first, second = _items(database, round_id)
    assert first.kind == "page" and first.label == "te donker"
    with database.session() as s, s.begin():
        with pytest.raises(UserError, match="geen \\(eenduidige\\) woning"):
            assign_page(s, first.id, "99")
    with database.session() as s, s.begin():
        with pytest.raises(UserError, match="geen \\(eenduidige\\) woning"):
            assign_page(s, first.id, "Teststraat")          # every home of the block
    with database.session() as s, s.begin():                 # typed as in the entry form: street and number
        assert assign_page(s, first.id, "teststraat 12").home_code == homes["12"].code
        skip_page(s, second.id)
    with database.session() as s:
        page = s.get(ScanPage, first.page_id)
        assert page.home_id == homes["12"].id and "toegewezen aan woning" in page.problem
        assert json.loads(s.scalars(select(ScanItem.answer).where(ScanItem.id == second.id)).one()) is None
    assert _items(database, round_id) == []


def test_a_page_of_another_round_or_home_is_not_read_into_this_one(database, scan_round):
    round_id = scan_round["round"]
    with database.session() as s:
        questionnaire = round_questionnaire(s, round_id)
    pages = form_readings(questionnaire, round_id + 7, scan_round["version"], scan_round["homes"]["12"].code, TYPICAL)
    strangers = form_readings(questionnaire, round_id, scan_round["version"], "ZZ-999", TYPICAL, salt="x")
    summary = _take(database, round_id, pages[:1] + strangers[:1])
    assert "hoort bij een andere ronde" in summary.unreadable[0][1]
    assert summary.unreadable[1][1] == "woning ZZ-999 bestaat niet in deze flat"
