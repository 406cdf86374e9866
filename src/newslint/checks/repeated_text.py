"""Text a pipeline pasted twice where line comparison cannot see it: a sentence that occurs twice
(a caption or standfirst repeated as the body's first sentence), a headline-sized line that
reappears inside another line (a headline glued to the dateline, a caption run into a paragraph),
and a headline printed again after the page's title bar or breadcrumb already carried it.

Helpers of the `repetition` kind: each yields (start, end, first) with the repeat's span and the
offset of the text it repeats.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable, Iterator, Sequence
from operator import itemgetter

from newslint.checks.repetition import MARKS_FOLDED, normalise
from newslint.document import Document
from newslint.regex_store import compile_pattern
from newslint.serial_headings import serial_headings
from newslint.tokens import Run

TOKEN = compile_pattern(r"[\p{L}\p{N}]+")
LINE = compile_pattern(r"[^\n]*\S[^\n]*")
FRAGMENT_MAX_WORDS = 30
# Words of a neighbouring line that must go on the copy inside a longer line for the copy to be
# a piece of that line broken off (`_broken_piece`).
PIECE_WORDS = 3
TITLE_BAR_MAX_WORDS = 60  # a breadcrumb or title bar; longer lines are prose
# A page's title bar and breadcrumb stand once or twice, near its top; three words carried by more
# bar lines than this are a gallery's or a listing's captions, and comparing each later line with
# every one of them made the rule quadratic (103 KB of captions: 5.1 s). The earliest are kept.
BAR_LINES_PER_PIECE = 8
# What follows a title inside a title bar or breadcrumb: a separator, or the bar's ellipsis.
_BAR_ITEM_END = compile_pattern(r"[|›»>/•·:–—-]|\.{3}|…")
# A title bar or breadcrumb shows a separator between its items, or the ellipsis of a cut title.
_BAR_MARK = compile_pattern(r"[|›»>/•·:–—]| - |\.{3}|…")
_TRUNCATION = compile_pattern(r"(?:\.{3}|…)$")
# Two capitalised labels or more run together, the last one the title's first word.
_CAMEL_CRUMB = compile_pattern(r"(?:\p{Lu}\p{Ll}+){2,}\p{Lu}\p{Ll}*")
_CAMEL_SEAM = compile_pattern(r"\p{Ll}\p{Lu}")
CRUMB_MAX_WORDS = 8  # a breadcrumb's labels before the title
NEAR_CHARS = 1000
DATELINE_WORDS = 5  # "WASHINGTON, May 3 (Reuters)": a place, a date, the agency
DATELINE_TOKENS = 8  # its words and figures ("ABU DHABI, 3 May 2024 (WAM)")
_DATELINE_DASHES = (" -", " - ", " —", " — ", " –", " – ")


def repeated_sentences(doc: Document, min_words: int) -> Iterator[tuple[int, int, int]]:
    """Second and later copies of a sentence of at least `min_words` words, whole or glued to the
    end of another sentence (`_glued_copy`). Copies that are whole lines are left to the line
    rule, which reports them already."""
    seen: dict[str, int] = {}
    openings: dict[tuple[str, ...], list[tuple[list[str], int]]] = {}
    first_words: set[str] = set()
    text = doc.text
    for span in doc.sentences:
        key = normalise(text[span.start : span.end])
        words = key.split()
        if len(words) < min_words:
            continue
        first = seen.setdefault(key, span.start)
        if first == span.start:
            glued = _glued_copy(text, span.start, span.end, words, openings, first_words)
            if glued is not None and glued[0] - glued[2] <= NEAR_CHARS:
                yield glued
            openings.setdefault(tuple(words[:OPENING_WORDS]), []).append((words, span.start))
            first_words.add(words[0])
            continue
        if _whole_line(text, span.start, span.end):
            continue
        if span.start - first > NEAR_CHARS:
            continue  # a press release may restate a sentence pages later; a paste sits close
        yield span.start, span.end, first


OPENING_WORDS = 3


def _glued_copy(
    text: str,
    start: int,
    end: int,
    words: list[str],
    openings: dict[tuple[str, ...], list[tuple[list[str], int]]],
    first_words: set[str],
) -> tuple[int, int, int] | None:
    """An earlier sentence pasted again at the end of this one (`words`, its folded words), where
    a seam shows that a new sentence began without its break: a capital after a full stop with no
    space, or a capital word mid-sentence with nothing between ("… not been settled.By Dana
    Whitcombe The harbour board approved …", a paragraph repeated after a glued byline). Prose
    that restates a sentence inside another one carries it on in lower case."""
    for i in range(1, len(words) - OPENING_WORDS + 1):
        if words[i] not in first_words:  # cheaper than building every word's opening
            continue
        for copy, first in openings.get(tuple(words[i : i + OPENING_WORDS]), ()):
            if words[i:] != copy:
                continue
            tokens = list(TOKEN.finditer(text, start, end))
            if len(tokens) != len(words):
                return None
            token, before = tokens[i], tokens[i - 1]
            if token.group()[:1].isupper() and _seam(text[before.end() : token.start()]):
                return token.start(), end, first
    return None


def _seam(gap: str) -> bool:
    """The gap before a glued copy: a full stop with no space after it, or a plain space (the
    copy's capital then opens a sentence inside another)."""
    return gap == " " or gap.endswith(".")


def repeated_fragments(doc: Document, min_words: int) -> Iterator[tuple[int, int, int]]:
    """A line of `min_words` to 30 words (a headline, a caption) pasted again inside a longer line:
    at the start of that line or right after one of its sentences. Candidates are indexed by
    their first words, so a long document costs one pass over its words."""
    text = doc.text
    runs = doc.runs
    run_starts = [run[0] for run in runs]
    lines = [
        (m.start(), m.end(), bisect_left(run_starts, m.start()), bisect_left(run_starts, m.end()))
        for m in LINE.finditer(text)
    ]
    by_opening: dict[tuple[str, ...], list[tuple[int, int, list[str]]]] = {}
    for start, end, low, high in lines:
        if not min_words <= high - low <= FRAGMENT_MAX_WORDS and text[start:end].isascii():
            continue  # folding ASCII keeps its runs: a paragraph's words are too many
        words = normalise(text[start:end]).split()
        if min_words <= len(words) <= FRAGMENT_MAX_WORDS:
            known = by_opening.setdefault(tuple(words[:3]), [])
            if all(
                words != copy for *_, copy in known
            ):  # the first of identical lines stands for all
                known.append((start, end, words))
    neighbours = _NeighbourLines(text, [(start, end) for start, end, *_ in lines])
    reported: set[int] = set()
    # Only a token whose folded form opens a candidate can open a copy: the rest of the page's
    # tokens are never folded, nor their gaps read.
    openers = {words[0] for words in by_opening if words}
    may_open = {token for token in doc.names.texts if token.casefold() in openers}
    for start, end, low, high in lines:
        tokens = runs[low:high]
        for i in [i for i, token in enumerate(tokens) if token[2] in may_open]:
            if not _segment_start(text, start, tokens, i):
                continue
            opening = tuple(run[2].casefold() for run in tokens[i : i + 3])
            for first, first_end, copy in by_opening.get(opening, ()):
                n = len(copy)
                if first in reported or first == start or end - start <= first_end - first:
                    continue
                words = [run[2].casefold() for run in tokens[i : i + n]]
                if words != copy or (
                    first > start and _broken_piece(tokens, i, n, *neighbours.around(first))
                ):
                    continue
                if _pasted(text, start, tokens[i][0], tokens[i + n - 1][1]):
                    reported.add(first)
                    yield tokens[i][0], tokens[i + n - 1][1], first


class _NeighbourLines:
    """For a line's start, the key words (`normalise`) of the lines with text before and after
    it, each line's read when first asked: only a copy found asks, and most pages have none
    (normalising every line of a megabyte first cost a tenth of a second)."""

    def __init__(self, text: str, lines: list[tuple[int, int]]):
        self.text = text
        self.lines = lines
        self.at = {start: at for at, (start, _) in enumerate(lines)}
        self.keys: dict[int, list[str]] = {}

    def around(self, start: int) -> tuple[list[str], list[str]]:
        at = self.at[start]
        return self._key(at - 1) if at else [], self._key(at + 1)

    def _key(self, at: int) -> list[str]:
        if at >= len(self.lines):
            return []
        key = self.keys.get(at)
        if key is None:
            begin, end = self.lines[at]
            key = self.keys[at] = normalise(self.text[begin:end]).split()
        return key


def _broken_piece(
    tokens: Sequence[Run], i: int, n: int, before: list[str], after: list[str]
) -> bool:
    """Whether the copy found at `tokens[i : i + n]` goes on, in the longer line, with the words
    of the line after it (or follows those of the line before it): the copy is a piece of that
    longer line printed again with a stray line break in it ("…Limited N.J." / "schools data
    to…"). Below the longer line, the pieces are the repeat and the longer line the original;
    above it, the longer line prints the broken title again whole, and is reported."""
    folded = [run[2].casefold() for run in tokens]
    tail, head = after[:PIECE_WORDS], before[-PIECE_WORDS:]
    return bool(tail and folded[i + n : i + n + len(tail)] == tail) or bool(
        head and i >= len(head) and folded[i - len(head) : i] == head
    )


def may_hold_fragments(doc: Document, min_words: int) -> bool:
    """Whether `repeated_fragments` can find anything: some line of `min_words` to 30 words
    whose key (`normalise`) is inside another line's key. A copy is the candidate line's key
    words, equal to consecutive runs of the other line, casefolded; on a line whose characters
    are ASCII or marks `normalise` reads as spaces, its key words are its runs casefolded, so
    the copy's words stand in its key. Any other line may tokenise otherwise: then True."""
    keys = []
    for line in LINE.findall(doc.text):
        folded = line.translate(MARKS_FOLDED)
        if not folded.isascii():
            return True
        keys.append(" ".join(folded.split()))  # `normalise` of such a line
    # Inside another line's key: a second place in all the keys joined by line breaks (no key
    # holds one, so no place spans two). A search of every other key per line cost a page of
    # 2,500 short lines 0.4 s, fifteen times the check's own run.
    joined = "\n".join(keys)
    for key in keys:
        if min_words <= len(key.split()) <= FRAGMENT_MAX_WORDS:
            first = joined.find(key)
            if joined.find(key, first + 1) >= 0:
                return True
    return False


def _segment_start(text: str, line_start: int, tokens: Sequence[Run], i: int) -> bool:
    """Whether the token at `i` (of its line's `tokens`) opens the line, follows a sentence end
    or follows a dateline."""
    if i == 0:
        return True
    gap = text[tokens[i - 1][1] : tokens[i][0]]
    if "." in gap or "!" in gap or "?" in gap:
        return True
    return i <= DATELINE_TOKENS and _after_dateline(text, line_start, tokens[i][0])


def _after_dateline(text: str, line_start: int, token_start: int) -> bool:
    """The token opens the story after a dateline ("Hanoi (VNA) - ", "LONDON (Reuters) — "): a
    few words, then a spaced dash."""
    before = text[line_start:token_start]
    return before.endswith(_DATELINE_DASHES) and len(before.split()) <= DATELINE_WORDS + 1


def _pasted(text: str, line_start: int, start: int, end: int) -> bool:
    """Pasted, not quoted: the copy opens its line, follows a sentence end or a dateline, and what
    comes after it does not carry on its sentence (a headline used as a name, "… Seminar will
    open", does)."""
    before = text[line_start:start].rstrip()
    dateline = before.endswith(_DATELINE_DASHES[0::2]) and len(before.split()) <= DATELINE_WORDS + 1
    if before and not before.endswith((".", "!", "?", "”", '"', ")")) and not dateline:
        return False
    after = text[end : end + 2].lstrip(" ")[:1]
    return not (after.islower() or after in (",", ";", ":"))


def _blank(char: str) -> bool:
    return char.isspace() and char != "\n"


def _whole_line(text: str, start: int, end: int) -> bool:
    """Whether only blanks stand between the span and its line's ends. Read outwards from the
    span over blanks only: searching for the line breaks read the whole line for every
    sentence, which on a page written as one line made the rule quadratic."""
    before = start
    while before > 0 and _blank(text[before - 1]):
        before -= 1
    after = end
    while after < len(text) and _blank(text[after]):
        after += 1
    return (before == 0 or text[before - 1] == "\n") and (after == len(text) or text[after] == "\n")


def repeated_titles(doc: Document, min_words: int) -> Iterator[tuple[int, int, int]]:
    """A headline-sized line whose words an earlier, longer line already carried as one of its
    items: the title bar ("Headline | Site"), the breadcrumb ("Home » News » Headline") or the
    breadcrumb's cut-off copy ("Home Economy Headline that runs..."). The page then prints the
    headline again; that second copy is the repeat. Lines that repeat whole are the line rule's."""
    text = doc.text
    runs = doc.runs  # the `TOKEN` matches: the same pattern, and no run crosses a line
    run_starts = list(map(itemgetter(0), runs))
    seen: dict[tuple[str, ...], list[tuple[int, list[Run], int]]] = {}
    low = 0
    serial: set[int] | None = None  # a serial's heading repeated over each part: not a title
    for line in LINE.finditer(text):
        start, end = line.span()
        # Prose lines end on a full stop and carry no separator: neither title nor bar.
        bar = _BAR_MARK.search(text, start, end) is not None
        if not bar and text[end - 1] == ".":
            continue
        low = bisect_left(run_starts, start, low)
        high = bisect_left(run_starts, end, low)
        if high - low > FRAGMENT_MAX_WORDS and (not bar or high - low > TITLE_BAR_MAX_WORDS):
            continue  # too long for a title, and no bar: its words are never folded
        tokens = runs[low:high]
        if tokens and (crumb := _glued_crumb(tokens)) is not None:
            bar, tokens = True, tokens[crumb[0] :]
            tokens[0] = crumb[1]
        words = [t[2].casefold() for t in tokens]
        if min_words <= len(words) <= FRAGMENT_MAX_WORDS:
            found = _carried_by(text, seen.get(tuple(words[:3]), ()), words)
            if found is not None:
                if serial is None:  # asked only of a page that prints a title twice
                    serial = _serial_starts(text)
                if start not in serial:
                    yield tokens[0][0], tokens[-1][1], found
        if bar and len(words) <= TITLE_BAR_MAX_WORDS:
            for i in range(max(0, len(words) - 2)):
                holding = seen.setdefault(tuple(words[i : i + 3]), [])
                if len(holding) < BAR_LINES_PER_PIECE:
                    holding.append((start, tokens, i))


def _serial_starts(text: str) -> set[int]:
    """Where the lines start that head a serial's parts in a list of contents (`serial_headings`):
    the same line over a different part each time, which is neither a title nor its bar."""
    lines = list(LINE.finditer(text))
    found = serial_headings([line.group() for line in lines], normalise)
    return {lines[i].start() for i in found}


def _glued_crumb(tokens: Sequence[Run]) -> tuple[int, Run] | None:
    """Where the title starts (the index of its token, and its first word) when a breadcrumb's
    labels were run into it at their capitals ("HomeNationalNews reports on…", "HomeIran News
    NowIran Nuclear NewsIranian regime rejects…"): the line's opening words are capitalised
    labels, the last of them glued to the title's first word, and the title starts at that
    token's last capital."""
    glued = None
    for index, token in enumerate(tokens[:CRUMB_MAX_WORDS]):
        if not token.text[:1].isupper():
            break
        if _CAMEL_SEAM.search(token.text):
            glued = index
    if glued is None:
        return None
    token = tokens[glued]
    last = max(i for i, c in enumerate(token.text) if c.isupper())
    if glued == 0 and not _CAMEL_CRUMB.fullmatch(token.text):
        return None  # one camel-case word opening a line is a name ("YouTube star…")
    return glued, Run(token.start + last, token.end, token.text[last:])


def _carried_by(
    text: str,
    candidates: Iterable[tuple[int, list[Run], int]],
    words: list[str],
) -> int | None:
    """The start of an earlier line holding `words` as a bar item (after a separator or at its
    start, before a separator or its end), or a cut-off copy of at least five of them."""
    for line_start, tokens, first in candidates:
        tail = tokens[first : first + len(words)]
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        before = text[line_start : tail[0][0]]
        if before.strip() and not _separated_before(before):
            continue
        copy = [t[2].casefold() for t in tail]
        if copy == words:
            after = text[tail[len(words) - 1][1] : line_end].strip()
            if (before.strip() or after) and (not after or _BAR_ITEM_END.match(after)):
                return line_start
            continue
        # A cut-off copy: the earlier line stops inside the title, on an ellipsis.
        shared = next(
            (n for n, (a, b) in enumerate(zip(copy, words, strict=False)) if a != b), len(copy)
        )
        ends_line = first + len(tail) == len(tokens)
        cut = ends_line and (
            shared == len(tail) or (shared == len(tail) - 1 and words[shared].startswith(copy[-1]))
        )
        rest = text[tail[-1][1] : line_end].strip()
        if shared >= 5 and cut and _TRUNCATION.match(rest):
            return line_start
    return None


def _separated_before(before: str) -> bool:
    """Text before a copy ends in a separator or is a run of capitalised menu items (a
    breadcrumb printed without its separators, "Home Economy Title...")."""
    stripped = before.rstrip()
    if stripped.endswith(("|", "›", "»", ">", "/", "•", "·", ":", "–", "—", "-")):
        return True
    words = stripped.split()
    # Labels glued to the title ("…Nuclear NewsIranian regime"): a menu of any length up to a
    # breadcrumb's, since nothing but the glue separates it from the title.
    most = CRUMB_MAX_WORDS if before[-1:].isalpha() else 4
    return all(w[:1].isupper() for w in words) and len(words) <= most
