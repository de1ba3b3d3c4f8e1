"""Errors a service raises for the user; ``str(error)`` is a Dutch sentence that says what and why."""

from dataclasses import dataclass


class UserError(Exception):
    """Something the user asked for cannot be done; nothing was changed."""


@dataclass(frozen=True)
class RowIssue:
    """One problem in one row of an imported table (responses, door visits)."""

    row: int            # as Excel shows it (1-based, the header row counted)
    column: str         # the header cell ('' for the whole row)
    message: str        # Dutch

    def __str__(self) -> str:
        where = f"rij {self.row}" + (f", kolom {self.column}" if self.column else "")
        return f"{where}: {self.message}"
