"""Colours and style sheets of the questionnaire editor."""

_STYLE_ERROR = ("QLabel { background: #fdecea; color: #7f1d1d; border: 1px solid #f3b8b4;"
                " border-radius: 4px; padding: 8px; }")
_STYLE_NOTICE = ("QLabel { background: #fff4e0; color: #5c3a00; border: 1px solid #f0d29a;"
                 " border-radius: 4px; padding: 8px; }")
_STYLE_INFO = ("QLabel { background: #eaf2fb; color: #1d3a5c; border: 1px solid #b9d0ea;"
               " border-radius: 4px; padding: 8px; }")
_STYLE_INVALID = '*[invalid="true"] { border: 2px solid #c0392b; border-radius: 3px; }'
MUTED = "#4a5563"
