"""The facade map: a block drawn as its front, one cell per home.

Entrances stand side by side (left to right in their position order), floors are rows with the
top floor on top, and each home is a cell labelled with its house number. The widget paints
itself (crisp at every zoom level: the geometry is computed in device pixels, not scaled) and
is navigable with the keyboard. Later steps colour the cells by status with
``set_home_colours`` and explain the colours with ``set_legend``.

The package: ``view`` the widget (homes, colours, selection, mouse and keys), with ``geometry`` (zoom and
where things are), ``painting`` and ``navigation`` (the arrow keys) mixed in; ``style`` the look.
"""

from __future__ import annotations

from flatapp.gui.facade_map.view import FacadeMap

__all__ = ["FacadeMap"]
