"""The tent's panels: built from PublicResults only, never blank, never a secret."""

from __future__ import annotations

import pytest
from hypothesis import given, settings

from flatapp.analysis.model import Count, QuestionResult, ResponseGroup, RoundResults, TopicResult
from flatapp.disclosure.rules import HIDDEN_TEXT, DisclosurePolicy, public_results
from flatapp.tent.content import (
    DEFAULT_PANELS,
    FLOORS,
    HEADLINE,
    HELPING,
    KNOWING,
    NUISANCE,
    PANEL_KEYS,
    QUOTES,
    TOPICS,
    build_content,
)
from tests.disclosure.test_rules import NAMES, assert_passes, random_rounds, response


def results_with(questions=(), topics=(), complete=96, eligible=194, by_floor=(), quotes=()) -> RoundResults:
    return RoundResults(
        round_id=1, round_name="Najaar 2026", building_name="Voorbeeldflat", filters={},
        response=response(homes=eligible + 4, not_eligible=4, complete=complete, partial=0, refusals=0,
                          non_contacts=0, other=0),
        by_entrance=(), by_floor=by_floor, evenings=(), questions=questions, topics=topics, network=None,
        quotes=quotes)


def single(code: str, labels_counts: list[tuple[str, int]]) -> QuestionResult:
    answered = sum(n for _, n in labels_counts)
    return QuestionResult(code, f"Vraag {code}", tuple(Count(i, label, n, answered)
                                                       for i, (label, n) in enumerate(labels_counts)), answered)


def test_the_headline_panel_has_the_big_numbers():
    content = build_content(public_results(results_with()))
    panel = content.panel(HEADLINE)
    assert [n.value for n in panel.big_numbers] == ["95", "194", "49%"]
    assert panel.lead == content.headline == "Ongeveer 95 van de 194 huishoudens gesproken (49%)"
    assert [n.caption for n in panel.big_numbers][2] == "van de 194 huishoudens deed mee"     # its base named
    assert [n.caption for n in panel.big_numbers][1] == "huishoudens: de bewoonde van 198 woningen"


def test_knowing_lead_is_the_complement_of_knowing_nobody():
    kn1 = single("KN1", [("Geen (0 buren)", 10), ("1 of 2 buren", 30), ("3 tot en met 5 buren", 36),
                         ("Meer dan 5 buren", 20)])
    kn3 = single("KN3", [("Ja", 80), ("Nee", 16)])
    panel = build_content(public_results(results_with(questions=(kn1, kn3)))).panel(KNOWING)
    assert panel.lead == "89% kent minstens één buur bij naam"   # 10 of 96 is shown as 10 of about 95
    assert "(ongeveer 95 antwoorden)" in panel.note        # the base of the percentages, in the same panel
    assert [b.label for b in panel.bars] == [c.label for c in kn1.counts]
    assert [(b.label, b.figure.text) for b in panel.extra_bars] == [("groet buren", "84%")]


def test_a_hidden_option_leaves_no_lead_built_on_it():
    kn1 = single("KN1", [("Geen (0 buren)", 3), ("1 of 2 buren", 30), ("3 tot en met 5 buren", 40),
                         ("Meer dan 5 buren", 23)])
    panel = build_content(public_results(results_with(questions=(kn1,)))).panel(KNOWING)
    assert panel.lead == ""
    geen = panel.bars[0]
    assert not geen.figure.shown and geen.figure.text == HIDDEN_TEXT


def test_nuisance_drops_nothing_and_other_and_names_the_top_one():
    wo2 = QuestionResult("WO2", "Last?", tuple(Count(i, label, n, 90) for i, (label, n) in enumerate(
        [("Zwerfafval, afval van balkons", 40), ("Geluid", 20), ("Anders", 12), ("Nergens last van", 30)])), 90)
    panel = build_content(public_results(results_with(questions=(wo2,)))).panel(NUISANCE)
    assert [b.label for b in panel.bars] == ["Zwerfafval, afval van balkons", "Geluid"]
    assert panel.lead == "Het meest genoemd: zwerfafval, afval van balkons"


def test_topics_carry_the_call_to_sign_up_and_feed_the_sheets():
    topics = (TopicResult(1, "Koffieochtend", 25, 10), TopicResult(2, "Groen rond de flat", 3, 1))
    content = build_content(public_results(results_with(topics=topics)),
                            ("Koffieochtend", "Groen rond de flat", "Anders", "Geen"))
    panel = content.panel(TOPICS)
    assert panel.call.startswith("Doe mee!") and panel.lead == "Populairste onderwerp: Koffieochtend"
    assert [t.label for t in panel.topics] == ["Koffieochtend"]   # 3 of 96 is too small to show
    assert [(t.label, t.interest) for t in content.sign_up_topics] == [
        ("Koffieochtend", "Ongeveer 25 buren willen hier al aan meedoen."), ("Groen rond de flat", "")]


def test_empty_round_gives_panels_that_say_so():
    content = build_content(public_results(results_with(complete=0)))
    assert [p.key for p in content.panels] == list(PANEL_KEYS)
    for panel in content.panels:
        assert panel.is_empty and panel.empty.strip(), panel.key
    assert content.panel(HEADLINE).empty == "Nog geen gesprekken om te tonen."


def test_quotes_only_when_approved_ones_are_passed():
    results = results_with(quotes=("Jan de Vries van 12 helpt altijd.",))
    assert build_content(public_results(results)).panel(QUOTES).is_empty
    content = build_content(public_results(results, approved_quotes=("Een buur helpt altijd.",)))
    assert content.panel(QUOTES).quotes == ("Een buur helpt altijd.",)
    assert "Jan de Vries" not in repr(content)


def test_floors_panel_keeps_hidden_floors_hidden():
    floors = (ResponseGroup("BG", 20, 20, 10, 0.5), ResponseGroup("1e", 20, 20, 12, 0.6),
              ResponseGroup("2e", 20, 20, 3, 0.15))
    panel = build_content(public_results(results_with(by_floor=floors))).panel(FLOORS)
    shown = {g.label: g.figure.shown for g in panel.groups}
    assert shown["2e"] is False
    assert sum(shown.values()) < 2, "with one floor hidden, a second is hidden so it cannot be recomputed"


def test_chosen_panels_in_order_and_unknown_keys_refused():
    content = build_content(public_results(results_with()))
    assert [p.key for p in content.chosen()] == list(DEFAULT_PANELS)
    assert [p.key for p in content.chosen([HELPING, HEADLINE, HELPING])] == [HELPING, HEADLINE]
    with pytest.raises(ValueError, match="Onbekend paneel: poster"):
        content.chosen(["poster"])


def figures_of(content):
    for panel in content.panels:
        for bar in panel.bars + panel.extra_bars:
            yield bar.figure
        for topic in panel.topics:
            yield topic.join
            yield topic.organise
        for group in panel.groups:
            yield group.figure


@settings(max_examples=150, deadline=None)
@given(random_rounds())
def test_no_panel_breaks_a_rule_or_carries_a_secret(results):
    policy = DisclosurePolicy()
    public = public_results(results, policy)
    content = build_content(public)
    assert [p.key for p in content.panels] == list(PANEL_KEYS)
    for panel in content.panels:
        has_something = (panel.big_numbers or panel.bars or panel.extra_bars or panel.topics or panel.groups
                         or panel.cohesion or panel.quotes)
        assert bool(has_something) != panel.is_empty, f"{panel.key}: blank or both"
    # every figure in the panels is one of the public figures (the same objects passed the rules)
    public_figures = {id(o.figure) for q in public.questions for o in q.options}
    public_figures |= {id(t.join) for t in public.topics} | {id(t.organise) for t in public.topics}
    public_figures |= {id(g.figure) for g in public.by_entrance + public.by_floor}
    for figure in figures_of(content):
        assert id(figure) in public_figures
        assert figure.shown or figure.rounded is None
    r = results.response
    if content.panel(HEADLINE).big_numbers:
        assert_passes(public.response, r.complete, r.eligible)       # interviews = complete forms
    text = repr(content)
    secrets = {h.code for h in results.network_homes} | {f.name for f in results.follow_up}
    secrets |= {f.contact for f in results.follow_up} | {f.address for f in results.follow_up}
    secrets |= set(results.quotes)
    for secret in secrets | set(NAMES):
        assert secret not in text, secret
