"""Plain rows that cross the layers: what a service returns and a view, an export or a check reads.

No database and no Qt: a row is a frozen dataclass; ORM objects never leave a service.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass

from flatapp.domain.addresses import HouseNumber, floor_label


@dataclass(frozen=True)
class HomeRow:
    """One home as the screens and exports see it (no ORM object escapes a service)."""

    id: int
    code: str
    street: str
    house_number: int
    house_letter: str
    addition: str
    postcode: str
    city: str
    entrance: str
    entrance_position: int
    floor: int
    vhe_code: str
    unit_type: str
    version: int = 1        # the saved version an edit is based on (flatapp.services.versioned)

    @property
    def number_label(self) -> str:
        return HouseNumber(self.house_number, self.house_letter, self.addition).label()

    @property
    def address(self) -> str:
        return f"{self.street} {self.number_label}"

    @property
    def floor_label(self) -> str:
        return floor_label(self.floor)

    def walking_key(self) -> tuple:
        """Order of the door lists: entrance, floor, number, letter, addition."""
        return (self.entrance_position, self.entrance, self.floor, self.house_number,
                self.house_letter, self.addition)

    def export_dict(self) -> dict[str, object]:
        data = asdict(self)
        data.pop("id")
        data.pop("entrance_position")
        data.pop("version")
        return data
