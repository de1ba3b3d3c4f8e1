"""The content for the tent (posters, handout, sign-up sheets, slides) of one round, from its latest
publication (flatapp.disclosure.publications): printing again gives the same figures.

Always the whole round: public outputs are never filtered by entrance or floor, so no two public
outputs can be subtracted from each other to reveal a small group (cross-output protection). The
per-entrance and per-floor picture is one breakdown with secondary suppression.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from sqlalchemy.orm import Session

from flatapp.disclosure.publications import PublicationRow, latest_publication, publish, with_quotes
from flatapp.disclosure.rules import (
    DEFAULT_POLICY,
    MIN_THRESHOLD,
    DisclosurePolicy,
    PublicResults,
)
from flatapp.domain import template_codes as codes
from flatapp.domain.questionnaire import Questionnaire
from flatapp.domain.tiers import Tier
from flatapp.printing.round_printing import PrintedPdf, write_pdf_noted
from flatapp.services import rounds
from flatapp.services.activity import log_activity
from flatapp.services.errors import UserError
from flatapp.services.quotes import approved_quotes
from flatapp.tent.content import TentContent, build_content

TOPIC_QUESTION = codes.TOPIC_JOIN
TENT_DOCUMENTS = {"poster": "Poster", "slides": "Dia's", "handout": "Bewonersfolder",
                  "signup-sheets": "Inschrijflijsten"}


def _questionnaire(session: Session, round_id: int) -> Questionnaire | None:
    from flatapp.services.questionnaires import questionnaire_for_round

    try:
        return questionnaire_for_round(session, round_id)
    except UserError:   # a round without a readable questionnaire still gets posters of its response
        return None


def round_policy(questionnaire: Questionnaire | None, threshold: int = MIN_THRESHOLD) -> DisclosurePolicy:
    """The rules for a round: the threshold chosen (5 or more) and, besides the standard sensitive
    questions, every question the questionnaire marks sensitive or as a consent question."""
    marked = {q.code for q in questionnaire.questions() if q.sensitive or q.consent} if questionnaire else set()
    try:
        return DisclosurePolicy(threshold=threshold,
                                sensitive_questions=DEFAULT_POLICY.sensitive_questions | marked)
    except (TypeError, ValueError) as error:
        raise UserError(str(error)) from None


def _topic_labels(questionnaire: Questionnaire | None) -> tuple[str, ...]:
    for question in questionnaire.questions() if questionnaire else ():
        if question.code == TOPIC_QUESTION:
            return tuple(option.label for option in question.options)
    return ()


class NoPublication(UserError):
    """The round has no publication yet: public outputs wait for one."""


def make_publication(session: Session, round_id: int, threshold: int = MIN_THRESHOLD) -> PublicationRow:
    """Freeze the round's public figures (``flatapp publish``, Tent › Cijfers publiceren…)."""
    return publish(session, round_id, round_policy(_questionnaire(session, round_id), threshold))


def current_publication(session: Session, round_id: int) -> tuple[PublicationRow, PublicResults]:
    """The latest publication of the round; a Dutch UserError when there is none yet."""
    found = latest_publication(session, round_id)
    if found is None:
        round_ = rounds.get_round(session, round_id)
        raise NoPublication(f"Ronde '{round_.name}' heeft nog geen publicatie. Posters, dia's, folders en "
                        "inschrijflijsten tonen alleen gepubliceerde cijfers: kies Tent › Cijfers publiceren… "
                        f"(of: flatapp publish --round \"{round_.name}\").")
    return found


def tent_content(session: Session, round_id: int) -> TentContent:
    """Every panel of the round, from its latest publication (the same figures every time it is printed)
    with the quotes whose consent and approval stand at this moment."""
    questionnaire = _questionnaire(session, round_id)
    _row, public = current_publication(session, round_id)
    round_ = rounds.get_round(session, round_id)       # names are no figures: as they are called now
    public = replace(with_quotes(public, approved_quotes(session, round_id)), round_name=round_.name,
                     building_name=round_.building_name)
    return build_content(public, _topic_labels(questionnaire))


def print_tent_pdf(session: Session, round_id: int, kind: str, options, target: Path) -> PrintedPdf:
    """Write a poster, the slides, the handout or the sign-up sheets of a round to ``target`` (atomically).

    ``kind`` is one of TENT_DOCUMENTS; ``options`` the matching options object of flatapp.tent.options.
    """
    from flatapp.printing import handout, poster, signup_sheets

    renderers = {"poster": poster.render_poster, "slides": poster.render_slides,
                 "handout": handout.render_handout, "signup-sheets": signup_sheets.render_signup_sheets}
    if kind not in renderers:
        raise ValueError(f"unknown tent document {kind!r}")
    content = tent_content(session, round_id)
    pages, notices = write_pdf_noted(Path(target), lambda out: renderers[kind](content, options, out))
    round_ = rounds.get_round(session, round_id)
    log_activity(session, "tent", f"{TENT_DOCUMENTS[kind]} van ronde '{round_.name}' opgeslagen als "
                                  f"{Path(target).name}", round_.building_id, tier=Tier.PUBLIC,
                 target=str(target), round_id=round_id, kind=kind)
    return PrintedPdf(Path(target), pages, f"{TENT_DOCUMENTS[kind]}, {round_.building_name}", notices=notices)
