"""One figure, one meaning: every response figure of the demo round, computed here straight from the
stored rows (plain SQL, not the analysis code), is the figure on the results tab, in its chart, in the
JSON export and on the poster."""

from __future__ import annotations

import json
import subprocess
import sys

from pypdf import PdfReader
from sqlalchemy import text

from flatapp.charts import figures
from flatapp.charts.figures import dutch_percent
from flatapp.disclosure.rules import round_to_five
from tests.gui.test_results_page import make_page

LATEST_OUTCOME = text("""
    SELECT h.id AS home_id,
           (SELECT o.disposition FROM door_attempt a JOIN outcome_code o ON o.id = a.outcome_code_id
             WHERE a.home_id = h.id AND a.round_id = :round ORDER BY a.at DESC, a.id DESC LIMIT 1) AS latest,
           EXISTS (SELECT 1 FROM interview i WHERE i.home_id = h.id AND i.round_id = :round
                   AND i.status = 'complete') AS complete
      FROM home h WHERE h.building_id = :building""")


def recount(session) -> dict:
    round_id, building_id = session.execute(text("SELECT id, building_id FROM round WHERE name = 'Najaar 2026'")).one()
    rows = session.execute(LATEST_OUTCOME, {"round": round_id, "building": building_id}).all()
    complete = sum(1 for r in rows if r.complete)
    not_eligible = sum(1 for r in rows if not r.complete and r.latest == "not_eligible")
    refusals = sum(1 for r in rows if not r.complete and r.latest == "refusal")
    spoken_at_door = session.scalar(text(
        "SELECT count(*) FROM door_attempt a JOIN outcome_code o ON o.id = a.outcome_code_id "
        "WHERE a.round_id = :round AND o.disposition = 'interview'"), {"round": round_id})
    forms_without_door = session.scalar(text(
        "SELECT count(*) FROM interview i WHERE i.round_id = :round AND i.status = 'complete' AND NOT EXISTS ("
        " SELECT 1 FROM door_attempt a JOIN outcome_code o ON o.id = a.outcome_code_id"
        " WHERE a.round_id = :round AND a.home_id = i.home_id AND o.disposition = 'interview')"), {"round": round_id})
    return {"round_id": round_id, "building_id": building_id, "homes": len(rows), "complete": complete,
            "eligible": len(rows) - not_eligible, "refusals": refusals, "spoken_at_door": spoken_at_door,
            "forms_without_door": forms_without_door}


def test_every_response_figure_of_the_demo_round_agrees(qtbot, demo_database, tmp_path):
    with demo_database.session() as session:
        truth = recount(session)
    complete, eligible, homes = truth["complete"], truth["eligible"], truth["homes"]
    rr1 = dutch_percent(complete / eligible)
    refusal = dutch_percent(truth["refusals"] / eligible)
    # Door outcomes and forms are one truth: every complete form has its 'gesproken' at the door
    # (a 'gesproken' whose form is not typed yet is the 'deels' beside the tile).
    assert truth["forms_without_door"] == 0 and truth["spoken_at_door"] >= complete

    # The results tab: tiles, the tables per entrance/floor/evening and the response chart.
    page = make_page(qtbot, demo_database, truth["building_id"])
    tiles = page.big_number_texts()
    assert any(t.startswith(f"{complete} van de {eligible} huishoudens gesproken") for t in tiles)
    assert f"{rr1} respons (RR1), van de {eligible} bewoonde woningen" in tiles
    assert f"{refusal} weigering, van de {eligible} bewoonde woningen" in tiles
    tables = page.group_table_texts()
    for name in ("entranceTable", "floorTable"):
        assert sum(int(row[2]) for row in tables[name]) == complete          # 'Gesprekken' column
        assert sum(int(row[1]) for row in tables[name]) == eligible          # 'Bewoond' column
    assert sum(int(row[2]) for row in tables["eveningTable"]) == truth["spoken_at_door"]   # aan de deur
    chart = figures.response_figure(page.results.response)
    bar_texts = [t.get_text() for t in chart.axes[0].texts]
    assert f"{complete} ({rr1})" in bar_texts                                # 'Gesproken' = the RR1 tile
    assert f"{truth['refusals']} ({refusal})" in bar_texts
    assert f"van de {eligible} bewoonde woningen" in chart._supxlabel.get_text().replace("\n", " ")

    # The JSON export (internal tier).
    db = str(demo_database.file)
    out = tmp_path / "uitkomsten.json"
    run = subprocess.run([sys.executable, "-m", "flatapp", "results", "--round", "Najaar 2026", "--format", "json",
                          "-o", str(out), "--db", db], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    exported = json.loads(out.read_text(encoding="utf-8"))["response"]
    assert (exported["homes"], exported["eligible"], exported["complete"]) == (homes, eligible, complete)
    assert round(exported["rr1"], 6) == round(complete / eligible, 6) or \
        round(exported["rr1"], 1) == round(100 * complete / eligible, 1)

    # The poster (public tier): the same interviews, rounded to 5, of the same households.
    poster = tmp_path / "poster.pdf"
    run = subprocess.run([sys.executable, "-m", "flatapp", "poster", "--round", "Najaar 2026", "--size", "A3",
                          "-o", str(poster), "--db", db], capture_output=True, text=True)
    assert run.returncode == 0, run.stderr
    printed = " ".join(" ".join(page.extract_text().split()) for page in PdfReader(poster).pages)
    assert f"Ongeveer {round_to_five(complete)} van de {eligible} huishoudens gesproken" in printed
    assert f"van de {eligible} huishoudens deed mee" in printed
    assert f"de bewoonde van {homes} woningen" in printed


def test_a_filtered_view_under_ten_interviews_says_so_beside_the_figure(qtbot, demo_database):
    with demo_database.session() as session:
        truth = recount(session)
    page = make_page(qtbot, demo_database, truth["building_id"])
    assert "minder dan 10" not in page.ui.messageLabel.text()            # the whole round: no warning
    combo = page.ui.floorCombo
    small = None
    for index in range(1, combo.count()):
        combo.setCurrentIndex(index)
        if 0 < page.results.response.complete < 10:
            small = page.results.response.complete
            break
    assert small is not None, "the demo block has a floor with fewer than 10 interviews"
    assert f"Let op: minder dan 10 gesprekken in deze selectie ({small})" in page.ui.messageLabel.text()
    assert page.ui.messageLabel.isVisible()
    assert any("minder dan 10: onzeker" in text for text in page.big_number_texts())
