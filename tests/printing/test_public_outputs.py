"""Every public PDF (poster, slides, handout, sign-up sheets) over random rounds: no secret, no number
that did not pass the disclosure rules. Property-based (hypothesis), read back from the PDF text."""

from __future__ import annotations

import io
import re

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flatapp.disclosure.rules import public_results
from flatapp.printing.handout import render_handout
from flatapp.printing.poster import render_poster, render_slides
from flatapp.printing.signup_sheets import render_signup_sheets
from flatapp.tent.content import PANEL_KEYS, build_content
from flatapp.tent.options import HandoutOptions, PosterOptions, SignUpOptions
from tests.disclosure.test_rules import NAMES, random_rounds
from tests.printing.pdfcheck import flat, page_texts
from tests.tent.test_content import figures_of


def allowed_percents(public, content) -> set[int]:
    """Percentages a public text may print: shown figures, the response, and the leads built on them."""
    allowed = {f.percent for f in figures_of(content) if f.shown}
    if public.response.shown:
        allowed.add(public.response.percent)
    for panel in content.panels:
        allowed |= {int(n) for n in re.findall(r"(\d+)%", panel.lead)}
        allowed |= {int(n.value[:-1]) for n in panel.big_numbers if n.value.endswith("%")}
    allowed |= {int(n) for n in re.findall(r"(\d+)%", content.headline)}
    return allowed


def secrets_of(results) -> set[str]:
    secrets = {h.code for h in results.network_homes} | {f.name for f in results.follow_up}
    secrets |= {f.contact for f in results.follow_up} | {f.address for f in results.follow_up}
    return secrets | set(results.quotes) | set(NAMES)


def rendered_texts(content) -> dict[str, str]:
    texts = {}
    for name, render, options in (
        ("poster", render_poster, PosterOptions(size="A3", panels=PANEL_KEYS)),
        ("slides", render_slides, PosterOptions(panels=PANEL_KEYS)),
        ("handout", render_handout, HandoutOptions(size="A5")),
        ("signup", render_signup_sheets, SignUpOptions()),
    ):
        buffer = io.BytesIO()
        render(content, options, buffer)
        texts[name] = flat(" ".join(page_texts(buffer.getvalue())))
    return texts


@settings(max_examples=8, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(random_rounds(), st.booleans())
def test_no_public_pdf_shows_a_secret_or_an_unpublished_percentage(results, with_quote):
    approved = ("Een buur helpt mij altijd met de container.",) if with_quote else ()
    public = public_results(results, approved_quotes=approved)
    content = build_content(public)
    allowed = allowed_percents(public, content)
    for name, text in rendered_texts(content).items():
        for secret in secrets_of(results):
            assert secret not in text, (name, secret)
        printed = {int(n) for n in re.findall(r"(\d+)\s?%", text)}
        assert printed <= allowed, (name, printed - allowed)
        if with_quote and name in ("poster", "slides"):
            assert "Een buur helpt mij altijd" in text, name
