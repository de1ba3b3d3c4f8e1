"""Each chart builds from hand-made data, shows its texts, refuses empty data, and saves as SVG text."""

from __future__ import annotations

import sys

import pytest
from matplotlib.figure import Figure

from flatapp.analysis.model import QuestionResult
from flatapp.charts.figures import (
    bar_counts_figure,
    cohesion_figure,
    dutch_number,
    dutch_percent,
    figure_svg,
    known_neighbours_figure,
    response_figure,
    topics_figure,
)
from tests.charts import sample_results as sample


def texts(fig: Figure) -> str:
    fig.canvas.draw() if hasattr(fig.canvas, "draw") else None
    return "\n".join(t.get_text() for t in fig.findobj(lambda a: hasattr(a, "get_text")))


def test_dutch_numbers():
    assert dutch_percent(96 / 198) == "48,5%"
    assert dutch_percent(None) == "–"
    assert dutch_number(6.25, 1) in ("6,2", "6,3")
    assert dutch_number(1234.5, 1) == "1.234,5"
    assert dutch_percent(0.5, 0) == "50%"


def test_response_figure():
    fig = response_figure(sample.response())
    all_text = texts(fig)
    assert "Gesproken" in all_text and "96 (48,5%)" in all_text
    assert "Geweigerd" in all_text and "30 (15,2%)" in all_text
    assert "Deels gesproken" not in all_text  # a category without homes is left out
    assert "198 woningen" in all_text


def test_response_figure_without_homes_refuses():
    with pytest.raises(ValueError, match="geen woningen"):
        response_figure(sample.response(homes=0, complete=0, refusals=0, non_contacts=0, other=0))


def test_known_neighbours_figure():
    fig = known_neighbours_figure(sample.known_question())
    all_text = texts(fig)
    assert "Hoeveel buren kent men bij naam?" in all_text
    assert "Geen (0 buren): 10" in all_text
    assert "38%" in all_text          # 36 of 96
    assert "90% kent minstens één buur" in all_text


def test_known_neighbours_empty_refuses():
    with pytest.raises(ValueError, match="Nog niemand"):
        known_neighbours_figure(sample.known_question(counts=(0, 0, 0, 0)))


def test_bar_counts_figure():
    fig = bar_counts_figure(sample.help_question(), "Zou men een buur helpen?")
    all_text = texts(fig)
    assert "Zou men een buur helpen?" in all_text
    assert "63% (60)" in all_text     # 60 of 96
    assert "Dat doe ik al" in all_text
    assert "96 bewoners" in all_text


def test_bar_counts_empty_refuses():
    empty = QuestionResult("HP1", "Zou u helpen?", (), 0)
    with pytest.raises(ValueError, match="Zou u helpen"):
        bar_counts_figure(empty, "Helpen")


def test_topics_figure():
    fig = topics_figure(sample.topics())
    all_text = texts(fig)
    assert "Afval van balkons" in all_text and "31" in all_text
    assert "wil meedoen" in all_text and "wil mee organiseren" in all_text


def test_topics_empty_refuses():
    with pytest.raises(ValueError, match="onderwerp"):
        topics_figure([])
    from flatapp.analysis.model import TopicResult
    with pytest.raises(ValueError):
        topics_figure([TopicResult(1, "Koffie", 0, 0)])


def test_cohesion_figure():
    fig = cohesion_figure(sample.cohesion(6.1))
    all_text = texts(fig)
    assert "Deze flat 6,1" in all_text
    assert "Nederland 6,4 (2023)" in all_text
    assert "5,8" in all_text and "7,1" in all_text
    assert "benadering van de CBS-methode" in all_text


def test_cohesion_without_score_refuses():
    from dataclasses import replace
    with pytest.raises(ValueError, match="samenhangscore"):
        cohesion_figure(replace(sample.cohesion(), score=None, respondents=0))


@pytest.mark.parametrize("make", [
    lambda: response_figure(sample.response()),
    lambda: known_neighbours_figure(sample.known_question()),
    lambda: bar_counts_figure(sample.help_question(), "Helpen"),
    lambda: topics_figure(sample.topics()),
    lambda: cohesion_figure(sample.cohesion()),
])
def test_svg_keeps_text_in_dejavu(make):
    svg = figure_svg(make()).decode("utf-8")
    assert "<svg" in svg
    assert "DejaVu Sans" in svg
    assert "<text" in svg          # text stays text (no glyph paths), so the PDF embeds the font


def test_charts_are_qt_free_and_pyplot_free():
    import subprocess
    code = ("import sys, flatapp.charts.figures as f; f.response_figure(__import__('tests.charts.sample_results',"
            " fromlist=['x']).response());"
            "print(any(m.startswith('PySide6') for m in sys.modules), 'matplotlib.pyplot' in sys.modules)")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120,
                         cwd=__import__("pathlib").Path(__file__).resolve().parents[2])
    assert out.returncode == 0, out.stderr
    assert out.stdout.split() == ["False", "False"]
