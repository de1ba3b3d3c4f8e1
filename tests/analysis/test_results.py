"""compute_results on small rounds whose figures are worked out by hand in each test."""

from __future__ import annotations

import pytest
from sqlalchemy import delete

from flatapp.analysis.results import respondent_cohesion
from flatapp.domain.questionnaire import Question, QuestionType
from flatapp.services.errors import UserError
from flatapp.storage.models import Home


def cbs(sc1=None, sc2=None, sc3=None, sc4=None, sc5=None) -> dict:
    values = {"SC1": sc1, "SC2": sc2, "SC3": sc3, "SC4": sc4, "SC5": sc5}
    return {k: v for k, v in values.items() if v is not None}


@pytest.fixture
def story_round(make_round):
    """h0 I (spoke ev. 1), h1 I (not home, then spoke), h2 I (form only, no attempt), h3 I,
    h4 R (weigering), h5 R (niet meer aanbellen), h6 vacant, h7 P (deels), h8 NC (niet thuis), h9 never rung."""
    r = make_round()
    c = r.codes
    r.attempt(0, 1)
    r.attempt(1, 3)
    r.attempt(1, 1, evening=1)
    r.attempt(3, 1, minute=5)
    r.attempt(4, 4, minute=10)
    r.attempt(6, 6, minute=15)
    r.attempt(8, 3, minute=20)
    r.attempt(5, 9, evening=1, minute=5)
    r.attempt(7, 2, evening=1, minute=10)
    r.interview(0, {"KN1": 1, "KN2": [c[1], c[3]], "HP4": 1, "CT1": 1, "CT2": "A. Test", "CT3": "=HYPERLINK(1)",
                    "VH1": "Fijne buren", "VH2": 1, "ON1": [1, 2], "ON2": [1], "WO2": [1],
                    **cbs(5, 1, 1, 1, 1)})                                   # cohesion 4 × 2.5 = 10
    r.interview(1, {"KN1": 1, "KN2": [c[0]], "HP4": 3, "CT1": 2, "VH1": "Geheim", "VH2": 2,
                    "ON1": [2], "ON2": [6], "WO2": [6], **cbs(None, 3, 3, 3, 3)})   # one missing: 2 × 2.5 = 5
    r.interview(2, {"KN1": 0, "HP4": 1, "CT1": 1, "CT2": "B. Test", "CT3": "b@example.com", "ON1": [6],
                    **cbs(None, None, 1, 1, 1)})                             # two missing: no score
    r.interview(3, {"KN1": 1, "KN2": [c[8]], "HP4": 2, "CT1": 1, "CT2": "C. Test", "CT3": "c@example.com",
                    "ON1": [1, 3], "ON2": [1, 3], **cbs(1, 5, 5, 5, 5)})     # 0 × 2.5 = 0
    return r


def test_response_the_aapor_way(story_round):
    response = story_round.results().response
    assert (response.homes, response.not_eligible, response.eligible) == (10, 1, 9)
    assert (response.complete, response.partial, response.refusals, response.non_contacts, response.other,
            response.not_attempted) == (4, 1, 2, 1, 0, 1)
    assert response.rr1 == pytest.approx(4 / 9)
    assert response.rr2 == pytest.approx(5 / 9)
    assert response.contact_rate == pytest.approx(7 / 9)      # I + P + R + O
    assert response.refusal_rate == pytest.approx(2 / 9)


def test_response_by_entrance_floor_and_evening(story_round):
    results = story_round.results()
    # Interviews per group are complete forms, the numerator of RR1 (as the tiles); h7 is partial.
    assert [(g.label, g.homes, g.eligible, g.interviews, g.partial) for g in results.by_entrance] == [
        ("A", 5, 5, 4, 0), ("B", 5, 4, 0, 1)]
    assert [g.rr1 for g in results.by_entrance] == [pytest.approx(4 / 5), 0.0]
    assert [(g.label, g.homes, g.eligible, g.interviews, g.partial) for g in results.by_floor] == [
        ("BG", 5, 4, 3, 0), ("1e", 5, 5, 1, 1)]
    for groups in (results.by_entrance, results.by_floor):
        assert sum(g.interviews for g in groups) == results.response.complete
        assert all(g.rr1 == (g.interviews / g.eligible if g.eligible else None) for g in groups)
    assert [g.rr1 for g in results.by_floor] == [pytest.approx(3 / 4), pytest.approx(1 / 5)]
    # One truth: the form of a home without a 'gesproken' outcome recorded one on the last evening,
    # so the evenings add up to the 4 interviews.
    assert [(e.label, e.attempts, e.interviews) for e in results.evenings] == [
        ("dinsdag 10-11-2026", 6, 2), ("donderdag 12-11-2026", 4, 2)]
    assert sum(e.interviews for e in results.evenings) == results.response.complete


def test_choice_questions_topics_and_quotes(story_round):
    results = story_round.results()
    questions = {q.code: q for q in results.questions}
    assert [q.code for q in results.questions][:4] == ["KN1", "KN3", "KN4", "KN5"]   # KN2 is not a choice
    kn1 = questions["KN1"]
    assert kn1.answered == 4
    assert [(c.code, c.count, c.base) for c in kn1.counts] == [(0, 1, 4), (1, 3, 4), (2, 0, 4), (3, 0, 4)]
    assert kn1.counts[1].share == pytest.approx(3 / 4)
    wo2 = questions["WO2"]
    assert wo2.answered == 2 and {c.code: c.count for c in wo2.counts if c.count} == {1: 1, 6: 1}
    assert questions["KN3"].answered == 0 and all(c.share is None for c in questions["KN3"].counts)
    assert [(t.code, t.join, t.organise) for t in results.topics] == [
        (1, 2, 2), (2, 2, 0), (3, 1, 1), (4, 0, 0), (5, 0, 0)]            # 'Geen' is no topic
    assert results.quotes == ("Fijne buren",)                              # 'Geheim' had no consent


def test_network_of_the_story_round(story_round):
    results = story_round.results()
    net = results.network
    # ties: h0→h1, h0→h3, h1→h0, h3→h8; respondents h0, h1, h2, h3; h2 names nobody and is not named.
    assert (net.respondents, net.ties, net.isolated_respondents, net.components) == (4, 4, 1, 1)
    assert net.mean_named == pytest.approx(1.0)
    assert net.reciprocity == pytest.approx(2 / 3)         # of h0→h1, h1→h0, h0→h3 two are mutual
    assert net.density == pytest.approx(4 / (4 * 9))
    assert (net.share_same_floor, net.share_same_entrance, net.share_across_entrances) == (
        pytest.approx(2 / 4), pytest.approx(1 / 4), pytest.approx(1 / 4))
    assert net.caveat.startswith("Alleen de 4 geïnterviewde huishoudens noemden buren")
    ids = story_round.ids
    by_id = {h.home_id: h for h in results.network_homes}
    assert len(by_id) == 10
    assert (by_id[ids[0]].named, by_id[ids[0]].named_by) == (2, 1)
    assert by_id[ids[8]].respondent is False and by_id[ids[8]].named_by == 1
    assert [h.home_id for h in results.network_homes if h.isolated] == [ids[2]]
    assert {(t.source, t.target, t.reciprocal) for t in results.ties} == {
        (ids[0], ids[1], True), (ids[1], ids[0], True), (ids[0], ids[3], False), (ids[3], ids[8], False)}


def test_follow_up_only_with_consent(story_round):
    follow = story_round.results().follow_up
    assert [(f.home_code, f.reason, f.name) for f in follow] == [
        (story_round.codes[0], "vraagt om hulp", "A. Test"),
        (story_round.codes[2], "geïsoleerd, vraagt om hulp", "B. Test")]   # h3 consented but needs nothing
    assert follow[1].contact == "b@example.com"


def test_cohesion_with_missing_items(story_round):
    cohesion = story_round.results().cohesion
    assert cohesion.respondents == 3                       # h2 skipped two statements
    assert cohesion.score == pytest.approx((10 + 5 + 0) / 3)
    assert (cohesion.national, cohesion.national_year, cohesion.range_low, cohesion.range_high) == (6.4, 2023, 5.8, 7.1)
    assert cohesion.national_source == "CBS Veiligheidsmonitor"


def test_respondent_cohesion_by_hand():
    items = [Question("SC1", "x", QuestionType.AGREEMENT, reversed=True)] + [
        Question(f"SC{i}", "x", QuestionType.AGREEMENT) for i in range(2, 6)]
    # none missing: SC1 'mee oneens' (4 → 3), the others 'mee eens' (2 → 3): mean 3 → 7.5
    assert respondent_cohesion(items, {"SC1": 4, "SC2": 2, "SC3": 2, "SC4": 2, "SC5": 2}) == pytest.approx(7.5)
    # one missing: mean over the four answered: (4 + 0 + 2 + 2) / 4 = 2 → 5.0
    assert respondent_cohesion(items, {"SC1": 5, "SC2": 5, "SC3": 3, "SC4": 3}) == pytest.approx(5.0)
    # two missing: no score
    assert respondent_cohesion(items, {"SC1": 1, "SC2": 1, "SC3": 1}) is None
    assert respondent_cohesion(items, {}) is None


def test_filter_by_entrance_and_floor(story_round):
    results = story_round.results(entrance="b")
    assert results.filters == {"entrance": "B"}
    assert (results.response.homes, results.response.eligible, results.response.complete) == (5, 4, 0)
    assert results.response.rr1 == 0.0
    assert results.network is None                         # no respondent in B
    results = story_round.results(entrance="A", floor=0)
    assert results.filters == {"entrance": "A", "floor": "BG"}
    assert (results.response.homes, results.response.complete) == (3, 3)
    assert results.network.respondents == 3 and results.network.ties == 3    # h0→h1, h0→h3, h1→h0
    with pytest.raises(UserError, match="Portiek 'Z' bestaat niet"):
        story_round.results(entrance="Z")
    with pytest.raises(UserError, match="Verdieping 7e bestaat niet"):
        story_round.results(floor=7)


def test_round_without_interviews(make_round):
    r = make_round()
    results = r.results()
    assert (results.response.eligible, results.response.not_attempted, results.response.rr1) == (10, 10, 0.0)
    assert results.network is None and results.follow_up == () and results.quotes == ()
    assert results.cohesion.score is None and results.cohesion.respondents == 0
    assert all(q.answered == 0 for q in results.questions)
    assert any("Nog geen afgeronde gesprekken" in note for note in results.notes)
    assert any("geen deurbezoeken" in note for note in results.notes)


def test_all_refused_and_all_vacant(make_round):
    r = make_round()
    for index in range(10):
        r.attempt(index, 4, minute=index)
    results = r.results()
    assert (results.response.rr1, results.response.refusal_rate, results.response.contact_rate) == (0.0, 1.0, 1.0)
    assert any("Alle bewoners hebben geweigerd" in note for note in results.notes)
    v = make_round(homes=[("A", 0, 1), ("A", 0, 2)])
    v.attempt(0, 6)
    v.attempt(1, 6, minute=1)
    response = v.results().response
    assert (response.eligible, response.rr1, response.rr2, response.contact_rate, response.refusal_rate) == (
        0, None, None, None, None)
    assert all(g.rr1 is None for g in v.results().by_floor)


def test_spoken_without_form_and_drafts_count_as_partial(make_round):
    r = make_round()
    r.attempt(0, 1)                                  # 'gesproken' but the form is not typed yet
    r.draft(1, {"KN1": 1})                           # only a draft
    r.attempt(2, 4)
    r.attempt(2, 3, evening=1)                       # latest by time: not home
    results = r.results()
    assert (results.response.complete, results.response.partial, results.response.non_contacts,
            results.response.refusals) == (0, 2, 1, 0)
    assert results.response.rr2 == pytest.approx(2 / 10)
    assert any("zonder afgerond formulier" in note for note in results.notes)
    assert any("concept" in note for note in results.notes)


def test_contacts_to_a_removed_home(make_round, database):
    r = make_round()
    r.interview(0, {"KN1": 1, "KN2": [r.codes[1], r.codes[9]]})
    with database.session() as s, s.begin():
        s.execute(delete(Home).where(Home.id == r.ids[9]))
    results = r.results()
    assert results.response.homes == 9
    assert results.network.ties == 1
    assert any("1 genoemde woning bestaat niet (meer)" in note for note in results.notes)


def test_round_without_the_cbs_block(make_round):
    r = make_round(cbs=False)
    r.interview(0, {"KN1": 0})
    results = r.results()
    assert results.cohesion is None
    assert not any(q.code.startswith("SC") for q in results.questions)
    assert any("CBS-uitspraken" in note for note in results.notes)
    assert results.network.isolated_respondents == 1


def test_unknown_round(session):
    from flatapp.analysis.results import compute_results

    with pytest.raises(UserError, match="bestaat niet"):
        compute_results(session, 999)


def test_open_answers_merged_ordered_without_personal_fields_and_story(make_round):
    r = make_round(cbs=False)
    r.interview(0, {"KN1": 0, "WO1": "  De  rust ", "HP3": "Samen koken", "VH1": "Geheim verhaal",
                    "CT1": 1, "CT2": "A. Test", "CT3": "06-12345678"})
    r.interview(1, {"KN1": 0, "WO1": "de rust", "WO3": "Brommers"})
    r.interview(5, {"KN1": 0, "WO1": "Aardige buren", "ON3": "   "})
    r.interview(6, {"KN1": 0, "WO1": "Het uitzicht"})
    r.interview(7, {"KN1": 0, "WO1": "aardige  buren"})
    r.interview(8, {"KN1": 0, "WO1": "De rust\n"})
    r.draft(9, {"KN1": 0, "WO1": "Concept telt niet"})
    results = r.results()
    by_code = {o.code: o for o in results.open_answers}
    assert set(by_code) == {"HP3", "WO1", "WO3", "ON3"}            # no CT2, CT3 (personal), no VH1 (story)
    assert [o.code for o in results.open_answers] == ["HP3", "WO1", "WO3", "ON3"]   # questionnaire order
    wo1 = by_code["WO1"]
    assert wo1.text == "Wat vindt u goed aan wonen in deze flat?"
    assert wo1.answers == (("De rust", 3), ("Aardige buren", 2), ("Het uitzicht", 1))
    assert wo1.answered == 6
    assert by_code["HP3"].answers == (("Samen koken", 1),)
    assert by_code["ON3"].answers == () and by_code["ON3"].answered == 0   # blank is no answer
    text = repr(results.open_answers)
    for secret in ("A. Test", "06-12345678", "Geheim verhaal", "Concept telt niet"):
        assert secret not in text


def test_open_answers_ties_alphabetical_and_filters(make_round):
    r = make_round(cbs=False)
    r.interview(0, {"KN1": 0, "WO1": "Zon"})      # A, BG
    r.interview(3, {"KN1": 0, "WO1": "appels"})   # A, 1e
    r.interview(5, {"KN1": 0, "WO1": "Markt"})    # B, BG
    r.interview(7, {"KN1": 0, "WO1": "markt"})    # B, 1e
    assert r.results().open_answers[1].answers == (("Markt", 2), ("appels", 1), ("Zon", 1))
    wo1 = next(o for o in r.results(entrance="A").open_answers if o.code == "WO1")
    assert wo1.answers == (("appels", 1), ("Zon", 1))
    wo1 = next(o for o in r.results(floor=0).open_answers if o.code == "WO1")
    assert wo1.answers == (("Markt", 1), ("Zon", 1))
    wo1 = next(o for o in r.results(entrance="B", floor=1).open_answers if o.code == "WO1")
    assert wo1.answers == (("markt", 1),)


def test_open_answers_of_a_round_without_interviews(make_round):
    results = make_round().results()
    assert results.open_answers and all(o.answers == () for o in results.open_answers)
