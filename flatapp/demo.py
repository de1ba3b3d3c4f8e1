"""The demo database: block "Voorbeeldflat" imported from the shipped example export, with a complete
demo round ("Najaar 2026") so a new user sees real results at once.

The round is made, and published for the tent, through the ordinary services (rounds, door outcomes, interviews), so everything in
it passes the same checks as typed data. Answers are generated with a fixed random seed: the demo is
the same on every machine. Every name in it is fictional.
"""

from __future__ import annotations

import random
from datetime import date, datetime, time, timedelta
from pathlib import Path

from flatapp.demo_groups import add_demo_groups
from flatapp.demo_reporting import add_demo_reporting
from flatapp.demo_signups import add_demo_sign_ups
from flatapp.domain.answers import DONT_KNOW
from flatapp.resources import shipped_path
from flatapp.services.buildings import get_building
from flatapp.services.errors import UserError
from flatapp.services.home_import import import_homes_file
from flatapp.storage.database import open_database
from flatapp.tent.service import make_publication

DEMO_BUILDING = "Voorbeeldflat"
DEMO_ROUND = "Najaar 2026"
DEMO_SEED = 2026


def demo_csv() -> Path:
    return shipped_path("database", "demo", "voorbeeldflat.csv")


def create_demo_database(path: Path, passphrase: str | None = None) -> None:
    """Create a new database at ``path`` holding the demo block, through the normal importer
    (``passphrase``: encrypted with it).

    Refuses an existing non-empty file, so real data is never overwritten. When the import
    fails the half-made file is removed again, so a second try is not refused.
    """
    path = Path(path)
    if path.is_dir():
        raise UserError(f"'{path}' is een map; kies een bestandsnaam voor de voorbeelddatabase.")
    if path.exists() and path.stat().st_size > 0:
        raise UserError(
            f"Het bestand '{path}' bestaat al en is niet leeg; de voorbeelddatabase wordt er niet "
            "overheen geschreven. Kies een andere bestandsnaam of verwijder het bestand eerst."
        )
    database = open_database(path, create=True, passphrase=passphrase)
    try:
        with database.session() as session, session.begin():
            result = import_homes_file(session, demo_csv(), DEMO_BUILDING)
            if not result.written:  # the shipped file is checked by the tests; this guards a broken install
                raise UserError("De voorbeeldadreslijst is beschadigd: " + "; ".join(map(str, result.issues[:3])))
            round_id = create_demo_round(session, get_building(session, DEMO_BUILDING).id)
            # Published, so the tent's posters work at once (as after Tent › Cijfers publiceren…).
            make_publication(session, round_id)
            add_demo_sign_ups(session, round_id)      # persons first: the groups take their members from them
            add_demo_groups(session, round_id)
            add_demo_reporting(session, round_id)
    except BaseException:
        database.dispose()
        _remove_database_files(path)
        raise
    database.dispose()


def _remove_database_files(path: Path) -> None:
    for candidate in (path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")):
        candidate.unlink(missing_ok=True)


# --- the demo round -----------------------------------------------------------------------------------

_VOLUNTEERS = ("Anke Dijkstra", "Bram Hoekstra", "Carla Postma", "Dirk Kramer", "Els van der Meer",
               "Frank Bosma", "Greet Zijlstra", "Hessel de Jong", "Ineke Brouwer", "Jelle Wiersma")
_CONTACT_NAMES = ("J. de Vries", "A. Jansen", "M. Bakker", "S. Visser", "R. Smit", "H. Meijer", "K. de Boer",
                  "P. Mulder", "L. de Groot", "T. Bos", "E. Vos", "W. Peters", "G. Hendriks", "F. Dekker",
                  "B. van Dijk", "C. Koster", "D. Prins", "N. Huisman", "O. Kok", "Y. Jacobs")
_STORIES = (
    "Toen ik mijn heup had gebroken, deed de buurvrouw elke dag boodschappen voor me.",
    "Er wordt veel afval van de balkons gegooid, dat ergert iedereen hier.",
    "Ik woon hier al twintig jaar, maar ken bijna niemand meer sinds de oude buren weg zijn.",
    "In onze portiek hebben we een groepsapp, dat werkt heel goed bij een lekkage of een pakketje.",
    "Het zou fijn zijn als er weer eens een koffieochtend komt, zoals vroeger.",
    "De nieuwe bewoners groeten niet terug; misschien weten ze niet wie wij zijn.",
    "Mijn buurman zet elke week mijn container buiten. Daar ben ik heel blij mee.",
    "Het groen rond de flat mag wel wat mooier, ik wil best helpen.",
    "Ik voel me soms alleen, vooral in de winter.",
    "Met de kinderen uit de portiek spelen we soms samen op het grasveld, dat is gezellig.",
    "De lift is vaak kapot; dan help ik de oudere buren met hun boodschappen naar boven.",
    "We zouden een lijstje met telefoonnummers per portiek moeten hebben.",
)
_GOOD_THINGS = ("Rustig en een mooi uitzicht.", "Dicht bij de winkels.", "Aardige buren op mijn galerij.",
                "Betaalbaar en ruim.", "Het park naast de flat.", "De bushalte voor de deur.")
_OTHER_NUISANCE = ("Duiven op de balkons", "Harde muziek in de avond", "Fietsen in het trappenhuis")


def _pick(rng: random.Random, weighted: dict[int, float]) -> int:
    return rng.choices(list(weighted), weights=list(weighted.values()))[0]


def _subset(rng: random.Random, options: dict[int, float]) -> list[int]:
    return sorted(code for code, chance in options.items() if rng.random() < chance)


def _agreement(rng: random.Random, reversed_item: bool) -> int:
    # 1 = helemaal mee eens … 5 = helemaal mee oneens; together about a 6 on the CBS scale.
    weights = (0.05, 0.15, 0.25, 0.35, 0.20) if reversed_item else (0.12, 0.40, 0.28, 0.14, 0.06)
    return rng.choices((1, 2, 3, 4, 5), weights=weights)[0]


def _demo_answers(rng: random.Random, named: list[str], isolated: bool, contact_index: int | None) -> dict:
    answers: dict[str, object] = {}
    if isolated:
        answers["KN1"] = 0
    else:
        count = len(named)
        answers["KN1"] = 1 if count <= 2 else 2 if count <= 5 else 3
        if rng.random() < 0.2:
            answers["KN1"] = min(3, answers["KN1"] + 1)   # knows more names than the numbers given
        if named:
            answers["KN2"] = named
    answers["KN3"] = 1 if rng.random() < (0.55 if isolated else 0.9) else 2
    answers["KN4"] = 1 if rng.random() < (0.2 if isolated else 0.7) else 2
    answers["KN5"] = 1 if rng.random() < (0.05 if isolated else 0.3) else 2
    answers["HP1"] = _pick(rng, {1: 0.45, 2: 0.3, 3: 0.1, 4: 0.15})
    if answers["HP1"] != 3:
        helps = _subset(rng, {1: 0.5, 2: 0.4, 3: 0.35, 4: 0.2, 5: 0.3, 6: 0.15, 7: 0.05}) or [1]
        answers["HP2"] = helps
        if 7 in helps:
            answers["HP3"] = "Samen naar de markt"
    answers["HP4"] = _pick(rng, {1: 0.3, 2: 0.35, 3: 0.25, 4: 0.1})
    if rng.random() < 0.4:
        answers["WO1"] = rng.choice(_GOOD_THINGS)
    nuisance = _subset(rng, {1: 0.45, 2: 0.3, 3: 0.2, 4: 0.15, 5: 0.08})
    answers["WO2"] = nuisance or [6]
    if 5 in nuisance:
        answers["WO3"] = rng.choice(_OTHER_NUISANCE)
    join = _subset(rng, {1: 0.35, 2: 0.3, 3: 0.25, 4: 0.2, 5: 0.04})
    answers["ON1"] = join or [6]
    organise = [code for code in join if rng.random() < 0.3]
    answers["ON2"] = organise or [6]
    if 5 in join:
        answers["ON3"] = "Een buurtbibliotheekje in de hal"
    missing = rng.choices((0, 1, 2), weights=(0.85, 0.1, 0.05))[0]
    skipped = set(rng.sample(range(1, 6), missing))
    for item in range(1, 6):
        # A statement the resident would not answer is marked "weet niet" (the required questions).
        answers[f"SC{item}"] = DONT_KNOW if item in skipped else _agreement(rng, reversed_item=item == 1)
    if rng.random() < 0.14:
        answers["VH1"] = rng.choice(_STORIES)
        answers["VH2"] = 1 if rng.random() < 0.75 else 2
    if contact_index is not None:
        name = _CONTACT_NAMES[contact_index % len(_CONTACT_NAMES)]
        answers["CT1"] = 1
        answers["CT2"] = name
        answers["CT3"] = name.replace(". ", "").replace(" ", "").lower() + "@example.com"
        # Drawn apart, so the answers drawn after it stay as they were before CT4 existed.
        answers["CT4"] = 1 if random.Random(f"ct4-{name}").random() < 0.7 else 2
    else:
        answers["CT1"] = 2
    if rng.random() < 0.8:
        answers["PR1"] = _pick(rng, {1: 0.12, 2: 0.2, 3: 0.3, 4: 0.2, 5: 0.18})
    if rng.random() < 0.8:
        answers["PR2"] = _pick(rng, {1: 0.4, 2: 0.3, 3: 0.15, 4: 0.1, 5: 0.05})
    return answers


def _demo_ties(rng: random.Random, homes: list, respondents: list[int], isolated: set[int],
               vacant: set[int]) -> dict[int, list[str]]:
    """Who names whom: mostly the same floor and entrance, some a floor up or down, a few across."""
    by_id = {h.id: h for h in homes}
    targets = [h for h in homes if h.id not in vacant and h.id not in isolated]
    named: dict[int, set[int]] = {r: set() for r in respondents}
    for r in respondents:
        if r in isolated:
            continue
        me = by_id[r]
        for other in targets:
            if other.id == r:
                continue
            if other.entrance != me.entrance:
                chance = 0.002
            elif other.floor == me.floor:
                chance = 0.45
            elif abs(other.floor - me.floor) == 1:
                chance = 0.08
            else:
                chance = 0.0
            if rng.random() < chance:
                named[r].add(other.id)
    for r in respondents:                      # acquaintance is often (not always) mutual
        for target in sorted(named[r]):
            if target in named and target not in isolated and rng.random() < 0.35:
                named[target].add(r)
    walking = {h.id: index for index, h in enumerate(homes)}
    return {r: [by_id[t].code for t in sorted(ids, key=walking.__getitem__)] for r, ids in named.items()}


def create_demo_round(session, building_id: int) -> int:
    """The demo round on the Voorbeeldflat: 2 evenings, 10 volunteers in 5 teams, every door rung,
    96 complete interviews (fixed seed). Returns the round id."""
    from flatapp.services.door_outcomes import record_attempt
    from flatapp.services.homes import list_home_rows
    from flatapp.services.interviews import complete_interview
    from flatapp.services.rounds import add_evening, add_volunteer, assign_doors, auto_teams, create_round

    rng = random.Random(DEMO_SEED)
    round_row = create_round(session, building_id, DEMO_ROUND, period_start=date(2026, 11, 1),
                             period_end=date(2026, 11, 30), organisation="Welzijn Voorbeeldstad",
                             optional_sections="cbs")
    round_id = round_row.id
    evenings = [add_evening(session, round_id, day, time(18, 30), time(20, 30))
                for day in (date(2026, 11, 10), date(2026, 11, 12))]
    for name in _VOLUNTEERS:
        add_volunteer(session, round_id, name)
    auto_teams(session, round_id)

    homes = list_home_rows(session, building_id)
    ids = [h.id for h in homes]
    vacant = set(rng.sample(ids, 4))
    eligible = [i for i in ids if i not in vacant]
    rng.shuffle(eligible)
    final: dict[int, str] = {i: "vacant" for i in vacant}
    plan = ([("interview", 96), ("partial", 2), ("refusal", 26), ("stop", 4), ("language", 4)])
    position = 0
    for outcome, count in plan:
        for home_id in eligible[position:position + count]:
            final[home_id] = outcome
        position += count
    for home_id in eligible[position:]:
        final[home_id] = "not_home"
    # Code per evening: (first evening, second evening); None = closed after the first evening.
    codes = {"vacant": (6, None), "partial": (3, 2), "stop": (3, 9), "language": (7, 7), "not_home": (3, 3)}
    first_evening_share = {"interview": 0.6, "refusal": 0.7}

    def first_code(home_id: int) -> int:
        outcome = final[home_id]
        if outcome in first_evening_share:
            if rng.random() < first_evening_share[outcome]:
                return 1 if outcome == "interview" else 4
            return 5 if rng.random() < 0.3 else 3
        return codes[outcome][0] if outcome != "not_home" or rng.random() > 0.2 else 5

    def second_code(home_id: int) -> int:
        outcome = final[home_id]
        return {"interview": 1, "refusal": 4}.get(outcome) or codes[outcome][1]

    for evening, pick in ((evenings[0], first_code), (evenings[1], second_code)):
        assignment = assign_doors(session, round_id, evening.id)
        order = {home_id: index for index, home_id in enumerate(assignment.open_home_ids)}
        per_team: dict[int, int] = {}
        for home_id in sorted(assignment.team_of_home, key=order.__getitem__):
            team_id = assignment.team_of_home[home_id]
            step = per_team.get(team_id, 0)
            per_team[team_id] = step + 1
            at = datetime.combine(evening.date, time(18, 35)) + timedelta(minutes=2 * step)
            code = pick(home_id)
            record_attempt(session, round_id, home_id, code, at, evening_id=evening.id, team_id=team_id,
                           come_back="do 19:00" if code == 5 else "")

    respondents = [h.id for h in homes if final[h.id] == "interview"]
    isolated = set(rng.sample(respondents, 6))
    ties = _demo_ties(rng, homes, respondents, isolated, vacant)
    contacts = 0
    for home_id in respondents:
        chance = 0.5 if home_id in isolated else 0.25
        contact_index = None
        if rng.random() < chance:
            contact_index, contacts = contacts, contacts + 1
        answers = _demo_answers(rng, ties[home_id], home_id in isolated, contact_index)
        complete_interview(session, round_id, home_id, answers, None)
    return round_id
