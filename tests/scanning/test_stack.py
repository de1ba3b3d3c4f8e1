"""scan_stack: the files of a stack, the reader and the intake together, with the window's progress."""

from __future__ import annotations

from flatapp.scanning.stack import scan_stack
from tests.scanning.factory import TYPICAL, blank, form_readings


class Progress:
    """What the window's progress dialog is told."""

    def __init__(self):
        self.reports: list[tuple[int, int, str]] = []

    def report(self, done: int, total: int, text: str = "") -> None:
        self.reports.append((done, total, text))

    def check(self) -> None:
        pass


def test_progress_counts_pages_of_all_files_not_files(database, scan_round, tmp_path):
    """One copier PDF of five pages: the progress says 1 of 5 … 5 of 5, never 2 of 1."""
    pdf = tmp_path / "stapel.pdf"
    pdf.write_bytes(b"%PDF scan")
    readings = form_readings(scan_round["questionnaire"], scan_round["round"], scan_round["version"],
                             scan_round["homes"]["12"].code, TYPICAL) + [blank(4)]

    def read(files, layout_for, ticks):
        assert files == [pdf]
        for number, reading in enumerate(readings, start=1):
            ticks(number, len(readings))
            yield reading

    progress = Progress()
    with database.session() as s, s.begin():
        scan_stack(s, scan_round["round"], [pdf], read=read, progress=progress)
    assert [(done, total) for done, total, _text in progress.reports] == [(n, 5) for n in range(1, 6)]
    assert progress.reports[0][2].startswith("Pagina 1 gelezen: ")
