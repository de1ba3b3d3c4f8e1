"""The privacy log: only privacy-relevant lines, newest first, Dutch dates, filters, exported and logged."""

from __future__ import annotations

import csv
from datetime import date, datetime, timedelta

from sqlalchemy import select

from flatapp.domain.tiers import Tier
from flatapp.privacy.log import export_privacy_log, kind_of, privacy_log
from flatapp.services.activity import log_activity
from flatapp.storage.models import ActivityLog


def _add(session, action, summary, tier=None, target="", at=None):
    entry = log_activity(session, action, summary, None, tier=tier, target=target)
    session.flush()
    if at is not None:
        entry.at = at
    return entry


def test_only_privacy_lines_newest_first(database):
    now = datetime(2026, 12, 4, 12, 0)
    with database.session() as session, session.begin():
        _add(session, "round.create", "Ronde gemaakt", at=now)                                   # not privacy
        _add(session, "privacy.consent", "Toestemming ingetrokken", Tier.CONFIDENTIAL, at=now - timedelta(days=3))
        _add(session, "results.export", "Resultaten", Tier.INTERNAL, "uit.xlsx", at=now - timedelta(days=1))
        _add(session, "privacy.erase", "Gewist", at=now)                                         # no tier, privacy.*
        _add(session, "print.doors", "Deurlijsten", Tier.CONFIDENTIAL, "printer", at=now - timedelta(days=2))
    with database.session() as session:
        rows = privacy_log(session)
        assert [r.action for r in rows] == ["privacy.erase", "results.export", "print.doors", "privacy.consent"]
        assert rows[1].cells()[0].startswith("03-12-2026") and rows[1].tier_label == "Intern"
        assert rows[1].kind_label == "Export" and rows[1].target == "uit.xlsx"
        assert [r.action for r in privacy_log(session, kind="consent")] == ["privacy.consent"]
        assert [r.action for r in privacy_log(session, kind="print")] == ["print.doors"]
        window = privacy_log(session, since=date(2026, 12, 1), until=date(2026, 12, 2))
        assert [r.action for r in window] == ["print.doors", "privacy.consent"]
    assert kind_of("privacy.purge") == "purge" and kind_of("iets.anders") == "other"


def test_export_writes_dutch_csv_and_logs_itself(database, tmp_path):
    with database.session() as session, session.begin():
        _add(session, "privacy.consent", "=HYPERLINK(\"x\") toestemming", Tier.CONFIDENTIAL)
    target = tmp_path / "logboek.csv"
    with database.session() as session, session.begin():
        count = export_privacy_log(session, privacy_log(session), target)
        entry = session.scalars(select(ActivityLog).where(ActivityLog.action == "privacy.log")).one()
    assert count == 1 and entry.target == str(target) and entry.tier == "vertrouwelijk"
    with target.open(encoding="utf-8-sig", newline="") as stream:
        rows = list(csv.reader(stream, delimiter=";"))
    assert rows[0][0].startswith("# Vertrouwelijk")
    assert rows[1][:3] == ["Datum en tijd", "Gebruiker", "Soort"]
    assert rows[2][-1].startswith("'=HYPERLINK")          # never a live formula in Excel


def test_lines_from_before_tiers_still_count(database):
    with database.session() as session, session.begin():
        _add(session, "tent", "Poster van ronde 'Najaar' opgeslagen als poster.pdf")        # no tier recorded
        _add(session, "homes.import", "Adreslijst ingelezen")                               # not privacy
    with database.session() as session:
        assert [r.kind for r in privacy_log(session)] == ["publication"]


def test_exports_and_prints_are_logged_confidential_with_their_file(demo, household, tmp_path):
    from flatapp.printing.round_printing import print_questionnaires
    from flatapp.services.outcomes_io import export_outcomes
    from flatapp.services.responses_io import export_responses

    with demo.session() as session, session.begin():
        export_responses(session, household.round_id, tmp_path / "antwoorden.csv")
        export_outcomes(session, household.round_id, tmp_path / "bezoeken.csv")
        print_questionnaires(session, household.round_id, tmp_path / "formulieren.pdf")
    with demo.session() as session:
        rows = {r.action: r for r in privacy_log(session)}
    for action, name in (("responses.export", "antwoorden.csv"), ("outcomes.export", "bezoeken.csv"),
                         ("print.forms", "formulieren.pdf")):
        assert rows[action].tier == "vertrouwelijk" and rows[action].target == str(tmp_path / name), action
