"""The layout of a printed page, rebuilt from the database: where the reader finds every box of a scan.

``layout_for(session, page_id)`` draws the page again with the same code that printed it, into an
in-memory PDF that is thrown away, and returns the ``PageLayout`` recorded while drawing:

- a questionnaire form: the round's questionnaire in the version the page id names (with the round's
  optional sections), for the home the page id names. A form's boxes are the same for every home, so the
  layouts of one version are kept in memory (keyed by the definition itself) and a stack of 400 pages
  draws each version once;
- a door list: the evening's list of the team the page id names, the doors visited that evening kept
  (``keep_visited``), the homes without a team for "T0". A door list changes as doors are closed; the
  page id carries a check of the printed page's layout (``page_layout.layout_check``), and a list that
  no longer draws the same returns None, never a layout with boxes in other places than on the paper.

None when the page id names something that is not in the database (round, home, version, evening,
team), a page past the last one, or a door list that changed since it was printed.
"""

from __future__ import annotations

import io
import json
from dataclasses import replace

from sqlalchemy import select
from sqlalchemy.orm import Session

from flatapp.domain.questionnaire import from_dict, kept_sections, without_optional_sections
from flatapp.scanning.page_layout import PageLayout
from flatapp.scanning.readings import PageId, PageKind, parse_door_list_subject
from flatapp.services.errors import UserError
from flatapp.services.homes import HomeRow, home_row
from flatapp.storage.models import Home
from flatapp.storage.questionnaire_models import QuestionnaireVersion
from flatapp.storage.round_models import Evening, Round, Team


def layout_for(session: Session, page_id: PageId) -> PageLayout | None:
    """The layout of the printed page ``page_id`` names, or None (see the module's text)."""
    if page_id.page < 1:
        return None
    round_ = session.get(Round, page_id.round_id)
    if round_ is None:
        return None
    if page_id.kind is PageKind.FORM:
        return _form_layout(session, round_, page_id)
    if page_id.kind is PageKind.DOORS:
        return _door_list_layout(session, round_, page_id)
    return None


def _copy(layout: PageLayout, page_id: PageId) -> PageLayout:
    return replace(layout, page_id=page_id, boxes=list(layout.boxes), fields=list(layout.fields))


# --- a questionnaire form -------------------------------------------------------------------

def _form_layout(session: Session, round_: Round, page_id: PageId) -> PageLayout | None:
    version = session.get(QuestionnaireVersion, page_id.layout)
    if version is None:
        return None
    home_id = session.scalar(select(Home.id).where(Home.building_id == round_.building_id,
                                                   Home.code == page_id.subject))
    if home_id is None:
        return None
    key = (version.definition, round_.optional_sections or "")
    pages = _FORMS.get(key)
    if pages is None:
        try:
            pages = _form_pages(*key, home_row(session, home_id))
        except (ValueError, TypeError):        # a damaged definition: the page cannot be placed
            return None
        if len(_FORMS) >= _FORMS_KEPT:
            _FORMS.pop(next(iter(_FORMS)))
        _FORMS[key] = pages
    if page_id.page > len(pages):
        return None
    return _copy(pages[page_id.page - 1], page_id)


# Per (definition, optional sections): every page's layout. The boxes of a form do not depend on the
# home (the questionnaire is laid out once and placed on each home's pages), only its page id does.
_FORMS: dict[tuple[str, str], tuple[PageLayout, ...]] = {}
_FORMS_KEPT = 16


def _form_pages(definition: str, sections: str, home: HomeRow) -> tuple[PageLayout, ...]:
    from flatapp.printing.questionnaire_form import render_questionnaires

    questionnaire = without_optional_sections(from_dict(json.loads(definition)), kept_sections(sections))
    layouts: list[PageLayout] = []
    render_questionnaires(questionnaire, [home], io.BytesIO(), layouts=layouts)
    return tuple(layouts)


# --- a door list ----------------------------------------------------------------------------

def _door_list_layout(session: Session, round_: Round, page_id: PageId) -> PageLayout | None:
    parsed = parse_door_list_subject(page_id.subject)
    if parsed is None or parsed[0] is None:       # FlatApp prints door lists per evening only
        return None
    evening_id, team_id = parsed
    evening = session.get(Evening, evening_id)
    if evening is None or evening.round_id != round_.id:
        return None
    if team_id is not None:
        team = session.get(Team, team_id)
        if team is None or team.round_id != round_.id:
            return None
    from flatapp.printing.door_lists import render_door_lists
    from flatapp.printing.round_printing import door_list_paper

    try:
        lists, teamless = door_list_paper(session, round_.id, evening_id, team_id, keep_visited=True)
        if not lists:
            return None
        layouts: list[PageLayout] = []
        render_door_lists(lists, io.BytesIO(), teamless=teamless, layouts=layouts)
    except (UserError, ValueError):       # no doors (any more), not assigned: not this paper
        return None
    for layout in layouts:
        if layout.page_id == page_id:      # the same list, page and check: the same boxes
            return layout
    return None
