"""Reporting back, for the command line and the window alike: each function writes one PDF atomically
(``flatapp.printing.round_printing.write_pdf_noted``), logs it with its tier and target, and returns a
``PrintedPdf`` (path, pages, what, notices).

* ``print_report`` — the report for the area team and the corporation (internal).
* ``print_tent_invitations`` — an invitation to the tent per door (public; logged: it has addresses).
* ``print_group_invitations`` — a personal invitation per group member with consent (confidential).
* ``print_update_handout`` — "Wat is er gebeurd?" for every resident (public, from the publication).
"""

from __future__ import annotations

from datetime import date, time
from pathlib import Path

from sqlalchemy.orm import Session

from flatapp.domain.tiers import Tier
from flatapp.printing.round_printing import PrintedPdf, write_pdf_noted
from flatapp.services import rounds
from flatapp.services.activity import log_activity
from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows
from flatapp.services.round_settings import letter_settings


def _log(session: Session, round_id: int, action: str, printed: PrintedPdf, tier: Tier, summary: str,
         sent_to: str | None, **details: object) -> PrintedPdf:
    round_row = rounds.get_round(session, round_id)
    target = sent_to or str(printed.path)
    log_activity(session, action, f"{summary} ({tier.label.lower()}) naar {target}: {printed.what}",
                 round_row.building_id, tier=tier, target=target, round_id=round_id, pages=printed.pages,
                 **details)
    return printed


def _sender(session: Session, round_id: int):
    from flatapp.printing.letterhead import Sender

    return Sender.from_settings(letter_settings(session, round_id))


def print_report(session: Session, round_id: int, target: Path, sent_to: str | None = None,
                 today: date | None = None) -> PrintedPdf:
    from flatapp.printing.report import render_report
    from flatapp.reporting.content import report_content

    content = report_content(session, round_id, today)
    pages, notices = write_pdf_noted(Path(target), lambda out: render_report(content, out))
    what = f"rapport van ronde '{content.round_name}', {content.building_name}"
    return _log(session, round_id, "report", PrintedPdf(Path(target), pages, what, notices=notices), Tier.INTERNAL,
                "Rapport", sent_to)


def print_tent_invitations(session: Session, round_id: int, target: Path, sent_to: str | None = None,
                           today: date | None = None) -> PrintedPdf:
    from flatapp.printing.invitation import Meeting, render_tent_invitations
    from flatapp.printing.letterhead import Addressee

    settings = letter_settings(session, round_id)
    missing = settings.missing_for_invitation()
    if missing:
        raise UserError(f"De uitnodiging voor de tent mist nog {', '.join(missing)}. Vul dat in bij Ronde "
                        f"voorbereiden › Afzender en tent… (of: flatapp round set --round \"{settings.round_name}\" "
                        "--tent-date DD-MM-JJJJ --tent-time 16:00-19:00 --sender-phone …).")
    round_row = rounds.get_round(session, round_id)
    homes = list_home_rows(session, round_row.building_id)
    if not homes:
        raise UserError(f"Flat '{round_row.building_name}' heeft nog geen woningen; importeer eerst de adreslijst.")
    addressees = [Addressee(f"Aan de bewoners van {h.address}, {h.postcode} {h.city}", h.city, h.code) for h in homes]
    meeting = Meeting(settings.tent_date, settings.tent_starts, settings.tent_ends, settings.place)
    sender = _sender(session, round_id)
    pages, notices = write_pdf_noted(Path(target), lambda out: render_tent_invitations(
        addressees, out, sender, meeting, round_row.building_name, day=today))
    what = f"{len(homes)} uitnodigingen voor de tent op {settings.tent_label}"
    return _log(session, round_id, "print.invitations", PrintedPdf(Path(target), pages, what, notices=notices),
                Tier.PUBLIC, "Uitnodigingen", sent_to)


def print_group_invitations(session: Session, round_id: int, group_name: str, target: Path, *, day: date,
                            starts: time | None, ends: time | None, place: str, agenda: str = "",
                            sent_to: str | None = None, today: date | None = None) -> PrintedPdf:
    """A personal invitation for each member of the group whose consent stands now; logged as
    confidential. The members without consent are counted in ``what`` (never named)."""
    from flatapp.printing.invitation import Meeting, render_group_invitations
    from flatapp.printing.letterhead import Addressee
    from flatapp.reporting.groups import find_group, group_invitees

    round_row = rounds.get_round(session, round_id)
    group = find_group(session, round_row.building_id, group_name)
    if not " ".join((place or "").split()):
        raise UserError("Vul de plaats van de bijeenkomst in (bijvoorbeeld 'in de ontmoetingsruimte, portiek A').")
    if ends is not None and starts is not None and ends <= starts:
        raise UserError(f"De bijeenkomst eindigt ({ends:%H:%M}) niet na het begin ({starts:%H:%M}).")
    invitees, left_out = group_invitees(session, group.id)
    if not invitees:
        raise UserError(f"Geen lid van werkgroep '{group.name}' kan worden uitgenodigd: niemand heeft (nog) "
                        "toestemming om benaderd te worden, of er is geen adres bekend. Leg de toestemming vast bij "
                        "de woning (Toestemming) en probeer het opnieuw.")
    meeting = Meeting(day, starts, ends, place)
    sender = _sender(session, round_id)
    pairs = [(Addressee(f"Aan {i.name}, {i.address}", i.city, i.home_code), i.name) for i in invitees]
    pages, notices = write_pdf_noted(Path(target), lambda out: render_group_invitations(
        pairs, out, sender, meeting, group.name, round_row.building_name, agenda, day=today))
    what = f"{len(invitees)} uitnodigingen voor werkgroep '{group.name}'"
    if left_out:
        what += f"; {left_out} leden zonder toestemming of adres niet uitgenodigd"
    return _log(session, round_id, "print.group_invitations",
                PrintedPdf(Path(target), pages, what, notices=notices), Tier.CONFIDENTIAL, "Uitnodigingen werkgroep",
                sent_to, group_id=group.id, invited=len(invitees), left_out=left_out)


def print_update_handout(session: Session, round_id: int, target: Path, sent_to: str | None = None,
                         today: date | None = None) -> PrintedPdf:
    from flatapp.printing.update_handout import render_update_handout
    from flatapp.reporting.update import update_content

    content = update_content(session, round_id, today)
    pages, notices = write_pdf_noted(Path(target), lambda out: render_update_handout(content, out))
    what = f"'Wat is er gebeurd?' voor {content.building_name} ({len(content.groups)} werkgroepen)"
    return _log(session, round_id, "print.update_handout", PrintedPdf(Path(target), pages, what, notices=notices),
                Tier.PUBLIC, "Bewonersbrief", sent_to)


__all__ = ["print_group_invitations", "print_report", "print_tent_invitations", "print_update_handout"]
