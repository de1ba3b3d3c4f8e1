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


def test_every_usual_kind_of_logo_loads_and_draws(tmp_path):
    """Palette PNGs with transparency, 16-bit, black-and-white, grey+alpha and CMYK JPEGs: all print."""
    import io

    from PIL import Image
    from reportlab.pdfgen.canvas import Canvas

    from flatapp.printing.layout import draw_logo, load_logo

    rgba = Image.new("RGBA", (120, 40), (0, 0, 0, 0))
    rgba.paste((20, 90, 160, 255), (10, 10, 50, 30))
    logos = {"rgba.png": rgba, "palet.png": rgba.convert("P"), "zw.png": Image.new("1", (120, 40), 1),
             "diep.png": Image.new("I;16", (120, 40), 3000), "grijs.png": Image.new("LA", (120, 40), (90, 200)),
             "cmyk.jpg": Image.new("CMYK", (120, 40), (10, 50, 0, 0)), "foto.jpg": Image.new("RGB", (120, 40))}
    for name, image in logos.items():
        image.save(tmp_path / name)
        canvas = Canvas(io.BytesIO())
        assert draw_logo(canvas, load_logo(tmp_path / name), 0, 0, 60, 20) > 0, name
        canvas.save()


def test_a_bad_logo_says_what_is_wrong_in_dutch(tmp_path):
    import os

    import pytest

    from flatapp.printing.layout import load_logo

    good = tmp_path / "goed.png"
    from PIL import Image

    Image.new("RGB", (300, 100), (20, 90, 160)).save(good)
    cut = tmp_path / "afgebroken.png"
    cut.write_bytes(good.read_bytes()[:-40])
    text = tmp_path / "tekst.png"
    text.write_text("geen plaatje")
    folder = tmp_path / "map.png"
    folder.mkdir()
    fifo = tmp_path / "pijp.jpg"
    os.mkfifo(fifo)
    for path, expected in ((cut, "beschadigd"), (text, "geen PNG- of JPG-afbeelding"), (folder, "is een map"),
                           (fifo, "geen gewoon bestand"), (tmp_path / "weg.png", "bestaat niet"),
                           (tmp_path / "logo.gif", "moet een PNG- of JPG-bestand zijn")):
        with pytest.raises(ValueError) as caught:
            load_logo(path)
        assert expected in str(caught.value), (path.name, str(caught.value))
