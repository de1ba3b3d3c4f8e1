"""The designer's choices that are not about one round (size, panels, organisation, logo, colour, smallest
group, …), remembered in QSettings under ``tent/``."""

from __future__ import annotations

from PySide6.QtCore import QSettings

from flatapp.disclosure.rules import MIN_THRESHOLD
from flatapp.gui.poster_designer.style import MAX_THRESHOLD, SETTINGS
from flatapp.tent.content import DEFAULT_PANELS, PANEL_KEYS
from flatapp.tent.options import DEFAULT_COLOUR, PosterOptions, TentStyle


def setting_text(settings: QSettings, key: str, default: str = "") -> str:
    value = settings.value(f"{SETTINGS}/{key}")
    return str(value) if value not in (None, "") else default


def _keys(text: str) -> list[str]:
    return [key for key in dict.fromkeys(part.strip() for part in text.split(",")) if key in PANEL_KEYS]


def remembered_panels() -> tuple[list[str], list[str]]:
    """(every panel key in the remembered order, the chosen ones in that order)."""
    settings = QSettings()
    order = _keys(setting_text(settings, "panelOrder"))
    order += [key for key in PANEL_KEYS if key not in order]
    raw = settings.value(f"{SETTINGS}/panels")
    chosen = set(_keys(str(raw))) if raw is not None else set(DEFAULT_PANELS)
    return order, [key for key in order if key in chosen]


def remembered_style() -> TentStyle:
    """The remembered style; a logo that has gone (or a bad colour) is left out instead of failing."""
    settings = QSettings()
    organisation, contact = setting_text(settings, "organisation"), setting_text(settings, "contact")
    colour, logo = setting_text(settings, "colour", DEFAULT_COLOUR), setting_text(settings, "logo")
    for attempt in ((colour, logo), (colour, None), (DEFAULT_COLOUR, None)):
        try:
            return TentStyle(organisation=organisation, contact=contact, colour=attempt[0], logo=attempt[1])
        except ValueError:
            continue
    return TentStyle()


def remembered_threshold() -> int:
    """The smallest group shown, as last chosen in the designer (5 to 50; never below 5)."""
    try:
        value = int(setting_text(QSettings(), "threshold", str(MIN_THRESHOLD)))
    except ValueError:
        return MIN_THRESHOLD
    return max(MIN_THRESHOLD, min(value, MAX_THRESHOLD))


def remember_threshold(threshold: int) -> None:
    QSettings().setValue(f"{SETTINGS}/threshold", str(threshold))


def remembered_poster_options() -> PosterOptions:
    """The poster choices of the last designer session (for the slide show started from the menu)."""
    settings = QSettings()
    _order, chosen = remembered_panels()
    try:
        return PosterOptions(size=setting_text(settings, "size", "A1"),
                             orientation=setting_text(settings, "orientation", "portrait"),
                             panels=tuple(chosen) or DEFAULT_PANELS, style=remembered_style())
    except ValueError:
        return PosterOptions(style=remembered_style())

