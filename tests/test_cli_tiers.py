"""Every export and print of the command line names its tier, on the demo database: the first line of a
CSV or of the screen, the first key of a JSON file, cell A1 of every sheet, a line on every PDF page
(pdftotext per page). The internal results export closes the three holes of the issue (stories,
small counts, one respondent's answers by filtering), a confidential export is logged, and the CSV
files FlatApp reads back still import with their tier line."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from flatapp.cli import main
from flatapp.domain.tiers import Tier
from flatapp.storage.database import open_database
from flatapp.storage.models import ActivityLog

ROUND = "Najaar 2026"
OPENBAAR, INTERN, VERTROUWELIJK = Tier.PUBLIC.label, Tier.INTERNAL.label, Tier.CONFIDENTIAL.label

pytestmark = pytest.mark.skipif(shutil.which("pdftotext") is None, reason="needs poppler-utils (pdftotext)")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    path = tmp_path_factory.mktemp("demo") / "demo.sqlite"
    assert main(["demo", str(path)]) == 0
    return path


@pytest.fixture
def demo(demo_file, tmp_path) -> str:
    """A copy per test: the exports write to the activity log."""
    copy = tmp_path / "demo.sqlite"
    shutil.copy(demo_file, copy)
    return str(copy)


def pages_of(path: Path) -> list[str]:
    text = subprocess.run(["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True,
                          check=True).stdout
    return [page for page in text.split("\f") if page.strip()]


def log_rows(db: str) -> list[ActivityLog]:
    database = open_database(db)
    try:
        with database.session() as session:
            rows = list(session.scalars(select(ActivityLog).order_by(ActivityLog.id)))
            session.expunge_all()
            return rows
    finally:
        database.dispose()


# --- every PDF: the tier on every page --------------------------------------------------------------

PDFS = [
    (["doorlists", "--evening", "10-11-2026"], VERTROUWELIJK, "print.doorlists"),
    (["forms", "--duplex"], "Vertrouwelijk na invullen", "print.forms"),
    (["letters"], OPENBAAR, "print.letters"),
    (["poster"], OPENBAAR, None),
    (["slides"], OPENBAAR, None),
    (["handout"], OPENBAAR, None),
    (["signup-sheets"], OPENBAAR, None),
]


@pytest.mark.parametrize(("command", "tier", "action"), PDFS, ids=[c[0][0] for c in PDFS])
def test_every_page_of_every_pdf_names_its_tier(demo, tmp_path, command, tier, action):
    target = tmp_path / f"{command[0]}.pdf"
    assert main([*command, "--round", ROUND, "-o", str(target), "--db", demo]) == 0
    pages = pages_of(target)
    assert pages
    missing = [number for number, page in enumerate(pages, start=1) if tier not in page]
    assert not missing, f"{command[0]}: pages without '{tier}': {missing[:10]}"
    if action is not None:      # paper with addresses: logged with its tier and the file name
        row = [r for r in log_rows(demo) if r.action == action][-1]
        expected = Tier.PUBLIC if tier == OPENBAAR else Tier.CONFIDENTIAL
        assert (row.tier, row.target) == (expected.value, str(target))


# --- every table and JSON: the tier first ----------------------------------------------------------

@pytest.mark.parametrize("kind", ["responses", "outcomes"])
def test_csv_and_xlsx_exports_name_their_tier_first_and_still_import(demo, tmp_path, capsys, kind):
    csv_file, xlsx_file = tmp_path / f"{kind}.csv", tmp_path / f"{kind}.xlsx"
    assert main([kind, "export", "--round", ROUND, "-o", str(csv_file), "--db", demo]) == 0
    assert main([kind, "export", "--round", ROUND, "-o", str(xlsx_file), "--db", demo]) == 0
    first = csv_file.read_text(encoding="utf-8-sig").splitlines()[0]
    assert first == Tier.CONFIDENTIAL.csv_line() and first.startswith("# Vertrouwelijk — ")
    assert load_workbook(xlsx_file).active["A1"].value == Tier.CONFIDENTIAL.line
    logged = [(r.tier, r.target) for r in log_rows(demo) if r.action == f"{kind}.export"]
    assert logged == [("vertrouwelijk", str(csv_file)), ("vertrouwelijk", str(xlsx_file))]
    # FlatApp reads its own files back: the tier line is skipped, every row is already there.
    capsys.readouterr()
    for path in (csv_file, xlsx_file):
        assert main([kind, "import", str(path), "--round", ROUND, "--db", demo]) == 0, capsys.readouterr().err
        out = capsys.readouterr().out
        assert ("0 gesprekken toegevoegd, 0 bijgewerkt" in out) if kind == "responses" else \
            ("0 deurbezoeken toegevoegd, 0 bijgewerkt" in out), out


def test_the_homes_listing_names_its_tier_and_is_logged(demo, capsys):
    for form in ("table", "csv", "json"):
        assert main(["homes", "--building", "Voorbeeldflat", "--format", form, "--db", demo]) == 0
        out = capsys.readouterr().out
        first = out.splitlines()[0]
        assert first.startswith(("Vertrouwelijk — ", "# Vertrouwelijk — ", "{")), first
        if form == "json":
            assert list(json.loads(out))[:2] == ["tier", "tier_line"]
    assert [(r.tier, r.target) for r in log_rows(demo) if r.action == "homes.list"] == [("vertrouwelijk", "scherm")] * 3


def test_results_name_their_tier_in_json_and_on_every_sheet(demo, tmp_path, capsys):
    assert main(["results", "--round", ROUND, "--db", demo]) == 0
    assert capsys.readouterr().out.startswith('{\n  "tier": "intern",\n  "tier_line": "Intern — ')
    for extra, tier in (([], INTERN), (["--confidential"], VERTROUWELIJK)):
        book = tmp_path / f"uitkomsten-{tier}.xlsx"
        assert main(["results", "--round", ROUND, "--format", "xlsx", "-o", str(book), *extra, "--db", demo]) == 0
        workbook = load_workbook(book)
        assert all(sheet["A1"].value.startswith(f"{tier} — ") for sheet in workbook), workbook.sheetnames
        assert ("opvolging" in workbook.sheetnames) == (tier == VERTROUWELIJK)
    # A comparison with a second round of the block obeys the same tiers.
    assert main(["round", "create", "--building", "Voorbeeldflat", "--name", "Voorjaar 2027",
                 "--evening", "10-03-2027 18:30-20:30", "--db", demo]) == 0
    capsys.readouterr()
    for extra, tier in (([], "intern"), (["--confidential"], "vertrouwelijk")):
        assert main(["results", "--round", ROUND, "--compare-with", "Voorjaar 2027", *extra, "--db", demo]) == 0
        data = json.loads(capsys.readouterr().out)
        assert list(data)[:2] == ["tier", "tier_line"] and data["tier"] == tier


# --- the intern export against the holes of the issue --------------------------------------------------

def _approve_and_reject(db: str) -> tuple[str, str, str]:
    """Approve one story with an edited text, reject another; returns (original, edited, rejected)."""
    from flatapp.services.quotes import approve_quote, list_quotes, reject_quote

    database = open_database(db)
    try:
        with database.session() as session, session.begin():
            rows = list_quotes(session, 1)
            edited_row, rejected_row = rows[0], rows[1]
            edited = "Een buur helpt mij met de boodschappen."
            approve_quote(session, edited_row.interview_id, edited, edited_row.version)
            reject_quote(session, rejected_row.interview_id, rejected_row.version)
            return edited_row.source_text, edited, rejected_row.source_text
    finally:
        database.dispose()


def test_the_internal_export_holds_no_story_no_small_count_and_no_small_selection(demo, tmp_path, capsys):
    original, edited, rejected = _approve_and_reject(demo)
    assert main(["results", "--round", ROUND, "--db", demo]) == 0
    data = json.loads(capsys.readouterr().out)
    text = json.dumps(data, ensure_ascii=False)
    # 1. No story: not the unedited original, not the approved edit, not the rejected one.
    for story in (original, edited, rejected):
        assert story not in text
    assert "quotes" not in data and "open_answers" not in data and "follow_up" not in data
    assert "VO-0" not in text                                   # no home code anywhere
    # 2. No small counts: every group shown has 10 or more, every count 5 or more (and 5 short of all).
    floors = {g["label"]: g["interviews"] for g in data["by_floor"]}
    assert floors["3e"] is None and floors["10e"] is None and floors["BG"] == 10
    assert all(g["interviews"] is None or g["interviews"] >= 10 for g in data["by_floor"] + data["by_entrance"])
    for question in data["questions"]:
        for count in question["counts"]:
            assert count["count"] is None or 5 <= count["count"] <= count["base"] - 5, (question["code"], count)
    anders = next(t for t in data["topics"] if t["label"] == "Anders")
    assert anders["join"] is None and anders["organise"] is None
    # Unrounded where shown: the exact figures of the confidential export.
    assert main(["results", "--round", ROUND, "--confidential", "--db", demo]) == 0
    full = json.loads(capsys.readouterr().out)
    assert data["response"] == full["response"]
    assert {original, rejected} <= set(full["quotes"])            # the coordinator sees every story
    kn1, full_kn1 = data["questions"][0], full["questions"][0]
    assert [c["count"] for c in kn1["counts"]] == [c["count"] for c in full_kn1["counts"]]
    # 3. One entrance and floor: a handful of respondents; nothing but "te weinig gesprekken".
    assert main(["results", "--round", ROUND, "--entrance", "A", "--floor", "3", "--db", demo]) == 0
    small = json.loads(capsys.readouterr().out)
    assert small["shown"] is False and small["response"] is None and small["questions"] == []
    assert small["by_floor"] == [] and small["evenings"] == [] and small["network"] is None
    assert "te weinig gesprekken" in " ".join(small["notes"]).lower()
    assert main(["results", "--round", ROUND, "--entrance", "A", "--floor", "3", "--confidential",
                 "--db", demo]) == 0
    assert 0 < json.loads(capsys.readouterr().out)["response"]["complete"] < 10
    # A floor of 8 is refused; the whole Portiek A (38) is shown.
    assert main(["results", "--round", ROUND, "--floor", "2", "--db", demo]) == 0
    assert json.loads(capsys.readouterr().out)["shown"] is False
    assert main(["results", "--round", ROUND, "--entrance", "A", "--db", demo]) == 0
    assert json.loads(capsys.readouterr().out)["response"]["complete"] == 38


def test_a_confidential_export_is_logged_with_its_tier_and_file(demo, tmp_path):
    target = tmp_path / "alles.xlsx"
    assert main(["results", "--round", ROUND, "--format", "xlsx", "-o", str(target), "--confidential",
                 "--db", demo]) == 0
    assert main(["results", "--round", ROUND, "--confidential", "--db", demo]) == 0
    rows = [r for r in log_rows(demo) if r.action == "results.export"]
    assert [(r.tier, r.target) for r in rows] == [("vertrouwelijk", str(target)), ("vertrouwelijk", "scherm")]
    assert "met vertrouwelijke delen" in rows[0].summary
