"""The results screen: big numbers, charts, the network on the facade, filters, empty rounds."""

from __future__ import annotations

from dataclasses import replace

import pytest
from sqlalchemy import select

from flatapp.gui import results_page
from flatapp.gui.results_page import ResultsPage
from flatapp.services.homes import list_home_rows
from flatapp.services.rounds import create_round
from tests.charts import sample_results as sample

CONFIDENTIAL = "Vertrouwelijk — alleen voor de opbouwwerker; niet voor publicatie"


@pytest.fixture
def block(database, make_building):
    """A block of 12 homes with one round; returns (building id, round id, home ids)."""
    building_id = make_building()
    with database.session() as session, session.begin():
        round_id = create_round(session, building_id, "Najaar 2026").id
    with database.session() as session:
        home_ids = [h.id for h in list_home_rows(session, building_id)]
    return building_id, round_id, home_ids


@pytest.fixture
def fake_compute(monkeypatch):
    """Replace the analysis with hand-made results; records every call's filters."""
    calls = []
    holder = {"results": None}

    def compute(session, round_id, entrance=None, floor=None):
        calls.append((round_id, entrance, floor))
        return replace(holder["results"], round_id=round_id)

    monkeypatch.setattr(results_page.controller, "compute_results", compute)
    return holder, calls


def make_page(qtbot, database, building_id) -> ResultsPage:
    page = ResultsPage(database, building_id)
    qtbot.addWidget(page)
    page.resize(1366, 768)
    page.show()
    qtbot.waitExposed(page)
    return page


def test_big_numbers_and_charts(qtbot, database, block, fake_compute):
    building_id, round_id, home_ids = block
    holder, calls = fake_compute
    holder["results"] = sample.round_results(home_ids=home_ids)
    page = make_page(qtbot, database, building_id)
    texts = page.big_number_texts()
    assert "96 van de 198 huishoudens gesproken" in texts
    assert "48,5% respons (RR1), van de 198 bewoonde woningen" in texts     # every rate names its base
    assert "64,6% contact gehad, van de 198 bewoonde woningen" in texts    # (96 + 30 + 2) / 198
    assert "15,2% weigering, van de 198 bewoonde woningen" in texts
    assert any(t.startswith("6,1 samenhang") and "Nederland 6,4" in t for t in texts)
    assert len(page.chart_canvases) == 5   # response, KN1, topics, cohesion, HP1
    charts = "\n".join(page.chart_texts())
    assert "Hoeveel buren kent men bij naam?" in charts and "Onderwerpen: meedoen of mee organiseren" in charts
    assert not page.ui.messageLabel.isVisible()
    assert calls == [(round_id, None, None)]


def test_network_tab_paints_ties_and_is_marked_confidential(qtbot, database, block, fake_compute):
    building_id, _, home_ids = block
    holder, _ = fake_compute
    holder["results"] = sample.round_results(home_ids=home_ids)
    page = make_page(qtbot, database, building_id)
    page.ui.tabs.setCurrentWidget(page.ui.networkTab)
    assert page.ui.networkBanner.isVisible()
    assert page.ui.networkBanner.text() == CONFIDENTIAL
    page.network_map.grab()
    assert page.network_map.tie_count() == 2           # the mutual pair once, and 2 → 3
    assert page.network_map.painted_ties == 2
    colours = {h: page.network_map.home_colour(h).name() for h in home_ids[:6]}
    assert colours[home_ids[0]] == results_page.RESPONDENT.name()
    assert colours[home_ids[3]] == results_page.NAMED_ONLY.name()    # named, not spoken
    assert colours[home_ids[4]] == results_page.ISOLATED.name()
    assert colours[home_ids[5]] == "#ffffff"                           # not spoken, not named
    summary = page.ui.networkSummaryLabel.text()
    assert "Wederzijds" in summary and "100,0%" in summary
    assert page.ui.networkCaveatLabel.text() == sample.CAVEAT
    assert "Geïsoleerd" in page.network_map.tooltip_text(home_ids[4])


def test_follow_up_tab_is_confidential(qtbot, database, block, fake_compute):
    building_id, _, home_ids = block
    holder, _ = fake_compute
    holder["results"] = sample.round_results(home_ids=home_ids)
    page = make_page(qtbot, database, building_id)
    page.ui.tabs.setCurrentWidget(page.ui.followUpTab)
    assert page.ui.followUpBanner.isVisible() and page.ui.followUpBanner.text() == CONFIDENTIAL
    table = page.ui.followUpTable
    assert table.rowCount() == 1
    assert [table.item(0, c).text() for c in range(5)] == [
        "geïsoleerd", "Teststraat 5", "H004", "Mevrouw Jansen", "06-12345678"]

    holder["results"] = replace(sample.round_results(home_ids=home_ids), follow_up=())
    page.refresh()
    assert not table.isVisible()
    assert "Niemand om op te volgen" in page.ui.followUpEmptyLabel.text()


def test_filters_recompute(qtbot, database, make_building, fake_compute):
    building_id = make_building(homes=[("A", 0, 1), ("A", 1, 2), ("B", 0, 3), ("B", 1, 4), ("B", 1, 5), ("C", 2, 6)])
    with database.session() as session, session.begin():
        round_id = create_round(session, building_id, "Voorjaar").id
    with database.session() as session:
        home_ids = [h.id for h in list_home_rows(session, building_id)]
    holder, calls = fake_compute
    holder["results"] = sample.round_results(home_ids=home_ids)
    page = make_page(qtbot, database, building_id)
    combo = page.ui.entranceCombo
    assert [combo.itemText(i) for i in range(combo.count())] == ["Alle portieken", "A", "B", "C"]
    assert [page.ui.floorCombo.itemText(i) for i in range(page.ui.floorCombo.count())] == [
        "Alle verdiepingen", "BG", "1e", "2e"]
    combo.setCurrentIndex(combo.findData("B"))
    assert calls[-1] == (round_id, "B", None)
    page.ui.floorCombo.setCurrentIndex(page.ui.floorCombo.findData(1))
    assert calls[-1] == (round_id, "B", 1)
    page.reload()                                  # keeps the filters
    assert calls[-1] == (round_id, "B", 1)
    page.set_filters()
    assert calls[-1] == (round_id, None, None)


def test_round_without_interviews_says_so_without_empty_charts(qtbot, database, block, fake_compute):
    building_id, _, home_ids = block
    holder, _ = fake_compute
    nothing = sample.response(complete=0, refusals=0, non_contacts=0, other=0)
    holder["results"] = replace(
        sample.round_results(home_ids=home_ids), response=nothing, questions=(), topics=(), network=None,
        network_homes=(), ties=(), cohesion=None, follow_up=(), notes=("Nog geen gesprekken ingevoerd.",))
    page = make_page(qtbot, database, building_id)
    assert page.ui.messageLabel.isVisible()
    assert page.ui.messageLabel.text() == "Nog geen gesprekken ingevoerd."
    assert len(page.chart_canvases) == 1            # only how the doors went: nothing else to chart
    assert "0 van de 198 huishoudens gesproken" in page.big_number_texts()
    assert "– respons (RR1)" not in page.big_number_texts()   # 0 of 198 is a rate: 0,0%
    assert "– samenhang: niet gevraagd in deze ronde" in page.big_number_texts()
    assert "geen netwerk" in page.ui.networkSummaryLabel.text()
    page.network_map.grab()
    assert page.network_map.painted_ties == 0


def test_all_refused_and_no_cohesion_block(qtbot, database, block, fake_compute):
    building_id, _, home_ids = block
    holder, _ = fake_compute
    refused = sample.response(complete=0, refusals=198, non_contacts=0, other=0)
    empty_question = replace(sample.known_question(counts=(0, 0, 0, 0)), answered=0)
    holder["results"] = replace(sample.round_results(home_ids=home_ids), response=refused,
                                questions=(empty_question,), topics=(), cohesion=None)
    page = make_page(qtbot, database, building_id)
    assert "0,0% respons (RR1), van de 198 bewoonde woningen" in page.big_number_texts()
    assert "100,0% weigering, van de 198 bewoonde woningen" in page.big_number_texts()
    assert "Nog geen gesprekken" in page.ui.messageLabel.text()
    assert len(page.chart_canvases) == 1
    assert "Geweigerd" in "\n".join(page.chart_texts())


def test_empty_chart_shows_its_sentence(qtbot, database, block, fake_compute):
    building_id, _, home_ids = block
    holder, _ = fake_compute
    holder["results"] = replace(sample.round_results(home_ids=home_ids), topics=(),
                                cohesion=replace(sample.cohesion(), score=None, respondents=0))
    page = make_page(qtbot, database, building_id)
    messages = [label.text() for label in page.chart_messages]
    assert any("Nog niemand heeft een onderwerp gekozen" in m for m in messages)
    assert any("samenhangscore" in m for m in messages)
    assert any("nog te weinig antwoorden" in t for t in page.big_number_texts())


def test_block_without_round(qtbot, database, make_building, fake_compute):
    building_id = make_building()
    _, calls = fake_compute
    page = make_page(qtbot, database, building_id)
    assert "nog geen ronde" in page.ui.messageLabel.text()
    assert not page.ui.tabs.isEnabled()
    assert calls == []


def test_user_error_is_shown(qtbot, database, block, monkeypatch):
    from flatapp.services.errors import UserError

    def fail(session, round_id, entrance=None, floor=None):
        raise UserError("Deze ronde bestaat niet meer.")

    monkeypatch.setattr(results_page.controller, "compute_results", fail)
    page = make_page(qtbot, database, block[0])
    assert page.ui.messageLabel.text() == "Deze ronde bestaat niet meer."
    assert page.results is None


def test_select_round_and_set_building(qtbot, database, block, make_building, fake_compute):
    building_id, round_id, home_ids = block
    with database.session() as session, session.begin():
        second = create_round(session, building_id, "Voorjaar 2027").id
    holder, calls = fake_compute
    holder["results"] = sample.round_results(home_ids=home_ids)
    page = make_page(qtbot, database, building_id)
    page.select_round(second)
    assert page.round_id() == second and calls[-1][0] == second
    page.select_round(round_id)
    assert calls[-1][0] == round_id
    other = make_building("Andere flat")
    page.set_building(other)
    assert page.ui.roundCombo.count() == 0 and "nog geen ronde" in page.ui.messageLabel.text()


# --- on the demo database (the real analysis) ---------------------------------------------------

@pytest.fixture
def demo(tmp_path):
    from flatapp import demo as demo_module
    from flatapp.storage.database import open_database

    if not hasattr(demo_module, "DEMO_ROUND"):
        pytest.skip("the demo database has no demo round yet")
    path = tmp_path / "demo.sqlite"
    demo_module.create_demo_database(path)
    database = open_database(path, backup_dir=tmp_path / "backups")
    yield database
    database.dispose()


def test_demo_round(qtbot, demo):
    from flatapp.storage.models import Building

    with demo.session() as session:
        building_id = session.scalars(select(Building.id)).one()
    page = make_page(qtbot, demo, building_id)
    assert page.ui.roundCombo.currentText() == "Najaar 2026"
    results = page.results
    assert results is not None and results.response.homes == 198
    texts = page.big_number_texts()
    eligible = results.response.eligible
    assert any(t.startswith(f"96 van de {eligible} huishoudens gesproken") for t in texts)
    # RR1 = complete interviews / eligible homes; the demo has vacant homes, so it is 96 / eligible.
    assert f"{results_page.dutch_percent(96 / eligible)} respons (RR1), van de {eligible} bewoonde woningen" in texts
    assert len(page.chart_canvases) >= 5
    page.ui.tabs.setCurrentWidget(page.ui.networkTab)
    assert page.ui.networkBanner.isVisible()
    page.network_map.grab()
    assert page.network_map.painted_ties > 50
    # filtering by an entrance recomputes for that entrance only
    entrance = page.ui.entranceCombo.itemData(1)
    page.ui.entranceCombo.setCurrentIndex(1)
    assert page.results.filters.get("entrance") == entrance
    assert page.results.response.homes < 198


# --- response per entrance / floor / evening, and the comparison tab ------------------------------

def test_overview_has_response_tables_per_entrance_floor_and_evening(qtbot, database, block, fake_compute):
    building_id, _, home_ids = block
    holder, _ = fake_compute
    holder["results"] = sample.round_results(home_ids=home_ids)
    page = make_page(qtbot, database, building_id)
    tables = page.group_table_texts()
    assert tables["entranceTable"] == [["A", "198", "96", "48,5%"]]        # occupied, interviews, RR1
    assert tables["floorTable"] == [["BG", "20", "10", "50,0%"]]
    assert tables["eveningTable"] == [["dinsdag 03-11-2026", "120", "60"]]
    assert all(table.isVisible() for table in page.group_tables)
    # A round without evenings: no empty table.
    holder["results"] = replace(sample.round_results(home_ids=home_ids), evenings=())
    page.refresh()
    assert set(page.group_table_texts()) == {"entranceTable", "floorTable"}


@pytest.fixture
def compare_block(database, block, make_building):
    """The block's 'Najaar 2026', a 'Voorjaar 2027' of the same block and a round of another block."""
    building_id, round_id, home_ids = block
    with database.session() as session, session.begin():
        spring = create_round(session, building_id, "Voorjaar 2027").id
    other_building = make_building("Andere flat", postcode="9999 ZZ")
    with database.session() as session, session.begin():
        other_round = create_round(session, other_building, "Najaar 2026").id
    return building_id, round_id, spring, other_round, home_ids


def test_comparison_tab_shows_before_after_and_coloured_differences(qtbot, database, compare_block, monkeypatch):
    building_id, autumn, spring, other_round, home_ids = compare_block
    by_round = {
        autumn: sample.round_results(round_id=autumn, home_ids=home_ids),
        spring: sample.round_results(
            round_id=spring, round_name="Voorjaar 2027", home_ids=home_ids,
            response=sample.response(complete=110, refusals=20, non_contacts=50, other=2),
            cohesion=None),
        other_round: sample.round_results(round_id=other_round, building_name="Andere flat", home_ids=home_ids,
                                          response=sample.response(homes=40, complete=10, refusals=10,
                                                                   non_contacts=10, other=0)),
    }
    calls = []

    def compute(session, round_id, entrance=None, floor=None):
        calls.append((round_id, entrance, floor))
        return by_round[round_id]

    monkeypatch.setattr(results_page.controller, "compute_results", compute)
    page = make_page(qtbot, database, building_id)
    page.select_round(spring)
    combo = page.ui.compareCombo
    items = [combo.itemText(i) for i in range(combo.count())]
    assert items == ["Kies een ronde …", "Testflat · Najaar 2026", "Andere flat · Najaar 2026"]
    assert combo.currentData() == autumn
    page.ui.tabs.setCurrentWidget(page.ui.compareTab)
    rows = {row[1]: row for row in page.comparison_texts()}
    assert rows["Respons (RR1)"][2:] == ["48,5%", "55,6%", "+7,1 %-punt"]
    assert rows["Weigering"][2:] == ["15,2%", "10,1%", "−5,1 %-punt"]
    assert rows["Samenhang (0–10, benadering CBS)"][2:] == ["6,1", "—", "—"]
    model = page.comparison_model
    assert model.headerData(2, results_page.Qt.Orientation.Horizontal) == "Testflat · Najaar 2026"
    assert model.headerData(3, results_page.Qt.Orientation.Horizontal) == "Testflat · Voorjaar 2027"
    row_of = {model.row_data(r).key: r for r in range(model.rowCount())}
    colour = results_page.Qt.ItemDataRole.ForegroundRole
    assert model.data(model.index(row_of["response.rr1"], 4), colour) == results_page.BETTER_TEXT
    assert model.data(model.index(row_of["response.refusal_rate"], 4), colour) == results_page.BETTER_TEXT
    assert model.data(model.index(row_of["response.interviews"], 4), colour) is None     # no clear direction
    assert model.data(model.index(row_of["cohesion.score"], 4), colour) is None          # missing
    assert "samenhang" in page.ui.compareNotesLabel.text()
    # Another block: compared as whole blocks; worse figures are red.
    page.set_filters(floor=1)
    combo.setCurrentIndex(combo.findData(other_round))
    assert calls[-2:] == [(other_round, None, None), (spring, None, None)]
    model = page.comparison_model
    row_of = {model.row_data(r).key: r for r in range(model.rowCount())}
    assert model.data(model.index(row_of["response.rr1"], 4), colour) == results_page.BETTER_TEXT
    assert model.data(model.index(row_of["response.refusal_rate"], 4), colour) == results_page.BETTER_TEXT
    page.compare_with(autumn)
    assert calls[-2:] == [(autumn, None, 1), (spring, None, 1)]    # same block: with the page's filters
    page.select_round(autumn)
    row_of = {model.row_data(r).key: r for r in range(model.rowCount())}
    assert page.ui.compareCombo.currentData() == spring
    assert model.data(model.index(row_of["response.rr1"], 4), colour) == results_page.WORSE_TEXT
    assert "verschillende flats" not in page.ui.compareNotesLabel.text()


def test_comparison_without_another_round(qtbot, database, block, fake_compute):
    building_id, _, home_ids = block
    holder, calls = fake_compute
    holder["results"] = sample.round_results(home_ids=home_ids)
    page = make_page(qtbot, database, building_id)
    page.ui.tabs.setCurrentWidget(page.ui.compareTab)
    assert not page.ui.compareCombo.isEnabled()
    assert page.comparison_model.rowCount() == 0
    assert "geen andere ronde" in page.ui.compareNotesLabel.text()
    assert len(calls) == 1


# --- open answers (confidential) ------------------------------------------------------------------

def test_open_answers_tab_shows_the_demo_rounds_wo1_answers(qtbot, demo):
    from flatapp.storage.models import Building

    with demo.session() as session:
        building_id = session.scalars(select(Building.id)).one()
    page = make_page(qtbot, demo, building_id)
    page.ui.tabs.setCurrentWidget(page.ui.openAnswersTab)
    tab_titles = [page.ui.tabs.tabText(i) for i in range(page.ui.tabs.count())]
    assert tab_titles.index("Open &antwoorden (vertrouwelijk)") == tab_titles.index("Op&volging (vertrouwelijk)") + 1
    assert page.ui.openAnswersBanner.isVisible() and page.ui.openAnswersBanner.text() == CONFIDENTIAL
    assert "background: #b3261e" in page.ui.openAnswersBanner.styleSheet()
    wo1 = next(o for o in page.results.open_answers if o.code == "WO1")
    assert wo1.answered > 10 and len(wo1.answers) > 1
    texts = page.open_answer_texts()
    assert texts["WO1"] == [[text, str(count)] for text, count in wo1.answers]
    counts = [count for _text, count in wo1.answers]
    assert counts == sorted(counts, reverse=True)
    assert not {"CT2", "CT3", "VH1"} & {o.code for o in page.results.open_answers}
    headings = [label.text() for label in page.ui.openAnswersContent.findChildren(results_page.QLabel)]
    assert any("Wat vindt u goed aan wonen in deze flat?" in h and f"{wo1.answered} bewoners antwoordden" in h
               for h in headings)
    assert not page.ui.openAnswersEmptyLabel.isVisible()


def test_open_answers_tab_without_answers_says_so(qtbot, database, block, fake_compute):
    from flatapp.analysis.model import OpenAnswers

    building_id, _, home_ids = block
    holder, _ = fake_compute
    holder["results"] = replace(sample.round_results(home_ids=home_ids), open_answers=(
        OpenAnswers("WO1", "Wat vindt u goed aan wonen in deze flat?", ()),))
    page = make_page(qtbot, database, building_id)
    page.ui.tabs.setCurrentWidget(page.ui.openAnswersTab)
    assert page.ui.openAnswersEmptyLabel.isVisible()
    assert "Nog geen open antwoorden" in page.ui.openAnswersEmptyLabel.text()
    assert page.open_answer_tables == []
    labels = [label.text() for label in page.ui.openAnswersContent.findChildren(results_page.QLabel)]
    assert "Niemand gaf op deze vraag een antwoord." in labels

    holder["results"] = replace(holder["results"], open_answers=(
        OpenAnswers("HP3", "Anders, namelijk:", (("Boodschappen", 2), ("Koken", 1))),))
    page.refresh()
    assert not page.ui.openAnswersEmptyLabel.isVisible()
    assert page.open_answer_texts() == {"HP3": [["Boodschappen", "2"], ["Koken", "1"]]}
    model = page.open_answer_tables[0].model()
    assert [model.headerData(c, results_page.Qt.Orientation.Horizontal) for c in range(2)] == ["Antwoord", "Aantal"]


def test_results_are_computed_on_a_worker_thread_while_the_window_answers(qtbot, database, block, monkeypatch):
    """A big block's results take up to a second: the page computes them off the GUI thread."""
    import threading
    import time

    from tests.gui.event_loop import Ticks

    building_id, round_id, home_ids = block
    threads = []

    def slow(session, round_id, entrance=None, floor=None):
        threads.append(threading.current_thread())
        time.sleep(1.0)
        return sample.round_results(round_id=round_id, home_ids=home_ids)

    monkeypatch.setattr(results_page.controller, "compute_results", slow)
    with Ticks() as ticks:
        page = make_page(qtbot, database, building_id)
    ticks.assert_kept_running(1.0)
    assert threads and threads[0] is not threading.main_thread()
    assert ticks.progress and ticks.progress[0] == "Uitkomsten berekenen…"
    assert "96 van de 198 huishoudens gesproken" in page.big_number_texts()


def test_a_choice_made_while_computing_wins_over_the_one_before(qtbot, database, make_building, monkeypatch):
    """Choosing entrance B while the whole block is still being computed: B's results stay on screen."""
    import time

    from PySide6.QtCore import QTimer

    building_id = make_building(homes=[("A", 0, 1), ("A", 0, 2), ("A", 1, 3), ("B", 0, 4), ("B", 1, 5), ("B", 1, 6)])
    with database.session() as session, session.begin():
        create_round(session, building_id, "Voorjaar")
    with database.session() as session:
        home_ids = [h.id for h in list_home_rows(session, building_id)]

    def compute(session, round_id, entrance=None, floor=None):
        if entrance is None:
            time.sleep(0.6)
        return sample.round_results(round_id=round_id, home_ids=home_ids, round_name=f"Ronde {entrance or 'alles'}")

    monkeypatch.setattr(results_page.controller, "compute_results", compute)
    page = make_page(qtbot, database, building_id)
    combo = page.ui.entranceCombo
    QTimer.singleShot(200, lambda: combo.setCurrentIndex(combo.findData("B")))
    page.refresh()                    # the whole block again, slowly; B is chosen meanwhile
    assert page.results.round_name == "Ronde B"


def test_the_overview_scrolls_as_one_page_also_under_the_mouse_wheel_over_a_chart(qtbot, demo):
    """No table with a scroll bar of its own inside the scrolling overview; the wheel over a chart or a
    table scrolls the page (it used to stop dead over a chart)."""
    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtWidgets import QApplication, QTableWidget

    from flatapp.storage.models import Building

    with demo.session() as session:
        building_id = session.scalars(select(Building.id)).one()
    page = make_page(qtbot, demo, building_id)
    tables = page.ui.overviewContent.findChildren(QTableWidget)
    assert tables and all(table.verticalScrollBar().maximum() == 0 for table in tables)   # every row shown
    bar = page.ui.overviewScroll.verticalScrollBar()
    assert bar.maximum() > 0

    def wheel_over(widget) -> int:
        bar.setValue(0)
        centre = QPointF(widget.width() / 2, widget.height() / 2)
        event = QWheelEvent(centre, QPointF(widget.mapToGlobal(centre.toPoint())), QPoint(0, 0), QPoint(0, -120),
                            Qt.MouseButton.NoButton, Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase,
                            False)
        QApplication.sendEvent(widget, event)
        return bar.value()

    chart = page.chart_canvases[0]
    assert wheel_over(chart.ensure_canvas()) > 0
