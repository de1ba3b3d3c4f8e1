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
* **Counts and percentages** of a group of 10 or more are shown exactly, unrounded, except a count of
  respondents that is below 5, or within 5 of the whole group (``COUNT_RULE``, the public threshold of
  ``flatapp.disclosure.rules``): "2 of the 38 in Portiek A would ask for help", "all but 1 know nobody"
  point at a few people whom the readers (the corporation knows its tenants, the area team its
  clients) may recognise. Those cells read "te klein aantal"; the options of a single-choice question
  are a breakdown of its base and get secondary suppression as below. Unlike the public tier nothing is
  rounded and a 0% or 100% of a larger count is shown.
* **A question** answered by fewer than 10 respondents is shown without any figure (its base too).
  The same for the topics (the base is the number who answered the topic question), the cohesion score
  (respondents with a score) and the network summary (respondents in the network; its number of
  isolated respondents follows the count rule).
* **Breakdowns** that partition the selection (response per entrance, per floor, interviews per
  evening) hide the interviews and response rate of every cell with fewer than 10 interviews, and then
  further cells (smallest first) until (a) no hidden cell can be recomputed exactly from the shown cells
  and the total, even by someone who knows the rule (a hidden cell is below 10, or, hidden for
  protection, at least 10: ``feasible_values`` works this out exactly), and (b) the hidden cells
  together hold at least 10 interviews, so that their sum (the total minus the shown cells) is no figure
  about a small group either. Homes and occupied homes per cell are door counts and always shown; so is
  the door response (refusals, not reached), which counts doors, not answers.
* **Never** in this tier: stories or quotes, open answers, home codes or house numbers, the network
  per home, ties, the follow-up list, names or contact details.

``internal_comparison`` applies the same rule to a comparison of two rounds: a row is empty ("—") in
this tier when its part is hidden in either round's internal view.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace

from flatapp.analysis.compare import Comparison, ComparisonRow
from flatapp.analysis.model import Cohesion, NetworkSummary, QuestionResult, Response, RoundResults
from flatapp.disclosure.rules import MIN_THRESHOLD
from flatapp.domain import template_codes as codes
from flatapp.domain.tiers import INTERNAL_MIN_GROUP

TOO_FEW = "te weinig gesprekken"
TOO_FEW_ANSWERS = "te weinig antwoorden"
SMALL_COUNT = "te klein aantal"
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

@dataclass(frozen=True)
class CellRule:
    """When a cell of a breakdown is hidden, and what someone who knows the rule then knows of it.

    ``group``: a cell is a group of respondents (interviews per entrance, floor, evening): hidden below
    ``minimum``. ``count``: a cell counts respondents of a shown group (an answer option): hidden when
    the count or its complement (base − count) is below ``minimum``.
    """

    kind: str                  # 'group' | 'count'
    minimum: int

    def hides(self, count: int, base: int) -> bool:
        if self.kind == "group":
            return count < self.minimum and base > 0
        return count < self.minimum or base - count < self.minimum

    def values(self, base: int, primary: bool) -> range | set[int]:
        """The values a hidden cell can have, to someone who knows the rule (and the base)."""
        if self.kind == "group":
            return range(0, min(base, self.minimum - 1) + 1) if primary else range(min(self.minimum, base), base + 1)
        if primary:
            return set(range(0, min(base, self.minimum - 1) + 1)) | set(range(max(0, base - self.minimum + 1), base + 1))
        return range(self.minimum, base - self.minimum + 1)


GROUP_RULE = CellRule("group", INTERNAL_MIN_GROUP)
COUNT_RULE = CellRule("count", MIN_THRESHOLD)


def _sums(value_sets: list) -> int:
    """The sums the cells can reach together, as a bit set (bit n set: the sum n is possible)."""
    reachable = 1
    for values in value_sets:
        reachable = _or_shifted(reachable, values)
    return reachable


def _or_shifted(bits: int, values) -> int:
    result = 0
    for value in values:
        result |= bits << value
    return result


def feasible_values(cells: Mapping[str, tuple[int, int]], hidden: set[str], primary: set[str], total: int,
                    rule: CellRule = GROUP_RULE) -> dict[str, set[int]]:
    """Every value each hidden cell can take given the shown cells, the total, the bases and the rule
    (exact: the hidden counts sum to the total minus the shown ones)."""
    rest = total - sum(cells[name][0] for name in cells if name not in hidden)
    allowed = {name: rule.values(cells[name][1], name in primary) for name in hidden}
    found = {}
    for name in hidden:
        others = _sums([allowed[other] for other in hidden if other != name])
        found[name] = {v for v in allowed[name] if 0 <= rest - v and others >> (rest - v) & 1}
    return found


def recomputable_cells(cells: Mapping[str, tuple[int, int]], hidden: set[str], primary: set[str],
                       total: int, rule: CellRule = GROUP_RULE) -> set[str]:
    """Hidden cells hidden by the rule itself whose count can be pinned down exactly."""
    feasible = feasible_values(cells, hidden, primary, total, rule)
    return {name for name in hidden & primary if len(feasible[name]) <= 1}


def suppress_partition(cells: Mapping[str, tuple[int, int]], total: int | None = None,
                       rule: CellRule = GROUP_RULE) -> set[str]:
    """The labels whose count is hidden: every cell the rule hides, then the smallest shown cells until
    no such cell can be recomputed and the hidden cells together are no hidden-sized figure themselves
    (their sum is the total minus the shown cells). ``total`` defaults to the cells' sum."""
    total = sum(count for count, _ in cells.values()) if total is None else total
    primary = {name for name, (count, base) in cells.items() if rule.hides(count, base)}
    hidden = set(primary)

    def unsafe() -> bool:
        if not hidden:
            return False
        rest = total - sum(cells[name][0] for name in cells if name not in hidden)
        return rest < rule.minimum or bool(recomputable_cells(cells, hidden, primary, total, rule))

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
    return partition.selected not in suppress_partition(partition.cells, rule=CellRule("group", minimum))


def group_cells(groups) -> dict[str, tuple[int, int]]:
    """{label: (interviews, occupied homes)} of ResponseGroups (labels merged defensively)."""
    cells: dict[str, tuple[int, int]] = {}
    for group in groups:
        count, base = cells.get(group.label, (0, 0))
        cells[group.label] = (count + group.interviews, base + group.eligible)
    return cells


def _groups(groups, total: int, minimum: int) -> tuple[InternalGroup, ...]:
    cells = group_cells(groups)
    hidden = suppress_partition(cells, total, CellRule("group", minimum))
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
    hidden = suppress_partition(cells, rule=CellRule("group", minimum))
    return tuple(InternalEvening(label, attempts, None if label in hidden else count)
                 for label, (count, attempts) in cells.items())


# --- the internal view --------------------------------------------------------------------------------

def _single(count: int, base: int, minimum: int) -> int | None:
    """A count of respondents of a group: shown when the group and the count rule allow it."""
    if base < minimum or count > base or COUNT_RULE.hides(count, base):
        return None
    return count


def _question(question: QuestionResult, minimum: int) -> InternalQuestion:
    """A question answered by fewer than ``minimum`` shows no figure; else each option's count unless it
    (or its complement) is below the count rule; a single-choice question is a breakdown of its base
    (secondary suppression)."""
    if question.answered < minimum:
        return InternalQuestion(question.code, question.text, None, tuple(
            InternalCount(c.code, c.label, None, None, None) for c in question.counts))
    cells = {str(index): (c.count, c.base) for index, c in enumerate(question.counts)}
    partition = bool(question.counts) and sum(c.count for c in question.counts) == question.answered \
        and all(c.base == question.answered for c in question.counts)
    if partition:
        hidden = suppress_partition(cells, question.answered, COUNT_RULE)
    else:
        hidden = {name for name, (count, base) in cells.items() if base < minimum or COUNT_RULE.hides(count, base)}
    counts = tuple(InternalCount(c.code, c.label, None, c.base, None) if str(index) in hidden
                   else InternalCount(c.code, c.label, c.count, c.base, c.share)
                   for index, c in enumerate(question.counts))
    return InternalQuestion(question.code, question.text, question.answered, counts)


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
        view = _question(question, minimum)
        questions.append(view)
        if not view.shown:
            notes.append(f"Vraag {question.code}: {TOO_FEW_ANSWERS} (minder dan {minimum}); niet getoond.")
    if any(q.shown and any(c.count is None for c in q.counts) for q in questions):
        notes.append(f"Bij een antwoord dat minder dan {COUNT_RULE.minimum} bewoners gaven (of op minder dan "
                     f"{COUNT_RULE.minimum} na iedereen) staat geen aantal; bij een vraag met één antwoord soms "
                     "ook bij een ander antwoord, zodat het niet terug te rekenen is.")

    answered = {q.code: q.answered for q in results.questions}
    join_base = answered.get(codes.TOPIC_JOIN, respondents)
    organise_base = answered.get(codes.TOPIC_ORGANISE, respondents)
    topics = tuple(InternalTopic(t.code, t.label, _single(t.join, join_base, minimum),
                                 _single(t.organise, organise_base, minimum)) for t in results.topics)
    if any(t.join is None or t.organise is None for t in topics):
        notes.append(f"Onderwerpen: bij minder dan {COUNT_RULE.minimum} bewoners (of een te kleine groep) staat "
                     "geen aantal.")

    network = results.network
    if network is not None and network.respondents < minimum:
        network = None
        notes.append(f"Netwerk: {TOO_FEW} (minder dan {minimum} in het netwerk); niet getoond.")
    elif network is not None and COUNT_RULE.hides(network.isolated_respondents, network.respondents):
        network = replace(network, isolated_respondents=None)
        notes.append(f"Netwerk: het aantal geïsoleerde bewoners is minder dan {COUNT_RULE.minimum} (of bijna "
                     "iedereen) en staat er niet.")

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
