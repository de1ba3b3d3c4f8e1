"""Import every table module, so Base.metadata knows the whole schema (Alembic, create_all)."""

from flatapp.storage import (  # noqa: F401
    followup_models,
    interview_models,
    models,
    privacy_models,
    questionnaire_models,
    quote_models,
    round_models,
    scan_models,
    user_models,
)

__all__ = ["followup_models", "interview_models", "models", "privacy_models", "questionnaire_models", "quote_models", "round_models",
           "scan_models", "user_models"]
