"""What the runner does with a save refused as stale (``VersionConflict``): it asks the conflict handler
(the dialog in ``conflict_dialog.py``, installed by the app) and then

- **keeps mine**: saves the user's values again on top of the version saved meanwhile;
- **merges**: saves again with, per differing field, the value the user chose;
- **takes the other's**: saves nothing and raises ``ConflictReloaded``, a ``UserError`` whose screen reads
  the record again (the other's version is what the user then sees);
- **cancel**: the original conflict is raised as before (its Dutch line is shown; nothing is saved).

Saving again calls the same service with the same arguments, the version replaced by the newer one and
the chosen values put where the service takes them: a parameter of that name, its ``**fields``, or a dict
argument that holds that key (``update_home(session, home_id, changes, version)``). Every such service
names its version parameter ``version``. Without a handler (tests, the command line) nothing changes:
the conflict is raised.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from PySide6.QtCore import QCoreApplication

from flatapp.services.errors import UserError
from flatapp.services.versioned import VersionConflict

MINE, THEIRS, MERGE = "mine", "theirs", "merge"
MAX_ROUNDS = 5          # a record changing under the user again and again: give up with the conflict


@dataclass(frozen=True)
class Resolution:
    """The user's answer: ``choice`` is MINE, THEIRS or MERGE; ``values`` per differing field to save."""

    choice: str
    values: dict[str, object] = field(default_factory=dict)


class ConflictReloaded(UserError):
    """The user took the other's version; nothing was saved and the screen reads the record again."""

    def __init__(self, message: str, conflict: VersionConflict) -> None:
        super().__init__(message)
        self.conflict = conflict


Handler = Callable[[VersionConflict], "Resolution | None"]
_handler: Handler | None = None


def set_conflict_handler(handler: Handler | None) -> Handler | None:
    """Install the handler (the app installs the dialog); returns the one it replaces."""
    global _handler
    previous, _handler = _handler, handler
    return previous


def conflict_handler() -> Handler | None:
    return _handler


def resolving_conflicts(write_once: Callable[..., Any], function: Callable[..., Any], args: tuple,
                        kwargs: dict) -> Any:
    """``write_once(function, *args, **kwargs)``, asking the handler and saving again on a conflict."""
    for _ in range(MAX_ROUNDS):
        try:
            return write_once(function, *args, **kwargs)
        except VersionConflict as conflict:
            if (_handler is None or conflict.data is None or conflict.data.current is None
                    or getattr(conflict, "caller_resolves", False)):
                raise
            rebased = _rebased(function, args, kwargs, conflict, {})
            if rebased is None:         # the service cannot be called again with a newer version
                raise
            resolution = _handler(conflict)
            if resolution is None:
                raise
            if resolution.choice == THEIRS:
                raise ConflictReloaded(QCoreApplication.translate(
                    "ConflictDialog", "Niet opgeslagen: u ziet nu de versie die {who} intussen opsloeg.").format(
                    who=conflict.data.changed_by or QCoreApplication.translate("ConflictDialog", "iemand anders")),
                    conflict) from None
            values = {d.field: d.yours for d in conflict.differences}
            if resolution.choice == MERGE:
                values.update(resolution.values)
            rebased = _rebased(function, args, kwargs, conflict, values)
            if rebased is None:
                raise
            args, kwargs = rebased
    return write_once(function, *args, **kwargs)


def _rebased(function: Callable[..., Any], args: tuple, kwargs: dict, conflict: VersionConflict,
             values: dict[str, object]) -> tuple[tuple, dict] | None:
    """The same call based on the version saved meanwhile, with ``values`` put in; None when that cannot
    be done (the service takes no ``version``, or a value other than the user's own has no place in its
    arguments)."""
    try:
        signature = inspect.signature(function)
        bound = signature.bind(None, *args, **kwargs)
    except (TypeError, ValueError):
        return None
    if "version" not in signature.parameters:
        return None
    arguments = bound.arguments
    arguments["version"] = conflict.current_version
    keywords = next((name for name, parameter in signature.parameters.items()
                     if parameter.kind is inspect.Parameter.VAR_KEYWORD), None)
    for name, value in values.items():
        parameter = signature.parameters.get(name)
        if parameter is not None and parameter.kind not in (inspect.Parameter.VAR_POSITIONAL,
                                                            inspect.Parameter.VAR_KEYWORD):
            arguments[name] = value
        elif keywords is not None and name in arguments.get(keywords, {}):
            arguments[keywords] = {**arguments[keywords], name: value}
        else:
            holder = next((key for key, given in arguments.items() if isinstance(given, dict) and name in given
                           and key != keywords), None)
            if holder is None:
                if value == conflict.yours.get(name):     # the call gives the user's own value already
                    continue
                return None
            arguments[holder] = {**arguments[holder], name: value}
    return bound.args[1:], bound.kwargs
