"""The shared printing helpers: escaping, fonts registered once and only when asked."""

from __future__ import annotations

import json
import subprocess
import sys

from reportlab.pdfbase import pdfmetrics

from flatapp.printing.fonts import BOLD, REGULAR, register_fonts
from flatapp.printing.layout import clean_text, escape_text, safe_paragraph, styles
from tests.conftest import REPO_ROOT


def test_escape_text_keeps_what_was_typed():
    assert escape_text("Piet <b> & Co") == "Piet &lt;b&gt; &amp; Co"
    assert escape_text("regel 1\r\nregel 2\nregel 3") == "regel 1<br/>regel 2<br/>regel 3"
    assert escape_text(None) == ""
    assert clean_text("a\x00b\x07c\td") == "abc d"


def test_safe_paragraph_never_interprets_markup():
    for text in ("a <b", "<font size=40>groot</font>", "<img src='http://example.org/x.png'/>", "&nbsp; &amp;"):
        paragraph = safe_paragraph(text)
        paragraph.wrap(400, 800)
        assert paragraph.getPlainText() == text
        sizes = {line.fontSize for line in paragraph.blPara.lines}
        assert sizes == {styles().body.fontSize}


def test_fonts_register_once():
    assert register_fonts() == (REGULAR, BOLD)
    assert register_fonts() == (REGULAR, BOLD)
    names = pdfmetrics.getRegisteredFontNames()
    assert names.count(REGULAR) == 1 and names.count(BOLD) == 1


def test_importing_the_printing_package_does_no_work():
    code = (
        "import json, sys\n"
        "import flatapp.printing, flatapp.printing.fonts, flatapp.printing.layout\n"
        "from reportlab.pdfbase import pdfmetrics\n"
        "print(json.dumps({'fonts': pdfmetrics.getRegisteredFontNames(),"
        " 'qt': any(m.startswith('PySide6') for m in sys.modules)}))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=REPO_ROOT,
                            timeout=120, check=True)
    report = json.loads(result.stdout.strip().splitlines()[-1])
    assert REGULAR not in report["fonts"]
    assert report["qt"] is False
