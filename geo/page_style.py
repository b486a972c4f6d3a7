"""Page-level CSS for the dashboard: compact on phones, legible in light and dark themes.

Streamlit styles its own widgets for both themes; this adds only what the dashboard's layout
needs. Kept out of app.py (thin) and tested as text, and in a real browser at 390x844.
"""

from __future__ import annotations

#: Headline numbers: a row of compact metrics that wraps (a horizontal container keyed
#: "headline"); on a phone the values shrink so five fit in two short rows, not a screen.
PAGE_CSS = """<style>
.st-key-headline [data-testid="stMetric"] { min-width: 6.5rem; }
@media (max-width: 640px) {
  .st-key-headline { gap: .25rem .9rem !important; }
  .st-key-headline [data-testid="stMetric"] { min-width: 4.6rem; padding: 0; }
  .st-key-headline [data-testid="stMetricValue"] { font-size: 1.15rem; line-height: 1.3; }
  .st-key-headline [data-testid="stMetricLabel"] p { font-size: .72rem; }
  .st-key-headline [data-testid="stMetricLabel"] { min-height: 0; }
}
</style>"""
