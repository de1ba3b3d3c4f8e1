"""Blocks (flats) in the database: list, create, rename, remove."""

from __future__ import annotations

import re
from dataclasses import dataclass

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from flatapp.services.activity import log_activity
from flatapp.services.errors import UserError
from flatapp.services.versioned import claim_version
from flatapp.storage.models import Building, Home


@dataclass(frozen=True)
class BuildingRow:
    id: int
    name: str
    code: str
    city: str
    home_count: int
    version: int = 1


def list_buildings(session: Session) -> list[BuildingRow]:
    counts = (
        select(Home.building_id, func.count(Home.id).label("n")).group_by(Home.building_id).subquery()
    )
    query = (
        select(Building, func.coalesce(counts.c.n, 0))
        .outerjoin(counts, counts.c.building_id == Building.id)
        .order_by(func.lower(Building.name))
    )
    return [
        BuildingRow(b.id, b.name, b.code, b.city, int(n), b.version) for b, n in session.execute(query)
    ]


def find_building(session: Session, name: str) -> Building | None:
    return session.scalar(select(Building).where(func.lower(Building.name) == name.strip().lower()))


def get_building(session: Session, name: str) -> Building:
    building = find_building(session, name)
    if building is None:
        known = ", ".join(row.name for row in list_buildings(session)) or "geen"
        raise UserError(f"Flat '{name}' bestaat niet in deze database (aanwezig: {known}).")
    return building


def _code_for(name: str, taken: set[str]) -> str:
    words = re.findall(r"[A-Za-z0-9]+", name.upper())
    if len(words) >= 2:
        base = "".join(word[0] for word in words)[:4]
    elif words:
        base = words[0][:2]
    else:
        base = "F"
    code, n = base, 2
    while code in taken:
        code, n = f"{base}{n}", n + 1
    return code


def create_building(session: Session, name: str, city: str = "") -> Building:
    clean = " ".join(name.split())
    if not clean:
        raise UserError("Geef de flat een naam.")
    if len(clean) > 120:
        raise UserError("De naam van de flat is te lang (hoogstens 120 tekens).")
    if find_building(session, clean) is not None:
        raise UserError(f"Er is al een flat met de naam '{clean}'.")
    taken = set(session.scalars(select(Building.code)))
    building = Building(name=clean, code=_code_for(clean, taken), city=city.strip())
    session.add(building)
    session.flush()
    log_activity(session, "building.create", f"Flat '{clean}' aangemaakt", building.id)
    return building


def get_or_create_building(session: Session, name: str, city: str = "") -> Building:
    return find_building(session, name) or create_building(session, name, city)


def rename_building(session: Session, building_id: int, name: str, version: int | None) -> None:
    """Rename a block, based on the ``version`` the screen showed (refused when someone changed it)."""
    new_name = name
    building = session.get(Building, building_id)
    clean = " ".join(new_name.split())
    if building is None:
        raise UserError("Deze flat bestaat niet meer.")
    if not clean:
        raise UserError("Geef de flat een naam.")
    other = find_building(session, clean)
    if other is not None and other.id != building_id:
        raise UserError(f"Er is al een flat met de naam '{clean}'.")
    old = building.name
    claim_version(session, Building, building_id, version, f"Flat '{old}'", {"name": "de naam"}, {"name": clean},
                  values={"name": clean})
    log_activity(session, "building.rename", f"Flat '{old}' hernoemd tot '{clean}'", building_id)


def delete_building(session: Session, building_id: int, version: int | None) -> None:
    """Remove a block with all it holds; refused when someone changed it after ``version``."""
    building = session.get(Building, building_id)
    if building is None:
        return
    claim_version(session, Building, building_id, version, f"Flat '{building.name}'", deleting=True)
    log_activity(session, "building.delete", f"Flat '{building.name}' verwijderd", None,
                 homes=len(building.homes))
    session.delete(building)
