"""The compiled kernels of the near-copy signature (`geo/_fingerprint.c`, built by setup.py
where a C compiler is) give what `geo.dedup` computes in numpy without them: they were made
for speed alone (issue 16), and stored signatures must not depend on how a worker was
installed."""

from __future__ import annotations

import os

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from geo import dedup

kernel = dedup._kernel
needs_kernel = pytest.mark.skipif(kernel is None, reason="geo._fingerprint was not built")

#: Bytes the word scan must tell apart: word characters, separators, UTF-8 of other scripts.
_BYTES = st.binary(max_size=600) | st.lists(
    st.sampled_from([b"a", b"Z", b"7", b"_", b" ", b"  ", b"\n", b"-", b"'", b"\xe2\x80\xa2",
                     b"\xd0\xb4", b"\x00", b"\x7f", b"\xff", b"strike", b"Kharkiv"]),
    max_size=400).map(b"".join)


@needs_kernel
@settings(max_examples=300, deadline=None)
@given(_BYTES, st.integers(1, 7))
def test_ascii_shingles_as_numpy(data: bytes, k: int) -> None:
    got = np.frombuffer(kernel.ascii_shingles(data, k, dedup._SHINGLE_MUL_INT), dtype=np.uint64)
    expected = dedup._shingles(dedup._byte_word_hashes(data), k)
    assert got.dtype == expected.dtype and got.tolist() == expected.tolist()


@needs_kernel
@settings(max_examples=200, deadline=None)
@given(st.lists(st.integers(0, 2**64 - 1), min_size=1, max_size=700), st.booleans())
def test_minhash_as_numpy_blocks(values: list[int], narrow: bool) -> None:
    """Any uint64 hashes (shingle hashes are below 2**32; the kernel does not rely on it)."""
    hashes = np.array(values, dtype=np.uint64)
    if narrow:
        hashes &= np.uint64(0xFFFFFFFF)
    got = dedup._minhash(hashes)
    assert got is not None
    assert got.dtype == np.uint64 and got.tolist() == dedup._minhash_blocks(hashes).tolist()


@needs_kernel
@pytest.mark.parametrize("words", [1, 4, 5, 6, 255, 256, 257, 700])
@pytest.mark.parametrize("shape", ["ascii", "bullets", "cyrillic", "mixed"])
def test_signatures_with_and_without_kernel(words: int, shape: str,
                                            monkeypatch: pytest.MonkeyPatch) -> None:
    vocab = {"ascii": ["Drones", "hit", "the", "depot", "at", "night", "2", "x_y"],
             "bullets": ["• Drones", "hit", "Odesa °", "at", "dawn —", "12", "€"],
             "cyrillic": ["Дрони", "атакували", "Odesa", "вночі", "2", "ї"],
             "mixed": ["Strikes", "on", "Київ", "and", "Lviv", "«quoted»", "x9"]}[shape]
    text = "  ".join(f"{vocab[i % len(vocab)]}{i % 89}" for i in range(words))
    data, norm = dedup.normalized_utf8(text)
    plain = dedup.normalize_text(text)
    compiled = (dedup.signature_utf8(data, norm), dedup.signature(plain),
                dedup.shingle_hashes(plain))
    monkeypatch.setattr(dedup, "_kernel", None)
    numpy_way = (dedup.signature_utf8(data, norm), dedup.signature(plain),
                 dedup.shingle_hashes(plain))
    for got, expected in zip(compiled, numpy_way, strict=True):
        assert got is not None and expected is not None
        assert got.dtype == expected.dtype and got.tolist() == expected.tolist()


@needs_kernel
def test_kernel_refuses_what_is_not_uint64() -> None:
    out = np.empty(dedup.NUM_PERM, dtype=np.uint64)
    a, b = dedup._hash_family()
    with pytest.raises(TypeError):
        kernel.minhash(np.arange(10, dtype=np.int32), a, b, out)
    with pytest.raises(ValueError):  # not contiguous: numpy will not lend it as such
        kernel.minhash(np.arange(10, dtype=np.uint64)[::2], a, b, out)
    with pytest.raises(ValueError):
        kernel.minhash(np.arange(10, dtype=np.uint64), a[:5], b, out)
    assert kernel.ascii_shingles(b" - ", 5, 3) == b""


def test_kernel_built_where_required() -> None:
    """setup.py builds the kernel as an optional extension, whose failed build the install
    passes over quietly and whose tests above then skip: `STRIKEMAP_REQUIRE_KERNEL=1` (set by
    .ci/run, whose machines have a C compiler and the Python headers) makes that a failure."""
    if os.environ.get("STRIKEMAP_REQUIRE_KERNEL") != "1":
        pytest.skip("STRIKEMAP_REQUIRE_KERNEL is not 1")
    assert kernel is not None, "geo._fingerprint was not built (STRIKEMAP_REQUIRE_KERNEL=1)"
