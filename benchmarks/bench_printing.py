"""Printing speed: door lists and paper questionnaires for a block of 198 homes.

Run: ``.venv/bin/python benchmarks/bench_printing.py [--homes N] [--repeat R]``.

Rows are built by hand, as the services hand them over: 198 homes (3 entrances × 11 floors × 6),
one evening split over 5 teams, a quarter of the doors with two earlier visits, the round's 9
outcome codes, and the shipped "Kennen en helpen" questionnaire (with the CBS block).

Baseline, measured in the same run: a plain reportlab canvas writing one page per home with one
line of text in the same embedded font. Prints the best of R runs of each (after one untimed run
that registers the fonts), the seconds and the ratio to the baseline.
Goal: each PDF under 1 s for 198 homes (exits 1 when missed).
"""

from __future__ import annotations

import argparse
import io
import sys
import time
from datetime import date, datetime
from datetime import time as clock

GOAL_SECONDS = 1.0


def build_rows(count: int):
    from flatapp.services.homes import HomeRow
    from flatapp.services.round_rows import AttemptRow, DoorRow, EveningRow, OutcomeRow, TeamDoorList

    homes = []
    for index in range(count):
        entrance, rest = divmod(index, 66)
        floor = rest // 6
        homes.append(HomeRow(
            id=index + 1, code=f"VBF-{index + 1:03d}", street="Burgemeester Dóumastraat",
            house_number=index + 1, house_letter="", addition="", postcode="8601 AB", city="Sneek",
            entrance="ABC"[entrance % 3], entrance_position=entrance, floor=floor, vhe_code=f"V{index}",
            unit_type="woning",
        ))
    labels = ["gesproken", "deels gesproken", "niet thuis", "weigering", "later terugkomen",
              "geen woning / leegstand", "taalbarrière", "niet bereikbaar (geen toegang)", "niet meer aanbellen"]
    outcomes = tuple(OutcomeRow(code, code, label, "other", code in (1, 2, 4, 6, 9), code == 5)
                     for code, label in enumerate(labels, start=1))
    evening = EveningRow(2, date(2026, 11, 26), clock(18, 30), clock(20, 30))
    earlier = (AttemptRow(datetime(2026, 11, 24, 19, 5), 3, "niet thuis"),
               AttemptRow(datetime(2026, 11, 24, 20, 10), 5, "later terugkomen", "do 19:00"))
    teams, size = 5, -(-count // 5)
    lists = []
    for team in range(teams):
        chunk = homes[team * size:(team + 1) * size]
        doors = tuple(DoorRow(h.id, h.code, h.address, h.postcode, h.entrance, h.floor, h.floor_label,
                              earlier if h.id % 4 == 0 else ()) for h in chunk)
        lists.append(TeamDoorList("Najaarsronde 2026", "Voorbeeldflat", f"Team {team + 1}",
                                  (f"Vrijwilliger {2 * team + 1}", f"Vrijwilliger {2 * team + 2}"),
                                  evening, doors, outcomes))
    return homes, lists


def baseline(count: int) -> int:
    """A plain reportlab canvas: one page per home with one line of text."""
    from reportlab.lib.pagesizes import A4
    from reportlab.pdfgen.canvas import Canvas

    from flatapp.printing.fonts import register_fonts

    regular, _ = register_fonts()
    canvas = Canvas(io.BytesIO(), pagesize=A4, initialFontName=regular)
    for number in range(count):
        canvas.setFont(regular, 12)
        canvas.drawString(72, 770, f"Woning VBF-{number + 1:03d}")
        canvas.showPage()
    canvas.save()
    return count


def best(function, repeat: int) -> tuple[float, int]:
    times, pages = [], 0
    for _ in range(repeat):
        start = time.perf_counter()
        pages = function()
        times.append(time.perf_counter() - start)
    return min(times), pages


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--homes", type=int, default=198)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()

    from flatapp.printing.door_lists import render_door_lists
    from flatapp.printing.questionnaire_form import render_questionnaires
    from flatapp.services.questionnaires import load_template

    homes, lists = build_rows(args.homes)
    questionnaire = load_template()
    cases = {
        "baseline (1 regel per pagina)": lambda: baseline(len(homes)),
        "deurlijsten": lambda: render_door_lists(lists, io.BytesIO()),
        "vragenlijsten": lambda: render_questionnaires(questionnaire, homes, io.BytesIO(),
                                                       organisation="Welzijn Sneek", round_name="Najaar 2026"),
    }
    first = time.perf_counter()
    for case in cases.values():  # untimed: registers the fonts, warms the caches
        case()
    cold = time.perf_counter() - first

    results = {name: best(case, args.repeat) for name, case in cases.items()}
    base = results["baseline (1 regel per pagina)"][0]
    print(f"{len(homes)} woningen, {len(lists)} teams, best of {args.repeat} (eerste, koude ronde samen: {cold:.2f} s)")
    failed = False
    for name, (seconds, pages) in results.items():
        goal = "" if name.startswith("baseline") else ("  ok" if seconds < GOAL_SECONDS else "  TE TRAAG")
        failed |= bool(goal.strip() == "TE TRAAG")
        print(f"  {name:32s} {seconds:6.3f} s  {pages:5d} pagina's  {seconds / base:6.1f}× baseline{goal}")
    print(f"Doel: elk onder {GOAL_SECONDS:.0f} s voor {len(homes)} woningen.")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
