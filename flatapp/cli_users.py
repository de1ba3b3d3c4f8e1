"""`flatapp users add|list|set-role|assign|remove|setup-roles`: the people of a shared database (no Qt).

Only a coordinator manages users (the services refuse anyone else). On PostgreSQL `users setup-roles`,
run once by the server's administrator (the database's owner), makes the database enforce the roles
itself; after that `users add` also makes the user's login on the server, with a password read from
FLATAPP_NEW_PASSPHRASE or asked twice at the terminal (never an option: those stay in the shell's history).
"""

from __future__ import annotations

import argparse

from flatapp.cli_support import EXIT_OK, round_of, say, session_of, usage_handler


def _password_for_new_login(args: argparse.Namespace) -> str | None:
    """A password only where the server makes a login for the user."""
    from flatapp.cli_support import NEW_PASSPHRASE_ENV, new_passphrase
    from flatapp.services.db_roles import roles_ready

    with session_of(args) as session:
        ready = roles_ready(session)
    return new_passphrase(NEW_PASSPHRASE_ENV) if ready else None


def cmd_users_add(args: argparse.Namespace) -> int:
    from flatapp.services.users import add_user, assign_rounds, parse_role

    role = parse_role(args.role)
    password = _password_for_new_login(args)
    with session_of(args, write=True) as session:
        result = add_user(session, args.name, role, args.full_name or "", password=password)
        if args.round:
            assign_rounds(session, result.user.name, [round_of(session, _round_args(args, r)).id for r in args.round])
    say(f"Gebruiker '{result.user.name}' toegevoegd als {role.label}.")
    if result.also_added:
        say(f"U bent zelf ('{result.also_added}') als coördinator toegevoegd, zodat u deze database kunt blijven "
            "openen en beheren.")
    return EXIT_OK


def _round_args(args: argparse.Namespace, name: str) -> argparse.Namespace:
    return argparse.Namespace(round=name, building=args.building)


def cmd_users_list(args: argparse.Namespace) -> int:
    from flatapp.services.access import actor_of
    from flatapp.services.users import list_users

    with session_of(args) as session:
        users = list_users(session)
        actor = actor_of(session)
    if not users:
        say(f"Nog geen gebruikers: wie deze database opent is coördinator (nu: {actor.name or 'onbekend'}).")
    for user in users:
        rounds = f"; rondes: {', '.join(user.rounds)}" if user.rounds else ""
        full = f" ({user.full_name})" if user.full_name else ""
        say(f"{user.name}{full}: {user.role_label}{rounds}")
    return EXIT_OK


def cmd_users_set_role(args: argparse.Namespace) -> int:
    from flatapp.services.users import parse_role, set_role

    with session_of(args, write=True) as session:
        row = set_role(session, args.name, parse_role(args.role))
    say(f"Gebruiker '{row.name}' is nu {row.role_label}.")
    return EXIT_OK


def cmd_users_assign(args: argparse.Namespace) -> int:
    from flatapp.services.users import assign_rounds

    with session_of(args, write=True) as session:
        round_ids = [round_of(session, _round_args(args, name)).id for name in args.round]
        row = assign_rounds(session, args.name, round_ids, assigned=not args.remove)
    say(f"Invoerder '{row.name}' voert in voor: {', '.join(row.rounds) or 'geen enkele ronde'}.")
    return EXIT_OK


def cmd_users_remove(args: argparse.Namespace) -> int:
    from flatapp.services.users import remove_user

    with session_of(args, write=True) as session:
        remove_user(session, args.name)
    say(f"Gebruiker '{args.name}' verwijderd.")
    return EXIT_OK


def cmd_users_setup_roles(args: argparse.Namespace) -> int:
    from flatapp.services.db_roles import setup_roles

    with session_of(args, write=True) as session:
        result = setup_roles(session)
    say(f"Rollen ingesteld op de server: flatapp_coordinator, flatapp_invoerder en flatapp_partner, met rechten op "
        f"{result.tables} tabellen en beveiliging per ronde voor invoerders.")
    if result.logins:
        say(f"Logins bijgewerkt: {', '.join(result.logins)}.")
    if result.missing:
        say(f"Nog zonder login op de server: {', '.join(result.missing)}. Maak voor elk een login met dezelfde naam "
            "(CREATE ROLE naam LOGIN PASSWORD '…') en voer deze opdracht opnieuw uit.")
    return EXIT_OK


def add_user_commands(commands, common: argparse.ArgumentParser) -> None:
    users = commands.add_parser(
        "users", parents=[common], help="gebruikers en hun rol (coördinator, invoerder, partner)",
        description="Gebruikers van een gedeelde database. Zonder gebruikers is wie de database opent "
                    "coördinator (een laptop van één persoon). Op PostgreSQL: laat de beheerder eerst "
                    "'flatapp users setup-roles' uitvoeren; het wachtwoord van een nieuwe login komt uit "
                    "FLATAPP_NEW_PASSPHRASE of wordt gevraagd.")
    users.set_defaults(handler=usage_handler(users))
    sub = users.add_subparsers(title="opdrachten", metavar="OPDRACHT")
    roles = "coördinator, invoerder of partner"

    add = sub.add_parser("add", parents=[common], help="een gebruiker toevoegen")
    add.add_argument("name", metavar="NAAM", help="de loginnaam (op een laptop: de gebruikersnaam van de computer)")
    add.add_argument("--role", required=True, metavar="ROL", help=roles)
    add.add_argument("--full-name", metavar="NAAM", help="volledige naam, zoals het venster hem toont")
    add.add_argument("--round", action="append", metavar="RONDE", help="een invoerder meteen indelen bij deze ronde")
    add.add_argument("--building", metavar="FLAT", help="de flat van de ronde (als twee flats zo'n ronde hebben)")
    add.set_defaults(handler=cmd_users_add)

    listing = sub.add_parser("list", parents=[common], help="de gebruikers, hun rol en rondes")
    listing.set_defaults(handler=cmd_users_list)

    set_role = sub.add_parser("set-role", parents=[common], help="de rol van een gebruiker wijzigen")
    set_role.add_argument("name", metavar="NAAM", help="de loginnaam van de gebruiker")
    set_role.add_argument("role", metavar="ROL", help=roles)
    set_role.set_defaults(handler=cmd_users_set_role)

    assign = sub.add_parser("assign", parents=[common], help="een invoerder bij rondes indelen (of eraf halen)")
    assign.add_argument("name", metavar="NAAM", help="de loginnaam van de invoerder")
    assign.add_argument("--round", action="append", required=True, metavar="RONDE",
                        help="de naam van de ronde (mag vaker)")
    assign.add_argument("--building", metavar="FLAT", help="de flat van de ronde (als twee flats zo'n ronde hebben)")
    assign.add_argument("--remove", action="store_true", help="van deze rondes afhalen in plaats van indelen")
    assign.set_defaults(handler=cmd_users_assign)

    remove = sub.add_parser("remove", parents=[common], help="een gebruiker verwijderen")
    remove.add_argument("name", metavar="NAAM", help="de loginnaam van de gebruiker")
    remove.set_defaults(handler=cmd_users_remove)

    setup = sub.add_parser("setup-roles", parents=[common],
                           help="PostgreSQL: rollen, rechten en beveiliging per ronde in de database instellen "
                                "(door de beheerder van de server; opnieuw na een upgrade)")
    setup.set_defaults(handler=cmd_users_setup_roles)
