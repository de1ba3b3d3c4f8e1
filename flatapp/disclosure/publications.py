"""Publications of a round: the frozen public figures (flatapp.storage.privacy_models.Publication).

This file is a minimal stand-in written on the privacy branch so that the erasure of a home can call
``forget_interviews`` already. The real module (built on another branch) replaces it whole when the
branches are merged; keep the real one.
"""

from __future__ import annotations

from collections.abc import Sequence

from sqlalchemy.orm import Session


def forget_interviews(session: Session, interview_ids: Sequence[int]) -> None:
    """Told before interviews are erased, so publications can drop their keyed digests of those
    interviews. Publications already made stay as they were. The stand-in has no digests to drop."""
    return None
