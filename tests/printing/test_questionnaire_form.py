"""Paper questionnaires read back from the PDF: order of codes, home codes, consent, escaping, fonts."""

from __future__ import annotations

import io
from dataclasses import replace

import pytest

from flatapp.domain.questionnaire import (
    Option,
    Question,
    Questionnaire,
    QuestionnaireError,
    QuestionType,
    Section,
    SkipRule,
)
from flatapp.printing.layout import FILLED_IN_CONFIDENTIAL
from flatapp.printing.questionnaire_form import render_questionnaires
from tests.printing.conftest import CONSENT_TEXT, make_homes
from tests.printing.pdfcheck import (
    assert_a4,
    assert_fonts_embedded,
    codes_in_order,
    flat,
    page_runs,
    page_texts,
    words_in_order,
)


def _render(tmp_path, questionnaire, homes, **kwargs):
    path = tmp_path / "vragenlijsten.pdf"
    pages = render_questionnaires(questionnaire, homes, path, **kwargs)
    return path, pages


def _per_home(texts: list[str], homes) -> list[list[str]]:
    size = len(texts) // len(homes)
    assert size * len(homes) == len(texts), "every home has the same number of pages"
    return [texts[i * size:(i + 1) * size] for i in range(len(homes))]


def test_a4_page_break_per_home_and_code_on_every_page(tmp_path, questionnaire):
    homes = make_homes(5)
    path, pages = _render(tmp_path, questionnaire, homes, organisation="Welzijn Sneek", round_name="Najaar")
    assert_a4(path)
    texts = page_texts(path)
    assert len(texts) == pages
    for home, own in zip(homes, _per_home(texts, homes)):
        for number, text in enumerate(own, start=1):
            assert home.code in text
            others = [h.code for h in homes if h.code != home.code]
            assert not any(code in text for code in others)
            assert f"pagina {number} van {len(own)}" in text
        # The address on the home's first page: each home starts on a fresh page.
        assert f"{home.address}, {home.postcode} {home.city}" in own[0]


def test_home_code_is_large_in_the_box(tmp_path, questionnaire):
    homes = make_homes(2)
    path, _ = _render(tmp_path, questionnaire, homes)
    for runs in page_runs(path):
        boxed = [r for r in runs if r.text in {h.code for h in homes}]
        assert boxed and max(r.size for r in boxed) >= 18


def test_codes_in_exactly_the_questionnaire_order(tmp_path, questionnaire):
    homes = make_homes(3)
    path, _ = _render(tmp_path, questionnaire, homes)
    expected = [q.code for q in questionnaire.questions()]
    for own in _per_home(page_texts(path), homes):
        assert codes_in_order("\n".join(own), expected) == expected


def test_the_builtin_template_prints_in_order_with_its_consent_texts(tmp_path):
    from flatapp.services.questionnaires import load_template

    template = load_template()
    homes = make_homes(2)
    path, _ = _render(tmp_path, template, homes, organisation="Welzijn", round_name="Ronde 1")
    expected = [q.code for q in template.questions()]
    own = _per_home(page_texts(path), homes)[0]
    assert codes_in_order("\n".join(own), expected) == expected
    text = flat("\n".join(own))
    consent = [q for q in template.questions() if q.consent]
    assert consent
    for question in consent:
        assert flat(question.text) in text
    assert_fonts_embedded(path)


def test_option_codes_beside_boxes_and_answer_spaces(tmp_path, questionnaire):
    path, _ = _render(tmp_path, questionnaire, make_homes(1))
    text = flat("\n".join(page_texts(path)))
    for option in ("0 Geen", "1 1 of 2", "2 3 tot en met 5", "3 Meer dan 5", "1 Ja", "2 Nee",
                   "1 Container buitenzetten", "9 Anders"):
        assert option in text
    assert "woningnummers:" in text
    assert "(een getal van 0 tot en met 99)" in text
    assert "Meerdere antwoorden mogelijk." in text
    # The agreement scale, once as column heads for the statements.
    assert "1 Helemaal mee eens" in text and "5 Helemaal mee oneens" in text


def test_skip_instructions_are_printed(tmp_path, questionnaire):
    path, _ = _render(tmp_path, questionnaire, make_homes(1))
    text = flat("\n".join(page_texts(path)))
    assert "Geen → ga door naar KN3" in text
    # In words at the skipped question, never as a formula ("Sla over als KN1 = 0").
    assert "Overslaan als bij KN1 ‘Geen’ is aangekruist." in text
    assert "Overslaan als bij HP1 ‘Nee’ is aangekruist." in text
    assert "=" not in text
    assert "Nee → ga door naar HP3" in text
    assert "Nee → ga door naar het einde" in text          # VH1 = 2 skips the last question
    assert "Alleen invullen als de bewoner toestemming geeft." in text


def test_skip_on_a_number_question(tmp_path):
    questionnaire = Questionnaire("Test", "", (Section("s", "Deel", (
        Question("A1", "Hoeveel buren kent u?", QuestionType.NUMBER, minimum=0, maximum=50),
        Question("A2", "Welke?", QuestionType.HOMES, skip_if=SkipRule("A1", (0,))),
        Question("A3", "Groet u ze?", QuestionType.YES_NO, skip_if=SkipRule("A1", (0,))),
        Question("A4", "Opmerking", QuestionType.SHORT_TEXT),
    )),))
    path, _ = _render(tmp_path, questionnaire, make_homes(1))
    text = flat("\n".join(page_texts(path)))
    assert "→ Ga door naar A4 als 0" in text
    assert "Overslaan als bij A1 0 is ingevuld." in text


def test_consent_text_printed_in_full_even_when_longer_than_a_page(tmp_path, questionnaire):
    path, _ = _render(tmp_path, questionnaire, make_homes(1))
    assert flat(CONSENT_TEXT) in flat("\n".join(page_texts(path)))

    long_consent = " ".join(f"Zin {n}: wij bewaren uw gegevens zorgvuldig en alleen voor dit doel." for n in range(120))
    sections = questionnaire.sections[:-1] + (Section("t", "Toestemming", (
        Question("TL1", long_consent, QuestionType.YES_NO, consent=True),
        Question("TL2", "Naam", QuestionType.SHORT_TEXT, personal=True),
    )),)
    long = replace(questionnaire, sections=sections)
    path, pages = _render(tmp_path, long, make_homes(1))
    texts = page_texts(path)
    text = flat("\n".join(texts))
    # Split over pages (the page headers come in between), but every word is there, in order.
    assert words_in_order(long_consent, text)
    positions = [text.find(f"Zin {n}:") for n in range(120)]
    assert -1 not in positions and positions == sorted(positions)
    # The code is repeated as "(TL1)" on the page where the text continues.
    expected = [q.code for q in long.questions()]
    order = codes_in_order("\n".join(texts), expected + ["(TL1)"])
    assert [code for code in order if code != "(TL1)"] == expected
    assert "(TL1)" in order


def test_user_text_prints_as_typed(tmp_path):
    questionnaire = Questionnaire(
        "Titel <b>vet</b> & zo", "Intro met <font size=40>groot</font>",
        (Section("s", "Deel <i>", (
            Question("Q1", "Kent u Piet <b>?", QuestionType.SINGLE,
                     (Option(1, "Ja, <font size=40>"), Option(2, "Nee — € ’t é ë"))),
            Question("Q2", "Tekst a < b", QuestionType.SHORT_TEXT, help="Let op: <img src='x'/>"),
        )),),
        closing="Dank & tot ziens <br/>",
    )
    homes = [replace(make_homes(1)[0], street="Rue <b>é</b>", code="A&B-001")]
    path, _ = _render(tmp_path, questionnaire, homes, organisation="Welzijn <font size=40>",
                      round_name="Ronde ‘één’")
    text = flat("\n".join(page_texts(path)))
    for literal in ("Titel <b>vet</b> & zo", "Intro met <font size=40>groot</font>", "Deel <i>",
                    "Kent u Piet <b>?", "1 Ja, <font size=40>", "2 Nee — € ’t é ë", "Tekst a < b",
                    "Let op: <img src='x'/>", "Dank & tot ziens <br/>", "Rue <b>é</b>", "A&B-001",
                    "Welzijn <font size=40>", "Ronde ‘één’"):
        assert literal in text, literal
    assert all(run.size < 30 for runs in page_runs(path) for run in runs)
    assert_fonts_embedded(path)


def test_fonts_embedded(tmp_path, questionnaire):
    path, _ = _render(tmp_path, questionnaire, make_homes(3))
    assert_fonts_embedded(path)


def test_empty_homes_or_questionnaire_is_a_dutch_error(tmp_path, questionnaire):
    with pytest.raises(ValueError, match="geen woningen"):
        render_questionnaires(questionnaire, [], tmp_path / "x.pdf")
    empty = Questionnaire("Leeg", "", ())
    with pytest.raises(ValueError, match="geen vragen"):
        render_questionnaires(empty, make_homes(1), tmp_path / "x.pdf")
    no_questions = Questionnaire("Leeg", "", (Section("s", "Deel", ()),))
    with pytest.raises(ValueError, match="geen vragen"):
        render_questionnaires(no_questions, make_homes(1), tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_a_broken_skip_rule_is_refused(tmp_path):
    broken = Questionnaire("Test", "", (Section("s", "Deel", (
        Question("A1", "Vraag", QuestionType.YES_NO, skip_if=SkipRule("ZZ9", (1,))),
    )),))
    with pytest.raises(QuestionnaireError, match="ZZ9"):
        render_questionnaires(broken, make_homes(1), tmp_path / "x.pdf")


def test_writes_to_a_binary_stream(questionnaire):
    stream = io.BytesIO()
    pages = render_questionnaires(questionnaire, make_homes(2), stream)
    assert len(page_texts(stream.getvalue())) == pages


def _three_pages(questionnaire: Questionnaire) -> Questionnaire:
    """The fixture (two pages) with a block of open questions: three pages a home."""
    extra = Section("extra", "Extra", tuple(
        Question(f"EX{n}", f"Open vraag {n}?", QuestionType.LONG_TEXT) for n in range(1, 4)))
    return replace(questionnaire, sections=questionnaire.sections + (extra,))


def test_duplex_gives_every_home_its_own_sheets(tmp_path, questionnaire):
    homes = make_homes(4)
    odd = _three_pages(questionnaire)
    plain, plain_pages = _render(tmp_path, odd, homes)
    assert plain_pages == 3 * len(homes)
    path = tmp_path / "dubbelzijdig.pdf"
    pages = render_questionnaires(odd, homes, path, duplex=True)
    texts = page_texts(path)
    assert pages == len(texts) == 4 * len(homes)
    assert_a4(path)
    address = {home.code: f"{home.address}, {home.postcode} {home.city}" for home in homes}
    for index, home in enumerate(homes):
        own = texts[4 * index:4 * index + 4]
        assert home.code in own[0] and address[home.code] in own[0]
        for number, text in enumerate(own[:3], start=1):
            assert home.code in text and f"pagina {number} van 3" in text
        # The padding page: only the small line and the tier, no home code, no page number, no questions.
        assert flat(own[3]) == f"Deze bladzijde is leeg {FILLED_IN_CONFIDENTIAL}"
        assert all(run.size <= 10 for run in page_runs(path)[4 * index + 3])
    # Every home's first page is an odd page of the PDF.
    firsts = [number for number, text in enumerate(texts, start=1) if any(a in text for a in address.values())]
    assert firsts == [1, 5, 9, 13]
    assert_fonts_embedded(path)


def test_duplex_changes_nothing_for_an_even_form(tmp_path, questionnaire):
    homes = make_homes(3)
    plain, plain_pages = _render(tmp_path, questionnaire, homes)
    path = tmp_path / "dubbelzijdig.pdf"
    assert render_questionnaires(questionnaire, homes, path, duplex=True) == plain_pages == 2 * len(homes)
    assert page_texts(path) == page_texts(plain)
    assert not any("leeg" in text for text in page_texts(path))


def test_without_duplex_no_padding(tmp_path, questionnaire):
    homes = make_homes(2)
    path, pages = _render(tmp_path, _three_pages(questionnaire), homes)
    texts = page_texts(path)
    assert pages == len(texts) == 6
    assert not any("Deze bladzijde is leeg" in text for text in texts)
    assert homes[1].code in texts[3] and f"{homes[1].address}," in texts[3]   # home 2 starts on page 4


def test_required_questions_are_starred_and_every_choice_has_a_question_mark_box(tmp_path):
    """The paper has what the entry form takes: * for a required question, a '?' box for 'weet niet'."""
    from flatapp.domain.answers import DONT_KNOW_LABEL
    from flatapp.domain.questionnaire import CHOICE_TYPES
    from flatapp.services.questionnaires import load_template

    template = load_template()
    homes = make_homes(1)
    path, pages = _render(tmp_path, template, homes, organisation="Welzijn", round_name="Ronde 1")
    assert pages <= 6                                      # as compact as before the '?' boxes
    text = flat("\n".join(page_texts(path)))
    assert "een vraag met * heeft altijd een antwoord nodig" in text
    for question in template.questions():
        starred = f"{question.code}*" in text
        assert starred == question.required, question.code
    choice = [q for q in template.questions() if q.type in CHOICE_TYPES and q.type.value != "agreement"
              and q.required]
    assert text.count(DONT_KNOW_LABEL) >= len(choice)      # one per required choice question (and the legend)
    assert "weet niet" in text.split("SC1*")[0].rsplit("Kruis per stelling", 1)[-1]    # the scale's column
    assert_fonts_embedded(path)
