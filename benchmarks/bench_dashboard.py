"""Dashboard speed with many events (run on demand; not a test).

    python benchmarks/bench_dashboard.py [--events 100000] [--repeat 5] [--seed 1]

Generates `--events` events over real gazetteer places (data/ua_places.json, drawn with
probability growing with population; 10 % oblast-level, 3 % country-level; a year of dates;
sentences and sources of realistic length), then, each as the median of `--repeat` runs:

1. cold start to first render: a fresh Python process runs app.py once under Streamlit's
   AppTest (imports, loading the events, filters, aggregation, both maps, the tables of the
   open tab, and the map component's payload). Target <= 3 s.
2. a filter change on that warm session (weapon, oblast, then metric). Target <= 1 s.
3. the size of what the map component sends to the browser (the map's script, styles and
   html: `geo.map_component.payload`), with the default view. Target <= 5 MB.

The events reach the page through `extract.adding.load_sample_events`, swapped for the generated
table, i.e. the one function a store would replace.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

_WEAPONS = np.array(["drone", "missile", "glide_bomb", "artillery", "unknown"])
_WEAPON_P = np.array([0.55, 0.2, 0.1, 0.1, 0.05])
_FILLER = ("Emergency crews worked through the night to clear debris from damaged apartment "
           "blocks, the regional administration said, as power and water were restored.")


def generate(n: int, seed: int) -> pd.DataFrame:
    """`n` events in the event table's shape over real places, deterministic for a seed."""
    from geo.event_table import normalize_events
    from geo.units import load_units

    rng = np.random.default_rng(seed)
    raw = json.loads((ROOT / "data" / "ua_places.json").read_text(encoding="utf-8"))["places"]
    places = pd.DataFrame([p for p in raw if p["kind"] == "settlement" and p["oblast_iso"]])
    weight = np.sqrt(places["population"].clip(lower=500).to_numpy(dtype=float))
    pick = rng.choice(len(places), size=n, p=weight / weight.sum())
    p = places.iloc[pick].reset_index(drop=True)
    units = load_units().set_index("iso")
    kind = rng.choice(3, size=n, p=[0.87, 0.10, 0.03])  # settlement, oblast, country
    precision = np.where(kind == 0, rng.choice([1, 2], size=n, p=[0.8, 0.2]), 3)
    weapon = rng.choice(_WEAPONS, size=n, p=_WEAPON_P)
    drones = np.where(weapon == "drone", rng.lognormal(2.0, 1.2, n).round(), np.nan)
    missiles = np.where(weapon == "missile", rng.lognormal(1.0, 0.9, n).round(), np.nan)
    killed = np.where(rng.random(n) < 0.3, rng.poisson(2, n), np.nan)
    injured = np.where(rng.random(n) < 0.4, rng.poisson(5, n), np.nan)
    days = pd.Timestamp("2025-01-01") + pd.to_timedelta(rng.integers(0, 365, n), unit="D")
    iso = p["oblast_iso"].to_numpy(dtype=object)
    name = p["name"].to_numpy(dtype=object)
    unit_name = units.loc[iso, "name"].to_numpy(dtype=object)
    frame = pd.DataFrame({
        "id": [f"e{i}" for i in range(n)],
        "date": days,
        "place": np.where(kind == 0, name, np.where(kind == 1, unit_name, "Ukraine")),
        "place_kind": np.array(["settlement", "oblast", "country"])[kind],
        "lat": np.where(kind == 0, p["lat"], np.where(kind == 1, units.loc[iso, "label_lat"],
                                                       np.nan)),
        "lon": np.where(kind == 0, p["lon"], np.where(kind == 1, units.loc[iso, "label_lon"],
                                                       np.nan)),
        "oblast": np.where(kind == 2, None, unit_name),
        "oblast_iso": np.where(kind == 2, None, iso),
        "geo_precision": precision,
        "weapon": weapon,
        "drones": drones, "drones_downed": np.where(weapon == "drone", drones // 2, np.nan),
        "missiles": missiles, "missiles_downed": np.nan,
        "killed": killed, "injured": injured,
        "sentence": [f"At least {k} attacks hit {w} overnight. {_FILLER}"
                     for k, w in zip(rng.integers(1, 40, n), name, strict=True)],
        "start": 0, "end": 200,
        "article_id": [f"a{i // 3}" for i in range(n)],
        "source": [f"https://news.example.org/2025/report-{i // 3}" for i in range(n)],
        "title": None,
        "published": days.strftime("%Y-%m-%d"),
        "sources": 1,
    })
    return normalize_events(frame)


_CHILD = r"""
import sys, time, pickle, json
t0 = time.perf_counter()
sys.path.insert(0, {root!r})
events_path, app_path, steps = sys.argv[1], sys.argv[2], sys.argv[3]
from streamlit.testing.v1 import AppTest
from extract import adding
from geo import map_component

with open(events_path, "rb") as fh:
    frame = pickle.load(fh)
adding.load_sample_events = lambda folder=None: frame

sizes = []
_real = map_component.strikemap_map
def _spy(payload, **kw):
    sizes.append(sum(len(payload[k]) for k in ("script", "styles", "html")))
    return _real(payload, **kw)
map_component.strikemap_map = _spy

at = AppTest.from_file(app_path, default_timeout=600)
t1 = time.perf_counter()
at.run()
first = time.perf_counter() - t0
assert not at.exception, at.exception
out = {{"first": first, "script": time.perf_counter() - t1, "html": sizes[-1], "changes": []}}
if steps == "1":
    for act in (lambda: at.multiselect(key="v_weapons").set_value(["drone"]),
                lambda: at.multiselect(key="v_oblasts").set_value(["UA-12", "UA-63"]),
                lambda: at.selectbox(key="v_metric").set_value("killed"),
                lambda: at.multiselect(key="v_weapons").set_value([])):
        t = time.perf_counter()
        act().run()
        out["changes"].append(time.perf_counter() - t)
        assert not at.exception, at.exception
print(json.dumps(out))
"""


def _child(events_path: Path, steps: bool) -> dict[str, object]:
    code = _CHILD.format(root=str(ROOT))
    # STRIKEMAP_DB=off: the page takes its events from load_sample_events (swapped for the
    # generated ones); loading 100,000 stored events is measured by bench_ingest.py.
    env = {**os.environ, "PYTHONWARNINGS": "ignore", "STRIKEMAP_DB": "off"}
    t = time.perf_counter()
    proc = subprocess.run(
        [sys.executable, "-c", code, str(events_path), str(ROOT / "app.py"), "1" if steps else "0"],
        capture_output=True, text=True, check=True, cwd=ROOT, env=env,
    )
    result = json.loads(proc.stdout.strip().splitlines()[-1])
    result["process"] = time.perf_counter() - t
    return result


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--events", type=int, default=100_000)
    ap.add_argument("--repeat", type=int, default=5)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args()

    t = time.perf_counter()
    events = generate(args.events, args.seed)
    gen = time.perf_counter() - t
    located = events[events["oblast_iso"].notna()]
    n_places = located.drop_duplicates(["place", "lat", "lon"]).shape[0]
    print(f"generated {len(events):,} events ({n_places:,} distinct places) in {gen:.1f} s")

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "events.pkl"
        with path.open("wb") as fh:
            pickle.dump(events, fh)
        runs = [_child(path, steps=True) for _ in range(args.repeat)]

    for i, r in enumerate(runs, start=1):
        changes = ", ".join(f"{c:.2f}" for c in r["changes"])
        print(f"run {i}: first render {r['first']:.2f} s (script {r['script']:.2f} s), "
              f"filter changes {changes} s, map payload {r['html'] / 1e6:.2f} MB")
    first = statistics.median(r["first"] for r in runs)
    script = statistics.median(r["script"] for r in runs)
    process = statistics.median(r["process"] for r in runs)
    change = statistics.median(c for r in runs for c in r["changes"])
    worst = max(c for r in runs for c in r["changes"])
    html = statistics.median(r["html"] for r in runs)
    print(f"cold start to first render: median {first:.2f} s (of which the first script run "
          f"{script:.2f} s; the whole process with interpreter start and the filter changes "
          f"{process:.2f} s)   target <= 3 s")
    print(f"filter change:              median {change:.2f} s (slowest {worst:.2f} s)"
          f"   target <= 1 s")
    print(f"map payload to the browser: median {html / 1e6:.2f} MB   target <= 5 MB")


if __name__ == "__main__":
    main()
