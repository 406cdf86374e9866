"""The text checks see: newline-normalised, with line, paragraph and sentence structure.

Checks work on `Document.text`, where every newline is "\\n". The original characters (CRLF,
lone CR, mixed) are remembered so that an offset in `text` maps back to an offset in the raw text
for writing fixes; line and column numbers are the same in both views. Its tokens (runs of
letters and digits, words, the folded vocabulary) are cut by `newslint.tokens`.
"""

from __future__ import annotations

import bisect
from collections import Counter
from functools import cached_property
from operator import itemgetter
from typing import TYPE_CHECKING

from newslint.regex_store import compile_pattern
from newslint.sentence_ends import sentence_bounds
from newslint.tokens import Line, Run, folded_vocabulary, letter_runs, text_lines, words_among
from newslint.values import FrozenValue, Value

if TYPE_CHECKING:
    from newslint.lexicon import Vocabulary, Zipfs
    from newslint.markup.prose import OffsetMap
    from newslint.name_tokens import NameTokens
    from newslint.textblocks import Block

_CR_OR_CRLF = compile_pattern(r"(\r\n|\r)")
_BLOCK = compile_pattern(r"[^\n]*\S[^\n]*(?:\n[^\n]*\S[^\n]*)*")


class Span(FrozenValue):
    """A stretch of the text: [start, end) offsets."""

    FIELDS = ("start", "end")
    __slots__ = FIELDS
    start: int
    end: int

    def __init__(self, start: int, end: int):
        object.__setattr__(self, "start", start)
        object.__setattr__(self, "end", end)

    def _values(self) -> tuple[int, int]:
        return (self.start, self.end)

    def __hash__(self) -> int:  # type: ignore[override]
        return hash((self.start, self.end))

    def __reduce__(self) -> tuple[type[Span], tuple[int, int]]:
        return Span, (self.start, self.end)


class Document(Value):
    """Normalised text plus lazily built indexes over it."""

    FIELDS = (
        "text", "path", "markup", "crlf_at", "newline", "original", "masked", "blocks", "inline",
        "written", "sides",
    )  # fmt: skip
    HIDDEN = ("crlf_at", "original", "masked", "blocks", "inline", "written", "sides")
    # In the view `prose` gives the rules: the document it was cut from, and where its offsets
    # stand there.
    source: Document | None = None
    source_map: OffsetMap | None = None

    def __init__(
        self,
        text: str,
        path: str = "<string>",
        markup: str = "plain",
        crlf_at: tuple[int, ...] = (),
        newline: str = "\n",
        original: str = "",  # before masking: for display and directives
        masked: tuple[tuple[int, int], ...] = (),
        blocks: tuple[tuple[int, int, str], ...] = (),
        inline: tuple[tuple[int, int], ...] = (),
        written: tuple[tuple[int, int, str], ...] = (),
        sides: tuple[tuple[int, int, str], ...] = (),  # inline markup opening/closing elements
    ):
        self.text = text
        self.path = path
        self.markup = markup
        self.crlf_at = crlf_at
        self.newline = newline
        self.original = original or text
        self.masked = masked
        self.blocks = blocks
        self.inline = inline
        self.written = written
        self.sides = sides

    @classmethod
    def from_raw(cls, raw: str, path: str = "<string>", markup: str = "plain") -> Document:
        doc = cls._normalised(raw, path, markup)
        if markup != "plain":
            doc.apply_markup()
        return doc

    def apply_markup(self) -> None:
        """Blank what is not prose (code, tags, link targets) so checks never see it."""
        from newslint.markup import analyse, blank

        found = analyse(self.original, self.markup)
        self.masked = tuple(_merge(found.masked))
        self.blocks = tuple(sorted(found.blocks))
        self.inline = tuple(_merge(found.inline))
        self.written = tuple(w for w in sorted(found.written) if not self.is_masked(w[0], w[1]))
        self.sides = tuple(sorted(found.sides))
        self.text = blank(self.original, list(self.masked))

    @cached_property
    def prose(self) -> Document:
        """The document the rules read: this one, or in Markdown and HTML with markup inside
        its prose, a view without that markup (`newslint.markup.prose`), whose `source_map`
        takes what they find back here."""
        if not self.inline and not self.written:
            return self
        from newslint.markup.prose import prose_view

        return prose_view(self)

    @cached_property
    def block_lines(self) -> Document:
        """In HTML, this text with each of the page's text blocks on lines of its own, for the
        rules that judge a line alone (`newslint.markup.block_lines`)."""
        from newslint.markup.block_lines import block_lines

        return block_lines(self)

    @cached_property
    def folded(self) -> str:
        """The text in lower case, as `newslint.literals` compares literals with it."""
        from newslint.literals import folded

        return folded(self.text)

    @cached_property
    def _mask_starts(self) -> list[int]:
        return [start for start, _ in self.masked]

    def as_written(self, start: int, end: int) -> tuple[str, int, int]:
        """The text as written with its markup, and where [start, end) stands in it: for a
        check that reads the marks around its match (`*Kiss Kiss*`, a list item's link)."""
        if self.source is None or self.source_map is None:
            return self.original, start, end
        return (self.source.original, *self.source_map.span(start, end))

    def is_masked(self, start: int, end: int) -> bool:
        """Whether [start, end) touches text that is not prose."""
        if not self.masked:
            return False
        index = bisect.bisect_right(self._mask_starts, max(start, end - 1)) - 1
        return index >= 0 and self.masked[index][1] > start

    @cached_property
    def _block_index(self) -> tuple[tuple[int, int, str], ...]:
        """Markup blocks, or for plain text its headline and paragraphs (computed once)."""
        from newslint.markup import plain_blocks

        return self.blocks or tuple(plain_blocks(self.text))

    @cached_property
    def _block_spans(self) -> dict[str, tuple[list[int], list[int]]]:
        """Per block kind, the text its blocks cover as sorted, disjoint spans (starts, ends):
        blocks of a kind nest (a list item in a list item), so they are merged. A search per
        paragraph through every block made a long Markdown document's lint quadratic (a
        1 MB page spent 20 s there)."""
        spans: dict[str, list[tuple[int, int]]] = {}
        for start, end, kind in self._block_index:
            spans.setdefault(kind, []).append((start, end))
        merged: dict[str, tuple[list[int], list[int]]] = {}
        for kind, found in spans.items():
            starts: list[int] = []
            ends: list[int] = []
            for start, end in sorted(found):
                if ends and start <= ends[-1]:
                    ends[-1] = max(ends[-1], end)
                else:
                    starts.append(start)
                    ends.append(end)
            merged[kind] = (starts, ends)
        return merged

    def in_block(self, offset: int, kind: str) -> bool:
        starts, ends = self._block_spans.get(kind, ([], []))
        index = bisect.bisect_right(starts, offset) - 1
        return index >= 0 and offset < ends[index]

    def display_line(self, line: int) -> str:
        span = self.line_span(line)
        return self.original[span.start : span.end]

    @classmethod
    def _normalised(cls, raw: str, path: str, markup: str) -> Document:
        if "\r" not in raw:
            return cls(text=raw, path=path, markup=markup)
        crlf_at: list[int] = []
        parts: list[str] = []
        position = 0
        for piece in _CR_OR_CRLF.split(raw):
            if piece == "\r\n":
                crlf_at.append(position)
                piece = "\n"
            elif piece == "\r":
                piece = "\n"
            parts.append(piece)
            position += len(piece)
        lone_cr = raw.count("\r") - len(crlf_at)
        lone_lf = raw.count("\n") - len(crlf_at)
        newline = max((len(crlf_at), "\r\n"), (lone_cr, "\r"), (lone_lf, "\n"))[1]
        text = "".join(parts)
        return cls(text=text, path=path, markup=markup, crlf_at=tuple(crlf_at), newline=newline)

    def __getstate__(self) -> dict[str, object]:
        """The text and its line index travel between processes; other indexes are rebuilt."""
        state = {key: self.__dict__[key] for key in self.FIELDS}
        if self.masked:
            state["_mask_starts"] = self._mask_starts
        state["line_starts"] = self.line_starts  # reporters need positions; compute in the worker
        return state

    def raw_offset(self, offset: int) -> int:
        """Offset in the raw text (before newline normalisation) for an offset in `text`."""
        return offset + bisect.bisect_left(self.crlf_at, offset)

    @cached_property
    def line_starts(self) -> list[int]:
        starts = [0]
        find = self.text.find
        index = find("\n")
        while index != -1:
            starts.append(index + 1)
            index = find("\n", index + 1)
        return starts

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of an offset; columns count Unicode code points."""
        line_index = bisect.bisect_right(self.line_starts, offset) - 1
        return line_index + 1, offset - self.line_starts[line_index] + 1

    def offset(self, line: int, column: int) -> int:
        return self.line_starts[line - 1] + column - 1

    def line_span(self, line: int) -> Span:
        """The line without its line break, from the line index (searching for the break would
        read a whole long line for every finding on it)."""
        starts = self.line_starts
        start = starts[line - 1]
        return Span(start, starts[line] - 1 if line < len(starts) else len(self.text))

    def line_text(self, line: int) -> str:
        span = self.line_span(line)
        return self.text[span.start : span.end]

    @cached_property
    def paragraphs(self) -> list[Span]:
        """Blocks of non-blank lines, as spans without their surrounding newlines."""
        return [Span(m.start(), m.end()) for m in _BLOCK.finditer(self.text)]

    @cached_property
    def text_blocks(self) -> list[Block]:
        """The text's jusText-style blocks (`newslint.textblocks.blocks`), cut once for the
        checks that judge page furniture; they read the blocks and never change them."""
        from newslint.textblocks import blocks

        return blocks(self.text, self.lines)

    @cached_property
    def lines(self) -> list[Line]:
        """Every line with its words (`newslint.tokens.text_lines`), cut once for the blocks and
        the checks that read the text line by line."""
        return text_lines(self.text)

    @cached_property
    def runs(self) -> list[Run]:
        """Every maximal run of letters and digits, in text order (tokenised once, shared)."""
        return letter_runs(self.text, 0, len(self.text))

    @cached_property
    def names(self) -> NameTokens:
        """The runs as the name checks read them (`newslint.name_tokens`), built on first use."""
        from newslint.name_tokens import NameTokens

        return NameTokens(self.text, self.runs)

    @cached_property
    def words(self) -> list[Run]:
        """The runs that are words (`newslint.tokens.words_among`: `WORD`'s matches, told from
        the shared runs without a regex)."""
        return words_among(self.text, self.runs)

    def reuse_tokens(self, previous: Document, old: Span, new: Span) -> None:
        """Take `previous`'s runs and words where the texts agree: everywhere but the whole lines
        `old` of the previous text, which are `new` here (an edit). Neither a run nor a word
        reaches across a line end, so those before the edit stay and those after it move by
        the edit's length; only the edited lines are tokenised again."""
        if "runs" not in previous.__dict__:
            return
        shift = new.end - old.end

        def moved(tokens: list[Run]) -> list[Run]:
            after = bisect.bisect_left(tokens, old.end, key=lambda t: t.start)
            make = tuple.__new__  # Run's own __new__ is a Python function: thrice the time
            return [make(Run, (s + shift, e + shift, t)) for s, e, t in tokens[after:]]

        def before(tokens: list[Run]) -> list[Run]:
            return tokens[: bisect.bisect_left(tokens, old.start, key=lambda t: t.start)]

        edited = letter_runs(self.text, new.start, new.end)
        self.runs = before(previous.runs) + edited + moved(previous.runs)
        if "words" in previous.__dict__:
            words = before(previous.words) + words_among(self.text, edited) + moved(previous.words)
            self.words = words

    @cached_property
    def word_counts(self) -> Counter[str]:
        """How often each word occurs, as written (checks judge each distinct word once)."""
        return Counter(map(itemgetter(2), self.words))

    @cached_property
    def vocabulary(self) -> frozenset[str]:
        """The document's words, case-folded: "could this phrase occur here at all?" (read
        from the shared runs, `newslint.tokens.folded_vocabulary`)."""
        return folded_vocabulary(self.text, self.runs)

    def zipfs(self, vocabulary: Vocabulary) -> Zipfs:
        """This document's words' frequencies under `vocabulary`, one lookup per word for all
        the checks that ask (`lexicon.Zipfs`); equal vocabularies share one."""
        found = self._zipfs.get(vocabulary)
        if found is None:  # built once: a new Zipfs for every call cost more than the lookup
            from newslint.lexicon import Zipfs

            found = self._zipfs[vocabulary] = Zipfs(vocabulary.zipf)
        return found

    @cached_property
    def _zipfs(self) -> dict[Vocabulary, Zipfs]:
        return {}

    @cached_property
    def dialect(self) -> str | None:
        """'american', 'british' or None, from the document's spellings."""
        from newslint.dialect import guess

        return guess(self.word_counts)

    @cached_property
    def sentences(self) -> list[Span]:
        spans: list[Span] = []
        for paragraph in self.paragraphs:
            spans.extend(split_sentences(self.text, paragraph.start, paragraph.end))
        return spans


def _merge(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    merged: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if merged and start <= merged[-1][1]:
            merged[-1] = (merged[-1][0], max(merged[-1][1], end))
        elif end > start:
            merged.append((start, end))
    return merged


def split_sentences(text: str, start: int, end: int) -> list[Span]:
    return [Span(begin, finish) for begin, finish in sentence_bounds(text, start, end)]
