"""Door outcomes and interviews are one truth: a complete form has its 'gesproken' at the door."""

from __future__ import annotations

from datetime import date, datetime, time

import pytest
from sqlalchemy import func, select

from flatapp.domain.tiers import Tier
from flatapp.services.door_outcomes import record_attempt
from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows
from flatapp.services.interview_outcome import EveningNeeded, has_interview_outcome
from flatapp.services.interviews import complete_interview, open_interview
from flatapp.services.responses_io import export_responses, import_responses
from flatapp.services.rounds import add_evening, create_round
from flatapp.storage.round_models import DoorAttempt, Evening
from tests.answers_fill import round_questionnaire_of, with_required_marked

NOT_HOME, SPOKEN = 3, 1      # the default outcome codes: 1 gesproken, 3 niet thuis
EVENINGS = (date(2026, 11, 24), date(2026, 11, 26))


@pytest.fixture
def planned(database, make_building):
    building_id = make_building("Waarheidflat")
    with database.session() as s, s.begin():
        round_id = create_round(s, building_id, "Najaar 2026").id
        evenings = [add_evening(s, round_id, day, time(18, 30), time(20, 30)).id for day in EVENINGS]
        homes = list_home_rows(s, building_id)
        for evening, day in zip(evenings, EVENINGS):     # home 0: not at home on every evening
            record_attempt(s, round_id, homes[0].id, NOT_HOME, datetime.combine(day, time(19, 0)),
                           evening_id=evening)
    return {"round": round_id, "evenings": evenings, "homes": homes, "building": building_id}


def answers(database, round_id) -> dict:
    with database.session() as s:
        return with_required_marked(round_questionnaire_of(s, round_id), {"KN1": 1})


def evening_counts(database, round_id) -> dict:
    from flatapp.analysis.results import compute_results

    with database.session() as s:
        results = compute_results(s, round_id)
    return {e.label: e.interviews for e in results.evenings}, results.response.complete


def test_a_form_for_a_home_never_spoken_to_asks_for_the_evening(database, planned):
    round_id, home = planned["round"], planned["homes"][0]
    form = answers(database, round_id)
    with pytest.raises(EveningNeeded) as asked, database.session() as s, s.begin():
        complete_interview(s, round_id, home.id, form, None)
    assert [e.id for e in asked.value.evenings] == planned["evenings"]
    assert asked.value.evenings[-1].label == "do 26-11-2026 18:30–20:30"
    with database.session() as s:
        assert open_interview(s, round_id, home.id) is None                   # nothing saved
    with database.session() as s, s.begin():
        complete_interview(s, round_id, home.id, form, None, evening_id=planned["evenings"][0])
    with database.session() as s:
        assert has_interview_outcome(s, round_id, home.id)
        spoken = s.scalars(select(DoorAttempt).where(DoorAttempt.home_id == home.id)
                           .order_by(DoorAttempt.at)).all()
        # recorded after that evening's ring, so it is the evening's last word
        assert [(a.evening_id, a.outcome.code, f"{a.at:%H:%M}") for a in spoken] == [
            (planned["evenings"][0], NOT_HOME, "19:00"), (planned["evenings"][0], SPOKEN, "19:01"),
            (planned["evenings"][1], NOT_HOME, "19:00")]
    per_evening, complete = evening_counts(database, round_id)
    assert sum(per_evening.values()) == complete == 1


def test_a_home_already_spoken_to_gets_no_second_outcome(database, planned):
    round_id, home = planned["round"], planned["homes"][1]
    with database.session() as s, s.begin():
        record_attempt(s, round_id, home.id, SPOKEN, datetime.combine(EVENINGS[1], time(19, 30)),
                       evening_id=planned["evenings"][1])
    with database.session() as s, s.begin():
        complete_interview(s, round_id, home.id, answers(database, round_id), None)     # nothing asked
    with database.session() as s:
        assert s.scalar(select(func.count(DoorAttempt.id)).where(DoorAttempt.home_id == home.id)) == 1


def test_an_evening_of_another_round_is_refused(database, planned, make_building):
    other = make_building("Andere flat", postcode="9999 ZZ")
    with database.session() as s, s.begin():
        other_round = create_round(s, other, "Elders").id
        foreign = add_evening(s, other_round, date(2026, 12, 1), time(18, 30), time(20, 30)).id
    with pytest.raises(UserError, match="hoort niet bij deze ronde"), database.session() as s, s.begin():
        complete_interview(s, planned["round"], planned["homes"][0].id, answers(database, planned["round"]), None,
                           evening_id=foreign)


def test_a_round_without_evenings_records_it_without_one(database, make_building):
    building_id = make_building("Avondloos")
    with database.session() as s, s.begin():
        round_id = create_round(s, building_id, "Zonder avonden").id
        home = list_home_rows(s, building_id)[0]
    with database.session() as s, s.begin():
        complete_interview(s, round_id, home.id, answers(database, round_id), None)
    with database.session() as s:
        [attempt] = s.scalars(select(DoorAttempt).where(DoorAttempt.home_id == home.id)).all()
        assert attempt.evening_id is None and attempt.outcome.disposition == "interview"


def _import_file(tmp_path, database, planned, evening_cells: dict[int, str]):
    """An export of two complete forms, then the Avond cells replaced (index of the home → text)."""
    round_id, homes = planned["round"], planned["homes"]
    with database.session() as s, s.begin():
        for index in (2, 3):
            complete_interview(s, round_id, homes[index].id, answers(database, round_id), None,
                               evening_id=planned["evenings"][0])
    path = tmp_path / "antwoorden.csv"
    with database.session() as s, s.begin():
        export_responses(s, round_id, path)
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    assert lines[0] == Tier.CONFIDENTIAL.csv_line()               # the tier first; the import skips it
    header = lines[1].split(";")
    column = header.index("Avond")
    for number, line in enumerate(lines[2:], start=1):
        cells = line.split(";")
        assert cells[column] == "24-11-2026"                      # the evening it was held
        cells[column] = evening_cells.get(number, "")
        lines[number + 1] = ";".join(cells)
    path.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8-sig")
    with database.session() as s, s.begin():                      # a copy of the round to import into
        copy = create_round(s, planned["building"], "Kopie").id
        days = [add_evening(s, copy, day, time(18, 30), time(20, 30)).id for day in EVENINGS]
    return path, copy, days


def test_import_records_spoken_on_the_avond_column_or_the_last_evening(database, planned, tmp_path):
    path, copy, days = _import_file(tmp_path, database, planned, {1: "24-11-2026"})
    with database.session() as s, s.begin():
        result = import_responses(s, copy, path)
    assert result.created == 2 and result.outcomes_added == 2
    assert "bij 2 woningen 'gesproken' vastgelegd" in result.summary()
    with database.session() as s:
        evenings = dict(s.execute(select(DoorAttempt.home_id, DoorAttempt.evening_id)
                                  .where(DoorAttempt.round_id == copy)).all())
    homes = planned["homes"]
    assert evenings == {homes[2].id: days[0], homes[3].id: days[1]}   # given; else the last evening
    per_evening, complete = evening_counts(database, copy)
    assert sum(per_evening.values()) == complete == 2
    with database.session() as s, s.begin():                         # the same file again adds nothing
        again = import_responses(s, copy, path)
    assert again.outcomes_added == 0 and again.unchanged == 2


@pytest.mark.parametrize("cell, reason", [
    ("03-12-2026", "op 03-12-2026 was geen avond van deze ronde (avonden: 24-11-2026, 26-11-2026)"),
    ("gisteren", "'gisteren' is geen datum; schrijf de avond als DD-MM-JJJJ, bijvoorbeeld 25-11-2026"),
])
def test_an_unknown_evening_is_a_row_error_and_nothing_is_written(database, planned, tmp_path, cell, reason):
    from flatapp.services.responses_io import ResponsesImportError

    path, copy, _days = _import_file(tmp_path, database, planned, {2: cell})
    with pytest.raises(ResponsesImportError) as caught, database.session() as s, s.begin():
        import_responses(s, copy, path)
    # Row 4 as Excel shows it: the tier line, the header, the first form, then this one.
    assert [(i.row, i.column, i.message) for i in caught.value.issues] == [(4, "Avond", reason)]
    with database.session() as s:
        assert s.scalar(select(func.count(DoorAttempt.id)).where(DoorAttempt.round_id == copy)) == 0
        assert s.scalar(select(func.count(Evening.id)).where(Evening.round_id == copy)) == 2


def test_question_marks_go_out_and_come_back_as_weet_niet(database, planned, tmp_path):
    path, copy, _days = _import_file(tmp_path, database, planned, {})
    with database.session() as s, s.begin():
        import_responses(s, copy, path)
    with database.session() as s:
        row = open_interview(s, copy, planned["homes"][2].id)
    assert row.answers["KN3"] == "?" and row.answers["KN1"] == 1
