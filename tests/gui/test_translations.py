"""Qt Linguist translations keep what the code fills in, and English is complete.

The source strings are Dutch; resources/translations/flatapp_en.ts holds the English.
scripts/update_translations.sh refreshes the .ts files from the code and compiles the .qm files.
Plain XML checks: no Qt needed.
"""

from __future__ import annotations

import re
import string
import xml.etree.ElementTree as ET
from collections import Counter
from dataclasses import dataclass
from pathlib import Path

import pytest

TRANSLATIONS = Path(__file__).resolve().parents[2] / "resources" / "translations"
TS_FILES = sorted(TRANSLATIONS.glob("*.ts"))
ENGLISH = TRANSLATIONS / "flatapp_en.ts"
LEFT_OUT = {"obsolete", "vanished"}

QT_ARG = re.compile(r"%L?(\d{1,2})")           # %1, %L1 (locale-aware) count as the same argument
QT_NUMERUS = re.compile(r"%L?n")
PY_NAMED = re.compile(r"%\((\w+)\)[sdifr]")
ENTITY = re.compile(r"&(?:#\d+|#x[0-9a-fA-F]+|[a-zA-Z]+);")  # &nbsp; in rich text is no shortcut
MNEMONIC = re.compile(r"&[^\s&]")

needs_ts = pytest.mark.skipif(
    not TS_FILES, reason="no .ts file in resources/translations yet (scripts/update_translations.sh makes one)"
)


@dataclass
class Message:
    file: str
    context: str
    source: str
    translations: list[str]   # one, or one per numerus form
    kind: str                 # the translation's type attribute: "", "unfinished", "obsolete", "vanished"

    def __str__(self) -> str:
        return f"{self.file} [{self.context}] {self.source!r}"


def read_messages(path: Path) -> list[Message]:
    messages = []
    for context in ET.parse(path).getroot().iter("context"):
        name = context.findtext("name", default="")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if translation is None:
                texts = []
            elif message.get("numerus") == "yes":
                texts = [form.text or "" for form in translation.iter("numerusform")]
            else:
                texts = [translation.text or ""]
            messages.append(Message(path.name, name, message.findtext("source", default=""), texts, kind))
    return messages


def _format_fields(text: str) -> list[str]:
    try:
        return [f"{{{field}}}" for _, field, _, _ in string.Formatter().parse(text) if field is not None]
    except ValueError:  # a lone brace: not a format string, so no fields
        return []


def placeholders(text: str) -> Counter:
    found = Counter(_format_fields(text))
    found.update(f"%{number}" for number in QT_ARG.findall(text))
    found.update("%n" for _ in QT_NUMERUS.findall(text))
    found.update(f"%({name})" for name in PY_NAMED.findall(text))
    return found


def has_shortcut(text: str) -> bool:
    return bool(MNEMONIC.search(ENTITY.sub("", text).replace("&&", "")))


def _live(messages: list[Message]) -> list[Message]:
    return [m for m in messages if m.kind not in LEFT_OUT]


@needs_ts
@pytest.mark.parametrize("ts_file", TS_FILES, ids=lambda p: p.name)
def test_translations_keep_placeholders_and_shortcuts(ts_file):
    problems = []
    for message in _live(read_messages(ts_file)):
        wanted = set(placeholders(message.source))
        for text in message.translations:
            if not text:
                continue  # untranslated: reported by the completeness test
            got = set(placeholders(text))
            if got != wanted:
                problems.append(
                    f"{message}: placeholders {sorted(wanted)} in the source, {sorted(got)} in {text!r}"
                )
            if has_shortcut(message.source) != has_shortcut(text):
                problems.append(f"{message}: the &-shortcut of the source is {'missing' if has_shortcut(message.source) else 'extra'} in {text!r}")
    assert not problems, "\n".join(problems)


@pytest.mark.skipif(not ENGLISH.exists(), reason="resources/translations/flatapp_en.ts does not exist yet")
def test_english_is_complete():
    open_items = [
        str(m) for m in _live(read_messages(ENGLISH))
        if m.kind == "unfinished" or not m.translations or not all(m.translations)
    ]
    assert not open_items, (
        f"{len(open_items)} unfinished English translations (translate them in pyside6-linguist, then run "
        "scripts/update_translations.sh):\n" + "\n".join(open_items[:40])
    )


def test_placeholder_rules():
    """The rules above, on examples."""
    assert placeholders("{naam} woont op %1, %L2 keer") == Counter({"{naam}": 1, "%1": 1, "%2": 1})
    assert placeholders("%n woningen") == Counter({"%n": 1})
    assert placeholders("{{letterlijk}} en { los") == Counter()
    assert has_shortcut("&Opslaan") and has_shortcut("Op&slaan")
    assert not has_shortcut("Tom && Jerry") and not has_shortcut("Tom & Jerry") and not has_shortcut("a&nbsp;b")


# Where a context or text is passed on on purpose: the strings are collected where they are written.
PASSED_ON = {"i18n.py", "row_table_model.py"}


def test_every_ui_text_is_written_where_lupdate_finds_it():
    """pyside6-lupdate reads translate("Context", "tekst") and self.tr("tekst") with a literal context; a
    text behind a context variable or a helper (``_tr(text)`` wrapping ``translate(CONTEXT, text)``) never
    reaches the .ts file and stays Dutch in the English UI. (Texts kept in a table are passed as a variable
    on purpose; they are marked where they are written.)"""
    import ast

    gui = Path(__file__).resolve().parents[2] / "flatapp" / "gui"
    hidden = []
    for source in sorted(gui.rglob("*.py")):
        if source.name in PASSED_ON or "generated" in source.parts:
            continue
        for node in ast.walk(ast.parse(source.read_text(encoding="utf-8"))):
            if isinstance(node, ast.FunctionDef) and node.name in ("_tr", "tr", "_"):
                hidden.append(f"{source.name}:{node.lineno} def {node.name}")
            if isinstance(node, ast.Call) and len(node.args) >= 2:
                name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
                context, text = (isinstance(a, ast.Constant) and isinstance(a.value, str) for a in node.args[:2])
                if name == "translate" and text and not context:
                    hidden.append(f"{source.name}:{node.lineno}")
    assert not hidden, f"texts lupdate cannot see: {hidden}"
