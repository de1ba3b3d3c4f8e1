"""Reading forms: finding a home by what is typed, an interview, the drafts, counts and history."""

from __future__ import annotations

import json

from sqlalchemy import String, cast, func, select
from sqlalchemy.orm import Session

from flatapp.domain.addresses import parse_house_number
from flatapp.domain.answers import decode_answers
from flatapp.services.errors import UserError
from flatapp.services.homes import HomeRow
from flatapp.services.interviews.rows import ChangeRow, InterviewCounts, InterviewRow
from flatapp.services.interviews.storing import _label, _round_info
from flatapp.storage.interview_models import COMPLETE, DRAFT, Interview, InterviewChange  # noqa: F401 (re-exported)
from flatapp.storage.models import Entrance, Home


# --- reading --------------------------------------------------------------------------------------
def _home_row_query():
    return (select(Home.id, Home.code, Home.street, Home.house_number, Home.house_letter, Home.addition,
                   Home.postcode, Home.city, Entrance.name, Entrance.position, Home.floor, Home.vhe_code,
                   Home.unit_type)
            .outerjoin(Entrance, Entrance.id == Home.entrance_id))


def _to_home_row(row) -> HomeRow:
    return HomeRow(id=row[0], code=row[1], street=row[2], house_number=row[3], house_letter=row[4] or "",
                   addition=row[5] or "", postcode=row[6], city=row[7] or "", entrance=row[8] or "",
                   entrance_position=row[9] if row[9] is not None else 9999, floor=row[10],
                   vhe_code=row[11] or "", unit_type=row[12] or "")


def find_homes(session: Session, round_id: int, text: str, limit: int = 10) -> list[HomeRow]:
    """Homes of the round's block for autocompletion: by home code prefix ('VF-01'), house number
    ('12', '12-3', '12A', '12 a') or street and number ('Kastanjelaan 12'). Exact matches first."""
    info = _round_info(session, round_id)
    raw = " ".join((text or "").split())
    if not raw or limit <= 0:
        return []
    query = _home_row_query().where(Home.building_id == info.building_id)
    street, number_text = "", raw
    head, _, tail = raw.rpartition(" ")
    if head and not head[:1].isdigit() and tail[:1].isdigit():
        street, number_text = head, tail           # 'Kastanjelaan 12'
    elif raw[:1].isalpha() and not tail[:1].isdigit():
        street, number_text = raw, ""              # 'Kastanjelaan' (street only, or a home code)
    digits = ""
    for char in number_text:
        if not char.isdigit():
            break
        digits += char
    by_code: list = []
    if " " not in raw:
        by_code = list(session.execute(query.where(Home.code.startswith(raw.upper(), autoescape=True))
                                       .order_by(Home.code).limit(limit)))
    if digits:
        candidates = session.execute(query.where(cast(Home.house_number, String).startswith(digits)))
    elif street:
        candidates = session.execute(query.where(func.lower(Home.street).startswith(street.lower(), autoescape=True)))
    else:
        candidates = []
    wanted = number_text.replace(" ", "").upper()
    try:
        exact_label = parse_house_number(number_text).label().upper() if digits else ""
    except ValueError:
        exact_label = ""
    found: dict[int, tuple] = {}
    for row in by_code:
        found[row[0]] = ((0 if row[1].upper() == raw.upper() else 1, 0), row)
    for row in candidates:
        home = _to_home_row(row)
        if street and not home.street.casefold().startswith(street.casefold()):
            continue
        label = home.number_label.upper()
        if digits and not (label.startswith(wanted) or label == exact_label):
            continue
        rank = (0 if label in (wanted, exact_label) else 1, home.house_number)
        if row[0] not in found or rank < found[row[0]][0]:
            found[row[0]] = (rank, row)
    ordered = sorted(found.values(), key=lambda item: (item[0], _to_home_row(item[1]).walking_key()))
    return [_to_home_row(row) for _, row in ordered[:limit]]


def pick_home(rows: list[HomeRow], text: str) -> HomeRow | None:
    """The one home typed ``text`` means among ``find_homes`` rows, as the entry form takes it: the home whose
    code or house number it is exactly ('12 a' is 12A), else the only candidate; None for none or several."""
    key = text.upper().replace(" ", "")
    exact = [row for row in rows if key in (row.code.upper(), row.number_label.upper().replace(" ", ""))]
    if len(exact) == 1:
        return exact[0]
    return rows[0] if len(rows) == 1 else None


def _row_query():
    return (select(Interview.id, Interview.round_id, Interview.home_id, Home.code, Home.street,
                   Home.house_number, Home.house_letter, Home.addition, Interview.respondent, Interview.status,
                   Interview.answers, Interview.version, Interview.entered_by, Interview.updated_at)
            .join(Home, Home.id == Interview.home_id))


def _to_row(row) -> InterviewRow:
    return InterviewRow(id=row[0], round_id=row[1], home_id=row[2], home_code=row[3],
                        home_label=_label(row[4], row[5], row[6], row[7]), respondent=row[8], status=row[9],
                        answers=decode_answers(row[10]), version=row[11], entered_by=row[12] or "", updated_at=row[13])


def open_interview(session: Session, round_id: int, home_id: int, respondent: int = 1) -> InterviewRow | None:
    """The interview of this home (and respondent) in this round, draft or complete; None when none yet."""
    row = session.execute(_row_query().where(Interview.round_id == round_id, Interview.home_id == home_id,
                                             Interview.respondent == respondent)).first()
    return _to_row(row) if row else None


def get_interview(session: Session, interview_id: int) -> InterviewRow:
    row = session.execute(_row_query().where(Interview.id == interview_id)).first()
    if row is None:
        raise UserError("Dit gesprek bestaat niet (meer).")
    return _to_row(row)


def list_interviews(session: Session, round_id: int, status: str | None = None) -> list[InterviewRow]:
    """The round's interviews by home code and respondent (optionally only 'draft' or 'complete')."""
    query = _row_query().where(Interview.round_id == round_id)
    if status is not None:
        query = query.where(Interview.status == status)
    return [_to_row(row) for row in session.execute(query.order_by(Home.code, Interview.respondent))]


def drafts(session: Session, round_id: int) -> list[InterviewRow]:
    """Drafts of the round, newest first: 'a form was not finished, continue with it?'."""
    query = _row_query().where(Interview.round_id == round_id, Interview.status == DRAFT)
    return [_to_row(row) for row in session.execute(query.order_by(Interview.updated_at.desc(), Interview.id.desc()))]


def interview_counts(session: Session, round_id: int) -> InterviewCounts:
    counts = dict(session.execute(
        select(Interview.status, func.count(Interview.id)).where(Interview.round_id == round_id)
        .group_by(Interview.status)).all())
    return InterviewCounts(complete=int(counts.get(COMPLETE, 0)), draft=int(counts.get(DRAFT, 0)))


def next_respondent(session: Session, round_id: int, home_id: int) -> int:
    """The number for an extra respondent in this home (explicit choice): highest + 1, or 1."""
    highest = session.scalar(select(func.max(Interview.respondent))
                             .where(Interview.round_id == round_id, Interview.home_id == home_id))
    return (highest or 0) + 1


def history(session: Session, interview_id: int) -> list[ChangeRow]:
    """Corrections of a complete interview, oldest first."""
    changes = session.scalars(select(InterviewChange).where(InterviewChange.interview_id == interview_id)
                              .order_by(InterviewChange.id))
    return [ChangeRow(c.id, c.at, c.user, c.question, json.loads(c.old_value or "null"),
                      json.loads(c.new_value or "null"), c.reason) for c in changes]
