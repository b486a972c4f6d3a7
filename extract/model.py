"""The data contract (../shared/DESIGN.md): frozen records with character offsets.

`to_dict` gives exactly the JSON field names of the contract, so the CLI, the app, the exports
and the store all speak the same shape.
"""

from __future__ import annotations

from dataclasses import dataclass, field, fields
from typing import Any, Literal, NamedTuple

from geo.schema import FIGURES as FIGURES  # defined with the other shared names, re-exported
from geo.schema import how_text as how_text  # one cell format for the CLI's CSV and the store

Kind = Literal["settlement", "oblast", "raion", "country", "other"]
Role = Literal["strike", "other"]
Weapon = Literal["drone", "missile", "glide_bomb", "artillery", "unknown"]


def _as_dict(record: Any) -> dict[str, Any]:
    """Field name -> value. Every field is a scalar, so no deep copy: dataclasses.asdict
    copies recursively and was the slowest step of the CLI."""
    names = _FIELD_NAMES.get(type(record))
    if names is None:
        names = _FIELD_NAMES[type(record)] = tuple(f.name for f in fields(record))
    return {name: getattr(record, name) for name in names}


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


@dataclass(frozen=True, slots=True)
class Article:
    id: str
    source: str | None
    published: str | None
    title: str | None = None
    lang: str = "en"   # en, uk or ru (`extract.language.detect_language`)
    #: The report's web address (http/https), when it has one: a link in popups and tables.
    url: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)


class Mention(NamedTuple):
    """A place named in the text. A named tuple rather than a frozen dataclass like the other
    records: a report has dozens of mentions, and a tuple is built several times faster."""

    text: str
    start: int
    end: int
    name: str
    kind: Kind
    geonameid: int | None
    lat: float | None
    lon: float | None
    oblast: str | None
    oblast_iso: str | None
    in_ukraine: bool
    role: Role = "other"
    #: "hromada", "raion" or "oblast" when the point is that unit's centre, not the place's
    #: own (a village of the codifier the GeoNames extract lacks); None otherwise.
    approx: str | None = None

    def to_dict(self) -> dict[str, Any]:
        """The contract's fields; `approx` only where the point is approximate."""
        d = self._asdict()
        if d["approx"] is None:
            del d["approx"]
        return d


@dataclass(frozen=True, slots=True)
class Event:
    id: str
    date: str | None
    place: str
    place_kind: Kind
    lat: float | None
    lon: float | None
    oblast: str | None
    oblast_iso: str | None
    geo_precision: int
    weapon: Weapon
    drones: int | None = None
    drones_downed: int | None = None
    missiles: int | None = None
    missiles_downed: int | None = None
    killed: int | None = None
    injured: int | None = None
    sentence: str = ""
    start: int = 0
    end: int = 0
    #: figure -> how it was obtained: "stated" in the event's sentence, "carried" from the
    #: strike of the sentences before, "remainder" of a total after its located parts, or
    #: "updated" later in the report (a higher or rising toll, or one told at a later time of
    #: day, lower or higher), or "summed" over a weapon list's lines. Only figures that are
    #: not None.
    how: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return _as_dict(self)


@dataclass(frozen=True, slots=True)
class Extraction:
    """Everything extracted from one article."""

    article: Article
    mentions: tuple[Mention, ...] = field(default_factory=tuple)
    events: tuple[Event, ...] = field(default_factory=tuple)

    def to_dict(self) -> dict[str, Any]:
        return {"article": self.article.to_dict(),
                "mentions": [m.to_dict() for m in self.mentions],
                "events": [e.to_dict() for e in self.events]}
