"""The content for the tent (posters, handout, sign-up sheets, slides) of one round.

Always the whole round: public outputs are never filtered by entrance or floor, so no two public
outputs can be subtracted from each other to reveal a small group (cross-output protection). The
per-entrance and per-floor picture is one breakdown with secondary suppression.
"""

from __future__ import annotations

from pathlib import Path

from sqlalchemy.orm import Session

from flatapp.disclosure.rules import DEFAULT_POLICY, DisclosurePolicy, PublicResults, public_results
from flatapp.services import rounds
from flatapp.services.activity import log_activity
from flatapp.services.errors import UserError
from flatapp.services.quotes import approved_quotes
from flatapp.services.round_printing import PrintedPdf, write_pdf
from flatapp.tent.content import TentContent, build_content

TOPIC_QUESTION = "ON1"
TENT_DOCUMENTS = {"poster": "Poster", "slides": "Dia's", "handout": "Bewonersfolder",
                  "signup-sheets": "Inschrijflijsten"}


def round_public_results(session: Session, round_id: int,
                         policy: DisclosurePolicy = DEFAULT_POLICY) -> PublicResults:
    from flatapp.analysis.results import compute_results

    results = compute_results(session, round_id)
    return public_results(results, policy, approved_quotes(session, round_id))


def _topic_labels(session: Session, round_id: int) -> tuple[str, ...]:
    from flatapp.services.questionnaires import questionnaire_for_round

    try:
        questionnaire = questionnaire_for_round(session, round_id)
    except UserError:   # a round without a readable questionnaire still gets posters of its response
        return ()
    for question in questionnaire.questions():
        if question.code == TOPIC_QUESTION:
            return tuple(option.label for option in question.options)
    return ()


def tent_content(session: Session, round_id: int, policy: DisclosurePolicy = DEFAULT_POLICY) -> TentContent:
    """Every panel of the round, built from disclosure-controlled figures only."""
    public = round_public_results(session, round_id, policy)
    return build_content(public, _topic_labels(session, round_id))


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
    pages = write_pdf(Path(target), lambda out: renderers[kind](content, options, out))
    round_ = rounds.get_round(session, round_id)
    log_activity(session, "tent", f"{TENT_DOCUMENTS[kind]} van ronde '{round_.name}' opgeslagen als "
                                  f"{Path(target).name}", round_.building_id, round_id=round_id, kind=kind)
    return PrintedPdf(Path(target), pages, f"{TENT_DOCUMENTS[kind]}, {round_.building_name}")
