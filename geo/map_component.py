"""The dashboard's interactive map as a Streamlit component that keeps its iframe.

streamlit-folium keyed its component on a hash of the map's script, so every filter change
mounted a new iframe: its React bundle, Leaflet and each plugin loaded again one after the
other, then the whole map script parsed (1.3 s of the 3.6 s a filter change took in Chromium
at 100,000 events). Here the frame (static/map_component/index.html, plain JS, no build step)
loads its scripts once and swaps the map inside it; an unchanged map is not redrawn.

The map itself is still `geo.maps.build_map` (one source for the dashboard and the HTML
export), and its payload is cached per view (`cached_payload`), so a view any reader opened
before costs no Python either: the default view most readers open, going back to it after a
filter, or a shared link.
"""

from __future__ import annotations

import re
import threading
import weakref
from collections import OrderedDict
from collections.abc import Callable, Hashable
from pathlib import Path
from typing import Any

import folium
from folium.elements import JSCSSMixin

FRONTEND = Path(__file__).resolve().parent.parent / "static" / "map_component"

#: Payloads kept (each a few MB at 100,000 events): the views last asked for, any session.
CACHE_SIZE = 12

_STYLE = re.compile(r"<style[^>]*>(.*?)</style>", re.S | re.I)

_component: Callable[..., Any] | None = None


def payload(m: folium.Map) -> dict[str, Any]:
    """What the frame needs to draw `m`: its script, inline styles and HTML, the scripts and
    stylesheets it loads (already pointed at static/ by `geo.maps.use_local_assets`), and the
    bounds it opens at (the frame keeps the reader's pan and zoom while they stay the same)."""
    root = m.get_root()
    _stable_ids(root)
    root.render()
    js: list[str] = []
    css: list[str] = []
    stack: list[Any] = [m]
    while stack:  # parents before children: Leaflet before its plugins
        el = stack.pop(0)
        if isinstance(el, JSCSSMixin):
            js += [url for _name, url in el.default_js if url not in js]
            css += [url for _name, url in el.default_css if url not in css]
        stack.extend(getattr(el, "_children", {}).values())
    fit = next((c for c in m._children.values() if isinstance(c, folium.FitBounds)), None)
    return {
        "map_id": m.get_name(),
        "script": root.script.render(),
        "html": root.html.render(),
        "styles": "\n".join(_STYLE.findall(root.header.render())),
        "js": js,
        "css": css,
        "fit": repr(fit.bounds) if fit is not None else "",
    }


def _stable_ids(root: Any) -> None:
    """Number the elements in tree order instead of folium's random ids, so that the same map
    built again (the store re-read, another session) gives the same script, which the frame
    then leaves alone instead of drawing it again."""
    stack: list[Any] = [root]
    n = 0
    while stack:
        el = stack.pop(0)
        el._id = str(n)
        n += 1
        stack.extend(getattr(el, "_children", {}).values())


class PayloadCache:
    """Map payloads per (event table, view), shared by every session of the server.

    The event table is held weakly and compared by identity: the store's table is one object
    until the store changes (`geo.review.corrected`), so a new table can never meet an old
    payload, and an old table is not kept alive by the cache.
    """

    def __init__(self, size: int = CACHE_SIZE) -> None:
        self.size = size
        self._items: OrderedDict[tuple[int, Hashable],
                                 tuple[weakref.ref[Any], dict[str, Any]]] = OrderedDict()
        self._lock = threading.Lock()
        self.hits = self.misses = 0

    def get(self, events: Any, view: Hashable,
            build: Callable[[], folium.Map]) -> dict[str, Any]:
        key = (id(events), view)
        with self._lock:
            item = self._items.get(key)
            if item is not None and item[0]() is events:
                self._items.move_to_end(key)
                self.hits += 1
                return item[1]
        made = payload(build())  # outside the lock: other sessions keep drawing
        with self._lock:
            self.misses += 1
            self._items[key] = (weakref.ref(events), made)
            self._items.move_to_end(key)
            for stale in [k for k, (ref, _p) in self._items.items() if ref() is None]:
                del self._items[stale]
            while len(self._items) > self.size:
                self._items.popitem(last=False)
        return made


CACHE = PayloadCache()


def cached_payload(events: Any, view: Hashable,
                   build: Callable[[], folium.Map]) -> dict[str, Any]:
    """`payload(build())`, or the one made before for the same `events` object and `view`
    (the map must be a function of these two)."""
    return CACHE.get(events, view, build)


def strikemap_map(map_payload: dict[str, Any], *, height: int = 560,
                  key: str | None = None) -> None:
    """Draw a `payload` in the page (no value comes back: the map changes no widget)."""
    global _component
    if _component is None:
        import streamlit.components.v1 as components

        _component = components.declare_component("strikemap_map", path=str(FRONTEND))
    _component(**map_payload, height=height, key=key, default=None)
