"""The resident handout read back from the PDF: two pages at A4 and A5, the public figures, empty panels,
escaped text, and no names or addresses from the demo round."""

from __future__ import annotations

import io
import re
from dataclasses import replace

import pytest
from pypdf import PdfReader

from flatapp.disclosure.rules import HIDDEN, PublicFigure, PublicTopic
from flatapp.printing.handout import SIGN_UP_LINE, render_handout
from flatapp.tent.content import (
    COHESION,
    HEADLINE,
    HELPING,
    KNOWING,
    NUISANCE,
    PANEL_KEYS,
    PANEL_TITLES,
    QUOTES,
    TOPICS,
    Bar,
    BigNumber,
    Panel,
    SignUpTopic,
    TentContent,
)
from flatapp.tent.options import HandoutOptions, TentStyle
from tests.printing.pdfcheck import assert_fonts_embedded, flat, page_texts

SIZES_PT = {"A4": (595.2756, 841.8898), "A5": (419.5276, 595.2756)}
ORGANISATION = "Stichting Welzijn Sneek"
CONTACT = "Vragen? Bel Anja, 06-12345678"


def figure(percent: int, rounded: int = 20) -> PublicFigure:
    return PublicFigure(True, f"{percent}%", percent, rounded)


def count_figure(rounded: int) -> PublicFigure:
    return PublicFigure(True, f"ongeveer {rounded}", 30, rounded)


def made_content(quotes=("Het groen rond de flat mag wel wat mooier.", "Een koffieochtend zou fijn zijn.")):
    """A round by hand, with one hidden bar and one hidden topic."""
    panels = {
        HEADLINE: Panel(HEADLINE, PANEL_TITLES[HEADLINE], lead="Ongeveer 100 van de 194 huishoudens gesproken (51%)",
                        big_numbers=(BigNumber("100", "gesprekken aan de deur (afgerond op 5)"),
                                     BigNumber("194", "huishoudens in de flat"),
                                     BigNumber("51%", "van de huishoudens deed mee"))),
        KNOWING: Panel(KNOWING, PANEL_TITLES[KNOWING], lead="88% kent minstens één buur bij naam",
                       bars=(Bar("Geen (0 buren)", HIDDEN), Bar("1 of 2 buren", figure(37)),
                             Bar("3 tot en met 5 buren", figure(42)))),
        HELPING: Panel(HELPING, PANEL_TITLES[HELPING], lead="61% wil een buur helpen of doet dat al",
                       bars=(Bar("Ja", figure(44)), Bar("Nee", figure(13)))),
        TOPICS: Panel(TOPICS, PANEL_TITLES[TOPICS], lead="Populairste onderwerp: Koffieochtend",
                      topics=(PublicTopic("Koffieochtend", count_figure(25), count_figure(10)),
                              PublicTopic("Buurtmoestuin", HIDDEN, HIDDEN))),
        NUISANCE: Panel(NUISANCE, PANEL_TITLES[NUISANCE], lead="Het meest genoemd: geluid",
                        bars=(Bar("Geluid", figure(31)), Bar("Parkeren", figure(17)))),
        QUOTES: Panel(QUOTES, PANEL_TITLES[QUOTES], quotes=quotes, note="Met toestemming van de bewoners."),
        COHESION: Panel(COHESION, PANEL_TITLES[COHESION], lead="Deze flat: 6,3 — Nederland: 6,4"),
    }
    all_panels = tuple(panels.get(key) or Panel(key, PANEL_TITLES[key], empty="Nog niet te tonen.")
                       for key in PANEL_KEYS)
    return TentContent("Voorbeeldflat", "Najaar 2026", "Ongeveer 100 van de 194 huishoudens gesproken (51%)",
                       all_panels, (SignUpTopic("Koffieochtend", "Ongeveer 25 buren willen hier al aan meedoen."),
                                    SignUpTopic("Buurtmoestuin", "")))


def empty_content() -> TentContent:
    panels = tuple(Panel(key, PANEL_TITLES[key], empty="Nog niet te tonen: te weinig antwoorden om te tonen.")
                   for key in PANEL_KEYS)
    return TentContent("Lege Flat", "Voorjaar 2027", "Nog te weinig gesprekken om cijfers te tonen.", panels, ())


def render(content, size="A5", tmp_path=None, **options) -> tuple[bytes, int]:
    options.setdefault("style", TentStyle(ORGANISATION, contact=CONTACT))
    buffer = io.BytesIO()
    pages = render_handout(content, HandoutOptions(size=size, **options), buffer)
    data = buffer.getvalue()
    if tmp_path is not None:
        (tmp_path / f"folder-{size}.pdf").write_bytes(data)
    return data, pages


def assert_two_pages_of(data: bytes, size: str) -> None:
    reader = PdfReader(io.BytesIO(data))
    assert len(reader.pages) == 2
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width - SIZES_PT[size][0]) < 0.01 and abs(height - SIZES_PT[size][1]) < 0.01


@pytest.mark.parametrize("size", ["A4", "A5"])
def test_two_pages_with_the_figures_of_the_content(tmp_path, size):
    content = made_content()
    data, pages = render(content, size, tmp_path)
    assert pages == 2
    assert_two_pages_of(data, size)
    assert_fonts_embedded(tmp_path / f"folder-{size}.pdf")
    front, back = (flat(text) for text in page_texts(data))
    assert "Wat de bewoners van Voorbeeldflat vertelden" in front
    assert content.headline in front
    for number in content.panel(HEADLINE).big_numbers:
        assert number.value in front and number.caption in front
    for key in (KNOWING, HELPING, NUISANCE, TOPICS, COHESION):
        assert content.panel(key).lead in front, key
    # The top shown bars as 'label — 36%' (at least the largest of each panel); a hidden bar never shows.
    assert "3 tot en met 5 buren — 42%" in front
    assert "Ja — 44%" in front
    assert "Geluid — 31%" in front
    assert "Geen (0 buren)" not in front
    assert "Koffieochtend — ongeveer 25" in front
    assert "Buurtmoestuin" in front and not re.search(r"Buurtmoestuin —? ?\S*\d", front)
    # Back: next steps, topics with the call, quotes, contact, privacy.
    assert "Wat gebeurt er nu?" in back
    assert "Bewoners die zich bij een onderwerp aanmelden" in back
    assert "Koffieochtend" in back and "Buurtmoestuin" in back
    assert SIGN_UP_LINE in back
    assert "Het groen rond de flat mag wel wat mooier." in back
    assert ORGANISATION in back and CONTACT in back
    assert content.privacy_line in back


@pytest.mark.parametrize("size", ["A4", "A5"])
def test_every_printed_percentage_is_a_shown_figure(size):
    content = made_content()
    data, _ = render(content, size)
    text = flat(" ".join(page_texts(data)))
    shown = {bar.figure.percent for panel in content.panels for bar in panel.bars if bar.figure.shown}
    shown |= {int(n) for n in re.findall(r"(\d+)%", content.headline)}
    shown |= {int(p) for panel in content.panels for p in re.findall(r"(\d+)%", panel.lead)}
    assert {int(n) for n in re.findall(r"(\d+)\s?%", text)} <= shown


def test_at_most_two_distinct_quotes():
    quotes = ("Eerste citaat.", "Eerste citaat.", "Tweede citaat.", "Derde citaat.")
    data, _ = render(made_content(quotes=quotes))
    back = flat(page_texts(data)[1])
    assert back.count("Eerste citaat.") == 1
    assert "Tweede citaat." in back and "Derde citaat." not in back


@pytest.mark.parametrize("size", ["A4", "A5"])
def test_every_panel_empty_still_two_sensible_pages(tmp_path, size):
    content = empty_content()
    data, pages = render(content, size, tmp_path)
    assert pages == 2
    assert_two_pages_of(data, size)
    assert_fonts_embedded(tmp_path / f"folder-{size}.pdf")
    front, back = (flat(text) for text in page_texts(data))
    assert "Wat de bewoners van Lege Flat vertelden" in front
    assert content.headline in front
    assert "Nog niet te tonen: te weinig antwoorden om te tonen." in front
    assert not re.search(r"\d+\s?%", front + back)
    assert "Wat gebeurt er nu?" in back and content.privacy_line in back
    assert "Heb je een idee voor de flat?" in back


@pytest.mark.parametrize("size", ["A4", "A5"])
def test_long_texts_shrink_and_never_make_a_third_page(size):
    long_steps = "\n\n".join(["Op 12-12-2026 is de eerste bijeenkomst in de recreatieruimte van de flat. " * 4] * 3)
    many = tuple(SignUpTopic(f"Onderwerp nummer {n} met een wat langere naam", "") for n in range(12))
    content = replace(made_content(quotes=("Een heel lang verhaal van een bewoner over de flat. " * 4,) * 1
                                   + ("Nog een verhaal.",)), sign_up_topics=many)
    data, pages = render(content, size, next_steps=long_steps)
    assert pages == 2 and len(PdfReader(io.BytesIO(data)).pages) == 2
    back = flat(page_texts(data)[1])
    assert "Op 12-12-2026 is de eerste bijeenkomst" in back
    assert content.privacy_line in back and CONTACT in back

    huge = "Heel veel tekst. " * 600
    data, pages = render(content, size, next_steps=huge)
    assert pages == 2 and len(PdfReader(io.BytesIO(data)).pages) == 2
    back = flat(page_texts(data)[1])
    assert "…" in back and content.privacy_line in back


def test_user_text_printed_literally(tmp_path):
    content = replace(made_content(quotes=("Wij <b>houden</b> van & koffie",)), building_name="Flat <i>& Co")
    data, _ = render(content, "A5", tmp_path, next_steps="Kom <font size=40>langs</font> & praat mee",
                     style=TentStyle("Welzijn & <Zorg>", contact="Bel <Anja> & Piet", colour="#ffe066"))
    front, back = (flat(text) for text in page_texts(data))
    assert "Wat de bewoners van Flat <i>& Co vertelden" in front
    assert "Kom <font size=40>langs</font> & praat mee" in back
    assert "Wij <b>houden</b> van & koffie" in back
    assert "Welzijn & <Zorg>" in back and "Bel <Anja> & Piet" in back


# --- privacy on the demo round ----------------------------------------------------------------



@pytest.mark.parametrize("size", ["A4", "A5"])
def test_demo_handout_shows_figures_but_no_names_or_addresses(approved_demo, size):
    content, names, addresses = approved_demo
    assert names and addresses and content.panel(QUOTES).quotes
    data, pages = render(content, size)
    assert pages == 2
    text = flat(" ".join(page_texts(data)))
    for secret in names | addresses:
        assert secret not in text
    assert content.headline in text
    for number in content.panel(HEADLINE).big_numbers:
        assert number.value in text
    for topic in content.panel(TOPICS).topics:
        if topic.join.shown:
            assert f"{topic.label} — {topic.join.text}" in text
    assert any(quote in text for quote in content.panel(QUOTES).quotes)


@pytest.mark.parametrize("size", ["A4", "A5"])
def test_long_footer_texts_are_shortened_inside_the_page_and_reported(size):
    from flatapp.printing.notices import collect_notices
    from tests.printing.pdfcheck import assert_text_inside_pages

    long_quote = ("Vroeger kende iedereen elkaar hier, nu groet bijna niemand meer in de lift en dat vind ik "
                  "jammer, want ") * 4
    long_quote = long_quote[:398] + "."
    content = made_content(quotes=("Het groen rond de flat mag wel wat mooier.", long_quote,
                                   "Een koffieochtend zou fijn zijn."))
    style = TentStyle("Stichting Welzijn en Samenleving " * 8, contact="Bel ons: " + "06-12345678 " * 30)
    with collect_notices() as notices:
        data, pages = render(content, size, style=style, next_steps="Wat er nu gebeurt. " * 300)
    assert pages == 2
    text = " ".join(notices)
    assert "De naam van de organisatie op de achterkant" in text and "De contactregel op de achterkant" in text
    assert "'Wat gebeurt er nu?' (1200 woorden)" in text
    assert "Het goedgekeurde citaat “Vroeger kende iedereen" in text and "(399 tekens)" in text
    assert "“Een koffieochtend zou fijn zijn.” (32 tekens) staat niet op de folder: het paste niet meer" in text
    assert_text_inside_pages(data)
