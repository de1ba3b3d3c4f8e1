"""Door lists read back from the PDF: pages, doors, codes, headers, escaping, fonts, privacy, and the
scan layout (page id, boxes where the layout says)."""

from __future__ import annotations

import io
import re
from collections import Counter
from dataclasses import replace

import pytest

from flatapp.printing.door_lists import render_door_lists
from flatapp.scanning.page_layout import PageLayout, layout_check
from flatapp.scanning.readings import PageKind, door_list_subject
from flatapp.services.round_rows import DoorRow, TeamDoorList
from tests.printing.conftest import OUTCOMES, THURSDAY, TUESDAY, attempt, make_homes, team_lists
from tests.printing.layoutcheck import assert_boxes_drawn, assert_layout_sane, read_page_ids, render_page
from tests.printing.pdfcheck import (
    assert_a4,
    assert_fonts_embedded,
    count,
    flat,
    page_runs,
    page_texts,
)

DOOR_CODE = r"TST-\d{3}"


def _render(tmp_path, lists, name="deurlijsten.pdf"):
    path = tmp_path / name
    pages = render_door_lists(lists, path)
    return path, pages


def _pages_per_team(texts: list[str]) -> list[str]:
    teams = []
    for text in texts:
        found = re.findall(r"Deurlijst (Team \d+)", text)
        assert len(found) == 1, text[:200]
        teams.append(found[0])
    return teams


def test_a4_every_door_once_per_evening_in_walking_order(tmp_path):
    homes = make_homes(60)
    lists = team_lists(homes, TUESDAY, teams=4)
    path, pages = _render(tmp_path, lists)
    assert_a4(path)
    texts = page_texts(path)
    assert len(texts) == pages
    codes = re.findall(DOOR_CODE, "\n".join(texts))
    assert Counter(codes) == Counter(h.code for h in homes)   # each door exactly once
    assert codes == [h.code for h in homes]                     # in the given (walking) order


def test_two_evenings_in_one_pdf_each_door_once_per_evening(tmp_path):
    homes = make_homes(30)
    tuesday = team_lists(homes, TUESDAY, teams=3)
    # The second evening only has the doors still open: every other door.
    thursday = team_lists(homes[::2], THURSDAY, teams=2)
    path, _ = _render(tmp_path, tuesday + thursday)
    texts = page_texts(path)
    per_evening: dict[str, Counter] = {"24-11-2026": Counter(), "26-11-2026": Counter()}
    for text in texts:
        evening = "24-11-2026" if "dinsdag 24-11-2026" in text else "26-11-2026"
        assert ("donderdag 26-11-2026" in text) == (evening == "26-11-2026")
        per_evening[evening].update(re.findall(DOOR_CODE, text))
    assert per_evening["24-11-2026"] == Counter(h.code for h in homes)
    assert per_evening["26-11-2026"] == Counter(h.code for h in homes[::2])


def test_header_on_every_page_and_page_numbers_per_team(tmp_path):
    lists = team_lists(make_homes(48), TUESDAY, teams=2, members=("Anna de Vries", "Joost Dijkstra"))
    path, _ = _render(tmp_path, lists)
    texts = page_texts(path)
    teams = _pages_per_team(texts)
    # A clean page break per team: each team's pages are one run, never mixed.
    runs = [team for index, team in enumerate(teams) if index == 0 or teams[index - 1] != team]
    assert runs == ["Team 1", "Team 2"]
    for team in ("Team 1", "Team 2"):
        own = [text for text, name in zip(texts, teams) if name == team]
        assert len(own) >= 2, "test needs a team list of several pages"
        for number, text in enumerate(own, start=1):
            assert f"pagina {number} van {len(own)}" in text
            assert "dinsdag 24-11-2026, 18:30–20:30" in text
            assert "Vrijwilligers: Anna de Vries, Joost Dijkstra" in flat(text)
            # The legend of outcome codes, number and short label, on every page.
            for outcome in OUTCOMES:
                assert f"{outcome.code} {outcome.label}" in flat(text)


def test_each_door_has_a_labelled_box_per_outcome_and_the_later_and_notes_areas(tmp_path):
    lists = team_lists(make_homes(6), TUESDAY, teams=1)
    layouts: list[PageLayout] = []
    path = tmp_path / "deurlijsten.pdf"
    render_door_lists(lists, path, layouts=layouts)
    text = flat(page_texts(path)[0])
    assert count(r"later terug \(tijd\)", text) == 6
    assert count(r"notities", text) == 6
    # Every short meaning printed above its box, once per door (a label never broken inside a word).
    for label in ("gesproken", "niet thuis", "weigering", "taalbarrière", "bereikbaar", "aanbellen"):
        assert count(label, text) >= 6, label
    assert "gesproke n" not in text
    (layout,) = layouts
    for door in lists[0].doors:
        values = [box.value for box in layout.boxes if box.target == door.code]
        assert values == [str(o.code) for o in OUTCOMES]
        assert {f.target for f in layout.fields if f.target.startswith(door.code + ":")} == {
            f"{door.code}:later", f"{door.code}:notities"}
    assert_layout_sane(layout)


def test_twelve_doors_per_page_with_earlier_visits(tmp_path):
    homes = make_homes(60)
    # Every third door was visited before, every fifth twice (one with a come-back time).
    earlier = {h.id: (attempt(17, 19, 3, "niet thuis"),) + (
        (attempt(19, 20, 5, "later terugkomen", come_back="do 19:00"),) if h.id % 5 == 0 else ())
        for h in homes if h.id % 3 == 0}
    lists = team_lists(homes, TUESDAY, teams=1, earlier=earlier)
    layouts: list[PageLayout] = []
    path = tmp_path / "deurlijsten.pdf"
    pages = render_door_lists(lists, path, layouts=layouts)
    texts = page_texts(path)
    per_page = [len(set(re.findall(DOOR_CODE, text))) for text in texts]
    assert sum(per_page) == 60
    assert all(doors >= 12 for doors in per_page[:-1]), per_page
    assert len(layouts) == pages == len(texts)
    for text, layout in zip(texts, layouts):
        assert {b.target for b in layout.boxes} == set(re.findall(DOOR_CODE, text))
        assert_layout_sane(layout)


def test_type_sizes_for_a_dim_stairwell(tmp_path):
    homes = make_homes(14)
    earlier = {homes[1].id: (attempt(17, 19, 3, "niet thuis"),)}
    path, _ = _render(tmp_path, team_lists(homes, TUESDAY, teams=1, earlier=earlier))
    runs = page_runs(path)[0]
    addresses = [r for r in runs if r.text in {h.address for h in homes}]
    assert len(addresses) >= 12
    assert all(r.size >= 12 - 0.01 and "Bold" in r.font for r in addresses)
    earlier_runs = [r for r in runs if "17-11 19:15" in r.text]
    assert earlier_runs and all(r.size >= 10 - 0.01 for r in earlier_runs)
    labels = [r for r in runs if r.text in {"gesproken", "niet thuis", "weigering", "taalbarrière"}]
    assert labels and all(r.size >= 6 - 0.01 for r in labels)
    numbers = [r for r in runs if r.text in {str(o.code) for o in OUTCOMES} and "Bold" in r.font]
    assert numbers and all(r.size >= 9 - 0.01 for r in numbers)


def test_marks_and_page_id_on_every_page_and_boxes_where_the_layout_says(tmp_path):
    homes = make_homes(40)
    lists = [replace(door_list, round_id=7, team_id=30 + number)
             for number, door_list in enumerate(team_lists(homes, TUESDAY, teams=2))]
    layouts: list[PageLayout] = []
    path = tmp_path / "deurlijsten.pdf"
    pages = render_door_lists(lists, path, layouts=layouts)
    assert pages == len(layouts) >= 3
    expected = []
    for door_list in lists:
        own = [layout for layout in layouts if layout.page_id.subject == door_list_subject(TUESDAY.id, door_list.team_id)]
        assert [layout.page_id.page for layout in own] == list(range(1, len(own) + 1))
        expected += own
    assert expected == layouts                      # each team's pages in order, nothing else
    for number, layout in enumerate(layouts, start=1):
        page_id = layout.page_id
        assert (page_id.kind, page_id.round_id) == (PageKind.DOORS, 7)
        assert page_id.layout == layout_check(layout)   # the check of the page's own boxes
        image = render_page(path, number, dpi=150)
        assert read_page_ids(image) == [page_id]
        assert_boxes_drawn(image, layout, dpi=150)
        # The corner marks: solid black squares at the recorded centres.
        for x, y in layout.marks:
            assert image.getpixel((round(x * 150 / 72), round((layout.height - y) * 150 / 72))) < 60
    # Different doors, different pages: a different check.
    assert len({layout.page_id.layout for layout in layouts}) == len(layouts)


def test_entrance_and_floor_headings(tmp_path):
    path, _ = _render(tmp_path, team_lists(make_homes(24), TUESDAY, teams=1))
    text = flat("\n".join(page_texts(path)))
    for heading in ("Ingang A · begane grond", "Ingang A · 1e verdieping", "Ingang A · 2e verdieping",
                    "Ingang B · begane grond"):
        assert heading in text
    assert text.index("Ingang A · begane grond") < text.index("Ingang B · begane grond")


def test_address_large_and_bold_and_earlier_attempts_smaller(tmp_path):
    homes = make_homes(4)
    earlier = {homes[1].id: (attempt(17, 19, 3, "niet thuis"),
                             attempt(19, 20, 5, "later terugkomen", come_back="do 19:00"))}
    path, _ = _render(tmp_path, team_lists(homes, TUESDAY, teams=1, earlier=earlier))
    runs = page_runs(path)[0]
    address = [r for r in runs if r.text == homes[0].address]
    assert address and all(r.size >= 12 and "Bold" in r.font for r in address)
    text = flat(page_texts(path)[0])
    assert "Eerder: 17-11 19:15 niet thuis; 19-11 20:15 later terugkomen (later: do 19:00)" in text
    small = [r for r in runs if "17-11 19:15" in r.text]
    assert small and all(10 <= r.size < 11 for r in small)


def test_no_names_or_notes_of_residents(tmp_path):
    homes = make_homes(3)
    earlier = {homes[0].id: (attempt(17, 19, 5, "later terugkomen", come_back="20:00",
                                     note="mevrouw Jansen vraagt om later"),)}
    path, _ = _render(tmp_path, team_lists(homes, TUESDAY, teams=1, earlier=earlier))
    text = "\n".join(page_texts(path))
    assert "Jansen" not in text
    assert "later terugkomen (later: 20:00)" in flat(text)


def test_user_text_prints_as_typed(tmp_path):
    homes = make_homes(2, street="Café ‘De Ëik’ — €straat <b>")
    base = team_lists(homes, TUESDAY, teams=1)[0]
    door_list = TeamDoorList(
        "Ronde <i>1</i>", "Flat & Co", "Piet <b>", ("<font size=40>", "Zoë ’t Hart"),
        TUESDAY, base.doors, OUTCOMES,
    )
    path, _ = _render(tmp_path, [door_list])
    text = flat(page_texts(path)[0])
    for literal in ("Piet <b>", "<font size=40>", "Zoë ’t Hart", "Café ‘De Ëik’ — €straat <b> 10-II",
                    "Flat & Co", "Ronde <i>1</i>"):
        assert literal in text
    assert all(run.size < 30 for run in page_runs(path)[0])  # no markup took effect
    assert_fonts_embedded(path)


def test_fonts_embedded(tmp_path):
    path, _ = _render(tmp_path, team_lists(make_homes(30), TUESDAY, teams=2))
    assert_fonts_embedded(path)


def test_writes_to_a_binary_stream(tmp_path):
    stream = io.BytesIO()
    pages = render_door_lists(team_lists(make_homes(5), TUESDAY, teams=1), stream)
    assert stream.getvalue().startswith(b"%PDF")
    assert len(page_texts(stream.getvalue())) == pages


def test_team_without_doors_gets_a_page_that_says_so(tmp_path):
    empty = TeamDoorList("Ronde", "Flat", "Team 9", ("Anna",), TUESDAY, (), OUTCOMES)
    path, pages = _render(tmp_path, [empty])
    assert pages == 1
    assert "Geen deuren voor dit team op deze avond." in page_texts(path)[0]


def test_nothing_to_print_is_a_dutch_error(tmp_path):
    with pytest.raises(ValueError, match="geen deurlijsten"):
        render_door_lists([], tmp_path / "x.pdf")


def test_many_outcome_codes_wrap_into_two_rows_of_boxes(tmp_path):
    outcomes = tuple(o.__class__(o.id + 10 * k, o.code + 10 * k, o.label, o.disposition, o.final, o.asks_time)
                     for k in range(2) for o in OUTCOMES)
    base = team_lists(make_homes(3), TUESDAY, teams=1)[0]
    door_list = TeamDoorList(base.round_name, base.building_name, base.team_name, base.members,
                             TUESDAY, base.doors, outcomes)
    path, _ = _render(tmp_path, [door_list])
    text = flat(page_texts(path)[0])
    for outcome in outcomes:
        assert f"{outcome.code} {outcome.label}" in text


def test_a_door_is_never_split_across_pages(tmp_path):
    homes = make_homes(40)
    many = tuple(attempt(day, 19, 3, "niet thuis") for day in range(1, 8))
    path, _ = _render(tmp_path, team_lists(homes, TUESDAY, teams=1, earlier={h.id: many for h in homes}))
    for text in page_texts(path):
        # Every door code on a page comes with its own address on that page.
        for code in re.findall(DOOR_CODE, text):
            home = homes[int(code[-3:]) - 1]
            assert home.address in text


def test_door_rows_are_plain_rows():
    # The renderer needs nothing but the plain rows (no session, no ORM objects).
    assert {f for f in DoorRow.__dataclass_fields__} >= {"code", "address", "entrance", "floor", "earlier"}
