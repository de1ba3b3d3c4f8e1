"""`flatapp groups list|show`, `flatapp actions list`, `flatapp partners list`: the working groups, their
actions and the partners, on the command line and in Excel (no Qt).

Tiers: the group list and the partner list hold no residents' names (Intern); a group shown with its
members and the action list (who does what: a resident's name) are Vertrouwelijk — the tier line comes
first and the output is logged with where it went (the screen or the file).
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
from collections.abc import Sequence
from datetime import date
from pathlib import Path

from flatapp.cli_support import EXIT_OK, say, session_of, usage_handler

GROUP_HEADER = ("flat", "werkgroep", "onderwerp", "status", "leden", "open acties", "te laat", "eerstvolgende datum",
                "klaar", "groepsapp")
ACTION_HEADER = ("flat", "werkgroep", "wat", "wie", "soort", "datum", "status", "te laat", "klaar op", "resultaat")
WIDEST = 40          # a table column on the screen; longer text is elided (CSV/JSON keep it whole)
PARTNER_HEADER = ("partner", "soort", "contactpersoon", "telefoon", "e-mail", "kan bieden", "werkgroepen", "notitie")


def _day(value: date | None) -> str:
    return value.strftime("%d-%m-%Y") if value else ""


def _building_id(session, args: argparse.Namespace) -> int | None:
    from flatapp.services.buildings import get_building

    return get_building(session, args.building).id if getattr(args, "building", None) else None


def _print(tier, header: Sequence[str], rows: list[list[object]], fmt: str, key: str) -> None:
    """A table, CSV (';', as Dutch Excel reads it) or JSON on stdout; the tier first in each."""
    if fmt == "json":
        records = [dict(zip(header, row)) for row in rows]
        json.dump({"tier": tier.value, "tier_line": tier.line, key: records}, sys.stdout, ensure_ascii=False,
                  indent=2)
        sys.stdout.write("\n")
        return
    if fmt == "csv":
        from flatapp.domain.export_cells import safe_cell  # never a live formula in Excel

        writer = csv.writer(sys.stdout, delimiter=";", lineterminator="\n")
        writer.writerow([tier.csv_line(";")])
        writer.writerow(header)
        writer.writerows([safe_cell(cell) for cell in row] for row in rows)
        return
    say(tier.line)
    if not rows:
        return
    def cell(text: str, last: bool) -> str:   # long text elided in the columns, the last column whole
        return text if last or len(text) <= WIDEST else text[:WIDEST - 1] + "…"

    table = [list(header)] + [[cell(str(c), i == len(header) - 1) for i, c in enumerate(row)] for row in rows]
    widths = [max(len(line[i]) for line in table) for i in range(len(header))]
    for line in table:
        say("  ".join(cell.ljust(width) for cell, width in zip(line, widths)).rstrip())


# --- groups -------------------------------------------------------------------------------------

def cmd_groups_list(args: argparse.Namespace) -> int:
    from flatapp.domain.tiers import Tier
    from flatapp.services.groups import list_groups

    with session_of(args) as session:
        groups = list_groups(session, _building_id(session, args))
    rows = [[g.building_name, g.name, g.topic, g.state_label, g.members, g.open_actions, g.overdue_actions,
             _day(g.next_due), g.done_actions, g.group_app] for g in groups]
    _print(Tier.INTERNAL, GROUP_HEADER, rows, args.format, "groups")
    if not rows and args.format == "table":
        say("Er zijn (nog) geen werkgroepen. Maak er een in het venster: Werkgroepen › Overzicht…")
    return EXIT_OK


def cmd_groups_show(args: argparse.Namespace) -> int:
    from flatapp.domain.tiers import Tier
    from flatapp.services.activity import log_activity
    from flatapp.services.groups import find_group, group_detail

    with session_of(args, write=True) as session:
        found = find_group(session, args.name, _building_id(session, args))
        detail = group_detail(session, found.id)
        log_activity(session, "groups.show", f"Werkgroep '{found.name}' getoond met de leden",
                     found.building_id, tier=Tier.CONFIDENTIAL, target="scherm", group_id=found.id)
    group = detail.group
    say(Tier.CONFIDENTIAL.line)
    say(f"Werkgroep '{group.name}' — flat {group.building_name} ({group.state_label})")
    if group.topic:
        say(f"Onderwerp: {group.topic}")
    say(f"Contactpersoon: {group.contact_name or '(nog niet gekozen)'}")
    say(f"Groepsapp: {group.group_app or '(geen)'}")
    if group.note:
        say(f"Notitie: {group.note}")
    say(f"Leden ({len(detail.members)}):")
    for member in detail.members:
        home = f" ({member.home_code}, {member.address})" if member.consent and member.address else ""
        contact = ", ".join(part for part in (member.phone, member.email) if part)
        joined = f", lid sinds {_day(member.joined_on)}" if member.joined_on else ""
        role = " — contactpersoon" if member.is_contact else ""
        say(f"  - {member.name}{home}{': ' + contact if contact else ''}{joined}{role}")
    say(f"Partners ({len(detail.partners)}):")
    for partner in detail.partners:
        offers = f" [{', '.join(partner.offers)}]" if partner.offers else ""
        say(f"  - {partner.name}{offers}{': ' + partner.brings if partner.brings else ''}")
    say(f"Acties ({len(detail.actions)}):")
    for action in detail.actions:
        late = " — TE LAAT" if action.overdue else ""
        due = f" vóór {_day(action.due)}" if action.due else ""
        done = f" op {_day(action.done_on)}" if action.done_on else ""
        say(f"  - [{action.status}{done}] {action.what} — {action.who_label}{due}{late}")
        if action.result:
            say(f"      resultaat: {action.result}")
    return EXIT_OK


# --- actions ------------------------------------------------------------------------------------

def cmd_actions_list(args: argparse.Namespace) -> int:
    from flatapp.domain.tiers import Tier
    from flatapp.services.actions import list_actions
    from flatapp.services.activity import log_activity

    tier = Tier.CONFIDENTIAL    # 'wie' names residents (with their consent)
    with session_of(args, write=True) as session:
        building_id = _building_id(session, args)
        actions = list_actions(session, building_id, overdue_only=args.overdue)
        rows = [[a.building_name, a.group_name, a.what, a.who_label, a.who_kind, _day(a.due), a.status,
                 "ja" if a.overdue else "", _day(a.done_on), a.result] for a in actions]
        target = Path(args.output) if args.output else None
        if target is not None:
            _write_file(target, rows, tier)
        kind = "te late acties" if args.overdue else "acties"
        log_activity(session, "actions.list", f"Lijst van {kind} van de werkgroepen ({len(rows)})", building_id,
                     tier=tier, target=str(target) if target else "scherm", overdue=args.overdue)
    if target is not None:
        say(f"{len(rows)} acties geschreven naar {target} ({tier.label}).")
        return EXIT_OK
    _print(tier, ACTION_HEADER, rows, args.format, "actions")
    if not rows and args.format == "table":
        say("Geen te late acties." if args.overdue else "Er zijn (nog) geen acties.")
    return EXIT_OK


def _write_file(target: Path, rows: list[list[object]], tier) -> None:
    from flatapp.services.errors import UserError

    suffix = target.suffix.lower()
    if suffix == ".json":
        from flatapp.services.output_files import write_output

        text = json.dumps({"tier": tier.value, "tier_line": tier.line,
                           "actions": [dict(zip(ACTION_HEADER, row)) for row in rows]}, ensure_ascii=False, indent=2)
        write_output(target, "json", lambda out: out.write((text + "\n").encode("utf-8")))
    elif suffix in (".csv", ".xlsx"):
        from flatapp.services.table_files import write_table

        write_table(target, "Acties", ACTION_HEADER, rows, tier=tier)
    else:
        raise UserError(f"Kies een bestandsnaam die eindigt op .csv, .xlsx of .json (niet '{target.name}').")


# --- partners -----------------------------------------------------------------------------------

def cmd_partners_list(args: argparse.Namespace) -> int:
    from flatapp.domain.tiers import Tier
    from flatapp.services.partners import list_partners

    with session_of(args) as session:
        partners = list_partners(session)
    rows = [[p.name, p.kind, p.contact_name, p.phone, p.email, p.offers_label, p.groups, p.note] for p in partners]
    _print(Tier.INTERNAL, PARTNER_HEADER, rows, args.format, "partners")
    if not rows and args.format == "table":
        say("Er zijn (nog) geen partners. Voeg ze toe in het venster: Werkgroepen › Partners…")
    return EXIT_OK


def add_group_commands(subparsers, common_parent: argparse.ArgumentParser) -> None:
    """Add `groups`, `actions` and `partners` to the `flatapp` sub-commands."""
    def building_arg(command, text: str = "alleen de werkgroepen van deze flat") -> None:
        command.add_argument("--building", metavar="FLAT", help=text)

    def format_arg(command) -> None:
        command.add_argument("--format", choices=("table", "csv", "json"), default="table",
                             help="tabel op het scherm (standaard), CSV (met ';', voor Excel) of JSON")

    groups = subparsers.add_parser("groups", parents=[common_parent], help="de werkgroepen van de flats")
    groups.set_defaults(handler=usage_handler(groups))
    group_commands = groups.add_subparsers(title="opdrachten", metavar="OPDRACHT")
    listing = group_commands.add_parser(
        "list", parents=[common_parent], help="alle werkgroepen met leden, open en te late acties (intern)",
        description="Per werkgroep het aantal leden, open acties, te late acties, de eerstvolgende datum en wat "
                    "klaar is. Zonder namen: intern.")
    building_arg(listing)
    format_arg(listing)
    listing.set_defaults(handler=cmd_groups_list)
    show = group_commands.add_parser(
        "show", parents=[common_parent], help="één werkgroep met leden, partners en acties (vertrouwelijk)",
        description="Leden worden alleen met naam getoond als hun toestemming nu geldt. Vertrouwelijk; wordt "
                    "gelogd.")
    show.add_argument("name", metavar="NAAM", help="naam van de werkgroep")
    building_arg(show, "nodig als twee flats een werkgroep met deze naam hebben")
    show.set_defaults(handler=cmd_groups_show)

    actions = subparsers.add_parser("actions", parents=[common_parent], help="de acties van de werkgroepen")
    actions.set_defaults(handler=usage_handler(actions))
    action_commands = actions.add_subparsers(title="opdrachten", metavar="OPDRACHT")
    action_list = action_commands.add_parser(
        "list", parents=[common_parent], help="de acties op datum (vertrouwelijk: wie noemt bewoners)",
        description="Op datum, acties zonder datum als laatste. Vertrouwelijk en gelogd: 'wie' noemt bewoners "
                    "(alleen met hun toestemming).")
    building_arg(action_list, "alleen de acties van deze flat")
    action_list.add_argument("--overdue", action="store_true",
                             help="alleen de te late acties (datum voorbij, nog open of bezig)")
    format_arg(action_list)
    action_list.add_argument("-o", "--output", metavar="BESTAND",
                             help="opslaan als BESTAND.csv, BESTAND.xlsx of BESTAND.json in plaats van tonen")
    action_list.set_defaults(handler=cmd_actions_list)

    partners = subparsers.add_parser("partners", parents=[common_parent], help="de partners van de werkgroepen")
    partners.set_defaults(handler=usage_handler(partners))
    partner_commands = partners.add_subparsers(title="opdrachten", metavar="OPDRACHT")
    partner_list = partner_commands.add_parser(
        "list", parents=[common_parent], help="alle partners met wat ze kunnen bieden (intern)")
    format_arg(partner_list)
    partner_list.set_defaults(handler=cmd_partners_list)
