"""Sign-up sheets read back from the PDF: one A4 sheet per topic, rows to write on, consent, privacy."""

from __future__ import annotations

import io

import pytest
from pypdf import PdfReader

from flatapp.printing.signup_sheets import MIN_ROW_HEIGHT, render_signup_sheets
from flatapp.tent.content import SignUpTopic, TentContent
from flatapp.tent.options import SignUpOptions, TentStyle
from tests.printing.pdfcheck import assert_a4, assert_fonts_embedded, flat, page_texts

ORGANISATION = "Stichting Welzijn Sneek"


def _content(topics=(SignUpTopic("Koffieochtend", "Ongeveer 25 buren willen hier al aan meedoen."),
                     SignUpTopic("Groen rond de flat", "")), building="Voorbeeldflat") -> TentContent:
    return TentContent(building, "Najaar 2026", "Ongeveer 100 van de 194 huishoudens gesproken (51%)", (),
                       tuple(topics))


def _render(content, tmp_path=None, **options) -> tuple[bytes, int]:
    options.setdefault("style", TentStyle(ORGANISATION, contact="Vragen? Bel Anja, 06-12345678"))
    buffer = io.BytesIO()
    pages = render_signup_sheets(content, SignUpOptions(**options), buffer)
    data = buffer.getvalue()
    if tmp_path is not None:
        (tmp_path / "lijsten.pdf").write_bytes(data)
    return data, pages


def _logo(path):
    from PIL import Image, ImageDraw

    image = Image.new("RGB", (300, 100), "white")
    ImageDraw.Draw(image).ellipse((5, 5, 95, 95), fill=(20, 90, 160))
    image.save(path)
    return path


def test_one_a4_sheet_per_topic_with_label_interest_and_consent(tmp_path):
    data, pages = _render(_content(), tmp_path)
    assert pages == 2 == len(PdfReader(io.BytesIO(data)).pages)
    assert_a4(data)
    assert_fonts_embedded(tmp_path / "lijsten.pdf")
    first, second = (flat(text) for text in page_texts(data))
    assert "Doe mee: Koffieochtend" in first and "Koffieochtend" not in second
    assert "Doe mee: Groen rond de flat" in second
    assert "Ongeveer 25 buren willen hier al aan meedoen." in first
    assert "buren willen hier al" not in second              # no public interest: no line about it
    for text in (first, second):
        assert "Schrijf je naam op, dan nemen we contact met je op" in text
        for column in ("Naam", "Huisnummer of telefoonnummer", "E-mail (niet verplicht)", "Mag contact"):
            assert column in text
        assert (f"Door je gegevens op te schrijven geef je {ORGANISATION} toestemming om je over dit "
                "onderwerp te benaderen.") in text
        assert "vernietigen ze na afloop" in text
        assert "Vragen? Bel Anja, 06-12345678" in text
        assert "Voorbeeldflat" in text and "Najaar 2026" in text


def test_without_topics_one_general_sheet(tmp_path):
    data, pages = _render(_content(topics=()), tmp_path)
    assert pages == 1
    text = flat(page_texts(data)[0])
    assert "Ik wil meedoen met een eigen idee" in text
    assert "Naam" in text and "toestemming" in text


def test_without_organisation_the_consent_still_reads(tmp_path):
    data, _ = _render(_content(), style=TentStyle())
    assert "geef je ons toestemming" in flat(page_texts(data)[0])


def _row_lines(data: bytes, page: int = 0) -> list[float]:
    """y of the full-width horizontal rules of the table (each a path of its own: 'n x y m x y l S')."""
    content = PdfReader(io.BytesIO(data)).pages[page].get_contents().get_data().decode("latin-1")
    tokens = content.split()
    ys = []
    for index, token in enumerate(tokens):
        if token == "l" and tokens[index - 3] == "m" and tokens[index - 6] == "n" and tokens[index + 1] == "S":
            x0, y0, x1, y1 = (float(t) for t in tokens[index - 5:index - 3] + tokens[index - 2:index])
            if y0 == y1 and x1 - x0 > 400:
                ys.append(y0)
    return sorted(set(ys), reverse=True)


@pytest.mark.parametrize("rows", [5, 14, 30])
def test_rows_tall_enough_to_write_in_and_all_rows_printed(rows):
    data, pages = _render(_content(topics=(SignUpTopic("Koffieochtend", ""),)), rows=rows)
    total = 0
    for page in range(pages):
        lines = _row_lines(data, page)
        gaps = [a - b for a, b in zip(lines, lines[1:])]
        assert gaps and min(gaps) >= MIN_ROW_HEIGHT - 0.01
        total += len(lines) - 1                      # the header row's lower rule is the first line
    assert total == rows
    if rows <= 14:
        assert pages == 1                            # the default number of rows fits on one sheet
    else:
        assert all("Doe mee: Koffieochtend" in flat(text) for text in page_texts(data))


def test_user_text_printed_literally(tmp_path):
    content = _content(topics=(SignUpTopic("Koffie & <b>taart</b>", "Ongeveer 10 buren <willen> & meer."),),
                       building="Flat <i>&amp;")
    data, _ = _render(content, tmp_path, style=TentStyle("Welzijn & <font size=40>Zorg", logo=_logo(
        tmp_path / "logo.png"), colour="#ffe066", contact="Bel <Anja> & Piet"))
    text = flat(page_texts(data)[0])
    assert "Doe mee: Koffie & <b>taart</b>" in text
    assert "Ongeveer 10 buren <willen> & meer." in text
    assert "Welzijn & <font size=40>Zorg" in text
    assert "Bel <Anja> & Piet" in text
    assert "Flat <i>&amp;" in text
    assert_fonts_embedded(tmp_path / "lijsten.pdf")


def test_unreadable_logo_is_a_dutch_error(tmp_path):
    bad = tmp_path / "kapot.png"
    bad.write_bytes(b"geen plaatje")
    with pytest.raises(ValueError, match="kan niet worden gelezen"):
        _render(_content(), style=TentStyle(logo=bad))


# --- privacy on the demo round ----------------------------------------------------------------



def test_demo_sheets_show_no_names_or_addresses(approved_demo):
    content, names, addresses = approved_demo
    assert names and addresses and content.sign_up_topics
    data, pages = _render(content)
    assert pages == len(content.sign_up_topics)
    text = flat(" ".join(page_texts(data)))
    for topic in content.sign_up_topics:
        assert f"Doe mee: {topic.label}" in text
        assert topic.interest in text
    for secret in names | addresses:
        assert secret not in text


def test_long_organisation_contact_and_topic_are_shortened_inside_the_page_and_reported(tmp_path):
    from flatapp.printing.notices import collect_notices
    from tests.printing.pdfcheck import assert_text_inside_pages

    organisation = "Stichting Welzijn en Maatschappelijke Dienstverlening " * 5
    contact = "Vragen? Bel Anja van het opbouwwerk op 06-12345678, of mail naar " + "anja" * 40 + "@welzijn.nl"
    topic = SignUpTopic("Samen de binnentuin opknappen met bankjes, " * 6, "")
    with collect_notices() as notices:
        data, pages = _render(_content(topics=(topic,)), tmp_path, style=TentStyle(organisation, contact=contact))
    assert pages == 1
    text = " ".join(notices)
    assert "De contactregel onderaan" in text and "De naam van de organisatie onderaan" in text
    assert "De titel van een inschrijflijst" in text
    assert "De naam van de organisatie in de toestemmingsregel" in text
    assert_text_inside_pages(data, margin=16 * 72 / 25.4 - 1)
    printed = flat(page_texts(data)[0])
    assert "…" in printed and "Vragen? Bel Anja van het opbouwwerk" in printed
