"""`flatapp round create|list|show|assign` (and `set`, `copy` from cli_reporting): planning a round from the command line (no Qt).

``add_round_commands`` adds the commands to the `flatapp` parser; each handler takes the argparse
Namespace (with ``.db``), raises ``UserError`` for bad input (``flatapp.cli.main`` prints it) and
returns the exit code. ``round create`` writes everything in one transaction: the round, its
evenings, volunteers, teams and the split of every evening's doors, or nothing at all.
"""

from __future__ import annotations

import argparse

from flatapp.cli_reporting import add_round_reporting_commands
from flatapp.cli_support import open_database_of, round_of, say, session_of, usage_handler
from flatapp.domain.dutch import counted

EXIT_OK = 0


def _parse_volunteer(text: str) -> tuple[str, str]:
    """'Anna de Vries:06-12345678' → ('Anna de Vries', '06-12345678'); the phone is optional."""
    name, _, phone = (text or "").partition(":")
    return name.strip(), phone.strip()


# --- handlers -------------------------------------------------------------------------------------

def cmd_round_create(args: argparse.Namespace) -> int:
    from sqlalchemy import select

    from flatapp.services.buildings import get_building
    from flatapp.services.errors import UserError
    from flatapp.services.rounds import (
        CBS_SECTION,
        add_evening,
        add_volunteer,
        assign_doors,
        auto_teams,
        create_round,
        list_evenings,
        parse_dutch_date,
        parse_evening,
    )
    from flatapp.storage.models import Home

    # Everything typed is checked before the database is touched.
    start = parse_dutch_date(args.period_from, "begindatum") if args.period_from else None
    end = parse_dutch_date(args.period_to, "einddatum") if args.period_to else None
    evenings = [parse_evening(text) for text in args.evening or ()]
    volunteers = [_parse_volunteer(text) for text in args.volunteer or ()]
    if args.teams == "auto" and len(volunteers) < 2:
        raise UserError("Voor --teams auto zijn minstens twee vrijwilligers nodig (--volunteer \"Naam:telefoon\").")

    database = open_database_of(args)
    try:
        with database.session() as session, session.begin():
            building = get_building(session, args.building)
            row = create_round(session, building.id, args.name, period_start=start, period_end=end,
                               organisation=args.organisation or "",
                               optional_sections=CBS_SECTION if args.cbs else "")
            for number, (day, starts, ends) in enumerate(evenings, start=1):
                try:
                    add_evening(session, row.id, day, starts, ends)
                except UserError as error:
                    raise UserError(f"--evening {number} ('{args.evening[number - 1]}'): {error}") from None
            for number, (name, phone) in enumerate(volunteers, start=1):
                try:
                    add_volunteer(session, row.id, name, phone)
                except UserError as error:
                    raise UserError(f"--volunteer {number} ('{args.volunteer[number - 1]}'): {error}") from None
            if args.teams == "auto":
                auto_teams(session, row.id)
            has_homes = session.scalar(select(Home.id).where(Home.building_id == building.id).limit(1)) is not None
            distributed = False
            if args.teams == "auto" and evenings and has_homes:
                for evening in list_evenings(session, row.id):
                    assign_doors(session, row.id, evening.id)
                distributed = True
            round_id = row.id
        with database.session() as session:
            say(f"Ronde '{row.name}' aangemaakt voor flat '{row.building_name}' ({row.period_label}).")
            _print_round(session, round_id, doors=distributed)
            if args.teams == "auto" and evenings and not has_homes:
                say("Let op: de flat heeft nog geen woningen, dus de deuren zijn nog niet verdeeld. "
                     "Importeer eerst de adreslijst (flatapp import-homes).")
    finally:
        database.dispose()
    return EXIT_OK


def cmd_round_list(args: argparse.Namespace) -> int:
    from flatapp.services.buildings import get_building
    from flatapp.services.rounds import list_rounds

    with session_of(args) as session:
        building = get_building(session, args.building)
        rows = list_rounds(session, building.id)
        name = building.name
    if not rows:
        say(f"Flat '{name}' heeft nog geen rondes (maak er een met 'flatapp round create').")
    for row in rows:
        say(f"{row.name}: {row.period_label}; {row.evening_count} avonden, {row.volunteer_count} vrijwilligers, "
             f"{row.team_count} teams")
    return EXIT_OK


def cmd_round_show(args: argparse.Namespace) -> int:
    with session_of(args) as session:
        row = round_of(session, args)
        say(f"Ronde '{row.name}', flat '{row.building_name}' ({row.period_label})")
        _print_round(session, row.id, doors=True)
    return EXIT_OK


def _print_round(session, round_id: int, doors: bool) -> None:
    from flatapp.services.rounds import evening_assignment, round_detail, teamless_homes, teamless_warning

    detail = round_detail(session, round_id)
    cbs = " (met de CBS-stellingen over samenhang)" if detail.round.asks_cbs else ""
    say(f"Vragenlijst: {detail.round.questionnaire_label}{cbs}")
    say(f"Avonden ({len(detail.evenings)}):" if detail.evenings else "Avonden: nog geen")
    for evening in detail.evenings:
        say(f"  {evening.label}")
    say(f"Teams ({len(detail.teams)}):" if detail.teams else "Teams: nog geen")
    for team in detail.teams:
        say(f"  {team.name}: {', '.join(m.label for m in team.members)}")
    loose = [v for v in detail.volunteers if v.team_id is None]
    if loose:
        say(f"Vrijwilligers zonder team ({len(loose)}): {', '.join(v.label for v in loose)}")
    if not doors or not detail.evenings or not detail.teams:
        return
    say("Deuren per team:")
    for evening in detail.evenings:
        assignment = evening_assignment(session, round_id, evening.id)
        say(f"  {evening.label}")
        if not assignment.is_distributed:
            say("    nog niet verdeeld")
            continue
        width = max(len(t.team_name) for t in assignment.teams)
        for team in assignment.teams:
            coverage = f"  {team.coverage}" if team.coverage else ""
            say(f"    {team.team_name.ljust(width)}  {team.door_count:>3} deuren{coverage}")
        if assignment.unassigned_home_ids:
            say(f"    nog zonder team: {len(assignment.unassigned_home_ids)} deuren")
        if assignment.closed_home_ids:
            say(f"    al afgerond: {len(assignment.closed_home_ids)} woningen")
    warning = teamless_warning(teamless_homes(session, round_id))
    if warning:
        name = detail.round.name.replace('"', '\\"')
        say(f"Let op: {warning} Verdeel ze met: flatapp round assign --round \"{name}\"")


def cmd_round_assign(args: argparse.Namespace) -> int:
    from flatapp.services.errors import UserError
    from flatapp.services.rounds import assign_teamless, list_evenings, parse_dutch_date

    day = parse_dutch_date(args.evening, "datum van de avond") if args.evening else None
    with session_of(args, write=True) as session:
        row = round_of(session, args)
        evening_ids = [None]
        if day is not None:
            evening_ids = [e.id for e in list_evenings(session, row.id) if e.date == day]
            if not evening_ids:
                known = ", ".join(e.label for e in list_evenings(session, row.id)) or "nog geen"
                raise UserError(f"Ronde '{row.name}' heeft geen avond op {args.evening} (avonden: {known}).")
        done = [item for evening_id in evening_ids for item in assign_teamless(session, row.id, evening_id)]
    if not done:
        say(f"Elke woning die nog te doen is, heeft al een team in ronde '{row.name}'; er is niets verdeeld.")
        return EXIT_OK
    for item in done:
        homes = counted(item.count, "woning", "woningen")
        say(f"{item.evening.label}: {homes} zonder team verdeeld")
        for team, codes in item.given.items():
            say(f"  {team}: {', '.join(codes)}")
    say("Print de deurlijsten van deze avonden opnieuw (flatapp doorlists).")
    return EXIT_OK


# --- parser ---------------------------------------------------------------------------------------

def add_round_commands(subparsers, common_parent: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add `round create|list|show|assign` to the `flatapp` sub-commands; returns the `round` parser."""
    round_parser = subparsers.add_parser("round", parents=[common_parent],
                                         help="een gespreksronde plannen: avonden, vrijwilligers, teams, deuren")
    round_parser.set_defaults(handler=usage_handler(round_parser))
    commands = round_parser.add_subparsers(title="opdrachten", metavar="OPDRACHT")

    create = commands.add_parser(
        "create", parents=[common_parent], help="een ronde maken (met avonden, vrijwilligers en teams)",
        description="Maak een ronde; met --teams auto worden de vrijwilligers in tweetallen ingedeeld en "
                    "de deuren van elke avond over de teams verdeeld. Alles of niets wordt opgeslagen.",
    )
    create.add_argument("--building", required=True, metavar="FLAT", help="naam van de flat")
    create.add_argument("--name", required=True, metavar="NAAM", help="naam van de ronde, bijv. 'Najaar 2026'")
    create.add_argument("--from", dest="period_from", metavar="DD-MM-JJJJ", help="eerste dag van de periode")
    create.add_argument("--to", dest="period_to", metavar="DD-MM-JJJJ", help="laatste dag van de periode")
    create.add_argument("--evening", action="append", metavar='"DD-MM-JJJJ 18:30-20:30"',
                        help="een avond met begin- en eindtijd (herhaal voor meer avonden)")
    create.add_argument("--volunteer", action="append", metavar='"Naam[:telefoon]"',
                        help="een vrijwilliger, met telefoon na een dubbele punt (herhaal voor meer)")
    create.add_argument("--teams", choices=("auto",),
                        help="auto: tweetallen maken (een oneven aantal geeft één team van drie)")
    create.add_argument("--cbs", action="store_true",
                        help="vraag ook de CBS-stellingen over samenhang in de buurt")
    create.add_argument("--organisation", metavar="NAAM", help="naam van de organisatie (voor de brief)")
    create.set_defaults(handler=cmd_round_create)

    listing = commands.add_parser("list", parents=[common_parent], help="de rondes van een flat")
    listing.add_argument("--building", required=True, metavar="FLAT", help="naam van de flat")
    listing.set_defaults(handler=cmd_round_list)

    show = commands.add_parser("show", parents=[common_parent],
                               help="een ronde: avonden, teams met leden, deuren per team per avond")
    show.add_argument("--round", required=True, metavar="NAAM", help="naam van de ronde")
    show.add_argument("--building", metavar="FLAT", help="nodig als twee flats een ronde met deze naam hebben")
    show.set_defaults(handler=cmd_round_show)

    assign = commands.add_parser(
        "assign", parents=[common_parent], help="woningen zonder team over de teams verdelen",
        description="Woningen die op een verdeelde avond nog geen team hebben (bijvoorbeeld na het verdelen "
                    "aan de flat toegevoegd) gaan naar het team dat die portiek en verdieping al loopt, "
                    "zo dat de teams gelijk blijven. Woningen met een team houden dat team.")
    assign.add_argument("--round", required=True, metavar="NAAM", help="naam van de ronde")
    assign.add_argument("--building", metavar="FLAT", help="nodig als twee flats een ronde met deze naam hebben")
    assign.add_argument("--evening", metavar="DD-MM-JJJJ", help="alleen deze avond (standaard: elke verdeelde avond)")
    assign.set_defaults(handler=cmd_round_assign)
    add_round_reporting_commands(commands, common_parent)
    return round_parser
