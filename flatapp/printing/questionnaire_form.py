"""Paper questionnaires: one form per home, pre-printed with the home's code and address.

The questions come in exactly the order of ``Questionnaire.questions()`` (the order of the entry
form), each with its code ("KN1") and the numeric answer codes beside boxes a pen can hit, so what
is ticked on paper is what is typed later. Skip rules are printed at both ends ("→ ga door naar
KN3" beside the answer, "Sla deze vraag over als KN1 = 0" at the skipped question) and consent
texts are printed in full.

Every home gets the same pages: the questionnaire is laid out once and each page is kept as a
PDF form; per home only the code box, the address line and the footer are drawn.
For double-sided printing (``duplex=True``) a form with an odd page count gets an empty back page
("Deze bladzijde is leeg"), so every home starts on a sheet of its own; "pagina x van y" counts only
the real pages.
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
    BOX_LINE,
    CONTENT_WIDTH,
    DARK_GREY,
    FILLED_IN_CONFIDENTIAL,
    INK,
    MARGIN,
    PAGE_HEIGHT,
    PAGE_WIDTH,
    RULE_GREY,
    TICK_BOX,
    WRITING_LINE_GAP,
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
from flatapp.services.homes import HomeRow

CODE_COLUMN = 17 * mm
CODE_PT = 13
CODE_BOX_WIDTH = 58 * mm
CODE_BOX_HEIGHT = 15 * mm
HOME_CODE_PT = 22
STRIP = CODE_BOX_HEIGHT + 5 * mm       # room for the code box on every page
ADDRESS_BAND = 13 * mm                 # room for the address line on a home's first page
FOOTER_ROOM = 14 * mm
FOOTER_Y = 8 * mm
TIER_HEADER_Y = PAGE_HEIGHT - MARGIN - CODE_BOX_HEIGHT + 1 * mm   # level with the bottom of the code box
BLANK_PAGE_TEXT = "Deze bladzijde is leeg"
QUESTION_GAP = 5 * mm
OPTION_GAP = 2 * mm
DIGIT_BOX_WIDTH = 8 * mm
SCALE_CELL = 19 * mm
DIGIT_BOX_HEIGHT = 10 * mm
TEXT_LINES = {QuestionType.SHORT_TEXT: 1, QuestionType.LONG_TEXT: 4, QuestionType.HOMES: 2}


def render_questionnaires(questionnaire: Questionnaire, homes: list[HomeRow], target: Path | BinaryIO,
                          organisation: str = "", round_name: str = "", duplex: bool = False) -> int:
    """Write one PDF with a paper form per home (each on fresh pages); returns the page count.

    With ``duplex`` a form with an odd number of pages gets an empty back page, so that printed
    double-sided every home starts on a new sheet.

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
    forms = canvas.record(
        _story(questionnaire), "FlatQuestionnairePage",
        first_top=MARGIN + STRIP + ADDRESS_BAND, later_top=MARGIN + STRIP, bottom=MARGIN + FOOTER_ROOM,
    )
    chrome = _Chrome(organisation, round_name, questionnaire.title)
    for home in homes:
        chrome.draw_home(canvas, home, forms)
        if duplex and len(forms) % 2:
            draw_once(canvas, "FlatBlankBackPage", _draw_blank_page)
            canvas.showPage()
    canvas.save()
    return canvas.pages


# --- per home -----------------------------------------------------------------------------

class _Chrome:
    """What every page of a form has around the questions: the strip at the top and the footer.

    The parts that are the same for every home are drawn once as a PDF form; per page only the
    home code, (on the first page) the address, and the page number are written.
    """

    def __init__(self, organisation: str, round_name: str, title: str) -> None:
        self.organisation = organisation.strip()
        self.subtitle = " · ".join(t for t in (round_name.strip(), title.strip()) if t)
        self.top = PAGE_HEIGHT - MARGIN
        self.box_x = PAGE_WIDTH - MARGIN - CODE_BOX_WIDTH
        self.box_y = self.top - CODE_BOX_HEIGHT
        self.text_width = CONTENT_WIDTH - CODE_BOX_WIDTH - 6 * mm
        self.homes = 0

    def _draw_static(self, canvas: FormCanvas) -> None:
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

    def draw_home(self, canvas: FormCanvas, home: HomeRow, forms: list[str]) -> None:
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
            if number == 1:
                _draw_address(canvas, f"{home.address}, {home.postcode} {home.city}".strip(" ,"))
            canvas.doForm(form)
            draw_once(canvas, f"FlatPageLabel{number}of{count}",
                      lambda c, n=number: self._draw_page_label(c, n, count))
            canvas.showPage()

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
    y = PAGE_HEIGHT - MARGIN - STRIP - 7 * mm
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
    jumps = _jumps(questions)
    story: list[Flowable] = [safe_paragraph(questionnaire.title, st.title), Spacer(1, 2 * mm),
                             _FillIn(("Datum", "Interviewer(s)"))]
    if questionnaire.intro.strip():
        story += [Spacer(1, 3 * mm), safe_paragraph(questionnaire.intro, st.body)]
    # For the volunteer: what * and ? mean (the entry form takes the same ? key).
    story += [Spacer(1, 2 * mm), Paragraph(
        f"<b>Voor de vrijwilliger:</b> een vraag met * heeft altijd een antwoord nodig. Wil de bewoner iets "
        f"niet zeggen of weet hij het niet, kruis dan <b>{DONT_KNOW}</b> aan ({DONT_KNOW_LABEL}).", _note_style())]
    story.append(Spacer(1, 3 * mm))
    for section in questionnaire.sections:
        blocks: list[Flowable] = []
        scale_run: list[Question] = []
        for question in section.questions:
            # Agreement statements in a row share one grid with the scale as column heads;
            # one that is itself the source of a skip keeps its own block (the jump is printed there).
            if question.type is QuestionType.AGREEMENT and not question.consent and question.code not in jumps:
                scale_run.append(question)
                continue
            if scale_run:
                blocks.append(_agreement_grid(scale_run))
                scale_run = []
            blocks.append(_question_block(question, jumps.get(question.code, {})))
        if scale_run:
            blocks.append(_agreement_grid(scale_run))
        if not blocks:
            continue
        story.append(KeepTogether([ShadedHeading(section.title, bar_padding=3 * mm, gap_below=3 * mm), blocks[0]]))
        for block in blocks[1:]:
            story += [Spacer(1, QUESTION_GAP), block]
        story.append(Spacer(1, QUESTION_GAP))
    if questionnaire.closing.strip():
        story += [Spacer(1, 4 * mm), safe_paragraph(questionnaire.closing, st.body_bold)]
    return story


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
    return styles().small.clone("FlatQuestionNote", fontSize=10, leading=12.5, textColor=DARK_GREY)


def _notes(question: Question, instruction: bool = True) -> str:
    """Instruction, consent hint and skip rule under the question text (markup, escaped)."""
    notes = []
    text = _instruction(question) if instruction else escape_text(question.help)
    if text:
        notes.append(text)
    if question.personal:
        notes.append("Alleen invullen als de bewoner toestemming geeft.")
    rule = question.skip_if
    if rule is not None:
        notes.append(f"Sla deze vraag over als {escape_text(rule.question)} = {_answers_text(rule.answers)}.")
    return " ".join(notes)


def _agreement_grid(questions: list[Question]) -> Flowable:
    """Statements as rows, the five-point scale as columns (heads repeated after a page break)."""
    st = styles()
    head_style = st.small.clone("FlatScaleHead", fontSize=8.5, leading=10, alignment=TA_CENTER)
    options = questions[0].effective_options()
    cell = SCALE_CELL
    statement_width = CONTENT_WIDTH - CODE_COLUMN - cell * (len(options) + 1)   # + the '?' column
    rows: list[list[object]] = [[
        "", Paragraph("Kruis per stelling één antwoord aan.", _note_style()),
        *[Paragraph(f"<b>{o.code}</b><br/>{escape_text(o.label)}", head_style) for o in options],
        Paragraph(f"<b>{DONT_KNOW}</b><br/>weet niet", head_style),
    ]]
    for question in questions:
        text: list[Flowable] = [safe_paragraph(question.text, st.body_bold)]
        notes = _notes(question, instruction=False)
        if notes:
            text.append(Paragraph(notes, _note_style()))
        rows.append([safe_paragraph(_code_label(question), st.body_bold.clone("FlatScaleCode", fontSize=CODE_PT)),
                     text, *[_ScaleBox(o.code) for o in options], _ScaleBox(DONT_KNOW)])
    table = Table(rows, colWidths=[CODE_COLUMN, statement_width] + [cell] * (len(options) + 1), repeatRows=1)
    table.setStyle(TableStyle([
        ("FONT", (0, 0), (-1, -1), REGULAR, 10),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("VALIGN", (0, 1), (1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), 0),
        ("RIGHTPADDING", (0, 0), (-1, -1), 2),
        ("TOPPADDING", (0, 0), (-1, -1), 5),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 5),
        ("LINEBELOW", (0, 0), (-1, 0), 0.8, INK),
        ("LINEBELOW", (0, 1), (-1, -1), 0.5, RULE_GREY),
    ]))
    return table


def _question_block(question: Question, jumps: dict[int, str]) -> Flowable:
    st = styles()
    parts: list[Flowable] = [safe_paragraph(question.text, st.body_bold)]
    notes = _notes(question)
    if notes:
        parts.append(Paragraph(notes, _note_style()))

    kind = question.type
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
        parts.append(_OptionGrid(items))
    elif kind is QuestionType.NUMBER:
        digits = max(len(str(abs(question.maximum or 0))), len(str(abs(question.minimum or 0))), 1)
        hint = ""
        if question.minimum is not None and question.maximum is not None:
            hint = f"(een getal van {question.minimum} tot en met {question.maximum})"
        parts.append(_DigitBoxes(digits, hint))
        by_target: dict[str, list[int]] = {}
        for answer, target in sorted(jumps.items()):
            by_target.setdefault(target, []).append(answer)
        for target, answers in by_target.items():
            parts.append(Paragraph(f"<b>→ {_goto(target)[0].upper()}{_goto(target)[1:]} "
                                   f"als {_answers_text(tuple(answers))}</b>", st.body))
    else:
        caption = "woningnummers:" if kind is QuestionType.HOMES else ""
        parts.append(_WritingLines(TEXT_LINES.get(kind, 1), caption))
    return _Indented(_code_label(question), parts, boxed=question.consent)


def _code_label(question: Question) -> str:
    """The code as on the entry form: a * for a question that needs an answer (or ?)."""
    return question.code + ("*" if question.required else "")


# --- flowables ------------------------------------------------------------------------------

class _Indented(Flowable):
    """The question code in a left column, the question and its answer space beside it.

    Splits between its parts when one question is taller than a page (a long consent text).
    """

    def __init__(self, code: str, parts: list[Flowable], boxed: bool = False, continued: bool = False) -> None:
        super().__init__()
        self.code = code
        self.parts = parts
        self.boxed = boxed
        self.continued = continued
        self.gap = OPTION_GAP
        self._heights: list[float] = []

    def _inner_width(self, width: float) -> float:
        return width - CODE_COLUMN - (3 * mm if self.boxed else 0)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        inner = self._inner_width(available_width)
        self._heights = [part.wrap(inner, available_height)[1] for part in self.parts]
        pad = 2 * 2 * mm if self.boxed else 0
        self.height = sum(self._heights) + self.gap * max(0, len(self.parts) - 1) + pad
        return self.width, self.height

    def split(self, available_width: float, available_height: float) -> list[Flowable]:
        frame = getattr(self, "_frame", None)
        if frame is not None and not frame._atTop and self.height <= frame._height:
            return []  # fits on a fresh page: the whole question moves there
        inner = self._inner_width(available_width)
        pad = 2 * 2 * mm if self.boxed else 0
        room = available_height - pad
        used = 0.0
        for index, part in enumerate(self.parts):
            height = part.wrap(inner, room)[1]
            if used + height > room:
                pieces = part.split(inner, room - used) if room - used > 20 else []
                head = self.parts[:index] + pieces[:1]
                tail = pieces[1:] + self.parts[index + 1:] if pieces else self.parts[index:]
                if not head:
                    return []
                return [_Indented(self.code, head, self.boxed, self.continued),
                        _Indented(self.code, tail, self.boxed, continued=True)]
            used += height + self.gap
        return [self]

    def draw(self) -> None:
        canvas = self.canv
        pad = 2 * mm if self.boxed else 0
        if self.boxed:
            canvas.setStrokeColor(INK)
            canvas.setLineWidth(1)
            canvas.rect(CODE_COLUMN - 2 * mm, 0, self.width - CODE_COLUMN + 2 * mm, self.height, stroke=1, fill=0)
        canvas.setFillColor(INK)
        canvas.setFont(BOLD, CODE_PT)
        label = f"({self.code})" if self.continued else self.code
        draw_text_fitted(canvas, 0, self.height - pad - CODE_PT, label, BOLD, CODE_PT, CODE_COLUMN - 2 * mm)
        y = self.height - pad
        x = CODE_COLUMN + (1 * mm if self.boxed else 0)
        for part, height in zip(self.parts, self._heights):
            y -= height
            part.drawOn(canvas, x, y)
            y -= self.gap


class _OptionGrid(Flowable):
    """Answer options as '[ ] 3  label' in one to five columns, filled top to bottom."""

    def __init__(self, items: list[tuple[int | str, str]]) -> None:
        super().__init__()
        self.items = items
        st = styles()
        self.style = st.body
        self.code_width = max(stringWidth(str(code), BOLD, 12) for code, _ in items) + 2.5 * mm
        self.labels = [Paragraph(markup, self.style) for _, markup in items]

    def _columns(self, width: float) -> int:
        count = len(self.items)
        for columns in (3, 2):
            if columns > count:
                continue
            label_width = width / columns - self._lead() - 3 * mm
            if all(p.wrap(label_width, PAGE_HEIGHT)[1] <= self.style.leading + 0.5 for p in self.labels):
                return columns
        return 1

    def _lead(self) -> float:
        return TICK_BOX + 2 * mm + self.code_width

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.columns = self._columns(available_width)
        self.rows = -(-len(self.items) // self.columns)
        label_width = available_width / self.columns - self._lead() - 3 * mm
        heights = [max(p.wrap(label_width, available_height)[1], TICK_BOX) for p in self.labels]
        self.row_heights = [
            max(heights[c * self.rows + r] for c in range(self.columns) if c * self.rows + r < len(heights))
            for r in range(self.rows)
        ]
        self.height = sum(self.row_heights) + OPTION_GAP * (self.rows - 1)
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        column_width = self.width / self.columns
        tops = []
        y = self.height
        for height in self.row_heights:
            tops.append(y)
            y -= height + OPTION_GAP
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(BOX_LINE)
        for index, ((code, _), label) in enumerate(zip(self.items, self.labels)):
            column, row = divmod(index, self.rows)
            x = column * column_width
            top = tops[row]
            canvas.rect(x, top - TICK_BOX, TICK_BOX, TICK_BOX, stroke=1, fill=0)
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, 12)
            baseline = top - TICK_BOX + 3
            canvas.drawString(x + TICK_BOX + 2 * mm, baseline, str(code))
            # The label's first line sits on the same baseline as the code.
            label.drawOn(canvas, x + self._lead(), baseline - label.height + self.style.fontSize)


class _ScaleBox(Flowable):
    """One tick box of the agreement grid, its code small beside it."""

    def __init__(self, code: int | str) -> None:
        super().__init__()
        self.code = str(code)

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = TICK_BOX
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        x = (self.width - TICK_BOX) / 2
        canvas.setFillColor(DARK_GREY)
        canvas.setFont(BOLD, 9)
        canvas.drawRightString(x - 2, 3.5, self.code)
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(BOX_LINE)
        canvas.rect(x, 0, TICK_BOX, TICK_BOX, stroke=1, fill=0)


class _DigitBoxes(Flowable):
    """A box per digit for a number answer, with the allowed range beside it."""

    def __init__(self, digits: int, hint: str) -> None:
        super().__init__()
        self.digits = digits
        self.hint = hint

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = DIGIT_BOX_HEIGHT
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        canvas.setStrokeColor(INK)
        canvas.setLineWidth(BOX_LINE)
        for index in range(self.digits):
            canvas.rect(index * DIGIT_BOX_WIDTH, 0, DIGIT_BOX_WIDTH, DIGIT_BOX_HEIGHT, stroke=1, fill=0)
        if self.hint:
            canvas.setFillColor(DARK_GREY)
            x = self.digits * DIGIT_BOX_WIDTH + 3 * mm
            draw_text_fitted(canvas, x, DIGIT_BOX_HEIGHT / 2 - 3.5, self.hint, REGULAR, 10, self.width - x)


class _WritingLines(Flowable):
    """Lines to write on, spaced for handwriting; an optional caption before the first line."""

    def __init__(self, lines: int, caption: str = "") -> None:
        super().__init__()
        self.lines = lines
        self.caption = caption

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = self.lines * WRITING_LINE_GAP
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        start = 0.0
        if self.caption:
            canvas.setFillColor(INK)
            canvas.setFont(BOLD, 11)
            canvas.drawString(0, self.height - WRITING_LINE_GAP + 2, self.caption)
            start = stringWidth(self.caption, BOLD, 11) + 2 * mm
        canvas.setStrokeColor(RULE_GREY)
        canvas.setLineWidth(0.8)
        for line in range(self.lines):
            y = self.height - (line + 1) * WRITING_LINE_GAP + 1
            canvas.line(start if line == 0 else 0, y, self.width, y)


class _FillIn(Flowable):
    """'Datum ________  Interviewer(s) ________' on one line."""

    def __init__(self, labels: tuple[str, ...]) -> None:
        super().__init__()
        self.labels = labels

    def wrap(self, available_width: float, available_height: float) -> tuple[float, float]:
        self.width = available_width
        self.height = 9 * mm
        return self.width, self.height

    def draw(self) -> None:
        canvas = self.canv
        slot = self.width / len(self.labels)
        for index, label in enumerate(self.labels):
            x = index * slot
            canvas.setFillColor(INK)
            canvas.setFont(REGULAR, 11)
            canvas.drawString(x, 3, f"{label}:")
            start = x + stringWidth(f"{label}:", REGULAR, 11) + 2 * mm
            canvas.setStrokeColor(RULE_GREY)
            canvas.setLineWidth(0.8)
            canvas.line(start, 1, x + slot - 6 * mm, 1)


__all__ = ["render_questionnaires", "QuestionnaireError"]
