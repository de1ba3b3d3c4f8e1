"""One look: colours live in gui/theme.py only, and every message line shows its state the same way."""

from __future__ import annotations

import re
from pathlib import Path

from PySide6.QtWidgets import QLabel

from flatapp.gui import theme
from flatapp.gui.message_line import MessageLine, clear_message, message_kind, show_message

ROOT = Path(__file__).resolve().parents[2]
HEX = re.compile(r"#[0-9a-fA-F]{6}\b|#[0-9a-fA-F]{3}\b(?![0-9a-fA-F])")


def colours_outside_the_theme() -> list[str]:
    found = []
    sources = [p for p in (ROOT / "flatapp" / "gui").rglob("*.py") if "generated" not in p.parts]
    for path in sources + sorted((ROOT / "ui").glob("*.ui")):
        if path.name == "theme.py":
            continue
        for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
            for match in HEX.finditer(line):
                if not line[:match.start()].rstrip().endswith(("&", "&amp;")):   # '&#123;' is not a colour
                    found.append(f"{path.relative_to(ROOT)}:{number}: {match.group(0)}")
    return found


def test_no_colour_is_written_outside_the_theme():
    assert colours_outside_the_theme() == []


def test_the_check_finds_a_colour():
    assert HEX.search('label.setStyleSheet("color: #a11d1d;")') and not HEX.search("QColor(theme.ERROR)")


def test_one_error_red_and_readable_state_colours():
    assert theme.text_style(theme.ERROR, bold=True) == theme.ERROR_STYLE

    def luminance(colour: str) -> float:
        channels = [int(colour[i:i + 2], 16) / 255 for i in (1, 3, 5)]
        linear = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
        return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]

    def contrast(a: str, b: str) -> float:
        high, low = sorted((luminance(a), luminance(b)), reverse=True)
        return (high + 0.05) / (low + 0.05)

    for text in (theme.TEXT, theme.QUIET, theme.FAINT, theme.ERROR, theme.WARNING, theme.OK, theme.INFO):
        assert contrast(text, theme.WHITE) >= 4.5, text
    for background, text in ((theme.ERROR_BG, theme.ERROR_DARK), (theme.WARNING_BG, theme.WARNING_DARK),
                             (theme.OK_BG, theme.OK_DARK), (theme.INFO_BG, theme.INFO_DARK)):
        assert contrast(text, background) >= 4.5, (text, background)


def test_a_message_line_shows_its_kind_and_hides_when_empty(qtbot):
    line = MessageLine()
    qtbot.addWidget(line)
    line.show_error("Het bestand is leeg.")
    assert line.kind == "error" and theme.ERROR_BG in line.styleSheet() and not line.isHidden()
    line.show_ok("Opgeslagen.")
    assert line.kind == "ok" and theme.OK_BG in line.styleSheet()
    line.clear()
    assert line.kind == "" and line.isHidden()

    label = QLabel()                      # a label from a Designer form becomes the same message line
    qtbot.addWidget(label)
    show_message(label, "warning", "Let op: 2 woningen zonder team.")
    assert message_kind(label) == "warning" and label.wordWrap()
    clear_message(label)
    assert message_kind(label) == "" and label.isHidden()
