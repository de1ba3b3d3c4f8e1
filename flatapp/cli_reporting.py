"""Reporting back from the command line (no Qt): `flatapp report`, `flatapp invitation`,
`flatapp update-handout`, and for the round: `flatapp round set` (sender, corporation, tent) and
`flatapp round copy` (plan the next round on the same block).

Every PDF is written atomically and logged with its tier and target (``flatapp.reporting.service``).
"""

from __future__ import annotations

import argparse
import re

from flatapp.cli_support import EXIT_OK, round_of, say, session_of


def _say_printed(printed) -> None:
    """As every PDF command: the file written, then what was shortened or left out (on stderr)."""
    from flatapp.cli_printing import show_printed

    show_printed(printed, prefix="Opgeslagen: ")


def _times(text: str | None, what: str):
    """'16:00-19:00' → (16:00, 19:00); '16:00' → (16:00, None); None/'' → (None, None)."""
    from flatapp.services.errors import UserError
    from flatapp.services.rounds import parse_time

    raw = " ".join((text or "").split())
    if not raw:
        return None, None
    parts = re.split(r"\s*(?:-|–|—|tot)\s*", raw)
    if len(parts) > 2:
        raise UserError(f"{what} '{raw}' is niet te begrijpen; schrijf bijvoorbeeld 16:00-19:00.")
    starts = parse_time(parts[0], "begintijd")
    ends = parse_time(parts[1], "eindtijd") if len(parts) == 2 else None
    return starts, ends


# --- report, invitations, update handout --------------------------------------------------------------

def cmd_report(args: argparse.Namespace) -> int:
    from pathlib import Path

    from flatapp.reporting.service import print_report

    with session_of(args, write=True) as session:
        printed = print_report(session, round_of(session, args).id, Path(args.output))
    _say_printed(printed)
    return EXIT_OK


def cmd_invitation(args: argparse.Namespace) -> int:
    from pathlib import Path

    from flatapp.reporting.service import print_group_invitations, print_tent_invitations
    from flatapp.services.errors import UserError
    from flatapp.services.rounds import parse_dutch_date

    if args.group:
        if not args.date:
            raise UserError("Geef bij --group de datum van de bijeenkomst met --date DD-MM-JJJJ.")
        day = parse_dutch_date(args.date, "datum van de bijeenkomst")
        starts, ends = _times(args.time, "De tijd")
    with session_of(args, write=True) as session:
        round_id = round_of(session, args).id
        if args.group:
            printed = print_group_invitations(session, round_id, args.group, Path(args.output), day=day,
                                              starts=starts, ends=ends, place=args.place or "",
                                              agenda=args.agenda or "")
        else:
            printed = print_tent_invitations(session, round_id, Path(args.output))
    _say_printed(printed)
    return EXIT_OK


def cmd_update_handout(args: argparse.Namespace) -> int:
    from pathlib import Path

    from flatapp.reporting.service import print_update_handout

    with session_of(args, write=True) as session:
        printed = print_update_handout(session, round_of(session, args).id, Path(args.output))
    _say_printed(printed)
    return EXIT_OK


# --- round set / round copy ----------------------------------------------------------------------------

SETTING_OPTIONS = (("sender_name", "--sender-name"), ("sender_role", "--sender-role"),
                   ("sender_phone", "--sender-phone"), ("sender_email", "--sender-email"),
                   ("organisation", "--organisation"), ("organisation_logo", "--organisation-logo"),
                   ("corporation_name", "--corporation"), ("corporation_logo", "--corporation-logo"),
                   ("tent_place", "--tent-place"))


def print_settings(settings) -> None:
    say(f"Ronde '{settings.round_name}', flat '{settings.building_name}'")
    say(f"  Afzender:      {settings.sender_line or '(nog niet ingevuld)'}")
    say(f"  Telefoon:      {settings.sender_phone or '–'}")
    say(f"  E-mail:        {settings.sender_email or '–'}")
    say(f"  Organisatie:   {settings.organisation or '–'}" + (f" (logo {settings.organisation_logo})"
                                                              if settings.organisation_logo else ""))
    say(f"  Corporatie:    {settings.corporation_name or '–'}" + (f" (logo {settings.corporation_logo})"
                                                                  if settings.corporation_logo else ""))
    say(f"  Tent:          {settings.tent_label or '(nog geen datum)'}, {settings.place}")


def cmd_round_set(args: argparse.Namespace) -> int:
    from flatapp.services.round_settings import letter_settings, update_letter_settings
    from flatapp.services.rounds import parse_dutch_date

    changes: dict[str, object] = {key: getattr(args, key) for key, _option in SETTING_OPTIONS
                                  if getattr(args, key) is not None}
    if args.tent_date is not None:
        changes["tent_date"] = parse_dutch_date(args.tent_date, "datum van de tent") if args.tent_date.strip() else None
        if not args.tent_date.strip():
            changes.update(tent_starts=None, tent_ends=None)
    if args.tent_time is not None:
        changes["tent_starts"], changes["tent_ends"] = _times(args.tent_time, "De tijd van de tent")
    with session_of(args, write=True) as session:
        round_id = round_of(session, args).id
        settings = letter_settings(session, round_id)
        if changes:
            settings = update_letter_settings(session, round_id, version=settings.version, **changes)
    if changes:
        say("Opgeslagen.")
    print_settings(settings)
    return EXIT_OK


def cmd_round_copy(args: argparse.Namespace) -> int:
    from flatapp.services.round_settings import copy_round
    from flatapp.services.rounds import parse_dutch_date

    start = parse_dutch_date(args.period_from, "begindatum") if args.period_from else None
    end = parse_dutch_date(args.period_to, "einddatum") if args.period_to else None
    with session_of(args, write=True) as session:
        source = round_of(session, args)
        row = copy_round(session, source.id, args.name, start, end)
    say(f"Ronde '{row.name}' gepland als vervolg op '{source.name}' ({row.period_label}): dezelfde vragenlijst "
        f"({row.questionnaire_label}), {row.volunteer_count} vrijwilligers in {row.team_count} teams, dezelfde "
        "afzender en corporatie.")
    say(f"Plan nu de avonden (flatapp round show --round \"{row.name}\"), en vergelijk na afloop met: "
        f"flatapp results --round \"{source.name}\" --compare-with \"{row.name}\".")
    return EXIT_OK


def add_round_reporting_commands(commands, common_parent: argparse.ArgumentParser) -> None:
    """Add `round set` and `round copy` to the `round` sub-commands."""
    settings = commands.add_parser(
        "set", parents=[common_parent], help="afzender, corporatie en tent van een ronde (voor brieven)",
        description="Wie de brieven en uitnodigingen ondertekent en hoe bewoners diegene bereiken, de "
                    "woningcorporatie (naam en logo) en de tent (datum, tijd, plaats). Zonder opties: "
                    "laat zien wat er nu is ingevuld.")
    settings.add_argument("--round", required=True, metavar="NAAM", help="naam van de ronde")
    settings.add_argument("--building", metavar="FLAT", help="nodig als twee flats een ronde met deze naam hebben")
    settings.add_argument("--sender-name", metavar="NAAM", help="naam van de afzender, bijv. 'Anja de Boer'")
    settings.add_argument("--sender-role", metavar="FUNCTIE", help="functie van de afzender, bijv. 'opbouwwerker'")
    settings.add_argument("--sender-phone", metavar="TELEFOON", help="telefoonnummer voor vragen van bewoners")
    settings.add_argument("--sender-email", metavar="E-MAIL", help="e-mailadres voor vragen van bewoners")
    settings.add_argument("--organisation", metavar="NAAM", help="naam van de welzijnsorganisatie")
    settings.add_argument("--organisation-logo", metavar="BESTAND",
                          help="logo van de organisatie (PNG of JPG; leeg: geen logo)")
    settings.add_argument("--corporation", dest="corporation_name", metavar="NAAM",
                          help="naam van de woningcorporatie")
    settings.add_argument("--corporation-logo", metavar="BESTAND",
                          help="logo van de woningcorporatie (PNG of JPG; leeg: geen logo)")
    settings.add_argument("--tent-date", metavar="DD-MM-JJJJ", help="datum van de tent (leeg: geen datum)")
    settings.add_argument("--tent-time", metavar="UU:MM-UU:MM", help="begin- en eindtijd van de tent, bijv. 16:00-19:00")
    settings.add_argument("--tent-place", metavar="TEKST",
                          help="waar de tent staat (standaard 'in de verwarmde tent op het parkeerterrein')")
    settings.set_defaults(handler=cmd_round_set)

    copy = commands.add_parser(
        "copy", parents=[common_parent], help="vervolgronde plannen op dezelfde flat",
        description="Een nieuwe ronde op dezelfde flat met dezelfde vragenlijst, vrijwilligers, teams, afzender "
                    "en corporatie. Avonden, bezoeken en antwoorden horen bij de nieuwe ronde en worden niet "
                    "overgenomen.")
    copy.add_argument("--round", required=True, metavar="NAAM", help="de ronde die als voorbeeld dient")
    copy.add_argument("--building", metavar="FLAT", help="nodig als twee flats een ronde met deze naam hebben")
    copy.add_argument("--name", required=True, metavar="NAAM", help="naam van de nieuwe ronde, bijv. 'Najaar 2027'")
    copy.add_argument("--from", dest="period_from", metavar="DD-MM-JJJJ", help="eerste dag van de nieuwe periode")
    copy.add_argument("--to", dest="period_to", metavar="DD-MM-JJJJ", help="laatste dag van de nieuwe periode")
    copy.set_defaults(handler=cmd_round_copy)


def add_reporting_commands(subparsers, common_parent: argparse.ArgumentParser) -> None:
    """Add `report`, `invitation` and `update-handout` to the `flatapp` sub-commands."""
    def with_round(parser: argparse.ArgumentParser) -> argparse.ArgumentParser:
        parser.add_argument("--round", required=True, metavar="NAAM", help="naam van de ronde")
        parser.add_argument("--building", metavar="FLAT", help="nodig als twee flats een ronde met deze naam hebben")
        parser.add_argument("-o", "--output", required=True, metavar="BESTAND.pdf", help="het PDF-bestand")
        return parser

    report = with_round(subparsers.add_parser(
        "report", parents=[common_parent], help="rapport voor gebiedsteam en corporatie (PDF, intern)",
        description="De ronde in een paar pagina's: waarom en hoe, wat bewoners vertelden (met grafieken), de "
                    "tent, de werkgroepen en acties, en de volgende stappen. Intern: geen namen, geen "
                    "woningcodes, geen cijfers over minder dan 10 bewoners, alleen goedgekeurde citaten."))
    report.set_defaults(handler=cmd_report)

    invitation = with_round(subparsers.add_parser(
        "invitation", parents=[common_parent], help="uitnodiging voor de tent per deur, of voor een werkgroep (PDF)",
        description="Zonder --group: een uitnodiging voor de tent per woning (datum, tijd en plaats uit "
                    "'flatapp round set'). Met --group: een persoonlijke uitnodiging voor elk lid van de "
                    "werkgroep dat toestemming gaf om benaderd te worden (vertrouwelijk, wordt gelogd)."))
    invitation.add_argument("--group", metavar="WERKGROEP", help="nodig de leden van deze werkgroep uit")
    invitation.add_argument("--date", metavar="DD-MM-JJJJ", help="bij --group: datum van de bijeenkomst")
    invitation.add_argument("--time", metavar="UU:MM-UU:MM", help="bij --group: begin- en eindtijd, bijv. 19:30-21:00")
    invitation.add_argument("--place", metavar="TEKST", help="bij --group: waar de bijeenkomst is")
    invitation.add_argument("--agenda", metavar="TEKST", help="bij --group: wat er op tafel ligt (één zin)")
    invitation.set_defaults(handler=cmd_invitation)

    update = with_round(subparsers.add_parser(
        "update-handout", parents=[common_parent], help="'Wat is er gebeurd?' voor alle bewoners (PDF, openbaar)",
        description="Een bewonersbrief enkele weken na de tent: de werkgroepen, wat ze deden en wat er komt, en "
                    "hoe je meedoet. Openbaar: uit de publicatie en de werkgroepen (aantallen, nooit namen)."))
    update.set_defaults(handler=cmd_update_handout)
