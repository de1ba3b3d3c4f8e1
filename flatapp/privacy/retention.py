"""Retention: every round keeps its personal data until a date, then the purge removes it.

The date is ``Round.retention_until``; without one it is one year after the round's last evening (or,
without evenings, after its period's end, or after the day it was made). The purge removes what
identifies a resident or is their own words and keeps what the figures need:

* removed: names and contact details (personal questions), open answers (short and long text,
  stories), the named neighbours (home-level ties), drafts, the values in the correction history,
  the double entry's copies of those answers, the coordinator's quote decisions, consent notes,
  door-visit notes and times to come back, the names, phone numbers, e-mail addresses and notes of the
  follow-up list and the house numbers as written on the sign-up sheets (topics and counts stay), the
  volunteers' names and phone numbers (teams are renamed Team 1, Team 2, … as a team may carry its
  members' names), the scanned pages (images of the paper, what waited for review, the answers' sources),
  and copies of the removed texts in the activity log;
* kept: the closed answers (so counts, percentages and the cohesion score still compute), door
  outcomes (response), consent as yes/no per purpose with its dates (proof of what was agreed),
  publications (frozen public figures) and the activity log's lines.

The purge refuses before the date; ``now=True`` purges early (the command line also asks ``--yes``,
the window a confirmation). Backups made before the purge still hold the data: ``backups_before``
lists them so the coordinator can remove them (``delete_backups``), never silently.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass
from datetime import date, datetime, timedelta, timezone
from pathlib import Path

from sqlalchemy import delete, func, select
from sqlalchemy.orm import Session

from flatapp.domain.answers import decode_answers
from flatapp.domain.dutch import dutch_date, dutch_moment
from flatapp.domain.tiers import Tier
from flatapp.privacy.household import distinct_texts, personal_codes, round_questionnaire, texts_in
from flatapp.privacy.scrub import scrub_activity_log
from flatapp.services.activity import log_activity
from flatapp.services.errors import UserError
from flatapp.services.sign_ups import texts_of_persons
from flatapp.storage.base import utc_now
from flatapp.storage.followup_models import Person, SignUp
from flatapp.storage.interview_models import DRAFT, Interview, InterviewChange, VerificationEntry
from flatapp.storage.models import Home
from flatapp.storage.privacy_models import Consent
from flatapp.storage.quote_models import QuoteApproval
from flatapp.storage.round_models import DoorAttempt, Evening, Round, Team, Volunteer
from flatapp.storage.scan_models import ScanBatch, ScanPage

PURGE_ACTION = "privacy.purge"
RETENTION_ACTION = "privacy.retention"
BACKUP_ACTION = "privacy.backups"


def _one_year_after(day: date) -> date:
    try:
        return day.replace(year=day.year + 1)
    except ValueError:          # 29 February
        return day.replace(year=day.year + 1, day=28)


def _last_evening(session: Session, round_id: int) -> date | None:
    return session.scalar(select(func.max(Evening.date)).where(Evening.round_id == round_id))


def default_retention(session: Session, round_: Round) -> date:
    """One year after the last evening; without evenings after the period's end, else after creation."""
    base = _last_evening(session, round_.id) or round_.period_end
    if base is None:
        created = round_.created_at or utc_now()
        base = created.date() if isinstance(created, datetime) else created
    return _one_year_after(base)


def retention_date(session: Session, round_: Round) -> date:
    return round_.retention_until or default_retention(session, round_)


@dataclass(frozen=True)
class RetentionRow:
    round_id: int
    round_name: str
    building_id: int
    building_name: str
    retention_until: date
    explicit: bool                 # set by hand (False: the default of one year after the last evening)
    purged_at: datetime | None
    due: bool                      # the date has passed and the round is not purged yet
    created_at: datetime | None = None    # when the round was made (UTC, as stored)

    @property
    def state_label(self) -> str:
        if self.purged_at is not None:
            return f"opgeschoond op {dutch_moment(self.purged_at)}"
        if self.due:
            return f"termijn verstreken op {dutch_date(self.retention_until)}: opschonen"
        return f"bewaard tot en met {dutch_date(self.retention_until)}"


def _row(session: Session, round_: Round, today: date) -> RetentionRow:
    until = retention_date(session, round_)
    return RetentionRow(round_.id, round_.name, round_.building_id, round_.building.name, until,
                        round_.retention_until is not None, round_.purged_at,
                        round_.purged_at is None and today > until, round_.created_at)


def retention_rows(session: Session, building_id: int | None = None, today: date | None = None) -> list[RetentionRow]:
    """Every round (of one block, or all), oldest first, with its retention date and state."""
    today = today or date.today()
    query = select(Round).order_by(Round.building_id, Round.id)
    if building_id is not None:
        query = query.where(Round.building_id == building_id)
    return [_row(session, round_, today) for round_ in session.scalars(query)]


def due_rounds(session: Session, today: date | None = None) -> list[RetentionRow]:
    """Rounds whose retention date has passed and whose personal data is still there."""
    return [row for row in retention_rows(session, today=today) if row.due]


def _round(session: Session, round_id: int) -> Round:
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise UserError(f"Ronde {round_id} bestaat niet (meer).")
    return round_


def set_retention(session: Session, round_id: int, until: date, today: date | None = None) -> RetentionRow:
    """Set the round's retention date (logged). Refused before the round's last evening (the data is
    still being gathered) and for a round already purged."""
    round_ = _round(session, round_id)
    if round_.purged_at is not None:
        raise UserError(f"De persoonsgegevens van ronde '{round_.name}' zijn al opgeschoond op "
                        f"{dutch_moment(round_.purged_at)}; een bewaartermijn heeft geen betekenis meer.")
    last = _last_evening(session, round_id)
    if last is not None and until < last:
        raise UserError(f"De bewaartermijn {dutch_date(until)} ligt vóór de laatste avond van ronde "
                        f"'{round_.name}' ({dutch_date(last)}); kies een datum na {dutch_date(last)}.")
    before = retention_date(session, round_)
    round_.retention_until = until
    session.flush()
    log_activity(session, RETENTION_ACTION, f"Bewaartermijn van ronde '{round_.name}' gewijzigd van "
                 f"{dutch_date(before)} in {dutch_date(until)}", round_.building_id, tier=Tier.CONFIDENTIAL,
                 round_id=round_id, before=before.isoformat(), until=until.isoformat())
    return _row(session, round_, today or date.today())


# --- the purge ------------------------------------------------------------------------------------

@dataclass(frozen=True)
class PurgePlan:
    round_id: int
    round_name: str
    retention_until: date
    interviews: int                 # complete interviews that lose their personal answers
    drafts: int                     # removed whole
    corrections: int                # values cleared
    quote_decisions: int
    consent_notes: int
    door_notes: int
    volunteers: int
    purged_at: datetime | None
    persons: int = 0                # on the follow-up list / the sign-up sheets: lose name, phone, e-mail, note
    scan_pages: int = 0             # scanned pages (images of the paper): removed whole

    def lines(self) -> list[str]:
        lines = [f"namen, contactgegevens, verhalen, open antwoorden en welke buren iemand kent, uit "
                 f"{self.interviews} gesprekken (de gesloten antwoorden blijven voor de cijfers)"]
        if self.drafts:
            lines.append(f"{self.drafts} niet afgeronde formulieren (concepten), helemaal")
        if self.corrections:
            lines.append(f"de oude en nieuwe waarden van {self.corrections} correcties")
        if self.quote_decisions:
            lines.append(f"{self.quote_decisions} beoordeelde citaten (wat al gepubliceerd is blijft)")
        if self.consent_notes:
            lines.append(f"{self.consent_notes} notities bij toestemmingen (ja/nee per doel blijft)")
        if self.door_notes:
            lines.append(f"de notities bij {self.door_notes} deurbezoeken (de uitkomsten blijven)")
        if self.volunteers:
            lines.append(f"namen en telefoonnummers van {self.volunteers} vrijwilligers (de teams heten daarna "
                         "Team 1, Team 2, …)")
        if self.persons:
            lines.append(f"namen, telefoonnummers, e-mailadressen en notities van {self.persons} bewoners op de "
                         "opvolglijst en de inschrijflijsten (de onderwerpen en aantallen blijven)")
        if self.scan_pages:
            lines.append(f"{self.scan_pages} gescande pagina's (de afbeeldingen van formulieren en deurlijsten), "
                         "helemaal")
        return lines


@dataclass(frozen=True)
class PurgeResult:
    plan: PurgePlan
    purged_at: datetime
    log_lines_cleaned: int
    summary: str


def _count(session: Session, query) -> int:
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def plan_purge(session: Session, round_id: int) -> PurgePlan:
    round_ = _round(session, round_id)
    interviews = select(Interview.id).where(Interview.round_id == round_id)
    return PurgePlan(
        round_id, round_.name, retention_date(session, round_),
        interviews=_count(session, interviews.where(Interview.status != DRAFT)),
        drafts=_count(session, interviews.where(Interview.status == DRAFT)),
        corrections=_count(session, select(InterviewChange.id).where(InterviewChange.interview_id.in_(interviews))),
        quote_decisions=_count(session, select(QuoteApproval.id).where(QuoteApproval.interview_id.in_(interviews))),
        consent_notes=_count(session, select(Consent.id).where(Consent.round_id == round_id, Consent.note != "")),
        door_notes=_count(session, select(DoorAttempt.id).where(
            DoorAttempt.round_id == round_id, (DoorAttempt.note != "") | (DoorAttempt.come_back != ""))),
        volunteers=_count(session, select(Volunteer.id).where(Volunteer.round_id == round_id)),
        purged_at=round_.purged_at,
        persons=_count(session, select(Person.id).where(Person.round_id == round_id)),
        scan_pages=_count(session, select(ScanPage.id).join(ScanBatch, ScanBatch.id == ScanPage.batch_id)
                          .where(ScanBatch.round_id == round_id)),
    )


def _strip(answers: dict, codes: set[str], texts: list[str]) -> dict:
    kept = {}
    for code, value in answers.items():
        if code in codes:
            texts.extend(texts_in(value))
        else:
            kept[code] = value
    return kept


def purge_round(session: Session, round_id: int, *, now: bool = False, today: date | None = None) -> PurgeResult:
    """Remove the round's personal data and keep its aggregate results (see the module's text).

    Refused before the retention date unless ``now`` (purging early, on purpose). The caller owns the
    transaction and runs ``compact.compact_storage`` after the commit."""
    today = today or date.today()
    round_ = _round(session, round_id)
    until = retention_date(session, round_)
    if today <= until and not now:
        raise UserError(f"De bewaartermijn van ronde '{round_.name}' loopt tot en met {dutch_date(until)}; "
                        "de persoonsgegevens worden pas daarna opgeschoond. Wilt u nu al opschonen (de "
                        "bewoners vroegen het, of de ronde is klaar), bevestig dat dan uitdrukkelijk "
                        "(flatapp privacy purge … --now --yes).")
    plan = plan_purge(session, round_id)
    codes = personal_codes(round_questionnaire(round_))
    texts: list[str] = []
    interview_ids = select(Interview.id).where(Interview.round_id == round_id)
    drafts = list(session.scalars(select(Interview).where(Interview.round_id == round_id, Interview.status == DRAFT)))
    for draft in drafts:
        texts += texts_in(decode_answers(draft.answers))
    draft_ids = [d.id for d in drafts]
    if draft_ids:
        for model, column in ((QuoteApproval, QuoteApproval.interview_id),
                              (VerificationEntry, VerificationEntry.interview_id),
                              (InterviewChange, InterviewChange.interview_id)):
            session.execute(delete(model).where(column.in_(draft_ids)).execution_options(synchronize_session=False))
        session.execute(delete(Interview).where(Interview.id.in_(draft_ids))
                        .execution_options(synchronize_session=False))
    session.expire_all()
    for interview in session.scalars(select(Interview).where(Interview.round_id == round_id)):
        answers = decode_answers(interview.answers)
        kept = _strip(answers, codes, texts)
        if kept != answers:
            interview.answers = json.dumps(kept, ensure_ascii=False, sort_keys=True)
            interview.version = interview.version + 1
    for entry in session.scalars(select(VerificationEntry).where(VerificationEntry.interview_id.in_(interview_ids))):
        answers = decode_answers(entry.answers)
        kept = _strip(answers, codes, texts)
        if kept != answers:
            entry.answers = json.dumps(kept, ensure_ascii=False, sort_keys=True)
    for change in session.scalars(select(InterviewChange).where(InterviewChange.interview_id.in_(interview_ids))):
        for raw in (change.old_value, change.new_value):
            try:
                texts += texts_in(json.loads(raw or "null"))
            except ValueError:
                texts.append(raw)
        change.old_value = change.new_value = "null"
    for decision in session.scalars(select(QuoteApproval).where(QuoteApproval.interview_id.in_(interview_ids))):
        texts += [decision.source_text, decision.public_text]
        session.delete(decision)
    for consent in session.scalars(select(Consent).where(Consent.round_id == round_id, Consent.note != "")):
        texts.append(consent.note)
        consent.note = ""
    for attempt in session.scalars(select(DoorAttempt).where(DoorAttempt.round_id == round_id)):
        if attempt.note or attempt.come_back:
            texts += [attempt.note, attempt.come_back]
            attempt.note = attempt.come_back = ""
    for number, volunteer in enumerate(session.scalars(select(Volunteer).where(Volunteer.round_id == round_id)
                                                       .order_by(Volunteer.id)), start=1):
        texts += [volunteer.name, volunteer.phone]
        volunteer.name, volunteer.phone = f"Vrijwilliger {number}", ""
    _rename_teams(session, round_id, texts)
    persons = list(session.scalars(select(Person).where(Person.round_id == round_id)))
    texts += texts_of_persons(session, persons)
    for person in persons:
        person.name = person.phone = person.email = person.follow_up_note = ""
    for line in session.scalars(select(SignUp).where(SignUp.round_id == round_id)):
        line.house_text = ""
    # The scanned stacks go whole: pages, review items and the answers' sources (ON DELETE CASCADE).
    session.execute(delete(ScanBatch).where(ScanBatch.round_id == round_id).execution_options(synchronize_session=False))
    session.flush()
    home_codes = _home_codes(session, round_.building_id)
    cleaned = scrub_activity_log(session, [t for t in distinct_texts(texts) if t not in home_codes],
                                 round_.building_id)
    moment = utc_now()
    round_.purged_at = moment
    early = "" if today > until else f" (vóór de bewaartermijn van {dutch_date(until)}, op verzoek)"
    summary = (f"Persoonsgegevens van ronde '{round_.name}' opgeschoond{early}: " + "; ".join(plan.lines())
               + ". De cijfers en de publicaties blijven.")
    log_activity(session, PURGE_ACTION, summary, round_.building_id, tier=Tier.CONFIDENTIAL, round_id=round_id,
                 retention_until=until.isoformat(), early=bool(early), interviews=plan.interviews,
                 drafts=plan.drafts, corrections=plan.corrections, scan_pages=plan.scan_pages,
                 log_lines_cleaned=cleaned)
    session.flush()
    return PurgeResult(plan, moment, cleaned, summary)


def _rename_teams(session: Session, round_id: int, texts: list[str]) -> None:
    """A team named after its volunteers ('Team Anke en Bram') becomes 'Team 1', 'Team 2', … in its order."""
    teams = list(session.scalars(select(Team).where(Team.round_id == round_id).order_by(Team.position, Team.id)))
    wanted = {team.id: f"Team {number}" for number, team in enumerate(teams, start=1)}
    changing = [team for team in teams if team.name != wanted[team.id]]
    for team in changing:                 # two steps: a new name may be another team's old one
        texts.append(team.name)
        team.name = f"~{team.id}"
    session.flush()
    for team in changing:
        team.name = wanted[team.id]


def _home_codes(session: Session, building_id: int) -> set[str]:
    return set(session.scalars(select(Home.code).where(Home.building_id == building_id)))


# --- backups that still hold the data --------------------------------------------------------------

@dataclass(frozen=True)
class BackupFile:
    path: Path
    made: datetime        # local time

    @property
    def label(self) -> str:
        return f"{self.path.name} (gemaakt {self.made:%d-%m-%Y %H:%M})"


_STAMP = re.compile(r"-(\d{8}-\d{6})(?:-\d+)?-")


def _made(path: Path) -> datetime:
    """When a backup was made: the stamp FlatApp writes in its name, else the file's time."""
    match = _STAMP.search(path.name)
    if match:
        try:
            return datetime.strptime(match.group(1), "%Y%m%d-%H%M%S")
        except ValueError:
            pass
    return datetime.fromtimestamp(path.stat().st_mtime)


def backups_before(folder: Path, moment: datetime) -> list[BackupFile]:
    """Database backups in ``folder`` made before ``moment`` (local time), oldest first."""
    folder = Path(folder)
    if not folder.is_dir():
        return []
    found = [BackupFile(path, _made(path)) for path in folder.iterdir()
             if path.is_file() and path.suffix.lower() in (".sqlite", ".db", ".sqlite3")]
    return sorted((b for b in found if b.made < moment), key=lambda b: b.made)


def _local(moment: datetime) -> datetime:
    aware = moment if moment.tzinfo is not None else moment.replace(tzinfo=timezone.utc)
    return aware.astimezone().replace(tzinfo=None)


def backups_holding(folder: Path, rows: list[RetentionRow], now: datetime | None = None) -> list[BackupFile]:
    """Backups that still hold the personal data of ``rows`` (rounds past their retention date, not yet
    purged): every backup made since the oldest of them was created. They are kept past the date unless
    removed, so the reminder lists them (those older than the retention date, and the later ones too)."""
    if not rows:
        return []
    made = [_local(row.created_at) for row in rows if row.created_at is not None]
    since = min(made) if made else datetime.min
    return [b for b in backups_before(folder, now or datetime.now()) if b.made >= since - timedelta(minutes=1)]


def delete_backups(session: Session, files: list[BackupFile], building_id: int | None = None) -> list[Path]:
    """Remove the listed backups (the caller asked for it); logged. Returns the paths removed."""
    removed = []
    for backup in files:
        try:
            backup.path.unlink()
        except FileNotFoundError:
            continue
        except OSError as error:
            raise UserError(f"De reservekopie '{backup.path}' kon niet worden verwijderd "
                            f"({error.strerror or error}); is het bestand nog open?") from None
        removed.append(backup.path)
    if removed:
        log_activity(session, BACKUP_ACTION, f"{len(removed)} oude reservekopieën verwijderd (bewaartermijn)",
                     building_id, tier=Tier.CONFIDENTIAL, target=str(removed[0].parent),
                     files=[p.name for p in removed])
    return removed
