"""The internal tier of a round's results (Qt-free, pure): what the welfare team, the area team and the
corporation may get (``flatapp results`` without ``--confidential``).

What a figure describes decides whether it is shown: its *group* is the respondents it is computed over
(a question's base, the respondents of an entrance or floor, the whole selection). The rule is
``flatapp.domain.tiers.INTERNAL_MIN_GROUP`` (10):

* **The selection.** An export about fewer than 10 respondents (complete interviews) shows nothing but
  the round's name and "te weinig gesprekken". A filtered export (``--entrance``, ``--floor``) must
  also be a *shown cell* of every breakdown it belongs to (its entrance among the block's entrances,
  its floor among the block's floors, and with both filters: the floor among that entrance's floors and
  the entrance among that floor's entrances). Otherwise the rest of the block, or of the entrance,
  could be recomputed as the difference of two exports (the whole block minus this selection): a group
  of fewer than 10 whose answers nobody may see. The breakdown rule below keeps that difference at 10
  or more respondents.
* **Counts and percentages** of a group of 10 or more are shown exactly, unrounded, also when a count
  is small: 2 of 96 answered 'nee' is a figure about 96 respondents. (The public tier rounds and
  hides small counts; the internal tier is for professionals who need the exact figures.)
* **A question** answered by fewer than 10 respondents is shown without any figure (its base too).
  The same for the topics (the base is the number who answered the topic question), the cohesion score
  (respondents with a score) and the network summary (respondents in the network).
* **Breakdowns** that partition the selection (response per entrance, per floor, interviews per
  evening) hide the interviews and response rate of every cell with fewer than 10 interviews, and then
  further cells (smallest first) until (a) no hidden cell can be recomputed exactly from the shown cells
  and the total, even by someone who knows that a hidden cell is below 10 (or, hidden for protection,
  at least 10), and (b) the hidden cells together hold at least 10 interviews, so that their sum (the
  total minus the shown cells) is no figure about a small group either. Homes and occupied homes per
  cell are door counts and always shown.
* **Never** in this tier: stories or quotes, open answers, home codes or house numbers, the network
  per home, ties, the follow-up list, names or contact details.
* The door response of the selection (homes, refusals, not reached, rates) is shown exactly: it counts
  doors, not answers, and the selection has at least 10 respondents.

``internal_comparison`` applies the same rule to a comparison of two rounds: a row is empty ("—") in
this tier when its part is hidden in either round's internal view.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from flatapp.analysis.compare import Comparison, ComparisonRow
from flatapp.analysis.model import Cohesion, NetworkSummary, Response, RoundResults
from flatapp.domain import template_codes as codes
from flatapp.domain.tiers import INTERNAL_MIN_GROUP

TOO_FEW = "te weinig gesprekken"
TOO_FEW_ANSWERS = "te weinig antwoorden"
NO_STORIES_NOTE = ("Verhalen, citaten, open antwoorden, woningcodes, het netwerk per woning en de opvolglijst "
                   "staan niet in deze interne export; alleen de coördinator ziet die (met --confidential).")


# --- plain rows of the internal view ------------------------------------------------------------------

@dataclass(frozen=True)
class InternalGroup:
    """Response of one entrance, floor or evening. ``interviews``/``rr1`` are None when hidden."""

    label: str
    homes: int
    eligible: int
    interviews: int | None
    rr1: float | None

    @property
    def shown(self) -> bool:
        return self.interviews is not None


@dataclass(frozen=True)
class InternalEvening:
    label: str
    attempts: int                  # door rings: no answers, always shown
    interviews: int | None         # None when hidden


@dataclass(frozen=True)
class InternalCount:
    code: int
    label: str
    count: int | None              # None when the question is hidden
    base: int | None
    share: float | None


@dataclass(frozen=True)
class InternalQuestion:
    code: str
    text: str
    answered: int | None           # None: fewer than INTERNAL_MIN_GROUP answered (hidden)
    counts: tuple[InternalCount, ...]

    @property
    def shown(self) -> bool:
        return self.answered is not None


@dataclass(frozen=True)
class InternalTopic:
    code: int
    label: str
    join: int | None               # None when the topic question's base is below the minimum
    organise: int | None


@dataclass(frozen=True)
class InternalCohesion:
    score: float | None            # None (and respondents None) when fewer than the minimum have a score
    respondents: int | None
    national: float
    national_year: int
    national_source: str
    range_low: float
    range_high: float
    note: str


@dataclass(frozen=True)
class InternalResults:
    """Aggregates only, every figure about at least ``min_group`` respondents (see the module)."""

    round_id: int
    round_name: str
    building_name: str
    filters: dict[str, str]
    shown: bool                                     # False: the selection is too small; nothing below is set
    min_group: int
    response: Response | None
    by_entrance: tuple[InternalGroup, ...]
    by_floor: tuple[InternalGroup, ...]
    evenings: tuple[InternalEvening, ...]
    questions: tuple[InternalQuestion, ...]
    topics: tuple[InternalTopic, ...]
    network: NetworkSummary | None                  # the block's summary (no homes, no ties)
    cohesion: InternalCohesion | None
    notes: tuple[str, ...] = field(default=())


@dataclass(frozen=True)
class Partition:
    """A breakdown the selection is one cell of: ``cells`` {label: (interviews, occupied homes)}."""

    description: str                                # Dutch: 'de portieken van de flat'
    cells: Mapping[str, tuple[int, int]]
    selected: str


# --- breakdowns: primary and secondary suppression ------------------------------------------------------

def _bounds(count: int, base: int, primary: bool, minimum: int) -> tuple[int, int]:
    """What someone who knows the rule knows of a hidden cell: below the minimum (primary), or at least
    the minimum (hidden for protection); never more than its base."""
    if primary:
        return 0, min(base, minimum - 1)
    return min(minimum, base), base


def recomputable_cells(cells: Mapping[str, tuple[int, int]], hidden: set[str], primary: set[str],
                       total: int, minimum: int = INTERNAL_MIN_GROUP) -> set[str]:
    """Hidden primary cells whose count is pinned down by the shown cells, the total and the bounds.

    The hidden counts sum to S = total − shown; each lies in its bounds (``_bounds``). With one sum
    constraint the values a cell can take are exactly [max(lo, S − Σ other hi), min(hi, S − Σ other lo)];
    a cell is recomputable when that interval is a single value.
    """
    rest = total - sum(cells[name][0] for name in cells if name not in hidden)
    bounds = {name: _bounds(*cells[name], name in primary, minimum) for name in hidden}
    low_sum = sum(lo for lo, _ in bounds.values())
    high_sum = sum(hi for _, hi in bounds.values())
    found = set()
    for name in hidden & primary:
        lo, hi = bounds[name]
        low = max(lo, rest - (high_sum - hi))
        high = min(hi, rest - (low_sum - lo))
        if low >= high:
            found.add(name)
    return found


def suppress_partition(cells: Mapping[str, tuple[int, int]], total: int | None = None,
                       minimum: int = INTERNAL_MIN_GROUP) -> set[str]:
    """The labels whose count is hidden: every cell below ``minimum`` (a cell without occupied homes
    discloses nothing and stays), then the smallest shown cells until no hidden cell is recomputable
    and the hidden cells together hold at least ``minimum``. ``total`` defaults to the cells' sum."""
    total = sum(count for count, _ in cells.values()) if total is None else total
    primary = {name for name, (count, base) in cells.items() if count < minimum and base > 0}
    hidden = set(primary)

    def unsafe() -> bool:
        if not hidden:
            return False
        rest = total - sum(cells[name][0] for name in cells if name not in hidden)
        return rest < minimum or bool(recomputable_cells(cells, hidden, primary, total, minimum))

    while unsafe():
        shown = [name for name in cells if name not in hidden and cells[name][1] > 0]
        if not shown:
            break
        hidden.add(min(shown, key=lambda name: (cells[name][0], cells[name][1], name)))
    return hidden


def selection_allowed(partition: Partition, minimum: int = INTERNAL_MIN_GROUP) -> bool:
    """Is the selection a shown cell of ``partition`` (so the rest cannot be recomputed)?"""
    if partition.selected not in partition.cells:
        return False
    return partition.selected not in suppress_partition(partition.cells, minimum=minimum)


def group_cells(groups) -> dict[str, tuple[int, int]]:
    """{label: (interviews, occupied homes)} of ResponseGroups (labels merged defensively)."""
    cells: dict[str, tuple[int, int]] = {}
    for group in groups:
        count, base = cells.get(group.label, (0, 0))
        cells[group.label] = (count + group.interviews, base + group.eligible)
    return cells


def _groups(groups, total: int, minimum: int) -> tuple[InternalGroup, ...]:
    cells = group_cells(groups)
    hidden = suppress_partition(cells, total, minimum)
    rows = []
    for label, (interviews, eligible) in cells.items():
        homes = sum(g.homes for g in groups if g.label == label)
        if label in hidden:
            rows.append(InternalGroup(label, homes, eligible, None, None))
        else:
            rows.append(InternalGroup(label, homes, eligible, interviews,
                                      interviews / eligible if eligible else None))
    return tuple(rows)


def _evenings(evenings, minimum: int) -> tuple[InternalEvening, ...]:
    cells: dict[str, tuple[int, int]] = {}
    for evening in evenings:
        count, attempts = cells.get(evening.label, (0, 0))
        cells[evening.label] = (count + evening.interviews, attempts + evening.attempts)
    hidden = suppress_partition(cells, minimum=minimum)
    return tuple(InternalEvening(label, attempts, None if label in hidden else count)
                 for label, (count, attempts) in cells.items())


# --- the internal view --------------------------------------------------------------------------------

def _refused(results: RoundResults, minimum: int, reason: str) -> InternalResults:
    return InternalResults(
        round_id=results.round_id, round_name=results.round_name, building_name=results.building_name,
        filters=dict(results.filters), shown=False, min_group=minimum, response=None, by_entrance=(),
        by_floor=(), evenings=(), questions=(), topics=(), network=None, cohesion=None,
        notes=(reason, NO_STORIES_NOTE))


def _selection_text(filters: Mapping[str, str]) -> str:
    return ", ".join(filters.values()) if filters else "de hele flat"


def internal_results(results: RoundResults, partitions: Sequence[Partition] | None = None,
                     minimum: int = INTERNAL_MIN_GROUP) -> InternalResults:
    """The internal tier of ``results``. A filtered ``results`` needs the ``partitions`` it is a cell
    of (``flatapp.analysis.export.internal_view`` reads them); without filters none are needed.

    Raises ValueError for a filtered selection without partitions (the rest could not be checked).
    """
    if minimum < INTERNAL_MIN_GROUP:
        raise ValueError(f"De kleinste groep mag niet lager zijn dan {INTERNAL_MIN_GROUP} (gevraagd: {minimum}).")
    if results.filters and not partitions:
        raise ValueError("Een selectie op portiek of verdieping heeft de indeling van de flat nodig "
                         "om te controleren dat de rest niet terug te rekenen is.")
    respondents = results.response.complete
    selection = _selection_text(results.filters)
    if respondents < minimum:
        return _refused(results, minimum, f"Te weinig gesprekken: {selection} telt minder dan {minimum} "
                                          "afgeronde gesprekken; er worden geen cijfers getoond.")
    for partition in partitions or ():
        if not selection_allowed(partition, minimum):
            return _refused(results, minimum, (
                f"Te weinig gesprekken: {selection} kan niet apart worden getoond, want dan zijn de cijfers "
                f"van een kleine groep (minder dan {minimum} gesprekken) in {partition.description} terug te "
                "rekenen. Kies een grotere selectie of de hele flat."))

    notes: list[str] = []
    questions = []
    for question in results.questions:
        if question.answered >= minimum:
            questions.append(InternalQuestion(question.code, question.text, question.answered, tuple(
                InternalCount(c.code, c.label, c.count, c.base, c.share) for c in question.counts)))
        else:
            questions.append(InternalQuestion(question.code, question.text, None, tuple(
                InternalCount(c.code, c.label, None, None, None) for c in question.counts)))
            notes.append(f"Vraag {question.code}: {TOO_FEW_ANSWERS} (minder dan {minimum}); niet getoond.")

    answered = {q.code: q.answered for q in results.questions}
    join_base = answered.get(codes.TOPIC_JOIN, respondents)
    organise_base = answered.get(codes.TOPIC_ORGANISE, respondents)
    topics = tuple(InternalTopic(t.code, t.label, t.join if join_base >= minimum else None,
                                 t.organise if organise_base >= minimum else None) for t in results.topics)
    if results.topics and (join_base < minimum or organise_base < minimum):
        notes.append(f"Onderwerpen: {TOO_FEW_ANSWERS} (minder dan {minimum}) voor een deel van de cijfers.")

    network = results.network
    if network is not None and network.respondents < minimum:
        network = None
        notes.append(f"Netwerk: {TOO_FEW} (minder dan {minimum} in het netwerk); niet getoond.")

    cohesion = None
    source: Cohesion | None = results.cohesion
    if source is not None:
        shown = source.score is not None and source.respondents >= minimum
        cohesion = InternalCohesion(source.score if shown else None, source.respondents if shown else None,
                                    source.national, source.national_year, source.national_source,
                                    source.range_low, source.range_high, source.note)
        if not shown and source.respondents:
            notes.append(f"Samenhang: {TOO_FEW} (minder dan {minimum} bewoners met een score); niet getoond.")

    by_entrance = _groups(results.by_entrance, respondents, minimum)
    by_floor = _groups(results.by_floor, respondents, minimum)
    evenings = _evenings(results.evenings, minimum)
    for name, rows in (("portiek", by_entrance), ("verdieping", by_floor), ("avond", evenings)):
        if any(row.interviews is None for row in rows):
            notes.append(f"Per {name}: bij groepen met minder dan {minimum} gesprekken (en waar nodig één of meer "
                         "andere, zodat niets terug te rekenen is) staat het aantal gesprekken niet.")
    notes.append(NO_STORIES_NOTE)
    return InternalResults(
        round_id=results.round_id, round_name=results.round_name, building_name=results.building_name,
        filters=dict(results.filters), shown=True, min_group=minimum, response=results.response,
        by_entrance=by_entrance, by_floor=by_floor, evenings=evenings, questions=tuple(questions),
        topics=topics, network=network, cohesion=cohesion, notes=tuple(results.notes) + tuple(notes))


# --- comparison --------------------------------------------------------------------------------------

def _part_shown(view: InternalResults, key: str) -> bool:
    if not view.shown:
        return False
    section = key.split(".", 1)[0]
    if section == "response":
        return True
    if section == "known":
        question = next((q for q in view.questions if q.code == codes.KNOWN_NEIGHBOURS), None)
        return question is not None and question.shown
    if section == "network":
        return view.network is not None
    if section == "cohesion":
        return view.cohesion is not None and view.cohesion.score is not None
    if section == "topics":
        kind = key.split(".")[1] if key.count(".") >= 2 else ""
        topic_values = [t.join if kind == "join" else t.organise for t in view.topics]
        return bool(topic_values) and all(v is not None for v in topic_values)
    return False


def internal_comparison(comparison: Comparison, before: InternalResults, after: InternalResults) -> Comparison:
    """``comparison`` with every value of a part hidden in a round's internal view emptied (None)."""
    rows: list[ComparisonRow] = []
    emptied = False
    for row in comparison.rows:
        value_before = row.before if _part_shown(before, row.key) else None
        value_after = row.after if _part_shown(after, row.key) else None
        emptied |= (value_before, value_after) != (row.before, row.after)
        difference = None if value_before is None or value_after is None else value_after - value_before
        rows.append(replace(row, before=value_before, after=value_after, difference=difference))
    notes = list(comparison.notes)
    for view, side in ((before, "voor"), (after, "na")):
        if not view.shown:
            notes.append(f"Ronde '{view.round_name}' ({side}): {TOO_FEW} in deze selectie; geen cijfers.")
    if emptied:
        notes.append(f"Cijfers over minder dan {before.min_group} bewoners zijn leeg gelaten (intern).")
    return replace(comparison, rows=tuple(rows), notes=tuple(notes))
