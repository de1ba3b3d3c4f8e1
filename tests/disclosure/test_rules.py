"""Disclosure control: hand-computed edges and property-based tests over random rounds."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flatapp.analysis.model import (
    Cohesion,
    Count,
    FollowUp,
    NetworkHome,
    NetworkSummary,
    OpenAnswers,
    QuestionResult,
    ResponseGroup,
    RoundResults,
    Tie,
    TopicResult,
)
from flatapp.disclosure.rules import (
    DEFAULT_POLICY,
    HIDDEN_TEXT,
    DisclosurePolicy,
    public_breakdown,
    public_count,
    public_results,
    round_to_five,
    whole_percent,
)
from tests.charts.sample_results import response, round_results

# ---------------------------------------------------------------- hand-computed cases


def test_threshold_edge_4_hidden_5_shown():
    assert not public_count(4, 40).shown
    assert public_count(5, 40).shown
    assert public_count(4, 40).text == HIDDEN_TEXT
    assert public_count(4, 40).percent is None and public_count(4, 40).rounded is None


def test_base_edge_9_hidden_10_shown():
    assert not public_count(5, 9).shown        # complement 4 as well, but base is the first reason
    assert not public_count(4, 9).shown
    figure = public_count(5, 10)
    assert figure.shown and figure.percent == 50 and figure.text == "50%"


def test_complement_rule():
    assert not public_count(36, 40).shown      # complement 4
    assert public_count(35, 40).shown          # complement 5
    assert not public_count(40, 40).shown      # everyone
    assert not public_count(0, 40).shown       # no one


def test_rounding_to_five_and_texts():
    assert [round_to_five(n) for n in (5, 6, 7, 8, 12, 13, 36, 37, 38)] == [5, 5, 5, 10, 10, 15, 35, 35, 40]
    figure = public_count(36, 100, style="count")
    assert (figure.rounded, figure.percent, figure.text) == (35, 35, "ongeveer 35")
    assert public_count(36, 100).text == "35%"          # of the rounded count: 36% would give 36 back
    assert public_count(36, 100, style="both").text == "ongeveer 35 (35%)"
    assert public_count(1, 8).rounded is None
    with pytest.raises(ValueError):
        public_count(3, 40, style="staaf")


def test_percent_rounds_half_up():
    assert whole_percent(5, 40) == 13       # 12.5%
    assert whole_percent(7, 40) == 18       # 17.5%
    assert public_count(7, 40).percent == 13     # 7 is shown as about 5: 5 of 40


def test_sensitive_never_shows_0_or_100_percent():
    # 5 of 1100 passes the count rules but rounds to 0%; 1095 of 1100 rounds to 100%.
    assert public_count(5, 1100).shown and public_count(5, 1100).text == "minder dan 1%"
    assert public_count(1095, 1100).text == "meer dan 99%"
    assert not public_count(5, 1100, sensitive=True).shown
    assert not public_count(1095, 1100, sensitive=True).shown
    assert public_count(11, 1100, sensitive=True).percent == 1
    assert public_count(6, 40, sensitive=True).shown


def test_breakdown_per_cell_without_total():
    figures = public_breakdown({"A": (3, 40), "B": (20, 40), "C": (8, 9)})
    assert [f.shown for f in figures.values()] == [False, True, False]


def test_secondary_suppression_with_total():
    cells = {"Portiek A": (3, 40), "Portiek B": (20, 40), "Portiek C": (12, 40), "Portiek D": (30, 50)}
    total = (65, 170)
    # Without the total only A is hidden; with it A = 65 − 20 − 12 − 30 would be recomputable.
    assert [f.shown for f in public_breakdown(cells).values()] == [False, True, True, True]
    figures = public_breakdown(cells, total)
    assert [f.shown for f in figures.values()] == [False, True, False, True]   # C is the smallest shown


def test_secondary_suppression_two_hidden_zero_cells():
    # Two hidden cells that are both 0: their sum is 0, so each is known — a third must go.
    cells = {"1": (0, 30), "2": (0, 30), "3": (10, 30), "4": (20, 30)}
    figures = public_breakdown(cells, (30, 30))
    assert [f.shown for f in figures.values()] == [False, False, False, True]


def test_breakdown_no_suppression_needed_when_nothing_hidden():
    cells = {"A": (10, 40), "B": (20, 40)}
    assert all(f.shown for f in public_breakdown(cells, (30, 80)).values())


@pytest.mark.parametrize("threshold", [4, 1, 0, -3])
def test_threshold_below_five_refused(threshold):
    with pytest.raises(ValueError, match="drempel"):
        DisclosurePolicy(threshold=threshold)


def test_min_base_below_ten_refused_and_upward_allowed():
    with pytest.raises(ValueError, match="basis"):
        DisclosurePolicy(min_base=9)
    strict = DisclosurePolicy(threshold=8, min_base=20)
    assert not strict.public_count(7, 40).shown and strict.public_count(8, 40).shown
    assert not strict.public_count(10, 19).shown


def test_public_results_of_sample_round():
    public = public_results(round_results())
    assert public.headline == "Ongeveer 95 van de 198 huishoudens gesproken (48%)"
    known = public.questions[0]
    assert [o.figure.text for o in known.options] == ["11%", "32%", "37%", "21%"]
    assert public.cohesion is not None and public.cohesion.score == 6.1
    assert public.quotes == ()
    assert any("goedgekeurd" in note for note in public.notes)
    text = repr(public)
    for secret in ("Mevrouw Jansen", "06-12345678", "Teststraat", "H004", "Fijne buren"):
        assert secret not in text


def test_empty_round_says_so():
    empty = round_results(response=response(complete=0, refusals=0, non_contacts=0, other=0),
                          questions=(), topics=(), cohesion=None, by_entrance=(), by_floor=(),
                          network=None, network_homes=(), ties=(), quotes=(), follow_up=())
    public = public_results(empty)
    assert public.headline == "Nog geen gesprekken om te tonen."
    assert not public.response.shown
    assert public.notes and all(note.strip() for note in public.notes)
    assert any("vragen" in note for note in public.notes)


def test_small_cohesion_and_small_question_are_left_out_with_a_note():
    small = Cohesion(6.0, 9, 6.4, 2023, "CBS", 5.8, 7.1, "benadering")
    question = QuestionResult("KN1", "Hoeveel?", (Count(1, "Geen", 4, 9), Count(2, "Veel", 5, 9)), 9)
    public = public_results(round_results(cohesion=small, questions=(question,)))
    assert public.cohesion is None and public.questions == ()
    assert any("samenhang" in note for note in public.notes)
    assert any("KN1" in note for note in public.notes)


# ---------------------------------------------------------------- property-based tests

NAMES = ["J. de Vries", "Mevrouw Bakker", "A. El Amrani", "Piet Jansen", "Fatma Yilmaz", "K. Nguyen"]
OPTION_LABELS = ["Ja", "Nee", "Misschien", "Dat doe ik al", "Weet niet"]
FLOOR_LABELS = ["BG", "1e", "2e", "3e", "4e", "5e", "6e"]
ENTRANCE_LABELS = ["Portiek A", "Portiek B", "Portiek C", "Portiek D", "Portiek F"]


@st.composite
def groups(draw, labels):
    chosen = draw(st.lists(st.sampled_from(labels), min_size=0, max_size=len(labels), unique=True))
    result = []
    for label in chosen:
        eligible = draw(st.integers(0, 60))
        interviews = draw(st.integers(0, eligible))
        result.append(ResponseGroup(label, eligible + draw(st.integers(0, 3)), eligible, interviews,
                                    interviews / eligible if eligible else None))
    return tuple(result)


@st.composite
def question(draw, code):
    answered = draw(st.integers(0, 120))
    k = draw(st.integers(2, 5))
    if draw(st.booleans()):    # single choice: a partition of the answers
        cuts = sorted(draw(st.lists(st.integers(0, answered), min_size=k - 1, max_size=k - 1)))
        counts = [b - a for a, b in zip([0, *cuts], [*cuts, answered])]
    else:                      # multiple choice: each option independently
        counts = draw(st.lists(st.integers(0, answered), min_size=k, max_size=k))
    return QuestionResult(code, f"Vraag {code}?",
                          tuple(Count(i + 1, OPTION_LABELS[i], n, answered) for i, n in enumerate(counts)),
                          answered)


@st.composite
def secrets(draw):
    """Confidential network, follow-up and quotes, seeded with names, home codes and house numbers."""
    n = draw(st.integers(2, 8))
    numbers = draw(st.lists(st.integers(1, 399), min_size=n, max_size=n, unique=True))
    homes = tuple(
        NetworkHome(i + 1, f"VO-{number:03d}", f"{number}{draw(st.sampled_from('ABCDGH'))}", "Portiek A",
                    draw(st.integers(0, 6)), draw(st.booleans()), draw(st.integers(0, 5)),
                    draw(st.integers(0, 5)), draw(st.booleans()))
        for i, number in enumerate(numbers))
    ties = tuple(Tie(homes[i].home_id, homes[(i + 1) % n].home_id, draw(st.booleans())) for i in range(n))
    follow_up = tuple(
        FollowUp(home.code, f"Vlietstraat {home.label}", draw(st.sampled_from(["geïsoleerd", "vraagt om hulp"])),
                 draw(st.sampled_from(NAMES)), draw(st.sampled_from([f"06-{home.home_id:08d}", "jan@voorbeeld.nl"])))
        for home in homes if draw(st.booleans()))
    quotes = tuple(f"{draw(st.sampled_from(NAMES))} van {home.code} helpt altijd." for home in homes[:2])
    return homes, ties, follow_up, quotes


@st.composite
def random_rounds(draw):
    homes = draw(st.integers(0, 300))
    not_eligible = draw(st.integers(0, min(5, homes)))
    eligible = homes - not_eligible
    complete = draw(st.integers(0, eligible))
    partial = draw(st.integers(0, eligible - complete))
    net_homes, ties, follow_up, quotes = draw(secrets())
    questions = tuple(draw(question(code)) for code in draw(
        st.lists(st.sampled_from(["KN1", "HP1", "HP4", "WO2", "CT1", "VH2", "PR1"]), max_size=5, unique=True)))
    interviews = complete + partial
    topics = tuple(TopicResult(i + 1, label, draw(st.integers(0, interviews)), draw(st.integers(0, interviews)))
                   for i, label in enumerate(draw(st.lists(st.sampled_from(
                       ["Afval", "Groepsapp", "Koffieochtend", "Groen"]), max_size=4, unique=True))))
    cohesion = draw(st.none() | st.builds(
        lambda r, s: Cohesion(s, r, 6.4, 2023, "CBS Veiligheidsmonitor 2023", 5.8, 7.1, "benadering"),
        st.integers(0, interviews), st.none() | st.floats(0, 10)))
    network = NetworkSummary(interviews, len(ties), None, 0, None, None, 1, None, None, None, "Let op.")
    return RoundResults(
        round_id=1, round_name="Najaar 2026", building_name="Testflat", filters={},
        response=response(homes=homes, not_eligible=not_eligible, complete=complete, partial=partial,
                          refusals=0, non_contacts=0, other=0),
        by_entrance=draw(groups(ENTRANCE_LABELS)), by_floor=draw(groups(FLOOR_LABELS)), evenings=(),
        questions=questions, topics=topics, network=network, network_homes=net_homes, ties=ties,
        cohesion=cohesion, quotes=quotes, follow_up=follow_up, notes=(),
        open_answers=(OpenAnswers("WO1", "Wat vindt u goed aan wonen in deze flat?",
                                  tuple((f"Buurman {name} is aardig", 1) for name in NAMES[:2])),),
    )


def assert_passes(figure, count, base, policy=DEFAULT_POLICY, sensitive=False):
    if figure.shown:
        assert base >= policy.min_base
        assert count >= policy.threshold and base - count >= policy.threshold
        assert figure.rounded % 5 == 0 and abs(figure.rounded - count) <= 2
        if sensitive:
            assert 0 < figure.percent < 100
    else:
        assert figure.text == HIDDEN_TEXT and figure.percent is None and figure.rounded is None


def assert_not_recomputable(cells, figures, total):
    """No hidden cell (with homes) can be pinned down from exact shown counts, all bases and the total."""
    hidden = [name for name in cells if not figures[name].shown]
    if len(hidden) == len(cells):
        return   # nothing shown: only the total itself is known, which has its own rule
    rest = total[0] - sum(cells[name][0] for name in cells if figures[name].shown)
    hidden_bases = sum(cells[name][1] for name in hidden)
    for name in hidden:
        base = cells[name][1]
        if base == 0:
            continue
        low, high = max(0, rest - (hidden_bases - base)), min(base, rest)
        assert low < high, f"{name} is recomputable as {low} from {cells} and {total}"


SETTINGS = settings(max_examples=100, deadline=None)


@SETTINGS
@given(st.integers(0, 2000), st.integers(0, 2000), st.booleans(),
       st.sampled_from([DEFAULT_POLICY, DisclosurePolicy(7, 15), DisclosurePolicy(10, 30)]))
def test_every_shown_figure_passes(a, b, sensitive, policy):
    count, base = min(a, b), max(a, b)
    assert_passes(policy.public_count(count, base, sensitive), count, base, policy, sensitive)


@st.composite
def breakdowns(draw):
    single_base = draw(st.booleans())  # options of one question share one base
    shared = draw(st.integers(0, 80))
    cells = {}
    for i in range(draw(st.integers(1, 7))):
        base = shared if single_base else draw(st.integers(0, 60))
        cells[f"cel {i}"] = (draw(st.integers(0, base)), base)
    return cells


@SETTINGS
@given(breakdowns())
def test_breakdown_hides_what_could_be_recomputed(cells):
    total = (sum(c for c, _ in cells.values()), sum(b for _, b in cells.values()))
    figures = public_breakdown(cells, total)
    for name, (count, base) in cells.items():
        assert_passes(figures[name], count, base)
        if not public_count(count, base).shown:
            assert not figures[name].shown
    assert_not_recomputable(cells, figures, total)


@SETTINGS
@given(random_rounds())
def test_public_results_never_break_a_rule(results):
    policy = DEFAULT_POLICY
    public = public_results(results, policy)
    r = results.response
    assert_passes(public.response, r.complete, r.eligible)       # interviews = complete forms

    by_code = {q.code: q for q in results.questions}
    for pq in public.questions:
        source = by_code[pq.code]
        cells = {str(i): (c.count, c.base) for i, c in enumerate(source.counts)}
        figures = {str(i): o.figure for i, o in enumerate(pq.options)}
        for i, c in enumerate(source.counts):
            assert_passes(figures[str(i)], c.count, c.base, sensitive=pq.code in policy.sensitive_questions)
        if sum(c.count for c in source.counts) == source.answered:
            assert_not_recomputable(cells, figures, (source.answered, source.answered))

    for label, groups_in, groups_out in (("portiek", results.by_entrance, public.by_entrance),
                                         ("verdieping", results.by_floor, public.by_floor)):
        cells = {g.label: (g.interviews, g.eligible) for g in groups_in}
        figures = {g.label: g.figure for g in groups_out}
        assert set(figures) == set(cells)
        for name, (count, base) in cells.items():
            assert_passes(figures[name], count, base)
        total = (sum(c for c, _ in cells.values()), sum(b for _, b in cells.values()))
        assert_not_recomputable(cells, figures, total)

    topic_base = {q.code: q.answered for q in results.questions}
    interviews = r.complete
    by_label = {t.label: t for t in results.topics}
    for pt in public.topics:
        topic = by_label[pt.label]
        assert_passes(pt.join, topic.join, topic_base.get("ON1", interviews))
        assert_passes(pt.organise, topic.organise, topic_base.get("ON2", interviews))

    if public.cohesion is not None:
        assert results.cohesion.respondents >= policy.min_base

    assert public.quotes == ()
    assert public.notes, "an output always explains itself (at least why there are no quotes)"
    text = repr(public) + str(public)
    secrets_ = {h.code for h in results.network_homes} | {h.label for h in results.network_homes}
    secrets_ |= {f.name for f in results.follow_up} | {f.contact for f in results.follow_up}
    secrets_ |= {f.address for f in results.follow_up} | set(results.quotes) | {"VO-", "Vlietstraat"}
    secrets_ |= {text for o in results.open_answers for text, _count in o.answers} | {"Buurman"}
    assert not hasattr(public, "open_answers")
    for secret in secrets_:
        assert secret not in text, secret
    for name in NAMES:
        assert name not in text


# ---------------------------------------------------------------- percentages keep the rounding


@settings(max_examples=300, deadline=None)
@given(base=st.integers(min_value=10, max_value=400), data=st.data())
def test_a_percentage_never_gives_back_a_count_finer_than_the_rounding(base, data):
    """Two counts that are shown as the same rounded count show the same percentage, so "28% of 18"
    cannot pin the count down; for a base that is itself only shown rounded, neither can the base."""
    first = data.draw(st.integers(min_value=0, max_value=base))
    second = data.draw(st.integers(min_value=max(0, first - 4), max_value=min(base, first + 4)))
    a, b = public_count(first, base), public_count(second, base)
    if a.shown and b.shown and a.rounded == b.rounded:
        assert a.percent == b.percent and a.text == b.text
    other_base = data.draw(st.integers(min_value=max(10, base - 4), max_value=base + 4))
    c = public_count(first, base, base_public=False)
    d = public_count(second, other_base, base_public=False) if second <= other_base else None
    if d is not None and c.shown and d.shown and c.rounded == d.rounded \
            and round_to_five(base) == round_to_five(other_base):
        assert c.percent == d.percent


def test_the_exact_attack_28_percent_of_18():
    shown = {public_count(count, 18).text for count in range(5, 14) if round_to_five(count) == 5}
    assert shown == {"28%"} and public_count(5, 18).percent == public_count(7, 18).percent


@pytest.mark.parametrize("threshold", [5, 40, 999])
def test_every_public_figure_obeys_the_threshold_in_force(threshold):
    policy = DisclosurePolicy(threshold=threshold)
    public = public_results(round_results(), policy)
    respondents = round_results().cohesion.respondents
    assert (public.cohesion is not None) == (respondents >= max(10, threshold))
    for question in public.questions:
        assert all(o.figure.rounded >= round_to_five(threshold) for o in question.options if o.figure.shown)
    if threshold == 999:
        assert not public.questions and not public.topics and public.cohesion is None
        assert not public.response.shown
        assert any("samenhang wordt niet getoond" in note for note in public.notes)
