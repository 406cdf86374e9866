"""The paragraphs `quotes` follows a quotation through, which are not always the text's blocks:
a page that ends paragraphs with one line break holds several in a block, a folio or running
head cuts one in two, and a page sets labels ("Advertisement") between a quotation's paragraphs.

Pure readings of the text (no findings): `checks/quotes.py` pairs the marks in them.
"""

from __future__ import annotations

from newslint.document import Span
from newslint.regex_store import compile_pattern

_FOLIO_LIKE = compile_pattern(r"[^\p{Ll}\n]{1,70}")
_MID_SENTENCE_END = compile_pattern(r"[\p{Ll},;]\s*$")
_LINE_END = compile_pattern(r"\n")
# An ellipsis set apart from the last word, or a bracketed one, closing a line: where a feed or
# a search page cut its teaser ("the great ...", "give them […]"). One touching its word ("and
# then...") is how a speaker trails off, and the quotation may still owe its closing mark.
_CUT_END = compile_pattern(r"(?:[ \t\u00a0](?:…|\.{3})|[\[(](?:…|\.{3})[\])])[ \t]*$")
# A line break after a sentence's end, before a line that starts a sentence.
_LINE_PARAGRAPH_END = compile_pattern(r"(?<=[.!?][\"”’)]?|[.!?,]?[\"”])[ \t]*\n(?=[\p{Lu}“\"‘(])")
# A line that ends a sentence: its last mark before the line break.
_LINE_SENTENCE_END = compile_pattern(r"[.!?][ \t]*$")
LINE_PARAGRAPH_CHARS = 150  # longer than any column of hard-wrapped prose
# Lines a page sets between a story's paragraphs ("Advertisement", "Hide Ad" twice, "The Game
# AFL 2024", "Read more", a picture's credit: "Bishop Jane Doe/The Herald archives"): one or
# more lines of up to six words, no quotation mark, no sentence's end.
_INTERJECTED_LINE = r"[ \t]*(?:[^\s\"“”‘’'.!?:]++[ \t]*){1,6}"
_INTERJECTED = compile_pattern(rf"(?:{_INTERJECTED_LINE}\n)*{_INTERJECTED_LINE}\n?")


def quotation_paragraphs(text: str, blocks: list[Span]) -> list[Span]:
    """The text's paragraphs as a quotation runs through them, from its blocks (`Document.paragraphs`)."""
    return _rejoined(text, _split_at_line_paragraphs(text, blocks))


def _split_at_line_paragraphs(text: str, paragraphs: list[Span]) -> list[Span]:
    """Pages that end each paragraph with a single line break (many CMS exports) hold several
    paragraphs in one block: a long line that ends a sentence, followed by a line that starts
    one, is a paragraph of its own. Hard-wrapped prose runs shorter lines than this."""
    out: list[Span] = []
    for paragraph in paragraphs:
        start = paragraph.start
        for match in _LINE_PARAGRAPH_END.finditer(text, paragraph.start, paragraph.end):
            if match.start() - text.rfind("\n", 0, match.start()) > LINE_PARAGRAPH_CHARS:
                out.append(Span(start, match.start()))
                start = match.end()
        out.append(Span(start, paragraph.end))
    return out


def _rejoined(text: str, paragraphs: list[Span]) -> list[Span]:
    """Paragraphs with a page break inside a sentence put back together: a quotation split by a
    folio or running head (reported by the ocr pack) is still one quotation."""
    joined: list[Span] = []
    pending: list[Span] = []  # folio-like lines after a paragraph that stopped mid-sentence
    for paragraph in paragraphs:
        body = text[paragraph.start : paragraph.end]
        if joined and stops_mid_sentence(text, joined[-1]):
            if _FOLIO_LIKE.fullmatch(body.strip()):
                pending.append(paragraph)
                continue
            if body[:1].islower():
                joined[-1] = Span(joined[-1].start, paragraph.end)
                pending.clear()
                continue
        joined.extend(pending)
        pending.clear()
        joined.append(paragraph)
    return joined + pending


def stops_mid_sentence(text: str, paragraph: Span) -> bool:
    """Whether the paragraph stops on a lower-case word, a comma or a semicolon: its sentence
    goes on past it (a page break, or the end of an excerpt)."""
    return bool(
        _MID_SENTENCE_END.search(text[max(paragraph.start, paragraph.end - 8) : paragraph.end])
    )


def cut_before(text: str, opened: int, until: int, ends_paragraph: bool = False) -> bool:
    """Whether a line from the mark at `opened` ends on a cut (` …`, ` ...`, `[…]`) before
    `until` (the next mark, or the paragraph's end, `ends_paragraph`, where its last line ends):
    a feed's teaser or an excerpt cut there, and the quotation it opened closes past the cut, not
    in a later line."""
    ends = [m.start() for m in _LINE_END.finditer(text, opened, until)]
    if ends_paragraph:
        ends.append(until)
    return any(_CUT_END.search(text, max(opened, end - 9), end) for end in ends)


def reopens_after_line_paragraph(text: str, at: int) -> bool:
    """A mark opening a line, after a line that ended a sentence inside the quotation: the next
    paragraph of the same quotation on a page that ends paragraphs with one line break (short
    paragraphs stay in one block, see `_split_at_line_paragraphs`)."""
    if at == 0 or text[at - 1] != "\n":
        return False
    return _LINE_SENTENCE_END.search(text, max(0, at - 8), at - 1) is not None


def interjected(text: str, paragraph: Span) -> bool:
    """Whether the paragraph is a page's label set between a story's paragraphs."""
    return _INTERJECTED.fullmatch(text, paragraph.start, paragraph.end) is not None


def next_of_the_text(text: str, paragraphs: list[Span]) -> list[Span | None]:
    """Each paragraph's next, passing over short lines the page set between paragraphs: a
    quotation runs on from one paragraph into the next across an advertisement's label. Found
    from the end, once for all."""
    nexts: list[Span | None] = [None] * len(paragraphs)
    ahead: Span | None = None
    for index in range(len(paragraphs) - 1, -1, -1):
        nexts[index] = ahead
        paragraph = paragraphs[index]
        if not interjected(text, paragraph):
            ahead = paragraph
    return nexts


def continues(text: str, following: Span | None) -> bool:
    """A quotation may run into the next paragraph, which then re-opens with a quotation mark."""
    return following is not None and text[following.start] in '“"'
