"""Posters and slides read back: exact paper, embedded fonts, the content's figures as text, vectors only."""

from __future__ import annotations

import io
import re
from pathlib import Path

import pytest

from flatapp.disclosure.rules import HIDDEN_TEXT, PublicCohesion, PublicFigure, PublicGroup, PublicTopic
from flatapp.printing.poster import render_poster, render_slides
from flatapp.tent.content import (
    COHESION,
    DEFAULT_PANELS,
    FLOORS,
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
    TentContent,
)
from flatapp.tent.options import POSTER_SIZES_MM, PosterOptions, TentStyle
from tests.printing.pdfcheck import (
    assert_fonts_embedded,
    assert_page_size_mm,
    flat,
    image_count,
    page_runs,
    page_texts,
)

HIDDEN = PublicFigure(False, HIDDEN_TEXT, None, None)


def shown(percent: int, rounded: int) -> PublicFigure:
    return PublicFigure(True, f"{percent}%", percent, rounded)


def counted(rounded: int) -> PublicFigure:
    return PublicFigure(True, f"ongeveer {rounded}", 30, rounded)


@pytest.fixture(scope="module")
def demo_content(tmp_path_factory):
    from flatapp.demo import create_demo_database
    from flatapp.services.quotes import approve_quote, list_quotes
    from flatapp.storage.database import open_database
    from flatapp.tent.service import tent_content

    path = tmp_path_factory.mktemp("poster") / "demo.sqlite"
    create_demo_database(str(path))
    database = open_database(str(path))
    with database.session() as session, session.begin():
        for row in list_quotes(session, 1)[:3]:
            approve_quote(session, row.interview_id, row.public_text)
    with database.session() as session:
        return tent_content(session, 1)


def edge_content() -> TentContent:
    """Hand-built: a hidden bar (its number must not show), markup in user text, an empty panel."""
    panels = {
        HEADLINE: Panel(HEADLINE, PANEL_TITLES[HEADLINE], lead="Ongeveer 40 van de 60 huishoudens gesproken",
                        big_numbers=(BigNumber("40", "gesprekken"), BigNumber("60", "huishoudens"),
                                     BigNumber("67%", "deed mee"))),
        KNOWING: Panel(KNOWING, PANEL_TITLES[KNOWING], lead="Buren <kennen> & groeten",
                       bars=(Bar("Geen", shown(12, 5)), Bar("Eén of twee", PublicFigure(False, HIDDEN_TEXT, None, None)),
                             Bar("Veel <b>buren</b> & meer", shown(71, 30))),
                       note="Vraag KN1 (ongeveer 40 antwoorden)"),
        HELPING: Panel(HELPING, PANEL_TITLES[HELPING], empty="Nog niet te tonen: te weinig antwoorden om te tonen."),
        TOPICS: Panel(TOPICS, PANEL_TITLES[TOPICS], lead="Populairste onderwerp: Koffie & <taart>",
                      topics=(PublicTopic("Koffie & <taart>", counted(35), counted(10)),
                              PublicTopic("Groen", counted(15), HIDDEN)),
                      call="Doe mee!", note="Afgerond op 5."),
        NUISANCE: Panel(NUISANCE, PANEL_TITLES[NUISANCE], lead="Het meest genoemd: geluid",
                        bars=(Bar("Geluid", shown(44, 20)), Bar("Parkeren", HIDDEN))),
        QUOTES: Panel(QUOTES, PANEL_TITLES[QUOTES],
                      quotes=("Fijn dat <iemand> eens aanbelt & luistert.", "Kort.") + ("Lang verhaal " * 40,) * 6),
        FLOORS: Panel(FLOORS, PANEL_TITLES[FLOORS],
                      groups=(PublicGroup("Portiek A", shown(61, 20)), PublicGroup("Portiek B", HIDDEN),
                              PublicGroup("BG", shown(52, 5)), PublicGroup("1e", HIDDEN),
                              PublicGroup("2e", shown(73, 10)))),
        COHESION: Panel(COHESION, PANEL_TITLES[COHESION], lead="Deze flat: 6,8 — Nederland: 6,4",
                        cohesion=PublicCohesion(6.8, "ongeveer 30 bewoners", 6.4, 2023, "CBS", 5.8, 7.1, "benadering")),
    }
    return TentContent("Flat <De Linde> & co", "Voorjaar 2027", "Ongeveer 40 van de 60 huishoudens gesproken",
                       tuple(panels[key] for key in PANEL_KEYS), ())


def render(content, tmp_path: Path, name: str = "poster.pdf", slides: bool = False, **options) -> tuple[Path, int]:
    path = tmp_path / name
    with path.open("wb") as out:
        pages = (render_slides if slides else render_poster)(content, PosterOptions(**options), out)
    return path, pages


@pytest.mark.parametrize("size", list(POSTER_SIZES_MM))
@pytest.mark.parametrize("orientation", ["portrait", "landscape"])
def test_page_size_is_exact(edge_content_fixture, tmp_path, size, orientation):
    path, pages = render(edge_content_fixture, tmp_path, size=size, orientation=orientation,
                         panels=(HEADLINE, KNOWING, COHESION))
    width, height = POSTER_SIZES_MM[size]
    if orientation == "landscape":
        width, height = height, width
    assert pages == 1
    assert_page_size_mm(path, width, height)


@pytest.fixture(scope="module")
def edge_content_fixture():
    return edge_content()


@pytest.fixture(scope="module")
def demo_poster(demo_content, tmp_path_factory):
    path = tmp_path_factory.mktemp("demo_poster") / "a1.pdf"
    style = TentStyle(organisation="Welzijn <Sneek> & Co", contact="Bel 06-12345678")
    with path.open("wb") as out:
        pages = render_poster(demo_content, PosterOptions(style=style), out)
    return path, pages


def test_demo_poster_shows_the_content_figures(demo_content, demo_poster):
    path, pages = demo_poster
    assert pages == 1
    assert_page_size_mm(path, 594, 841)
    assert_fonts_embedded(path)
    text = flat(page_texts(path)[0])
    assert "Zo wonen we samen in Voorbeeldflat" in text
    assert "Welzijn <Sneek> & Co" in text
    assert flat(demo_content.headline) in text
    for panel in demo_content.chosen(DEFAULT_PANELS):
        assert flat(panel.title) in text.replace("- ", "-"), panel.title
        for bar in panel.bars + panel.extra_bars:
            if bar.figure.shown:
                assert bar.figure.text in text, (panel.key, bar)
        for number in panel.big_numbers:
            assert number.value in text
        for topic in panel.topics:
            for figure in (topic.join, topic.organise):
                if figure.shown:
                    assert re.search(rf"(ongeveer |±){figure.rounded}\b", text), (topic, figure)
    assert flat(demo_content.privacy_line) in text
    assert image_count(path) == [0]          # charts are vectors


def test_a1_portrait_type_is_readable_from_three_metres(demo_poster):
    """Every text on the A1 poster, chart labels and small print included, is at least ~28 pt."""
    path, _pages = demo_poster
    runs = page_runs(path)[0]
    assert runs
    small = [(run.text, round(run.size, 1)) for run in runs if run.size < 27.5]
    assert not small, small[:5]


def test_hidden_figure_shows_text_never_its_number(edge_content_fixture, tmp_path):
    path, _ = render(edge_content_fixture, tmp_path, panels=(KNOWING, NUISANCE, FLOORS, TOPICS))
    assert_fonts_embedded(path)
    text = flat(page_texts(path)[0])
    assert HIDDEN_TEXT in text
    assert "12%" in text and "71%" in text and "44%" in text
    assert "61%" in text and "52%" in text and "73%" in text
    assert "ongeveer 35" in text or "±35" in text
    # No bar, no percentage for the hidden ones: their labels stand alone and no other % appears.
    percents = set(re.findall(r"\d+%", text))
    assert percents <= {"12%", "71%", "44%", "61%", "52%", "73%"}, percents


def test_empty_panel_shows_its_sentence(edge_content_fixture, tmp_path):
    path, _ = render(edge_content_fixture, tmp_path, panels=(HELPING, KNOWING))
    assert "Nog niet te tonen: te weinig antwoorden om te tonen." in flat(page_texts(path)[0])


def test_user_text_is_escaped_and_shown_literally(edge_content_fixture, tmp_path):
    style = TentStyle(organisation="Stichting <b>Buurt</b> & Zo", contact="Bel <06>")
    path, _ = render(edge_content_fixture, tmp_path, panels=(KNOWING, QUOTES, TOPICS),
                     title="Wij & <jij> in de flat", style=style)
    text = flat(page_texts(path)[0])
    assert "Wij & <jij> in de flat" in text
    assert "Stichting <b>Buurt</b> & Zo" in text
    assert "Veel <b>buren</b> & meer" in text
    assert "Fijn dat <iemand> eens aanbelt & luistert." in text
    assert "Koffie & <taart>" in text
    # Quotes that do not fit are left out, not cut off or overflowing.
    assert text.count("Lang verhaal") < 6 * 40


def test_per_theme_gives_one_page_per_panel(edge_content_fixture, tmp_path):
    path, pages = render(edge_content_fixture, tmp_path, panels=PANEL_KEYS, per_theme=True, size="A3")
    assert pages == len(PANEL_KEYS)
    texts = [flat(t) for t in page_texts(path)]
    assert len(texts) == len(PANEL_KEYS)
    for key, text in zip(PANEL_KEYS, texts):
        assert PANEL_TITLES[key] in text
        assert "Ongeveer 40 van de 60 huishoudens gesproken" in text      # the same header on every page
    assert_fonts_embedded(path)
    assert image_count(path) == [0] * len(PANEL_KEYS)


def test_logo_is_the_only_image(edge_content_fixture, tmp_path):
    from PIL import Image

    logo = tmp_path / "logo.png"
    Image.new("RGB", (120, 60), "#c03030").save(logo)
    path, _ = render(edge_content_fixture, tmp_path, panels=(KNOWING, COHESION), style=TentStyle(logo=logo))
    assert image_count(path) == [1]


def test_slides_are_16_by_9(demo_content, tmp_path):
    path, pages = render(demo_content, tmp_path, "slides.pdf", slides=True, panels=PANEL_KEYS)
    assert pages == 1 + len(PANEL_KEYS)
    assert_page_size_mm(path, 338.67, 190.5)
    assert_fonts_embedded(path)
    texts = [flat(t) for t in page_texts(path)]
    assert "Zo wonen we samen in Voorbeeldflat" in texts[0]
    assert flat(demo_content.headline) in texts[0]
    for key, text in zip(PANEL_KEYS, texts[1:]):
        assert demo_content.panel(key).title in text
    assert set(image_count(path)) == {0}


@pytest.mark.parametrize("slides", [False, True])
def test_every_panel_of_the_demo_round_shows_no_name_or_address(approved_demo, tmp_path, slides):
    """All panels, every consented story approved as typed: still no resident name or address."""
    content, names, addresses = approved_demo
    assert names and addresses and content.panel(QUOTES).quotes
    path, _pages = render(content, tmp_path, slides=slides, panels=PANEL_KEYS)
    text = flat(" ".join(page_texts(path)))
    assert content.panel(QUOTES).quotes[0] in text
    for secret in names | addresses:
        assert secret not in text, secret


def test_a_theme_alone_on_its_poster_gets_larger_type(demo_content, tmp_path):
    combined, _ = render(demo_content, tmp_path, "combined.pdf", size="A2")
    alone, pages = render(demo_content, tmp_path, "alone.pdf", size="A2", per_theme=True, panels=(TOPICS,))
    assert pages == 1

    def size_of(path, text):
        return max(run.size for run in page_runs(path)[0] if text in run.text)

    title = PANEL_TITLES[TOPICS]
    assert size_of(alone, title) >= 1.5 * size_of(combined, title)


def test_the_fit_report_says_when_type_had_to_shrink(demo_content):
    from flatapp.printing.poster import PosterFit

    roomy, crowded = PosterFit(), PosterFit()
    render_poster(demo_content, PosterOptions(), io.BytesIO(), roomy)
    render_poster(demo_content, PosterOptions(orientation="landscape", panels=PANEL_KEYS), io.BytesIO(), crowded)
    assert not roomy.smaller_than_planned
    assert crowded.smaller_than_planned and crowded.type_scale < roomy.type_scale
