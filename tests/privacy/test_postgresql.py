"""Erasure and purge on the shared-office option: a throwaway PostgreSQL server
(tests/pg_server.py; required under scripts/test.sh, skipped by a plain pytest without the server)."""

from __future__ import annotations

from datetime import date

from sqlalchemy import func, select, text

from flatapp.demo import DEMO_BUILDING, create_demo_round, demo_csv
from flatapp.privacy.compact import compact_storage
from flatapp.privacy.erase import erase_home
from flatapp.privacy.retention import purge_round
from flatapp.services.buildings import get_building
from flatapp.services.home_import import import_homes_file
from flatapp.storage.database import open_database
from flatapp.storage.interview_models import Interview
from tests.storage.test_postgresql import postgres_url  # noqa: F401 (the server fixture)


def test_erase_and_purge_on_postgresql(postgres_url):  # noqa: F811
    db = open_database(postgres_url)
    try:
        with db.session() as session, session.begin():
            import_homes_file(session, demo_csv(), DEMO_BUILDING)
            round_id = create_demo_round(session, get_building(session, DEMO_BUILDING).id)
        with db.session() as session:
            home_id = session.scalar(select(Interview.home_id).where(Interview.round_id == round_id).limit(1))
            total = session.scalar(select(func.count(Interview.id)))
        with db.session() as session, session.begin():
            result = erase_home(session, home_id)
        assert result.plan.interviews == 1
        compacted = compact_storage(db.engine)
        assert compacted.done and "VACUUM FULL" in compacted.text
        with db.session() as session, session.begin():
            assert session.scalar(select(func.count(Interview.id))) == total - 1
            purge_round(session, round_id, now=True, today=date(2027, 1, 1))
        assert compact_storage(db.engine).done
        with db.engine.connect() as connection:
            stories = connection.execute(text("SELECT count(*) FROM interview WHERE answers LIKE '%VH1%'")).scalar()
        assert stories == 0
    finally:
        db.dispose()
