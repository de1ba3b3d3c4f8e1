"""The tent's content of the demo round: every panel filled from public figures, quotes after approval."""

from __future__ import annotations

import json

import pytest
from sqlalchemy import select

from flatapp.demo import create_demo_database
from flatapp.services.homes import list_home_rows
from flatapp.services.quotes import approve_quote, list_quotes
from flatapp.storage.database import open_database
from flatapp.storage.interview_models import Interview
from flatapp.tent.content import PANEL_KEYS, QUOTES
from flatapp.tent.service import make_publication, tent_content


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    path = tmp_path_factory.mktemp("tent") / "demo.sqlite"
    create_demo_database(path)
    database = open_database(path)
    yield database
    database.dispose()


def resident_secrets(session) -> set[str]:
    """Names and contacts residents wrote down, and every home's code and address line."""
    secrets = set()
    for answers in session.scalars(select(Interview.answers)):
        data = json.loads(answers)
        secrets |= {str(data[key]).strip() for key in ("CT2", "CT3") if data.get(key)}
    for home in list_home_rows(session, 1):
        secrets |= {home.code, f"{home.street} {home.house_number}"}
    return {s for s in secrets if len(s) > 3}


def test_demo_round_fills_every_panel_but_quotes(demo):
    with demo.session() as s:
        content = tent_content(s, 1)
        secrets = resident_secrets(s)
    assert [p.key for p in content.panels] == list(PANEL_KEYS)
    assert [p.key for p in content.panels if p.is_empty] == [QUOTES]
    assert content.building_name == "Voorbeeldflat" and content.round_name == "Najaar 2026"
    assert [t.label for t in content.sign_up_topics] == [
        "Afval van balkons", "Groepsapp per portiek", "Koffieochtend", "Groen rond de flat"]
    assert secrets, "the demo has names to protect"
    text = repr(content)
    assert not [secret for secret in secrets if secret in text]


def test_approved_quotes_reach_the_content_and_only_those(demo):
    with demo.session() as s, s.begin():
        candidates = list_quotes(s, 1)
        approve_quote(s, candidates[0].interview_id, "Een buurvrouw helpt mij met de boodschappen.")
    with demo.session() as s:
        panel = tent_content(s, 1).panel(QUOTES)
    assert panel.quotes == ("Een buurvrouw helpt mij met de boodschappen.",)
    assert not any(c.source_text in panel.quotes for c in candidates[1:])


def test_the_questionnaire_marks_sensitive_questions_and_the_threshold_goes_up_only(demo):
    from flatapp.domain.questionnaire import Question, Questionnaire, QuestionType, Section
    from flatapp.services.errors import UserError
    from flatapp.tent.service import round_policy

    asked = Questionnaire("Test", "", (Section("s", "S", (
        Question("Q1", "Ruzie met buren?", QuestionType.YES_NO, sensitive=True),
        Question("Q2", "Mogen wij bellen?", QuestionType.YES_NO, consent=True),
        Question("Q3", "Groet u buren?", QuestionType.YES_NO))),))
    policy = round_policy(asked, 10)
    assert {"Q1", "Q2", "WO2"} <= policy.sensitive_questions and "Q3" not in policy.sensitive_questions
    assert policy.threshold == 10
    with pytest.raises(UserError, match="niet lager zijn dan 5"):
        round_policy(asked, 3)
    with demo.session() as s, s.begin():
        make_publication(s, 1, 30)
    with demo.session() as s:
        strict = tent_content(s, 1)
    assert "minder dan 30 bewoners" in strict.privacy_line
    hidden = [g for g in strict.panel("verdiepingen").groups if not g.figure.shown]
    assert hidden, "with 30 as the smallest group most floors are hidden"
