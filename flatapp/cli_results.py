"""`flatapp results`: a round's results as JSON (stdout or a file) or an Excel workbook (no Qt).

The JSON keys are documented in ``flatapp.analysis.export``. Without ``--confidential`` the output is
the internal tier (``flatapp.disclosure.internal``: aggregates, no figure about fewer than 10
respondents, no stories, open answers, home codes, network per home or follow-up); ``--confidential``
gives everything, for the coordinator only. Every output names its tier (JSON: ``tier`` first; xlsx: cell
A1 of every sheet) and every export is written to the activity log with its tier and target.

With ``--compare-with B`` (and ``--compare-building X`` when round B is of another block) the output is
the comparison of round A (before) with round B (after) instead: ``flatapp.analysis.compare``, keys in
``flatapp.analysis.export``. Without ``--compare-building``, B is looked for in A's block first, then in
every block. Entrance and floor filters apply to both rounds.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

EXIT_OK, EXIT_FAILED = 0, 1


def cmd_results(args: argparse.Namespace) -> int:
    from flatapp.analysis.compare import compare_results
    from flatapp.analysis.export import (
        comparison_to_dict,
        internal_view,
        results_to_dict,
        write_comparison_xlsx,
        write_xlsx,
    )
    from flatapp.analysis.results import compute_results
    from flatapp.cli_support import round_of, session_of
    from flatapp.disclosure.internal import internal_comparison
    from flatapp.domain.addresses import parse_floor
    from flatapp.domain.tiers import Tier
    from flatapp.services.activity import log_activity
    from flatapp.services.errors import UserError
    from flatapp.services.output_files import write_output

    if args.format == "xlsx" and not args.output:
        raise UserError("Geef met -o een bestandsnaam voor het Excel-bestand (bijvoorbeeld -o uitkomsten.xlsx).")
    floor = None
    if args.floor is not None:
        try:
            floor = parse_floor(args.floor)
        except ValueError as error:
            raise UserError(f"--floor: {error}.") from None
    tier = Tier.CONFIDENTIAL if args.confidential else Tier.INTERNAL
    with session_of(args, write=True) as session:
        round_row = round_of(session, args)
        results = compute_results(session, round_row.id, entrance=args.entrance, floor=floor)
        target = Path(args.output) if args.output else None
        other_row = None
        if args.compare_with:
            other_row = _find_other_round(session, args, round_row)
            other = compute_results(session, other_row.id, entrance=args.entrance, floor=floor)
            comparison = compare_results(results, other)
            if tier is Tier.INTERNAL:
                comparison = internal_comparison(
                    comparison, internal_view(session, round_row.id, args.entrance, floor),
                    internal_view(session, other_row.id, args.entrance, floor))
            data = comparison_to_dict(comparison, tier)
            if other_row.building_id == round_row.building_id:
                from flatapp.reporting.content import between_rounds, between_to_dict

                # The groups created and the actions done between the two rounds (no names).
                data["tussen_de_rondes"] = between_to_dict(between_rounds(session, round_row.id, other_row.id))
        elif tier is Tier.CONFIDENTIAL:
            data = results_to_dict(results, confidential=True)
        else:
            results = internal_view(session, round_row.id, args.entrance, floor)
            data = results_to_dict(results)
        if args.format == "xlsx":
            if other_row is not None:
                write_comparison_xlsx(comparison, target, tier)
            else:
                write_xlsx(results, target, confidential=tier is Tier.CONFIDENTIAL)
        else:
            text = json.dumps(data, ensure_ascii=False, indent=2)
            if target is None:
                sys.stdout.write(text + "\n")
            else:
                write_output(target, "json", lambda out: out.write((text + "\n").encode("utf-8")))
        where = f" naar {target.name}" if target else " naar het scherm"
        # Every export is logged with its tier and where it went (a file name or 'scherm').
        logged = {"tier": tier, "target": str(target) if target else "scherm"}
        if other_row is not None:
            log_activity(session, "results.compare",
                         f"Vergelijking ({tier.label.lower()}) van ronde '{round_row.name}' "
                         f"({round_row.building_name}) met '{other_row.name}' ({other_row.building_name}) "
                         f"geëxporteerd als {args.format}{where}",
                         round_row.building_id, **logged, round_id=round_row.id, other_round_id=other_row.id,
                         format=args.format, filters=results.filters)
        else:
            kind = "met vertrouwelijke delen" if tier is Tier.CONFIDENTIAL else "intern, zonder vertrouwelijke delen"
            log_activity(session, "results.export",
                         f"Uitkomsten van ronde '{round_row.name}' geëxporteerd als {args.format}{where} ({kind})",
                         round_row.building_id, **logged, round_id=round_row.id, format=args.format,
                         confidential=tier is Tier.CONFIDENTIAL, filters=results.filters)
    return _done(target)


def _done(target: Path | None) -> int:
    if target is not None:
        print(f"Uitkomsten geschreven naar {target}.")
    return EXIT_OK


def _find_other_round(session, args: argparse.Namespace, round_row):
    """Round B of ``--compare-with``: in ``--compare-building``, else in A's block, else anywhere."""
    from flatapp.services.buildings import get_building
    from flatapp.services.errors import UserError
    from flatapp.services.rounds import find_round

    if args.compare_building:
        return find_round(session, args.compare_with, get_building(session, args.compare_building).id)
    try:
        return find_round(session, args.compare_with, round_row.building_id)
    except UserError:
        return find_round(session, args.compare_with, None)


def add_results_commands(subparsers, common_parent: argparse.ArgumentParser) -> argparse.ArgumentParser:
    """Add `results` to the `flatapp` sub-commands; returns its parser."""
    parser = subparsers.add_parser(
        "results", parents=[common_parent], help="uitkomsten van een ronde als JSON of Excel",
        description="Respons, antwoorden, onderwerpen, netwerk en samenhang van een ronde. Zonder "
                    "--confidential is de uitvoer intern: alleen totalen, geen cijfers over minder dan 10 "
                    "bewoners, geen verhalen, open antwoorden, woningcodes, netwerk per woning of opvolglijst.")
    parser.add_argument("--round", required=True, metavar="NAAM", help="naam van de ronde")
    parser.add_argument("--building", metavar="FLAT", help="nodig als twee flats een ronde met deze naam hebben")
    parser.add_argument("--entrance", metavar="PORTIEK", help="alleen deze portiek (bijv. 'Portiek A' of A)")
    parser.add_argument("--floor", metavar="VERDIEPING", help="alleen deze verdieping (BG, 1e, 2 …)")
    parser.add_argument("--format", choices=("json", "xlsx"), default="json", help="JSON (standaard) of een Excel-werkmap")
    parser.add_argument("-o", "--output", metavar="BESTAND", help="bestand (verplicht bij xlsx; json zonder -o naar het scherm)")
    parser.add_argument("--confidential", action="store_true",
                        help="vertrouwelijk, alleen voor de coördinator: ook kleine groepen, verhalen, open antwoorden, "
                             "het netwerk per woning, de verbindingen en de opvolglijst (met namen); wordt gelogd")
    parser.add_argument("--compare-with", metavar="NAAM",
                        help="vergelijk met deze ronde (na) in plaats van de uitkomsten van één ronde")
    parser.add_argument("--compare-building", metavar="FLAT",
                        help="de flat van de ronde bij --compare-with (standaard dezelfde flat)")
    parser.set_defaults(handler=cmd_results)
    return parser
