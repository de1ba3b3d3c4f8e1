"""Import every table module, so Base.metadata knows the whole schema (Alembic, create_all)."""

from flatapp.storage import models, questionnaire_models, round_models  # noqa: F401

__all__ = ["models", "questionnaire_models", "round_models"]
