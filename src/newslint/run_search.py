"""Search a regex only in the runs of text around the characters it needs.

A pattern led by a look-behind or a broad class is tried at every position of a text, and from
each the rest of its word again; when a match must hold a rare character (a Cyrillic letter, a
byte above 0x7F), searching only the run of characters around each rare one finds the same
matches for a fraction of the cost.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex


def finditer_in_runs(
    pattern: regex.Pattern[str],
    text: str,
    trigger: regex.Pattern[str],
    run_before: regex.Pattern[str],
    run_after: regex.Pattern[str],
) -> Iterator[regex.Match[str]]:
    """`pattern`'s matches in the runs around `trigger`'s matches. `run_before` (compiled with
    regex.REVERSE) and `run_after` match the run's characters on either side and must match
    everywhere (a starred class); the run is where every match holding the trigger lies."""
    searched = 0
    for rare in trigger.finditer(text):
        if rare.start() < searched:
            continue  # in the run just searched
        before = run_before.match(text, searched, rare.start())
        after = run_after.match(text, rare.end())
        assert before is not None and after is not None  # a starred class always matches
        yield from pattern.finditer(text, before.start(), after.end())
        searched = after.end()
