"""Checking answers against a questionnaire, and parsing typed codes and house numbers."""

from __future__ import annotations

import pytest

from flatapp.domain.answers import (
    DONT_KNOW,
    FieldError,
    check_answers,
    normalise_answers,
    open_required,
    parse_codes,
    parse_home_list,
)
from flatapp.services.homes import HomeRow
from flatapp.services.questionnaires import load_template
from tests.answers_fill import with_required_marked


def home(code: str, number: int, letter: str = "", addition: str = "", street: str = "Kastanjelaan") -> HomeRow:
    return HomeRow(id=number, code=code, street=street, house_number=number, house_letter=letter,
                   addition=addition, postcode="8601 AB", city="Sneek", entrance="A", entrance_position=0,
                   floor=0, vhe_code="", unit_type="")


HOMES = [home("VF-001", 12), home("VF-002", 14), home("VF-003", 31, addition="2"), home("VF-004", 12, "A")]
CODES = {h.code for h in HOMES}


@pytest.fixture(scope="module")
def questionnaire():
    return load_template()


def full(questionnaire, answers: dict) -> dict:
    return with_required_marked(questionnaire, answers)


def messages(errors: list[FieldError]) -> list[str]:
    return [e.message for e in errors]


def test_a_valid_form_has_no_errors(questionnaire):
    answers = {"KN1": 2, "KN2": ["VF-001", "VF-002"], "KN3": 1, "KN4": 1, "KN5": 2, "HP1": 1, "HP2": [1, 3],
               "HP3": "koken", "HP4": 2, "WO1": "Rustig.\nFijne buren.", "WO2": [6], "ON1": [3], "ON2": [6],
               "SC1": 2, "SC2": 2, "SC3": 3, "SC4": 2, "SC5": DONT_KNOW, "CT1": 1, "CT2": "Anna"}
    assert check_answers(questionnaire, answers, CODES) == []


def test_every_required_question_needs_an_answer_or_a_question_mark(questionnaire):
    """Two answers are no complete form: the core questions are required, '?' marks 'weet niet'."""
    errors = check_answers(questionnaire, {"KN1": 2, "KN3": 1}, CODES)
    assert [e.question for e in errors] == ["KN4", "KN5", "HP1", "HP4", "WO2", "ON1", "ON2",
                                            "SC1", "SC2", "SC3", "SC4", "SC5", "CT1"]
    assert errors[0].message == "KN4: deze vraag is verplicht; typ het antwoord, of ? voor 'wil niet zeggen / weet niet'"
    marked = {code: DONT_KNOW for code in [e.question for e in errors]}
    assert check_answers(questionnaire, {"KN1": 2, "KN3": 1, **marked}, CODES) == []
    assert [q.code for q in open_required(questionnaire, {"KN1": 2, "KN3": 1, **marked})] == []
    # A skipped question is never open; '?' is no answer to a free-text question.
    assert "HP2" not in [q.code for q in open_required(questionnaire, {"HP1": 3})]
    assert check_answers(questionnaire, {**marked, "KN1": 1, "KN3": 1, "ON3": DONT_KNOW}, CODES) == []
    assert [e.question for e in check_answers(questionnaire, {**marked, "KN1": 1, "KN3": 1,
                                                              "KN2": "x"}, CODES)] == ["KN2"]


def test_required_unknown_code_and_wrong_type(questionnaire):
    errors = check_answers(questionnaire, {"KN3": 7, "HP1": "ja"}, CODES)
    assert FieldError("KN1", "KN1: deze vraag is verplicht; typ het antwoord, of ? voor "
                      "'wil niet zeggen / weet niet'") in errors
    assert "KN3: code 7 bestaat niet (kies 1, 2)" in messages(errors)
    assert "HP1: 'ja' is geen antwoordcode (kies 1–4)" in messages(errors)
    assert messages(check_answers(questionnaire, full(questionnaire, {"KN1": 7}), CODES)) == [
        "KN1: code 7 bestaat niet (kies 0–3)"]


def test_multiple_choice_codes_are_checked(questionnaire):
    errors = check_answers(questionnaire, full(questionnaire, {"KN1": 0, "HP1": 1, "HP2": [1, 9]}), CODES)
    assert messages(errors) == ["HP2: code 9 bestaat niet (kies 1–7)"]
    assert [e.question for e in check_answers(questionnaire, full(questionnaire, {"KN1": 0, "HP2": "1 3"}), CODES)] == ["HP2"]


def test_neighbours_named_while_knowing_none_is_inconsistent(questionnaire):
    errors = check_answers(questionnaire, full(questionnaire, {"KN1": 0, "KN2": ["VF-001", "VF-002", "VF-003"]}), CODES)
    assert [e.question for e in errors] == ["KN2"]
    assert "3 woningen genoemd" in errors[0].message and "KN1" in errors[0].message


def test_answer_to_a_skipped_question_and_home_of_another_block(questionnaire):
    errors = check_answers(questionnaire, full(questionnaire, {"KN1": 1, "KN2": ["XX-999"], "HP1": 3, "HP2": [1]}), CODES)
    assert messages(errors) == ["KN2: woning XX-999 hoort niet bij deze flat",
                                errors[1].message]
    assert errors[1].question == "HP2" and "overgeslagen" in errors[1].message


def test_text_too_long_and_paragraph_in_short_field(questionnaire):
    errors = check_answers(questionnaire, full(questionnaire, {"KN1": 1, "ON3": "x" * 201}), CODES)
    assert messages(errors) == ["ON3: de tekst is te lang (201 tekens, hoogstens 200)"]
    assert [e.question for e in check_answers(questionnaire, full(questionnaire, {"KN1": 1, "ON3": "a\nb"}), CODES)] == ["ON3"]


def test_empty_form_and_unknown_question(questionnaire):
    errors = check_answers(questionnaire, {}, CODES)
    assert errors[0].question == "" and "leeg" in errors[0].message
    assert "ZZ9: deze vraag staat niet in de vragenlijst van deze ronde" in messages(
        check_answers(questionnaire, {"KN1": 1, "ZZ9": 1}, CODES))


def test_normalise_drops_empty_answers_and_sorts_codes(questionnaire):
    assert normalise_answers(questionnaire, {"KN1": 1, "KN2": [], "HP2": [3, 1, 3], "HP3": "  ", "WO1": " a "}) == {
        "KN1": 1, "HP2": [1, 3], "WO1": "a"}


@pytest.mark.parametrize("text, expected", [
    ("1 3 5", [1, 3, 5]), ("1,3,5", [1, 3, 5]), ("5; 1 ,3", [1, 3, 5]), ("", []), ("2 2", [2]),
])
def test_parse_codes(text, expected):
    assert parse_codes(text) == expected


def test_parse_codes_rejects_letters():
    with pytest.raises(ValueError, match="'x' is geen antwoordcode"):
        parse_codes("1 x")


@pytest.mark.parametrize("text, expected", [
    ("12, 14, 31-2", ["VF-001", "VF-002", "VF-003"]),
    ("12 14", ["VF-001", "VF-002"]),
    ("12A; 31-2", ["VF-004", "VF-003"]),
    ("12 a", ["VF-004"]),
    ("vf-002, 12, 12", ["VF-002", "VF-001"]),
])
def test_parse_home_list(text, expected):
    assert parse_home_list(text, HOMES) == (expected, [])


def test_parse_home_list_reports_homes_not_in_the_block():
    codes, errors = parse_home_list("12, 31-9, abc", HOMES)
    assert codes == ["VF-001"]
    assert errors == ["31-9 is geen woning in deze flat", "'abc' is geen huisnummer of woningcode"]


def test_parse_home_list_ambiguous_label_asks_for_the_code():
    homes = HOMES + [home("VF-005", 12, street="Eikenlaan")]
    codes, errors = parse_home_list("12, VF-005", homes)
    assert codes == ["VF-005"] and "woningcode" in errors[0]
