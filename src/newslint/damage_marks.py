"""Which tokens of a text are marks of scanning damage, in text order (`ocr_marks`): each judged
by `newslint.ocr_damage`, less those a typed page explains (a reply's quotation marks, a full
stop after a web address, a spaced ellipsis, a foreign quotation). `newslint.signals` counts
them over a document, paragraph by paragraph."""

from __future__ import annotations

from collections.abc import Callable, Iterator

from newslint.foreign_quotes import foreign_quotations, inside
from newslint.lexicon import memo_of
from newslint.lexicon import zipf as english_zipf
from newslint.ocr_damage import ADDRESS, TOKEN, Zipf, damage_kind, strip_edges
from newslint.regex_store import compile_pattern
from newslint.values import FrozenValue

# An ellipsis spaced the way Chicago style and old print set it (". . ." and, ending a sentence,
# ". . . ."): its full stops stand alone between words on purpose (BLN600's own transcriptions
# keep it), so they are no specks.
_SPACED_ELLIPSIS = compile_pattern(r"(?<!\S)\.(?:[ \u00a0]\.){2,3}(?!\S)")
# An e-mail's quotation marks: ">" opening a line, once per level of quoting ("> >Be careful").
_QUOTE_PREFIX = compile_pattern(r"(?m)^(?:[ \t]*>)+")


class Mark(FrozenValue):
    """A token or character the OCR signal counts as scanning damage."""

    FIELDS = ("start", "end", "kind")
    start: int
    end: int
    kind: str  # non-word | near-word | misread-word | shifted-capital | digit-in-word |
    # symbol-in-word | lone-mark

    def __init__(self, start: int, end: int, kind: str):
        setter = object.__setattr__  # keeps the instance's values inline, no dict object
        setter(self, "start", start)
        setter(self, "end", end)
        setter(self, "kind", kind)


def ocr_marks(text: str, zipf: Zipf = english_zipf, before: str = "") -> Iterator[Mark]:
    """Tokens that look like scanning damage, in text order (`before`: the token before the
    text, if it is part of a longer one)."""
    judge = judge_of(zipf)
    previous = before
    quoted = foreign_quotations(text, zipf)
    # A mail program quotes a reply line by line; its marks are typed, not scanned ("\n>From").
    replies = [m.span() for m in _QUOTE_PREFIX.finditer(text)] if ">" in text else []
    ellipses: list[tuple[int, int]] | None = None  # searched for at the first lone full stop
    for match in TOKEN.finditer(text):
        token = match.group()
        before, previous = previous, token
        kind = judge(token)
        if kind and replies and token[0] == ">" and inside(replies, match.start()):
            continue
        if kind == "lone-mark" and ADDRESS.search(before):
            continue  # "see https://example.org ." keeps the full stop out of the address
        if kind == "lone-mark" and token == ".":
            if ellipses is None:
                ellipses = [m.span() for m in _SPACED_ELLIPSIS.finditer(text)]
            if ellipses and inside(ellipses, match.start()):
                continue
        if kind and not (quoted and inside(quoted, match.start())):
            core = strip_edges(token)
            offset = match.start() + (token.find(core) if core else 0)
            yield Mark(offset, offset + len(core or token), kind)


def judge_of(zipf: Zipf) -> Callable[[str], str | None]:
    """`damage_kind` of a token under `zipf`, remembered per token by the linter's vocabulary
    when `zipf` is its lookup (most tokens of a document recur, and all of them recur in the next
    keystroke's)."""
    memo = memo_of(zipf, "damage_kind")
    if memo is None:
        return lambda token: damage_kind(token, strip_edges(token), zipf)

    def judge(token: str) -> str | None:
        try:
            return memo[token]  # type: ignore[no-any-return]
        except KeyError:
            kind = memo[token] = damage_kind(token, strip_edges(token), zipf)
            return kind

    return judge
