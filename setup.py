"""The optional compiled kernels of the near-copy signature (`geo/_fingerprint.c`).

Everything else is in pyproject.toml. Why a C extension (issue 16): the signature's words,
shingles and MinHash took ~1.6 M instructions of a 4 KB report in numpy and Python, ~0.4 M
compiled. `optional=True`: where no C compiler is, the install goes on without the kernels
and `geo.dedup` computes the same signatures in numpy (tests/test_fingerprint_kernel.py
compares both).
"""

import sys

from setuptools import Extension, setup

setup(ext_modules=[Extension(
    "geo._fingerprint", ["geo/_fingerprint.c"], optional=True,
    extra_compile_args=[] if sys.platform == "win32" else ["-O3"],
)])
