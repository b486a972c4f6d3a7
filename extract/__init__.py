"""Strikemap extraction: place mentions and strike facts from news text."""

from extract.compiled import choose

# The modules setup.py compiles with mypyc load from source where one is stale (or where
# STRIKEMAP_PURE=1): before any of them is imported.
choose()
