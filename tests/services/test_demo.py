import pytest
from sqlalchemy import select

from flatapp.demo import DEMO_BUILDING, create_demo_database, demo_csv
from flatapp.importing.column_mapping import guess_mapping
from flatapp.importing.home_rows import check_rows
from flatapp.importing.table_reader import read_table
from flatapp.services.buildings import list_buildings
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
    monkeypatch.setattr("flatapp.demo.demo_csv", lambda: broken)
    path = tmp_path / "voorbeeld.sqlite"
    with pytest.raises(UserError, match="beschadigd"):
        create_demo_database(path)
    assert not path.exists()
    assert not list(tmp_path.glob("voorbeeld.sqlite*"))


def test_demo_round_gives_real_results(tmp_path):
    from flatapp.analysis.results import compute_results
    from flatapp.demo import DEMO_ROUND
    from flatapp.services.rounds import find_round

    path = tmp_path / "voorbeeld.sqlite"
    create_demo_database(path)
    database = open_database(path)
    try:
        with database.session() as session:
            round_row = find_round(session, DEMO_ROUND)
            results = compute_results(session, round_row.id)
            again = compute_results(session, round_row.id)
    finally:
        database.dispose()
    assert round_row.asks_cbs and (round_row.evening_count, round_row.volunteer_count, round_row.team_count) == (2, 10, 5)
    response = results.response
    assert (response.homes, response.not_eligible, response.complete) == (198, 4, 96)
    assert 0.45 <= response.rr1 <= 0.52
    assert response.refusals > 0 and response.non_contacts > 0 and response.not_attempted == 0
    assert [e.attempts > 0 for e in results.evenings] == [True, True]
    network = results.network
    assert network.respondents == 96 and 1 <= network.isolated_respondents <= 15
    assert network.share_same_floor > network.share_same_entrance > network.share_across_entrances > 0
    assert 0 < network.reciprocity < 1
    assert 5.0 <= results.cohesion.score <= 7.0
    assert results.topics and results.quotes and results.follow_up
    assert any("geïsoleerd" in f.reason for f in results.follow_up)
    assert again == results                              # fixed seed, no randomness left at read time
