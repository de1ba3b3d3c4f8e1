"""Help › Handleiding: a short manual (what to do on each step of a round) and every shortcut of the
main window, read from its menus so the list never goes out of date."""

from __future__ import annotations

import re

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QHeaderView, QMenuBar, QTableWidgetItem, QWidget

from flatapp.gui.dialogs import RememberingDialog
from flatapp.gui.generated.ui_help_dialog import Ui_HelpDialog
from flatapp.gui.i18n import current_language
from flatapp.resources import shipped_path


def manual_html(language: str) -> str:
    """The manual in ``language`` (Dutch when there is none in it)."""
    for name in (f"handleiding_{language}.html", "handleiding_nl.html"):
        try:
            return shipped_path("resources", "manual", name).read_text(encoding="utf-8")
        except FileNotFoundError:
            continue
    return ""


def menu_shortcuts(menu_bar: QMenuBar) -> list[tuple[str, str, str]]:
    """(shortcut, menu › item, status tip) of every action with a shortcut, in menu order."""
    rows = []

    def walk(actions: list[QAction], path: str) -> None:
        for action in actions:
            menu = action.menu()
            title = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…")
            if menu is not None:
                walk(menu.actions(), f"{path} › {title}" if path else title)
            elif not action.isSeparator():
                for key in action.shortcuts():
                    text = key.toString(QKeySequence.SequenceFormat.NativeText)
                    if _typeable(text):
                        rows.append((text, f"{path} › {title}", action.statusTip()))
    walk(menu_bar.actions(), "")
    return rows


def _typeable(text: str) -> bool:
    """Ctrl+Z, F5, Alt+Backspace: a key on a keyboard. Standard bindings also list media keys with
    names such as 'New' or 'Undo' that most keyboards do not have; those are left out."""
    return "+" in text or bool(re.fullmatch(r"F\d{1,2}|Del|Delete|Esc|Return|Enter", text))


class HelpDialog(RememberingDialog):
    settings_key = "help_dialog"

    def __init__(self, menu_bar: QMenuBar | None, parent: QWidget | None = None, shortcuts_first: bool = False):
        super().__init__(parent)
        self.ui = Ui_HelpDialog()
        self.ui.setupUi(self)
        self.ui.manualBrowser.setHtml(manual_html(current_language()))
        rows = menu_shortcuts(menu_bar) if menu_bar is not None else []
        rows.append(("F1", QCoreApplication.translate("HelpDialog", "Help › Handleiding"), ""))
        table = self.ui.shortcutTable
        table.setRowCount(len(rows))
        for row, values in enumerate(rows):
            for column, value in enumerate(values):
                table.setItem(row, column, QTableWidgetItem(value))
        table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        if shortcuts_first:
            self.ui.tabs.setCurrentWidget(self.ui.shortcutsTab)
