"""The poster designer's way to the round (``TentSource``; ``TentServices`` reads and publishes through the
runner) and to the renderers (flatapp.printing, loaded when first used). ``render_document`` is the one
render, a plain function of plain values, so it runs on a worker thread as well as for the preview."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, BinaryIO, Protocol

from flatapp.disclosure.publications import PublicationRow
from flatapp.gui.poster_designer.style import HANDOUT, POSTER, SIGN_UP
from flatapp.gui.runner import ServiceRunner
from flatapp.printing.notices import collect_notices
from flatapp.storage.database import Database
from flatapp.tent.content import TentContent

Renderer = Callable[..., int]   # (content, options, out) -> pages


class TentSource(Protocol):
    """What the designer needs of a round; each call is a short session (UserError in Dutch)."""

    def content(self) -> TentContent: ...
    def publication(self) -> PublicationRow | None: ...
    def publish(self, threshold: int) -> PublicationRow: ...
    def organisation(self) -> str: ...


def _poster(content, options, out: BinaryIO, fit=None) -> int:
    from flatapp.printing.poster import render_poster

    return render_poster(content, options, out, fit)


def _slides(content, options, out: BinaryIO) -> int:
    from flatapp.printing.poster import render_slides

    return render_slides(content, options, out)


def _handout(content, options, out: BinaryIO) -> int:
    from flatapp.printing.handout import render_handout

    return render_handout(content, options, out)


def _sign_up(content, options, out: BinaryIO) -> int:
    from flatapp.printing.signup_sheets import render_signup_sheets

    return render_signup_sheets(content, options, out)


REAL_RENDERERS: dict[str, Renderer] = {"poster": _poster, "slides": _slides, "handout": _handout,
                                       "signup": _sign_up}
DOCUMENT_RENDERER = {POSTER: "poster", HANDOUT: "handout", SIGN_UP: "signup"}


@dataclass
class Rendered:
    """What one render made: its page count, how the poster's type fitted, what it shortened (Dutch)."""

    pages: int
    poster_fit: Any = None
    notices: list[str] = field(default_factory=list)


def render_document(renderer: Renderer, document: int, content: TentContent, options, out: BinaryIO) -> Rendered:
    """Write one document as PDF into ``out``; the renderer's ValueError (Dutch) passes through."""
    with collect_notices() as notices:
        if document == POSTER:
            from flatapp.printing.poster import PosterFit

            fit = PosterFit()
            return Rendered(renderer(content, options, out, fit), fit, notices)
        pages = renderer(content, options, out)
    return Rendered(pages, None, list(notices))


class TentServices:
    """The dialog's way to the database: the round's public content, each time in a short session."""

    def __init__(self, database: Database, round_id: int):
        self.runner = ServiceRunner(database)
        self.round_id = round_id

    def content(self) -> TentContent:
        """The public content of the latest publication; NoPublication (a UserError) when there is none."""
        from flatapp.tent.service import tent_content

        return self.runner.read(tent_content, self.round_id)

    def publication(self) -> PublicationRow | None:
        from flatapp.disclosure.publications import list_publications

        rows = self.runner.read(list_publications, self.round_id)
        return rows[-1] if rows else None

    def publish(self, threshold: int) -> PublicationRow:
        """A new publication with groups smaller than ``threshold`` (5 or more) left out."""
        from flatapp.tent.service import make_publication

        return self.runner.write(make_publication, self.round_id, threshold)

    def organisation(self) -> str:
        from flatapp.services.rounds import get_round

        return self.runner.read(get_round, self.round_id).organisation or ""
