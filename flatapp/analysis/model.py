"""The figures of a round's results as plain data: what the results screen, the CLI (JSON/xlsx)
and later the posters read. Computed by flatapp.analysis.results.compute_results.

Every count is of homes or respondents; every rate is a fraction 0..1 (None when its base is 0).
"""

from __future__ import annotations

from dataclasses import dataclass, field

# The internal tier (welfare team, area team, corporation) shows no figure of fewer respondents.
INTERNAL_MINIMUM = 10


@dataclass(frozen=True)
class Response:
    """AAPOR-style response: RR1 = interviews / eligible homes (partials not counted in RR1)."""

    homes: int                 # homes of the block in the round
    not_eligible: int          # vacant / no home (AAPOR 4.x)
    eligible: int              # homes - not_eligible
    complete: int              # complete interviews (I)
    partial: int               # partial interviews (P)
    refusals: int              # R
    non_contacts: int          # NC: not home, no access, come back later as last outcome
    other: int                 # O: language barrier, …
    not_attempted: int         # eligible homes never rung
    rr1: float | None          # I / eligible
    rr2: float | None          # (I + P) / eligible
    contact_rate: float | None   # (I + P + R + O) / eligible
    refusal_rate: float | None   # R / eligible


@dataclass(frozen=True)
class ResponseGroup:
    """Response for one entrance or one floor."""

    label: str                 # 'Portiek A', 'BG', '1e'
    homes: int
    eligible: int              # occupied homes: the base of every rate
    interviews: int            # complete interviews: the numerator of RR1, as in the tiles
    rr1: float | None
    partial: int = 0           # spoken at the door, form not (yet) complete: not in RR1


@dataclass(frozen=True)
class EveningAttempts:
    label: str                 # 'donderdag 26-11-2026'
    attempts: int
    interviews: int


@dataclass(frozen=True)
class Count:
    """One answer option with how many respondents chose it, of how many answered the question."""

    code: int
    label: str
    count: int
    base: int                  # respondents who answered the question (not skipped, not missing)

    @property
    def share(self) -> float | None:
        return self.count / self.base if self.base else None


@dataclass(frozen=True)
class QuestionResult:
    code: str                  # 'KN1'
    text: str
    counts: tuple[Count, ...]  # in option order
    answered: int


@dataclass(frozen=True)
class TopicResult:
    """A topic residents would join / help organise."""

    code: int
    label: str
    join: int
    organise: int


@dataclass(frozen=True)
class NetworkHome:
    """One home in the who-knows-whom network. CONFIDENTIAL: never in a public output."""

    home_id: int
    code: str
    label: str                 # house number label
    entrance: str
    floor: int
    respondent: bool
    named: int                 # out-degree: neighbours this respondent named (0 for non-respondents)
    named_by: int              # in-degree: how many respondents named this home
    isolated: bool             # a respondent who names nobody and whom nobody names


@dataclass(frozen=True)
class Tie:
    source: int                # home id of the respondent who named
    target: int                # home id named
    reciprocal: bool           # both are respondents and named each other


@dataclass(frozen=True)
class NetworkSummary:
    respondents: int
    ties: int                          # named pairs (directed)
    mean_named: float | None           # mean out-degree over respondents
    isolated_respondents: int
    reciprocity: float | None          # share of ties between two respondents that are mutual
    density: float | None              # ties / (respondents × (homes − 1))
    components: int                    # weakly connected components among homes with a tie
    share_same_floor: float | None     # of all ties: same entrance and same floor
    share_same_entrance: float | None  # same entrance, other floor
    share_across_entrances: float | None
    caveat: str                        # Dutch sentence about non-response (always shown beside it)


@dataclass(frozen=True)
class Cohesion:
    """Approximation of the CBS social-cohesion score (0–10)."""

    score: float | None        # mean over respondents with at most one item missing
    respondents: int           # respondents with a score
    national: float            # e.g. 6.4
    national_year: int
    national_source: str
    range_low: float           # 5.8 very urban
    range_high: float          # 7.1 rural
    note: str                  # 'benadering van de CBS-methode'


@dataclass(frozen=True)
class FollowUp:
    """Someone to contact again: ONLY where they consented. CONFIDENTIAL."""

    home_code: str
    address: str
    reason: str                # 'geïsoleerd', 'vraagt om hulp'
    name: str
    contact: str


@dataclass(frozen=True)
class OpenAnswers:
    """The distinct answers to one open (text) question, with how many respondents gave each.
    CONFIDENTIAL: answers may name people; never in a public output."""

    code: str                              # 'WO1'
    text: str
    answers: tuple[tuple[str, int], ...]   # (answer, respondents), most frequent first, then alphabetical

    @property
    def answered(self) -> int:
        return sum(count for _text, count in self.answers)


@dataclass(frozen=True)
class RoundResults:
    round_id: int
    round_name: str
    building_name: str
    filters: dict[str, str]                       # {'entrance': 'Portiek A'} when filtered
    response: Response
    by_entrance: tuple[ResponseGroup, ...]
    by_floor: tuple[ResponseGroup, ...]
    evenings: tuple[EveningAttempts, ...]
    questions: tuple[QuestionResult, ...]          # every choice question in questionnaire order
    topics: tuple[TopicResult, ...]
    network: NetworkSummary | None                 # None without a homes question or answers
    network_homes: tuple[NetworkHome, ...] = ()    # confidential
    ties: tuple[Tie, ...] = ()                     # confidential
    cohesion: Cohesion | None = None               # None when the round did not ask the CBS block
    quotes: tuple[str, ...] = ()                   # story texts with consent (not yet approved)
    follow_up: tuple[FollowUp, ...] = ()           # confidential
    open_answers: tuple[OpenAnswers, ...] = ()     # confidential: open (text) questions, not personal
    notes: tuple[str, ...] = field(default=())     # Dutch sentences: 'Nog geen gesprekken ingevoerd.'
