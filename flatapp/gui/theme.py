"""FlatApp's one look: every colour the screens use, named for what it means, and the style sheets that
repeat (message lines, banners, quiet text). No other module in gui/ writes a colour of its own.

The text colours keep at least 4.5:1 contrast on white and on their own light background (WCAG AA), so a
coordinator reads them on a dim laptop screen too. Where the screens had near-twins (four error reds,
seven ambers, six greys for quiet text), one was kept.
"""

from __future__ import annotations

# --- text ----------------------------------------------------------------------------------------
TEXT = "#1b2430"            # body text on light backgrounds
QUIET = "#444f5c"           # hints, captions, empty states (7.9:1 on white)
FAINT = "#6b7280"           # key hints, a rejected or unreachable state (4.8:1 on white)
WHITE = "#ffffff"

# --- states: text, and a box of the state (background, border, text on that background) -----------
ERROR = "#a11d1d"
ERROR_BG, ERROR_BORDER, ERROR_DARK = "#fdecea", "#e3a29c", "#7f1d1d"
ERROR_STRONG = "#b3261e"    # a red band with white text: read-only, confidential screens

WARNING = "#6b4200"
WARNING_BG, WARNING_BORDER, WARNING_DARK = "#fff4d6", "#e0c36a", "#3b2f00"

OK = "#1d5e2a"
OK_BG, OK_BORDER, OK_DARK = "#e8f4ea", "#b5dbbf", "#1d4d2b"

INFO = "#1f4e8c"
INFO_BG, INFO_BORDER, INFO_DARK = "#eaf2fb", "#b9d0ea", "#1d3a5c"

# --- surfaces and lines ----------------------------------------------------------------------------
CANVAS = "#f6f7f9"          # behind panels: the facade map, the results overview
PANEL = "#e6eaef"           # an entrance's column on the facade map
SUBTLE = "#f3f4f6"          # a read-only or skipped field
LINE = "#d5d9de"            # grid lines, a closed cell, quiet borders
LINE_STRONG = "#9aa6b4"     # a cell's border, a field's border while it matters
LINE_SOFT = "#c9d3df"       # a heading's underline, a dashed empty panel

# --- selection and focus ---------------------------------------------------------------------------
ACCENT = "#1456c0"          # the selected home, the focused cell
ACCENT_DARK = "#0b2f57"     # a focused button's border
ACCENT_MUTED = "#6f8db8"    # the selection while another widget has the focus
SELECTED_BG = "#dce8f8"     # a selected row, a chosen answer
CURRENT_BG = "#eef4fc"      # the question being typed, a hovered cell
SEARCH_HIT = "#b0127a"      # a search hit's ring: unlike every status colour and the selection
FIGURE = "#2f6f9f"          # the stripe beside a big number on the results page

# --- categories --------------------------------------------------------------------------------------
# Teams on the planner's map: Okabe-Ito, then Dark2 (told apart with colour-blindness too).
TEAM_COLOURS = ("#56b4e9", "#e69f00", "#009e73", "#f0e442", "#cc79a7", "#0072b2", "#d55e00",
                "#a6761d", "#7570b3", "#66a61e")
GROUP_MEMBER = "#7fb77e"    # a home with a member in an active working group
# The who-knows-whom network (results, confidential).
NETWORK_RESPONDENT, NETWORK_NAMED_ONLY = "#9cc3e0", "#dfe4ea"
NETWORK_ISOLATED, NETWORK_ISOLATED_RING = "#f5b971", "#c4661f"
NETWORK_TIE_MUTUAL, NETWORK_TIE_ONE_WAY = "#2e7d4f", FIGURE
# Better and worse in a comparison of two rounds.
BETTER, BETTER_BG = "#1e6b3a", "#e3f4e8"
WORSE, WORSE_BG = "#a32018", "#fbe4e2"
POSTER_EMPTY_PANEL = "#8a6d3b"      # a poster panel without figures, in the designer's preview
PREVIEW_BACKGROUND = "#d9dde3"      # the table the poster preview lies on
SLIDE_BACKGROUND = "#14181d"        # the slide show in the tent: dark, the figures light


# --- style sheets ----------------------------------------------------------------------------------
def text_style(colour: str, *, bold: bool = False, italic: bool = False, size_pt: int | None = None,
               extra: str = "") -> str:
    """'color: …;' with the usual additions, for a label's setStyleSheet."""
    parts = [f"color: {colour};"]
    if bold:
        parts.append("font-weight: bold;")
    if italic:
        parts.append("font-style: italic;")
    if size_pt is not None:
        parts.append(f"font-size: {size_pt}pt;")
    if extra:
        parts.append(extra)
    return " ".join(parts)


QUIET_STYLE = text_style(QUIET)
ERROR_STYLE = text_style(ERROR, bold=True)
DONE_STYLE = text_style(OK)
NOTICE_STYLE = text_style(WARNING, bold=True)       # done, but with something to look at

_BOXES = {
    "error": (ERROR_BG, ERROR_BORDER, ERROR_DARK),
    "warning": (WARNING_BG, WARNING_BORDER, WARNING_DARK),
    "ok": (OK_BG, OK_BORDER, OK_DARK),
    "info": (INFO_BG, INFO_BORDER, INFO_DARK),
}


def box_style(kind: str, selector: str = "QLabel") -> str:
    """A message in a box of its state's colours: 'error', 'warning', 'ok' or 'info'."""
    background, border, text = _BOXES[kind]
    return (f"{selector} {{ background: {background}; color: {text}; border: 1px solid {border}; "
            f"border-radius: 4px; padding: 8px; }}")


def band_style(kind: str, selector: str) -> str:
    """A band across a window (the demo database, the retention reminder): the box without its sides."""
    background, border, text = _BOXES[kind]
    return (f"{selector} {{ background: {background}; border-bottom: 1px solid {border}; }}"
            f" {selector} QLabel {{ color: {text}; background: transparent; border: none; }}")


STRONG_BAND_STYLE = f"background: {ERROR_STRONG}; color: {WHITE}; font-weight: bold; padding: 6px 10px;"
