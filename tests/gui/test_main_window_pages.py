"""Every page the main window registers meets the ``Page`` protocol (and all but the planner ``RoundPage``),
so the window calls them without hasattr checks."""

from __future__ import annotations

import importlib
import inspect

import pytest

from flatapp.gui.main_window.pages import PAGES, Page, RoundPage


def protocol_members(protocol: type) -> set[str]:
    names = set()
    for klass in protocol.__mro__:
        if klass in (object,) or not getattr(klass, "_is_protocol", False):
            continue
        names |= {name for name in vars(klass) if not name.startswith("_")}
    return names


def test_the_protocols_name_what_the_window_calls():
    assert {"set_building", "reload", "save_pending", "setParent", "deleteLater"} <= protocol_members(Page)
    assert protocol_members(RoundPage) == protocol_members(Page) | {"select_round"}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_every_registered_page_class_meets_the_protocol(name):
    spec = PAGES[name]
    page_class = getattr(importlib.import_module(spec.module), spec.class_name)
    protocol = Page if name == "round" else RoundPage
    missing = [member for member in sorted(protocol_members(protocol))
               if not callable(getattr(page_class, member, None))]
    assert not missing, f"{spec.class_name} lacks {missing}"
    # The window builds a page as (database, building id, parent tab).
    assert list(inspect.signature(page_class.__init__).parameters)[1:4] == ["database", "building_id", "parent"]


def test_a_class_without_the_methods_is_caught():
    class NotAPage:
        def reload(self) -> None: ...

    assert [m for m in protocol_members(Page) if not callable(getattr(NotAPage, m, None))]
