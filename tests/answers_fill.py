"""Test answers for complete forms: every required question the test does not care about is
marked '?' ("wil niet zeggen / weet niet"), which counts in no figure, as if left out."""

from __future__ import annotations

from flatapp.domain.answers import DONT_KNOW, open_required


def with_required_marked(questionnaire, answers: dict) -> dict:
    filled = dict(answers)
    for question in open_required(questionnaire, filled):
        filled[question.code] = DONT_KNOW
    return filled


def round_questionnaire_of(session, round_id: int):
    from flatapp.services.interviews import round_questionnaire

    return round_questionnaire(session, round_id)


def complete_filled(session, round_id: int, home_id: int, answers: dict, version, *args, **kwargs):
    """``complete_interview`` for tests about something else than completeness: the required
    questions the test leaves out are marked '?', and a home without a 'gesproken' outcome gets it
    on the round's last evening (unless the test names one)."""
    from flatapp.services.interview_outcome import evening_choices
    from flatapp.services.interviews import complete_interview

    if "evening_id" not in kwargs:
        choices = evening_choices(session, round_id)
        kwargs["evening_id"] = choices[-1].id if choices else None
    return complete_interview(session, round_id, home_id,
                              with_required_marked(round_questionnaire_of(session, round_id), answers),
                              version, *args, **kwargs)
