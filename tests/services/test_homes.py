import pytest

from flatapp.services.errors import UserError
from flatapp.services.homes import list_home_rows, update_home


def test_rows_come_in_walking_order(database, make_building):
    building_id = make_building(homes=[("B", 0, 5), ("A", 2, 21), ("A", 0, 2), ("A", 0, 1, "", "2")])
    with database.session() as session:
        rows = list_home_rows(session, building_id)
    # Entrances keep the order in which they first appeared (B was created first here).
    assert [(r.entrance, r.floor, r.number_label) for r in rows] == [
        ("B", 0, "5"), ("A", 0, "1-2"), ("A", 0, "2"), ("A", 2, "21"),
    ]


def test_update_returns_previous_values_and_normalises(database, make_building):
    building_id = make_building()
    with database.session() as session, session.begin():
        home = list_home_rows(session, building_id)[0]
        previous = update_home(session, home.id, {"postcode": "8601xa", "floor": "4", "entrance": "C"}, home.version)
    assert previous == {"postcode": "1234 AB", "floor": 0, "entrance": "A"}
    with database.session() as session:
        changed = [r for r in list_home_rows(session, building_id) if r.id == home.id][0]
    assert (changed.postcode, changed.floor, changed.entrance) == ("8601 XA", 4, "C")


def test_update_refuses_duplicate_address_and_changes_nothing(database, make_building):
    building_id = make_building()
    with database.session() as session:
        first, second = list_home_rows(session, building_id)[:2]
    with pytest.raises(UserError, match="bestaat al"):
        with database.session() as session, session.begin():
            update_home(session, second.id, {"house_number": str(first.house_number)}, second.version)
    with database.session() as session:
        again = [r for r in list_home_rows(session, building_id) if r.id == second.id][0]
    assert again.house_number == second.house_number


@pytest.mark.parametrize("field,value,message", [
    ("postcode", "12345", "1234 AB"),
    ("house_number", "12a", "getal"),
    ("street", "  ", "leeg"),
    ("floor", "hoog", "getal"),
])
def test_update_rejects_bad_values(database, make_building, field, value, message):
    building_id = make_building()
    with database.session() as session, session.begin():
        home = list_home_rows(session, building_id)[0]
        with pytest.raises(UserError, match=message):
            update_home(session, home.id, {field: value}, home.version)


def test_entrance_names_match_regardless_of_case_also_for_accents(database, make_building):
    from flatapp.services.homes import entrance_for
    from flatapp.storage.models import Building

    building_id = make_building(homes=[("Ingang É", 0, 1)])
    with database.session() as session, session.begin():
        building = session.get(Building, building_id)
        assert entrance_for(session, building, "ingang é").name == "Ingang É"
        assert entrance_for(session, building, "  ") is None
        assert entrance_for(session, building, "Ingang F").position == 1


def test_two_connections_one_home_the_stale_save_is_refused_with_both_values(database, make_building):
    """Two people open the same home; the second save, based on the same version, is refused and names
    the fields, the other's values and the user's, with who saved it."""
    from flatapp.services.versioned import VersionConflict
    from flatapp.storage.database import open_database

    building_id = make_building()
    with database.session() as session:
        home = list_home_rows(session, building_id)[0]
    other = open_database(database.url)               # a second connection (another computer)
    try:
        mine, theirs = database.session(), other.session()
        with mine, theirs:
            mine.begin()
            theirs.begin()
            update_home(theirs, home.id, {"street": "Andere Straat", "floor": "3"}, home.version)
            theirs.commit()
            with pytest.raises(VersionConflict) as refused:
                update_home(mine, home.id, {"street": "Mijn Straat", "floor": "3"}, home.version)
            mine.rollback()
    finally:
        other.dispose()
    conflict = refused.value
    assert (conflict.kind, conflict.record_id, conflict.current_version) == ("home", home.id, home.version + 1)
    assert [(d.field, d.theirs, d.yours) for d in conflict.differences] == [("street", "Andere Straat", "Mijn Straat")]
    assert "de straat is nu 'Andere Straat', u wilde 'Mijn Straat'" in str(conflict)
    assert conflict.data.changed_at is not None and conflict.data.changed_by
    with database.session() as session:
        saved = next(row for row in list_home_rows(session, building_id) if row.id == home.id)
    assert (saved.street, saved.floor, saved.version) == ("Andere Straat", 3, home.version + 1)
    with database.session() as session, session.begin():          # on top of the new version it saves
        update_home(session, home.id, {"street": "Mijn Straat"}, saved.version)
    with database.session() as session:
        assert {row.street for row in list_home_rows(session, building_id) if row.id == home.id} == {"Mijn Straat"}


def test_an_update_without_a_version_is_refused(database, make_building):
    building_id = make_building()
    with database.session() as session, session.begin():
        home = list_home_rows(session, building_id)[0]
        with pytest.raises(UserError, match="versie waarop de wijziging is gebaseerd ontbreekt"):
            update_home(session, home.id, {"street": "X"}, None)
