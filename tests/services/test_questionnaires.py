"""Questionnaires in the database: built-in template, copies, edits in place and new versions."""

from __future__ import annotations

import json
from dataclasses import replace

import pytest
from sqlalchemy import func, select

from flatapp.domain.questionnaire import Option, QuestionType, to_dict
from flatapp.services.errors import UserError
from flatapp.services.questionnaires import (
    BUILTIN_NAME,
    DefinitionError,
    copy_questionnaire,
    ensure_builtin_questionnaire,
    freeze_version,
    list_questionnaires,
    load_template,
    questionnaire_for_round,
    save_definition,
    version_definition,
    version_info,
)
from flatapp.services.versioned import version_of
from flatapp.storage.models import ActivityLog
from flatapp.storage.questionnaire_models import QuestionnaireRecord, QuestionnaireVersion
from flatapp.storage.round_models import Round


def builtin_id(database) -> int:
    with database.session() as session, session.begin():
        return ensure_builtin_questionnaire(session).id


def reworded(questionnaire, code: str, text: str):
    """The questionnaire with one question's text changed."""
    sections = tuple(
        replace(s, questions=tuple(replace(q, text=text) if q.code == code else q for q in s.questions))
        for s in questionnaire.sections
    )
    return replace(questionnaire, sections=sections)


def versions(session) -> list[tuple[int, bool]]:
    return [(v.number, v.frozen) for v in session.scalars(select(QuestionnaireVersion).order_by(QuestionnaireVersion.number))]


def test_load_template_validates_and_refuses_unknown_keys():
    q = load_template()
    assert q.title == "Kennen en helpen"
    assert q.question("SC1").reversed
    with pytest.raises(UserError, match="ontbreekt"):
        load_template("bestaat_niet")
    with pytest.raises(UserError, match="Onbekend sjabloon"):
        load_template("../../etc/passwd")


def test_ensure_builtin_is_idempotent(database):
    first = builtin_id(database)
    second = builtin_id(database)
    assert first == second
    with database.session() as session:
        assert session.scalar(select(func.count(QuestionnaireRecord.id))) == 1
        assert versions(session) == [(1, False)]
        record = session.scalar(select(QuestionnaireRecord))
        assert (record.name, record.template) == (BUILTIN_NAME, "kennen_en_helpen")
        assert to_dict(version_definition(session, first)) == to_dict(load_template())
        stored = session.get(QuestionnaireVersion, first).definition
        assert "Hoeveel buren" in stored and "\\u" not in stored      # readable UTF-8 JSON
        assert session.scalar(select(func.count(ActivityLog.id)).where(ActivityLog.action == "questionnaire.create")) == 1


def test_ensure_builtin_returns_the_newest_version(database):
    v1 = builtin_id(database)
    with database.session() as session, session.begin():
        freeze_version(session, v1)
        v2 = save_definition(session, v1, reworded(version_definition(session, v1), "KN1", "Nieuw?"), version_of(session, QuestionnaireVersion, v1)).id
    assert builtin_id(database) == v2 != v1


def test_list_questionnaires_gives_plain_rows(database, make_building):
    v1 = builtin_id(database)
    building = make_building()
    with database.session() as session, session.begin():
        copy = copy_questionnaire(session, v1, "Vragenlijst Sneek")
        freeze_version(session, v1)
        session.add(Round(building_id=building, name="Voorjaar", questionnaire_version_id=v1))
    with database.session() as session:
        rows = list_questionnaires(session)
    assert [r.name for r in rows] == ["Kennen en helpen", "Vragenlijst Sneek"]
    builtin, sneek = rows
    assert builtin.version_numbers == (1,) and builtin.latest.frozen and builtin.latest.round_count == 1
    assert sneek.versions[0].id == copy.id and not sneek.versions[0].frozen and sneek.template == "kennen_en_helpen"


def test_save_on_an_unfrozen_version_edits_in_place(database):
    v1 = builtin_id(database)
    with database.session() as session, session.begin():
        edited = reworded(version_definition(session, v1), "KN1", "Hoeveel buren kent u bij naam? (café, één)")
        saved = save_definition(session, v1, edited, version_of(session, QuestionnaireVersion, v1))
        assert saved.id == v1
    with database.session() as session:
        assert versions(session) == [(1, False)]
        assert version_definition(session, v1).question("KN1").text == "Hoeveel buren kent u bij naam? (café, één)"
        log = session.scalar(select(ActivityLog).where(ActivityLog.action == "questionnaire.edit"))
        assert "versie 1 gewijzigd" in log.summary and json.loads(log.details)["version"] == 1


def test_save_on_a_frozen_version_makes_version_2_and_leaves_version_1(database):
    v1 = builtin_id(database)
    with database.session() as session, session.begin():
        freeze_version(session, v1)
        freeze_version(session, v1)               # twice is harmless
        before = session.get(QuestionnaireVersion, v1).definition
        new = save_definition(session, v1, reworded(version_definition(session, v1), "KN4", "Praat u met buren?"), version_of(session, QuestionnaireVersion, v1))
        new_id, number = new.id, new.number
    assert new_id != v1 and number == 2
    with database.session() as session:
        assert versions(session) == [(1, True), (2, False)]
        assert session.get(QuestionnaireVersion, v1).definition == before
        assert version_definition(session, new_id).question("KN4").text == "Praat u met buren?"
        info = version_info(session, v1)
        assert (info.number, info.frozen, info.latest_number, info.next_number) == (1, True, 2, 3)
        actions = list(session.scalars(select(ActivityLog.action).order_by(ActivityLog.id)))
        assert actions.count("questionnaire.freeze") == 1 and "questionnaire.new_version" in actions


def test_saving_an_unchanged_frozen_version_makes_no_new_version(database):
    v1 = builtin_id(database)
    with database.session() as session, session.begin():
        freeze_version(session, v1)
        assert save_definition(session, v1, version_definition(session, v1), 1).id == v1
    with database.session() as session:
        assert versions(session) == [(1, True)]


def test_an_invalid_definition_changes_nothing(database):
    v1 = builtin_id(database)
    with database.session() as session:
        before = session.get(QuestionnaireVersion, v1).definition
        log_count = session.scalar(select(func.count(ActivityLog.id)))
        original = version_definition(session, v1)
    broken = reworded(original, "KN3", "  ")
    with database.session() as session, session.begin():
        with pytest.raises(DefinitionError) as caught:
            save_definition(session, v1, broken, version_of(session, QuestionnaireVersion, v1))
    assert isinstance(caught.value, UserError)
    assert str(caught.value) == "vraag KN3: de vraagtekst is leeg."
    assert caught.value.field == "text" and caught.value.question_index == 2
    # The skip rule of KN2 pointing at a later question once KN1 moved behind it.
    first, *rest = original.sections
    moved = replace(original, sections=(replace(first, questions=first.questions[1:] + first.questions[:1]), *rest))
    with database.session() as session, session.begin():
        freeze_version(session, v1)
    with database.session() as session, session.begin():
        with pytest.raises(DefinitionError, match="die niet vóór deze vraag staat"):
            save_definition(session, v1, moved, version_of(session, QuestionnaireVersion, v1))
    with database.session() as session:
        assert session.get(QuestionnaireVersion, v1).definition == before
        assert versions(session) == [(1, True)]
        assert session.scalar(select(func.count(ActivityLog.id))) == log_count + 1     # only the freeze


def test_copy_questionnaire(database):
    v1 = builtin_id(database)
    with database.session() as session, session.begin():
        freeze_version(session, v1)
        copy = copy_questionnaire(session, v1, "  Kennen en helpen   Sneek ")
        copy_id = copy.id
        assert (copy.number, copy.frozen, copy.questionnaire.name) == (1, False, "Kennen en helpen Sneek")
    with database.session() as session:
        assert to_dict(version_definition(session, copy_id)) == to_dict(version_definition(session, v1))
    with database.session() as session, session.begin():
        with pytest.raises(UserError, match="al een vragenlijst met de naam"):
            copy_questionnaire(session, v1, "kennen en helpen sneek")
        with pytest.raises(UserError, match="naam"):
            copy_questionnaire(session, v1, "   ")
        with pytest.raises(UserError, match="bestaat niet"):
            copy_questionnaire(session, 999, "Nog een")


def test_unknown_version_is_a_user_error(session):
    with pytest.raises(UserError, match="bestaat niet"):
        version_definition(session, 42)
    with pytest.raises(UserError, match="bestaat niet"):
        freeze_version(session, 42)


def test_a_damaged_stored_definition_is_a_clear_error(database):
    v1 = builtin_id(database)
    with database.session() as session, session.begin():
        session.get(QuestionnaireVersion, v1).definition = "{niet: json"
    with database.session() as session:
        with pytest.raises(UserError, match="beschadigd"):
            version_definition(session, v1)


def test_questionnaire_for_round_with_and_without_the_cbs_section(database, make_building):
    v1 = builtin_id(database)
    building = make_building()
    with database.session() as session, session.begin():
        plain = Round(building_id=building, name="Zonder CBS", questionnaire_version_id=v1)
        cbs = Round(building_id=building, name="Met CBS", questionnaire_version_id=v1, optional_sections=" cbs ,")
        none = Round(building_id=building, name="Nog geen lijst")
        session.add_all([plain, cbs, none])
        session.flush()
        ids = plain.id, cbs.id, none.id
    with database.session() as session:
        without = questionnaire_for_round(session, ids[0])
        with_cbs = questionnaire_for_round(session, ids[1])
        assert "cbs" not in [s.code for s in without.sections]
        assert not any(q.code.startswith("SC") for q in without.questions())
        assert [q.code for q in with_cbs.questions() if q.code.startswith("SC")] == ["SC1", "SC2", "SC3", "SC4", "SC5"]
        assert len(with_cbs.questions()) == len(without.questions()) + 5
        with pytest.raises(UserError, match="nog geen vragenlijst"):
            questionnaire_for_round(session, ids[2])
        with pytest.raises(UserError, match="bestaat niet"):
            questionnaire_for_round(session, 999)


def test_added_option_is_saved(database):
    v1 = builtin_id(database)
    with database.session() as session, session.begin():
        q = version_definition(session, v1)
        section = q.sections[0]
        kn1 = section.questions[0]
        assert kn1.type is QuestionType.SINGLE
        kn1 = replace(kn1, options=kn1.options + (Option(9, "Weet ik niet"),))
        q = replace(q, sections=(replace(section, questions=(kn1,) + section.questions[1:]),) + q.sections[1:])
        save_definition(session, v1, q, version_of(session, QuestionnaireVersion, v1))
    with database.session() as session:
        assert version_definition(session, v1).question("KN1").option_label(9) == "Weet ik niet"
