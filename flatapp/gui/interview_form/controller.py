"""The services the paper-form entry needs, one session and transaction per call."""

from __future__ import annotations

from flatapp.domain.questionnaire import Questionnaire
from flatapp.gui.runner import ServiceRunner
from flatapp.services import homes as home_service
from flatapp.services import interviews
from flatapp.services import rounds as round_service
from flatapp.services.homes import HomeRow
from flatapp.services.interviews import InterviewRow
from flatapp.services.questionnaires import questionnaire_for_round
from flatapp.storage.database import Database


class InterviewEntryController:
    """The services the entry form needs, each in its own session and transaction."""

    def __init__(self, database: Database, round_id: int):
        self.database = database
        self.runner = ServiceRunner(database)
        self.round_id = round_id

    def load(self) -> tuple[Questionnaire, round_service.RoundRow, list[HomeRow]]:
        def load(session) -> tuple[Questionnaire, round_service.RoundRow, list[HomeRow]]:
            row = round_service.get_round(session, self.round_id)
            return (questionnaire_for_round(session, self.round_id), row,
                    home_service.list_home_rows(session, row.building_id))

        return self.runner.read(load)

    def find_homes(self, text: str, limit: int = 10) -> list[HomeRow]:
        return self.runner.read(interviews.find_homes, self.round_id, text, limit)

    def open(self, home_id: int, respondent: int = 1) -> InterviewRow | None:
        return self.runner.read(interviews.open_interview, self.round_id, home_id, respondent)

    def drafts(self) -> list[InterviewRow]:
        return self.runner.read(interviews.drafts, self.round_id)

    def counts(self) -> interviews.InterviewCounts:
        return self.runner.read(interviews.interview_counts, self.round_id)

    def next_respondent(self, home_id: int) -> int:
        return self.runner.read(interviews.next_respondent, self.round_id, home_id)

    def save_draft(self, home_id: int, answers: dict, version: int | None, respondent: int) -> InterviewRow:
        return self.runner.write(interviews.save_draft, self.round_id, home_id, answers, version, respondent)

    def complete(self, home_id: int, answers: dict, version: int | None, respondent: int,
                 evening_id: int | None = None) -> InterviewRow:
        return self.runner.write(interviews.complete_interview, self.round_id, home_id, answers, version, respondent,
                                 evening_id=evening_id)

    def history(self, interview_id: int) -> list[interviews.ChangeRow]:
        return self.runner.read(interviews.history, interview_id)

    def sources(self, interview_id: int) -> list:
        """The scan page each scanned answer came from ([] for a typed form or a role without the pages)."""
        from flatapp.scanning.review import answer_sources

        return self.runner.read(answer_sources, interview_id)

    def page_image(self, page_id: int) -> bytes:
        from flatapp.scanning.review import page_image

        return self.runner.read(page_image, page_id)

    def delete_draft(self, interview_id: int, version: int) -> None:
        self.runner.write(interviews.delete_draft, interview_id, version)

    def save_verification(self, interview_id: int, answers: dict) -> list:
        from flatapp.services import double_entry

        return self.runner.write(double_entry.save_verification, interview_id, answers)
