"""Paper questionnaires: one form per home, pre-printed with the home's code and address.

The questions come in exactly the order of ``Questionnaire.questions()`` (the order of the entry
form), each with its code ("KN1") and the numeric answer codes beside boxes a pen can hit, so what
is ticked on paper is what is typed later. Short questions stand two side by side (left first). Skip
rules are printed in words at both ends ("Geen → ga door naar KN3" beside the answer, "Overslaan als
bij KN1 ‘Geen’ is aangekruist." at the skipped question) and consent texts are printed in full.

The paper can be read back by a scanner: four solid corner marks and a QR code with the page id
(``flatapp.scanning.readings.PageId``) on every page, and every tick box and handwritten field is
recorded where it is drawn (``layouts``: one ``PageLayout`` per printed page).

Every home gets the same pages: the questionnaire is laid out once and each page is kept as a
PDF form; per home only the code box, the page id, the address line and the footer are drawn.
For double-sided printing (``duplex=True``) a form with an odd page count gets an empty back page
("Deze bladzijde is leeg", without marks: a scanner skips it as a blank back), so every home starts
on a sheet of its own; "pagina x van y" counts only the real pages.
Names are never pre-printed: a resident's name is written on the paper only when they give it. Every
page says "Vertrouwelijk na invullen" in its header: blank, the form holds only a home code and an
address; filled in it holds a resident's answers.
"""

from __future__ import annotations

from pathlib import Path
from typing import BinaryIO

from reportlab.lib.enums import TA_CENTER
from reportlab.lib.units import mm
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer, Table, TableStyle

from flatapp.domain.answers import DONT_KNOW, DONT_KNOW_LABEL
from flatapp.domain.questionnaire import Question, Questionnaire, QuestionnaireError, QuestionType, validate
from flatapp.printing.fonts import BOLD, REGULAR
from flatapp.printing.layout import (
    CONTENT_WIDTH,
    DARK_GREY,
    FILLED_IN_CONFIDENTIAL,
    INK,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE_GREY,
    FormCanvas,
    ShadedHeading,
    clean_text,
    draw_once,
    draw_text_fitted,
    draw_tier_line,
    escape_text,
    fit_font_size,
    page_label,
    safe_paragraph,
    styles,
)
from flatapp.printing.questionnaire_blocks import (
    CODE_COLUMN,
    CODE_PT,
    COLUMN_GAP,
    DigitBoxes,
    FillIn,
    Indented,
    OptionGrid,
    ScaleBox,
    SideBySide,
    WritingLines,
    form_style,
)
from flatapp.printing.scan_marks import LayoutRecorder, attach_recorder, draw_corner_marks, draw_page_id, qr_size
from flatapp.scanning.page_layout import PageLayout
from flatapp.scanning.readings import PageId, PageKind
from flatapp.services.homes import HomeRow

CODE_BOX_WIDTH = 58 * mm
CODE_BOX_HEIGHT = 15 * mm
HOME_CODE_PT = 22
QR_GAP = 4 * mm                        # between the QR code and the code box / the header text
STRIP = CODE_BOX_HEIGHT + 4 * mm       # room for the code box on every page
ADDRESS_BAND = 12 * mm                 # room for the address line on a home's first page
FOOTER_Y = 8 * mm
FOOTER_ROOM = 16 * mm                  # from the bottom edge: the footer and its rule
TIER_HEADER_Y = PAGE_HEIGHT - MARGIN - CODE_BOX_HEIGHT + 1 * mm   # level with the bottom of the code box
BLANK_PAGE_TEXT = "Deze bladzijde is leeg"
QUESTION_GAP = 4 * mm
SCALE_CELL = 13.5 * mm
TEXT_LINES = {QuestionType.SHORT_TEXT: 1, QuestionType.LONG_TEXT: 3, QuestionType.HOMES: 2}
# How to mark, printed on every form: what the reader tells apart (a tick or cross; a box made black).
MARKING_RULE = ("Kruis een vakje aan met ✓ of ✗. <b>Vergist?</b> Maak dat vakje helemaal zwart en kruis het "
                "goede vakje aan.")


def render_questionnaires(questionnaire: Questionnaire, homes: list[HomeRow], target: Path | BinaryIO,
                          organisation: str = "", round_name: str = "", duplex: bool = False, *,
                          round_id: int = 0, version_id: int = 0,
                          layouts: list[PageLayout] | None = None) -> int:
    """Write one PDF with a paper form per home (each on fresh pages); returns the page count.

    With ``duplex`` a form with an odd number of pages gets an empty back page, so that printed
    double-sided every home starts on a new sheet. Every other page carries the page id
    ``PageId(FORM, round_id, home code, version_id, page)``; when ``layouts`` is a list, the
    ``PageLayout`` of each such page is appended to it (in page order).

    Raises ValueError (Dutch) for an empty list of homes or a questionnaire without questions,
    and ``QuestionnaireError`` (a ValueError) for a definition that cannot be printed.
    """
    if not homes:
        raise ValueError("Er zijn geen woningen om een vragenlijst voor te printen.")
    if not questionnaire.questions():
        raise ValueError("De vragenlijst heeft nog geen vragen; voeg eerst vragen toe.")
    validate(questionnaire)

    canvas = FormCanvas(target, title=f"Vragenlijsten {round_name}".strip(), author=organisation,
                        subject=questionnaire.title)
    recorder = LayoutRecorder() if layouts is not None else None
    attach_recorder(canvas, recorder)
    forms = canvas.record(
        _story(questionnaire), "FlatQuestionnairePage",
        first_top=MARGIN + STRIP + ADDRESS_BAND, later_top=MARGIN + STRIP, bottom=FOOTER_ROOM,
        on_page=(lambda name: setattr(recorder, "key", name)) if recorder is not None else None,
    )
    attach_recorder(canvas, None)
    chrome = _Chrome(organisation, round_name, questionnaire.title, round_id, version_id)
    for home in homes:
        for form, page_id, qr in chrome.draw_home(canvas, home, forms):
            if recorder is not None and layouts is not None:
                layouts.append(recorder.layout(form, PAGE_WIDTH, PAGE_HEIGHT, page_id, qr))
        if duplex and len(forms) % 2:
            draw_once(canvas, "FlatBlankBackPage", _draw_blank_page)
            canvas.showPage()
    canvas.save()
    return canvas.pages


# --- per home -----------------------------------------------------------------------------

class _Chrome:
    """What every page of a form has around the questions: marks, page id, the strip at the top, the footer.

    The parts that are the same for every home are drawn once as a PDF form; per page only the
    home code, the page id, (on the first page) the address, and the page number are written.
    """

    def __init__(self, organisation: str, round_name: str, title: str, round_id: int, version_id: int) -> None:
        self.organisation = organisation.strip()
        self.subtitle = " · ".join(t for t in (round_name.strip(), title.strip()) if t)
        self.round_id, self.version_id = round_id, version_id
        self.top = PAGE_HEIGHT - MARGIN
        self.box_x = PAGE_WIDTH - MARGIN - CODE_BOX_WIDTH
        self.box_y = self.top - CODE_BOX_HEIGHT
        self.qr_room = qr_size(PageId(PageKind.FORM, 99999, "X" * 12, 99999, 99).encode())
        self.text_width = CONTENT_WIDTH - CODE_BOX_WIDTH - 2 * QR_GAP - self.qr_room
        self.homes = 0

    def _draw_static(self, canvas: FormCanvas) -> None:
        draw_corner_marks(canvas, PAGE_WIDTH, PAGE_HEIGHT)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(1.6)
        canvas.rect(self.box_x, self.box_y, CODE_BOX_WIDTH, CODE_BOX_HEIGHT, stroke=1, fill=0)
        canvas.setFillColor(DARK_GREY)
        canvas.setFont(REGULAR, 7)
        canvas.drawString(self.box_x + 1.5 * mm, self.top - 7 - 1, "woningcode")
        canvas.setFillColor(INK)
        y = self.top - 11
        if self.organisation:
            draw_text_fitted(canvas, MARGIN, y, self.organisation, BOLD, 11, self.text_width)
            y -= 14
        canvas.setFillColor(DARK_GREY)
        draw_text_fitted(canvas, MARGIN, y, self.subtitle, REGULAR, 9, self.text_width)
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.5)
        canvas.line(MARGIN, FOOTER_Y + 12, PAGE_WIDTH - MARGIN, FOOTER_Y + 12)
        draw_tier_line(canvas, FILLED_IN_CONFIDENTIAL, y=TIER_HEADER_Y, width=self.text_width)

    def draw_home(self, canvas: FormCanvas, home: HomeRow, forms: list[str]):
        """Write the home's pages; yields (form name, page id, QR rectangle) per page written."""
        # The home's code box and footer text are the same on each of its pages: one form per home.
        own = f"FlatHome{self.homes}"
        self.homes += 1
        canvas.beginForm(own)
        self._draw_home_texts(canvas, home)
        canvas.endForm()
        count = len(forms)
        for number, form in enumerate(forms, start=1):
            draw_once(canvas, "FlatQuestionnaireChrome", self._draw_static)
            canvas.doForm(own)
            page_id = PageId(PageKind.FORM, self.round_id, home.code, self.version_id, number)
            size = qr_size(page_id.encode())
            qr = draw_page_id(canvas, page_id, self.box_x - QR_GAP - size, self.top - size)
            if number == 1:
                _draw_address(canvas, f"{home.address}, {home.postcode} {home.city}".strip(" ,"))
            canvas.doForm(form)
            draw_once(canvas, f"FlatPageLabel{number}of{count}",
                      lambda c, n=number: self._draw_page_label(c, n, count))
            canvas.showPage()
            yield form, page_id, qr

    def _draw_home_texts(self, canvas: FormCanvas, home: HomeRow) -> None:
        code = clean_text(home.code)
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, fit_font_size(code, BOLD, HOME_CODE_PT, CODE_BOX_WIDTH - 6 * mm))
        canvas.drawRightString(PAGE_WIDTH - MARGIN - 3 * mm, self.box_y + 3.2 * mm, code)
        canvas.setFillColor(DARK_GREY)
        draw_text_fitted(canvas, MARGIN, FOOTER_Y, f"Woning {home.code} · {home.address}", REGULAR, 9,
                         CONTENT_WIDTH - 40 * mm)

    @staticmethod
    def _draw_page_label(canvas: FormCanvas, number: int, count: int) -> None:
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, 11)
        canvas.drawRightString(PAGE_WIDTH - MARGIN, FOOTER_Y, page_label(number, count))


def _draw_blank_page(canvas: FormCanvas) -> None:
    """The back page added for double-sided printing: one small line, so no page seems missing."""
    canvas.setFillColor(DARK_GREY)
    canvas.setFont(REGULAR, 9)
    canvas.drawCentredString(PAGE_WIDTH / 2, PAGE_HEIGHT / 2, BLANK_PAGE_TEXT)
    draw_tier_line(canvas, FILLED_IN_CONFIDENTIAL, y=TIER_HEADER_Y, width=CONTENT_WIDTH - CODE_BOX_WIDTH - 6 * mm)


def _draw_address(canvas: FormCanvas, address: str) -> None:
    y = PAGE_HEIGHT - MARGIN - STRIP - 6.5 * mm
    canvas.setFillColor(DARK_GREY)
    canvas.setFont(REGULAR, 10)
    canvas.drawString(MARGIN, y + 1, "Adres:")
    label = stringWidth("Adres:", REGULAR, 10) + 2 * mm
    canvas.setFillColor(INK)
    draw_text_fitted(canvas, MARGIN + label, y, address, BOLD, 16, CONTENT_WIDTH - label,
                     what="Het adres op een vragenlijst")
    canvas.setStrokeColor(RULE_GREY)
    canvas.setLineWidth(0.6)
    canvas.line(MARGIN, y - 3.5 * mm, PAGE_WIDTH - MARGIN, y - 3.5 * mm)


# --- the questionnaire, laid out once -------------------------------------------------------

def _answers_text(answers: tuple[int, ...]) -> str:
    """'0', '0 of 1', '0, 1 of 2'."""
    values = [str(a) for a in answers]
    return values[0] if len(values) == 1 else f"{', '.join(values[:-1])} of {values[-1]}"


def _jumps(questions: list[Question]) -> dict[str, dict[int, str]]:
    """Per source question and answer code: where the volunteer continues ('' = the end).

    Only when the questions skipped for that answer start right after the source question,
    so "ga door naar" never jumps over a question that should be asked.
    """
    position = {q.code: i for i, q in enumerate(questions)}
    jumps: dict[str, dict[int, str]] = {}
    for question in questions:
        rule = question.skip_if
        if rule is None or rule.question not in position:
            continue
        for answer in rule.answers:
            jumps.setdefault(rule.question, {}).setdefault(answer, "")
    for source, answers in jumps.items():
        start = position[source] + 1
        for answer in list(answers):
            index = start
            while index < len(questions) and _skipped_by(questions[index], source, answer):
                index += 1
            if index == start:
                del answers[answer]
            else:
                answers[answer] = questions[index].code if index < len(questions) else ""
    return {source: answers for source, answers in jumps.items() if answers}


def _skipped_by(question: Question, source: str, answer: int) -> bool:
    rule = question.skip_if
    return rule is not None and rule.question == source and answer in rule.answers


def _goto(target: str) -> str:
    return f"ga door naar {escape_text(target)}" if target else "ga door naar het einde"


def _story(questionnaire: Questionnaire) -> list[Flowable]:
    st = styles()
    questions = questionnaire.questions()
    by_code = {q.code: q for q in questions}
    jumps = _jumps(questions)
    story: list[Flowable] = [safe_paragraph(questionnaire.title, st.title), Spacer(1, 2 * mm),
                             FillIn((("datum", "Datum"), ("interviewers", "Interviewer(s)")))]
    if questionnaire.intro.strip():
        story += [Spacer(1, 2 * mm), safe_paragraph(questionnaire.intro, form_style())]
    # For the volunteer: what * and ? mean (the entry form takes the same ? key), and how to mark.
    story += [Spacer(1, 2 * mm), Paragraph(
        f"<b>Voor de vrijwilliger:</b> een vraag met * heeft altijd een antwoord nodig. Wil de bewoner iets "
        f"niet zeggen of weet hij het niet, kruis dan <b>{DONT_KNOW}</b> aan ({DONT_KNOW_LABEL}). "
        f"{MARKING_RULE}", _note_style())]
    story.append(Spacer(1, 3 * mm))
    for section in questionnaire.sections:
        blocks: list[Flowable] = []
        scale_run: list[Question] = []
        pending: Flowable | None = None
        for question in section.questions:
            # Agreement statements in a row share one grid with the scale as column heads;
            # one that is itself the source of a skip keeps its own block (the jump is printed there).
            if question.type is QuestionType.AGREEMENT and not question.consent and question.code not in jumps:
                scale_run.append(question)
                continue
            if scale_run:
                blocks.append(_agreement_grid(scale_run))
                scale_run = []
            block = _question_block(question, jumps.get(question.code, {}), by_code)
            if pending is not None and _pairable(question) and _saves_room(pending, block):
                blocks[-1] = SideBySide(pending, block)
                pending = None
                continue
            blocks.append(block)
            pending = block if _pairable(question) else None
        if scale_run:
            blocks.append(_agreement_grid(scale_run))
        if not blocks:
            continue
        story.append(KeepTogether([ShadedHeading(section.title, bar_padding=2.5 * mm, gap_below=2.5 * mm),
                                   blocks[0]]))
        for block in blocks[1:]:
            story += [Spacer(1, QUESTION_GAP), block]
        story.append(Spacer(1, QUESTION_GAP))
    if questionnaire.closing.strip():
        story += [Spacer(1, 2 * mm), safe_paragraph(questionnaire.closing, form_style(bold=True))]
    return story


def _pairable(question: Question) -> bool:
    """A short question that may stand beside another: a choice of a few options or a one-line text."""
    if question.consent:
        return False
    if question.type in (QuestionType.YES_NO, QuestionType.SINGLE):
        return len(question.effective_options()) <= 5
    return question.type in (QuestionType.SHORT_TEXT, QuestionType.NUMBER)


def _saves_room(left: Flowable, right: Flowable) -> bool:
    """Side by side only when that is lower than one above the other, and each stays readable."""
    half = (CONTENT_WIDTH - 2 * COLUMN_GAP) / 2
    full = left.wrap(CONTENT_WIDTH, PAGE_HEIGHT)[1] + right.wrap(CONTENT_WIDTH, PAGE_HEIGHT)[1] + QUESTION_GAP
    paired = max(left.wrap(half, PAGE_HEIGHT)[1], right.wrap(half, PAGE_HEIGHT)[1])
    return paired + 4 * mm < full and paired < 70 * mm


def _instruction(question: Question) -> str:
    if question.help.strip():
        return escape_text(question.help)
    if question.consent:
        return "Lees deze tekst helemaal voor."
    if question.type is QuestionType.MULTIPLE:
        return "Meerdere antwoorden mogelijk."
    if question.type in (QuestionType.SINGLE, QuestionType.AGREEMENT):
        return "Kruis één antwoord aan."
    if question.type is QuestionType.HOMES:
        return "Noteer de huisnummers van de buren, gescheiden door komma’s."
    return ""


def _note_style():
    return styles().small.clone("FlatQuestionNote", fontSize=9.5, leading=11.5, textColor=DARK_GREY)


def _skip_words(question: Question, by_code: dict[str, Question]) -> str:
    """The skip rule in words: 'Overslaan als bij KN1 ‘Geen’ is aangekruist.' (never 'KN1 = 0')."""
    rule = question.skip_if
    if rule is None:
        return ""
    source = by_code.get(rule.question)
    code = escape_text(rule.question)
    labels = {o.code: o.label for o in source.effective_options()} if source is not None else {}
    if labels:
        names = [f"‘{escape_text(labels.get(answer, answer))}’" for answer in rule.answers]
        said = names[0] if len(names) == 1 else f"{', '.join(names[:-1])} of {names[-1]}"
        return f"Overslaan als bij {code} {said} is aangekruist."
    return f"Overslaan als bij {code} {_answers_text(rule.answers)} is ingevuld."


def _notes(question: Question, by_code: dict[str, Question], instruction: bool = True) -> str:
    """Instruction, consent hint and skip rule under the question text (markup, escaped)."""
    notes = []
    text = _instruction(question) if instruction else escape_text(question.help)
    if text:
        notes.append(text)
    if question.personal:
        notes.append("Alleen invullen als de bewoner toestemming geeft.")
    skip = _skip_words(question, by_code)
    if skip:
        notes.append(skip)
    return " ".join(notes)


def _agreement_grid(questions: list[Question]) -> Flowable:
    """Statements as rows, the five-point scale as columns (heads repeated after a page break)."""
    st = styles()
    head_style = st.small.clone("FlatScaleHead", fontSize=7.5, leading=9, alignment=TA_CENTER)
    options = questions[0].effective_options()
    cell = SCALE_CELL
    statement_width = CONTENT_WIDTH - CODE_COLUMN - cell * (len(options) + 1)   # + the '?' column
    rows: list[list[object]] = [[
        "", Paragraph("Kruis per stelling één antwoord aan.", _note_style()),
        *[Paragraph(f"<b>{o.code}</b><br/>{escape_text(o.label)}", head_style) for o in options],
        Paragraph(f"<b>{DONT_KNOW}</b><br/>weet niet", head_style),
    ]]
    for question in questions:
        text: list[Flowable] = [safe_paragraph(question.text, form_style(bold=True))]
        notes = _notes(question, {}, instruction=False)
        if notes:
            text.append(Paragraph(notes, _note_style()))
        rows.append([safe_paragraph(_code_label(question), form_style(bold=True).clone("FlatScaleCode", fontSize=CODE_PT)),
                     text, *[ScaleBox(question.code, o.code) for o in options], ScaleBox(question.code, DONT_KNOW)])
    table = Table(rows, colWidths=[CODE_COLUMN, statement_width] + [cell] * (len(options) + 1), repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, 10),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 1), (1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 4),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE_GREY),
    ]))
    return table


def _question_block(question: Question, jumps: dict[int, str], by_code: dict[str, Question]) -> Flowable:
    notes = _notes(question, by_code)
    if question.consent:        # read aloud in full: the instruction on a line of its own below it
        parts: list[Flowable] = [safe_paragraph(question.text, form_style(bold=True))]
        parts += [Paragraph(notes, _note_style())] if notes else []
    else:                       # the instruction runs on after the question, smaller and grey
        note = _note_style()
        parts = [safe_paragraph(question.text, form_style(), before="<b>", after=(
            f'</b> <font size="{note.fontSize}" color="#404040">{notes}</font>' if notes else "</b>"))]

    kind = question.type
    short = " ".join(clean_text(question.text).split())[:60]
    if kind in (QuestionType.SINGLE, QuestionType.MULTIPLE, QuestionType.YES_NO, QuestionType.AGREEMENT):
        options = question.effective_options()
        items = []
        for option in options:
            markup = escape_text(option.label)
            if option.code in jumps:
                markup += f" <b>→ {_goto(jumps[option.code])}</b>"
            items.append((option.code, markup))
        if question.required:       # an optional question is simply left open on paper
            items.append((DONT_KNOW, f'<font color="#6b7280">{DONT_KNOW_LABEL}</font>'))
        parts.append(OptionGrid(question.code, items))
    elif kind is QuestionType.NUMBER:
        digits = max(len(str(abs(question.maximum or 0))), len(str(abs(question.minimum or 0))), 1)
        hint = ""
        if question.minimum is not None and question.maximum is not None:
            hint = f"(een getal van {question.minimum} tot en met {question.maximum})"
        parts.append(DigitBoxes(question.code, short, digits, hint))
        by_target: dict[str, list[int]] = {}
        for answer, target in sorted(jumps.items()):
            by_target.setdefault(target, []).append(answer)
        for target, answers in by_target.items():
            parts.append(Paragraph(f"<b>→ {_goto(target)[0].upper()}{_goto(target)[1:]} "
                                   f"als {_answers_text(tuple(answers))}</b>", form_style()))
    else:
        caption = "woningnummers:" if kind is QuestionType.HOMES else ""
        parts.append(WritingLines(question.code, short, TEXT_LINES.get(kind, 1), caption))
    return Indented(_code_label(question), parts, boxed=question.consent)


def _code_label(question: Question) -> str:
    """The code as on the entry form: a * for a question that needs an answer (or ?)."""
    return question.code + ("*" if question.required else "")


__all__ = ["render_questionnaires", "QuestionnaireError"]
