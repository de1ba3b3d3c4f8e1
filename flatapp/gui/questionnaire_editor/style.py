"""Colours and style sheets of the questionnaire editor."""

from flatapp.gui import theme

_STYLE_ERROR = theme.box_style("error")
_STYLE_NOTICE = theme.box_style("warning")
_STYLE_INFO = theme.box_style("info")
_STYLE_INVALID = f'*[invalid="true"] {{ border: 2px solid {theme.ERROR}; border-radius: 3px; }}'
MUTED = theme.QUIET
