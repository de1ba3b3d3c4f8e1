"""Consent per purpose, as plain values: the purposes and sources with their Dutch labels, and the row
a screen or an export shows. The records themselves are kept by flatapp.services.consent."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from flatapp.domain import template_codes as codes

STORY, CONTACT, GROUP, RESEARCH = "story", "contact", "group", "research"
PURPOSES = (STORY, CONTACT, GROUP, RESEARCH)

FORM, SPOKEN, WRITTEN, SIGN_UP = "formulier", "mondeling", "schriftelijk", "inschrijflijst"
SOURCES = (FORM, SPOKEN, WRITTEN, SIGN_UP)

# Which question of the standard form asks which purpose.
FORM_QUESTIONS = {codes.STORY_CONSENT: STORY, codes.CONTACT_CONSENT: CONTACT,
                  codes.GROUP_CONSENT: GROUP, codes.RESEARCH_CONSENT: RESEARCH}

PURPOSE_LABELS = {
    STORY: "verhaal anoniem op een poster",
    CONTACT: "contact opnemen voor een vervolg",
    GROUP: "naam delen met een werkgroep",
    RESEARCH: "antwoorden zonder naam voor onderzoek",
}
# The same, short enough for a column in the home panel (the long text is its tooltip).
PURPOSE_SHORT = {STORY: "verhaal op poster", CONTACT: "contact", GROUP: "naam in werkgroep", RESEARCH: "onderzoek"}
SOURCE_LABELS = {FORM: "op het formulier", SPOKEN: "mondeling", WRITTEN: "schriftelijk",
                 SIGN_UP: "op de inschrijflijst"}


@dataclass(frozen=True)
class ConsentRow:
    id: int
    round_id: int
    round_name: str
    home_id: int
    home_code: str
    respondent: int
    purpose: str
    given: bool
    source: str
    recorded_at: datetime
    recorded_by: str
    withdrawn_at: datetime | None
    note: str

    @property
    def active(self) -> bool:
        return self.given and self.withdrawn_at is None

    @property
    def purpose_label(self) -> str:
        return PURPOSE_LABELS.get(self.purpose, self.purpose)

    @property
    def state_label(self) -> str:
        if self.withdrawn_at is not None:
            return "ingetrokken"
        return "ja" if self.given else "nee"
