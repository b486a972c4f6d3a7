"""CSV cells a spreadsheet cannot run: formula injection neutralised as OWASP recommends.

A report's text reaches CSV cells (place, sentence, source, title); a cell that starts with
`=`, `+`, `-`, `@`, a tab or a carriage return is read by Excel, LibreOffice and Google Sheets
as a formula (`=HYPERLINK(...)`, `@SUM(...)`, `-2+3`). Such a text cell gets a single quote
in front (`'=HYPERLINK(...)`): the spreadsheet shows it as text, and the quote is plainly
visible to anyone reading the file otherwise. The csv writer quotes cells with commas or
quotes as usual.

Numbers stay numbers: int and float values are never touched, and neither is a text cell
that is exactly a plain decimal number (`-12`, `+3.5`, `-1e3`), which every spreadsheet reads
as that number and never as a formula. Anything else that starts with a sign (`-1+1`,
`-2*A1`, `- item`) is neutralised, since a spreadsheet would compute `-1+1` as 0.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:  # the extract CLI uses `safe_cell` without loading pandas
    import pandas as pd

#: First characters that make a spreadsheet read a cell as a formula (OWASP's list).
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
_PLAIN_NUMBER = re.compile(r"[+-]?(\d+(\.\d*)?|\.\d+)([eE][+-]?\d+)?")


def safe_cell(value: Any) -> Any:
    """`value` with a single quote in front when it is text a spreadsheet would run."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS) \
            and not _PLAIN_NUMBER.fullmatch(value):
        return "'" + value
    return value


def safe_frame(frame: pd.DataFrame) -> pd.DataFrame:
    """A copy of `frame` whose text cells are `safe_cell`ed (numeric columns as they are)."""
    import pandas as pd

    out = frame.copy()
    for col in out.columns:
        if out[col].dtype == object or pd.api.types.is_string_dtype(out[col].dtype):
            out[col] = out[col].map(safe_cell, na_action="ignore")
    return out
