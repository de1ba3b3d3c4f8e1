"""Errors a service raises for the user; ``str(error)`` is a Dutch sentence that says what and why."""


class UserError(Exception):
    """Something the user asked for cannot be done; nothing was changed."""
