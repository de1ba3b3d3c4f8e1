"""Import every table module, so Base.metadata knows the whole schema (Alembic, create_all)."""

from flatapp.storage import interview_models, models, questionnaire_models, round_models  # noqa: F401

__all__ = ["interview_models", "models", "questionnaire_models", "round_models"]
