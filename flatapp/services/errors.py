"""Errors a service raises for the user (kept here for the services' callers; they live in domain)."""

from flatapp.domain.errors import RowIssue, UserError

__all__ = ["RowIssue", "UserError"]
