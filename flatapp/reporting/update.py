"""What the public update handout "Wat is er gebeurd?" says, as plain data (public tier).

Drawn from the round's latest publication (the headline the residents saw in the tent) and the block's
working groups: their names and topics, how many take part as a rounded phrase (a group smaller than the
publication's threshold is "een paar bewoners"), what was done and what comes next. Never a name: free
text is scrubbed of every name and home code FlatApp knows in the block, a resident who does something
is "een bewoner", and a group's app is mentioned, never linked.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy.orm import Session

from flatapp.reporting.groups import block_groups, block_scrubber
from flatapp.services import rounds
from flatapp.services.round_rows import dutch_date
from flatapp.services.round_settings import LetterSettings, letter_settings
from flatapp.tent.service import current_publication

MAX_DONE = 4
MAX_PLANNED = 3


@dataclass(frozen=True)
class UpdateGroup:
    name: str
    topic: str
    members: str                # 'ongeveer 10 bewoners doen mee', 'een paar bewoners doen mee'
    has_app: bool
    done: tuple[str, ...]       # 'Containers opgeruimd — de huismeester ruimt nu elke week op'
    planned: tuple[str, ...]    # 'Schoonmaakochtend (uiterlijk 15-03-2027)'


@dataclass(frozen=True)
class UpdateContent:
    building_name: str
    round_name: str
    headline: str               # from the publication
    tent_label: str             # '' when the tent's date is not set
    threshold: int
    groups: tuple[UpdateGroup, ...]
    settings: LetterSettings
    made_on: date

    @property
    def done_count(self) -> int:
        return sum(len(g.done) for g in self.groups)


def members_phrase(count: int, threshold: int) -> str:
    """A public count of members: exact from the threshold up, else 'een paar'; none: 'zoekt nog mensen'."""
    if count <= 0:
        return "zoekt nog bewoners die mee willen doen"
    if count < threshold:
        return "een paar bewoners doen mee"
    return f"{count} bewoners doen mee"


def update_content(session: Session, round_id: int, today: date | None = None) -> UpdateContent:
    """The update handout's content; a Dutch UserError when the round has no publication yet."""
    today = today or date.today()
    row, public = current_publication(session, round_id)
    round_row = rounds.get_round(session, round_id)
    settings = letter_settings(session, round_id)
    scrub = block_scrubber(session, round_row.building_id)
    groups = []
    for group in block_groups(session, round_row.building_id, scrub):
        if not group.active:
            continue
        done = tuple(f"{a.what} — {a.result}" if a.result.strip() else a.what for a in
                     sorted(group.done, key=lambda a: a.done_on or date.min, reverse=True))[:MAX_DONE]
        planned = tuple(a.what + (f" (uiterlijk {dutch_date(a.due)})" if a.due and a.due >= today else "")
                        for a in sorted(group.planned, key=lambda a: (a.due is None, a.due or date.max)))[:MAX_PLANNED]
        groups.append(UpdateGroup(group.name, group.topic, members_phrase(group.members, row.threshold),
                                  group.has_app, done, planned))
    return UpdateContent(round_row.building_name, round_row.name, public.headline, settings.tent_label,
                         row.threshold, tuple(groups), settings, today)


__all__ = ["UpdateContent", "UpdateGroup", "members_phrase", "update_content"]
