"""Deduplication rules: the same article, near-copies of one story, the same strike.

Three levels, each a pure function here so the store (`geo/store.py`) applies them inside its
transactions and the tests check them without a database. They belong to the store, not the
extractor: batch ingest (`extract.ingest`) only fingerprints texts ahead, in its workers.

1. **Same article**: texts equal after `normalize_text` (Unicode NFKC, case folded, quotes and
   dashes unified, whitespace collapsed) share a `content_key`; the store keeps one copy and
   records every source it came from.
2. **Near-copies** (a syndicated story with another headline, trimmed or re-ordered
   paragraphs): MinHash signatures of word 5-shingles (`NUM_PERM` hash functions), indexed
   with LSH banding (`StoryIndex`). Two articles whose estimated Jaccard similarity is at least
   `NEAR_COPY_THRESHOLD` (0.5) are one *story*.
   Why 0.5: a copy trimmed by a third of its paragraphs still scores about 0.6, while two
   outlets writing the same night's air-force figures in their own words share well under 0.2
   of their 5-word runs.
3. **Same strike**: reports match when they have the same `match_key` (the settlement within
   its unit for settlement-level reports, the unit for unit-level ones, "UA" for national ones),
   the same weapon, and dates at most `DATE_WINDOW_DAYS` (1) apart - or, whatever their dates,
   when they come from one story (near-copies). A report is compared with an event's first
   date, so daily strikes on one city do not chain into one event. Two reports of the same
   origin (one article, or one imported dataset) never merge: an article, like a dataset,
   lists distinct strikes.

Figures of a merged event follow `geo.merge_rule` over the *credible* values of its reports
(one vote per story, the median, a single outlier cannot move it, disagreements flagged);
every report's own figures are kept in the store (`Store.event_reports`). A value is credible
when it is within `FIGURE_CAPS` (larger numbers are cumulative war totals, not one strike) and
a "downed" figure does not exceed the launched figure of the same report.
"""

from __future__ import annotations

import hashlib
import logging
import re
import threading
import unicodedata
import zlib
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import timedelta
from functools import lru_cache
from typing import TYPE_CHECKING, Any

import numpy as np

from geo.names import name_key
from geo.schema import FIGURES, iso_date

try:  # compiled at install where a C compiler is (setup.py); else numpy computes the same
    from geo import _fingerprint as _kernel
except ImportError:  # pragma: no cover - a build without the kernels
    _kernel = None

if TYPE_CHECKING:
    from datasketch import LeanMinHash

log = logging.getLogger(__name__)

#: MinHash permutations (128: the Jaccard estimate's standard error is about 0.04 near 0.5).
NUM_PERM = 128
#: Words per shingle.
SHINGLE_WORDS = 5
#: Estimated Jaccard similarity from which two articles are near-copies of one story.
NEAR_COPY_THRESHOLD = 0.5
#: Reports of the same place and weapon whose dates differ by at most this many days merge.
DATE_WINDOW_DAYS = 1
#: Largest credible figure of one strike event; anything larger is a cumulative total.
FIGURE_CAPS: dict[str, int] = {
    "drones": 1500,
    "drones_downed": 1500,
    "missiles": 300,
    "missiles_downed": 300,
    "killed": 500,
    "injured": 2000,
}

_QUOTES = str.maketrans({"‘": "'", "’": "'", "ʼ": "'", "`": "'", "´": "'", "“": '"', "”": '"',
                         "„": '"', "«": '"', "»": '"', "‐": "-", "‑": "-", "‒": "-", "–": "-",
                         "—": "-", "\u00a0": " "})
_QUOTES_RE = re.compile("[" + re.escape("".join(map(chr, _QUOTES))) + "]")
_WORD_RE = re.compile(r"\w+")


#: `_QUOTES` as (character, replacement) pairs (`normalize_text`).
_QUOTE_PAIRS = tuple((chr(k), v) for k, v in _QUOTES.items())
#: Every ASCII byte: deleted from a text's UTF-8, it leaves the bytes of the other characters.
_ASCII_BYTES = bytes(range(128))


def _unquote(match: re.Match[str]) -> str:
    return _QUOTES[ord(match.group())]


def normalize_text(text: str) -> str:
    """The text two copies of one article share: NFKC, folded case, one kind of quote and
    dash, whitespace collapsed (line breaks and indentation differ between outlets' HTML)."""
    if text.isascii():
        text = text.replace("`", "'")
        return " ".join(text.casefold().split())
    text = unicodedata.normalize("NFKC", text)
    # Each quote and dash looked for (`in`: memchr in C) and replaced where present: the same
    # text as one regex substitution, which tested every character against the class (~45
    # instructions a character; `_QUOTES_RE` kept for callers). str.translate with a dict
    # would look up every character.
    for char, plain in _QUOTE_PAIRS:
        if char in text:
            text = text.replace(char, plain)
    return " ".join(_casefold(text).split())


class _FoldsToItself(dict[str, bool]):
    """Per character: whether `str.casefold` leaves it as it is (cached as met)."""

    def __missing__(self, char: str) -> bool:
        same = self[char] = char.casefold() == char
        return same


_FOLDS_TO_ITSELF = _FoldsToItself()


def _casefold(text: str) -> str:
    """`text.casefold()`. Case folding maps each character on its own, so where every
    character outside ASCII folds to itself (the bullets, signs and symbols of English news)
    only A-Z change: lowered in the text's UTF-8 by `bytes.lower`, which changes those bytes
    alone. Why: a text that is not all ASCII took `casefold`'s lookup of every character's
    folding (~70 instructions a character, 4 KB of English news with one bullet: ~0.27 M a
    report); the bytes' way is a few a character. Texts mostly outside ASCII (Cyrillic) fold
    as they did."""
    if text.isascii():
        return text.casefold()
    try:
        data = text.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return text.casefold()
    rest = data.translate(None, _ASCII_BYTES)  # whole characters: UTF-8 bytes of ASCII are
    if len(rest) * 8 > len(data) or not all(   # never part of another character's
            map(_FOLDS_TO_ITSELF.__getitem__, set(rest.decode("utf-8")))):
        return text.casefold()
    return data.lower().decode("utf-8")


def content_key(text: str) -> str:
    """SHA-1 of the normalised text: equal keys are the same article."""
    return hashlib.sha1(normalized_utf8(text)[0]).hexdigest()


#: `str.split`'s ASCII separators made spaces, A-Z lowered and "`" made "'", for the bytes of a
#: text (`normalized_utf8`); bytes of characters outside ASCII (0x80-0xFF) stay as they are.
_FOLD_BYTES = bytes(
    c if c > 0x7F else 0x20 if chr(c).isspace() else 0x27 if c == 0x60
    else c + 32 if 0x41 <= c <= 0x5A else c for c in range(256))
#: Characters whose canonical compositions need the character before them (Hangul jamo: a
#: syllable from its parts); the marks are told by their category (`_PlainChar`).
_JAMO = range(0x1100, 0x1200)


class _PlainChar(dict[str, int]):
    """Per character outside ASCII (cached as met): 0 when `normalize_text` may change the
    text around it, else 1, or 2 for a word character (`\\w`).

    A character is plain when each step of `normalize_text` leaves it and its neighbours as
    they are: NFKC (no decomposition mapping, so NFKC keeps it alone; not a mark or a jamo,
    so it combines with nothing before it and reorders nothing: every character that a
    canonical composition takes second is one, tests/test_ingest_speed.py checks that
    against the whole Unicode table), no quote or dash to unify, it folds to itself, and it
    is no space `str.split` splits at."""

    def __missing__(self, char: str) -> int:
        plain = (not unicodedata.decomposition(char) and not unicodedata.combining(char)
                 and unicodedata.category(char) not in ("Mn", "Mc", "Me")
                 and ord(char) not in _JAMO and ord(char) not in _QUOTES
                 and char.casefold() == char and not char.isspace())
        kind = self[char] = (2 if char.isalnum() else 1) if plain else 0
        return kind


_PLAIN_CHARS = _PlainChar()


def normalized_utf8(text: str) -> tuple[bytes, str | None]:
    """`normalize_text(text)` as UTF-8, and the normalised text itself where it was made;
    None where no character outside ASCII is a word character (the signature's words are
    then taken from the bytes, `signature_utf8`).

    Why: a text that is ASCII, or whose other characters are all plain (`_PlainChar`: the
    bullets, signs and symbols of English news), normalises byte for byte in its UTF-8: one
    `bytes.translate` lowers it, makes `str.split`'s separators spaces and "`" a "'", and
    runs of spaces become one. The text's way (NFKC's check of every character, each quote
    looked for, case folding, and splitting into ~700 words to join them again) cost ~0.65 M
    instructions for a 4 KB English report with a bullet, and encoding the result for the
    content key another 0.1 M; this way ~0.1 M. Texts mostly outside ASCII (Cyrillic) or with
    a character that is not plain go the text's way (`normalize_text`)."""
    if not text.isascii():
        head = text[:64]
        if not head.isascii() and any(c.isalpha() for c in head if c > "\x7f"):
            norm = normalize_text(text)  # a Cyrillic text, or one that starts with a letter
            return norm.encode("utf-8"), norm  # outside ASCII: the text's way
        try:
            data = text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate: the text's way (which raises as before)
            norm = normalize_text(text)
            return norm.encode("utf-8"), norm
        rest = data.translate(None, _ASCII_BYTES)
        kinds = (set(map(_PLAIN_CHARS.__getitem__, set(rest.decode("utf-8"))))
                 if len(rest) * 8 <= len(data) else {0})
        if 0 in kinds:
            norm = normalize_text(text)
            return norm.encode("utf-8"), norm
    else:
        data = text.encode("ascii")
        kinds = set()
    data = _one_space(data.translate(_FOLD_BYTES))
    return data, (data.decode("utf-8") if 2 in kinds else None)


def _one_space(data: bytes) -> bytes:
    """`data` with each run of spaces made one and none at either end: cut at each pair of
    spaces, each piece without the space a run of odd length leaves at its start, the empty
    pieces (runs of four or more) left out. Why: `bytes.replace` of the pair, until none is
    left, searched the ~630 spaces of a 4 KB report's words for pairs once a pass, twice or
    three times (paragraph breaks are two or more): ~3.5 times the cost of one `split` here
    (issue 16; the same bytes, tests/test_ingest_speed.py). Only for folded bytes:
    `bytes.lstrip` strips tabs and line breaks too, which `_FOLD_BYTES` has made spaces."""
    if b"  " not in data:
        return data.strip(b" ")
    return b" ".join(filter(None, map(bytes.lstrip, data.split(b"  ")))).rstrip(b" ")


class _WordHashes(dict[Any, int]):
    """CRC-32 of the words seen before (most words of a news report recur across reports),
    computed on a miss: `map(hashes.__getitem__, words)` runs the lookups in C. CRC-32 is
    stable across processes, unlike `hash`; 0 becomes 1, as it always has (signatures)."""

    def __missing__(self, word: Any) -> int:
        h = self[word] = zlib.crc32(word.encode("utf-8") if isinstance(word, str) else word) or 1
        return h


#: CRC-32 of words seen before: words found by the regex (str) and ASCII words found in a
#: text's bytes (bytes: the same values).
_WORD_HASHES = _WordHashes()
_BYTE_WORD_HASHES = _WordHashes()


def shingle_hashes(norm: str, k: int = SHINGLE_WORDS) -> np.ndarray:
    """32-bit hashes of the word k-shingles of a text already through `normalize_text`
    (punctuation dropped), each once.

    Each word is hashed once (CRC-32: stable across processes, unlike `hash`) and a shingle's
    hash is a polynomial of its words' hashes, computed for all shingles at once in numpy:
    a few times cheaper than hashing every shingle's string.
    """
    return np.unique(_shingle_hashes(norm, k))


#: Bytes of ASCII with every byte that is not a word character (`\w` on ASCII: letters,
#: digits, underscore) made a space, for `_words`.
_ASCII_WORDS = bytes(c if chr(c).isascii() and (chr(c).isalnum() or c == 0x5F) else 0x20
                     for c in range(256))
#: A character outside ASCII (`_wide_words`).
_NON_ASCII_RE = re.compile(r"[^\x00-\x7f]")


def _word_hash_array(norm: str) -> np.ndarray:
    """The CRC-32 of each word (`_WORD_RE`) of a normalised text, in order, as uint64.

    When every word is ASCII (English news: its only other characters are bullets, signs,
    symbols, which separate words like any punctuation) the words are found in the text's
    bytes by `bytes.translate` and `split`: the same words as the regex, a few times faster.
    """
    if norm.isascii() or not _wide_words(norm):
        # Any other character becomes "?", a separator like it (it is not a word character).
        return _byte_word_hashes(norm.encode("ascii", "replace"))
    if len(_WORD_HASHES) > 500_000:  # bounded: news vocabularies are far smaller
        _WORD_HASHES.clear()
    words = _WORD_RE.findall(norm)
    return np.fromiter(map(_WORD_HASHES.__getitem__, words), dtype=np.uint64, count=len(words))


def _byte_word_hashes(data: bytes) -> np.ndarray:
    """`_word_hash_array` of a text whose word characters are all ASCII, from its bytes
    (ASCII, or UTF-8: a byte of a character outside ASCII separates words as "?" does)."""
    if len(_BYTE_WORD_HASHES) > 500_000:  # bounded: news vocabularies are far smaller
        _BYTE_WORD_HASHES.clear()
    words = data.translate(_ASCII_WORDS).split()
    return np.fromiter(map(_BYTE_WORD_HASHES.__getitem__, words), dtype=np.uint64,
                       count=len(words))


def _wide_words(norm: str) -> bool:
    """True when a character outside ASCII is a word character (`\\w`: `str.isalnum`, as
    the regex engine decides). The first such character settles Cyrillic news at once; else
    (English news: a few bullets, signs) the others are taken from the text's UTF-8 with
    every ASCII byte deleted (`bytes.translate`, in C), each distinct one tested once: a
    regex scanning for them tested every character against a class (~45 instructions a
    character, ~0.18 M a report of 4 KB)."""
    first = _NON_ASCII_RE.search(norm)
    if first is None:
        return False
    if first.group().isalnum():
        return True
    try:
        rest = norm.encode("utf-8").translate(None, _ASCII_BYTES).decode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate
        return any(m.group().isalnum() for m in _NON_ASCII_RE.finditer(norm, first.end()))
    return any(map(str.isalnum, set(rest)))


def _shingle_hashes(norm: str, k: int = SHINGLE_WORDS) -> np.ndarray:
    """`shingle_hashes` with repeats (a minimum does not need them removed)."""
    if _kernel is not None and (norm.isascii() or not _wide_words(norm)):
        return _byte_shingles(norm.encode("ascii", "replace"), k)
    return _shingles(_word_hash_array(norm), k)


def _byte_shingles(data: bytes, k: int = SHINGLE_WORDS) -> np.ndarray:
    """`_shingles(_byte_word_hashes(data), k)`: by the compiled kernel where it was built
    (one scan of the bytes for the words, their CRC-32 and the shingles: ~25 k instructions
    a 4 KB report against ~0.65 M for `split`, the cached CRC lookups and numpy's passes;
    issue 16), else in numpy. The same values (tests/test_fingerprint_kernel.py)."""
    if _kernel is None:
        return _shingles(_byte_word_hashes(data), k)
    return np.frombuffer(_kernel.ascii_shingles(data, k, _SHINGLE_MUL_INT), dtype=np.uint64)


def _shingles(word_hashes: np.ndarray, k: int = SHINGLE_WORDS) -> np.ndarray:
    """The k-shingle hashes of a text's word hashes, in order, with repeats."""
    if not word_hashes.size:
        return word_hashes
    k = min(k, word_hashes.size)
    n = word_hashes.size - k + 1
    h = word_hashes[:n].copy()
    for j in range(1, k):  # in place: ((w0 * M + w1) * M + w2) ..., wrapping modulo 2**64
        np.multiply(h, _SHINGLE_MUL, out=h)
        h += word_hashes[j:j + n]
    h ^= np.right_shift(h, _U32)
    np.bitwise_and(h, _LOW32, out=h)
    return h


#: The constants of the shingle and band hashes as 0-d uint64 arrays, not numpy scalars: the
#: same values and results, but a ufunc with a scalar operand goes through numpy's scalar
#: conversion first - ~13 k instructions a call against ~2.6 k for a 0-d array (an in-place
#: multiply of a report's ~600 shingle hashes under valgrind), and the shingles (10 ufunc
#: calls a report), the signature (1) and the band keys (6 an article) are mostly such calls
#: (issue 16).
_SHINGLE_MUL_INT = 1_000_003
_SHINGLE_MUL = np.array(_SHINGLE_MUL_INT, dtype=np.uint64)
_U32 = np.array(32, dtype=np.uint64)
_LOW32 = np.array(0xFFFFFFFF, dtype=np.uint64)


#: Seed of the hash family; stored signatures are only comparable under the same one.
_SEED = 1
_SCHEME = "affine32"  # datasketch's label for 32-bit signatures; ours are 32-bit too


@lru_cache(maxsize=1)
def _hash_family() -> tuple[np.ndarray, np.ndarray]:
    # RandomState: its stream is frozen across numpy versions, so signatures stay stable.
    rng = np.random.RandomState(_SEED)
    a = rng.randint(1, 2**63, size=NUM_PERM, dtype=np.uint64) | np.uint64(1)
    b = rng.randint(0, 2**63, size=NUM_PERM, dtype=np.uint64)
    return a, b


def signature(norm: str) -> np.ndarray | None:
    """The MinHash signature (NUM_PERM 32-bit minima) of a normalised text, or None when it
    has no words.

    Each of the NUM_PERM hash functions is multiply-shift hashing, (a*x + b mod 2**64) >> 32
    with a random odd a: a universal family, evaluated for every shingle at once in numpy
    (datasketch's `update_batch` calls Python once per shingle). `StoryIndex` indexes the
    signatures.
    """
    return _minhash(_shingle_hashes(norm))


def signature_utf8(data: bytes, norm: str | None) -> np.ndarray | None:
    """`signature` of the text `normalized_utf8` gave as `(data, norm)`: where `norm` is
    None no word character is outside ASCII, so the words are found in the bytes (as
    `_word_hash_array` finds them in the text's)."""
    if norm is not None:
        return signature(norm)
    return _minhash(_byte_shingles(data))


#: Shingles a block of `_minhash` takes at once: its products (NUM_PERM x this, 256 KB) and
#: the hash family's rows laid out as wide stay in the core's cache (`_hash_rows`).
_TILE = 256


@lru_cache(maxsize=1)
def _hash_rows() -> tuple[np.ndarray, np.ndarray]:
    """The hash family's a and b, each repeated along a row `_TILE` wide (NUM_PERM x _TILE)."""
    a, b = _hash_family()
    return np.repeat(a[:, None], _TILE, axis=1), np.repeat(b[:, None], _TILE, axis=1)


#: Each thread's block to compute in (`_minhash`; numpy lets go of the GIL while it works).
_BLOCKS = threading.local()


def _minhash(hashes: np.ndarray) -> np.ndarray | None:
    """The signature of these shingle hashes, or None for none.

    By the compiled kernel where it was built (geo/_fingerprint.c: one pass, each row's
    minimum taken as its values are made; ~0.3 M instructions a 4 KB report against ~0.88 M
    for numpy's three passes over the block, issue 16), else in numpy (`_minhash_blocks`):
    the same values (tests/test_fingerprint_kernel.py)."""
    if hashes.size == 0:
        return None
    if _kernel is not None:
        a, b = _hash_family()
        out = np.empty(NUM_PERM, dtype=np.uint64)
        _kernel.minhash(np.ascontiguousarray(hashes, dtype=np.uint64), a, b, out)
        return out
    return _minhash_blocks(hashes)


def _minhash_blocks(hashes: np.ndarray) -> np.ndarray:
    """`_minhash` in numpy, of one or more shingle hashes.

    Computed a block of `_TILE` shingles at a time, one row per hash function (a shingle per
    column), against a and b laid out as the block is: numpy then multiplies and adds
    arrays of one shape and takes each row's minimum along memory. Broadcasting a (one
    value per row) across the shingles made numpy fill a buffer with each value first, and
    a minimum down the columns of a shingle-per-row block was slower: ~1.25 M instructions
    a 4 KB report (~600 shingles) against ~0.86 M now, and the block stays in the cache."""
    a_rows, b_rows = _hash_rows()
    buf = getattr(_BLOCKS, "buf", None)
    if buf is None:
        buf = _BLOCKS.buf = np.empty(NUM_PERM * _TILE, dtype=np.uint64)
    out = part = None
    for i in range(0, hashes.size, _TILE):
        x = hashes[i:i + _TILE]
        n = x.size
        block = buf[:NUM_PERM * n].reshape(NUM_PERM, n)
        if n == _TILE:
            np.multiply(a_rows, x, out=block)
            block += b_rows  # wraps modulo 2**64
        else:
            np.multiply(a_rows[:, :n], x, out=block)
            block += b_rows[:, :n]
        if out is None:
            out = np.minimum.reduce(block, axis=1)
        else:
            part = np.minimum.reduce(block, axis=1, out=part)
            np.minimum(out, part, out=out)
    np.right_shift(out, _U32, out=out)  # the minimum's high half: the high halves' minimum
    return out


def minhash(text: str) -> LeanMinHash:
    """The signature of a text as a datasketch `LeanMinHash` (empty text: all maxima)."""
    from datasketch import LeanMinHash  # deferred: datasketch loads scipy (~0.4 s)

    sig = signature(normalize_text(text))
    if sig is None:
        sig = np.full(NUM_PERM, 2**32 - 1, dtype=np.uint64)
    return LeanMinHash(seed=_SEED, hashvalues=sig, scheme=_SCHEME)


def signature_bytes(m: Any) -> bytes:
    """A signature (array or MinHash) as bytes, for the store."""
    return np.asarray(getattr(m, "hashvalues", m), dtype=np.uint64).tobytes()


def signature_from_bytes(data: bytes) -> LeanMinHash:
    """A stored signature back as a `LeanMinHash`."""
    from datasketch import LeanMinHash  # deferred: datasketch loads scipy (~0.4 s)

    return LeanMinHash(seed=_SEED, hashvalues=np.frombuffer(data, dtype=np.uint64),
                       scheme=_SCHEME)


@dataclass(frozen=True, slots=True)
class Fingerprint:
    """What the store needs to deduplicate one text; cheap to pickle between processes."""

    content_key: str
    signature: bytes | None

    @classmethod
    def of(cls, text: str, *, near: bool = True) -> Fingerprint:
        """Fingerprint a text; `near=False` skips the MinHash (dataset rows)."""
        data, norm = normalized_utf8(text)
        key = hashlib.sha1(data).hexdigest()
        sig = signature_utf8(data, norm) if near else None
        return cls(key, None if sig is None else sig.tobytes())

    def __reduce__(self) -> tuple[Any, ...]:
        # Its fields, in order: a dataclass pickles its state through `fields()` (~3 µs each way).
        return (type(self), (self.content_key, self.signature))


#: LSH banding of the near-copy index: `_BANDS` bands of `_ROWS` signature values (datasketch's
#: optimum for `NEAR_COPY_THRESHOLD` 0.5 and 128 permutations, with equal weights on false
#: positives and negatives), so the same pairs become candidates as under `MinHashLSH`.
_BANDS, _ROWS = 25, 5  # 125 of the 128 values; the Jaccard estimate uses all 128
_BAND_MUL = np.array(0x9E3779B97F4A7C15, dtype=np.uint64)  # 0-d: see `_SHINGLE_MUL`
#: Mixed into each band's key so that one sorted array holds all bands (`StoryIndex`).
_BAND_SALTS = np.arange(1, _BANDS + 1, dtype=np.uint64) * np.uint64(0xD6E8FEB86659FD93)
#: Signatures per block of the index's signature store.
_BLOCK = 4096


class StoryIndex:
    """Near-copy lookup over stored signatures: LSH banding, then the Jaccard estimate.

    Why not datasketch's `MinHashLSH`: it bands a signature anew for each query and insert
    (one Python call and byte swap per band) and keeps ~5 KB an article, ~50 GB for a
    10-million-article store. Here a signature's 25 band keys (64-bit hashes of each band's 5
    values; the band's number mixed in for the index) are one numpy expression, computed once
    for a `best` and the `add` that follows. The newest articles' band keys sit in a dict;
    every `RUN` articles they are sorted into a numpy run (merged with runs of like size, as
    a binary counter carries), which a query searches with `searchsorted`. An article then
    costs its 32-bit signature (512 B), 25 x 12 B of runs and its key: about 1 KB. A
    band-key collision can only add a candidate, which must reach the threshold on the full
    signature like any other.
    """

    #: Articles whose band keys stay in the dict before they are sorted into a run.
    RUN = 4096

    def __init__(self, threshold: float = NEAR_COPY_THRESHOLD) -> None:
        self.threshold = threshold
        self._keys: list[str] = []  # row -> article key
        self._known: set[str] = set()
        self._blocks: list[np.ndarray] = []  # signatures, `_BLOCK` rows of uint32 each
        self._wide: dict[int, np.ndarray] = {}  # rows whose signature is not 32-bit
        self._recent: dict[int, int | list[int]] = {}  # band key -> row(s), in no run yet
        self._recent_rows = 0
        self._runs: list[tuple[np.ndarray, np.ndarray]] = []  # sorted band keys, their rows
        self._last: tuple[bytes, np.ndarray, list[int], np.ndarray] | None = None

    def __len__(self) -> int:
        return len(self._keys)

    def _banded(self, signature: bytes) -> tuple[np.ndarray, list[int]]:
        """The signature as an array and its 25 band keys (unsigned 64-bit ints; the PostGIS
        store keeps them, so they stay as they are)."""
        sig, keys, _mixed = self._band_keys(signature)
        return sig, keys

    def _band_keys(self, signature: bytes) -> tuple[np.ndarray, list[int], np.ndarray]:
        """The signature, its band keys, and those keys with their band's number mixed in
        (one sorted array holds every band); cached for the next call."""
        last = self._last
        if last is not None and last[0] == signature:
            return last[1], last[2], last[3]
        sig = np.frombuffer(signature, dtype=np.uint64)
        bands = sig[:_BANDS * _ROWS].reshape(_BANDS, _ROWS)
        h = bands[:, 0] * _BAND_MUL  # (0 ^ v) * M: the first step of the loop below
        for j in range(1, _ROWS):
            h ^= bands[:, j]
            np.multiply(h, _BAND_MUL, out=h)  # wraps modulo 2**64
        mixed = h ^ _BAND_SALTS
        self._last = (signature, sig, h.tolist(), mixed)
        return sig, self._last[2], mixed

    def add(self, key: str, signature: bytes) -> None:
        if key in self._known:
            return
        sig, _keys, h = self._band_keys(signature)
        row = len(self._keys)
        self._keys.append(key)
        self._known.add(key)
        if row % _BLOCK == 0:
            self._blocks.append(np.zeros((_BLOCK, NUM_PERM), dtype=np.uint32))
        if sig.size != NUM_PERM or int(sig.max()) >= 2**32:
            self._wide[row] = sig.copy()  # not one of ours; kept as it is
        else:
            self._blocks[-1][row % _BLOCK] = sig
        for k in h.tolist():
            there = self._recent.get(k)
            if there is None:
                self._recent[k] = row
            elif isinstance(there, list):
                there.append(row)
            else:
                self._recent[k] = [there, row]
        self._recent_rows += 1
        if self._recent_rows >= self.RUN:
            self._sort_recent()

    def _sort_recent(self) -> None:
        keys: list[int] = []
        rows: list[int] = []
        for k, there in self._recent.items():
            if isinstance(there, list):
                keys.extend([k] * len(there))
                rows.extend(there)
            else:
                keys.append(k)
                rows.append(there)
        self._recent.clear()
        self._recent_rows = 0
        run = (np.array(keys, dtype=np.uint64), np.array(rows, dtype=np.int64))
        while self._runs and len(self._runs[-1][0]) <= 2 * len(run[0]):
            older = self._runs.pop()
            run = (np.concatenate([older[0], run[0]]), np.concatenate([older[1], run[1]]))
        order = np.argsort(run[0], kind="stable")
        self._runs.append((run[0][order], run[1][order]))

    def _candidate_rows(self, h: np.ndarray) -> set[int]:
        found: set[int] = set()
        for k in h.tolist():
            there = self._recent.get(k)
            if there is None:
                continue
            if isinstance(there, list):
                found.update(there)
            else:
                found.add(there)
        for keys, rows in self._runs:
            lo = np.searchsorted(keys, h, side="left")
            hi = np.searchsorted(keys, h, side="right")
            for i in np.flatnonzero(hi > lo).tolist():
                found.update(rows[lo[i]:hi[i]].tolist())
        return found

    def _signature(self, row: int) -> np.ndarray:
        wide = self._wide.get(row)
        return wide if wide is not None else self._blocks[row // _BLOCK][row % _BLOCK]

    def candidates(self, signature: bytes) -> set[str]:
        """Stored keys sharing at least one band with the signature."""
        return {self._keys[r] for r in self._candidate_rows(self._band_keys(signature)[2])}

    def best(self, signature: bytes) -> tuple[str, float] | None:
        """The most similar stored key at or above the threshold, with its similarity."""
        sig, _keys, h = self._band_keys(signature)
        rows = self._candidate_rows(h)
        if not rows:
            return None
        n = sig.size
        scored = []
        for r in rows:
            other = self._signature(r)
            if other.size == n:
                score = float(np.count_nonzero(other == sig)) / n
                if score >= self.threshold:
                    scored.append((score, self._keys[r]))
        if not scored:
            return None
        score, key = max(scored)
        return key, score


def match_key(event: Mapping[str, Any]) -> str:
    """Where a report is, at its own precision: settlement in its unit, the unit, or "UA".

    A settlement-level report and a unit-level one are not merged: "Dnipropetrovsk region: 111
    drones" and "a strike on Dnipro killed 2" are usually not the same strike.
    """
    iso = event.get("oblast_iso")
    kind = event.get("place_kind")
    place = name_key(str(event.get("place") or ""))
    if kind == "country" or (iso is None and not place):
        return "UA"
    if kind == "oblast" or (event.get("geo_precision") or 0) >= 3:
        return str(iso) if iso else f"?{place}"
    return f"{iso or '?'}|{place}"


parse_date = iso_date


#: `date_window` of each date text met, at most `_WINDOWS_MAX` (a batch's reports share a
#: handful of dates): the store's writers ask it for every report they place (~2.1 a news
#: report), and parsing the date and formatting both bounds cost ~1.4 us a call against a
#: dict hit (issue 16). Only texts: any other value is worked out each time.
_WINDOWS: dict[str, tuple[str, str] | None] = {}
_WINDOWS_MAX = 4096
_NO_WINDOW: Any = object()


def date_window(value: Any) -> tuple[str, str] | None:
    """ISO bounds of the dates a report on `value` merges with."""
    if type(value) is str:
        window = _WINDOWS.get(value, _NO_WINDOW)
        if window is _NO_WINDOW:
            if len(_WINDOWS) >= _WINDOWS_MAX:
                _WINDOWS.clear()
            window = _WINDOWS[value] = _date_window(value)
        return window
    return _date_window(value)


def _date_window(value: Any) -> tuple[str, str] | None:
    """`date_window` worked out."""
    d = parse_date(value)
    if d is None:
        return None
    w = timedelta(days=DATE_WINDOW_DAYS)
    return (d - w).isoformat(), (d + w).isoformat()


#: `credible`'s default: the launched figure is worked out from the report.
_FROM_REPORT: Any = object()


def credible(report: Mapping[str, Any], figure: str,
             launched: int | None = _FROM_REPORT) -> int | None:
    """A report's figure if credible (see the module docstring), else None; a "downed"
    figure is checked against its launched figure, `launched` where the caller has it."""
    value = report.get(figure)
    if value is None:
        return None
    try:
        value = int(value)
    except (TypeError, ValueError):
        return None
    if value < 0 or value > FIGURE_CAPS[figure]:
        return None
    if figure.endswith("_downed"):
        if launched is _FROM_REPORT:
            launched = credible(report, figure.removesuffix("_downed"))
        if launched is not None and value > launched:
            return None
    return value


def credible_figures(report: Mapping[str, Any]) -> dict[str, int | None]:
    """A report's figures with the incredible ones set to None: `credible` of each, a downed
    figure checked against the launched one already in the result (`FIGURES` lists it first)
    instead of working it out again (the store's writer runs this for every report it
    merges)."""
    out: dict[str, int | None] = {}
    for fig in FIGURES:
        out[fig] = (credible(report, fig, out[fig.removesuffix("_downed")])
                    if fig.endswith("_downed") else credible(report, fig))
    return out


def merge_figures(reports: Iterable[Mapping[str, Any]]) -> dict[str, int | None]:
    """The event's figures from its reports (in stored order, each its own story unless it
    has a `story_id`): their credible values merged by `geo.merge_rule`, as the store does."""
    from geo.merge_rule import merge_reports  # deferred: merge_rule may import this module

    return merge_reports([{"story_id": r.get("story_id", f"#{i}"), **credible_figures(r)}
                          for i, r in enumerate(reports)]).figures
