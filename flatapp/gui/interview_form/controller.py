"""The services the paper-form entry needs, one session and transaction per call."""

from __future__ import annotations

from flatapp.domain.questionnaire import Questionnaire
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
        self.round_id = round_id

    def load(self) -> tuple[Questionnaire, round_service.RoundRow, list[HomeRow]]:
        with self.database.session() as session:
            questionnaire = questionnaire_for_round(session, self.round_id)
            row = round_service.get_round(session, self.round_id)
            homes = home_service.list_home_rows(session, row.building_id)
        return questionnaire, row, homes

    def find_homes(self, text: str, limit: int = 10) -> list[HomeRow]:
        with self.database.session() as session:
            return interviews.find_homes(session, self.round_id, text, limit)

    def open(self, home_id: int, respondent: int = 1) -> InterviewRow | None:
        with self.database.session() as session:
            return interviews.open_interview(session, self.round_id, home_id, respondent)

    def drafts(self) -> list[InterviewRow]:
        with self.database.session() as session:
            return interviews.drafts(session, self.round_id)

    def counts(self) -> interviews.InterviewCounts:
        with self.database.session() as session:
            return interviews.interview_counts(session, self.round_id)

    def next_respondent(self, home_id: int) -> int:
        with self.database.session() as session:
            return interviews.next_respondent(session, self.round_id, home_id)

    def save_draft(self, home_id: int, answers: dict, version: int | None, respondent: int) -> InterviewRow:
        with self.database.session() as session, session.begin():
            return interviews.save_draft(session, self.round_id, home_id, answers, version, respondent)

    def complete(self, home_id: int, answers: dict, version: int | None, respondent: int,
                 evening_id: int | None = None) -> InterviewRow:
        with self.database.session() as session, session.begin():
            return interviews.complete_interview(session, self.round_id, home_id, answers, version, respondent,
                                                 evening_id=evening_id)

    def history(self, interview_id: int) -> list[interviews.ChangeRow]:
        with self.database.session() as session:
            return interviews.history(session, interview_id)

    def delete_draft(self, interview_id: int, version: int) -> None:
        with self.database.session() as session, session.begin():
            interviews.delete_draft(session, interview_id, version)

    def save_verification(self, interview_id: int, answers: dict) -> list:
        from flatapp.services import double_entry

        with self.database.session() as session, session.begin():
            return double_entry.save_verification(session, interview_id, answers)
