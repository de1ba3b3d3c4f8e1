"""The questionnaire definition: validation in Dutch with the place of the error, skip rules, JSON."""

from __future__ import annotations

import json

import pytest

from flatapp.domain.questionnaire import (
    Option,
    Question,
    Questionnaire,
    QuestionnaireError,
    QuestionType,
    Section,
    SkipRule,
    from_dict,
    to_dict,
    validate,
    without_optional_sections,
)
from flatapp.resources import shipped_path

KNOWN = Question("KN1", "Hoeveel buren kent u bij naam?", QuestionType.SINGLE,
                 (Option(0, "Geen"), Option(1, "1 of 2"), Option(2, "3 tot en met 5"), Option(3, "Meer dan 5")),
                 required=True)
WHICH = Question("KN2", "Welke buren?", QuestionType.HOMES, skip_if=SkipRule("KN1", (0,)))


def make(*questions: Question, optional: tuple[Question, ...] = ()) -> Questionnaire:
    sections = [Section("kennen", "Buren kennen", tuple(questions))]
    if optional:
        sections.append(Section("cbs", "Uitspraken", optional, optional=True))
    return Questionnaire("Test", "Goedenavond", tuple(sections), "Dank u wel")


def error_of(questionnaire: Questionnaire) -> QuestionnaireError:
    with pytest.raises(QuestionnaireError) as caught:
        validate(questionnaire)
    return caught.value


def template() -> Questionnaire:
    return from_dict(json.loads(shipped_path("resources", "templates", "kennen_en_helpen.json")
                                .read_text(encoding="utf-8")))


# --- validate ------------------------------------------------------------------------------

def test_a_sound_questionnaire_passes():
    validate(make(KNOWN, WHICH))


def test_an_empty_questionnaire_is_refused():
    assert "geen vragen" in str(error_of(Questionnaire("Leeg", "", ())))
    assert "geen vragen" in str(error_of(make()))


def test_a_duplicate_code_names_the_code_and_the_second_question():
    twin = Question("KN1", "Nog eens?", QuestionType.YES_NO)
    error = error_of(make(KNOWN, twin))
    assert str(error) == "De code KN1 komt twee keer voor."
    assert (error.question_index, error.field) == (1, "code")


@pytest.mark.parametrize("code", ["", "1KN", "KN 1", "KN-1", "K" * 25])
def test_a_bad_code_is_refused(code):
    error = error_of(make(Question(code, "Vraag?", QuestionType.YES_NO)))
    assert "code" in str(error) and error.field == "code"


def test_a_skip_rule_pointing_at_a_missing_question():
    lost = Question("KN2", "Welke buren?", QuestionType.HOMES, skip_if=SkipRule("XX9", (0,)))
    error = error_of(make(KNOWN, lost))
    assert "verwijst naar vraag XX9" in str(error) and "vraag KN2" in str(error)
    assert (error.question_index, error.field) == (1, "skip_if")


def test_a_skip_rule_pointing_at_a_later_question():
    first = Question("KN0", "Eerst?", QuestionType.YES_NO, skip_if=SkipRule("KN1", (0,)))
    error = error_of(make(first, KNOWN))
    assert "die niet vóór deze vraag staat" in str(error)
    assert error.question_index == 0


def test_a_skip_rule_pointing_at_itself():
    own = Question("KN1", "Vraag?", QuestionType.YES_NO, skip_if=SkipRule("KN1", (1,)))
    assert "verwijst naar vraag KN1" in str(error_of(make(own)))


def test_a_skip_rule_with_an_unknown_answer_code():
    wrong = Question("KN2", "Welke buren?", QuestionType.HOMES, skip_if=SkipRule("KN1", (0, 7)))
    error = error_of(make(KNOWN, wrong))
    assert "[7]" in str(error) and "die vraag KN1 niet heeft" in str(error)
    assert error.field == "skip_if"


def test_a_skip_rule_without_answer_codes():
    empty = Question("KN2", "Welke buren?", QuestionType.HOMES, skip_if=SkipRule("KN1", ()))
    assert "die vraag KN1 niet heeft" in str(error_of(make(KNOWN, empty)))


def test_skip_rules_on_yes_no_and_number_use_their_own_codes():
    yes_no = Question("CT1", "Contact?", QuestionType.YES_NO)
    count = Question("N1", "Hoeveel jaar woont u hier?", QuestionType.NUMBER, minimum=0, maximum=80)
    validate(make(yes_no, count,
                  Question("CT2", "Naam", QuestionType.SHORT_TEXT, skip_if=SkipRule("CT1", (2,))),
                  Question("N2", "Waar woonde u?", QuestionType.SHORT_TEXT, skip_if=SkipRule("N1", (0,)))))
    error = error_of(make(yes_no, Question("CT2", "Naam", QuestionType.SHORT_TEXT, skip_if=SkipRule("CT1", (3,)))))
    assert "[3]" in str(error)


@pytest.mark.parametrize("low, high", [(None, None), (0, None), (None, 10), (10, 0)])
def test_a_number_needs_a_range(low, high):
    error = error_of(make(Question("N1", "Hoeveel?", QuestionType.NUMBER, minimum=low, maximum=high)))
    assert "geldig bereik" in str(error) and error.field == "range"


@pytest.mark.parametrize("options, words", [
    ((Option(1, "Ja"),), "minstens twee"),
    ((Option(1, "Ja"), Option(1, "Nee")), "dezelfde code"),
    ((Option(1, "Ja"), Option(100, "Nee")), "tussen 0 en 99"),
    ((Option(1, "Ja"), Option(2, "  ")), "geen tekst"),
])
def test_choice_options_are_checked(options, words):
    error = error_of(make(Question("Q1", "Vraag?", QuestionType.MULTIPLE, options)))
    assert words in str(error) and error.field == "options"


def test_an_empty_question_text_is_refused():
    error = error_of(make(Question("Q1", "   ", QuestionType.YES_NO)))
    assert "vraagtekst is leeg" in str(error) and error.field == "text"


def test_optional_sections_need_a_unique_code():
    yes = Question("Q1", "Vraag?", QuestionType.YES_NO)
    other = Question("Q2", "Vraag?", QuestionType.YES_NO)
    bad = Questionnaire("T", "", (Section("", "Extra", (yes,), optional=True),))
    error = error_of(bad)
    assert "optioneel onderdeel" in str(error) and (error.section_index, error.field) == (0, "section_code")
    twice = Questionnaire("T", "", (Section("a", "Een", (yes,)), Section("a", "Twee", (other,))))
    assert "onderdeelcode a komt twee keer voor" in str(error_of(twice))
    # Plain sections without a code stay allowed.
    validate(Questionnaire("T", "", (Section("", "Een", (yes,)), Section("", "Twee", (other,)))))


def test_the_error_is_a_value_error_with_only_the_message():
    error = error_of(make())
    assert isinstance(error, ValueError)
    assert error.question_index is None and error.field == ""


# --- is_skipped ----------------------------------------------------------------------------

def test_is_skipped_for_one_answer():
    q = make(KNOWN, WHICH)
    assert q.is_skipped(WHICH, {"KN1": 0})
    assert not q.is_skipped(WHICH, {"KN1": 2})
    assert not q.is_skipped(WHICH, {})                 # not answered (yet): ask it
    assert not q.is_skipped(KNOWN, {"KN1": 0})         # no rule


def test_is_skipped_for_several_answers():
    nuisance = Question("WO2", "Last van?", QuestionType.MULTIPLE,
                        (Option(1, "Afval"), Option(2, "Geluid"), Option(6, "Nergens last van")))
    other = Question("WO3", "Anders, namelijk", QuestionType.SHORT_TEXT, skip_if=SkipRule("WO2", (6,)))
    q = make(nuisance, other)
    assert q.is_skipped(other, {"WO2": [6]})
    assert q.is_skipped(other, {"WO2": (1, 6)})
    assert not q.is_skipped(other, {"WO2": [1, 2]})
    assert not q.is_skipped(other, {"WO2": []})


# --- JSON ----------------------------------------------------------------------------------

def test_to_dict_from_dict_round_trip_keeps_everything():
    full = Question("SC1", "De mensen kennen elkaar nauwelijks.", QuestionType.AGREEMENT, required=True,
                    help="Lees voor", consent=False, personal=False, reversed=True)
    number = Question("N1", "Jaren?", QuestionType.NUMBER, minimum=0, maximum=80, skip_if=SkipRule("KN1", (0, 1)))
    consent = Question("CT1", "Mogen wij u bellen? “Ja” — €0", QuestionType.YES_NO, consent=True)
    nuisance = Question("WO2", "Last van?", QuestionType.MULTIPLE, (Option(1, "Geluid"),), sensitive=True)
    name = Question("CT2", "Naam", QuestionType.SHORT_TEXT, personal=True, skip_if=SkipRule("CT1", (2,)))
    original = make(KNOWN, WHICH, number, consent, nuisance, name, optional=(full,))
    data = to_dict(original)
    assert from_dict(data) == original
    assert from_dict(json.loads(json.dumps(data, ensure_ascii=False))) == original


def test_from_dict_on_damaged_data_says_so_in_dutch():
    with pytest.raises(QuestionnaireError, match="onvolledig of beschadigd"):
        from_dict({"title": "x"})
    with pytest.raises(QuestionnaireError, match="onbekend vraagtype 'radio'"):
        from_dict({"title": "x", "sections": [{"code": "a", "title": "A",
                                               "questions": [{"code": "Q1", "text": "?", "type": "radio"}]}]})
    with pytest.raises(QuestionnaireError, match="onvolledig of beschadigd"):
        from_dict({"title": "x", "sections": [{"code": "a", "title": "A", "questions": [
            {"code": "Q1", "text": "?", "type": "single", "options": [{"code": "een", "label": "Een"}]}]}]})


def test_a_type_given_as_text_becomes_the_enum():
    question = Question("Q1", "Vraag?", "yes_no")  # type: ignore[arg-type]
    assert question.type is QuestionType.YES_NO
    assert [o.code for o in question.effective_options()] == [1, 2]
    with pytest.raises(ValueError):
        Question("Q1", "Vraag?", "radio")  # type: ignore[arg-type]


def test_without_optional_sections():
    extra = (Question("SC1", "Uitspraak", QuestionType.AGREEMENT),)
    q = make(KNOWN, optional=extra)
    assert [s.code for s in without_optional_sections(q).sections] == ["kennen"]
    assert [s.code for s in without_optional_sections(q, {"cbs"}).sections] == ["kennen", "cbs"]


# --- the built-in template -----------------------------------------------------------------

def test_the_template_validates_and_stores_as_it_is_written():
    q = template()
    validate(q)
    raw = json.loads(shipped_path("resources", "templates", "kennen_en_helpen.json").read_text(encoding="utf-8"))
    assert to_dict(q) == raw
    assert q.title == "Kennen en helpen" and q.intro.strip() and q.closing.strip()


def test_the_template_has_the_cbs_block_with_one_reversed_item():
    q = template()
    optional = [s for s in q.sections if s.optional]
    assert [s.code for s in optional] == ["cbs", "onderzoek"]
    assert [x.code for x in optional[1].questions] == ["CT5"] and optional[1].questions[0].consent
    cbs = optional[0]
    assert [x.code for x in cbs.questions] == ["SC1", "SC2", "SC3", "SC4", "SC5"]
    assert all(x.type is QuestionType.AGREEMENT for x in cbs.questions)
    assert [x.code for x in cbs.questions if x.reversed] == ["SC1"]
    assert "kennen elkaar in deze buurt nauwelijks" in cbs.questions[0].text
    assert "SC1" not in {x.code for x in without_optional_sections(q).questions()}


def test_the_template_asks_what_the_story_needs():
    q = template()
    codes = [x.code for x in q.questions()]
    assert len(codes) == len(set(codes))
    known = q.question("KN1")
    assert [o.code for o in known.options] == [0, 1, 2, 3] and known.required
    which = q.question("KN2")
    assert which.type is QuestionType.HOMES and which.skip_if == SkipRule("KN1", (0,))
    assert q.is_skipped(which, {"KN1": 0}) and not q.is_skipped(which, {"KN1": 1})
    # Joining and organising topics share their codes.
    assert q.question("ON1").options == q.question("ON2").options
    assert "Groepsapp per portiek" in [o.label for o in q.question("ON1").options]
    assert "Anders" in [o.label for o in q.question("WO2").options]
    # Consent: the story may be shown anonymously; contact details only after a yes.
    assert q.question("VH2").consent and q.question("CT1").consent
    for code in ("CT2", "CT3"):
        assert q.question(code).personal and q.question(code).skip_if == SkipRule("CT1", (2,))
    assert not any(x.personal for x in q.questions() if x.code not in ("CT2", "CT3"))
    # Age band and household are not required; option codes start at 1 except "0 buren".
    assert not q.question("PR1").required and not q.question("PR2").required
    for question in q.questions():
        if question.options and question.code != "KN1":
            assert min(o.code for o in question.options) == 1, question.code
