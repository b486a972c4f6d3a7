"""Write the golden INPUT files of tests/data/ (run from the repository root).

Three hand-written extraction documents in the data contract's shape (../shared/DESIGN.md),
then the same documents as `python -m extract` writes them: `reports.json` (documents back
to back, indented, as `--format json` prints several), `reports.jsonl` (one a line) and
`reports.geojson` (a FeatureCollection of event points with the article fields in properties).
"""

from __future__ import annotations

import hashlib
import json
from pathlib import Path

HERE = Path(__file__).resolve().parent


def _event(n: int, art: str, date: str, place: str, kind: str, lat: float, lon: float,
           oblast: str, iso: str, precision: int, weapon: str, **figures: int) -> dict:
    ev = {"id": f"{art[:8]}-{n}", "date": date, "place": place, "place_kind": kind,
          "lat": lat, "lon": lon, "oblast": oblast, "oblast_iso": iso,
          "geo_precision": precision, "weapon": weapon}
    for key in ("drones", "drones_downed", "missiles", "missiles_downed", "killed", "injured"):
        ev[key] = figures.get(key)
    ev.update({"sentence": f"Sentence {n} about {place}.", "start": 10 * n, "end": 10 * n + 9})
    return ev


def _doc(text: str, source: str, published: str, events: list[tuple]) -> dict:
    art = hashlib.sha1(text.encode()).hexdigest()
    return {
        "article": {"id": art, "source": source, "published": published, "title": None},
        "mentions": [],
        "events": [_event(i, art, *spec[:-1], **spec[-1]) for i, spec in enumerate(events)],
    }


DOCS = [
    _doc("seed", "reports/seed.txt", "2025-11-24", [
        ("2025-11-24", "Dnipropetrovsk", "oblast", 48.45, 34.98, "Dnipropetrovsk", "UA-12", 3,
         "drone", {"drones": 111, "killed": 2, "injured": 3}),
        ("2025-11-24", "Kramatorsk", "settlement", 48.72, 37.56, "Donetsk", "UA-14", 1,
         "drone", {}),
        ("2025-11-24", "Dnipro", "settlement", 48.4593, 35.0387, "Dnipropetrovsk", "UA-12", 1,
         "drone", {"drones": 4}),
    ]),
    _doc("second", "https://example.org/news/2", "2025-11-25", [
        ("2025-11-25", "Kharkiv", "settlement", 49.9808, 36.2527, "Kharkiv", "UA-63", 1,
         "drone", {"drones": 25, "injured": 7}),
        ("2025-11-25", "Odesa", "settlement", 46.4775, 30.7326, "Odesa", "UA-51", 1,
         "missile", {"drones": 12, "missiles": 2, "killed": 1}),
        ("2025-11-25", "Kyiv", "settlement", 50.4547, 30.5238, "Kyiv City", "UA-30", 1,
         "missile", {"drones": 30, "drones_downed": 28, "missiles": 5, "missiles_downed": 4,
                     "injured": 4}),
        ("2025-11-25", "Lviv", "settlement", 49.8383, 24.0232, "Lviv", "UA-46", 1, "drone",
         {"drones": 3}),
    ]),
    _doc("third", "reports/third.html", "2025-11-26", [
        ("2025-11-26", "Zaporizhzhia", "settlement", 47.8229, 35.1903, "Zaporizhzhia", "UA-23",
         2, "drone", {"drones": 8, "killed": 3}),
    ]),
]


def main() -> None:
    (HERE / "reports.json").write_text(
        "".join(json.dumps(d, indent=2, ensure_ascii=False) + "\n" for d in DOCS),
        encoding="utf-8")
    (HERE / "reports.jsonl").write_text(
        "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in DOCS), encoding="utf-8")
    features = []
    for d in DOCS:
        for ev in d["events"]:
            props = {**ev, "article_id": d["article"]["id"], "source": d["article"]["source"],
                     "published": d["article"]["published"], "title": d["article"]["title"]}
            features.append({"type": "Feature",
                             "geometry": {"type": "Point", "coordinates": [ev["lon"], ev["lat"]]},
                             "properties": props})
    (HERE / "reports.geojson").write_text(
        json.dumps({"type": "FeatureCollection", "features": features}, indent=1,
                   ensure_ascii=False) + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
