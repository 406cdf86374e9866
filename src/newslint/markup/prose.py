"""The prose the rules read in Markdown and HTML: the text without its inline markup.

Blanking a tag to spaces keeps offsets true but lies to every rule that reads a neighbouring
character: `«<b>never</b>` reads as a guillemet before spaces, `<b>Russia</b>had` as two words,
`the <i>the</i>` as nothing doubled. The rules instead read a view in which markup inside a run
of prose (`Markup.inline`) is removed, its newlines alone kept, so the view has the source's
lines; everything else masked (code, block tags, link targets of autolinks, URLs) stays blanked
as before. An `OffsetMap` takes what a rule found there back to the source: a span to the prose
characters it covers, and a fix only when each edit maps onto prose alone. A space inserted
where removed markup meets prose goes outside the element, after what closes one and before
what opens one (`<b>Russia</b> had`, `said<b>,</b> it`: `Markup.sides`); any other edit across
or at the edge of removed markup has no one place in the source (a full stop inside `</b>` or
after it?), so that fix is not offered; its replacement stays a suggestion and the finding is
reported. An HTML character reference (`Markup.written`: `&rsquo;`) is one character
of the view, the one it writes; a span over it covers the whole reference, and an edit that
changes it replaces the whole reference.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable, Iterator

from newslint.document import Document
from newslint.finding import Edit, Finding, Fix, Related


class OffsetMap:
    """Offsets in a view that removed `removed` (sorted, disjoint source spans) ⇄ the source.
    `wide` (sorted source spans, each also in `removed` but for its first character) are
    characters the view writes as one: that character stands for the whole span."""

    def __init__(
        self,
        removed: Iterable[tuple[int, int]],
        wide: Iterable[tuple[int, int]] = (),
        sides: Iterable[tuple[int, int, str]] = (),
    ):
        # Removed markup that opens or closes an element (`Markup.sides`), by source start.
        self._sides = sorted(sides)
        self._side_starts = [start for start, _, _ in self._sides]
        # Segment i is prose: view offsets from view_starts[i] stand at source_starts[i] onwards.
        self.view_starts = [0]
        self.source_starts = [0]
        gone = 0
        for start, end in removed:
            gone += end - start
            self.view_starts.append(end - gone)
            self.source_starts.append(end)
        # A wide character's view offset, source end, and the source characters it adds.
        self._wide_at: list[int] = []
        self._wide_end: dict[int, int] = {}
        self._extra_before = [0]  # extra source characters of the wide ones before index i
        for start, end in wide:
            at = self.to_view(start)
            self._wide_at.append(at)
            self._wide_end[at] = end
            self._extra_before.append(self._extra_before[-1] + end - start - 1)

    def _end(self, offset: int) -> int:
        """The source offset just after the view's character at `offset`."""
        end = self._wide_end.get(offset)
        return self.to_source(offset) + 1 if end is None else end

    def _extra(self, start: int, end: int) -> int:
        """The source characters the wide characters in the view's [start, end) add."""
        at = self._wide_at
        return (
            self._extra_before[bisect.bisect_left(at, end)]
            - self._extra_before[bisect.bisect_left(at, start)]
        )

    def to_source(self, offset: int) -> int:
        """The source offset of a view offset: after any markup removed just before it."""
        index = bisect.bisect_right(self.view_starts, offset) - 1
        return self.source_starts[index] + offset - self.view_starts[index]

    def to_view(self, offset: int) -> int:
        """The view offset of a source offset (inside removed markup: where the markup was)."""
        index = bisect.bisect_right(self.source_starts, offset) - 1
        into = offset - self.source_starts[index]
        if index + 1 < len(self.view_starts):
            into = min(into, self.view_starts[index + 1] - self.view_starts[index])
        return self.view_starts[index] + into

    def span(self, start: int, end: int) -> tuple[int, int]:
        """The source span of the view's [start, end): from its first character to just after
        its last, so removed markup at either edge stays outside it."""
        source_start = self.to_source(start)
        return source_start, self._end(end - 1) if end > start else source_start

    def is_whole(self, start: int, end: int) -> bool:
        """Whether [start, end) maps onto prose alone: no removed markup inside it or, for an
        empty span, at its place (where an insertion would have to choose a side)."""
        if end > start:
            source_start, source_end = self.span(start, end)
            return source_end - source_start == end - start + self._extra(start, end)
        return (self._end(start - 1) if start else 0) == self.to_source(start)

    def finding(self, found: Finding, view: str) -> Finding:
        """`found` (offsets in the text `view`) at its place in the source."""
        start, end = self.span(found.start, found.end)
        fix, suggestions = found.fix, found.suggestions
        if fix is not None:
            edits = self._edits(fix.edits, view)
            if edits is None:
                suggestions = _with_suggestion(suggestions, fix)
                fix = None
            else:
                fix = Fix(edits, fix.applicability)
                # A space placed outside an element may stand past the markup the span ends
                # at (`said<b>,</b> it`): the finding shows all that its fix changes.
                start = min(start, *(edit.start for edit in edits))
                end = max(end, *(edit.end for edit in edits))
        related = tuple(self._related(r) for r in found.related) if found.related else ()
        return Finding(
            found.rule, found.severity, found.message, start, end, fix, suggestions, related
        )

    def _related(self, related: Related) -> Related:
        """A related place in the source: only shown, never edited, so markup inside it is kept
        inside as for a finding's span."""
        start, end = self.span(related.start, related.end)
        return Related(start, end, related.message)

    def _edits(self, edits: tuple[Edit, ...], view: str) -> tuple[Edit, ...] | None:
        """The edits in the source, or None if one cannot be placed in prose alone: an edit
        across markup is first narrowed to the characters it changes (“«never again»” to
        “, ”: two edits, one on each side of `<b>never</b>`)."""
        # As the rule wrote them when they can be (a fix shows as "Mr.", not "M"), but an edit
        # over a character reference is narrowed first: it then leaves alone the references
        # it keeps (`&amp;`, which the view reads as "&", is not rewritten as "&").
        narrow = [_narrowed_all(view, edits, left) for left in (True, False)]
        over_references = any(self._extra(e.start, e.end) for e in edits)
        for trial in (*narrow, edits) if over_references else (edits, *narrow):
            placed = [self._placed(e, view) for e in trial]
            if all(edit is not None for edit in placed):
                return tuple(edit for edit in placed if edit is not None)
        return None

    def _placed(self, edit: Edit, view: str) -> Edit | None:
        """`edit` in the source, or None when it has no one place there. An edit over prose
        alone stands where its prose does; what it adds at an edge that touches removed markup
        ("," to ", " in `said<b>,</b>it`) is an insertion at that markup, as is a space put
        into `<b>Russia</b>had`: a space goes outside the element, after what closes one and
        before what opens one (`said<b>,</b> it`, `<b>Russia</b> had`); anything else written
        there could stand inside or outside (None)."""
        core = narrowed(view, edit)
        if len(core) == 1 and core[0].start == core[0].end:
            insertion = core[0]
            if not self.is_whole(insertion.start, insertion.start):
                if insertion.replacement.strip(" \t"):
                    return None
                at = self._outside_elements(insertion.start)
                return None if at is None else Edit(at, at, insertion.replacement)
        if not self.is_whole(edit.start, edit.end):
            return None
        return Edit(*self.span(edit.start, edit.end), edit.replacement)

    def _outside_elements(self, offset: int) -> int | None:
        """Where in the markup removed at the view's `offset` a space stands outside every
        element: after the last piece that closes one, before the first that opens one; None
        when no place is both (an empty element, `<i></i>`)."""
        first = self._end(offset - 1) if offset else 0
        last = self.to_source(offset)
        index = bisect.bisect_left(self._side_starts, first)
        closed, opened = first, last
        for start, end, side in self._sides[index:]:
            if start >= last:
                break
            if side == "close":
                closed = max(closed, end)
            elif side == "open":
                opened = min(opened, start)
        return closed if closed <= opened else None


def _narrowed_all(view: str, edits: tuple[Edit, ...], prefix_first: bool) -> tuple[Edit, ...]:
    return tuple(part for edit in edits for part in narrowed(view, edit, prefix_first))


def narrowed(text: str, edit: Edit, prefix_first: bool = True) -> list[Edit]:
    """`edit` on `text` as the fewest edits that change only what it changes: its common
    prefix and suffix left out and, where it swaps characters one for one, one edit per run
    of changed characters. Which is taken first decides where a deletion falls in a repeat:
    "the the" to "the" deletes " the" prefix first, "the " suffix first."""
    old, new = text[edit.start : edit.end], edit.replacement
    shorter = min(len(old), len(new))
    prefix = suffix = 0
    if prefix_first:
        prefix = _common(old, new, shorter, 1)
        suffix = _common(old, new, shorter - prefix, -1)
    else:
        suffix = _common(old, new, shorter, -1)
        prefix = _common(old, new, shorter - suffix, 1)
    start, end = edit.start + prefix, edit.end - suffix
    replacement = new[prefix : len(new) - suffix]
    if len(replacement) != end - start:
        return [Edit(start, end, replacement)]
    parts: list[Edit] = []
    for at, char in enumerate(replacement):
        if text[start + at] == char:
            continue
        if parts and parts[-1].end == start + at:
            last = parts.pop()
            parts.append(Edit(last.start, start + at + 1, last.replacement + char))
        else:
            parts.append(Edit(start + at, start + at + 1, char))
    return parts


def _common(old: str, new: str, limit: int, step: int) -> int:
    """How many characters `old` and `new` share at their start (step 1) or end (step -1)."""
    count = 0
    first = 0 if step == 1 else -1
    while count < limit and old[first + step * count] == new[first + step * count]:
        count += 1
    return count


def prose_view(doc: Document) -> Document:
    """`doc` as the rules read it: its inline markup removed (`doc.inline`), newlines kept,
    each character reference the character it writes (`doc.written`), with its masked spans
    and blocks at their places in the view and `source_map` set."""
    tails = [(start + 1, end) for start, end, _ in doc.written]
    pieces = sorted([*removed_pieces(doc.original, doc.inline), *tails])
    offsets = OffsetMap(pieces, [(start, end) for start, end, _ in doc.written], doc.sides)
    to_view = offsets.to_view
    chars = [(to_view(start), char) for start, _, char in doc.written]
    masked = [(to_view(s), to_view(e)) for s, e in doc.masked]
    view = Document(
        _written(without(doc.text, pieces), chars),
        doc.path,
        doc.markup,
        original=_written(without(doc.original, pieces), chars),
        masked=tuple((s, e) for s, e in masked if e > s),
        blocks=tuple((to_view(s), to_view(e), kind) for s, e, kind in doc.blocks),
    )
    view.source, view.source_map = doc, offsets
    return view


def _written(text: str, chars: list[tuple[int, str]]) -> str:
    """`text` with the character at each offset of `chars` (in order) replaced."""
    if not chars:
        return text
    pieces: list[str] = []
    cursor = 0
    for at, char in chars:
        pieces += (text[cursor:at], char)
        cursor = at + 1
    pieces.append(text[cursor:])
    return "".join(pieces)


def _with_suggestion(suggestions: tuple[str, ...], fix: Fix) -> tuple[str, ...]:
    """The suggestions, with a dropped one-edit fix's replacement added (never applied)."""
    if len(fix.edits) != 1 or fix.edits[0].replacement in suggestions:
        return suggestions
    return (fix.edits[0].replacement, *suggestions)


def removed_pieces(text: str, spans: Iterable[tuple[int, int]]) -> Iterator[tuple[int, int]]:
    """The merged `spans` without their newlines: the view keeps every line break."""
    for start, end in spans:
        cursor = start
        newline = text.find("\n", cursor, end)
        while newline >= 0:
            if newline > cursor:
                yield cursor, newline
            cursor = newline + 1
            newline = text.find("\n", cursor, end)
        if end > cursor:
            yield cursor, end


def without(text: str, pieces: list[tuple[int, int]]) -> str:
    """`text` with `pieces` (sorted, disjoint) cut out."""
    kept: list[str] = []
    cursor = 0
    for start, end in pieces:
        kept.append(text[cursor:start])
        cursor = end
    kept.append(text[cursor:])
    return "".join(kept)
