"""A serial's heading in a list of contents: a line printed again over each instalment.

A journal's contents list prints a serial's title once for every issue that carries a part of it
("History and Traditions of the Coast—" over "Chapter XIX.—Second Siege", then again over
"Chapter XX.—The Wreck"); a report prints "Recommendations:" over each section's own list. Such a
line ends open, on a dash or a colon, because the line under it completes it, and what completes
it differs each time. A line a scraper pasted twice does not end open, or brings the same next line
with it (the paragraph under it was pasted too).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Sequence

# the marks a line ends on when the next line completes it
_OPEN_ENDS = ("—", "–", ":", " -", "--")


def serial_headings(lines: Sequence[str], key: Callable[[str], str]) -> set[int]:
    """Indexes of the lines (blank lines left out) that head a different line at each copy: every
    copy of the line ends open, and the lines under the copies are all different. `key` folds a
    line as the repetition check compares lines."""
    copies: dict[str, list[int]] = defaultdict(list)
    for index, line in enumerate(lines):
        if line.rstrip().endswith(_OPEN_ENDS):
            copies[key(line)].append(index)
    found: set[int] = set()
    for indexes in copies.values():
        if len(indexes) < 2 or indexes[-1] + 1 >= len(lines):
            continue  # printed once, or the last copy heads nothing the page kept
        under = {key(lines[i + 1]) for i in indexes}
        if len(under) == len(indexes) and all(key(lines[i + 1]) for i in indexes):
            found.update(indexes)
    return found
