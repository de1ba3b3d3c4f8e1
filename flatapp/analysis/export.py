"""A round's results as JSON-ready data and as an Excel workbook (``flatapp results``), in two tiers.

Every output names its tier (``flatapp.domain.tiers``): the JSON starts with ``tier`` ("intern" or
"vertrouwelijk") and ``tier_line`` (the sentence printed on paper); every sheet of a workbook has that
sentence in cell A1 (the column headers are on row 2).

**Intern** (the default; ``results_to_dict(results)`` or of an ``InternalResults``): the internal view of
``flatapp.disclosure.internal``: aggregate counts and percentages, unrounded, and no figure about fewer
than 10 respondents, no count below 5 (or within 5 of its group); no stories, open answers, home codes,
network per home, ties or follow-up.
JSON (``format_version`` 2):

- ``tier``: "intern"; ``tier_line``; ``format``: "flatapp-results"; ``format_version``: 2;
  ``confidential``: false; ``min_group``: 10
- ``round_id``, ``round_name``, ``building_name``; ``filters``: {"entrance": …, "floor": …} when filtered
- ``shown``: false when the selection is too small (or its rest could be recomputed): then ``response``,
  ``network`` and ``cohesion`` are null, the lists are empty and ``notes`` says "te weinig gesprekken"
- ``response``: as below (door counts and rates of the selection)
- ``by_entrance`` / ``by_floor``: lists of {``label``, ``homes``, ``eligible``, ``interviews``, ``rr1``};
  ``interviews`` and ``rr1`` are null where hidden
- ``evenings``: list of {``label``, ``attempts``, ``interviews``} (``interviews`` null where hidden)
- ``questions``: list of {``code``, ``text``, ``answered``, ``counts``: list of {``code``, ``label``,
  ``count``, ``base``, ``share``}}; a question with fewer than 10 answers has every figure null; a count
  below 5 or within 5 of ``answered`` has ``count`` and ``share`` null (with secondary suppression for a
  single-choice question)
- ``topics``: list of {``code``, ``label``, ``join``, ``organise``} (null where the base is below 10 or
  the count below 5 or within 5 of the base)
- ``network``: null, or the summary as below (``isolated_respondents`` null when below 5 or within 5 of
  ``respondents``); ``cohesion``: null, or as below with ``score`` and
  ``respondents`` null when fewer than 10 have a score
- ``notes``: Dutch sentences (what is hidden and why, gaps)

**Vertrouwelijk** (``confidential=True``, ``--confidential``; the coordinator only): everything.
JSON (``format_version`` 2): ``tier``: "vertrouwelijk", ``tier_line``, ``format``, ``format_version``,
``confidential``: true, then

- ``round_id``, ``round_name``, ``building_name``, ``filters``
- ``response``: ``homes``, ``not_eligible``, ``eligible``, ``complete``, ``partial``, ``refusals``,
  ``non_contacts``, ``other``, ``not_attempted``, ``rr1``, ``rr2``, ``contact_rate``, ``refusal_rate``
- ``by_entrance`` / ``by_floor``: lists of {``label``, ``homes``, ``eligible``, ``interviews``, ``rr1``,
  ``partial``}
- ``evenings``: list of {``label``, ``attempts``, ``interviews``}
- ``questions``: list of {``code``, ``text``, ``answered``, ``counts``: list of {``code``, ``label``,
  ``count``, ``base``, ``share``}} for every choice question, in questionnaire order
- ``topics``: list of {``code``, ``label``, ``join``, ``organise``}
- ``network``: null, or {``respondents``, ``ties``, ``mean_named``, ``isolated_respondents``,
  ``reciprocity``, ``density``, ``components``, ``share_same_floor``, ``share_same_entrance``,
  ``share_across_entrances``, ``caveat``}
- ``cohesion``: null, or {``score``, ``respondents``, ``national``, ``national_year``,
  ``national_source``, ``range_low``, ``range_high``, ``note``}
- ``quotes``: every story with consent to show it, as typed (not the approved text; rejected ones too)
- ``notes``: list of Dutch sentences explaining gaps (no interviews, no cohesion block, …)
- ``network_homes``: list of {``home_id``, ``code``, ``label``, ``entrance``, ``floor``, ``respondent``,
  ``named``, ``named_by``, ``isolated``}
- ``ties``: list of {``source``, ``target``, ``reciprocal``} (home ids)
- ``follow_up``: list of {``home_code``, ``address``, ``reason``, ``name``, ``contact``}
- ``open_answers``: list of {``code``, ``text``, ``answered``, ``answers``: list of {``text``,
  ``count``}} for every open (text) question that is not personal and not the story (VH1)

The workbook has a sheet per part (respons, per portiek, per verdieping, avonden, vragen, onderwerpen,
netwerk, samenhang, opmerkingen; confidential also citaten, netwerk woningen, verbindingen, opvolging,
open antwoorden). Text cells that a spreadsheet would read as a formula get a leading apostrophe.

Comparison JSON (``comparison_to_dict``, ``flatapp results --compare-with``; ``format_version`` 2):

- ``tier``, ``tier_line`` (intern: every value of a part that is hidden in either round's internal view
  is null, ``flatapp.disclosure.internal.internal_comparison``; vertrouwelijk: every value)
- ``format``: "flatapp-comparison"; ``format_version``: 2
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
opmerkingen, each with the tier line in A1.
"""

from __future__ import annotations

from dataclasses import asdict
from pathlib import Path

from flatapp.analysis.compare import PERCENT_POINT, Comparison
from flatapp.analysis.model import RoundResults
from flatapp.disclosure.internal import SMALL_COUNT, TOO_FEW, TOO_FEW_ANSWERS, InternalResults, internal_results
from flatapp.domain.export_cells import safe_cell  # the one neutraliser for CSV and xlsx cells
from flatapp.domain.tiers import Tier

FORMAT, FORMAT_VERSION = "flatapp-results", 2
COMPARISON_FORMAT, COMPARISON_FORMAT_VERSION = "flatapp-comparison", 2
CONFIDENTIAL_KEYS = ("network_homes", "ties", "follow_up", "open_answers")


def _internal(results: RoundResults | InternalResults) -> InternalResults:
    return results if isinstance(results, InternalResults) else internal_results(results)


def _tier_of(results: RoundResults | InternalResults, confidential: bool) -> Tier:
    if confidential and isinstance(results, InternalResults):
        raise ValueError("An internal view has no confidential parts; pass the RoundResults.")
    return Tier.CONFIDENTIAL if confidential else Tier.INTERNAL


def _head(tier: Tier, format_name: str, version: int) -> dict:
    return {"tier": tier.value, "tier_line": tier.line, "format": format_name, "format_version": version}


# --- JSON ---------------------------------------------------------------------------------------------

def results_to_dict(results: RoundResults | InternalResults, confidential: bool = False) -> dict:
    """The JSON of the results: the internal tier unless ``confidential`` (and then ``results`` must be
    the full RoundResults). A RoundResults with filters needs ``internal_view`` for the internal tier."""
    tier = _tier_of(results, confidential)
    if tier is Tier.INTERNAL:
        return _internal_dict(_internal(results))
    data = asdict(results)
    for question in data["questions"]:
        for count in question["counts"]:
            count["share"] = count["count"] / count["base"] if count["base"] else None
    data["open_answers"] = [{"code": o.code, "text": o.text, "answered": o.answered,
                             "answers": [{"text": text, "count": count} for text, count in o.answers]}
                            for o in results.open_answers]
    ordered = _head(tier, FORMAT, FORMAT_VERSION)
    ordered["confidential"] = True
    ordered.update(data)
    ordered["quotes"] = list(ordered["quotes"])
    ordered["notes"] = list(ordered["notes"])
    return ordered


def _internal_dict(view: InternalResults) -> dict:
    data = _head(Tier.INTERNAL, FORMAT, FORMAT_VERSION)
    data.update({
        "confidential": False, "min_group": view.min_group, "round_id": view.round_id,
        "round_name": view.round_name, "building_name": view.building_name, "filters": dict(view.filters),
        "shown": view.shown, "response": None if view.response is None else asdict(view.response),
        "by_entrance": [asdict(g) for g in view.by_entrance], "by_floor": [asdict(g) for g in view.by_floor],
        "evenings": [asdict(e) for e in view.evenings], "questions": [asdict(q) for q in view.questions],
        "topics": [asdict(t) for t in view.topics],
        "network": None if view.network is None else asdict(view.network),
        "cohesion": None if view.cohesion is None else asdict(view.cohesion),
        "notes": list(view.notes),
    })
    return data


def internal_view(session, round_id: int, entrance: str | None = None, floor: int | None = None) -> InternalResults:
    """The internal tier of a round (of one entrance and/or floor), with the breakdowns the selection is
    a cell of, so that the rest of the block cannot be recomputed from two exports."""
    from flatapp.analysis.results import compute_results
    from flatapp.disclosure.internal import Partition, group_cells

    results = compute_results(session, round_id, entrance=entrance, floor=floor)
    if not results.filters:
        return internal_results(results)
    chosen_entrance, chosen_floor = results.filters.get("entrance"), results.filters.get("floor")
    block = compute_results(session, round_id)
    partitions = []
    if chosen_entrance:
        partitions.append(Partition("de portieken van de flat", group_cells(block.by_entrance), chosen_entrance))
    if chosen_floor:
        partitions.append(Partition("de verdiepingen van de flat", group_cells(block.by_floor), chosen_floor))
    if chosen_entrance and chosen_floor:
        of_entrance = compute_results(session, round_id, entrance=entrance)
        of_floor = compute_results(session, round_id, floor=floor)
        partitions.append(Partition(f"de verdiepingen van {chosen_entrance}", group_cells(of_entrance.by_floor),
                                    chosen_floor))
        partitions.append(Partition(f"de portieken op verdieping {chosen_floor}",
                                    group_cells(of_floor.by_entrance), chosen_entrance))
    return internal_results(results, partitions)


# --- workbook -----------------------------------------------------------------------------------------

def _percent(value: float | None) -> float | None:
    return None if value is None else round(value * 100, 1)


def _or(value: object, hidden: str = TOO_FEW) -> object:
    """A figure, or the Dutch words for a hidden one."""
    return hidden if value is None else value


def _response_rows(r) -> list[list]:
    return [
        ["woningen", r.homes], ["niet in aanmerking (leeg, geen woning)", r.not_eligible],
        ["bewoond (in aanmerking)", r.eligible], ["afgeronde gesprekken", r.complete], ["deels gesproken", r.partial],
        ["weigeringen", r.refusals], ["niet bereikt", r.non_contacts], ["anders (bijv. taal)", r.other],
        ["nog niet aangebeld", r.not_attempted], ["respons RR1 (% van bewoond)", _percent(r.rr1)],
        ["respons RR2 (% van bewoond)", _percent(r.rr2)], ["contact (% van bewoond)", _percent(r.contact_rate)],
        ["weigering (% van bewoond)", _percent(r.refusal_rate)]]


def _network_rows(n) -> list[list]:
    return [] if n is None else [
        ["geïnterviewde huishoudens", n.respondents], ["verbindingen (genoemd)", n.ties],
        ["gemiddeld genoemd", None if n.mean_named is None else round(n.mean_named, 2)],
        ["geïsoleerde bewoners", _or(n.isolated_respondents, SMALL_COUNT)], ["wederkerig (%)", _percent(n.reciprocity)],
        ["dichtheid (%)", _percent(n.density)], ["groepjes (componenten)", n.components],
        ["zelfde portiek en verdieping (%)", _percent(n.share_same_floor)],
        ["zelfde portiek, andere verdieping (%)", _percent(n.share_same_entrance)],
        ["andere portiek (%)", _percent(n.share_across_entrances)], ["let op", n.caveat]]


def _cohesion_rows(c, hidden: bool = False) -> list[list]:
    if c is None:
        return []
    score = TOO_FEW if hidden else (None if c.score is None else round(c.score, 1))
    return [["score flat (0-10)", score], ["bewoners met score", TOO_FEW if hidden else c.respondents],
            [f"landelijk {c.national_year}", c.national], ["zeer sterk stedelijk", c.range_low],
            ["niet stedelijk", c.range_high], ["bron", c.national_source], ["toelichting", c.note]]


GROUP_HEADER = ["groep", "woningen", "bewoond (in aanmerking)", "afgeronde gesprekken", "respons RR1 (% van bewoond)"]
QUESTION_HEADER = ["vraag", "tekst", "antwoordcode", "antwoord", "aantal", "beantwoord", "aandeel (% van beantwoord)"]


def _meta_rows(results: RoundResults | InternalResults) -> list[list]:
    return [["ronde", results.round_name], ["flat", results.building_name],
            *[[f"filter {k}", v] for k, v in results.filters.items()]]


def _sheets(results: RoundResults) -> list[tuple[str, list[str], list[list]]]:
    """The confidential workbook: every part."""
    sheets: list[tuple[str, list[str], list[list]]] = []
    sheets.append(("respons", ["onderdeel", "waarde"], _meta_rows(results) + _response_rows(results.response)))
    sheets.append(("per portiek", GROUP_HEADER,
                   [[g.label, g.homes, g.eligible, g.interviews, _percent(g.rr1)] for g in results.by_entrance]))
    sheets.append(("per verdieping", GROUP_HEADER,
                   [[g.label, g.homes, g.eligible, g.interviews, _percent(g.rr1)] for g in results.by_floor]))
    sheets.append(("avonden", ["avond", "bezoeken", "gesproken aan de deur"],
                   [[e.label, e.attempts, e.interviews] for e in results.evenings]))
    sheets.append(("vragen", QUESTION_HEADER,
                   [[q.code, q.text, c.code, c.label, c.count, c.base, _percent(c.share)]
                    for q in results.questions for c in q.counts]))
    sheets.append(("onderwerpen", ["code", "onderwerp", "meedoen", "mee organiseren"],
                   [[t.code, t.label, t.join, t.organise] for t in results.topics]))
    sheets.append(("netwerk", ["onderdeel", "waarde"], _network_rows(results.network)))
    sheets.append(("samenhang", ["onderdeel", "waarde"], _cohesion_rows(results.cohesion)))
    sheets.append(("citaten", ["verhaal (met toestemming, zoals ingevoerd; ook afgewezen of bewerkte)"],
                   [[q] for q in results.quotes]))
    sheets.append(("opmerkingen", ["opmerking"], [[note] for note in results.notes]))
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


def _internal_sheets(view: InternalResults) -> list[tuple[str, list[str], list[list]]]:
    """The internal workbook: hidden figures read 'te weinig gesprekken' / 'te weinig antwoorden'."""
    notes = ("opmerkingen", ["opmerking"], [[note] for note in view.notes])
    if not view.shown:
        return [("respons", ["onderdeel", "waarde"], _meta_rows(view) + [["gesprekken", TOO_FEW]]), notes]

    def group_rows(groups) -> list[list]:
        return [[g.label, g.homes, g.eligible, _or(g.interviews), _or(_percent(g.rr1)) if g.shown else TOO_FEW]
                for g in groups]

    return [
        ("respons", ["onderdeel", "waarde"], _meta_rows(view) + _response_rows(view.response)),
        ("per portiek", GROUP_HEADER, group_rows(view.by_entrance)),
        ("per verdieping", GROUP_HEADER, group_rows(view.by_floor)),
        ("avonden", ["avond", "bezoeken", "gesproken aan de deur"],
         [[e.label, e.attempts, _or(e.interviews)] for e in view.evenings]),
        ("vragen", QUESTION_HEADER,
         [[q.code, q.text, c.code, c.label, _or(c.count, SMALL_COUNT if q.shown else TOO_FEW_ANSWERS),
           _or(q.answered, TOO_FEW_ANSWERS), _or(_percent(c.share), SMALL_COUNT if q.shown else TOO_FEW_ANSWERS)]
          for q in view.questions for c in q.counts]),
        ("onderwerpen", ["code", "onderwerp", "meedoen", "mee organiseren"],
         [[t.code, t.label, _or(t.join, SMALL_COUNT), _or(t.organise, SMALL_COUNT)] for t in view.topics]),
        ("netwerk", ["onderdeel", "waarde"], _network_rows(view.network)),
        ("samenhang", ["onderdeel", "waarde"],
         _cohesion_rows(view.cohesion, hidden=view.cohesion is not None and view.cohesion.respondents is None)),
        notes,
    ]


def _write_workbook(path: Path, sheets, widths: tuple[int, ...], tier: Tier) -> None:
    """One sheet per (title, header, rows): the tier line in A1, a bold header on row 2, formula-safe
    cells, the column widths given."""
    from openpyxl import Workbook
    from openpyxl.styles import Font

    workbook = Workbook()
    workbook.remove(workbook.active)
    colour = "9C0006" if tier is Tier.CONFIDENTIAL else "444444"
    for title, header, rows in sheets:
        sheet = workbook.create_sheet(title)
        sheet.append([safe_cell(tier.line)])
        sheet["A1"].font = Font(bold=True, color=colour)
        sheet.append([safe_cell(h) for h in header])
        for cell in sheet[2]:
            cell.font = Font(bold=True)
        for row in rows:
            sheet.append([safe_cell(value) for value in row])
        for column, width in zip("ABCDEFGH", widths):
            sheet.column_dimensions[column].width = width
        sheet.freeze_panes = "A3"
    from flatapp.services.output_files import write_output  # checked and atomic, like every output

    write_output(path, "xlsx", workbook.save)


def write_xlsx(results: RoundResults | InternalResults, path: Path, confidential: bool = False) -> None:
    """The workbook: the internal tier unless ``confidential`` (see ``results_to_dict``)."""
    tier = _tier_of(results, confidential)
    sheets = _sheets(results) if tier is Tier.CONFIDENTIAL else _internal_sheets(_internal(results))
    _write_workbook(path, sheets, (34, 40, 14, 30, 12, 12, 12, 12), tier)


# --- comparison ---------------------------------------------------------------------------------------

def comparison_to_dict(comparison: Comparison, tier: Tier) -> dict:
    """``comparison`` as JSON; for ``Tier.INTERNAL`` pass the comparison of ``internal_comparison``."""
    data = asdict(comparison)
    rows = [{key: row[key] for key in ("key", "section", "label", "before", "after", "difference", "unit", "better")}
            for row in data["rows"]]
    head = _head(tier, COMPARISON_FORMAT, COMPARISON_FORMAT_VERSION)
    head.update({"before": data["before"], "after": data["after"], "same_building": comparison.same_building,
                 "rows": rows, "notes": list(comparison.notes)})
    return head


def _comparison_value(value: float | None, unit: str) -> float | None:
    if value is None:
        return None
    if unit == PERCENT_POINT:
        return round(value * 100, 1)
    return round(value, 2)


def write_comparison_xlsx(comparison: Comparison, path: Path, tier: Tier) -> None:
    before, after = comparison.before.title, comparison.after.title
    sheets = [
        ("vergelijking", ["onderdeel", "cijfer", f"voor: {before}", f"na: {after}", "verschil", "eenheid"],
         [[row.section, row.label, _comparison_value(row.before, row.unit), _comparison_value(row.after, row.unit),
           _comparison_value(row.difference, row.unit), row.unit] for row in comparison.rows]),
        ("opmerkingen", ["opmerking"], [[note] for note in comparison.notes]),
    ]
    _write_workbook(path, sheets, (16, 48, 26, 26, 12, 16), tier)
