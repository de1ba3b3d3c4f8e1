"""The three tiers of what leaves FlatApp, named on every output (first line, sheet or page header).

* **Openbaar** — anyone may see it: figures after disclosure control, from a publication.
* **Intern** — the welfare team, the area team, the corporation: aggregate counts and percentages,
  no group under 10 respondents, no stories, no open answers, no home codes.
* **Vertrouwelijk** — the coordinator only: the network, the follow-up list, open answers, stories,
  names, door lists and filled-in forms. Every confidential output is logged.
"""

from __future__ import annotations

from enum import Enum

# The smallest group of respondents an internal figure may describe.
INTERNAL_MIN_GROUP = 10


class Tier(str, Enum):
    PUBLIC = "openbaar"
    INTERNAL = "intern"
    CONFIDENTIAL = "vertrouwelijk"

    @property
    def label(self) -> str:
        return self.value.capitalize()

    @property
    def audience(self) -> str:
        return _AUDIENCE[self]

    @property
    def line(self) -> str:
        """The first line of a file or the header of a page, e.g. 'Vertrouwelijk — alleen voor …'."""
        return f"{self.label} — {self.audience}"

    def csv_line(self, delimiter: str = ";") -> str:
        """The first line of a CSV file: '# Vertrouwelijk — …', one cell (the delimiter does not occur
        in it, so it needs no quotes). FlatApp's readers look for the header below it."""
        other = "," if delimiter == ";" else ";"
        return "# " + self.line.replace(delimiter, other)


_AUDIENCE = {
    Tier.PUBLIC: "mag door iedereen worden gezien",
    Tier.INTERNAL: "alleen voor het welzijnsteam, het gebiedsteam en de corporatie; niet verder verspreiden",
    Tier.CONFIDENTIAL: "alleen voor de coördinator; bevat persoonsgegevens, niet doorsturen of laten liggen",
}
