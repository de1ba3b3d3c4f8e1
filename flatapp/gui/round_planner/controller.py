"""The round planner's controller: one round service call in one transaction, plain rows back; no widgets."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication

from flatapp.gui.block_services import BlockServices
from flatapp.services import rounds as round_service
from flatapp.services.homes import HomeRow, list_home_rows
from flatapp.services.rounds import RoundRow

# The controller and the table models translate in the context "RoundPlanner"; the widget's
# self.tr() uses its class name, "RoundPlannerWidget" (as does ui/round_planner.ui), and so do the
# panels mixed into it, with translate("RoundPlannerWidget", …).
# Literal calls only, so that pyside6-lupdate finds every text.
CONTEXT = "RoundPlanner"


class RoundPlanner(BlockServices):
    """Runs the round services for one block; no widgets."""

    def rounds(self) -> list[RoundRow]:
        return self.read(round_service.list_rounds, self.building_id)

    def homes(self) -> list[HomeRow]:
        return self.read(list_home_rows, self.building_id)

    def questionnaire_choices(self) -> list[tuple[str, int | None]]:
        """(label, version id) per questionnaire version; the built-in one (None) when none exist yet."""
        from flatapp.services.questionnaires import BUILTIN_NAME, list_questionnaires

        choices = []
        for questionnaire in self.read(list_questionnaires):
            for version in reversed(questionnaire.versions):
                label = QCoreApplication.translate("RoundPlanner", "{name}, versie {number}")
                choices.append((label.format(name=questionnaire.name, number=version.number), version.id))
        if not choices:
            choices.append((QCoreApplication.translate("RoundPlanner", "{name} (ingebouwd)").format(
                name=BUILTIN_NAME), None))
        return choices


class _Failed:
    """What ``RoundPlannerWidget._run`` returns when the service refused (None is a valid result)."""

    def __bool__(self) -> bool:
        return False

    def __repr__(self) -> str:
        return "_FAILED"


_FAILED: Any = _Failed()
