"""Announcement letters: one A4 letter per home, "Aan de bewoners van <adres>".

The letterhead (both organisations, logos when given), the date, the editable text with the evenings,
the signature (name, role) and the contact line are the same for every home: they are laid out once
(``flatapp.printing.letterhead``, at the largest type that fits the page) and kept as PDF forms; per home
only the address line is written. The text is the coordinator's own: escaped, its paragraphs kept. A letter to every door
is public: each page says so in a small footer line (the print is still logged: it has addresses).
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from flatapp.domain.tiers import Tier
from flatapp.printing.layout import clean_text, escape_text, styles, text_blocks
from flatapp.printing.letterhead import Addressee, Sender, Shaded, body_styles, render_letter_batch, signature
from flatapp.services.homes import HomeRow
from flatapp.services.round_rows import DUTCH_WEEKDAYS, EveningRow, dutch_date


def evening_phrase(evening: EveningRow) -> str:
    """'dinsdag 25-11-2026 van 18:30 tot 20:30'."""
    weekday = DUTCH_WEEKDAYS[evening.date.weekday()]
    return f"{weekday} {dutch_date(evening.date)} van {evening.starts:%H:%M} tot {evening.ends:%H:%M}"


def render_letters(homes: list[HomeRow], target: Path | BinaryIO, organisation: str,
                   evenings: list[EveningRow], text: str, logo: Path | None = None,
                   sender: Sender | None = None, day: date | None = None) -> int:
    """Write one PDF with a letter per home (each starting on a fresh page); returns the page count.

    ``sender`` (the round's letter settings) adds the corporation, the signature and the contact line;
    without it the letter is signed by ``organisation`` alone. ``day`` is the letter's date (today).
    Raises ValueError (Dutch) without homes, evenings or text, or with a logo that cannot be read.
    """
    if not homes:
        raise ValueError("Er zijn geen woningen om een brief voor te printen.")
    if not evenings:
        raise ValueError("Plan eerst de avonden: de brief noemt wanneer er wordt aangebeld.")
    if not clean_text(text).strip():
        raise ValueError("De tekst van de brief is leeg.")
    sender = sender or Sender()
    sender = replace(sender, organisation=organisation if organisation.strip() else sender.organisation,
                     organisation_logo=logo or sender.organisation_logo)
    addressees = [Addressee(f"Aan de bewoners van {home.address}, {home.postcode} {home.city}", home.city, home.code)
                  for home in homes]
    return render_letter_batch(target, addressees, sender, lambda size, spread: _story(text, evenings, sender, size, spread),
                               day=day or date.today(), tier=Tier.PUBLIC, title="Aankondiging",
                               subject="Brief aan de bewoners")


EVENINGS_PLACEHOLDER = "{avonden}"


def _story(text: str, evenings: list[EveningRow], sender: Sender, size: float, spread: float = 0) -> list[Flowable]:
    """The text with the evenings box where the text says ``{avonden}``; without that marker the
    box goes before the closing paragraph ("Met vriendelijke groet,"), so it is read before the
    signature. The signature (name, role, organisations) follows the text."""
    st = styles()
    body, _heading, emphasis = body_styles(size, spread)
    box = [Paragraph("Wij bellen bij u aan op:", st.heading)]
    for evening in sorted(evenings, key=lambda e: (e.date, e.starts)):
        box.append(Paragraph(escape_text(evening_phrase(evening)),
                             emphasis.clone("FlatLetterEvening", leftIndent=5 * mm, spaceBefore=2 * mm)))
    evenings_box: list[Flowable] = [Spacer(1, 2 * mm + spread / 2), KeepTogether([Shaded(box)]),
                                    Spacer(1, 5 * mm + spread / 2)]

    blocks = text_blocks(text)
    if EVENINGS_PLACEHOLDER not in (block.strip() for block in blocks):
        blocks.insert(max(len(blocks) - 1, 1) if len(blocks) > 1 else 1, EVENINGS_PLACEHOLDER)
    story: list[Flowable] = []
    for block in blocks:
        if block.strip() == EVENINGS_PLACEHOLDER:
            story.extend(evenings_box)
        else:
            story.append(Paragraph(escape_text(block), body))
    story.extend(signature(sender, size, spread))
    return story


__all__ = ["evening_phrase", "render_letters"]
