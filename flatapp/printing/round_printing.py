"""The round's paper as PDF files: door lists, paper questionnaires and letters.

Shared by the command line and the GUI. A PDF is written to a temporary file beside the
target and then moved into place, so a crash or a full disk never leaves half a PDF. Every page names
its tier (door lists and filled-in forms are confidential, letters public) and every print is logged
with its tier and target.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from sqlalchemy.orm import Session

from flatapp.domain.tiers import Tier
from flatapp.scanning.page_layout import PageLayout
from flatapp.services import rounds
from flatapp.services.activity import log_activity
from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows
from flatapp.services.output_files import write_output
from flatapp.services.questionnaires import questionnaire_for_round
from flatapp.services.round_rows import DoorRow, TeamDoorList


@dataclass(frozen=True)
class PrintedPdf:
    path: Path
    pages: int
    what: str           # '3 team(s), 198 deuren, woensdag 25-11-2026, 18:30–20:30'
    warning: str = ""   # Dutch: what the coordinator must know about this paper (homes without a team)
    notices: tuple[str, ...] = ()   # what the renderer shortened or left out (Dutch sentences)

    def summary(self) -> str:
        word = "pagina" if self.pages == 1 else "pagina's"
        text = f"{self.path} ({self.pages} {word}; {self.what})"
        return f"{text}\nLet op: {self.warning}" if self.warning else text


def write_pdf(target: Path, render: Callable[[BinaryIO], int]) -> int:
    """Run ``render`` into a temporary file beside ``target``, then move it into place (checked:
    never over a database or a file of another kind; flatapp.services.output_files).

    Returns what ``render`` returns (the page count). On any error the temporary file is removed
    and an existing ``target`` stays as it was. Renderer errors (ValueError) become a UserError.
    """
    def run(handle: BinaryIO) -> int:
        try:
            return render(handle)
        except ValueError as error:
            raise UserError(str(error)) from None

    return write_output(target, "pdf", run)


def write_pdf_noted(target: Path, render: Callable[[BinaryIO], int]) -> tuple[int, tuple[str, ...]]:
    """``write_pdf`` that also returns what the renderer reported as shortened or left out."""
    from flatapp.printing.notices import collect_notices

    with collect_notices() as notices:
        pages = write_pdf(target, render)
    return pages, tuple(notices)


def door_list_paper(session: Session, round_id: int, evening_id: int, team_id: int | None = None,
                    keep_visited: bool = False) -> tuple[list[TeamDoorList], tuple[DoorRow, ...]]:
    """What a door list print holds: the teams' lists and (on the whole evening's print, not on one
    team's own paper) the open homes without a team for its last page. ``keep_visited`` as in
    ``rounds.door_lists`` (a scan read back keeps the doors visited that evening)."""
    lists = rounds.door_lists(session, round_id, evening_id, team_id=team_id, keep_visited=keep_visited)
    if team_id is not None:
        return lists, ()
    teamless = rounds.teamless_homes(session, round_id, evening_id)
    return lists, tuple(
        DoorRow(home_id=h.id, code=h.code, address=h.address, postcode=h.postcode, entrance=h.entrance,
                floor=h.floor, floor_label=h.floor_label) for group in teamless for h in group.homes)


def print_door_lists(session: Session, round_id: int, evening_id: int, target: Path,
                     team_id: int | None = None, sent_to: str | None = None,
                     layouts: list[PageLayout] | None = None) -> PrintedPdf:
    """Door lists (confidential: addresses and earlier outcomes); ``sent_to`` names where the paper
    goes in the log when it is not ``target`` itself ('printer' for a print via a temporary file).
    ``layouts``: a list that gets each page's scan layout."""
    from flatapp.printing.door_lists import render_door_lists

    lists, doors_without = door_list_paper(session, round_id, evening_id, team_id)
    evening = next(e for e in rounds.list_evenings(session, round_id) if e.id == evening_id)
    if not lists:
        raise UserError(f"Op {evening.label} heeft geen enkel team deuren; verdeel eerst de deuren.")
    pages, notices = write_pdf_noted(target, lambda handle: render_door_lists(
        lists, handle, teamless=doors_without, layouts=layouts))
    doors = sum(len(door_list.doors) for door_list in lists)
    warning = rounds.teamless_warning(rounds.teamless_homes(session, round_id, evening_id))
    if warning:
        warning += (" Ze staan op de laatste pagina." if doors_without else "") + \
            " Verdeel ze met 'Woningen zonder team verdelen' (of flatapp round assign) en print opnieuw."
    what = f"{len(lists)} team(s), {doors} deuren, {evening.label}"
    return _logged(session, round_id, "print.doorlists",
                   PrintedPdf(Path(target), pages, what, warning=warning, notices=notices), Tier.CONFIDENTIAL, sent_to)


def print_questionnaires(session: Session, round_id: int, target: Path,
                         which: Literal["open", "all"] = "open", duplex: bool = False,
                         sent_to: str | None = None, layouts: list[PageLayout] | None = None) -> PrintedPdf:
    """One paper questionnaire per home; ``duplex`` pads each form to an even page count. Logged as
    confidential: a form with a home code and address is confidential once filled in. Every page carries
    its page id (round, home, questionnaire version, page); ``layouts`` gets each page's scan layout."""
    from flatapp.printing.questionnaire_form import render_questionnaires

    round_row = rounds.get_round(session, round_id)
    questionnaire = questionnaire_for_round(session, round_id)
    homes = list_home_rows(session, round_row.building_id) if which == "all" else rounds.open_homes(session, round_id)
    if not homes:
        what = "nog open woningen" if which == "open" else "woningen"
        raise UserError(f"Ronde '{round_row.name}' heeft geen {what}; er is niets te printen.")
    pages, notices = write_pdf_noted(target, lambda handle: render_questionnaires(
        questionnaire, homes, handle, organisation=round_row.organisation, round_name=round_row.name,
        duplex=duplex, round_id=round_id, version_id=round_row.questionnaire_version_id or 0, layouts=layouts))
    what = f"{len(homes)} woningen, {questionnaire.title}" + (", dubbelzijdig" if duplex else "")
    return _logged(session, round_id, "print.forms", PrintedPdf(Path(target), pages, what, notices=notices),
                   Tier.CONFIDENTIAL, sent_to)


def print_letters(session: Session, round_id: int, target: Path, logo: Path | None = None,
                  sent_to: str | None = None) -> PrintedPdf:
    """An announcement letter per home: public (every door gets one), logged because it has addresses."""
    from flatapp.printing.letterhead import Sender
    from flatapp.printing.letters import render_letters
    from flatapp.services.round_settings import letter_settings

    if logo is not None:
        from flatapp.tent.options import check_logo_file

        try:
            logo = check_logo_file(logo)     # stat first: a folder or FIFO is refused, never opened
        except ValueError as error:
            raise UserError(str(error)) from None
    round_row = rounds.get_round(session, round_id)
    homes = list_home_rows(session, round_row.building_id)
    if not homes:
        raise UserError(f"Flat '{round_row.building_name}' heeft nog geen woningen; importeer eerst de adreslijst.")
    evenings = rounds.list_evenings(session, round_id)
    text = round_row.letter_text if round_row.letter_text.strip() else rounds.DEFAULT_LETTER_TEXT
    sender = Sender.from_settings(letter_settings(session, round_id), organisation_logo=logo)
    pages, notices = write_pdf_noted(target, lambda handle: render_letters(
        homes, handle, round_row.organisation, evenings, text, sender=sender))
    return _logged(session, round_id, "print.letters",
                   PrintedPdf(Path(target), pages, f"{len(homes)} brieven", notices=notices), Tier.PUBLIC, sent_to)


def _logged(session: Session, round_id: int, action: str, printed: PrintedPdf, tier: Tier,
            sent_to: str | None) -> PrintedPdf:
    """Paper with addresses leaves the app: keep a line of it with its tier and where it went (AVG
    accountability): the file name, or ``sent_to`` ('printer')."""
    building_id = rounds.get_round(session, round_id).building_id
    target = sent_to or str(printed.path)
    log_activity(session, action, f"Afgedrukt ({tier.label.lower()}) naar {target}: {printed.what}", building_id,
                 tier=tier, target=target, file=str(printed.path), pages=printed.pages)
    return printed
