"""Disclosure rules for public outputs: the readers of a poster are the respondents' own neighbours.

A figure is shown only when
  * its base is at least ``min_base`` respondents (default 10),
  * its count and its complement (base − count) are each at least ``threshold`` (default 5,
    configurable upward only),
  * for a sensitive item (nuisance, contact wishes, free text) the percentage is not 0% or 100%.
Shown counts are rounded to the nearest 5. A percentage is computed from the rounded count (and, when the
base is not public itself, from the rounded base), so it never gives back a count finer than the
rounding: "28% of 18" would pin the count to exactly 5.

A breakdown (per entrance, per floor, the options of a single-choice question) applies the rule per
cell and then suppresses further cells as long as a hidden cell could be recomputed from the shown
cells and the total (secondary suppression, smallest shown cell first).

``public_results`` turns a RoundResults into PublicResults: aggregates only. Names, home codes, house
numbers, individual ties, network homes, follow-up contacts and quotes never pass.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from flatapp.analysis.model import QuestionResult, RoundResults
from flatapp.domain import template_codes as codes

MIN_THRESHOLD = 5
MIN_BASE = 10

HIDDEN_TEXT = "te weinig antwoorden om te tonen"

# Questions of the standard questionnaire that are sensitive: nuisance about named things (WO2),
# contact wishes (CT1) and consent to show a story (VH2). Free text never reaches RoundResults' choices.
DEFAULT_SENSITIVE_QUESTIONS = frozenset({"WO2", "CT1", "VH2"})

# Multiple-choice questions whose number of answers is the base for the topics (join / organise).
TOPIC_JOIN_QUESTION = codes.TOPIC_JOIN
TOPIC_ORGANISE_QUESTION = codes.TOPIC_ORGANISE

QUOTES_NOTE = ("Er worden geen citaten getoond: een citaat komt pas op een poster als de bewoner "
               "toestemming gaf én de coördinator de tekst heeft goedgekeurd.")
NETWORK_NOTE = ("Wie wie kent wordt niet getoond: geen namen, geen huisnummers en geen lijnen tussen woningen.")

STYLES = ("percent", "count", "both")


@dataclass(frozen=True)
class PublicFigure:
    """One figure as it may appear in public. When hidden, percent and rounded are None."""

    shown: bool
    text: str                  # Dutch: 'ongeveer 35', '36%', or HIDDEN_TEXT
    percent: int | None        # whole percentage of the base
    rounded: int | None        # count rounded to the nearest 5


HIDDEN = PublicFigure(False, HIDDEN_TEXT, None, None)


@dataclass(frozen=True)
class DisclosurePolicy:
    threshold: int = MIN_THRESHOLD
    min_base: int = MIN_BASE
    sensitive_questions: frozenset[str] = DEFAULT_SENSITIVE_QUESTIONS

    def __post_init__(self) -> None:
        for name, value, floor in (("drempel", self.threshold, MIN_THRESHOLD),
                                   ("minimale basis", self.min_base, MIN_BASE)):
            if isinstance(value, bool) or not isinstance(value, int):
                raise TypeError(f"De {name} moet een geheel getal zijn, niet {value!r}.")
            if value < floor:
                raise ValueError(f"De {name} mag niet lager zijn dan {floor} (gevraagd: {value}); "
                                 "alleen hoger instellen is toegestaan.")
        object.__setattr__(self, "sensitive_questions", frozenset(self.sensitive_questions))

    # The rule for one figure -------------------------------------------------------------------
    def passes(self, count: int, base: int) -> bool:
        return base >= self.min_base and count >= self.threshold and base - count >= self.threshold

    def public_count(self, count: int, base: int, sensitive: bool = False,
                     style: str = "percent", base_public: bool = True) -> PublicFigure:
        return public_count(count, base, sensitive, policy=self, style=style, base_public=base_public)

    @property
    def smallest_group(self) -> int:
        """The fewest respondents any public figure may describe (a mean, such as cohesion, too)."""
        return max(self.min_base, self.threshold)

    def public_breakdown(self, cells: Mapping[str, tuple[int, int]],
                         total: tuple[int, int] | None = None, sensitive: bool = False,
                         style: str = "percent") -> dict[str, PublicFigure]:
        return public_breakdown(cells, total, policy=self, sensitive=sensitive, style=style)


DEFAULT_POLICY = DisclosurePolicy()


def round_to_five(count: int) -> int:
    """Nearest multiple of 5 (counts are integers, so there is never a tie)."""
    return 5 * ((count + 2) // 5)


def whole_percent(count: int, base: int) -> int:
    """count / base as a whole percentage, half rounded up (integer arithmetic, no float surprises)."""
    return (200 * count + base) // (2 * base)


def _percent_text(percent: int) -> str:
    if percent == 0:
        return "minder dan 1%"
    if percent == 100:
        return "meer dan 99%"
    return f"{percent}%"


def public_percent(rounded: int, base: int, base_public: bool = True) -> int:
    """The percentage shown beside a rounded count: a function of the rounded count (and of the rounded
    base when the base itself is only shown rounded), so it reveals nothing the rounding hid."""
    shown_base = base if base_public else round_to_five(base)
    return whole_percent(rounded, shown_base)


def public_count(count: int, base: int, sensitive: bool = False, *,
                 policy: DisclosurePolicy = DEFAULT_POLICY, style: str = "percent",
                 base_public: bool = True) -> PublicFigure:
    """The public form of ``count`` out of ``base``, or HIDDEN when any rule fails.

    ``style`` picks the text: 'percent' ('36%'), 'count' ('ongeveer 35') or 'both'. ``base_public``:
    the exact base is known to readers (households of a block or entrance: a door count); otherwise
    (the respondents who answered a question) the percentage is taken over the rounded base too.
    """
    if style not in STYLES:
        raise ValueError(f"Onbekende weergave {style!r}; kies uit {', '.join(STYLES)}.")
    if count < 0 or base < 0 or count > base:
        raise ValueError(f"Ongeldig aantal: {count} van {base}.")
    if not policy.passes(count, base):
        return HIDDEN
    rounded = round_to_five(count)
    percent = public_percent(rounded, base, base_public)
    if sensitive and percent in (0, 100):
        return HIDDEN
    if style == "percent":
        text = _percent_text(percent)
    elif style == "count":
        text = f"ongeveer {rounded}"
    else:
        text = f"ongeveer {rounded} ({_percent_text(percent)})"
    return PublicFigure(True, text, percent, rounded)


def determined_cells(cells: Mapping[str, tuple[int, int]], hidden: set[str],
                     total: tuple[int, int]) -> set[str]:
    """Hidden cells whose count an attacker can pin down exactly.

    The attacker knows every shown count exactly (conservative: they are rounded in public), every
    base (homes per entrance are no secret) and the total count. Each hidden count c_i lies in
    [0, base_i] and the hidden counts sum to S = total − shown; c_i is determined when its feasible
    interval [max(0, S − Σ other hidden bases), min(base_i, S)] is a single point. Cells with base 0
    disclose nothing and are left out.
    """
    total_count = total[0]
    rest = total_count - sum(cells[name][0] for name in cells if name not in hidden)
    hidden_bases = sum(cells[name][1] for name in hidden)
    found = set()
    for name in hidden:
        base = cells[name][1]
        if base == 0:
            continue
        low = max(0, rest - (hidden_bases - base))
        high = min(base, rest)
        if low >= high:
            found.add(name)
    return found


def public_breakdown(cells: Mapping[str, tuple[int, int]], total: tuple[int, int] | None = None, *,
                     policy: DisclosurePolicy = DEFAULT_POLICY, sensitive: bool = False,
                     style: str = "percent", base_public: bool = True) -> dict[str, PublicFigure]:
    """Apply the rule per cell ``{label: (count, base)}``; with a known ``total`` (count, base) of the
    partition, hide further cells (smallest shown count first) while a hidden cell could be recomputed.
    """
    figures = {name: public_count(count, base, sensitive, policy=policy, style=style, base_public=base_public)
               for name, (count, base) in cells.items()}
    if total is None:
        return figures
    hidden = {name for name, figure in figures.items() if not figure.shown}
    while hidden and determined_cells(cells, hidden, total):
        shown = [name for name in cells if name not in hidden]
        if not shown:
            break   # everything is hidden: only the total itself remains, which has its own rule
        smallest = min(shown, key=lambda name: (cells[name][0], cells[name][1], name))
        hidden.add(smallest)
        figures[smallest] = HIDDEN
    return figures


# Public results --------------------------------------------------------------------------------

@dataclass(frozen=True)
class PublicOption:
    label: str
    figure: PublicFigure


@dataclass(frozen=True)
class PublicQuestion:
    code: str
    text: str
    sensitive: bool
    answered_text: str         # 'ongeveer 95 antwoorden'
    options: tuple[PublicOption, ...]


@dataclass(frozen=True)
class PublicTopic:
    label: str
    join: PublicFigure         # 'ongeveer 30' bewoners willen meedoen
    organise: PublicFigure     # 'ongeveer 10' willen mee organiseren


@dataclass(frozen=True)
class PublicGroup:
    """Response of one entrance or floor as a whole."""

    label: str
    figure: PublicFigure       # interviews of eligible homes


@dataclass(frozen=True)
class PublicCohesion:
    score: float               # one decimal
    respondents_text: str      # 'ongeveer 80 bewoners'
    national: float
    national_year: int
    national_source: str
    range_low: float
    range_high: float
    note: str


@dataclass(frozen=True)
class PublicResults:
    """Only aggregates that passed the disclosure rules. Safe to print, show and put on a poster."""

    round_name: str
    building_name: str
    headline: str                                  # 'Ongeveer 95 van de 194 huishoudens gesproken (49%)'
    households: int                                # eligible homes of the block (no secret: a door count)
    threshold: int                                 # the policy's smallest group shown (for the privacy line)
    response: PublicFigure
    questions: tuple[PublicQuestion, ...]
    topics: tuple[PublicTopic, ...]
    cohesion: PublicCohesion | None
    by_entrance: tuple[PublicGroup, ...]
    by_floor: tuple[PublicGroup, ...]
    quotes: tuple[str, ...] = ()                   # coordinator-approved texts of residents who consented
    homes: int = 0                                 # all homes of the block, occupied or not (a door count)
    notes: tuple[str, ...] = field(default=())     # Dutch: what is left out and why


def _question(question: QuestionResult, policy: DisclosurePolicy) -> PublicQuestion | None:
    sensitive = question.code in policy.sensitive_questions
    cells = {str(index): (c.count, c.base) for index, c in enumerate(question.counts)}
    # A single-choice question is a partition of its base: a hidden option could be recomputed.
    partition = bool(question.counts) and sum(c.count for c in question.counts) == question.answered \
        and all(c.base == question.answered for c in question.counts)
    total = (question.answered, question.answered) if partition else None
    # The respondents of a question are only shown rounded ('ongeveer 95 antwoorden').
    figures = public_breakdown(cells, total, policy=policy, sensitive=sensitive, base_public=False)
    if not any(figure.shown for figure in figures.values()):
        return None
    options = tuple(PublicOption(c.label, figures[str(index)]) for index, c in enumerate(question.counts))
    return PublicQuestion(question.code, question.text, sensitive,
                          f"ongeveer {round_to_five(question.answered)} antwoorden", options)


def _groups(groups, policy: DisclosurePolicy) -> tuple[PublicGroup, ...]:
    if not groups:
        return ()
    cells: dict[str, tuple[int, int]] = {}
    for group in groups:   # labels are unique in practice; merge defensively if not
        count, base = cells.get(group.label, (0, 0))
        cells[group.label] = (count + group.interviews, base + group.eligible)
    total = (sum(c for c, _ in cells.values()), sum(b for _, b in cells.values()))
    figures = public_breakdown(cells, total, policy=policy)
    return tuple(PublicGroup(label, figures[label]) for label in cells)


def public_results(results: RoundResults, policy: DisclosurePolicy = DEFAULT_POLICY,
                   approved_quotes: tuple[str, ...] = ()) -> PublicResults:
    """The public face of a round. Never copies names, homes, ties or follow-up; of the quotes only
    ``approved_quotes`` pass: texts the coordinator approved (flatapp.services.quotes), which only
    exist for residents who consented. ``results.quotes`` (consent only) never pass."""
    notes: list[str] = []
    response = results.response
    # Interviews are complete forms everywhere (tiles, RR1, exports, poster); the base is the occupied
    # homes (households): vacant homes and "geen woning" are no household.
    interviews = response.complete
    figure = public_count(interviews, response.eligible, policy=policy, style="both")
    if figure.shown:
        headline = (f"Ongeveer {figure.rounded} van de {response.eligible} huishoudens gesproken "
                    f"({_percent_text(figure.percent)})")
    elif interviews == 0:
        headline = "Nog geen gesprekken om te tonen."
    else:
        headline = "Te weinig gesprekken om het aantal te tonen."
    if not figure.shown:
        notes.append(f"Het aantal gesprekken wordt niet getoond: {HIDDEN_TEXT}.")

    questions = []
    for question in results.questions:
        public = _question(question, policy)
        if public is None:
            notes.append(f"Vraag {question.code} wordt niet getoond: {HIDDEN_TEXT}.")
        else:
            questions.append(public)
    if not results.questions:
        notes.append("Er zijn geen vragen met antwoorden om te tonen.")
    elif not questions:
        notes.append("Geen enkele vraag heeft genoeg antwoorden om te tonen.")

    answered = {q.code: q.answered for q in results.questions}
    join_base = answered.get(TOPIC_JOIN_QUESTION, interviews)
    organise_base = answered.get(TOPIC_ORGANISE_QUESTION, interviews)
    topics = []
    for topic in results.topics:
        join = public_count(topic.join, join_base, policy=policy, style="count", base_public=False) \
            if topic.join <= join_base else HIDDEN
        organise = public_count(topic.organise, organise_base, policy=policy, style="count",
                                base_public=False) if topic.organise <= organise_base else HIDDEN
        if join.shown or organise.shown:
            topics.append(PublicTopic(topic.label, join, organise))
    if results.topics and not topics:
        notes.append(f"De onderwerpen worden niet getoond: {HIDDEN_TEXT}.")
    elif not results.topics:
        notes.append("Er zijn nog geen onderwerpen gekozen.")

    cohesion = None
    source = results.cohesion
    if source is not None and source.score is not None and source.respondents >= policy.smallest_group:
        cohesion = PublicCohesion(round(source.score, 1), f"ongeveer {round_to_five(source.respondents)} bewoners",
                                  source.national, source.national_year, source.national_source,
                                  source.range_low, source.range_high, source.note)
    elif source is not None:
        notes.append(f"Het cijfer voor samenhang wordt niet getoond: {HIDDEN_TEXT}.")

    by_entrance = _groups(results.by_entrance, policy)
    by_floor = _groups(results.by_floor, policy)
    for name, groups in (("portiek", by_entrance), ("verdieping", by_floor)):
        if groups and not any(g.figure.shown for g in groups):
            notes.append(f"De respons per {name} wordt niet getoond: {HIDDEN_TEXT}.")

    if results.network is not None or results.network_homes or results.ties:
        notes.append(NETWORK_NOTE)
    quotes = tuple(text.strip() for text in approved_quotes if text and text.strip())
    if not quotes:
        notes.append(QUOTES_NOTE)
    return PublicResults(
        round_name=results.round_name, building_name=results.building_name, headline=headline,
        households=response.eligible, homes=response.homes, threshold=policy.threshold, response=figure, questions=tuple(questions), topics=tuple(topics),
        cohesion=cohesion, by_entrance=by_entrance, by_floor=by_floor, quotes=quotes, notes=tuple(notes),
    )
