"""Open homes no team has on a split evening (added after the split): name them and hand them out."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

from sqlalchemy.orm import Session

from flatapp.domain.walking_order import spread_over_teams
from flatapp.services.activity import log_activity
from flatapp.services.homes import HomeRow, list_home_rows
from flatapp.services.round_rows import DUTCH_WEEKDAYS, EveningRow, dutch_date
from flatapp.services.rounds.doors import _assignment, _check_ready, assigned_door_counts
from flatapp.services.rounds.lookup import _evening, _evening_key, _evening_of_round, _evening_row, _round
from flatapp.services.rounds.rows import TEAMLESS_NAMED
from flatapp.storage.round_models import Assignment


@dataclass(frozen=True)
class TeamlessHomes:
    """Open homes on an evening that was split, but that are on no team's list (added to the block
    after the split, for instance): no door list shows them."""

    evening: EveningRow
    homes: tuple[HomeRow, ...]


def teamless_homes(session: Session, round_id: int, evening_id: int | None = None) -> list[TeamlessHomes]:
    """Per split evening (or only ``evening_id``) the homes still to do that no team has; evenings
    where every open home has a team are left out, and so are evenings not split yet."""
    round_ = _round(session, round_id)
    evenings = sorted(round_.evenings, key=_evening_key)
    if evening_id is not None:
        evenings = [_evening_of_round(session, round_, evening_id)]
    counts = assigned_door_counts(session, round_id)
    found = []
    by_id: dict[int, HomeRow] = {}
    for evening in evenings:
        if not counts.get(evening.id):
            continue
        assignment = _assignment(session, round_, evening)
        if assignment.unassigned_home_ids:
            by_id = by_id or {h.id: h for h in list_home_rows(session, round_.building_id)}
            found.append(TeamlessHomes(_evening_row(evening),
                                       tuple(by_id[i] for i in assignment.unassigned_home_ids)))
    return found


def teamless_warning(groups: Sequence[TeamlessHomes]) -> str:
    """'3 woningen hebben geen team op dinsdag 24-11-2026 en donderdag 26-11-2026: TE-013 (Teststraat 50),
    …'; one sentence per different set of homes, '' when every open home has a team."""
    by_homes: dict[tuple[int, ...], list[TeamlessHomes]] = {}
    for group in groups:
        by_homes.setdefault(tuple(h.id for h in group.homes), []).append(group)
    sentences = []
    for same in by_homes.values():
        homes = same[0].homes
        days = [f"{DUTCH_WEEKDAYS[g.evening.date.weekday()]} {dutch_date(g.evening.date)}" for g in same]
        when = days[0] if len(days) == 1 else f"{', '.join(days[:-1])} en {days[-1]}"
        named = ", ".join(f"{h.code} ({h.address})" for h in homes[:TEAMLESS_NAMED])
        if len(homes) > TEAMLESS_NAMED:
            named += f" en nog {len(homes) - TEAMLESS_NAMED}"
        if len(homes) == 1:
            sentences.append(f"1 woning heeft geen team op {when} en staat op geen deurlijst: {named}.")
        else:
            sentences.append(f"{len(homes)} woningen hebben geen team op {when} en staan op geen deurlijst: {named}.")
    return " ".join(sentences)


@dataclass(frozen=True)
class TeamlessAssigned:
    """What ``assign_teamless`` did on one evening: team name → the home codes it was given."""

    evening: EveningRow
    given: Mapping[str, tuple[str, ...]]

    @property
    def count(self) -> int:
        return sum(len(codes) for codes in self.given.values())


def assign_teamless(session: Session, round_id: int, evening_id: int | None = None) -> list[TeamlessAssigned]:
    """Divide the homes without a team (``teamless_homes``) over the teams of each split evening, by
    entrance and floor near the doors a team already has, balanced; doors with a team keep it.
    Returns one row per evening that changed (empty: nothing to do)."""
    round_ = _round(session, round_id)
    _check_ready(session, round_)
    teams = sorted(round_.teams, key=lambda t: (t.position, t.id))
    names = {t.id: t.name for t in teams}
    done = []
    homes = list_home_rows(session, round_.building_id)
    for group in teamless_homes(session, round_id, evening_id):
        evening = _evening(session, group.evening.id)
        assignment = _assignment(session, round_, evening)
        open_ids = set(assignment.open_home_ids)
        open_rows = [h for h in homes if h.id in open_ids]
        chosen = spread_over_teams(group.homes, [t.id for t in teams], assignment.team_of_home, open_rows)
        given: dict[str, list[str]] = {}
        for home in group.homes:
            session.add(Assignment(evening_id=evening.id, team_id=chosen[home.id], home_id=home.id))
            given.setdefault(names[chosen[home.id]], []).append(home.code)
        done.append(TeamlessAssigned(group.evening, {name: tuple(codes) for name, codes in given.items()}))
    session.flush()
    for row in done:
        log_activity(session, "round.assign", f"{row.count} woningen zonder team verdeeld over "
                     f"{len(row.given)} teams voor {row.evening.label} (ronde '{round_.name}')",
                     round_.building_id, round_id=round_.id, evening_id=row.evening.id)
    return done
