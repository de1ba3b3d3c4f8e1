"""A round's letter and tent settings: who signs (name, role, phone, e-mail), both organisations (names,
logos) and the tent (date, times, place). Letters, invitations, the report and the update handout read
them from here (``letter_settings``); the round planner and ``flatapp round set`` change them
(``update_letter_settings``), checked first, with a Dutch sentence per mistake.

``copy_round`` plans the next round of the same block: the questionnaire version, optional blocks,
organisation, letter text and these settings (without the tent's date and times), the volunteers, the
teams and the outcome codes' labels; no evenings, visits or answers.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass
from datetime import date, time
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.services.activity import log_activity
from flatapp.services.errors import UserError
from flatapp.services.round_rows import DUTCH_WEEKDAYS, dutch_date
from flatapp.services.rounds import RoundRow, create_round, get_round, period_label
from flatapp.services.versioned import claim_version
from flatapp.storage.round_models import OutcomeCode, Round, Team, TeamMember, Volunteer

DEFAULT_TENT_PLACE = "in de verwarmde tent op het parkeerterrein"
NAME_MAX, ROLE_MAX, PHONE_MAX, EMAIL_MAX = 120, 120, 40, 120
ORGANISATION_MAX, PLACE_MAX, LOGO_MAX = 160, 200, 500
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")

_PHONE = re.compile(r"^[0-9+()\-\s./]*$")
_EMAIL = re.compile(r"^[^@\s<>\"]+@[^@\s<>\"]+\.[^@\s<>\"]+$")
_UNSET = object()
SETTING_LABELS = {
    "sender_name": "de naam van de afzender", "sender_role": "de functie van de afzender",
    "sender_phone": "het telefoonnummer", "sender_email": "het e-mailadres", "organisation": "de organisatie",
    "organisation_logo": "het logo van de organisatie", "corporation_name": "de woningcorporatie",
    "corporation_logo": "het logo van de corporatie", "tent_date": "de datum van de tent",
    "tent_starts": "het begin van de tent", "tent_ends": "het einde van de tent", "tent_place": "de plaats van de tent",
}


@dataclass(frozen=True)
class LetterSettings:
    """What letters and invitations of a round say about who sends them and about the tent."""

    round_id: int
    round_name: str
    building_name: str
    organisation: str
    organisation_logo: str          # a path, '' for none
    sender_name: str
    sender_role: str
    sender_phone: str
    sender_email: str
    corporation_name: str
    corporation_logo: str
    tent_date: date | None
    tent_starts: time | None
    tent_ends: time | None
    tent_place: str                 # '' → DEFAULT_TENT_PLACE on paper
    version: int = 0                # the round's: a save names it (two people may edit the round)

    @property
    def place(self) -> str:
        return self.tent_place or DEFAULT_TENT_PLACE

    @property
    def sender_line(self) -> str:
        """'Anja de Boer, opbouwwerker' (or just the name, or '')."""
        return ", ".join(part for part in (self.sender_name, self.sender_role) if part)

    @property
    def contact_line(self) -> str:
        """'Vragen? Bel Anja de Boer: 06-12345678 of mail anja@welzijn.nl' ('' without phone and e-mail)."""
        ways = []
        if self.sender_phone:
            ways.append(f"bel {self.sender_name + ': ' if self.sender_name else ''}{self.sender_phone}")
        if self.sender_email:
            ways.append(f"mail {self.sender_email}" if ways else
                        f"mail {self.sender_name + ': ' if self.sender_name else ''}{self.sender_email}")
        if not ways:
            return ""
        text = " of ".join(ways)
        return f"Vragen? {text[0].upper()}{text[1:]}"

    @property
    def organisations(self) -> str:
        """'Welzijn Sneek en Woonstichting Elkien' (either alone, or '')."""
        return " en ".join(part for part in (self.organisation, self.corporation_name) if part)

    @property
    def tent_label(self) -> str:
        """'dinsdag 15-12-2026 van 16:00 tot 19:00' ('' without a date)."""
        if self.tent_date is None:
            return ""
        text = f"{DUTCH_WEEKDAYS[self.tent_date.weekday()]} {dutch_date(self.tent_date)}"
        if self.tent_starts and self.tent_ends:
            text += f" van {self.tent_starts:%H:%M} tot {self.tent_ends:%H:%M}"
        elif self.tent_starts:
            text += f" vanaf {self.tent_starts:%H:%M}"
        return text

    def missing_for_invitation(self) -> list[str]:
        """What the invitation to the tent cannot do without (Dutch field names)."""
        missing = []
        if self.tent_date is None:
            missing.append("de datum van de tent")
        if self.tent_starts is None:
            missing.append("de begintijd")
        if not (self.sender_phone or self.sender_email):
            missing.append("een telefoonnummer of e-mailadres van de contactpersoon")
        return missing


def _round(session: Session, round_id: int) -> Round:
    round_ = session.get(Round, round_id)
    if round_ is None:
        raise UserError(f"Ronde {round_id} bestaat niet (meer).")
    return round_


def letter_settings(session: Session, round_id: int) -> LetterSettings:
    round_ = _round(session, round_id)
    return LetterSettings(
        round_id=round_.id, round_name=round_.name, building_name=round_.building.name,
        organisation=round_.organisation or "", organisation_logo=round_.organisation_logo or "",
        sender_name=round_.sender_name or "", sender_role=round_.sender_role or "",
        sender_phone=round_.sender_phone or "", sender_email=round_.sender_email or "",
        corporation_name=round_.corporation_name or "", corporation_logo=round_.corporation_logo or "",
        tent_date=round_.tent_date, tent_starts=round_.tent_starts, tent_ends=round_.tent_ends,
        tent_place=round_.tent_place or "", version=round_.version,
    )


# --- checks ---------------------------------------------------------------------------------------

def _text(value: str | None, what: str, maximum: int) -> str:
    clean = " ".join((value or "").split())
    if len(clean) > maximum:
        raise UserError(f"{what} is te lang ({len(clean)} tekens, hoogstens {maximum}); maak het korter.")
    return clean


def check_phone(value: str | None) -> str:
    number = _text(value, "Het telefoonnummer van de afzender", PHONE_MAX)
    if not _PHONE.match(number):
        raise UserError(f"Telefoonnummer '{number}' van de afzender klopt niet: gebruik alleen cijfers, spaties, "
                        "+ en -, bijvoorbeeld 06-12345678.")
    if number and sum(ch.isdigit() for ch in number) < 6:
        raise UserError(f"Telefoonnummer '{number}' van de afzender is te kort; vul het hele nummer in.")
    return number


def check_email(value: str | None) -> str:
    address = _text(value, "Het e-mailadres van de afzender", EMAIL_MAX)
    if address and not _EMAIL.match(address):
        raise UserError(f"E-mailadres '{address}' van de afzender klopt niet; schrijf het als naam@organisatie.nl.")
    return address


def check_logo_path(value: str | Path | None, whose: str) -> str:
    """'' or the path of an existing PNG/JPG file (looked at with stat, never opened here)."""
    text = str(value or "").strip().strip('"')
    if not text:
        return ""
    if len(text) > LOGO_MAX:
        raise UserError(f"Het pad van het logo van {whose} is te lang (hoogstens {LOGO_MAX} tekens).")
    path = Path(text)
    if path.suffix.lower() not in LOGO_SUFFIXES:
        raise UserError(f"Het logo van {whose} ('{path.name}') moet een PNG- of JPG-bestand zijn.")
    try:
        info = os.stat(path)
    except OSError:
        raise UserError(f"Het logo van {whose} ('{path}') bestaat niet; kies het bestand opnieuw.") from None
    if not stat.S_ISREG(info.st_mode) or info.st_size == 0:
        raise UserError(f"Het logo van {whose} ('{path}') is geen gewone, niet-lege afbeelding; kies een PNG- "
                        "of JPG-bestand.")
    return str(path)


def _check_tent(day: date | None, starts: time | None, ends: time | None) -> None:
    if ends is not None and starts is None:
        raise UserError("De tent heeft een eindtijd maar geen begintijd; vul de begintijd in.")
    if starts is not None and ends is not None and ends <= starts:
        raise UserError(f"De tent eindigt ({ends:%H:%M}) niet na het begin ({starts:%H:%M}); controleer de tijden.")
    if day is None and starts is not None:
        raise UserError("De tent heeft een tijd maar geen datum; vul de datum in.")


def update_letter_settings(
    session: Session, round_id: int, *, version: int | None,
    sender_name: str = _UNSET, sender_role: str = _UNSET,  # type: ignore[assignment]
    sender_phone: str = _UNSET, sender_email: str = _UNSET,  # type: ignore[assignment]
    organisation: str = _UNSET, organisation_logo: str = _UNSET,  # type: ignore[assignment]
    corporation_name: str = _UNSET, corporation_logo: str = _UNSET,  # type: ignore[assignment]
    tent_date: date | None = _UNSET, tent_starts: time | None = _UNSET,  # type: ignore[assignment]
    tent_ends: time | None = _UNSET, tent_place: str = _UNSET,  # type: ignore[assignment]
) -> LetterSettings:
    """Change what is given (the rest stays); every value is checked before anything changes. ``version``
    is the round's version the values were based on; a stale one is refused (``VersionConflict``)."""
    round_ = _round(session, round_id)
    values: dict[str, object] = {}
    if sender_name is not _UNSET:
        values["sender_name"] = _text(sender_name, "De naam van de afzender", NAME_MAX)
    if sender_role is not _UNSET:
        values["sender_role"] = _text(sender_role, "De functie van de afzender", ROLE_MAX)
    if sender_phone is not _UNSET:
        values["sender_phone"] = check_phone(sender_phone)
    if sender_email is not _UNSET:
        values["sender_email"] = check_email(sender_email)
    if organisation is not _UNSET:
        values["organisation"] = _text(organisation, "De naam van de organisatie", ORGANISATION_MAX)
    if organisation_logo is not _UNSET:
        values["organisation_logo"] = check_logo_path(organisation_logo, "de organisatie")
    if corporation_name is not _UNSET:
        values["corporation_name"] = _text(corporation_name, "De naam van de woningcorporatie", ORGANISATION_MAX)
    if corporation_logo is not _UNSET:
        values["corporation_logo"] = check_logo_path(corporation_logo, "de woningcorporatie")
    if tent_place is not _UNSET:
        values["tent_place"] = _text(tent_place, "De plaats van de tent", PLACE_MAX)
    day = round_.tent_date if tent_date is _UNSET else tent_date
    starts = round_.tent_starts if tent_starts is _UNSET else tent_starts
    ends = round_.tent_ends if tent_ends is _UNSET else tent_ends
    _check_tent(day, starts, ends)
    values.update(tent_date=day, tent_starts=starts, tent_ends=ends)
    changed = [key for key, value in values.items() if getattr(round_, key) != value]
    claim_version(session, Round, round_id, version, f"De afzender en tent van ronde '{round_.name}'",
                  SETTING_LABELS, values, values=values)
    if changed:
        log_activity(session, "round.settings", f"Afzender en tent van ronde '{round_.name}' gewijzigd",
                     round_.building_id, round_id=round_.id, fields=changed)
    return letter_settings(session, round_id)


# --- the next round ---------------------------------------------------------------------------------

def copy_round(session: Session, round_id: int, name: str, period_start: date | None = None,
               period_end: date | None = None) -> RoundRow:
    """A new round of the same block that reuses the round's questionnaire version, optional blocks,
    organisation, letter text, sender and corporation settings and tent place, its volunteers (with
    phone), its teams and its outcome labels. Evenings, door visits, answers and the tent's date are
    not copied: they belong to the new round."""
    source = _round(session, round_id)
    row = create_round(session, source.building_id, name, questionnaire_version_id=source.questionnaire_version_id,
                       period_start=period_start, period_end=period_end, organisation=source.organisation or "",
                       letter_text=source.letter_text or "", optional_sections=source.optional_sections or "")
    target = _round(session, row.id)
    for key in ("sender_name", "sender_role", "sender_phone", "sender_email", "organisation_logo",
                "corporation_name", "corporation_logo", "tent_place"):
        setattr(target, key, getattr(source, key) or "")
    volunteers: dict[int, Volunteer] = {}
    for volunteer in sorted(source.volunteers, key=lambda v: v.id):
        copy = Volunteer(round=target, name=volunteer.name, phone=volunteer.phone or "")
        session.add(copy)
        volunteers[volunteer.id] = copy
    session.flush()
    for team in sorted(source.teams, key=lambda t: t.position):
        new_team = Team(round=target, name=team.name, position=team.position)
        session.add(new_team)
        for member in team.members:
            new_team.members.append(TeamMember(volunteer=volunteers[member.volunteer_id]))
    labels = {code.code: code.label for code in source.outcome_codes}
    for code in session.scalars(select(OutcomeCode).where(OutcomeCode.round_id == target.id)):
        if code.code in labels:
            code.label = labels[code.code]
    session.flush()
    log_activity(session, "round.copy", f"Ronde '{row.name}' gepland als vervolg op '{source.name}' "
                 f"({len(volunteers)} vrijwilligers, {len(source.teams)} teams overgenomen)",
                 source.building_id, round_id=row.id, copied_from=source.id)
    return get_round(session, row.id)


def previous_round(session: Session, round_id: int) -> RoundRow | None:
    """The block's round before this one (by period start, then by when it was made), or None."""
    current = _round(session, round_id)
    others = [r for r in session.scalars(select(Round).where(Round.building_id == current.building_id))
              if r.id != current.id]

    def key(r: Round) -> tuple:
        return (r.period_start or date.min, r.id)

    earlier = [r for r in others if key(r) < key(current)]
    return get_round(session, max(earlier, key=key).id) if earlier else None


__all__ = ["DEFAULT_TENT_PLACE", "LetterSettings", "copy_round", "letter_settings", "period_label",
           "previous_round", "update_letter_settings"]
