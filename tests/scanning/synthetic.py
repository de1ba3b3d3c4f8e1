"""A scanned stack made from FlatApp's own paper, with the truth of every box kept: the reader's test set
(tests/scanning/test_reader.py) and its benchmark (benchmarks/bench_scan.py).

Forms and door lists are printed as a coordinator prints them, rendered at 150/200/300 dpi and filled in
with pen-like strokes: ticks, crosses, a box made black as a correction beside a new tick, light pencil
ticks and stray marks. Then the sheet goes through a copier or a phone: turned ±3°, a shadow, noise, blur,
JPEG artefacts, some pages upside down, blank backs, the order shuffled.

Truth per box: "marked" (pen), "pencil" (a light mark: the reader may say MARKED or send it to a person,
never EMPTY), "cancelled" (made black), "empty" (also when a stray stroke touches it).
"""

from __future__ import annotations

import io
import random
from dataclasses import dataclass, field
from pathlib import Path

import cv2
import numpy as np

from flatapp.scanning.page_layout import PageLayout, Rect
from flatapp.scanning.readings import MarkState, PageId

MARKED, PENCIL, CANCELLED, EMPTY = "marked", "pencil", "cancelled", "empty"
PEN = 30          # a ballpoint's grey on white paper
PENCIL_GREYS = (140, 190)     # from a soft pencil to a hard one pressed lightly


@dataclass
class Sheet:
    """One printed page with what was written on it."""

    pdf: Path
    number: int                      # 1-based page in ``pdf``
    layout: PageLayout
    truth: dict[tuple[str, str], str] = field(default_factory=dict)
    written: set[str] = field(default_factory=set)       # the handwritten fields with something in them


@dataclass
class ScannedSheet:
    image: np.ndarray
    page_id: PageId | None
    truth: dict[tuple[str, str], str]
    what: str                        # "form", "doors", "blank", or the problem it must be named for
    written: set[str] = field(default_factory=set)


def render(pdf: Path, number: int, dpi: int) -> np.ndarray:
    import pypdfium2

    document = pypdfium2.PdfDocument(str(pdf))
    try:
        bitmap = document[number - 1].render(scale=dpi / 72, grayscale=True)
        return np.array(bitmap.to_numpy(), copy=True)
    finally:
        document.close()


def _pixels(layout: PageLayout, rect: Rect, dpi: int) -> tuple[float, float, float]:
    """The box's top-left corner and side in pixels at ``dpi``."""
    scale = dpi / 72
    return rect.x * scale, (layout.height - rect.y - rect.h) * scale, rect.w * scale


def _stroke(image: np.ndarray, points, width: float, grey: int, dpi: int) -> None:
    shift = 4      # sub-pixel precision, antialiased: what a pen's edge looks like when scanned
    pts = np.array([[round(x * 16), round(y * 16)] for x, y in points], np.int32)
    cv2.polylines(image, [pts], False, grey, max(1, round(width * dpi / 25.4)), cv2.LINE_AA, shift)


def _jitter(rng: random.Random, side: float, share: float = 0.08) -> float:
    return rng.uniform(-share, share) * side


def draw_tick(image, x, y, s, rng, dpi, grey=PEN, width=0.5) -> None:
    j = lambda: _jitter(rng, s)     # noqa: E731
    _stroke(image, [(x + 0.15 * s + j(), y + 0.5 * s + j()), (x + 0.42 * s + j(), y + 0.85 * s + j()),
                    (x + 0.95 * s + j(), y + 0.05 * s + j() - 0.2 * s)], width, grey, dpi)


def draw_cross(image, x, y, s, rng, dpi, grey=PEN, width=0.5) -> None:
    j = lambda: _jitter(rng, s, 0.12)     # noqa: E731
    _stroke(image, [(x + 0.1 * s + j(), y + 0.1 * s + j()), (x + 0.9 * s + j(), y + 0.9 * s + j())], width, grey, dpi)
    _stroke(image, [(x + 0.9 * s + j(), y + 0.1 * s + j()), (x + 0.1 * s + j(), y + 0.9 * s + j())], width, grey, dpi)


def draw_fill(image, x, y, s, rng, dpi) -> None:
    """A box made black with a pen, as the form asks for a correction: dense zigzags."""
    rows = np.linspace(y + 0.08 * s, y + 0.92 * s, 14)
    points = []
    for number, row in enumerate(rows):
        ends = (x + 0.05 * s + _jitter(rng, s, 0.04), x + 0.95 * s + _jitter(rng, s, 0.04))
        points += [(ends[number % 2], row), (ends[1 - number % 2], row + 0.04 * s)]
    _stroke(image, points, 0.6, PEN, dpi)


def draw_stray(image, x, y, s, rng, dpi) -> None:
    """A stroke that only grazes the box's edge (a tick of the word beside it), or a speck inside."""
    if rng.random() < 0.5:
        _stroke(image, [(x - 0.6 * s, y + 0.9 * s), (x + 0.05 * s, y + 1.05 * s)], 0.5, PEN, dpi)
    else:
        cx, cy = x + rng.uniform(0.3, 0.7) * s, y + rng.uniform(0.3, 0.7) * s
        cv2.circle(image, (round(cx), round(cy)), max(1, round(0.15 * dpi / 25.4)), PEN, -1, cv2.LINE_AA)


def fill_in(image: np.ndarray, sheet: Sheet, dpi: int, rng: random.Random) -> None:
    """What a volunteer writes on the sheet: per question (or door) one box, sometimes two; now and then a
    correction, a light pencil tick or a stray mark. The truth goes into ``sheet.truth``."""
    by_target: dict[str, list] = {}
    for spot in sheet.layout.boxes:
        by_target.setdefault(spot.target, []).append(spot)
        sheet.truth[(spot.target, spot.value)] = EMPTY
    for spots in by_target.values():
        roll = rng.random()
        if roll < 0.12:
            continue                                   # not answered
        chosen = rng.sample(spots, min(len(spots), 2 if roll > 0.93 else 1))
        if roll < 0.20 and len(spots) > len(chosen):   # a correction: one box made black, another ticked
            wrong = rng.choice([s for s in spots if s not in chosen])
            draw_fill(image, *_pixels(sheet.layout, wrong.rect, dpi), rng, dpi)
            sheet.truth[(wrong.target, wrong.value)] = CANCELLED
        for spot in chosen:
            x, y, s = _pixels(sheet.layout, spot.rect, dpi)
            style = rng.random()
            if style < 0.05:
                draw_tick(image, x, y, s, rng, dpi, grey=rng.randint(*PENCIL_GREYS), width=0.35)
                sheet.truth[(spot.target, spot.value)] = PENCIL
            else:
                (draw_tick if style < 0.6 else draw_cross)(image, x, y, s, rng, dpi)
                sheet.truth[(spot.target, spot.value)] = MARKED
        empty = [s for s in spots if sheet.truth[(s.target, s.value)] == EMPTY]
        if empty and rng.random() < 0.04:
            draw_stray(image, *_pixels(sheet.layout, rng.choice(empty).rect, dpi), rng, dpi)
    for spot in sheet.layout.fields:                   # some handwriting on the lines
        if rng.random() < 0.4:
            sheet.written.add(spot.target)
            r = spot.printed or spot.rect         # written after the caption, just above the line
            x = (r.x + (r.w if spot.printed else 0)) * dpi / 72 + 0.1 * dpi
            bottom = (sheet.layout.height - spot.rect.y) * dpi / 72 - 2.2 * dpi / 25.4
            cv2.putText(image, rng.choice(["12 en 14", "18:30", "mw. De Vries", "34"]), (round(x), round(bottom)),
                        cv2.FONT_HERSHEY_SCRIPT_SIMPLEX, dpi / 220, PEN, max(1, round(0.35 * dpi / 25.4)),
                        cv2.LINE_AA)


def through_the_copier(image: np.ndarray, rng: random.Random, dpi: int, *, turn: float | None = None,
                       upside_down: bool = False) -> np.ndarray:
    """Skewed, shadowed, noisy, blurred and JPEG-compressed, as a copier or a phone hands it over."""
    h, w = image.shape
    angle = rng.uniform(-3, 3) if turn is None else turn
    matrix = cv2.getRotationMatrix2D((w / 2 + rng.uniform(-20, 20), h / 2 + rng.uniform(-20, 20)), angle, 1.0)
    image = cv2.warpAffine(image, matrix, (w, h), flags=cv2.INTER_LINEAR, borderValue=int(rng.uniform(235, 252)))
    paper = rng.uniform(215, 245) / 255
    ramp = np.linspace(rng.uniform(0.6, 0.8), 1.0, w, dtype=np.float32)[None, :]   # a shadow from one side
    if rng.random() < 0.5:
        ramp = ramp[:, ::-1]
    out = image.astype(np.float32) * paper * ramp
    out += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 6, out.shape).astype(np.float32)
    out = cv2.GaussianBlur(np.clip(out, 0, 255).astype(np.uint8), (0, 0), 0.4 * dpi / 200 + 0.3)
    if upside_down:
        out = cv2.rotate(out, cv2.ROTATE_180)
    ok, jpeg = cv2.imencode(".jpg", out, [cv2.IMWRITE_JPEG_QUALITY, rng.randint(55, 80)])
    return cv2.imdecode(jpeg, cv2.IMREAD_GRAYSCALE)


def phone_photo(image: np.ndarray, rng: random.Random, *, tilt: float = 0.012) -> np.ndarray:
    """The sheet photographed with a phone on a dark table: in colour, the page smaller than the frame, a
    slight perspective (each corner moved by up to ``tilt`` of the page's size), light from one corner."""
    h, w = image.shape
    margin_x, margin_y = int(w * 0.08), int(h * 0.06)
    frame = (h + 2 * margin_y, w + 2 * margin_x)
    corners = np.float32([[0, 0], [w, 0], [w, h], [0, h]])
    moved = np.float32([[x + margin_x + rng.uniform(-tilt, tilt) * w, y + margin_y + rng.uniform(-tilt, tilt) * h]
                        for x, y in corners])
    matrix = cv2.getPerspectiveTransform(corners, moved)
    photo = cv2.warpPerspective(image, matrix, (frame[1], frame[0]), flags=cv2.INTER_LINEAR, borderValue=70)
    yy, xx = np.mgrid[0:frame[0], 0:frame[1]].astype(np.float32)
    light = 1.0 - 0.35 * (xx / frame[1] * 0.5 + yy / frame[0] * 0.5)          # darker towards one corner
    grey = photo.astype(np.float32) * light
    grey += np.random.default_rng(rng.randrange(1 << 30)).normal(0, 4, grey.shape).astype(np.float32)
    grey = np.clip(grey, 0, 255)
    colour = np.dstack([grey * 0.86, grey * 0.95, grey]).astype(np.uint8)     # warm indoor light (BGR)
    ok, jpeg = cv2.imencode(".jpg", colour, [cv2.IMWRITE_JPEG_QUALITY, 85])
    return cv2.imdecode(jpeg, cv2.IMREAD_COLOR)


def blank_back(size: tuple[int, int], rng: random.Random, dpi: int) -> np.ndarray:
    """The empty back of a sheet: paper with a faint show-through and the copier's noise."""
    image = np.full(size, 255, np.uint8)
    cv2.rectangle(image, (size[1] // 5, size[0] // 6), (size[1] * 4 // 5, size[0] * 5 // 6), 238, -1)
    image = cv2.GaussianBlur(image, (0, 0), 25)
    return through_the_copier(image, rng, dpi)


def too_dark(image: np.ndarray) -> np.ndarray:
    """A copier set to its darkest: the paper as grey as the print."""
    return (image.astype(np.float32) * 0.3).astype(np.uint8)


def cut_off(image: np.ndarray) -> np.ndarray:
    """The bottom of the sheet fell off the glass plate: the two lower marks are gone."""
    h = image.shape[0]
    return image[: int(h * 0.93)].copy()


def foreign_page(size: tuple[int, int], dpi: int) -> np.ndarray:
    """A letter from the corporation that ended up in the stack: text, no FlatApp page id."""
    image = np.full(size, 250, np.uint8)
    for line in range(30):
        cv2.putText(image, "Geachte bewoner, de liften worden vernieuwd in week 48.",
                    (int(dpi * 0.8), int(dpi * 1.2 + line * dpi * 0.28)), cv2.FONT_HERSHEY_SIMPLEX,
                    dpi / 250, 30, max(1, dpi // 150), cv2.LINE_AA)
    return image


def print_sheets(session, round_id: int, folder: Path, forms: int, door_pages: int = 1) -> list[Sheet]:
    """The forms of the first ``forms`` open homes (all their pages) and the first ``door_pages`` door list
    pages of a new evening (printed before it, as a coordinator does: no doors of it visited yet)."""
    from datetime import date, time

    from flatapp.printing.round_printing import print_door_lists, print_questionnaires
    from flatapp.services.rounds import add_evening, assign_doors, get_round

    day = get_round(session, round_id).period_end or date(2026, 11, 30)
    evening_id = add_evening(session, round_id, day, time(18, 30), time(20, 30)).id
    assign_doors(session, round_id, evening_id)

    form_layouts: list[PageLayout] = []
    door_layouts: list[PageLayout] = []
    forms_pdf, doors_pdf = folder / "vragenlijsten.pdf", folder / "deurlijsten.pdf"
    print_questionnaires(session, round_id, forms_pdf, layouts=form_layouts)
    print_door_lists(session, round_id, evening_id, doors_pdf, layouts=door_layouts)
    homes = []
    for layout in form_layouts:
        if layout.page_id.subject not in homes:
            homes.append(layout.page_id.subject)
    chosen = set(homes[:forms])
    sheets = [Sheet(forms_pdf, number, layout) for number, layout in enumerate(form_layouts, start=1)
              if layout.page_id.subject in chosen]
    sheets += [Sheet(doors_pdf, number, layout) for number, layout in enumerate(door_layouts[:door_pages], start=1)]
    return sheets


def scan_stack(sheets: list[Sheet], dpi: int, seed: int, *, blanks: int = 2,
               problems: bool = True, phone: bool = False) -> list[ScannedSheet]:
    """The filled-in sheets through the copier in a shuffled order, some upside down, with blank backs and
    (``problems``) a too-dark page, a cut-off page and a page that is not FlatApp's. With ``phone`` the
    sheets are photographed instead (``phone_photo``, up to 5% off square, some upside down)."""
    rng = random.Random(seed)
    scanned = []
    for number, sheet in enumerate(sheets):
        image = render(sheet.pdf, sheet.number, dpi)
        sheet.truth, sheet.written = {}, set()
        fill_in(image, sheet, dpi, rng)
        what = "doors" if sheet.layout.page_id.kind.value == "D" else "form"
        if phone:
            photo = phone_photo(image, rng, tilt=0.05)
            picture = cv2.rotate(photo, cv2.ROTATE_180) if number % 3 == 1 else photo
        else:
            picture = through_the_copier(image, rng, dpi, upside_down=number % 3 == 1)
        scanned.append(ScannedSheet(picture, sheet.layout.page_id, dict(sheet.truth), what, set(sheet.written)))
    size = scanned[0].image.shape[:2]
    scanned += [ScannedSheet(blank_back(size, rng, dpi), None, {}, "blank") for _ in range(blanks)]
    if problems:
        base = render(sheets[0].pdf, sheets[0].number, dpi)
        scanned.append(ScannedSheet(too_dark(through_the_copier(base, rng, dpi)), None, {}, "te donker"))
        scanned.append(ScannedSheet(cut_off(through_the_copier(base, rng, dpi, turn=0.5)), None, {}, "afgesneden"))
        scanned.append(ScannedSheet(through_the_copier(foreign_page(size, dpi), rng, dpi), None, {},
                                    "geen FlatApp-pagina"))
    rng.shuffle(scanned)
    return scanned


def write_images(scanned: list[ScannedSheet], folder: Path) -> list[Path]:
    """Each scanned page as a JPEG file, as a phone or a copier's 'scan to folder' leaves them."""
    folder.mkdir(parents=True, exist_ok=True)
    paths = []
    for number, page in enumerate(scanned, start=1):
        path = folder / f"scan_{number:03}.jpg"
        cv2.imwrite(str(path), page.image, [cv2.IMWRITE_JPEG_QUALITY, 90])
        paths.append(path)
    return paths


def write_pdf(scanned: list[ScannedSheet], target: Path, dpi: int) -> Path:
    """The stack as one PDF of JPEG pages, as a copier's 'scan to e-mail' sends it."""
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    canvas = Canvas(str(target))
    for page in scanned:
        h, w = page.image.shape
        canvas.setPageSize((w * 72 / dpi, h * 72 / dpi))
        ok, jpeg = cv2.imencode(".jpg", page.image, [cv2.IMWRITE_JPEG_QUALITY, 85])
        canvas.drawImage(ImageReader(io.BytesIO(jpeg.tobytes())), 0, 0, w * 72 / dpi, h * 72 / dpi)
        canvas.showPage()
    canvas.save()
    return target


@dataclass
class Score:
    boxes: int = 0
    sure: int = 0
    sure_right: int = 0
    to_review: int = 0
    pencil_read_empty: int = 0
    pages: int = 0
    identified: int = 0
    fields: int = 0
    fields_right: int = 0      # "something is written here" told right (an empty field needs no typing)
    wrong: list[str] = field(default_factory=list)

    @property
    def accuracy(self) -> float:
        return self.sure_right / self.sure if self.sure else 1.0

    @property
    def review_share(self) -> float:
        return self.to_review / self.boxes if self.boxes else 0.0


_RIGHT = {MARKED: {MarkState.MARKED}, PENCIL: {MarkState.MARKED}, CANCELLED: {MarkState.CANCELLED},
          EMPTY: {MarkState.EMPTY}}


def score(scanned: list[ScannedSheet], readings) -> Score:
    """Compare the readings (in stack order) with the truth."""
    result = Score()
    for page, reading in zip(scanned, readings, strict=True):
        if page.what not in ("form", "doors"):
            continue
        result.pages += 1
        if reading.page_id != page.page_id or reading.problem:
            result.wrong.append(f"{reading.source}: {reading.problem or reading.page_id}")
            continue
        result.identified += 1
        for crop in reading.fields:
            result.fields += 1
            if crop.has_ink == (crop.target in page.written):
                result.fields_right += 1
            else:
                result.wrong.append(f"{reading.source} field {crop.target}: read as "
                                    f"{'written' if crop.has_ink else 'empty'}")
        for box in reading.boxes:
            truth = page.truth[(box.target, box.value)]
            result.boxes += 1
            if box.state is MarkState.UNCERTAIN:
                result.to_review += 1
                continue
            result.sure += 1
            if box.state in _RIGHT[truth]:
                result.sure_right += 1
            else:
                result.pencil_read_empty += truth == PENCIL and box.state is MarkState.EMPTY
                result.wrong.append(f"{reading.source} {box.target}={box.value}: {truth} read as "
                                    f"{box.state.value} (ink {box.ink:.3f})")
    return result
