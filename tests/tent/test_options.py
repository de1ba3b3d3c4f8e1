"""The coordinator's choices are checked once, with Dutch messages, for the window and the command line."""

from __future__ import annotations

import pytest

from flatapp.tent.options import DEFAULT_NEXT_STEPS, HandoutOptions, PosterOptions, SignUpOptions, TentStyle


def test_poster_defaults_and_page_sizes():
    options = PosterOptions()
    assert (options.size, options.orientation, options.page_size_mm) == ("A1", "portrait", (594, 841))
    assert PosterOptions(size="a0", orientation="liggend").page_size_mm == (1189, 841)
    assert PosterOptions(size="A3", orientation="staand").page_size_mm == (297, 420)
    assert options.title_for("Voorbeeldflat") == "Zo wonen we samen in Voorbeeldflat"
    assert PosterOptions(title="  Onze   flat ").title_for("X") == "Onze flat"


@pytest.mark.parametrize("kwargs, message", [
    ({"size": "A4"}, "Onbekend posterformaat 'A4'"),
    ({"orientation": "schuin"}, "Onbekende richting"),
    ({"panels": ("kennen", "grafiek")}, "Onbekend paneel: grafiek"),
    ({"panels": ()}, "minstens één paneel"),
    ({"title": "x" * 81}, "korter dan 80"),
])
def test_bad_poster_options_are_refused_in_dutch(kwargs, message):
    with pytest.raises(ValueError, match=message):
        PosterOptions(**kwargs)


def test_panels_are_cleaned_and_deduplicated():
    assert PosterOptions(panels=(" Kennen", "helpen", "kennen")).panels == ("kennen", "helpen")


def test_style_checks_colour_and_logo(tmp_path):
    assert TentStyle(colour="#2F6F9F").colour == "#2f6f9f"
    with pytest.raises(ValueError, match="geen geldige kleur"):
        TentStyle(colour="blauw")
    with pytest.raises(ValueError, match="PNG- of JPG"):
        TentStyle(logo=tmp_path / "logo.gif")
    with pytest.raises(ValueError, match="bestaat niet"):
        TentStyle(logo=tmp_path / "logo.png")
    logo = tmp_path / "logo.png"
    logo.write_bytes(b"\x89PNG")
    assert TentStyle(logo=str(logo)).logo == logo


def test_handout_and_sign_up_options():
    assert HandoutOptions(size="a4", next_steps="  ").next_steps == DEFAULT_NEXT_STEPS
    with pytest.raises(ValueError, match="kies A4 of A5"):
        HandoutOptions(size="A3")
    with pytest.raises(ValueError, match="tussen 5 en 30"):
        SignUpOptions(rows=40)
    assert SignUpOptions(rows=5).rows == 5
