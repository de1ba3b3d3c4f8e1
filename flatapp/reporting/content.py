"""What the report for the area team and the corporation says, as plain data (internal tier).

``report_content`` gathers it in one read: the round's plan (evenings, volunteers, teams), the internal
view of its results (``flatapp.disclosure.internal``: no figure about fewer than 10 respondents), the
approved quotes only (``flatapp.services.quotes.approved_quotes``), the tent (its date and place, the
publication shown there, the sign-ups per topic as counts), the block's groups and actions (counts and
organisations, never a resident's name; free text scrubbed of known names and home codes), the
comparison with the block's previous round with the groups and actions in between, and the next steps.

``between_rounds`` is the part of a before/after comparison that is not a figure: the groups created and
the actions done between the two rounds' periods.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flatapp.analysis.compare import Comparison, compare_results
from flatapp.analysis.export import internal_view
from flatapp.analysis.model import Count, QuestionResult
from flatapp.disclosure.internal import InternalQuestion, InternalResults, internal_comparison
from flatapp.reporting.groups import ActionRow, GroupRow, Scrubber, block_groups, block_scrubber
from flatapp.services import rounds
from flatapp.services.quotes import approved_quotes
from flatapp.services.round_settings import LetterSettings, letter_settings
from flatapp.storage.followup_models import SignUp
from flatapp.storage.round_models import Evening, Round

MAX_QUOTES = 3
WHY_TEXT = ("Het gebiedsteam wilde weten of bewoners van {building} elkaar kennen en elkaar zouden helpen, "
            "bijvoorbeeld door voor een buur de container buiten te zetten. Sommige bewoners durven een buur niet "
            "om hulp te vragen. Daarom belden vrijwilligers bij alle woningen aan voor een kort gesprek met de "
            "vragenlijst '{questionnaire}', en lieten we de uitkomsten daarna aan de bewoners zien.")


@dataclass(frozen=True)
class TentSummary:
    label: str                          # 'dinsdag 15-12-2026 van 16:00 tot 19:00' ('' when not set)
    place: str
    publication: str                    # 'publicatie 1 van 04-12-2026 22:10' ('' when none)
    sign_ups: tuple[tuple[str, int], ...]   # (topic, sign-up lines), most first
    people: int                         # persons who signed up at least once
    organisers: int                     # sign-up lines with 'wil helpen organiseren'


@dataclass(frozen=True)
class Between:
    """What happened between two rounds: groups created and actions done in that time."""

    start: date
    end: date
    groups: tuple[GroupRow, ...]
    actions_done: tuple[ActionRow, ...]

    @property
    def label(self) -> str:
        from flatapp.services.round_rows import dutch_date

        return f"{dutch_date(self.start)} t/m {dutch_date(self.end)}"


@dataclass(frozen=True)
class ReportContent:
    round_id: int
    round_name: str
    building_name: str
    settings: LetterSettings
    made_on: date
    period: str
    questionnaire: str
    evenings: tuple[str, ...]
    volunteers: int
    teams: int
    view: InternalResults
    quotes: tuple[str, ...]
    tent: TentSummary
    groups: tuple[GroupRow, ...]
    previous_name: str = ""
    comparison: Comparison | None = None
    between: Between | None = None
    next_round: str = ""                # 'Najaar 2027 (01-11-2027 t/m 30-11-2027)' when planned
    why: str = ""
    notes: tuple[str, ...] = field(default=())

    @property
    def open_actions(self) -> tuple[ActionRow, ...]:
        """Planned actions of active groups, by due date (none last)."""
        rows = [a for g in self.groups if g.active for a in g.planned]
        return tuple(sorted(rows, key=lambda a: (a.due is None, a.due or date.max, a.group.lower())))

    @property
    def done_actions(self) -> tuple[ActionRow, ...]:
        rows = [a for g in self.groups for a in g.done]
        return tuple(sorted(rows, key=lambda a: (a.done_on or date.min), reverse=True))


# --- charts from the internal view ------------------------------------------------------------------

def chart_question(question: InternalQuestion | None) -> QuestionResult | None:
    """A question of the internal view as chart data: only its shown options (a hidden option has no
    bar, and the chart's percentages are of the question's base, so leaving it out changes no other bar);
    None when the question is hidden or has no shown option."""
    if question is None or not question.shown:
        return None
    counts = tuple(Count(c.code, c.label, c.count, c.base or question.answered or 0)
                   for c in question.counts if c.count is not None)
    if not counts:
        return None
    return QuestionResult(question.code, question.text, counts, question.answered or 0)


def question(view: InternalResults, code: str) -> InternalQuestion | None:
    return next((q for q in view.questions if q.code == code), None)


# --- gathering ---------------------------------------------------------------------------------------

def _tent(session: Session, round_id: int, settings: LetterSettings, scrub: Scrubber) -> TentSummary:
    from flatapp.disclosure.publications import latest_publication

    found = latest_publication(session, round_id)
    publication = found[0].title if found else ""
    topics = Counter(scrub(" ".join(t.split())) for t in session.scalars(
        select(SignUp.topic).where(SignUp.round_id == round_id)))
    people = session.scalar(select(func.count(func.distinct(SignUp.person_id))).where(SignUp.round_id == round_id))
    organisers = session.scalar(select(func.count(SignUp.id)).where(
        SignUp.round_id == round_id, SignUp.wants_to_organise.is_(True)))
    return TentSummary(settings.tent_label, settings.place if settings.tent_date else "", publication,
                       tuple(sorted(topics.items(), key=lambda item: (-item[1], item[0].lower()))),
                       int(people or 0), int(organisers or 0))


def _round_end(session: Session, round_: Round) -> date:
    last = session.scalar(select(func.max(Evening.date)).where(Evening.round_id == round_.id))
    return round_.period_end or last or round_.period_start or round_.created_at.date()


def _round_start(session: Session, round_: Round) -> date:
    first = session.scalar(select(func.min(Evening.date)).where(Evening.round_id == round_.id))
    return round_.period_start or first or round_.created_at.date()


def between_rounds(session: Session, before_id: int, after_id: int, scrub: Scrubber | None = None) -> Between:
    """Groups of the block created after round ``before`` ended and before round ``after`` began (or
    started from round ``before``'s tent), and the actions done in that time. Without a later start
    (the next round not yet held) the window ends today."""
    before, after = session.get(Round, before_id), session.get(Round, after_id)
    start = _round_end(session, before) + timedelta(days=1)
    end = _round_start(session, after) - timedelta(days=1)
    if end < start:
        end = max(start, date.today())
    groups = block_groups(session, before.building_id, scrub)
    chosen = tuple(g for g in groups if g.round_id == before.id or start <= g.created_on <= end)
    done = tuple(sorted((a for g in groups for a in g.done if a.done_on and start <= a.done_on <= end),
                        key=lambda a: a.done_on))
    return Between(start, end, chosen, done)


def _next_round(session: Session, round_: Round) -> str:
    later = [r for r in session.scalars(select(Round).where(Round.building_id == round_.building_id))
             if r.id != round_.id and (r.period_start or date.min, r.id) > (round_.period_start or date.min, round_.id)]
    if not later:
        return ""
    nearest = min(later, key=lambda r: (r.period_start or date.max, r.id))
    return f"{nearest.name} ({rounds.period_label(nearest.period_start, nearest.period_end)})"


def report_content(session: Session, round_id: int, today: date | None = None) -> ReportContent:
    from flatapp.analysis.results import compute_results
    from flatapp.services.round_settings import previous_round

    today = today or date.today()
    detail = rounds.round_detail(session, round_id)
    row = detail.round
    settings = letter_settings(session, round_id)
    scrub = block_scrubber(session, row.building_id)
    view = internal_view(session, round_id)
    groups = tuple(block_groups(session, row.building_id, scrub))
    previous = previous_round(session, round_id)
    comparison = between = None
    if previous is not None:
        comparison = internal_comparison(
            compare_results(compute_results(session, previous.id), compute_results(session, round_id)),
            internal_view(session, previous.id), view)
        between = between_rounds(session, previous.id, round_id, scrub)
    quotes = tuple(scrub(q) for q in approved_quotes(session, round_id))[:MAX_QUOTES]
    return ReportContent(
        round_id=round_id, round_name=row.name, building_name=row.building_name, settings=settings,
        made_on=today, period=row.period_label, questionnaire=row.questionnaire_label,
        evenings=tuple(e.label for e in detail.evenings), volunteers=len(detail.volunteers),
        teams=len(detail.teams), view=view, quotes=quotes, tent=_tent(session, round_id, settings, scrub),
        groups=groups, previous_name=previous.name if previous else "", comparison=comparison, between=between,
        next_round=_next_round(session, session.get(Round, round_id)),
        why=WHY_TEXT.format(building=row.building_name, questionnaire=row.questionnaire_label.split(",")[0]),
    )




def between_to_dict(between: Between) -> dict:
    """The groups and actions between two rounds for the comparison's JSON (no names; text scrubbed)."""
    from flatapp.services.round_rows import dutch_date

    return {
        "van": dutch_date(between.start), "tot": dutch_date(between.end),
        "werkgroepen": [{"naam": g.name, "onderwerp": g.topic, "leden": g.members, "actief": g.active,
                         "partners": list(g.partners), "aangemaakt": dutch_date(g.created_on)} for g in between.groups],
        "acties_klaar": [{"werkgroep": a.group, "actie": a.what, "wie": a.who, "resultaat": a.result,
                          "klaar_op": dutch_date(a.done_on)} for a in between.actions_done],
    }


__all__ = ["Between", "ReportContent", "TentSummary", "between_rounds", "between_to_dict", "chart_question",
           "question", "report_content"]
