"""Write a checked address import into a block: new homes, updates, nothing duplicated.

A file row finds its home by the corporation's VHE code first (an address can be corrected,
the unit code stays), else by postcode + number + letter + addition. An empty cell (or a column
the file does not have) leaves the home's value alone. All or nothing by default: with any
issue nothing is written unless ``skip_invalid`` is set. Bulk statements and dict lookups keep
50,000 rows within seconds; the caller owns the transaction.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from itertools import repeat
from operator import attrgetter
from pathlib import Path
from typing import NamedTuple

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.domain.addresses import format_address
from flatapp.importing.column_mapping import guess_mapping
from flatapp.importing.home_rows import check_rows
from flatapp.importing.model import FIELD_LABELS, ColumnMapping, HomeRecord, ImportPlan, ImportResult, RowIssue
from flatapp.importing.table_reader import ImportFileError, paused_gc, read_table
from flatapp.services.activity import log_activity
from flatapp.services.buildings import find_building, get_or_create_building
from flatapp.services.errors import UserError
from flatapp.services.homes import entrance_for, next_home_codes
from flatapp.storage.base import utc_now
from flatapp.storage.models import Building, Entrance, Home

HOME = Home.__table__
_WRITTEN = ("street", "house_number", "house_letter", "addition", "postcode", "city", "vhe_code", "floor",
            "entrance_id", "unit_type")


# More homes than this in one file is no block of flats (the largest export has some 50,000 units of
# a whole corporation): asked before the database is filled.
LARGE_IMPORT_ROWS = 100_000
# An update that changes the address of more homes than this (or of more than this share of the
# block, from 3 homes on: two homes swapping addresses is a correction) is shown and asked before it is done: a wrong file or character set
# changes many addresses at once, a real correction a few.
MANY_CHANGES = 5
MANY_CHANGES_SHARE = 0.2


@dataclass(frozen=True)
class AddressChange:
    """One home whose address the import would change: before → after, as the coordinator reads it."""

    row_number: int
    code: str
    before: str
    after: str


class ImportNeedsConfirmation(UserError):
    """The import is fine but big or changes many addresses; nothing was written. Call again with
    ``accept_changes`` (``changes`` lists them) or ``accept_large`` (``rows`` homes) after asking."""

    def __init__(self, message: str, kind: str, changes: tuple[AddressChange, ...] = (), rows: int = 0,
                 homes_in_block: int = 0):
        super().__init__(message)
        self.kind = kind                    # 'changes' or 'large'
        self.changes = changes
        self.rows = rows
        self.homes_in_block = homes_in_block


class _Home(NamedTuple):
    """A home already in the block: its id and code, then the ``_WRITTEN`` values in that order."""

    id: int
    code: str
    street: str
    house_number: int
    house_letter: str
    addition: str
    postcode: str
    city: str
    vhe_code: str | None
    floor: int
    entrance_id: int | None
    unit_type: str

    def written(self) -> tuple:
        return self[2:]


def import_homes_file(
    session: Session, path: str | Path, building_name: str, sheet: str | None = None,
    skip_invalid: bool = False, mapping: ColumnMapping | None = None,
    accept_changes: bool = False, accept_large: bool = False,
) -> ImportResult:
    """Read, check and apply one export. Raises ImportFileError when the file is no usable table."""
    table = read_table(Path(path), sheet)
    mapping = mapping or guess_mapping(table.header)
    missing = mapping.missing_required()
    if missing:
        labels = ", ".join(FIELD_LABELS[name] for name in missing)
        found = ", ".join(cell for cell in table.header if cell)
        raise ImportFileError(
            f"In '{table.source}' is geen kolom gevonden voor: {labels} (kolommen in het bestand: {found})."
        )
    return apply_plan(session, building_name, check_rows(table, mapping), skip_invalid, source=table.source,
                      accept_changes=accept_changes, accept_large=accept_large)


def apply_plan(
    session: Session, building_name: str, plan: ImportPlan, skip_invalid: bool = False, source: str = "",
    accept_changes: bool = False, accept_large: bool = False,
) -> ImportResult:
    """Write ``plan`` into the block ``building_name`` (created when missing); see the module doc.

    Raises ImportNeedsConfirmation, before anything is written, for more than LARGE_IMPORT_ROWS
    homes (unless ``accept_large``) or many changed addresses (unless ``accept_changes``).
    """
    with paused_gc():
        return _apply(session, building_name, plan, skip_invalid, source, accept_changes, accept_large)


def _apply(session: Session, building_name: str, plan: ImportPlan, skip_invalid: bool, source: str,
           accept_changes: bool, accept_large: bool) -> ImportResult:
    building = find_building(session, building_name)
    homes = _load_homes(session, building) if building is not None else []
    records, collisions, targets = _resolve(plan.records, homes, skip_invalid)
    issues = sorted(plan.issues + collisions, key=lambda issue: issue.row_number)
    result = ImportResult(skipped_non_homes=plan.skipped_non_homes, skipped_totals=plan.skipped_totals,
                          copies=plan.copies, issues=issues)
    if issues and not skip_invalid:
        return result                              # all or nothing: the database is untouched
    if len(records) > LARGE_IMPORT_ROWS and not accept_large:
        raise ImportNeedsConfirmation(
            f"Dit bestand bevat {len(records):,} woningen".replace(",", ".") + f" voor de flat '{building_name}'; "
            f"een flat heeft er hoogstens enkele duizenden. Is dit wel de adreslijst van de flat? Er is niets "
            "geïmporteerd.", "large", rows=len(records))
    if building is not None and not accept_changes:
        _refuse_many_changes(building.name, records, targets, len(homes))
    if building is None:
        building = get_or_create_building(session, building_name, _most_common_city(records))
    entrances = _entrances(session, building, records)
    placed = list(map(entrances.__getitem__, map(attrgetter("entrance"), records)))   # (id, position)
    updates, new = [], []
    if any(targets):
        for record, home, (entrance_id, position) in zip(records, targets, placed):
            if home is None:
                new.append((record, entrance_id, position))
                continue
            values = _merged(record, home, entrance_id)
            if values != home.written():
                updates.append((home, values))
            else:
                result.unchanged += 1
    else:                                          # all new (a new block): no loop in Python
        new = [(record, *place) for record, place in zip(records, placed)]
    _write_updates(session, updates)
    _write_new(session, building, new)
    result.updated, result.created, result.written = len(updates), len(new), True
    _log(session, building, source, result)
    _forget_stale_objects(session)
    return result


# ---------------------------------------------------------------- matching

def _load_homes(session: Session, building: Building) -> list[_Home]:
    columns = [HOME.c[name] for name in _Home._fields]
    rows = session.execute(select(*columns).where(HOME.c.building_id == building.id)).all()
    return [_Home._make(row) for row in rows]  # plain tuples: SQLAlchemy rows are slow to read 50,000 times


def _address_key(item: HomeRecord | _Home) -> tuple:
    return item.postcode, item.house_number, item.house_letter, item.addition


def _resolve(
    records: list[HomeRecord], homes: list[_Home], skip_invalid: bool,
) -> tuple[list[HomeRecord], list[RowIssue], list[_Home | None]]:
    """Match records to homes; with ``skip_invalid`` drop colliding records until none collide."""
    all_collisions: list[RowIssue] = []
    while True:
        targets, collisions = _match(records, homes)
        all_collisions += collisions
        if not collisions or not skip_invalid:
            return records, all_collisions, targets
        # Dropping a record leaves its home where it was, which may free or block another: match again.
        rejected = {issue.row_number for issue in collisions}
        records = [record for record in records if record.row_number not in rejected]


def _match(records: list[HomeRecord], homes: list[_Home]) -> tuple[list[_Home | None], list[RowIssue]]:
    if not homes:                                  # a new block: everything is new
        return [None] * len(records), []
    by_vhe = {home.vhe_code: home for home in homes if home.vhe_code}
    by_address = {_address_key(home): home for home in homes}
    targets: list[_Home | None] = [by_vhe.get(record.vhe_code) if record.vhe_code else None for record in records]
    claimed = {home.id for home in targets if home is not None}
    for index, record in enumerate(records):
        if targets[index] is None:
            home = by_address.get(_address_key(record))
            if home is not None and home.id not in claimed:
                targets[index] = home
                claimed.add(home.id)
    # A record moved (by its VHE code) onto the address of a home that stays where it is.
    collisions = []
    for record, target in zip(records, targets):
        other = by_address.get(_address_key(record))
        if other is not None and other.id not in claimed and target is not None:
            address = format_address(record.street, record.house_number, record.house_letter, record.addition)
            other_vhe = f", VHE-nummer {other.vhe_code}" if other.vhe_code else ""
            collisions.append(RowIssue(
                record.row_number, FIELD_LABELS["house_number"],
                f"adres {address}, {record.postcode} is al van woning {other.code}{other_vhe}, maar "
                f"VHE-nummer {record.vhe_code} hoort bij woning {target.code} "
                f"({format_address(target.street, target.house_number, target.house_letter, target.addition)})",
            ))
    return targets, collisions


def address_changes(records: list[HomeRecord], targets: list[_Home | None]) -> list[AddressChange]:
    """The homes whose address (street, number, postcode, place) the import changes."""
    changes = []
    for record, home in zip(records, targets):
        if home is None:
            continue
        city = record.city or home.city
        if (record.street, record.house_number, record.house_letter, record.addition, record.postcode, city) != (
                home.street, home.house_number, home.house_letter, home.addition, home.postcode, home.city):
            changes.append(AddressChange(
                record.row_number, home.code,
                _address_line(home.street, home.house_number, home.house_letter, home.addition, home.postcode,
                              home.city),
                _address_line(record.street, record.house_number, record.house_letter, record.addition,
                              record.postcode, city)))
    return changes


def _address_line(street: str, number: int, letter: str, addition: str, postcode: str, city: str) -> str:
    line = f"{format_address(street, number, letter, addition)}, {postcode}"
    return f"{line} {city}" if city else line


def _refuse_many_changes(name: str, records: list[HomeRecord], targets: list[_Home | None], homes: int) -> None:
    changes = address_changes(records, targets)
    if len(changes) <= MANY_CHANGES and not (len(changes) >= 3 and len(changes) > MANY_CHANGES_SHARE * homes):
        return
    example = changes[0]
    raise ImportNeedsConfirmation(
        f"Deze import wijzigt het adres van {len(changes)} van de {homes} woningen in de flat '{name}' "
        f"tegelijk (bijvoorbeeld rij {example.row_number}: {example.before} → {example.after}). Zoveel "
        "wijzigingen tegelijk komen meestal door een verkeerd bestand of een verkeerde tekenset. "
        "Er is niets geïmporteerd.", "changes", changes=tuple(changes), homes_in_block=homes)


def _merged(record: HomeRecord, home: _Home, entrance_id: int | None) -> tuple:
    """The home's ``_WRITTEN`` values after the import: what the file gives, the rest kept."""
    return (
        record.street, record.house_number, record.house_letter, record.addition, record.postcode,
        record.city or home.city,
        record.vhe_code or home.vhe_code,
        home.floor if record.floor is None else record.floor,
        entrance_id if record.entrance else home.entrance_id,
        record.unit_type or home.unit_type,
    )


# ---------------------------------------------------------------- writing

def _entrances(session: Session, building: Building, records: list[HomeRecord]) -> dict[str, tuple[int | None, int]]:
    """(id, position) of every entrance by its text in the file ('' gives (None, 9999)); new ones are
    made in the order the file first names them, one per lower-case name. Plain values: ORM
    attribute access is slow 50,000 times over."""
    found: dict[str, tuple[int | None, int]] = {"": (None, 9999)}
    by_key: dict[str, tuple[int, int]] = {}
    for text in dict.fromkeys(map(attrgetter("entrance"), records)):   # distinct, as first met
        if text:
            key = text.lower()
            if key not in by_key:
                entrance = entrance_for(session, building, text)
                by_key[key] = (entrance.id, entrance.position)
            found[text] = by_key[key]
    return found


def _write_updates(session: Session, updates: list[tuple[_Home, tuple]]) -> None:
    if not updates:
        return
    moved = [(-home.id, home.id) for home, values in updates if _identity(home.written()) != _identity(values)]
    if moved:
        # Park moved homes on a free address and no VHE code first, so that two homes may swap
        # addresses or codes without tripping the unique constraints half-way.
        _executemany(session, "UPDATE home SET house_number = ?, vhe_code = NULL WHERE id = ?", moved)
    now = _stored_now(session)
    assignments = ", ".join(f"{name} = ?" for name in (*_WRITTEN, "updated_at"))
    _executemany(session, f"UPDATE home SET {assignments} WHERE id = ?",
                 [(*values, now, home.id) for home, values in updates])


_UNIQUE = tuple(_WRITTEN.index(name) for name in ("postcode", "house_number", "house_letter", "addition", "vhe_code"))


def _identity(values: tuple) -> tuple:
    """The values under a unique constraint: address and VHE code."""
    return tuple(values[index] for index in _UNIQUE)


_INSERTED = ("code", "building_id", "entrance_id", "street", "house_number", "house_letter", "addition",
             "postcode", "city", "vhe_code", "floor", "unit_type", "created_at", "updated_at")


def _write_new(session: Session, building: Building, new: list[tuple[HomeRecord, int | None, int]]) -> None:
    """Insert (record, entrance id, entrance position) as new homes."""
    if not new:
        return
    records, entrance_ids, positions = zip(*new)
    (_, streets, numbers, letters, additions, postcodes, cities, vhe_codes, floors, _,
     unit_types) = zip(*records)                   # the records' columns, transposed in C
    floors = [floor or 0 for floor in floors]
    # Codes follow the walking order: entrance (as first met), floor, number (a stable sort, as before).
    keys = list(zip(positions, floors, numbers, letters, additions))
    order = sorted(range(len(keys)), key=keys.__getitem__)
    codes = next_home_codes(session, building, len(new))
    now = _stored_now(session)
    rows = list(zip(repeat(building.id), entrance_ids, streets, numbers, letters, additions, postcodes, cities,
                    [code or None for code in vhe_codes], floors, unit_types, repeat(now), repeat(now)))
    # In walking order, each with its code in front: tuples joined in C, no Python call per home.
    rows = list(map(tuple.__add__, zip(codes), map(rows.__getitem__, order)))
    _executemany(session, f"INSERT INTO home ({', '.join(_INSERTED)}) VALUES ({', '.join('?' for _ in _INSERTED)})",
                 rows)


_MARKERS = {"qmark": "?", "format": "%s", "pyformat": "%s"}


# Page cache for a bulk write on SQLite (KiB; the default is 2 MB): 50,000 homes and their five
# indexes dirty some 12 MB, and a smaller cache spills and re-reads pages before the commit.
_BULK_CACHE_KIB = 65536
_BULK_ROWS = 5000


def _executemany(session: Session, sql: str, rows: list[tuple]) -> None:
    """One statement for many rows, straight to the driver (SQLite, psycopg).

    SQLAlchemy's per-row parameter handling took longer than SQLite's own work for 50,000
    homes (1.6 s against 0.6 s here); ``sql`` is written with '?' markers. A big write on
    SQLite gets a bigger page cache for the time of the statement (about 10 % less time).
    """
    session.flush()
    connection = session.connection()
    statement = sql.replace("?", _MARKERS[connection.dialect.paramstyle])
    if connection.dialect.name != "sqlite" or len(rows) < _BULK_ROWS:
        connection.exec_driver_sql(statement, rows)
        return
    cache_size = connection.exec_driver_sql("PRAGMA cache_size").scalar()
    connection.exec_driver_sql(f"PRAGMA cache_size = -{_BULK_CACHE_KIB}")
    try:
        connection.exec_driver_sql(statement, rows)
    finally:
        connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache_size)}")


def _stored_now(session: Session) -> object:
    """The current time as the dialect stores it (SQLite keeps a text form)."""
    dialect = session.connection().dialect
    column_type = HOME.c.updated_at.type
    process = column_type.dialect_impl(dialect).bind_processor(dialect)
    now = utc_now()
    return process(now) if process else now


def _log(session: Session, building: Building, source: str, result: ImportResult) -> None:
    summary = (f"Adreslijst '{source or 'zonder naam'}' geïmporteerd in flat '{building.name}': "
               f"{result.created} nieuw, {result.updated} bijgewerkt, {result.unchanged} ongewijzigd")
    if result.copies:
        summary += f", {result.copies} dubbele rij(en) één keer"
    if result.issues:
        summary += f", {result.rejected_rows} rij(en) afgekeurd"
    log_activity(
        session, "homes.import", summary, building.id, file=source, created=result.created,
        updated=result.updated, unchanged=result.unchanged, skipped_non_homes=result.skipped_non_homes,
        skipped_totals=result.skipped_totals, rejected_rows=len({i.row_number for i in result.issues}),
    )


def _forget_stale_objects(session: Session) -> None:
    """The bulk statements bypass the ORM: make loaded homes and their lists reload on next use."""
    for obj in list(session.identity_map.values()):
        if isinstance(obj, Home):
            session.expire(obj)
        elif isinstance(obj, (Building, Entrance)):
            session.expire(obj, ["homes"])


def _most_common_city(records: list[HomeRecord]) -> str:
    cities = Counter(map(attrgetter("city"), records))
    del cities[""]
    return cities.most_common(1)[0][0] if cities else ""
