"""The page reader on a stack made by the tests (tests/scanning/synthetic.py): FlatApp's own forms and door
list printed, filled in with pen and pencil, skewed, shadowed, noisy, JPEG'd, shuffled, some upside down,
with blank backs and three pages a person must look at. The goals of issue 15 are asserted on it; the
benchmark (benchmarks/bench_scan.py) measures the same on a larger stack."""

from __future__ import annotations

import random
import shutil
from dataclasses import replace

import cv2
import numpy as np
import pytest

from flatapp.demo import create_demo_database
from flatapp.scanning.images import ScannedImage
from flatapp.scanning.layouts import layout_for
from flatapp.scanning.page_layout import MARK_SIZE
from flatapp.scanning.reader import read_page, read_stack
from flatapp.scanning.readings import MarkState
from flatapp.storage.database import open_database
from flatapp.storage.round_models import Round
from tests.scanning import synthetic

pytestmark = pytest.mark.sqlite_only("the reader never touches the database; the layouts are tested on both")


@pytest.fixture(scope="module")
def printed(tmp_path_factory):
    """The demo database with a new evening, and the sheets printed for it: two homes' forms, one door list."""
    folder = tmp_path_factory.mktemp("printed")
    create_demo_database(folder / "demo.sqlite")
    database = open_database(folder / "demo.sqlite")
    with database.session() as s, s.begin():
        round_id = s.query(Round.id).first()[0]
        sheets = synthetic.print_sheets(s, round_id, folder, forms=2)
    yield database, sheets
    database.dispose()


def _read(database, paths):
    with database.session() as s:
        return list(read_stack(paths, lambda page_id: layout_for(s, page_id)))


@pytest.fixture(scope="module")
def stack200(printed, tmp_path_factory):
    database, sheets = printed
    scanned = synthetic.scan_stack(sheets, 200, seed=7)
    paths = synthetic.write_images(scanned, tmp_path_factory.mktemp("scans200"))
    return scanned, _read(database, paths)


def test_at_200_dpi_every_readable_page_is_identified_and_sure_boxes_are_right(stack200):
    scanned, readings = stack200
    score = synthetic.score(scanned, readings)
    assert score.pages == 9 and score.identified == score.pages, score.wrong
    assert score.boxes > 250
    assert score.accuracy >= 0.999, score.wrong
    assert score.review_share <= 0.02, score.wrong
    assert score.pencil_read_empty == 0


def test_pages_come_back_in_stack_order_with_their_source(stack200):
    scanned, readings = stack200
    assert [r.source_index for r in readings] == list(range(len(scanned)))
    assert [r.source for r in readings] == [f"scan_{n:03}.jpg" for n in range(1, len(scanned) + 1)]
    for page, reading in zip(scanned, readings):
        if page.what in ("form", "doors"):
            assert reading.page_id == page.page_id     # upside-down pages too


def test_blank_backs_are_skipped_and_unreadable_pages_say_why(stack200):
    scanned, readings = stack200
    by_what = {}
    for page, reading in zip(scanned, readings):
        by_what.setdefault(page.what, []).append(reading)
    assert all(r.blank and r.problem is None for r in by_what["blank"]) and len(by_what["blank"]) == 2
    assert not any(r.blank for what, rs in by_what.items() if what != "blank" for r in rs)
    for why in ("te donker", "afgesneden", "geen FlatApp-pagina"):
        (reading,) = by_what[why]
        assert reading.problem.startswith(why), reading.problem
        assert reading.image_png.startswith(b"\x89PNG") and not reading.boxes     # a person sees the page
    (cut,) = by_what["afgesneden"]
    assert "rechtsonder, linksonder" in cut.problem and "scan opnieuw" in cut.problem


def test_uncertain_boxes_and_handwritten_fields_carry_their_crops(stack200):
    scanned, readings = stack200
    score = synthetic.score(scanned, readings)
    assert score.fields > 30 and score.fields_right / score.fields >= 0.95
    for page, reading in zip(scanned, readings):
        if reading.page_id is None or reading.problem:
            continue
        assert len(reading.fields) == len(page.written | {f.target for f in reading.fields})
        for crop in reading.fields:
            image = cv2.imdecode(np.frombuffer(crop.crop_png, np.uint8), cv2.IMREAD_GRAYSCALE)
            assert image is not None and image.shape[0] > 40 and image.shape[1] > 60
        states: dict[str, list[MarkState]] = {}
        for box in reading.boxes:
            states.setdefault(box.target, []).append(box.state)
        for box in reading.boxes:         # the whole question's crop, when it needs a person
            needs_person = MarkState.UNCERTAIN in states[box.target] or states[box.target].count(MarkState.MARKED) > 1
            assert (box.crop_png is not None) == needs_person
        kept = cv2.imdecode(np.frombuffer(reading.image_png, np.uint8), cv2.IMREAD_GRAYSCALE)
        assert abs(kept.shape[0] - 1169) <= 1 and abs(kept.shape[1] - 827) <= 1      # the aligned page at 100 dpi
        assert len(reading.image_png) < 250_000


def test_every_kind_of_mark_is_told_apart(printed):
    """One sheet, one box per kind of mark, read straight: a tick, a cross, a box made black (a correction:
    counts as empty), a light pencil tick (marked or for a person, never empty), a stray speck, nothing."""
    database, sheets = printed
    sheet = sheets[2]                      # a page with many boxes
    image = synthetic.render(sheet.pdf, sheet.number, 200)
    spots = sheet.layout.boxes
    rng = random.Random(3)
    drawn = {}
    for spot, kind in zip(spots, ["tick", "cross", "fill", "pencil", "stray", "none"]):
        x, y, side = synthetic._pixels(sheet.layout, spot.rect, 200)
        if kind == "tick":
            synthetic.draw_tick(image, x, y, side, rng, 200)
        elif kind == "cross":
            synthetic.draw_cross(image, x, y, side, rng, 200)
        elif kind == "fill":
            synthetic.draw_fill(image, x, y, side, rng, 200)
        elif kind == "pencil":
            synthetic.draw_tick(image, x, y, side, rng, 200, grey=160, width=0.35)
        elif kind == "stray":
            synthetic.draw_stray(image, x, y, side, random.Random(1), 200)
        drawn[(spot.target, spot.value)] = kind
    scan = synthetic.through_the_copier(image, rng, 200, turn=-2.5)
    with database.session() as s:
        reading = read_page(ScannedImage("blad.jpg", scan), 0, lambda page_id: layout_for(s, page_id))
    states = {drawn[(b.target, b.value)]: b.state for b in reading.boxes if (b.target, b.value) in drawn}
    assert states["tick"] is MarkState.MARKED and states["cross"] is MarkState.MARKED
    assert states["fill"] is MarkState.CANCELLED
    assert states["pencil"] in (MarkState.MARKED, MarkState.UNCERTAIN)
    assert states["stray"] is not MarkState.MARKED and states["none"] is MarkState.EMPTY


@pytest.mark.parametrize("dpi", [150, 300])
def test_a_copiers_pdf_at_150_and_300_dpi(printed, tmp_path, dpi):
    """The stack as one PDF from the copier ('scan to e-mail'), rendered by PDFium."""
    database, sheets = printed
    scanned = synthetic.scan_stack([sheets[0], sheets[-1]], dpi, seed=dpi, blanks=1, problems=False)
    pdf = synthetic.write_pdf(scanned, tmp_path / "stapel.pdf", dpi)
    readings = _read(database, [pdf])
    assert [r.source for r in readings] == ["stapel.pdf p. 1", "stapel.pdf p. 2", "stapel.pdf p. 3"]
    score = synthetic.score(scanned, readings)
    assert score.identified == score.pages == 2 and score.accuracy >= 0.999, score.wrong
    assert score.review_share <= 0.05, score.wrong
    # Empty lines stay empty (a thin grey line scanned at 300 dpi wavers around the ink threshold) and a
    # small written house number is not missed.
    assert score.fields_right == score.fields > 0, score.wrong


def test_a_phone_photo_in_colour_with_perspective_is_read(printed, tmp_path):
    """A sheet photographed with a phone (colour, on a dark table, in perspective: each corner up to 5% of the
    page off, light from one corner) is read like a scan: the four marks undo the perspective; a photo
    taken far more at an angle is refused with the reason, never read with boxes in the wrong places."""
    database, sheets = printed
    sheet = replace(sheets[2])
    image = synthetic.render(sheet.pdf, sheet.number, 250)
    synthetic.fill_in(image, sheet, 250, random.Random(11))
    photo = tmp_path / "IMG_2041.jpg"
    cv2.imwrite(str(photo), synthetic.phone_photo(image, random.Random(12), tilt=0.05))
    (reading,) = _read(database, [photo])
    assert reading.page_id == sheet.layout.page_id and not reading.problem
    page = synthetic.ScannedSheet(image, sheet.layout.page_id, dict(sheet.truth), "form", set(sheet.written))
    score = synthetic.score([page], [reading])
    assert score.boxes > 20 and score.accuracy >= 0.999 and score.review_share <= 0.05, score.wrong
    cv2.imwrite(str(photo), synthetic.phone_photo(image, random.Random(12), tilt=0.12))
    (slanted,) = _read(database, [photo])
    assert slanted.problem and "schuin" in slanted.problem and not slanted.boxes


def _mark_centre(layout, number: int, dpi: int) -> tuple[float, float]:
    x, y = layout.marks[number]
    return x * dpi / 72, (layout.height - y) * dpi / 72


def test_a_smudge_taken_for_a_corner_mark_refuses_the_page_instead_of_misreading_it(printed):
    """The lower-left mark hidden under correction fluid and a black square 6 mm beside it: the marks then
    put the page in the wrong place, so the printed box borders are not where they should be. The page is
    refused with the reason; no box is read from the wrong place."""
    database, sheets = printed
    sheet = replace(sheets[0])
    image = synthetic.render(sheet.pdf, sheet.number, 200)
    synthetic.fill_in(image, sheet, 200, random.Random(3))
    x, y = _mark_centre(sheet.layout, 3, 200)
    half, shift = MARK_SIZE * 200 / 72 / 2, 6 * 200 / 25.4
    cv2.rectangle(image, (round(x - half - 3), round(y - half - 3)), (round(x + half + 3), round(y + half + 3)), 255, -1)
    cv2.rectangle(image, (round(x - half + shift), round(y - half - shift)),
                  (round(x + half + shift), round(y + half - shift)), 0, -1)
    scan = synthetic.through_the_copier(image, random.Random(1), 200, turn=0.3)
    with database.session() as s:
        reading = read_page(ScannedImage("vlek.jpg", scan), 0, lambda page_id: layout_for(s, page_id))
    assert reading.page_id == sheet.layout.page_id and not reading.boxes
    assert reading.problem.startswith("de vakjes staan niet waar ze horen")


def test_a_box_whose_border_is_gone_goes_to_a_person(printed):
    """Correction fluid over one ticked box: its border is not there, so the machine does not say what is in
    it; the other boxes are read as usual."""
    database, sheets = printed
    sheet = replace(sheets[2])
    image = synthetic.render(sheet.pdf, sheet.number, 200)
    spot = sheet.layout.boxes[0]
    x, y, side = synthetic._pixels(sheet.layout, spot.rect, 200)
    synthetic.draw_tick(image, x, y, side, random.Random(2), 200)
    cv2.rectangle(image, (round(x - 4), round(y - 4)), (round(x + side + 4), round(y + side + 4)), 255, -1)
    scan = synthetic.through_the_copier(image, random.Random(4), 200, turn=1.0)
    with database.session() as s:
        reading = read_page(ScannedImage("tipp-ex.jpg", scan), 0, lambda page_id: layout_for(s, page_id))
    states = {(b.target, b.value): b.state for b in reading.boxes}
    assert not reading.problem and states.pop((spot.target, spot.value)) is MarkState.UNCERTAIN
    assert set(states.values()) == {MarkState.EMPTY}


def test_a_black_and_white_scan_is_read_and_said_to_be_one(printed, tmp_path):
    """A copier in its 1-bit 'tekst' mode (a CCITT G4 TIFF): the page is read, and marked as scanned without
    greys, so the summary can warn that light pencil may have vanished; a grey scan is not marked."""
    from PIL import Image

    database, sheets = printed
    scanned = synthetic.scan_stack([sheets[0]], 300, seed=6, blanks=0, problems=False)
    tiff = tmp_path / "tekstmodus.tif"
    Image.fromarray(np.where(scanned[0].image > 128, 255, 0).astype(np.uint8)).convert("1").save(
        str(tiff), compression="group4", dpi=(300, 300))
    (grey,) = synthetic.write_images(scanned, tmp_path / "grijs")
    bitonal, normal = _read(database, [tiff, grey])
    assert bitonal.page_id == sheets[0].layout.page_id and not bitonal.problem and bitonal.black_and_white
    assert not normal.black_and_white
    score = synthetic.score(scanned, [bitonal])
    assert score.boxes > 10 and score.sure_right >= score.sure - score.pencil_read_empty, score.wrong  # pen: right


def test_the_same_sheet_scanned_twice_has_one_fingerprint(printed):
    database, sheets = printed
    sheet = replace(sheets[0])
    image = synthetic.render(sheet.pdf, sheet.number, 200)
    synthetic.fill_in(image, sheet, 200, random.Random(5))
    other = image.copy()
    spot = next(s for s in sheet.layout.boxes if sheet.truth[(s.target, s.value)] == synthetic.EMPTY)
    synthetic.draw_cross(other, *synthetic._pixels(sheet.layout, spot.rect, 200), random.Random(1), 200)
    with database.session() as s:
        def read(picture, seed, upside_down=False):
            scan = synthetic.through_the_copier(picture, random.Random(seed), 200, upside_down=upside_down)
            return read_page(ScannedImage("x.jpg", scan), 0, lambda page_id: layout_for(s, page_id))

        first, again, changed = read(image, 1), read(image, 2, upside_down=True), read(other, 3)
    assert first.fingerprint and first.fingerprint == again.fingerprint
    assert changed.fingerprint != first.fingerprint


def test_a_file_that_is_no_scan_is_named_and_the_rest_is_read(printed, tmp_path):
    database, sheets = printed
    broken = tmp_path / "kapot.jpg"
    broken.write_bytes(b"not a picture")
    scanned = synthetic.scan_stack([sheets[0]], 200, seed=2, blanks=0, problems=False)
    (good,) = synthetic.write_images(scanned, tmp_path / "scans")
    empty = tmp_path / "leeg.pdf"
    empty.write_bytes(b"")
    readings = _read(database, [broken, empty, good])
    assert readings[0].page_id is None and "kapot.jpg is geen leesbare afbeelding" in readings[0].problem
    # In Dutch, without PDFium's English, and as a phrase the summary ends with its own full stop.
    assert readings[1].problem == "leeg.pdf is geen leesbare PDF (leeg, beschadigd of met een wachtwoord beveiligd)"
    assert readings[2].page_id == scanned[0].page_id and not readings[2].problem


def test_an_iphone_photo_flatapp_cannot_decode_is_named_not_skipped(printed, tmp_path):
    """A folder from a phone: a JPEG page is read; a HEIC photo is not silently left out but named with
    what to do."""
    from flatapp.scanning.stack import stack_files

    database, sheets = printed
    folder = tmp_path / "telefoon"
    synthetic.write_images(synthetic.scan_stack([sheets[0]], 200, seed=2, blanks=0, problems=False), folder)
    (folder / "IMG_4711.HEIC").write_bytes(b"\x00\x00\x00\x18ftypheic")
    (folder / "notities.txt").write_text("geen scan")
    files = stack_files([folder])
    assert [f.name for f in files] == ["IMG_4711.HEIC", "scan_001.jpg"]
    heic, page = _read(database, files)
    assert heic.page_id is None and "IMG_4711.HEIC is een HEIC-foto" in heic.problem and "JPEG" in heic.problem
    assert page.page_id == sheets[0].layout.page_id and not page.problem


def test_a_page_of_another_database_is_not_read_with_a_wrong_layout(printed, tmp_path):
    database, sheets = printed
    scanned = synthetic.scan_stack([sheets[0]], 200, seed=4, blanks=0, problems=False)
    readings = list(read_stack(synthetic.write_images(scanned, tmp_path), lambda page_id: None))
    assert readings[0].problem.startswith("onbekende pagina") and not readings[0].boxes


def test_progress_counts_the_pages(printed, tmp_path):
    database, sheets = printed
    scanned = synthetic.scan_stack(sheets[:2], 150, seed=9, blanks=1, problems=False)
    pdf = synthetic.write_pdf(scanned, tmp_path / "stapel.pdf", 150)
    copy = shutil.copy(pdf, tmp_path / "tweede.pdf")
    seen = []
    with database.session() as s:
        for _ in read_stack([pdf, copy], lambda page_id: layout_for(s, page_id), lambda done, total: seen.append((done, total))):
            pass
    assert seen == [(n, 6) for n in range(1, 7)]


def test_a_scanned_stack_becomes_drafts_and_door_outcomes_through_the_real_reader(printed, tmp_path):
    """flatapp scan's path end to end: the files, the reader, the intake; sure answers land in the draft."""
    from flatapp.scanning.stack import scan_stack
    from flatapp.services.interviews import open_interview
    from flatapp.storage.models import Home

    database, sheets = printed
    home_code = sheets[0].layout.page_id.subject
    form = [s for s in sheets if s.layout.page_id.subject == home_code] + [sheets[-1]]
    scanned = synthetic.scan_stack(form, 200, seed=11, blanks=1, problems=False)
    folder = tmp_path / "scans"
    synthetic.write_images(scanned, folder)
    round_id = form[0].layout.page_id.round_id
    with database.session() as s, s.begin():
        summary = scan_stack(s, round_id, [folder])
    assert summary.pages == len(scanned) and summary.blank == 1 and not summary.unreadable
    assert summary.forms_drafted == 1 and summary.door_outcomes >= 1, summary.lines()
    with database.session() as s:
        home_id = s.query(Home.id).filter(Home.code == home_code).scalar()
        answers = open_interview(s, round_id, home_id).answers
    checked = 0
    for page in scanned:
        if page.what != "form":
            continue
        for target in {t for t, _ in page.truth}:
            marks = {v: k for (t, v), k in page.truth.items() if t == target and k != synthetic.EMPTY}
            if list(marks.values()) == [synthetic.MARKED] and target in answers:
                (value,) = marks
                assert str(answers[target]) in (value, f"[{value}]"), (target, answers[target], value)
                checked += 1
    assert checked >= 5
