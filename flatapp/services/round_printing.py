"""The round's paper as PDF files: door lists, paper questionnaires and letters.

Shared by the command line and the GUI. A PDF is written to a temporary file beside the
target and then moved into place, so a crash or a full disk never leaves half a PDF.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import BinaryIO, Literal

from sqlalchemy.orm import Session

from flatapp.services import rounds
from flatapp.services.activity import log_activity
from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows
from flatapp.services.questionnaires import questionnaire_for_round
from flatapp.services.round_rows import DoorRow


@dataclass(frozen=True)
class PrintedPdf:
    path: Path
    pages: int
    what: str           # '3 team(s), 198 deuren, woensdag 25-11-2026, 18:30–20:30'
    warning: str = ""   # Dutch: what the coordinator must know about this paper (homes without a team)

    def summary(self) -> str:
        word = "pagina" if self.pages == 1 else "pagina's"
        text = f"{self.path} ({self.pages} {word}; {self.what})"
        return f"{text}\nLet op: {self.warning}" if self.warning else text


def write_pdf(target: Path, render: Callable[[BinaryIO], int]) -> int:
    """Run ``render`` into a temporary file beside ``target``, then move it into place.

    Returns what ``render`` returns (the page count). On any error the temporary file is removed
    and an existing ``target`` stays as it was. Renderer errors (ValueError) become a UserError.
    """
    target = Path(target)
    folder = target.parent if str(target.parent) else Path(".")
    if not folder.is_dir():
        raise UserError(f"De map '{folder}' bestaat niet; kies een bestaande map voor de PDF.")
    if target.is_dir():
        raise UserError(f"'{target}' is een map; geef een bestandsnaam voor de PDF.")
    try:
        handle = tempfile.NamedTemporaryFile(dir=folder, prefix=f".{target.name}.", suffix=".tmp", delete=False)
    except OSError as error:
        raise UserError(f"In de map '{folder}' kan geen bestand worden geschreven ({error.strerror}).") from None
    temporary = Path(handle.name)
    try:
        with handle:
            pages = render(handle)
            handle.flush()
            os.fsync(handle.fileno())
        # A temporary file is private (0600); the PDF gets the usual permissions for a document.
        os.chmod(temporary, target.stat().st_mode & 0o777 if target.exists() else 0o644)
        try:
            os.replace(temporary, target)
        except PermissionError:
            raise UserError(f"'{target}' kan niet worden overschreven; is het bestand nog open in een "
                            f"PDF-lezer? Sluit het en probeer het opnieuw.") from None
    except ValueError as error:
        temporary.unlink(missing_ok=True)
        raise UserError(str(error)) from None
    except OSError as error:
        temporary.unlink(missing_ok=True)
        raise UserError(f"De PDF '{target.name}' kon niet worden geschreven ({error.strerror or error}); "
                        "is de schijf vol?") from None
    except BaseException:
        temporary.unlink(missing_ok=True)
        raise
    return pages


def print_door_lists(session: Session, round_id: int, evening_id: int, target: Path,
                     team_id: int | None = None) -> PrintedPdf:
    from flatapp.printing.door_lists import render_door_lists

    lists = rounds.door_lists(session, round_id, evening_id, team_id=team_id)
    evening = next(e for e in rounds.list_evenings(session, round_id) if e.id == evening_id)
    if not lists:
        raise UserError(f"Op {evening.label} heeft geen enkel team deuren; verdeel eerst de deuren.")
    teamless = rounds.teamless_homes(session, round_id, evening_id)
    # The last page names them only on the whole evening's print, not on one team's own paper.
    doors_without = () if team_id is not None else tuple(
        DoorRow(home_id=h.id, code=h.code, address=h.address, postcode=h.postcode, entrance=h.entrance,
                floor=h.floor, floor_label=h.floor_label) for group in teamless for h in group.homes)
    pages = write_pdf(target, lambda handle: render_door_lists(lists, handle, teamless=doors_without))
    doors = sum(len(door_list.doors) for door_list in lists)
    warning = rounds.teamless_warning(teamless)
    if warning:
        warning += (" Ze staan op de laatste pagina." if doors_without else "") + \
            " Verdeel ze met 'Woningen zonder team verdelen' (of flatapp round assign) en print opnieuw."
    return _logged(session, round_id, "print.doorlists",
                   PrintedPdf(Path(target), pages, f"{len(lists)} team(s), {doors} deuren, {evening.label}",
                              warning))


def print_questionnaires(session: Session, round_id: int, target: Path,
                         which: Literal["open", "all"] = "open", duplex: bool = False) -> PrintedPdf:
    """One paper questionnaire per home; ``duplex`` pads each form to an even page count."""
    from flatapp.printing.questionnaire_form import render_questionnaires

    round_row = rounds.get_round(session, round_id)
    questionnaire = questionnaire_for_round(session, round_id)
    homes = list_home_rows(session, round_row.building_id) if which == "all" else rounds.open_homes(session, round_id)
    if not homes:
        what = "nog open woningen" if which == "open" else "woningen"
        raise UserError(f"Ronde '{round_row.name}' heeft geen {what}; er is niets te printen.")
    pages = write_pdf(target, lambda handle: render_questionnaires(
        questionnaire, homes, handle, organisation=round_row.organisation, round_name=round_row.name,
        duplex=duplex))
    what = f"{len(homes)} woningen, {questionnaire.title}" + (", dubbelzijdig" if duplex else "")
    return _logged(session, round_id, "print.forms", PrintedPdf(Path(target), pages, what))


def print_letters(session: Session, round_id: int, target: Path, logo: Path | None = None) -> PrintedPdf:
    from flatapp.printing.letters import render_letters

    if logo is not None and not Path(logo).is_file():
        raise UserError(f"Het logo '{logo}' bestaat niet.")
    round_row = rounds.get_round(session, round_id)
    homes = list_home_rows(session, round_row.building_id)
    if not homes:
        raise UserError(f"Flat '{round_row.building_name}' heeft nog geen woningen; importeer eerst de adreslijst.")
    evenings = rounds.list_evenings(session, round_id)
    text = round_row.letter_text if round_row.letter_text.strip() else rounds.DEFAULT_LETTER_TEXT
    pages = write_pdf(target, lambda handle: render_letters(
        homes, handle, round_row.organisation, evenings, text, logo=logo))
    return _logged(session, round_id, "print.letters", PrintedPdf(Path(target), pages, f"{len(homes)} brieven"))


def _logged(session: Session, round_id: int, action: str, printed: PrintedPdf) -> PrintedPdf:
    """Paper with addresses leaves the app: keep a line of it (AVG accountability)."""
    building_id = rounds.get_round(session, round_id).building_id
    log_activity(session, action, f"Afgedrukt: {printed.what}", building_id,
                 file=str(printed.path), pages=printed.pages)
    return printed
