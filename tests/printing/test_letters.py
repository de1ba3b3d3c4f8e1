"""Announcement letters read back from the PDF: one per home, address, evenings, text, logo, fonts."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date, time

import pytest
from pypdf import PdfReader

from flatapp.printing.layout import text_blocks
from flatapp.printing.letters import evening_phrase, render_letters
from flatapp.services.round_rows import EveningRow
from flatapp.services.rounds import DEFAULT_LETTER_TEXT
from tests.printing.conftest import THURSDAY, TUESDAY, make_homes
from tests.printing.pdfcheck import assert_a4, assert_fonts_embedded, flat, page_runs, page_texts

TEXT = "Beste bewoner,\n\nWij komen langs.\nDuurt tien minuten.\n\nMet vriendelijke groet,"


def _render(tmp_path, homes, text=TEXT, evenings=(THURSDAY, TUESDAY), **kwargs):
    path = tmp_path / "brieven.pdf"
    pages = render_letters(homes, path, kwargs.pop("organisation", "Welzijn Sneek"), list(evenings), text, **kwargs)
    return path, pages


def _logo(path, size=(600, 200)):
    from PIL import Image, ImageDraw

    image = Image.new("RGB", size, "white")
    ImageDraw.Draw(image).ellipse((10, 10, size[1] - 10, size[1] - 10), fill=(20, 90, 160))
    image.save(path)
    return path


def test_one_a4_letter_per_home_addressed_to_the_residents(tmp_path):
    homes = make_homes(6)
    path, pages = _render(tmp_path, homes)
    assert pages == len(homes)
    assert_a4(path)
    for home, text in zip(homes, page_texts(path)):
        assert f"Aan de bewoners van {home.address}, {home.postcode} {home.city}" in text
        assert "Welzijn Sneek" in text
        assert "pagina" not in text  # a one-page letter needs no page numbers


def test_evenings_written_out_in_date_order():
    assert evening_phrase(TUESDAY) == "dinsdag 24-11-2026 van 18:30 tot 20:30"
    assert evening_phrase(EveningRow(3, date(2026, 12, 5), time(10, 0), time(12, 0))) == \
        "zaterdag 05-12-2026 van 10:00 tot 12:00"


def test_evenings_on_the_letter(tmp_path):
    path, _ = _render(tmp_path, make_homes(1))
    text = page_texts(path)[0]
    first = text.index("dinsdag 24-11-2026 van 18:30 tot 20:30")
    second = text.index("donderdag 26-11-2026 van 19:00 tot 21:00")
    assert first < second
    evening_runs = [r for r in page_runs(path)[0] if r.text.startswith(("dinsdag", "donderdag"))]
    assert evening_runs and all(r.size >= 14 for r in evening_runs)


def test_text_escaped_and_paragraphs_kept(tmp_path):
    text = "Beste Piet <b>,\n\nWij komen <font size=40>langs</font> & bellen aan.\nTot dan!\n\n\n’t Kan — € é ë"
    path, _ = _render(tmp_path, make_homes(1), text=text)
    printed = page_texts(path)[0]
    lines = [line.strip() for line in printed.splitlines()]
    assert "Beste Piet <b>," in lines
    assert "Wij komen <font size=40>langs</font> & bellen aan." in lines
    assert "Tot dan!" in lines                     # a single newline stays a line break
    assert "’t Kan — € é ë" in lines
    assert all(run.size < 30 for run in page_runs(path)[0])
    assert text_blocks(text) == ["Beste Piet <b>,", "Wij komen <font size=40>langs</font> & bellen aan.\nTot dan!",
                                 "’t Kan — € é ë"]


def test_organisation_and_address_escaped(tmp_path):
    homes = [replace(make_homes(1)[0], street="Laan <b>van</b> Één")]
    path, _ = _render(tmp_path, homes, organisation="Welzijn & <font size=40>")
    text = page_texts(path)[0]
    assert "Welzijn & <font size=40>" in text
    assert "Aan de bewoners van Laan <b>van</b> Één 10-II, 8601 AB Sneek" in text
    assert_fonts_embedded(path)


def test_logo_scaled_and_embedded_once(tmp_path):
    logo = _logo(tmp_path / "logo.png", size=(1200, 400))
    homes = make_homes(3)
    path, _ = _render(tmp_path, homes, logo=logo)
    reader = PdfReader(path)
    for page in reader.pages:
        assert len(page.images) == 1
    # The image is stored once and shared by the letters.
    names = {page.images[0].indirect_reference.idnum for page in reader.pages
             if page.images[0].indirect_reference is not None}
    assert len(names) <= 1
    assert_fonts_embedded(path)


def test_unreadable_logo_is_a_dutch_error(tmp_path):
    bad = tmp_path / "logo.png"
    bad.write_bytes(b"geen plaatje")
    with pytest.raises(ValueError, match="logo"):
        _render(tmp_path, make_homes(1), logo=bad)


def test_long_text_flows_on_with_page_numbers(tmp_path):
    text = "\n\n".join(f"Alinea {n}: " + "wij vertellen hier meer over de ronde. " * 8 for n in range(20))
    homes = make_homes(2)
    path, pages = _render(tmp_path, homes, text=text)
    assert pages % 2 == 0 and pages >= 4
    texts = page_texts(path)
    per_letter = pages // 2
    for index, home in enumerate(homes):
        own = texts[index * per_letter:(index + 1) * per_letter]
        assert home.address in own[0]
        assert all(f"pagina {n} van {per_letter}" in t for n, t in enumerate(own, start=1))
        assert "Alinea 19:" in "\n".join(own)
        letter = "\n".join(own)
        # Before the closing paragraph, so it is read before the signature.
        assert letter.index("dinsdag 24-11-2026 van 18:30 tot 20:30") < letter.index("Alinea 19:")


def test_evenings_box_before_the_closing_or_where_the_text_says(tmp_path):
    from flatapp.services.rounds import DEFAULT_LETTER_TEXT

    path, _pages = _render(tmp_path, make_homes(1), text=DEFAULT_LETTER_TEXT)
    text = page_texts(path)[0]
    assert text.index("Wij bellen bij u aan op") < text.index("Met vriendelijke groet")
    assert text.index("uitkomsten laten wij later") < text.index("Wij bellen bij u aan op")

    path, _pages = _render(tmp_path, make_homes(1), text="Eerst dit.\n\n{avonden}\n\nDan dit.\n\nGroet,")
    text = page_texts(path)[0]
    assert text.index("Eerst dit.") < text.index("Wij bellen bij u aan op") < text.index("Dan dit.")
    assert "{avonden}" not in text


def test_missing_input_is_a_dutch_error(tmp_path):
    with pytest.raises(ValueError, match="geen woningen"):
        _render(tmp_path, [])
    with pytest.raises(ValueError, match="avonden"):
        _render(tmp_path, make_homes(1), evenings=())
    with pytest.raises(ValueError, match="tekst"):
        _render(tmp_path, make_homes(1), text=" \n ")


def test_default_text_and_binary_stream():
    stream = io.BytesIO()
    pages = render_letters(make_homes(2), stream, "Welzijn", [TUESDAY], DEFAULT_LETTER_TEXT)
    texts = page_texts(stream.getvalue())
    assert pages == len(texts) == 2
    assert "Met vriendelijke groet," in flat(texts[0])


def test_fonts_embedded(tmp_path):
    path, _ = _render(tmp_path, make_homes(4))
    assert_fonts_embedded(path)
