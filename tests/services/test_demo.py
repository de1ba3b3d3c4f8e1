import pytest
from sqlalchemy import select

from flatapp.importing.column_mapping import guess_mapping
from flatapp.importing.home_rows import check_rows
from flatapp.importing.table_reader import read_table
from flatapp.services.buildings import list_buildings
from flatapp.services.demo import DEMO_BUILDING, create_demo_database, demo_csv
from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows
from flatapp.storage.database import open_database
from flatapp.storage.models import ActivityLog


def test_shipped_demo_export_is_clean():
    table = read_table(demo_csv())
    assert (table.delimiter, table.encoding, table.header_row_number) == (";", "utf-8-sig", 2)
    mapping = guess_mapping(table.header)
    assert mapping.confident
    plan = check_rows(table, mapping)
    assert plan.ok and not plan.notices
    assert len(plan.records) == 198


def test_demo_database_holds_the_voorbeeldflat(tmp_path):
    path = tmp_path / "voorbeeld.sqlite"
    create_demo_database(path)
    database = open_database(path)
    try:
        with database.session() as session:
            (building,) = list_buildings(session)
            rows = list_home_rows(session, building.id)
            actions = [entry.action for entry in session.scalars(select(ActivityLog))]
    finally:
        database.dispose()
    assert (building.name, building.city, building.home_count) == (DEMO_BUILDING, "Sneek", 198)
    assert [r.entrance for r in rows][::66] == ["Portiek A", "Portiek B", "Portiek C"]
    assert {r.floor for r in rows} == set(range(11))                # BG + 10 floors
    assert rows[0].code.endswith("-001") and rows[-1].code.endswith("-198")
    assert actions.count("homes.import") == 1


def test_an_empty_file_may_become_the_demo(tmp_path):
    path = tmp_path / "leeg.sqlite"
    path.touch()
    create_demo_database(path)
    assert path.stat().st_size > 0


def test_existing_file_is_never_overwritten(tmp_path):
    path = tmp_path / "echt.sqlite"
    path.write_bytes(b"gegevens van de coordinator")
    with pytest.raises(UserError, match="bestaat al en is niet leeg"):
        create_demo_database(path)
    assert path.read_bytes() == b"gegevens van de coordinator"


def test_failed_import_leaves_no_half_made_file(tmp_path, monkeypatch):
    broken = tmp_path / "kapot.csv"
    broken.write_text("Straat;Huisnummer;Postcode\nEikenlaan;;8601 XA\n", encoding="utf-8")
    monkeypatch.setattr("flatapp.services.demo.demo_csv", lambda: broken)
    path = tmp_path / "voorbeeld.sqlite"
    with pytest.raises(UserError, match="beschadigd"):
        create_demo_database(path)
    assert not path.exists()
    assert not list(tmp_path.glob("voorbeeld.sqlite*"))
