"""Persistence: SQLAlchemy models, the engine factory and the database life cycle."""
