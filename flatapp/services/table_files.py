"""One table out to .xlsx or .csv: checked and atomic (output_files), formula-safe (export_cells).

CSV as Dutch Excel reads it: ``;``, UTF-8 with BOM, CRLF. xlsx: one sheet, text cells always stored
as text (never a formula). Used by the responses and the door-visits exports.

Every table names its tier first (``flatapp.domain.tiers``): the CSV's first line is
``# Vertrouwelijk — …`` (``Tier.csv_line``), the sheet's cell A1 holds ``Tier.line``; the header follows
on the next row. FlatApp's own readers (``table_reader.read_records``) find the header below it.
"""

from __future__ import annotations

import csv
from collections.abc import Sequence
from pathlib import Path

from flatapp.domain.export_cells import safe_cell
from flatapp.domain.tiers import Tier
from flatapp.services.errors import UserError
from flatapp.services.output_files import kind_of_suffix, write_output_path

TABLE_SUFFIXES = (".xlsx", ".csv")


def check_table_suffix(path: Path) -> None:
    if path.suffix.lower() not in TABLE_SUFFIXES:
        raise UserError(f"Kies een bestandsnaam die eindigt op .xlsx of .csv (niet '{path.name}').")


def write_table(path: Path, sheet: str, header: Sequence[str], rows: Sequence[Sequence[object]], *,
                tier: Tier) -> None:
    """Write the tier line, ``header`` and ``rows`` (plain values; text is neutralised here, once) to
    ``path``."""
    path = Path(path)
    check_table_suffix(path)
    safe_rows = [[safe_cell(value) for value in row] for row in rows]
    writer = _write_xlsx if path.suffix.lower() == ".xlsx" else _write_csv
    try:
        write_output_path(path, kind_of_suffix(path),
                          lambda temp: writer(temp, sheet, list(header), safe_rows, tier))
    except OSError as error:
        raise UserError(f"Het bestand '{path}' kan niet worden geschreven ({error.strerror or error}).") from None


def _write_csv(path: Path, _sheet: str, header: list[str], rows: list[list[object]], tier: Tier) -> None:
    with path.open("w", encoding="utf-8-sig", newline="") as stream:
        writer = csv.writer(stream, delimiter=";", lineterminator="\r\n")
        writer.writerow([tier.csv_line(";")])
        writer.writerow(header)
        writer.writerows(rows)


def _write_xlsx(path: Path, sheet_name: str, header: list[str], rows: list[list[object]], tier: Tier) -> None:
    from openpyxl import Workbook  # heavy; only for workbooks
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Font

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(sheet_name)
    line = WriteOnlyCell(sheet, value=tier.line)
    line.data_type = "s"
    line.font = Font(bold=True, color="9C0006" if tier is Tier.CONFIDENTIAL else "444444")
    sheet.append([line])
    sheet.append(header)
    for row in rows:
        cells = []
        for value in row:
            if isinstance(value, str) and value:
                cell = WriteOnlyCell(sheet, value=value)
                cell.data_type = "s"     # always text: never a formula
                cells.append(cell)
            else:
                cells.append(value if value != "" else None)
        sheet.append(cells)
    workbook.save(path)
