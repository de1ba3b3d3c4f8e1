"""Garbage collection paused while the window starts.

Starting FlatApp creates some hundred thousand objects (SQLAlchemy's and Qt's modules, the models)
that live as long as the process. The collector walked them again and again while they were being
imported: about 60 ms of a 500 ms start. So `flatapp` pauses it until the window is on the screen,
then freezes what exists (the start-up objects are never walked again) and resumes.
"""

from __future__ import annotations

import gc


def pause_collection() -> None:
    gc.disable()


def resume_collection() -> None:
    """Back to normal collection; the objects made so far are left out of it for good."""
    if not gc.isenabled():
        gc.freeze()
        gc.enable()
