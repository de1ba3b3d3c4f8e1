"""A round's results as JSON-ready data and as an Excel workbook (``flatapp results``).

JSON (``results_to_dict``; stable keys, ``format_version`` 1). Every rate is a fraction 0..1 or null
when its base is 0; counts are whole numbers:

- ``format``: "flatapp-results"; ``format_version``: 1; ``confidential``: true when the confidential
  parts are included
- ``round_id``, ``round_name``, ``building_name``; ``filters``: {"entrance": …, "floor": …} when filtered
- ``response``: ``homes``, ``not_eligible``, ``eligible``, ``complete``, ``partial``, ``refusals``,
  ``non_contacts``, ``other``, ``not_attempted``, ``rr1``, ``rr2``, ``contact_rate``, ``refusal_rate``
- ``by_entrance`` / ``by_floor``: lists of {``label``, ``homes``, ``eligible``, ``interviews``, ``rr1``}
- ``evenings``: list of {``label``, ``attempts``, ``interviews``}
- ``questions``: list of {``code``, ``text``, ``answered``, ``counts``: list of {``code``, ``label``,
  ``count``, ``base``, ``share``}} for every choice question, in questionnaire order
- ``topics``: list of {``code``, ``label``, ``join``, ``organise``}
- ``network``: null, or {``respondents``, ``ties``, ``mean_named``, ``isolated_respondents``,
  ``reciprocity``, ``density``, ``components``, ``share_same_floor``, ``share_same_entrance``,
  ``share_across_entrances``, ``caveat``}
- ``cohesion``: null, or {``score``, ``respondents``, ``national``, ``national_year``,
  ``national_source``, ``range_low``, ``range_high``, ``note``}
- ``quotes``: list of texts with consent (not yet approved by the coordinator)
- ``notes``: list of Dutch sentences explaining gaps (no interviews, no cohesion block, …)

Only with ``confidential=True`` (``--confidential``), because they show individual homes or people:

- ``network_homes``: list of {``home_id``, ``code``, ``label``, ``entrance``, ``floor``, ``respondent``,
  ``named``, ``named_by``, ``isolated``}
- ``ties``: list of {``source``, ``target``, ``reciprocal``} (home ids)
- ``follow_up``: list of {``home_code``, ``address``, ``reason``, ``name``, ``contact``}
- ``open_answers``: list of {``code``, ``text``, ``answered``, ``answers``: list of {``text``,
  ``count``}} for every open (text) question that is not personal and not the story (VH1): distinct
  answers, most frequent first (answers may name people)

The workbook has a sheet per part (respons, per portiek, per verdieping, avonden, vragen, onderwerpen,
netwerk, samenhang, citaten, opmerkingen; with ``confidential`` also netwerk woningen, verbindingen,
opvolging, open antwoorden). Text cells that a spreadsheet would read as a formula get a leading apostrophe.

Comparison JSON (``comparison_to_dict``, ``flatapp results --compare-with``; ``format_version`` 1):

- ``format``: "flatapp-comparison"; ``format_version``: 1
- ``before`` / ``after``: {``round_id``, ``round_name``, ``building_name``, ``filters``}
- ``same_building``: true when both rounds are of the same block
- ``rows``: list of {``key``, ``section``, ``label``, ``before``, ``after``, ``difference``, ``unit``,
  ``better``}: ``unit`` is "percentagepunt" (``before``/``after`` fractions 0..1, ``difference`` their
  difference as a fraction), "aantal" or "score"; a missing part is null; ``better`` is 1 (higher is
  better), -1 (lower is better) or 0 (no clear direction). Keys: ``response.homes``,
  ``response.interviews``, ``response.rr1``, ``response.contact_rate``, ``response.refusal_rate``,
  ``known.at_least_one``, ``known.share.<option label, lower case>``, ``network.mean_named``,
  ``network.isolated_respondents``, ``network.isolated_share``, ``network.reciprocity``,
  ``network.share_same_floor``, ``network.share_same_entrance``, ``network.share_across_entrances``,
  ``cohesion.score``, ``cohesion.respondents``, ``topics.join.<label>``, ``topics.organise.<label>``
- ``notes``: Dutch sentences (what is missing where)

Its workbook has the sheets vergelijking (percentages × 100, differences in percentage points) and
opmerkingen. A comparison holds no confidential parts.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from flatapp.analysis.compare import PERCENT_POINT, Comparison
from flatapp.analysis.model import RoundResults
from flatapp.domain.export_cells import safe_cell  # the one neutraliser for CSV and xlsx cells

FORMAT, FORMAT_VERSION = "flatapp-results", 1
COMPARISON_FORMAT, COMPARISON_FORMAT_VERSION = "flatapp-comparison", 1
CONFIDENTIAL_KEYS = ("network_homes", "ties", "follow_up", "open_answers")


def results_to_dict(results: RoundResults, confidential: bool = False) -> dict:
    data = asdict(results)
    for question in data["questions"]:
        for count in question["counts"]:
            count["share"] = count["count"] / count["base"] if count["base"] else None
    data["open_answers"] = [{"code": o.code, "text": o.text, "answered": o.answered,
                             "answers": [{"text": text, "count": count} for text, count in o.answers]}
                            for o in results.open_answers]
    for key in CONFIDENTIAL_KEYS:
        if not confidential:
            data.pop(key)
    ordered = {"format": FORMAT, "format_version": FORMAT_VERSION, "confidential": confidential}
    ordered.update(data)
    ordered["quotes"] = list(ordered["quotes"])
    ordered["notes"] = list(ordered["notes"])
    return ordered


def _percent(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def _sheets(results: RoundResults, confidential: bool) -> list[tuple[str, list[str], list[list]]]:
    r = results.response
    sheets: list[tuple[str, list[str], list[list]]] = []
    sheets.append(("respons", ["onderdeel", "waarde"], [
        ["ronde", results.round_name], ["flat", results.building_name],
        *[[f"filter {k}", v] for k, v in results.filters.items()],
        ["woningen", r.homes], ["niet in aanmerking (leeg, geen woning)", r.not_eligible],
        ["bewoond (in aanmerking)", r.eligible], ["afgeronde gesprekken", r.complete], ["deels gesproken", r.partial],
        ["weigeringen", r.refusals], ["niet bereikt", r.non_contacts], ["anders (bijv. taal)", r.other],
        ["nog niet aangebeld", r.not_attempted], ["respons RR1 (% van bewoond)", _percent(r.rr1)],
        ["respons RR2 (% van bewoond)", _percent(r.rr2)], ["contact (% van bewoond)", _percent(r.contact_rate)],
        ["weigering (% van bewoond)", _percent(r.refusal_rate)]]))
    group_header = ["groep", "woningen", "bewoond (in aanmerking)", "afgeronde gesprekken",
                    "respons RR1 (% van bewoond)"]
    sheets.append(("per portiek", group_header,
                   [[g.label, g.homes, g.eligible, g.interviews, _percent(g.rr1)] for g in results.by_entrance]))
    sheets.append(("per verdieping", group_header,
                   [[g.label, g.homes, g.eligible, g.interviews, _percent(g.rr1)] for g in results.by_floor]))
    sheets.append(("avonden", ["avond", "bezoeken", "gesproken aan de deur"],
                   [[e.label, e.attempts, e.interviews] for e in results.evenings]))
    sheets.append(("vragen", ["vraag", "tekst", "antwoordcode", "antwoord", "aantal", "beantwoord",
                              "aandeel (% van beantwoord)"],
                   [[q.code, q.text, c.code, c.label, c.count, c.base, _percent(c.share)]
                    for q in results.questions for c in q.counts]))
    sheets.append(("onderwerpen", ["code", "onderwerp", "meedoen", "mee organiseren"],
                   [[t.code, t.label, t.join, t.organise] for t in results.topics]))
    n = results.network
    sheets.append(("netwerk", ["onderdeel", "waarde"], [] if n is None else [
        ["geïnterviewde huishoudens", n.respondents], ["verbindingen (genoemd)", n.ties],
        ["gemiddeld genoemd", None if n.mean_named is None else round(n.mean_named, 2)],
        ["geïsoleerde bewoners", n.isolated_respondents], ["wederkerig (%)", _percent(n.reciprocity)],
        ["dichtheid (%)", _percent(n.density)], ["groepjes (componenten)", n.components],
        ["zelfde portiek en verdieping (%)", _percent(n.share_same_floor)],
        ["zelfde portiek, andere verdieping (%)", _percent(n.share_same_entrance)],
        ["andere portiek (%)", _percent(n.share_across_entrances)], ["let op", n.caveat]]))
    c = results.cohesion
    sheets.append(("samenhang", ["onderdeel", "waarde"], [] if c is None else [
        ["score flat (0-10)", None if c.score is None else round(c.score, 1)], ["bewoners met score", c.respondents],
        [f"landelijk {c.national_year}", c.national], ["zeer sterk stedelijk", c.range_low],
        ["niet stedelijk", c.range_high], ["bron", c.national_source], ["toelichting", c.note]]))
    sheets.append(("citaten", ["citaat (met toestemming, nog niet goedgekeurd)"], [[q] for q in results.quotes]))
    sheets.append(("opmerkingen", ["opmerking"], [[note] for note in results.notes]))
    if confidential:
        sheets.append(("netwerk woningen", ["woningcode", "huisnummer", "portiek", "verdieping", "geïnterviewd",
                                            "noemt", "genoemd door", "geïsoleerd"],
                       [[h.code, h.label, h.entrance, h.floor, "ja" if h.respondent else "nee", h.named, h.named_by,
                         "ja" if h.isolated else "nee"] for h in results.network_homes]))
        codes = {h.home_id: h.code for h in results.network_homes}
        sheets.append(("verbindingen", ["van", "naar", "wederkerig"],
                       [[codes.get(t.source, t.source), codes.get(t.target, t.target),
                         "ja" if t.reciprocal else "nee"] for t in results.ties]))
        sheets.append(("opvolging", ["woningcode", "adres", "reden", "naam", "contact"],
                       [[f.home_code, f.address, f.reason, f.name, f.contact] for f in results.follow_up]))
        sheets.append(("open antwoorden", ["vraag", "tekst", "antwoord", "aantal"],
                       [[o.code, o.text, text, count] for o in results.open_answers for text, count in o.answers]))
    return sheets


def _write_workbook(path: Path, sheets, widths: tuple[int, ...]) -> None:
    """One sheet per (title, header, rows): a bold header, formula-safe cells, the column widths given."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    for title, header, rows in sheets:
        sheet = workbook.create_sheet(title)
        sheet.append([safe_cell(h) for h in header])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([safe_cell(value) for value in row])
        for column, width in zip("ABCDEFGH", widths):
            sheet.column_dimensions[column].width = width
    from flatapp.services.output_files import write_output  # checked and atomic, like every output

    write_output(path, "xlsx", workbook.save)


def write_xlsx(results: RoundResults, path: Path, confidential: bool = False) -> None:
    _write_workbook(path, _sheets(results, confidential), (34, 40, 14, 30, 12, 12, 12, 12))


def comparison_to_dict(comparison: Comparison) -> dict:
    data = asdict(comparison)
    rows = [{key: row[key] for key in ("key", "section", "label", "before", "after", "difference", "unit", "better")}
            for row in data["rows"]]
    return {"format": COMPARISON_FORMAT, "format_version": COMPARISON_FORMAT_VERSION,
            "before": data["before"], "after": data["after"], "same_building": comparison.same_building,
            "rows": rows, "notes": list(comparison.notes)}


def _comparison_value(value: float | None, unit: str) -> float | None:
    if value is None:
        return None
    if unit == PERCENT_POINT:
        return round(value * 100, 1)
    return round(value, 2)


def write_comparison_xlsx(comparison: Comparison, path: Path) -> None:
    before, after = comparison.before.title, comparison.after.title
    sheets = [
        ("vergelijking", ["onderdeel", "cijfer", f"voor: {before}", f"na: {after}", "verschil", "eenheid"],
         [[row.section, row.label, _comparison_value(row.before, row.unit), _comparison_value(row.after, row.unit),
           _comparison_value(row.difference, row.unit), row.unit] for row in comparison.rows]),
        ("opmerkingen", ["opmerking"], [[note] for note in comparison.notes]),
    ]
    _write_workbook(path, sheets, (16, 48, 26, 26, 12, 16))
