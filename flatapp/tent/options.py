"""The coordinator's choices for the tent's paper: poster size and panels, organisation, logo, colour.

Checked here once, with Dutch errors, for the designer window and the command line alike.
"""

from __future__ import annotations

import os
import re
import stat
from dataclasses import dataclass, field
from pathlib import Path

from flatapp.tent.content import DEFAULT_PANELS, PANEL_KEYS

# Paper sizes in millimetres (portrait: width, height).
POSTER_SIZES_MM = {"A0": (841, 1189), "A1": (594, 841), "A2": (420, 594), "A3": (297, 420)}
HANDOUT_SIZES_MM = {"A4": (210, 297), "A5": (148, 210)}
ORIENTATIONS = ("portrait", "landscape")
ORIENTATION_LABELS = {"portrait": "staand", "landscape": "liggend"}
DEFAULT_COLOUR = "#2f6f9f"
LOGO_SUFFIXES = (".png", ".jpg", ".jpeg")
MAX_TITLE = 80


def _check_colour(colour: str) -> str:
    value = (colour or "").strip()
    if not re.fullmatch(r"#[0-9a-fA-F]{6}", value):
        raise ValueError(f"De kleur '{colour}' is geen geldige kleur; gebruik de vorm #2f6f9f.")
    return value.lower()


def check_logo_file(logo: Path | str) -> Path:
    """``logo`` when it is an existing regular PNG or JPG file; else ValueError in Dutch.

    Looks with stat first, so a folder, a FIFO or a device is refused without being opened (a FIFO
    would make a read wait forever). Whether the image itself is whole is checked when it is loaded
    (flatapp.printing.layout.load_logo).
    """
    path = Path(logo)
    if path.suffix.lower() not in LOGO_SUFFIXES:
        raise ValueError(f"Het logo '{path.name}' moet een PNG- of JPG-bestand zijn.")
    try:
        info = os.stat(path)
    except FileNotFoundError:
        raise ValueError(f"Het logo '{path}' bestaat niet (meer); kies het bestand opnieuw.") from None
    except OSError as error:
        raise ValueError(f"Het logo '{path}' kan niet worden geopend ({error.strerror or error}); kies een "
                         "ander bestand.") from None
    if stat.S_ISDIR(info.st_mode):
        raise ValueError(f"Het logo '{path}' is een map, geen afbeelding; kies het PNG- of JPG-bestand in die map.")
    if not stat.S_ISREG(info.st_mode):
        raise ValueError(f"Het logo '{path}' is geen gewoon bestand (maar een apparaat of pijp); kies een PNG- "
                         "of JPG-bestand.")
    if info.st_size == 0:
        raise ValueError(f"Het logo '{path.name}' is een leeg bestand, geen PNG- of JPG-afbeelding; kies het logo "
                         "opnieuw.")
    return path


def _check_logo(logo: Path | str | None) -> Path | None:
    if logo in (None, ""):
        return None
    return check_logo_file(logo)


@dataclass(frozen=True)
class TentStyle:
    """What every tent document shares: who made it and in which colour."""

    organisation: str = ""                 # 'Stichting Welzijn Sneek'
    logo: Path | None = None               # PNG or JPG
    colour: str = DEFAULT_COLOUR           # main colour, '#rrggbb'
    contact: str = ""                      # 'Vragen? Bel Anja, 06-12345678' (the worker's, not a resident's)

    def __post_init__(self) -> None:
        object.__setattr__(self, "colour", _check_colour(self.colour))
        object.__setattr__(self, "logo", _check_logo(self.logo))
        object.__setattr__(self, "organisation", (self.organisation or "").strip())
        object.__setattr__(self, "contact", (self.contact or "").strip())


@dataclass(frozen=True)
class PosterOptions:
    size: str = "A1"
    orientation: str = "portrait"
    panels: tuple[str, ...] = DEFAULT_PANELS
    per_theme: bool = False                # True: one poster (page) per panel instead of one combined
    title: str = ""                        # '' → 'Zo wonen we samen in <flat>'
    style: TentStyle = field(default_factory=TentStyle)

    def __post_init__(self) -> None:
        size = (self.size or "").strip().upper()
        if size not in POSTER_SIZES_MM:
            raise ValueError(f"Onbekend posterformaat '{self.size}'; kies uit {', '.join(POSTER_SIZES_MM)}.")
        object.__setattr__(self, "size", size)
        orientation = (self.orientation or "").strip().lower()
        orientation = {"staand": "portrait", "liggend": "landscape"}.get(orientation, orientation)
        if orientation not in ORIENTATIONS:
            raise ValueError(f"Onbekende richting '{self.orientation}'; kies staand (portrait) of liggend "
                             "(landscape).")
        object.__setattr__(self, "orientation", orientation)
        panels = tuple(dict.fromkeys(p.strip().lower() for p in self.panels if p.strip()))
        unknown = [p for p in panels if p not in PANEL_KEYS]
        if unknown:
            raise ValueError(f"Onbekend paneel: {', '.join(unknown)}. Kies uit: {', '.join(PANEL_KEYS)}.")
        if not panels:
            raise ValueError("Kies minstens één paneel voor de poster.")
        object.__setattr__(self, "panels", panels)
        title = " ".join((self.title or "").split())
        if len(title) > MAX_TITLE:
            raise ValueError(f"De titel is {len(title)} tekens; houd hem korter dan {MAX_TITLE} tekens.")
        object.__setattr__(self, "title", title)

    @property
    def page_size_mm(self) -> tuple[int, int]:
        width, height = POSTER_SIZES_MM[self.size]
        return (height, width) if self.orientation == "landscape" else (width, height)

    def title_for(self, building_name: str) -> str:
        return self.title or f"Zo wonen we samen in {building_name}"


DEFAULT_NEXT_STEPS = ("Bewoners die zich bij een onderwerp aanmelden, nodigen we uit voor een eerste "
                      "bijeenkomst. Samen kiezen we wat we als eerste aanpakken. Wilt u meedoen of heeft "
                      "u een idee? Spreek ons aan in de tent of neem contact op.")


@dataclass(frozen=True)
class HandoutOptions:
    size: str = "A5"
    next_steps: str = DEFAULT_NEXT_STEPS   # 'what happens next', the coordinator's own words
    style: TentStyle = field(default_factory=TentStyle)

    def __post_init__(self) -> None:
        size = (self.size or "").strip().upper()
        if size not in HANDOUT_SIZES_MM:
            raise ValueError(f"Onbekend formaat '{self.size}' voor de folder; kies A4 of A5.")
        object.__setattr__(self, "size", size)
        text = (self.next_steps or "").strip()
        object.__setattr__(self, "next_steps", text or DEFAULT_NEXT_STEPS)


@dataclass(frozen=True)
class SignUpOptions:
    rows: int = 14                         # lines to write on per sheet
    style: TentStyle = field(default_factory=TentStyle)

    def __post_init__(self) -> None:
        if isinstance(self.rows, bool) or not isinstance(self.rows, int) or not 5 <= self.rows <= 30:
            raise ValueError(f"Het aantal regels per lijst moet tussen 5 en 30 liggen (gevraagd: {self.rows}).")
