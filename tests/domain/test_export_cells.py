"""The one formula neutraliser for every CSV and xlsx cell."""

from __future__ import annotations

from datetime import date

import pytest

from flatapp.domain.export_cells import neutralise, restore, safe_cell


@pytest.mark.parametrize("text", ["=1+1", '=HYPERLINK("http://x";"klik")', "+31 6 12345678", "-3 graden", "-1",
                                  "@SUM(A1)", "\t=1", "\r=1", "\n=1", "'=al ontsnapt", "''@x"])
def test_text_a_spreadsheet_would_run_gets_an_apostrophe_and_comes_back_exactly(text):
    written = neutralise(text)
    assert written == "'" + text
    assert restore(written) == text


@pytest.mark.parametrize("text", ["Dóumastraat", "'gewoon", "", "1e", "12", "a=b", "zon + maan"])
def test_ordinary_text_is_unchanged(text):
    assert neutralise(text) == text
    assert restore(text) == text


def test_only_text_cells_are_touched():
    assert safe_cell(-1) == -1 and safe_cell(2.5) == 2.5 and safe_cell(None) is None
    assert safe_cell(date(2026, 11, 25)) == date(2026, 11, 25)
    assert safe_cell("-1") == "'-1"      # a house number stored as text stays text, read back by restore
