"""Titles a scanner misread before a name: "Airs. Smith" and "MIr. Smith" where the page prints
"Mrs. Smith" and "Mr. Smith" elsewhere.

A page that names people uses its titles again and again, so the page itself says which titles it
prints and whom they go with. A capitalised abbreviation before a name that is not one of those
titles but one or two misread letters from one the page uses twice or more is the title misread
when either the page also gives that name the title ("Mrs. Smith" ... "Airs. Smith"), or the
abbreviation is one letter off and no English word as written ("MIr.", "Mra."), so nothing else
can stand there. A real
word one letter from a title ("Mt. Hood", "Air. Force") needs the first evidence.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterator

from newslint.regex_store import compile_pattern

Zipf = Callable[[str], float]

# The titles English puts before a name, as printed in papers that abbreviate them.
TITLES = frozenset(
    {
        "Mr", "Mrs", "Ms", "Messrs", "Dr", "Rev", "Gen", "Col", "Capt", "Lieut", "Hon",
        "Gov", "Sen", "Prof", "Sir", "Miss", "Mme", "Mlle", "St", "Mt", "Sgt", "Maj", "Lt",
    }
)  # fmt: skip
MAX_MISREAD = 2  # letters misread, at most ("Airs." for "Mrs.": "M" read as "Ai")
MIN_USES = 2  # how often the page must print a title for it to be the page's own
MAX_WORD_ZIPF = 2.0  # an abbreviation rarer than this is no English word
# A capitalised abbreviation (or a title with a comma for its full stop) before a capitalised
# name, not after an initial or inside a run of capitals.
_BEFORE_NAME = compile_pattern(
    r"(?<![\p{L}\p{N}.'’-])(?P<title>\p{Lu}[\p{L}]{0,5})(?P<mark>[.,]?)(?= (?P<name>\p{Lu}\p{Ll}+))"
)


_ANY_TITLE = compile_pattern(
    r"(?<![\p{L}\p{N}.'’-])(?:" + "|".join(sorted(TITLES)) + r")\.? \p{Lu}\p{Ll}"
)


def misread_titles(text: str, zipf: Zipf) -> Iterator[tuple[int, int, str]]:
    """Spans of misread titles with the title the page prints there."""
    if len(_ANY_TITLE.findall(text)) < MIN_USES:
        return  # a page with no titles of its own is not read word by word
    uses: Counter[str] = Counter()
    named: set[tuple[str, str]] = set()
    found = list(_BEFORE_NAME.finditer(text))
    for match in found:
        title = match.group("title")
        if title in TITLES and match.group("mark") in (".", ""):
            uses[title + match.group("mark")] += 1
            named.add((title + match.group("mark"), match.group("name")))
    printed = [title for title, count in uses.items() if count >= MIN_USES]
    if not printed:
        return
    for match in found:
        written = match.group("title") + match.group("mark")
        if written in uses:
            continue
        close = _title_misread(match.group("title"), match.group("mark"), printed)
        if close is None:
            continue
        meant, distance = close
        by_name = (meant, match.group("name")) in named
        if by_name or (distance <= 1 and not _a_word(match.group("title"), zipf)):
            yield match.start("title"), match.end("mark"), meant


def _title_misread(letters: str, mark: str, printed: list[str]) -> tuple[str, int] | None:
    """The printed title `letters` + `mark` is most likely a misreading of, with the number of
    letters misread (a comma read for the full stop counts none), if any is close enough."""
    best: tuple[str, int] | None = None
    for title in printed:
        core = title.rstrip(".")
        title_mark = title[len(core) :]
        if letters == core:
            if mark == "," and title_mark == ".":
                return title, 0
            continue
        if len(letters) < 2 or letters in TITLES or (mark != title_mark and mark != ","):
            continue
        distance = _distance(letters.lower(), core.lower())
        closer = best is None or distance < best[1]
        if distance <= MAX_MISREAD and len(letters) >= len(core) - 1 and closer:
            best = title, distance
    return best


def _a_word(letters: str, zipf: Zipf) -> bool:
    """Whether `letters` is an English word as written: in a word's casing ("MIr" is in none)
    and not rare."""
    cased = letters.istitle() or letters.isupper() or letters.islower()
    return cased and zipf(letters) >= MAX_WORD_ZIPF


def _distance(a: str, b: str) -> int:
    previous = list(range(len(b) + 1))
    for i, ca in enumerate(a, 1):
        current = [i]
        for j, cb in enumerate(b, 1):
            current.append(min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (ca != cb)))
        previous = current
    return previous[-1]
