"""Extraction speed, start-up, memory and place F1, beside geotext and flashgeotext.

    python benchmarks/bench_extract.py [--reports 3000] [--runs 5] [--peer TREE [--rounds 16]]

`--peer TREE` compares extraction speed with another source tree (the code before a change:
`git worktree add /tmp/old COMMIT`) instead: one worker process per tree, each given the same
chunk of reports in turn (order alternating), round after round, timed in CPU time; prints each
tree's median reports/s, English and Ukrainian, and the median of the per-chunk ratios. Pairing
chunks this way keeps the comparison fair on a machine whose other load comes and goes.

Reports: 4 KB news-style articles made from the bundled seed report with its places, numbers
and dates replaced by real gazetteer places (population >= 5,000) and random figures, so each
report's Ukrainian places are known (the gold for place F1). Peers are scored the way
../shared/eval/README.md does: a peer's city matches looked up in our gazetteer, Ukrainian ones
compared on name and oblast. Prints medians; nothing here is asserted.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

SEED = ROOT / "data" / "samples" / "seed.txt"
SLOTS = {"Dnipro region": "oblast", "Krematorsk": "city", "Dnipro": "city", "Lyman": "city",
         "Donetsk": "city"}


def make_reports(n: int, seed: int = 7) -> list[tuple[str, set[tuple[str, str]]]]:
    """n reports of about 4 KB with their gold Ukrainian places (name, oblast ISO)."""
    from geo.gazetteer import default_gazetteer

    g = default_gazetteer()
    rng = random.Random(seed)
    cities = [p for p in g.places if p.country == "UA" and p.kind == "settlement"
              and p.population >= 5000 and p.section_of is None and " " not in p.name]
    units = [p for p in g.places if p.kind == "oblast" and p.oblast_iso not in ("UA-30",
                                                                                "UA-40", "UA-43")]
    template = SEED.read_text(encoding="utf-8")
    pattern = re.compile("|".join(re.escape(k) for k in sorted(SLOTS, key=len, reverse=True)))
    reports = []
    for _ in range(n):
        gold: set[tuple[str, str]] = set()
        chosen: dict[str, str] = {}

        def swap(m: re.Match[str], gold: set[tuple[str, str]] = gold,
                 chosen: dict[str, str] = chosen) -> str:
            key = m.group(0)
            if key not in chosen:
                if SLOTS[key] == "oblast":
                    unit = rng.choice(units)
                    chosen[key] = f"{unit.name} region"
                    gold.add((unit.name, unit.oblast_iso or ""))
                else:
                    city = rng.choice(cities)
                    chosen[key] = city.name
                    gold.add((city.name, city.oblast_iso or ""))
            return chosen[key]

        text = pattern.sub(swap, template)
        text = re.sub(r"\b111\b", str(rng.randint(10, 800)), text)
        reports.append((text, gold))
    return reports


#: A Ukrainian morning report of our own writing (no publisher's text), with slots for an oblast
#: (genitive adjective), two towns and the figures; about 1.3 KB, the length of an Air Force or
#: regional administration post.
UK_TEMPLATE = (
    "У ніч на {day} листопада противник атакував Україну {drones} ударними БпЛА типу Shahed та "
    "дронами-імітаторами. За попередніми даними, станом на 09:00 протиповітряною обороною "
    "збито/подавлено {downed} ворожих безпілотників на півночі, півдні та сході країни.\n\n"
    "Зафіксовано влучання ударних БпЛА на {hits} локаціях. Найбільше постраждала {unit} область: "
    "у місті {town} уламки дрона пошкодили житловий будинок та автомобілі.\n\n"
    "Унаслідок атаки загинули {killed} людей, ще {injured} поранені, повідомив начальник "
    "обласної військової адміністрації. Усіх постраждалих доправили до лікарні.\n\n"
    "Також вибухи пролунали в місті {other}, де внаслідок падіння уламків виникла пожежа на "
    "території підприємства. Рятувальники ліквідували загоряння, інформація про постраждалих "
    "уточнюється.\n"
)


def make_ukrainian_reports(n: int, seed: int = 11) -> list[str]:
    """n Ukrainian reports from `UK_TEMPLATE` with real towns and units of the gazetteer."""
    from geo.gazetteer import default_gazetteer

    g = default_gazetteer()
    rng = random.Random(seed)
    cyrillic = [next((n for n in g.alternates[i] if n[:1].isupper() and not n.isascii()
                      and " " not in n), None)
                for i, p in enumerate(g.places) if p.country == "UA" and p.kind == "settlement"
                and p.population >= 20_000 and p.section_of is None]
    cyrillic = [n for n in cyrillic if n]
    units = ["Харківська", "Сумська", "Одеська", "Дніпропетровська", "Запорізька", "Київська"]
    return [UK_TEMPLATE.format(
        day=rng.randint(1, 28), drones=rng.randint(20, 400), downed=rng.randint(10, 19),
        hits=rng.randint(2, 9), unit=rng.choice(units), town=rng.choice(cyrillic),
        killed=rng.randint(2, 9), injured=rng.randint(2, 30), other=rng.choice(cyrillic))
        for _ in range(n)]


def _key(name: str) -> str:
    from geo.names import name_key

    s = re.sub(r"\b(city|oblast|region|raion|district|province)\b", " ", name_key(name))
    return re.sub(r"[^a-z]", "", s)


def place_f1(predicted: list[set[tuple[str, str]]], gold: list[set[tuple[str, str]]]) -> float:
    tp = n_pred = n_gold = 0
    for pred, want in zip(predicted, gold, strict=True):
        p = {(_key(a), b) for a, b in pred}
        w = {(_key(a), b) for a, b in want}
        tp, n_pred, n_gold = tp + len(p & w), n_pred + len(p), n_gold + len(w)
    prec = tp / n_pred if n_pred else 1.0
    rec = tp / n_gold if n_gold else 1.0
    return 2 * prec * rec / (prec + rec) if prec + rec else 0.0


def timed(fn: Callable[[], object], runs: int) -> float:
    times = []
    for _ in range(runs):
        t = time.perf_counter()
        fn()
        times.append(time.perf_counter() - t)
    return statistics.median(times)


def ours(texts: list[str]) -> list[set[tuple[str, str]]]:
    from extract.pipeline import extract_text

    out = []
    for t in texts:
        result = extract_text(t, published="2025-12-03")
        out.append({(m.name, m.oblast_iso or "") for m in result.mentions if m.in_ukraine})
    return out


def peer(texts: list[str], find: Callable[[str], list[str]]) -> list[set[tuple[str, str]]]:
    from geo.gazetteer import default_gazetteer

    g = default_gazetteer()
    out = []
    for t in texts:
        places = set()
        for name in find(t):
            hits = [c for c in g.lookup(name, fuzzy=False) if c.place.country == "UA"]
            if hits:
                places.add((hits[0].place.name, hits[0].place.oblast_iso or ""))
        out.append(places)
    return out


def startup_seconds(runs: int) -> float:
    code = ("import time; t=time.perf_counter(); from extract.pipeline import extract_text; "
            "extract_text('Drones hit Kharkiv.'); print(time.perf_counter()-t)")
    subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True, capture_output=True)
    return statistics.median(
        float(subprocess.run([sys.executable, "-c", code], cwd=ROOT, check=True,
                             capture_output=True, text=True).stdout) for _ in range(runs))


#: A tree's worker for `--peer`: extracts the chunks of reports it is told, prints CPU seconds.
_WORKER = """
import json, sys, time
sys.path.insert(0, '.')
from extract.pipeline import extract_text
texts = json.load(open(sys.argv[1], encoding='utf-8'))
for t in texts['uk'][:50] + texts['en'][:50]:
    extract_text(t, time_budget=None)  # (the first builds the caches: past 60 s on a busy machine)
print('ready', flush=True)
for line in sys.stdin:
    lang, lo, hi = line.split()
    chunk = texts[lang][int(lo):int(hi)]
    t = time.process_time()
    for x in chunk:
        extract_text(x, published='2025-12-03')
    print(time.process_time() - t, flush=True)
"""


def compare_with_peer(peer: Path, n: int, rounds: int, chunk: int = 250) -> None:
    """Extraction speed of this tree and `peer` on the same reports (see the module's doc)."""
    import json

    texts = {"en": [t for t, _g in make_reports(n)], "uk": make_ukrainian_reports(n)}
    trees = {"this tree": ROOT, f"peer {peer}": peer.resolve()}
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "reports.json"
        path.write_text(json.dumps(texts), encoding="utf-8")
        workers = {name: subprocess.Popen([sys.executable, "-c", _WORKER, str(path)], cwd=tree,
                                          stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                          text=True) for name, tree in trees.items()}
        for w in workers.values():
            assert w.stdout is not None and w.stdout.readline().strip() == "ready"
        rates: dict[str, dict[str, list[float]]] = {k: {"en": [], "uk": []} for k in trees}
        ratios: dict[str, list[float]] = {"en": [], "uk": []}
        size = min(chunk, n)
        for r in range(rounds):
            lo = (r * size) % max(1, n - size + 1)
            for lang in ("en", "uk"):
                names = list(trees) if r % 2 == 0 else list(trees)[::-1]
                took = {}
                for name in names:
                    w = workers[name]
                    assert w.stdin is not None and w.stdout is not None
                    w.stdin.write(f"{lang} {lo} {lo + size}\n")
                    w.stdin.flush()
                    took[name] = float(w.stdout.readline())
                for name in trees:
                    rates[name][lang].append(size / took[name])
                this, other = trees
                ratios[lang].append(took[other] / took[this])
        for w in workers.values():
            assert w.stdin is not None
            w.stdin.close()
            w.wait()
    print(f"{rounds} rounds of {size} reports a language, CPU time, medians")
    for name in trees:
        print(f"{name:>{max(map(len, trees))}}: English {statistics.median(rates[name]['en']):6.0f}"
              f" reports/s   Ukrainian {statistics.median(rates[name]['uk']):6.0f} reports/s")
    for lang, label in (("en", "English"), ("uk", "Ukrainian")):
        rs = sorted(ratios[lang])
        print(f"{label}: this tree / peer {statistics.median(rs):.3f} "
              f"(quartiles {rs[len(rs) // 4]:.3f} .. {rs[3 * len(rs) // 4]:.3f})")


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--reports", type=int, default=3000)
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--peer", type=Path, metavar="TREE",
                    help="compare extraction speed with this source tree (only that)")
    ap.add_argument("--rounds", type=int, default=16, help="rounds of the --peer comparison")
    args = ap.parse_args()
    if args.peer is not None:
        compare_with_peer(args.peer, min(args.reports, 1000), args.rounds)
        return

    reports = make_reports(args.reports)
    texts = [t for t, _g in reports]
    gold = [g for _t, g in reports]
    kb = statistics.mean(len(t.encode()) for t in texts) / 1024
    print(f"{len(texts)} reports, mean {kb:.1f} KB, {args.runs} runs, medians")

    print(f"start-up (imports + gazetteer + first report): {startup_seconds(args.runs):.3f} s")
    from extract.places import default_matcher

    default_matcher()
    ours(texts[:50])
    sec = timed(lambda: ours(texts), args.runs)
    en_mb_s = len(texts) * kb / 1024 / sec
    print(f"strikemap     {len(texts) / sec:8.0f} reports/s   place F1 "
          f"{place_f1(ours(texts), gold):.3f}")
    print(f"peak memory (this process, after all runs): "
          f"{resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    uk_texts = make_ukrainian_reports(len(texts))
    ours(uk_texts[:50])
    sec = timed(lambda: ours(uk_texts), args.runs)
    uk_kb = statistics.mean(len(t.encode()) for t in uk_texts) / 1024
    print(f"strikemap, Ukrainian reports of {uk_kb:.1f} KB: {len(uk_texts) / sec:.0f} reports/s, "
          f"{len(uk_texts) * uk_kb / 1024 / sec:.2f} MB/s (English: {en_mb_s:.2f} MB/s)")

    try:
        from geotext import GeoText

        sec = timed(lambda: [GeoText(t).cities for t in texts], args.runs)
        f1 = place_f1(peer(texts, lambda t: GeoText(t).cities), gold)
        print(f"geotext       {len(texts) / sec:8.0f} reports/s   place F1 {f1:.3f}")
    except ImportError:
        print("geotext       not installed (pip install -e '.[bench]')")
    try:
        from flashgeotext.geotext import GeoText as FlashGeoText

        flash = FlashGeoText()

        def find(t: str) -> list[str]:
            return list(flash.extract(input_text=t)["cities"])

        sec = timed(lambda: [find(t) for t in texts], args.runs)
        print(f"flashgeotext  {len(texts) / sec:8.0f} reports/s   place F1 "
              f"{place_f1(peer(texts, find), gold):.3f}")
    except ImportError:
        print("flashgeotext  not installed (pip install -e '.[bench]')")

    with tempfile.TemporaryDirectory() as tmp:
        for i, t in enumerate(texts):
            (Path(tmp) / f"r{i:05d}.txt").write_text(t, encoding="utf-8")
        cmd = [sys.executable, "-m", "extract", "--format", "jsonl", tmp]

        def cli() -> None:
            subprocess.run(cmd, cwd=ROOT, check=True, stdout=subprocess.DEVNULL)

        sec = timed(cli, max(1, args.runs // 2))
        print(f"CLI over {len(texts)} files, start-up included: {len(texts) / sec:.0f} reports/s")

    from extract.pipeline import extract_text

    chunk = texts[0]
    for mb in (1, 5):
        big = chunk * (mb * 1_000_000 // len(chunk))
        sec = timed(lambda big=big: extract_text(big), 1)
        print(f"one {mb} MB report: {sec:.2f} s ({mb / sec:.2f} MB/s)")
    # Hostile shapes: one endless sentence listing people (a regex repeating without bound
    # went quadratic here), and the same ten times longer.
    for n in (5_000, 50_000):
        big = "Drones hit Kharkiv, injuring " + "two women, " * n + "and a child."
        sec = timed(lambda big=big: extract_text(big), 1)
        print(f"one sentence listing {n:,} people ({len(big) / 1e6:.2f} MB): {sec:.2f} s")


if __name__ == "__main__":
    main()
