"""The shape of a roundup rule, shared by the Ukrainian and Russian rules: a toll whose verb is
told once, then places each with its count alone ("у Білозерці поранено 2 людей, у Станіславі
– чоловіка, у Херсоні – 5 осіб"). The k-th such place's count is read by the rule of depth k
(a rule reads one count per sentence: it opens at the sentence's start, and a sentence without
a dash is passed over in one scan). Each language gives its verb, next place and count."""

from __future__ import annotations


def place_ahead(next_place: str) -> str:
    """Where a next place can begin: its separator, the rest of `next_place` ahead (each of
    a roundup's places starts at its own separator, so a rule of depth d needs d of these)."""
    return rf"[,;:](?={next_place[len('[,;:]'):]})"


def roundup_pattern(verb: str, next_place: str, next_count: str, depth: int) -> str:
    """The pattern of depth `depth`: the verb, the first place's count, `depth - 1` places
    passed over, then the next place and its count (group `n`)."""
    skip = rf"(?:{next_place}[^,;.]+?){{{depth - 1}}}" if depth > 1 else ""
    return (rf"^(?=[\s\S]*?(?:\s-\s|[–—]))[\s\S]*?{verb}\s*:?\s+[^.;]*?{skip}{next_place}"
            rf"{next_count}")
