"""Homes of a block as plain rows, corrections to a home, and the printed home codes."""

from __future__ import annotations

from dataclasses import fields

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.domain.addresses import (
    clean_addition,
    clean_letter,
    normalise_postcode,
)
from flatapp.domain.rows import HomeRow  # the row lives with the other plain rows
from flatapp.services.activity import log_activity
from flatapp.services.errors import UserError
from flatapp.services.versioned import claim_version
from flatapp.storage.models import Building, Entrance, Home

EDITABLE_FIELDS = ("street", "house_number", "house_letter", "addition", "postcode", "city", "floor",
                   "entrance", "vhe_code")


EXPORT_COLUMNS = [f.name for f in fields(HomeRow) if f.name not in ("id", "entrance_position", "version")]

FIELD_LABELS = {"street": "de straat", "house_number": "het huisnummer", "house_letter": "de huisletter",
                "addition": "de toevoeging", "postcode": "de postcode", "city": "de plaats", "floor": "de verdieping",
                "entrance": "de ingang", "vhe_code": "het VHE-nummer"}


def _row(home: Home) -> HomeRow:
    entrance = home.entrance
    return HomeRow(
        id=home.id,
        code=home.code,
        street=home.street,
        house_number=home.house_number,
        house_letter=home.house_letter,
        addition=home.addition,
        postcode=home.postcode,
        city=home.city,
        entrance=entrance.name if entrance else "",
        entrance_position=entrance.position if entrance else 9999,
        floor=home.floor,
        vhe_code=home.vhe_code or "",
        unit_type=home.unit_type,
        version=home.version,
    )


def list_home_rows(session: Session, building_id: int) -> list[HomeRow]:
    homes = session.scalars(select(Home).where(Home.building_id == building_id))
    return sorted((_row(home) for home in homes), key=HomeRow.walking_key)


def home_row(session: Session, home_id: int) -> HomeRow:
    home = session.get(Home, home_id)
    if home is None:
        raise UserError("Deze woning bestaat niet meer.")
    return _row(home)


def entrance_for(session: Session, building: Building, name: str) -> Entrance | None:
    """Find or create the entrance called ``name`` ('' means none)."""
    clean = " ".join(name.split())
    if not clean:
        return None
    # Compared in Python: SQLite's lower() only folds ASCII ("Ingang É" vs "ingang é").
    entrances = session.scalars(select(Entrance).where(Entrance.building_id == building.id)).all()
    existing = next((e for e in entrances if e.name.casefold() == clean.casefold()), None)
    if existing is not None:
        return existing
    position = max((e.position for e in entrances), default=-1) + 1
    entrance = Entrance(building=building, name=clean, position=position)
    session.add(entrance)
    session.flush()
    return entrance


def next_home_codes(session: Session, building: Building, count: int) -> list[str]:
    """New codes continue after the highest one used in the block, so codes never get reused."""
    prefix = f"{building.code}-"
    highest = 0
    for code in session.scalars(select(Home.code).where(Home.building_id == building.id)):
        tail = code[len(prefix):] if code.startswith(prefix) else ""
        if tail.isdigit():
            highest = max(highest, int(tail))
    width = max(3, len(str(highest + count)))
    return list(map(prefix.__add__, map(f"%0{width}d".__mod__, range(highest + 1, highest + count + 1))))


def _validated(field: str, value: object) -> object:
    text = "" if value is None else str(value).strip()
    if field == "street":
        if not text:
            raise UserError("De straat mag niet leeg zijn.")
        return text
    if field == "house_number":
        if not text.isdigit() or not 1 <= int(text) <= 99999:
            raise UserError(f"Huisnummer '{text}' moet een getal van 1 tot 99999 zijn.")
        return int(text)
    if field == "floor":
        try:
            return int(text)
        except ValueError:
            raise UserError(f"Verdieping '{text}' moet een getal zijn (0 is de begane grond).") from None
    try:
        if field == "postcode":
            return normalise_postcode(text)
        if field == "house_letter":
            return clean_letter(text)
        if field == "addition":
            return clean_addition(text)
    except ValueError as error:
        raise UserError(str(error)[0].upper() + str(error)[1:] + ".") from None
    if field == "vhe_code":
        return text or None
    return text


def _current(home: Home) -> dict[str, object]:
    """A home's editable values as saved, in the form ``_validated`` gives them."""
    return {field: (home.entrance.name if home.entrance else "") if field == "entrance"
            else getattr(home, field) for field in EDITABLE_FIELDS}


def update_home(session: Session, home_id: int, changes: dict[str, object], version: int | None
                ) -> dict[str, object]:
    """Apply corrections to one home, based on the ``version`` the screen showed; returns the previous
    values (for undo).

    Raises ``UserError`` (nothing changed) when a value is invalid or the address or
    VHE code would collide with another home of the block, and ``VersionConflict`` when someone saved
    the home after ``version``.
    """
    home = session.get(Home, home_id)
    if home is None:
        raise UserError("Deze woning bestaat niet meer.")
    unknown = set(changes) - set(EDITABLE_FIELDS)
    if unknown:
        raise ValueError(f"not editable: {sorted(unknown)}")
    clean = {field: _validated(field, value) for field, value in changes.items()}
    claim_version(session, Home, home_id, version, f"Woning {home.code}", FIELD_LABELS, clean,
                  current_values=_current)
    previous: dict[str, object] = {}
    # The entrance first: creating one flushes, and the other fields must not be flushed unchecked.
    for field in sorted(clean, key=lambda name: name != "entrance"):
        value = clean[field]
        if field == "entrance":
            previous[field] = home.entrance.name if home.entrance else ""
            home.entrance = entrance_for(session, home.building, str(value))
        elif field == "vhe_code":
            previous[field] = home.vhe_code or ""
            home.vhe_code = value
        else:
            previous[field] = getattr(home, field)
            setattr(home, field, value)
    with session.no_autoflush:  # check before the database's own constraint fires
        _check_unique(session, home)
    changed = {f: (previous[f], clean[f]) for f in clean if previous[f] != (clean[f] if clean[f] is not None else "")}
    if changed:
        log_activity(
            session, "home.update", f"Woning {home.code} gecorrigeerd: {', '.join(changed)}",
            home.building_id, home=home.code, changes=changed,
        )
    return previous


def _check_unique(session: Session, home: Home) -> None:
    same_address = session.scalar(
        select(Home.code).where(
            Home.building_id == home.building_id, Home.id != home.id, Home.postcode == home.postcode,
            Home.house_number == home.house_number, Home.house_letter == home.house_letter,
            Home.addition == home.addition,
        )
    )
    if same_address:
        raise UserError(f"Dit adres bestaat al in deze flat (woning {same_address}).")
    if home.vhe_code:
        same_vhe = session.scalar(
            select(Home.code).where(
                Home.building_id == home.building_id, Home.id != home.id, Home.vhe_code == home.vhe_code
            )
        )
        if same_vhe:
            raise UserError(f"VHE-nummer {home.vhe_code} hoort al bij woning {same_vhe}.")
