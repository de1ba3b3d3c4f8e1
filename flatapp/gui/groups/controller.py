"""The working groups' reads and writes as functions of a session, for the runner (``ServiceRunner.read``
/ ``write``): one call is one session, and a write is one transaction."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from sqlalchemy.orm import Session

from flatapp.domain.tiers import Tier
from flatapp.services import actions as action_service
from flatapp.services import groups as group_service
from flatapp.services import partners as partner_service
from flatapp.services.activity import log_activity

Versions = dict[tuple[str, int], int]


versions_in = action_service.versions_of_group


def record_versions(session: Session, group_id: int, work: Callable[[Session], object]) -> tuple[Versions, Versions]:
    """Run one undo step's ``work`` and return the versions before and after it."""
    before = versions_in(session, group_id)
    work(session)
    return before, versions_in(session, group_id)


def group_choices(session: Session, group_id: int, today: date) -> tuple[
        group_service.GroupDetail, list[group_service.PersonChoice], list[partner_service.PartnerRow]]:
    """A group's detail, the residents who could join and every partner."""
    detail = group_service.group_detail(session, group_id, today)
    choices = group_service.candidates(session, detail.group.building_id)
    return detail, choices, partner_service.list_partners(session)


def overview(session: Session, building_id: int, today: date) -> tuple[list, list, list]:
    """The block's groups, its open actions by date and the actions done."""
    groups = group_service.list_groups(session, building_id, today=today)
    open_actions = action_service.list_actions(session, building_id, open_only=True, today=today)
    done = action_service.list_actions(session, building_id, done_only=True, today=today)
    return groups, open_actions, done


def participating_homes(session: Session, building_id: int) -> set[int]:
    """The homes with a member in an active group; showing them is logged (names behind it)."""
    homes = group_service.participating_homes(session, building_id)
    log_activity(session, "groups.map", f"Gevelkaart: woningen in een werkgroep getoond ({len(homes)})",
                 building_id, tier=Tier.CONFIDENTIAL, target="scherm")
    return homes
