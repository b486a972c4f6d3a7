"""A folder's files as ingest finds them (`collect_files`, names tested as text) are those the
pathlib rule picks, in the same order: hidden files and folders, sidecars, READMEs, names
without or with odd suffixes, archives, symlinks and what is no regular file."""

from __future__ import annotations

import os
from pathlib import Path

from extract.archive import is_archive
from extract.ingest import FOLDER_SUFFIXES, collect_files
from extract.reading import walk_files
from geo.schema import META_SUFFIX


def _by_pathlib(folder: Path) -> list[Path]:
    """The rule as it was written with pathlib (before the names were tested as text)."""
    walked, _errors = walk_files(folder)
    return sorted(p for p in walked if p.is_file()
                  and (p.suffix.lower() in FOLDER_SUFFIXES or is_archive(p))
                  and not p.name.endswith(META_SUFFIX)
                  and p.stem.lower() != "readme"
                  and not any(part.startswith(".") for part in p.relative_to(folder).parts))


def test_a_folders_files_are_those_pathlib_picks(tmp_path: Path) -> None:
    root = tmp_path / "in"
    for d in ("sub/deeper", ".hidden/x", "sub/.hid", "empty"):
        (root / d).mkdir(parents=True)
    names = ["a.txt", "B.TXT", "c.md", "README.md", "readme.txt", "Readme.Txt",
             "notes.readme.txt", f"r1{META_SUFFIX}", "file.", ".txt", ".dot.txt",
             "arc.JSONL.GZ", "arc2.parquet", "data.jsonl", "feed.rss", "page.HTML", "raw.bin",
             "noext", "sub/deeper/z.txt", "sub/y.json", ".hidden/x/q.txt", "sub/.hid/w.txt",
             "sub/sp ace.txt", "ünï.txt", "a.txt.gz", "İSTANBUL.TXT", "x.Md"]
    for name in names:
        (root / name).write_text("Kharkiv was shelled.", encoding="utf-8")
    os.symlink(root / "a.txt", root / "link.txt")
    os.symlink(root / "missing.txt", root / "broken.txt")
    os.symlink(root / "sub", root / "linked_dir")
    os.mkfifo(root / "pipe.txt")
    want = _by_pathlib(root)
    assert len(want) > 10
    for given in (root, Path(f"{root}/"), root / "sub", root / "empty"):
        files, errors = collect_files([given])
        assert files == _by_pathlib(given) and not errors, given
    files, _errors = collect_files([root])
    assert files == want
    assert root / "link.txt" in files and root / "broken.txt" not in files
    assert root / "pipe.txt" not in files and root / "sub" / "deeper" / "z.txt" in files


def _echo(text: str, *, published: str | None = None, source: str | None = None,
          title: str | None = None) -> dict:
    return {"article": {"source": source, "published": published, "title": title},
            "mentions": [], "events": []}


def test_a_pools_results_come_in_input_order_with_the_last_tasks_in_small_chunks() -> None:
    """The last window's last tasks go out in small chunks (`TAIL_CHUNK`) as imaps of their
    own: every task's result still comes once, in input order."""
    from extract import ingest as ing
    from extract.reading import RawArticle

    n = 211  # chunks of 26, then the last 32 tasks 4 at a time
    tasks = [ing._Task(f"t{i}", article=RawArticle(f"report number {i}", None, f"s{i}"))
             for i in range(n)]
    assert ing._chunk_size(n, 2) > ing.TAIL_CHUNK
    ctx = ing._Context(_echo, frozenset(), None, set())
    got = [r.origin for r in ing._run(iter(tasks), 2, ctx, n)]
    assert got == [f"t{i}" for i in range(n)]
