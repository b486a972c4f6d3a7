"""How a merged event's figures follow from its reports: a rule one report cannot bend.

An event merges the reports of one strike (`geo.dedup` decides which). Its figures used to be
the highest credible value of any report, so a single upload claiming "1,400 drones ...
killing 450" replaced the 111 drones and 2 killed every other source gave. The rule now, for
each figure on its own:

1. **A reviewed value comes first.** A reviewer's confirmed or corrected figure is the event's
   figure, whatever the reports say.
2. **One vote per story.** Each distinct story (an article and its near-copies, or one
   dataset row) counts once, with the first credible value it gave: re-uploading a source,
   or a near-copy of it with the numbers changed, adds no vote.
3. **The median of the votes.** With an odd number of stories the middle value; with an even
   number, of the two middle values the one whose story was stored first. So one story stands
   alone; of two, the first stays (a later one cannot overturn it); from three on, the figure
   always lies within the range the other stories give: a single outlier, however large or
   small, never puts its own value in.
4. **Disagreement is flagged.** A figure the stories give different values for is *disputed*
   (the event's `disputed` column lists such figures), for a reviewer to settle; every
   report's own figures stay in `event_reports`.

The price: a toll that grows over the night (2 killed, later 5) keeps the first story's value
until most stories give the new one or a reviewer corrects it; the figure is then flagged.

Pure functions over plain values, shared by every store backend.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from geo.schema import FIGURES


@dataclass(frozen=True, slots=True)
class Merged:
    """An event's figures and the figures its stories disagree on (in `FIGURES` order)."""

    figures: dict[str, int | None]
    disputed: tuple[str, ...]

    @property
    def disputed_text(self) -> str | None:
        """The store's `disputed` column: figure names joined by commas, or None."""
        return ",".join(self.disputed) or None


def story_votes(reports: Iterable[tuple[str, int | None]]) -> list[int]:
    """One value per story, in the order stories first appear: the first non-missing value
    of each. `reports` are (story key, credible value) in the order they were stored."""
    votes: dict[str, int] = {}
    for story, value in reports:
        if value is not None and story not in votes:
            votes[story] = int(value)
    return list(votes.values())


def median_vote(votes: Sequence[int]) -> int | None:
    """The median of votes given in arrival order; of two middle values, the earlier vote.

    None without votes. With three votes or more the result lies within the range of the
    others, whatever any single vote says.
    """
    if not votes:
        return None
    ranked = sorted(votes)
    n = len(ranked)
    if n % 2:
        return ranked[n // 2]
    low, high = ranked[n // 2 - 1], ranked[n // 2]
    if low == high:
        return low
    # The lower middle vote is the k-th `low` to arrive (equal votes rank by arrival); the
    # upper middle one the first `high`. Plain index scans: this runs on every store merge.
    at = -1
    for _ in range(n // 2 - ranked.index(low)):
        at = votes.index(low, at + 1)
    return low if at < votes.index(high) else high


def merge_figure(reports: Iterable[tuple[str, int | None]],
                 reviewed: int | None = None) -> tuple[int | None, bool]:
    """One figure of an event: (value, disputed). `reports` are (story key, credible value)
    in stored order; `reviewed` a reviewer's value, which wins."""
    votes = story_votes(reports)
    disputed = len(set(votes)) > 1
    if reviewed is not None:
        return int(reviewed), False
    return median_vote(votes), disputed


def merge_reports(reports: Sequence[Mapping[str, Any]], *, story_key: str = "story_id",
                  reviewed: Mapping[str, int | None] | None = None) -> Merged:
    """Every figure of an event from its reports (mappings with `story_key` and the figures,
    already through `geo.dedup.credible_figures`, in the order they were stored); `reviewed`
    maps figures to a reviewer's values (missing or None: not reviewed)."""
    return merge_votes({fig: story_votes((str(r.get(story_key)), r.get(fig)) for r in reports)
                        for fig in FIGURES}, reviewed=reviewed)


def merge_votes(votes: Mapping[str, Sequence[int]], *,
                reviewed: Mapping[str, int | None] | None = None) -> Merged:
    """`merge_reports` from the stories' votes already collected (`story_votes` of each
    figure, in arrival order): what a store that keeps the votes as reports come in calls."""
    figures: dict[str, int | None] = {}
    disputed: list[str] = []
    for fig in FIGURES:
        got = votes.get(fig) or ()
        given = (reviewed or {}).get(fig)
        figures[fig] = int(given) if given is not None else median_vote(got)
        if given is None and got and min(got) != max(got):
            disputed.append(fig)
    return Merged(figures, tuple(disputed))
