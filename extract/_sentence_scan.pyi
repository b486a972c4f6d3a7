"""The sentence splitter of `extract.sentences` in C (`extract/_sentence_scan.c`), optional."""

from collections.abc import Callable

def spans(text: str, is_abbreviation: Callable[[str, int], bool],
          wrapped_date: Callable[[str, int], bool], longest: int) -> list[tuple[int, int]]: ...
