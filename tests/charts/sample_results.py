"""Hand-made RoundResults for chart and screen tests (numbers written by hand, not computed)."""

from __future__ import annotations

from collections.abc import Sequence

from flatapp.analysis.model import (
    Cohesion,
    Count,
    EveningAttempts,
    FollowUp,
    NetworkHome,
    NetworkSummary,
    QuestionResult,
    Response,
    ResponseGroup,
    RoundResults,
    Tie,
    TopicResult,
)

CAVEAT = ("Alleen de helft van de woningen deed mee: wie niet gesproken is, verschijnt alleen als "
          "genoemde buur. De maten gelden voor de gesproken bewoners.")


def response(homes=198, complete=96, partial=0, refusals=30, non_contacts=60, other=2, not_eligible=0):
    eligible = homes - not_eligible
    not_attempted = eligible - complete - partial - refusals - non_contacts - other
    rate = (lambda n: n / eligible) if eligible else (lambda n: None)
    return Response(
        homes=homes, not_eligible=not_eligible, eligible=eligible, complete=complete, partial=partial,
        refusals=refusals, non_contacts=non_contacts, other=other, not_attempted=not_attempted,
        rr1=rate(complete), rr2=rate(complete + partial),
        contact_rate=rate(complete + partial + refusals + other), refusal_rate=rate(refusals),
    )


def known_question(counts=(10, 30, 36, 20)) -> QuestionResult:
    labels = ("Geen (0 buren)", "1 of 2 buren", "3 tot en met 5 buren", "Meer dan 5 buren")
    base = sum(counts)
    return QuestionResult("KN1", "Hoeveel buren in deze flat kent u bij naam?",
                          tuple(Count(i + 1, label, n, base) for i, (label, n) in enumerate(zip(labels, counts))),
                          base)


def help_question(counts=(60, 20, 6, 10)) -> QuestionResult:
    labels = ("Ja", "Misschien, het hangt ervan af", "Nee", "Dat doe ik al")
    base = sum(counts)
    return QuestionResult("HP1", "Zou u een buurman of buurvrouw helpen met kleine dingen?",
                          tuple(Count(i + 1, label, n, base) for i, (label, n) in enumerate(zip(labels, counts))),
                          base)


def topics() -> tuple[TopicResult, ...]:
    return (TopicResult(1, "Afval van balkons", 31, 8), TopicResult(2, "Groepsapp per portiek", 24, 5),
            TopicResult(3, "Koffieochtend", 18, 6), TopicResult(4, "Groen rond de flat", 12, 3))


def cohesion(score=6.1) -> Cohesion:
    return Cohesion(score=score, respondents=80, national=6.4, national_year=2023,
                    national_source="CBS Veiligheidsmonitor 2023", range_low=5.8, range_high=7.1,
                    note="benadering van de CBS-methode")


def network(home_ids: Sequence[int]) -> tuple[NetworkSummary, tuple[NetworkHome, ...], tuple[Tie, ...]]:
    """Homes 0,1,2,4 are respondents; 0↔1 reciprocal, 2→3 (non-respondent); 4 is isolated."""
    ids = list(home_ids)
    respondents = {ids[0], ids[1], ids[2], ids[4]}
    ties = (Tie(ids[0], ids[1], True), Tie(ids[1], ids[0], True), Tie(ids[2], ids[3], False))
    homes = []
    for index, home_id in enumerate(ids):
        named = sum(1 for t in ties if t.source == home_id)
        named_by = sum(1 for t in ties if t.target == home_id)
        homes.append(NetworkHome(home_id, f"H{index:03d}", str(index + 1), "A", 0, home_id in respondents,
                                 named, named_by, home_id == ids[4]))
    summary = NetworkSummary(respondents=4, ties=3, mean_named=0.75, isolated_respondents=1,
                             reciprocity=2 / 2, density=3 / (4 * (len(ids) - 1)), components=2,
                             share_same_floor=2 / 3, share_same_entrance=1 / 3, share_across_entrances=0.0,
                             caveat=CAVEAT)
    return summary, tuple(homes), ties


def round_results(round_id=1, home_ids: Sequence[int] = (1, 2, 3, 4, 5, 6), **changes) -> RoundResults:
    summary, homes, ties = network(home_ids)
    values = dict(
        round_id=round_id, round_name="Najaar 2026", building_name="Testflat", filters={},
        response=response(),
        by_entrance=(ResponseGroup("A", 198, 198, 96, 96 / 198),),
        by_floor=(ResponseGroup("BG", 20, 20, 10, 0.5),),
        evenings=(EveningAttempts("dinsdag 03-11-2026", 120, 60),),
        questions=(known_question(), help_question()),
        topics=topics(), network=summary, network_homes=homes, ties=ties, cohesion=cohesion(),
        quotes=("Fijne buren!",),
        follow_up=(FollowUp("H004", "Teststraat 5", "geïsoleerd", "Mevrouw Jansen", "06-12345678"),),
        notes=(),
    )
    values.update(changes)
    return RoundResults(**values)
