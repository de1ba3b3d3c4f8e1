"""Two rounds' results side by side with the differences (Qt-free).

``compare_results(before, after)`` takes two ``RoundResults`` — two rounds of the same block
(before / after) or rounds of two blocks — and returns a ``Comparison``: plain rows, each with a Dutch
label, the value before, the value after and the difference (after − before).

Decisions:

- **Units.** ``unit`` is ``'percentagepunt'`` for rates and shares, ``'aantal'`` for counts and
  ``'score'`` for the cohesion score and the mean number of neighbours named. For ``'percentagepunt'``
  rows ``before`` / ``after`` are fractions 0..1 (as everywhere in the results) and ``difference`` is
  their difference as a fraction: × 100 gives the percentage points that the screen and the workbook show.
- **Missing parts** (a round without the cohesion block, without the neighbours question, without
  interviews) give ``None``: the row is kept (so two comparisons always line up) and shown as "—";
  the difference is ``None`` when either side is missing. A note says what is missing where.
- **Matching** of answer options and topics is by label (case-insensitive), not by code, so two blocks
  with different questionnaire versions still line up; a topic only one round asked is "—" on the other.
- **Direction** (``better``): +1 when higher is clearly better (response, knowing neighbours,
  reciprocity, cohesion), −1 when lower is clearly better (refusals, knowing nobody, isolated share),
  0 when it depends (counts that follow the block's size, where ties go, topics). The screen colours
  only rows with a direction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from dataclasses import dataclass

from flatapp.analysis.model import QuestionResult, RoundResults
from flatapp.domain import template_codes as codes
from flatapp.domain.dutch import dutch_number, dutch_percent

PERCENT_POINT, COUNT, SCORE = "percentagepunt", "aantal", "score"
MISSING = "—"
KNOWN_CODE = codes.KNOWN_NEIGHBOURS
NONE_LABEL_START = "geen"

SECTION_RESPONSE = "Respons"
SECTION_KNOWING = "Buren kennen"
SECTION_NETWORK = "Netwerk"
SECTION_COHESION = "Samenhang"
SECTION_TOPICS = "Onderwerpen"


@dataclass(frozen=True)
class ComparisonRow:
    key: str                   # stable machine key: 'response.rr1', 'known.share.<label>', 'topics.join.<label>'
    section: str               # Dutch: 'Respons', 'Buren kennen', 'Netwerk', 'Samenhang', 'Onderwerpen'
    label: str                 # Dutch
    before: float | None
    after: float | None
    difference: float | None   # after − before; None when either is missing
    unit: str                  # 'percentagepunt' | 'aantal' | 'score'
    better: int                # +1 higher is better, −1 lower is better, 0 no clear direction

    @property
    def verdict(self) -> int:
        """+1 better, −1 worse, 0 the same / no clear direction / missing."""
        if self.difference is None or self.better == 0 or abs(self.difference) < 1e-12:
            return 0
        return self.better if self.difference > 0 else -self.better


@dataclass(frozen=True)
class ComparedRound:
    round_id: int
    round_name: str
    building_name: str
    filters: dict[str, str]

    @property
    def title(self) -> str:
        """'Flat · ronde', as the screen lists it."""
        return f"{self.building_name} · {self.round_name}"


@dataclass(frozen=True)
class Comparison:
    before: ComparedRound
    after: ComparedRound
    same_building: bool
    rows: tuple[ComparisonRow, ...]
    notes: tuple[str, ...]     # Dutch sentences: what is missing, what to keep in mind

    def row(self, key: str) -> ComparisonRow:
        for row in self.rows:
            if row.key == key:
                return row
        raise KeyError(key)


def _difference(before: float | None, after: float | None) -> float | None:
    if before is None or after is None:
        return None
    return after - before


def _row(key: str, section: str, label: str, before: float | None, after: float | None, unit: str,
         better: int = 0) -> ComparisonRow:
    return ComparisonRow(key, section, label, before, after, _difference(before, after), unit, better)


def _pair(before: RoundResults, after: RoundResults, get: Callable[[RoundResults], float | None]):
    return get(before), get(after)


def _question(results: RoundResults, code: str) -> QuestionResult | None:
    return next((q for q in results.questions if q.code == code), None)


def _is_none_option(label: str) -> bool:
    return label.strip().lower().startswith(NONE_LABEL_START)


def _known_shares(question: QuestionResult | None) -> dict[str, tuple[str, float | None]] | None:
    """label key → (label, share of those who answered); None when not asked or nobody answered."""
    if question is None or question.answered <= 0:
        return None
    return {c.label.strip().lower(): (c.label, c.count / question.answered) for c in question.counts}


def _knows_someone(question: QuestionResult | None) -> float | None:
    if question is None or question.answered <= 0:
        return None
    someone = sum(c.count for c in question.counts if not _is_none_option(c.label))
    return someone / question.answered


def _union(*sequences: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """(key, label) pairs in first-seen order, each key once."""
    seen: dict[str, str] = {}
    for sequence in sequences:
        for key, label in sequence:
            seen.setdefault(key, label)
    return list(seen.items())


def _response_rows(before: RoundResults, after: RoundResults) -> list[ComparisonRow]:
    s = SECTION_RESPONSE
    b, a = before.response, after.response
    return [
        _row("response.homes", s, "Woningen in de ronde", b.homes, a.homes, COUNT),
        _row("response.interviews", s, "Gesprekken (volledig)", b.complete, a.complete, COUNT),
        _row("response.rr1", s, "Respons (RR1)", b.rr1, a.rr1, PERCENT_POINT, +1),
        _row("response.contact_rate", s, "Contact gehad (aan de deur)", b.contact_rate, a.contact_rate,
             PERCENT_POINT, +1),
        _row("response.refusal_rate", s, "Weigering", b.refusal_rate, a.refusal_rate, PERCENT_POINT, -1),
    ]


def _knowing_rows(before: RoundResults, after: RoundResults) -> list[ComparisonRow]:
    s = SECTION_KNOWING
    qb, qa = _question(before, KNOWN_CODE), _question(after, KNOWN_CODE)
    rows = [_row("known.at_least_one", s, "Kent minstens één buur bij naam", _knows_someone(qb),
                 _knows_someone(qa), PERCENT_POINT, +1)]
    shares_b, shares_a = _known_shares(qb), _known_shares(qa)
    options = _union(((k, v[0]) for k, v in (shares_b or {}).items()),
                     ((k, v[0]) for k, v in (shares_a or {}).items()))
    if not options:   # neither round can show the distribution: keep the section readable
        return rows
    for key, label in options:
        value_b = (shares_b or {}).get(key, (label, None))[1] if shares_b is not None else None
        value_a = (shares_a or {}).get(key, (label, None))[1] if shares_a is not None else None
        rows.append(_row(f"known.share.{key}", s, f"Kent: {label}", value_b, value_a, PERCENT_POINT,
                         -1 if _is_none_option(label) else 0))
    return rows


def _network_rows(before: RoundResults, after: RoundResults) -> list[ComparisonRow]:
    s = SECTION_NETWORK

    def field(name: str) -> Callable[[RoundResults], float | None]:
        return lambda r: None if r.network is None else getattr(r.network, name)

    def isolated_share(r: RoundResults) -> float | None:
        n = r.network
        return None if n is None or not n.respondents else n.isolated_respondents / n.respondents

    specs = [
        ("network.mean_named", "Gemiddeld aantal buren genoemd", field("mean_named"), SCORE, +1),
        ("network.isolated_respondents", "Geïsoleerde bewoners", field("isolated_respondents"), COUNT, 0),
        ("network.isolated_share", "Geïsoleerd, van de gesproken bewoners", isolated_share, PERCENT_POINT, -1),
        ("network.reciprocity", "Wederzijds (tussen gesproken bewoners)", field("reciprocity"), PERCENT_POINT, +1),
        ("network.share_same_floor", "Banden op dezelfde verdieping", field("share_same_floor"), PERCENT_POINT, 0),
        ("network.share_same_entrance", "Banden in dezelfde portiek, andere verdieping",
         field("share_same_entrance"), PERCENT_POINT, 0),
        ("network.share_across_entrances", "Banden tussen portieken", field("share_across_entrances"),
         PERCENT_POINT, 0),
    ]
    return [_row(key, s, label, *_pair(before, after, get), unit, better) for key, label, get, unit, better in specs]


def _cohesion_rows(before: RoundResults, after: RoundResults) -> list[ComparisonRow]:
    s = SECTION_COHESION

    def score(r: RoundResults) -> float | None:
        return None if r.cohesion is None else r.cohesion.score

    def respondents(r: RoundResults) -> float | None:
        return None if r.cohesion is None else r.cohesion.respondents

    return [_row("cohesion.score", s, "Samenhang (0–10, benadering CBS)", *_pair(before, after, score), SCORE, +1),
            _row("cohesion.respondents", s, "Bewoners met een samenhangscore", *_pair(before, after, respondents),
                 COUNT, 0)]


def _topic_rows(before: RoundResults, after: RoundResults) -> list[ComparisonRow]:
    s = SECTION_TOPICS
    by_b = {t.label.strip().lower(): t for t in before.topics}
    by_a = {t.label.strip().lower(): t for t in after.topics}
    rows = []
    for key, label in _union(((k, t.label) for k, t in by_b.items()), ((k, t.label) for k, t in by_a.items())):
        tb, ta = by_b.get(key), by_a.get(key)
        rows.append(_row(f"topics.join.{key}", s, f"Meedoen: {label}", tb and tb.join, ta and ta.join, COUNT))
        rows.append(_row(f"topics.organise.{key}", s, f"Mee organiseren: {label}", tb and tb.organise,
                         ta and ta.organise, COUNT))
    return rows


def _side(results: RoundResults) -> ComparedRound:
    return ComparedRound(results.round_id, results.round_name, results.building_name, dict(results.filters))


def _notes(before: RoundResults, after: RoundResults, same_building: bool) -> tuple[str, ...]:
    notes = []
    if not same_building:
        notes.append("Twee verschillende flats: vergelijk vooral de percentages; aantallen hangen af van de "
                     "grootte van de flat.")
    for results in (before, after):
        name = f"'{results.round_name}' ({results.building_name})"
        if results.response.complete == 0:
            notes.append(f"Ronde {name} heeft nog geen gesprekken.")
        else:
            if results.cohesion is None:
                notes.append(f"Ronde {name} vroeg niet naar de samenhang (CBS-uitspraken).")
            if results.network is None:
                notes.append(f"Ronde {name} heeft geen netwerk (geen vraag welke buren men kent, of geen antwoorden).")
            if _knows_someone(_question(results, KNOWN_CODE)) is None:
                notes.append(f"Ronde {name} heeft geen antwoorden op 'hoeveel buren kent u bij naam'.")
    if before.filters != after.filters:
        notes.append("Let op: de twee rondes zijn met verschillende filters berekend.")
    return tuple(notes)


def compare_results(before: RoundResults, after: RoundResults) -> Comparison:
    """``before`` and ``after`` side by side: response, knowing neighbours, network, cohesion, topics."""
    same_building = before.building_name == after.building_name
    rows = (_response_rows(before, after) + _knowing_rows(before, after) + _network_rows(before, after)
            + _cohesion_rows(before, after) + _topic_rows(before, after))
    return Comparison(_side(before), _side(after), same_building, tuple(rows), _notes(before, after, same_building))


# --- text for screens and workbooks -------------------------------------------------------------

def format_value(value: float | None, unit: str) -> str:
    """A before/after value as Dutch text: '48,5%', '96', '6,1'; missing → '—'."""
    if value is None:
        return MISSING
    if unit == PERCENT_POINT:
        return dutch_percent(value)
    if unit == COUNT:
        return dutch_number(value, 0)
    return dutch_number(value, 1)


def format_difference(value: float | None, unit: str) -> str:
    """A difference with its sign: '+3,2 %-punt', '−4', '+0,3', '±0'; missing → '—'."""
    if value is None:
        return MISSING
    amount = value * 100 if unit == PERCENT_POINT else value
    digits = 0 if unit == COUNT else 1
    text = dutch_number(abs(amount), digits)
    if text.strip("0,.") == "":
        sign = "±"
    else:
        sign = "+" if amount > 0 else "−"
    return f"{sign}{text}" + (" %-punt" if unit == PERCENT_POINT else "")
