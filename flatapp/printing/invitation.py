"""Invitations, on the letters' own paper (``flatapp.printing.letterhead``): one A4 letter per addressee.

* To the tent, per door ("Aan de bewoners van <adres>"): the date, time and place in a shaded box, soup
  and sandwiches, both organisations and the contact person. Public, like the announcement letter.
* To a group meeting, per member with consent ("Aan <naam>"): the group, the meeting's date, time and
  place, what is on the table. Confidential: a name with an address (each page says so).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from pathlib import Path
from typing import BinaryIO

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, KeepTogether, Paragraph, Spacer

from flatapp.domain.tiers import Tier
from flatapp.printing.layout import clean_text, escape_text, styles, text_blocks
from flatapp.printing.letterhead import Addressee, Sender, Shaded, body_styles, render_letter_batch, signature
from flatapp.services.round_rows import DUTCH_WEEKDAYS, dutch_date

TENT_TITLE = "Uitnodiging: de uitkomsten in de tent"
TENT_TEXT = (
    "Beste bewoner,\n\n"
    "Een tijd geleden belden vrijwilligers bij u aan met vragen over wonen in {building}: kent u uw buren, "
    "en zou u elkaar helpen? Met veel bewoners hebben we gesproken. Dank u wel!\n\n"
    "Nu laten we zien wat bewoners vertelden. U bent van harte welkom; ook als u niet met ons heeft "
    "gesproken.\n\n"
    "{tent}\n\n"
    "Kom langs voor een kop soep en een broodje, bekijk de uitkomsten en praat mee over wat we samen in de "
    "flat kunnen doen. U kunt zich ook aanmelden voor een onderwerp waar u aan wilt meewerken.\n\n"
    "Met vriendelijke groet,"
)
GROUP_TITLE = "Uitnodiging: bijeenkomst van de werkgroep"
GROUP_TEXT = (
    "Beste {name},\n\n"
    "U doet mee met de werkgroep '{group}' in {building}. Daarom nodigen wij u uit voor de volgende "
    "bijeenkomst.\n\n"
    "{tent}\n\n"
    "{agenda}\n\n"
    "Kunt u niet? Laat het ons even weten; dan houden we u op de hoogte.\n\n"
    "Met vriendelijke groet,"
)
TENT_MARKER = "{tent}"
CONFIDENTIAL_LETTER = ("Vertrouwelijk — persoonlijke uitnodiging voor de geadresseerde; bevat een naam en adres, "
                       "niet laten liggen")


@dataclass(frozen=True)
class Meeting:
    """When and where: the tent, or a group's meeting."""

    day: date
    starts: time | None
    ends: time | None
    place: str

    @property
    def when(self) -> str:
        text = f"{DUTCH_WEEKDAYS[self.day.weekday()]} {dutch_date(self.day)}"
        if self.starts and self.ends:
            return f"{text}, van {self.starts:%H:%M} tot {self.ends:%H:%M}"
        if self.starts:
            return f"{text}, vanaf {self.starts:%H:%M}"
        return text


def _meeting_box(meeting: Meeting, heading: str, extra: str, size: float) -> list[Flowable]:
    st = styles()
    _body, _heading, emphasis = body_styles(size)
    box = [Paragraph(escape_text(heading), st.heading)]
    for line in (meeting.when, meeting.place):
        if clean_text(line).strip():
            box.append(Paragraph(escape_text(" ".join(clean_text(line).split())),
                                 emphasis.clone("FlatInviteWhen", leftIndent=5 * mm, spaceBefore=2 * mm)))
    if extra:
        box.append(Paragraph(escape_text(extra), st.body.clone("FlatInviteExtra", leftIndent=5 * mm,
                                                                spaceBefore=2 * mm, fontSize=size)))
    return [Spacer(1, 2 * mm), KeepTogether([Shaded(box)]), Spacer(1, 4 * mm)]


def _story(text: str, title: str, box: list[Flowable], sender: Sender, size: float,
           spread: float) -> list[Flowable]:
    body, heading, _emphasis = body_styles(size, spread)
    story: list[Flowable] = [Paragraph(escape_text(title), heading)]
    for block in text_blocks(text):
        if block.strip() == TENT_MARKER:
            story.extend(box)
        else:
            story.append(Paragraph(escape_text(block), body))
    story.extend(signature(sender, size, spread))
    return story


def render_tent_invitations(addressees: list[Addressee], target: Path | BinaryIO, sender: Sender,
                            meeting: Meeting, building: str, day: date | None = None) -> int:
    """One invitation to the tent per door; returns the page count (ValueError in Dutch without doors)."""
    if not addressees:
        raise ValueError("Er zijn geen woningen om een uitnodiging voor te printen.")
    text = TENT_TEXT.format(building=" ".join(clean_text(building).split()) or "de flat", tent=TENT_MARKER)

    def build(size: float, spread: float) -> list[Flowable]:
        box = _meeting_box(meeting, "Wanneer en waar?", "Soep en broodjes staan klaar.", size)
        return _story(text, TENT_TITLE, box, sender, size, spread)

    return render_letter_batch(target, addressees, sender, build, day=day or date.today(), tier=Tier.PUBLIC,
                               title=TENT_TITLE, subject=f"Uitnodiging voor de tent, {building}")


def render_group_invitations(invitees: list[tuple[Addressee, str]], target: Path | BinaryIO, sender: Sender,
                             meeting: Meeting, group: str, building: str, agenda: str = "",
                             day: date | None = None) -> int:
    """One personal invitation per (addressee, name) to a group meeting; returns the page count.
    The text differs per person (the name), so each letter is laid out on its own."""
    if not invitees:
        raise ValueError("Geen enkel lid van de werkgroep mag worden uitgenodigd (er is geen toestemming om "
                         "contact op te nemen, of geen adres bekend).")
    names = {id(addressee): name for addressee, name in invitees}

    def personal(addressee: Addressee):
        text = GROUP_TEXT.format(name=" ".join(clean_text(names[id(addressee)]).split()),
                                 group=" ".join(clean_text(group).split()),
                                 building=" ".join(clean_text(building).split()) or "de flat", tent=TENT_MARKER,
                                 agenda=(" ".join(clean_text(agenda).split()) or
                                         "We bespreken wat we als eerste aanpakken en wie wat doet."))

        def build(size: float, spread: float) -> list[Flowable]:
            return _story(text, GROUP_TITLE, _meeting_box(meeting, "Wanneer en waar?", "", size), sender, size,
                          spread)
        return build

    return render_letter_batch(target, [addressee for addressee, _ in invitees], sender, None,
                               day=day or date.today(), tier=CONFIDENTIAL_LETTER, title=GROUP_TITLE,
                               subject=f"Uitnodiging werkgroep {group}", personal=personal)


__all__ = ["Meeting", "render_group_invitations", "render_tent_invitations"]
