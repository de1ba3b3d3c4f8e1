"""Public panel charts: physical size, type in points, only the panel's figures, no chart for text panels."""

from __future__ import annotations

import pytest

from flatapp.charts.figures import figure_svg
from flatapp.charts.public_figures import chart_height_in, panel_figure, split_groups
from flatapp.disclosure.rules import HIDDEN_TEXT, PublicCohesion, PublicFigure, PublicGroup, PublicTopic
from flatapp.tent.content import COHESION, FLOORS, HEADLINE, KNOWING, QUOTES, TOPICS, Bar, BigNumber, Panel

HIDDEN = PublicFigure(False, HIDDEN_TEXT, None, None)


def texts(fig) -> list[str]:
    return [t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text")) if t.get_text()]


def sizes(fig) -> list[float]:
    return [t.get_fontsize() for t in fig.findobj(lambda a: hasattr(a, "get_fontsize")) if t.get_text()]


KNOW = Panel(KNOWING, "Buren kennen", bars=(Bar("Geen", PublicFigure(True, "12%", 12, 5)),
                                             Bar("Een paar", HIDDEN),
                                             Bar("Veel", PublicFigure(True, "71%", 71, 30))),
             extra_title="Contact", extra_bars=(Bar("groet buren", PublicFigure(True, "90%", 90, 40)),))


def test_percentage_bars_at_physical_size():
    fig = panel_figure(KNOW, 8, 5, 30, "#2f6f9f")
    assert tuple(fig.get_size_inches()) == (8, 5)
    words = texts(fig)
    assert {"12%", "71%", "90%", "Contact"} <= set(words)
    assert HIDDEN_TEXT in " ".join(words)
    assert not any(w.endswith("%") and w not in ("12%", "71%", "90%") for w in words)
    assert min(sizes(fig)) >= 30 * 0.99      # enough room: every label at the planned size
    svg = figure_svg(fig).decode()
    assert "<text" in svg and "DejaVu Sans" in svg


def test_too_little_room_shrinks_the_type_not_the_content():
    tall = chart_height_in(KNOW, 8, 30)
    fig = panel_figure(KNOW, 8, tall / 2, 30, "#2f6f9f")
    assert max(sizes(fig)) < 30
    assert "71%" in texts(fig)


def test_topics_show_rounded_counts():
    panel = Panel(TOPICS, "Samen", topics=(PublicTopic("Koffie", PublicFigure(True, "ongeveer 35", 40, 35),
                                                       HIDDEN),))
    words = texts(panel_figure(panel, 9, 4, 28, "#2f6f9f"))
    assert any(w in ("ongeveer 35", "±35") for w in words)
    assert "wil meedoen" in words and "wil mee organiseren" in words
    assert HIDDEN_TEXT in " ".join(words)


def test_floors_bottom_to_top_and_entrances_apart():
    groups = (PublicGroup("Portiek A", PublicFigure(True, "60%", 60, 20)), PublicGroup("BG", HIDDEN),
              PublicGroup("2e", PublicFigure(True, "47%", 47, 10)), PublicGroup("1e", PublicFigure(True, "67%", 67, 10)))
    entrances, floors = split_groups(groups)
    assert [g.label for g in entrances] == ["Portiek A"]
    assert [g.label for g in floors] == ["BG", "1e", "2e"]
    words = texts(panel_figure(Panel(FLOORS, "Verdiepingen", groups=groups), 8, 8, 28, "#2f6f9f"))
    assert {"60%", "47%", "67%", "BG", "Portiek A"} <= set(words)
    assert HIDDEN_TEXT in " ".join(words)
    assert words.index("2e") < words.index("1e") < words.index("BG")     # drawn from the top floor down


def test_cohesion_line():
    panel = Panel(COHESION, "Samenhang", cohesion=PublicCohesion(6.3, "ongeveer 90 bewoners", 6.4, 2023, "CBS",
                                                                5.8, 7.1, "benadering"))
    words = " ".join(texts(panel_figure(panel, 8, 3, 28, "#2f6f9f")))
    assert "Deze flat 6,3" in words and "Nederland 6,4 (2023)" in words and "5,8" in words


@pytest.mark.parametrize("panel", [
    Panel(HEADLINE, "Cijfers", big_numbers=(BigNumber("95", "gesprekken"),)),
    Panel(QUOTES, "Citaten", quotes=("Mooi",)),
    Panel(KNOWING, "Leeg", empty="Nog niet te tonen."),
])
def test_text_panels_have_no_chart(panel):
    assert panel_figure(panel, 8, 4, 28, "#2f6f9f") is None
    assert chart_height_in(panel, 8, 28) is None
