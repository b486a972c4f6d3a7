"""Score the extractor on the development or held-out part of a shared evaluation set.

    python benchmarks/score_split.py dev-news.jsonl [--part dev|heldout] [--show-errors]

The held-out ids are in `benchmarks/heldout.json` (a third of each set, drawn before any rule
for it was written). The texts stay in ../shared/eval (the publishers' terms keep them out of
the repository): this writes the chosen part to a temporary file and runs
../shared/eval/score.py on it with this interpreter. Score the held-out part once, at the end.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
EVAL = ROOT.parent / "shared" / "eval"
SPLIT = Path(__file__).resolve().parent / "heldout.json"


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("set", help="file name in ../shared/eval, e.g. dev-news.jsonl")
    ap.add_argument("--part", choices=("dev", "heldout"), default="dev")
    ap.add_argument("--show-errors", action="store_true")
    args = ap.parse_args()
    # the split is keyed by file name: a path to the set ("/work/shared/eval/dev-ukru.jsonl")
    # found no held-out ids, so its development part was the whole set, held-out part included
    name = Path(args.set).name
    source = EVAL / name
    if not source.exists():
        print(f"error: {source} not found (the shared evaluation sets sit beside the repository)",
              file=sys.stderr)
        return 2
    held = set(json.loads(SPLIT.read_text(encoding="utf-8")).get(name, []))
    lines = [line for line in source.read_text(encoding="utf-8").splitlines() if line.strip()]
    want_held = args.part == "heldout"
    chosen = [line for line in lines if (json.loads(line)["id"] in held) == want_held]
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as fh:
        fh.write("\n".join(chosen) + "\n")
    print(f"{name} {args.part}: {len(chosen)} reports", flush=True)
    cmd = [sys.executable, str(EVAL / "score.py"), fh.name, "--python", sys.executable]
    if args.show_errors:
        cmd.append("--show-errors")
    return subprocess.call(cmd, cwd=ROOT)


if __name__ == "__main__":
    raise SystemExit(main())
