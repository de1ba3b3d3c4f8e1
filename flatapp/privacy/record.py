"""The processing record of one round (AVG art. 30), as plain rows for a one-page PDF (tier Intern).

What is processed and why, about whom, who has access, how long it is kept, where it lives and
whether it is encrypted, consent per purpose, and the publications made. Figures only: no names.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flatapp.domain.dutch import dutch_date, dutch_moment
from flatapp.domain.questionnaire import QuestionType
from flatapp.domain.tiers import Tier
from flatapp.privacy.access import Line
from flatapp.privacy.at_rest import encryption_label, location_label
from flatapp.privacy.household import round_questionnaire
from flatapp.privacy.retention import retention_date
from flatapp.services.activity import log_activity
from flatapp.services.consent import PURPOSE_LABELS
from flatapp.services.errors import UserError
from flatapp.services.rounds import period_label
from flatapp.storage.interview_models import COMPLETE, Interview
from flatapp.storage.models import Home
from flatapp.storage.privacy_models import PURPOSES, Consent, Publication
from flatapp.storage.round_models import Round, Volunteer

ACTION = "privacy.record"
PURPOSE = ("Gesprekken met bewoners over elkaar kennen en helpen in de flat (buurtonderzoek door het "
           "opbouwwerk), de uitkomsten als totalen teruggeven aan de bewoners, en een vervolg met de bewoners "
           "die daarvoor toestemming gaven.")


@dataclass(frozen=True)
class ProcessingRecord:
    round_name: str
    building: str
    organisation: str
    period: str
    made_on: str
    purpose: str
    data: tuple[Line, ...]
    persons: tuple[Line, ...]
    access: tuple[Line, ...]
    storage: tuple[Line, ...]
    consents: tuple[Line, ...]
    publications: tuple[Line, ...]


def _short(text: str, limit: int = 36) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit - 1].rstrip() + "…"


def _questions(questions) -> str:
    return "; ".join(f"{q.code} {_short(q.text)}" for q in questions) or "geen"


def _data(round_: Round) -> tuple[Line, ...]:
    questionnaire = round_questionnaire(round_)
    questions = questionnaire.questions() if questionnaire is not None else []
    texts = [q for q in questions if q.type in (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT) and not q.personal]
    closed = [q for q in questions if q.type not in (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT,
                                                     QuestionType.HOMES) and not q.consent and not q.personal]
    return (
        Line("Adressen", "straat, huisnummer, postcode, verdieping, portiek en VHE-nummer, van de woningcorporatie"),
        Line("Deurbezoeken", "per woning: wanneer aangebeld, door welk team, met welke uitkomst, en notities"),
        Line("Gesloten antwoorden", f"{len(closed)} vragen (aantallen, keuzes, stellingen)"),
        Line("Persoonsgegevens (met toestemming)", _questions([q for q in questions if q.personal])),
        Line("Toestemmingsvragen", _questions([q for q in questions if q.consent])),
        Line("Gevoelige vragen", _questions([q for q in questions if q.sensitive])),
        Line("Open antwoorden en verhalen", _questions(texts)),
        Line("Wie kent wie", _questions([q for q in questions if q.type is QuestionType.HOMES])
             + " (verwijzingen naar andere woningen)"),
        Line("Vrijwilligers", "naam en telefoonnummer"),
    )


def _count(session: Session, query) -> int:
    return int(session.scalar(select(func.count()).select_from(query.subquery())) or 0)


def _consents(session: Session, round_id: int) -> tuple[Line, ...]:
    lines = []
    for purpose in PURPOSES:
        rows = list(session.scalars(select(Consent).where(Consent.round_id == round_id, Consent.purpose == purpose)))
        given = sum(1 for c in rows if c.active)
        refused = sum(1 for c in rows if not c.given)
        withdrawn = sum(1 for c in rows if c.given and c.withdrawn_at is not None)
        lines.append(Line(PURPOSE_LABELS[purpose].capitalize(),
                          f"{given} ja, {refused} nee, {withdrawn} ingetrokken"))
    return tuple(lines)


def _publications(session: Session, round_id: int) -> tuple[Line, ...]:
    rows = list(session.scalars(select(Publication).where(Publication.round_id == round_id)
                                .order_by(Publication.number)))
    if not rows:
        return (Line("Publicaties", "nog geen"),)
    lines = [Line(f"Publicatie {p.number}", f"{dutch_moment(p.created_at)}, kleinste groep {p.threshold}"
                  + (f", door {p.created_by}" if p.created_by else "")) for p in rows[-3:]]
    if len(rows) > 3:              # the page stays one page: the newest three, and how many before them
        lines.insert(0, Line("Eerder", f"{len(rows) - 3} publicaties"))
    return tuple(lines)


def processing_record(session: Session, round_id: int, database_url: str, backups: Path | None = None,
                      today: date | None = None) -> ProcessingRecord:
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise UserError(f"Ronde {round_id} bestaat niet (meer).")
    homes = _count(session, select(Home.id).where(Home.building_id == round_.building_id))
    interviews = _count(session, select(Interview.id).where(Interview.round_id == round_id,
                                                            Interview.status == COMPLETE))
    volunteers = _count(session, select(Volunteer.id).where(Volunteer.round_id == round_id))
    until = dutch_date(retention_date(session, round_))
    kept = f"tot en met {until}"
    if round_.retention_until is None:
        kept += " (een jaar na de laatste avond)"
    if round_.purged_at is not None:
        kept += f"; opgeschoond op {dutch_moment(round_.purged_at)}"
    storage = [Line("Bewaartermijn", kept + ". Daarna: namen, contactgegevens, verhalen, open antwoorden en wie "
                    "wie kent verwijderd (flatapp privacy purge); de totalen blijven."),
               Line("Waar", location_label(database_url)),
               Line("Versleuteling", encryption_label(database_url))]
    if backups is not None:
        storage.append(Line("Reservekopieën", f"map {backups} (oude kopieën worden bij het opschonen getoond om "
                            "te verwijderen)"))
    return ProcessingRecord(
        round_.name, round_.building.name, round_.organisation or "(geen organisatie ingevuld bij de ronde)",
        period_label(round_.period_start, round_.period_end), dutch_date(today or date.today()), PURPOSE,
        _data(round_),
        (Line("Bewoners", f"{homes} woningen in de flat, {interviews} afgeronde gesprekken"),
         Line("Vrijwilligers", f"{volunteers} in deze ronde"),
         Line("Medewerkers", "de coördinator(en) van de welzijnsorganisatie")),
        (Line(Tier.CONFIDENTIAL.label, "de coördinator: alles, elke uitvoer met namen wordt gelogd"),
         Line(Tier.INTERNAL.label, "welzijnsteam, gebiedsteam, corporatie: alleen totalen, geen groep onder 10"),
         Line(Tier.PUBLIC.label, "bewoners en iedereen: alleen totalen uit een vastgelegde publicatie")),
        tuple(storage), _consents(session, round_id), _publications(session, round_id))


def write_processing_record(session: Session, round_id: int, target: Path, database_url: str,
                            backups: Path | None = None, today: date | None = None) -> int:
    """Print the record to ``target`` (one A4 page, checked and atomic); logged. Returns the page count."""
    from flatapp.printing.round_printing import write_pdf
    from flatapp.privacy.record_pdf import render_processing_record

    record = processing_record(session, round_id, database_url, backups, today)
    pages = write_pdf(Path(target), lambda handle: render_processing_record(record, handle))
    round_ = session.get(Round, round_id)
    log_activity(session, ACTION, f"Verwerkingsregister van ronde '{record.round_name}' opgeslagen als "
                 f"{Path(target).name}", round_.building_id, tier=Tier.INTERNAL, target=str(target),
                 round_id=round_id, pages=pages)
    return pages
