"""Colours shared by the interactive and the static maps, so a weapon reads the same in both."""

from __future__ import annotations

#: Marker colour per weapon (Okabe-Ito, chosen to stand apart from the warm choropleth);
#: "mixed" is a place struck by several weapons.
WEAPON_COLORS: dict[str, str] = {
    "drone": "#0072b2",
    "missile": "#cc79a7",
    "glide_bomb": "#009e73",
    "artillery": "#56b4e9",
    "unknown": "#6b6b6b",
    "mixed": "#3b1f6b",
}
