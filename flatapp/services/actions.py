"""What the working groups do next: per action what, who (a resident, a partner or the coordinator), by
when, status ('open', 'bezig', 'klaar', 'vervallen') and a short result.

An action is overdue when its date has passed and it is still open or in progress. Setting 'klaar' records
the day it was done (today unless given); any other status clears that day. Every change names the
version it was based on; a stale one is refused naming the value saved meanwhile and the user's value.
A resident is named as the one who does an action only while their consent to share the name holds.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.services.errors import UserError
from flatapp.services.groups import _group, is_overdue, member_consent, person_label
from flatapp.services.versioned import save_versioned
from flatapp.storage.followup_models import (
    ACTION_BUSY,
    ACTION_DONE,
    ACTION_OPEN,
    ACTION_STATUSES,
    BY_COORDINATOR,
    BY_PARTNER,
    BY_RESIDENT,
    GroupAction,
    GroupMember,
    GroupPartner,
    Partner,
    Person,
    WorkingGroup,
)
from flatapp.storage.models import Building

WHO_KINDS = (BY_RESIDENT, BY_PARTNER, BY_COORDINATOR)
FIELD_LABELS = {"what": "wat", "who_kind": "wie (soort)", "who_person_id": "de bewoner",
                "who_partner_id": "de partner", "due": "de datum", "status": "de status", "result": "het resultaat",
                "done_on": "de datum klaar"}
_EDITABLE = tuple(FIELD_LABELS)


@dataclass(frozen=True)
class ActionRow:
    id: int
    group_id: int
    group_name: str
    building_id: int
    building_name: str
    what: str
    who_kind: str
    who_person_id: int | None
    who_partner_id: int | None
    who_label: str
    due: date | None
    status: str
    result: str
    done_on: date | None
    version: int
    overdue: bool

    @property
    def is_open(self) -> bool:
        return self.status in (ACTION_OPEN, ACTION_BUSY)


def _who_label(session: Session, action: GroupAction) -> str:
    if action.who_kind == BY_RESIDENT:
        person = session.get(Person, action.who_person_id) if action.who_person_id is not None else None
        if person is None:
            return "een bewoner"
        return person_label(person) if member_consent(session, person).allowed else "een bewoner"
    if action.who_kind == BY_PARTNER:
        partner = session.get(Partner, action.who_partner_id) if action.who_partner_id is not None else None
        return partner.name if partner is not None else "een partner"
    return "coördinator"


def _row(session: Session, action: GroupAction, today: date) -> ActionRow:
    group = action.group
    return ActionRow(action.id, group.id, group.name, group.building_id, group.building.name, action.what,
                     action.who_kind, action.who_person_id, action.who_partner_id, _who_label(session, action),
                     action.due, action.status, action.result or "", action.done_on, action.version,
                     is_overdue(action.due, action.status, today))


def _sort_key(row: ActionRow) -> tuple:
    return (row.due is None, row.due or date.max, row.group_name.lower(), row.id)


def list_actions(session: Session, building_id: int | None = None, group_id: int | None = None,
                 overdue_only: bool = False, open_only: bool = False, done_only: bool = False,
                 today: date | None = None) -> list[ActionRow]:
    """Actions by date (those without a date last); filters: block, group, overdue, open, done."""
    today = today or date.today()
    query = select(GroupAction).join(WorkingGroup).join(Building)
    if building_id is not None:
        query = query.where(WorkingGroup.building_id == building_id)
    if group_id is not None:
        query = query.where(GroupAction.group_id == group_id)
    if overdue_only or open_only:
        query = query.where(GroupAction.status.in_((ACTION_OPEN, ACTION_BUSY)))
    if done_only:
        query = query.where(GroupAction.status == ACTION_DONE)
    rows = [_row(session, action, today) for action in session.scalars(query)]
    if overdue_only:
        rows = [row for row in rows if row.overdue]
    if done_only:
        return sorted(rows, key=lambda r: (r.done_on or date.min, r.id), reverse=True)
    return sorted(rows, key=_sort_key)


def _action(session: Session, action_id: int) -> GroupAction:
    action = session.get(GroupAction, action_id)
    if action is None:
        raise UserError(f"Actie {action_id} bestaat niet (meer); misschien is die in een ander venster verwijderd. "
                        "Open de groep opnieuw.")
    return action


def get_action(session: Session, action_id: int, today: date | None = None) -> ActionRow:
    return _row(session, _action(session, action_id), today or date.today())


def _check_who(session: Session, group: WorkingGroup, kind: str, person_id: int | None,
               partner_id: int | None) -> tuple[str, int | None, int | None]:
    if kind not in WHO_KINDS:
        raise UserError(f"Wie doet de actie: '{kind}' is onbekend; kies {', '.join(WHO_KINDS)}.")
    if kind == BY_RESIDENT:
        if person_id is not None:
            member = session.scalar(select(GroupMember).where(GroupMember.group_id == group.id,
                                                              GroupMember.person_id == person_id))
            if member is None:
                raise UserError(f"Een bewoner die een actie van werkgroep '{group.name}' doet, moet lid zijn van "
                                "de groep; voeg de bewoner eerst toe als lid.")
        return kind, person_id, None
    if kind == BY_PARTNER:
        if partner_id is not None:
            linked = session.scalar(select(GroupPartner).where(GroupPartner.group_id == group.id,
                                                               GroupPartner.partner_id == partner_id))
            if linked is None:
                raise UserError(f"Deze partner werkt niet mee in werkgroep '{group.name}'; voeg de partner eerst "
                                "toe aan de groep.")
        return kind, None, partner_id
    return kind, None, None


def _check_status(status: str) -> str:
    if status not in ACTION_STATUSES:
        raise UserError(f"Status '{status}' bestaat niet; kies {', '.join(ACTION_STATUSES)}.")
    return status


def _check_what(what: str) -> str:
    clean = " ".join((what or "").split())
    if not clean:
        raise UserError("Schrijf op wat er moet gebeuren, bijvoorbeeld 'Huismeester vragen om extra containers'.")
    return clean


def add_action(session: Session, group_id: int, what: str, who_kind: str = BY_COORDINATOR,
               who_person_id: int | None = None, who_partner_id: int | None = None, due: date | None = None,
               status: str = ACTION_OPEN, result: str = "", done_on: date | None = None,
               today: date | None = None) -> ActionRow:
    group = _group(session, group_id)
    kind, person_id, partner_id = _check_who(session, group, who_kind, who_person_id, who_partner_id)
    status = _check_status(status)
    today = today or date.today()
    action = GroupAction(group_id=group_id, what=_check_what(what), who_kind=kind, who_person_id=person_id,
                         who_partner_id=partner_id, due=due, status=status, result=result.strip(),
                         done_on=(done_on or today) if status == ACTION_DONE else None)
    session.add(action)
    session.flush()
    return _row(session, action, today)


def update_action(session: Session, action_id: int, version: int | None, today: date | None = None,
                  **fields: object) -> ActionRow:
    """Change what, who_kind/who_person_id/who_partner_id, due, status, result, done_on; refused when stale."""
    action = _action(session, action_id)
    unknown = set(fields) - set(_EDITABLE)
    if unknown:
        raise ValueError(f"unknown action fields: {sorted(unknown)}")
    today = today or date.today()
    values: dict[str, object] = dict(fields)
    if "what" in values:
        values["what"] = _check_what(str(values["what"]))
    if "result" in values:
        values["result"] = str(values["result"] or "").strip()
    if {"who_kind", "who_person_id", "who_partner_id"} & set(values):
        kind = str(values.get("who_kind", action.who_kind))
        person_id = values.get("who_person_id", action.who_person_id if kind == action.who_kind else None)
        partner_id = values.get("who_partner_id", action.who_partner_id if kind == action.who_kind else None)
        values["who_kind"], values["who_person_id"], values["who_partner_id"] = _check_who(
            session, action.group, kind, person_id, partner_id)  # type: ignore[arg-type]
    if "status" in values:
        status = _check_status(str(values["status"]))
        if status == ACTION_DONE:
            values.setdefault("done_on", action.done_on if action.status == ACTION_DONE else today)
            if values["done_on"] is None:
                values["done_on"] = today
        else:
            values["done_on"] = None
    save_versioned(session, action, version, values, f"Actie '{action.what}'", FIELD_LABELS)
    return _row(session, action, today)


def set_status(session: Session, action_id: int, version: int | None, status: str, result: str | None = None,
               done_on: date | None = None, today: date | None = None) -> ActionRow:
    """Set the status (and the result, when given); 'klaar' records done_on (today unless given)."""
    fields: dict[str, object] = {"status": status}
    if result is not None:
        fields["result"] = result
    if done_on is not None:
        fields["done_on"] = done_on
    return update_action(session, action_id, version, today=today, **fields)


def delete_action(session: Session, action_id: int, version: int | None) -> ActionRow:
    """Remove an action (an add undone, or one typed by mistake); refused when changed meanwhile."""
    action = _action(session, action_id)
    row = _row(session, action, date.today())
    if version != action.version:
        raise UserError(f"Actie '{action.what}' is intussen gewijzigd (versie {action.version}, u werkte met versie "
                        f"{version}); er is niets verwijderd. Open de groep opnieuw.")
    session.delete(action)
    session.flush()
    return row


def versions_of_group(session: Session, group_id: int) -> dict[tuple[str, int], int]:
    """The version of the group and of each of its actions, keyed ('group'/'action', id): what an undo step
    checks before it puts anything back."""
    found = {("group", group_id): version for version in session.scalars(
        select(WorkingGroup.version).where(WorkingGroup.id == group_id))}
    found.update({("action", action_id): version for action_id, version in session.execute(
        select(GroupAction.id, GroupAction.version).where(GroupAction.group_id == group_id))})
    return found
