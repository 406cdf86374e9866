"""Markdown (CommonMark, as Hugo, Jekyll and MkDocs write it) through markdown-it-py.

markdown-it-py gives block structure with line ranges and says which inline pieces are code,
links, images and raw HTML; their exact places are then found in order in the source.
"""

from __future__ import annotations

from typing import Any

import regex

from newslint.markup import Markup
from newslint.markup.elements import INLINE, MARKS, SKIPPED
from newslint.markup.front_matter import front_matter_end
from newslint.markup.html import hide_mark
from newslint.regex_store import compile_pattern

_LINE_MARKERS = compile_pattern(
    r"^[ \t]*(?:>[ \t]?)*(?:#{1,6}(?=[ \t]|$)|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))?",
    regex.MULTILINE,
)
_REFERENCE = compile_pattern(r"^[ \t]{0,3}\[[^\]\n]+\]:[ \t]*\S.*$", regex.MULTILINE)
_CLOSING_HEADING = compile_pattern(r"[ \t]+#+[ \t]*$", regex.MULTILINE)
BLOCK_KINDS = {
    "heading_open": "heading",
    "paragraph_open": "paragraph",
    "blockquote_open": "blockquote",
    "list_item_open": "list_item",
}
CODE_BLOCKS = {"fence", "code_block", "html_block"}
_SETEXT = ("=", "-")
# A cell separator: a pipe not escaped with a backslash ("\\|" is a literal pipe in a cell).
_CELL_PIPE = compile_pattern(r"(?<!\\)\|")
_NEWLINE = compile_pattern(r"\n")


def analyse(text: str) -> Markup:
    from markdown_it import MarkdownIt

    result = Markup()
    body_start = front_matter_end(text)
    if body_start:
        result.masked.append((0, body_start))
    lines = _line_starts(text)
    offset_lines = text.count("\n", 0, body_start)
    # Without text_join an escape ("\\*") or an entity ("&amp;") stays a token of its own, so
    # the prose view can read it as the character it writes.
    parser = MarkdownIt("commonmark").enable("table").disable("text_join")
    tokens = parser.parse(text[body_start:])
    _mask_definitions(text, lines, offset_lines, tokens, result)
    for token in tokens:
        if token.map is None:
            continue
        start = lines[min(len(lines) - 1, token.map[0] + offset_lines)]
        end = lines[min(len(lines) - 1, token.map[1] + offset_lines)]
        if token.type in CODE_BLOCKS or token.type == "hr":
            result.masked.append((start, end))
        elif token.type in BLOCK_KINDS:
            result.blocks.append((start, end, BLOCK_KINDS[token.type]))
            if token.type == "heading_open" and token.markup in _SETEXT:
                # A setext heading's underline is markup, not a separator rule in the text.
                result.masked.append((lines[max(0, token.map[1] - 1 + offset_lines)], end))
        elif token.type == "inline":
            _mask_inline(text, token, start, end, result)
        elif token.type == "table_open":
            _mask_table(
                text, lines, token.map[0] + offset_lines, token.map[1] + offset_lines, result
            )
    for pattern in (_REFERENCE, _CLOSING_HEADING):
        result.masked.extend(m.span() for m in pattern.finditer(text, body_start))
    result.masked.extend(
        m.span() for m in _LINE_MARKERS.finditer(text, body_start) if m.end() > m.start()
    )
    return result


def _mask_definitions(
    text: str, lines: list[int], offset_lines: int, tokens: list[Any], result: Markup
) -> None:
    """Link reference definitions are the one block the parser gives no token: a line of the
    body no block covers and not blank is one, or its target's or title's continuation
    ("[r]: https://example.org/a" then '  "A title"' on the next line)."""
    covered = [False] * (len(lines) - 1)
    for token in tokens:
        if token.map is not None:
            for line in range(token.map[0] + offset_lines, token.map[1] + offset_lines):
                covered[min(line, len(covered) - 1)] = True
    for line in range(offset_lines, len(covered)):
        start, end = lines[line], lines[line + 1]
        if not covered[line] and text[start:end].strip():
            result.masked.append((start, end))


def _mask_table(text: str, lines: list[int], first: int, stop: int, result: Markup) -> None:
    """Table syntax is structure: cell pipes and the delimiter row are masked, cells stay prose.

    Each row is a "table" block, so checks that compare lines or need sentences can tell a
    row (which may legitimately repeat another) from a paragraph line.
    """
    for line in range(first, min(stop, len(lines) - 1)):
        start, end = lines[line], lines[line + 1]
        if line == first + 1:  # the delimiter row, |---|:---:|
            result.masked.append((start, end))
            continue
        result.masked.extend(m.span() for m in _CELL_PIPE.finditer(text, start, end))
        result.blocks.append((start, end, "table"))


def _line_starts(text: str) -> list[int]:
    starts = [0]
    starts.extend(m.end() for m in _NEWLINE.finditer(text))
    starts.append(len(text))
    return starts


def _mask_inline(text: str, token: Any, start: int, end: int, result: Markup) -> None:
    # The open links' targets, written after their text; the open superscripts' and
    # subscripts' starts.
    _mask_children(text, token.children or [], start, end, result, [], [], [])


def _mask_children(
    text: str,
    children: list[Any],
    cursor: int,
    end: int,
    result: Markup,
    targets: list[str],
    marks: list[tuple[str, int, int]],
    verbatim: list[tuple[str, int]],
) -> int:
    """Mask each child's markup in order from `cursor`; where the source moved to after them.
    An image's alt text is prose with its own marks ("![a *storm*](x)"): its children are read
    between its "![" and its "](source"."""
    for child in children:
        cursor = _past_content(text, child, cursor, end, result)
        if child.type == "image":
            cursor = _mask_needles(text, [("![", False, True, "open")], cursor, end, result)
            cursor = _mask_children(
                text, child.children or [], cursor, end, result, targets, marks, verbatim
            )
            needle = ("](" + str(child.attrs.get("src", "")), True, True, "close")
            cursor = _mask_needles(text, [needle], cursor, end, result)
            continue
        if child.type == "code_inline":
            cursor = _mask_code_span(text, child.markup, cursor, end, result)
            continue
        opened = cursor
        cursor = _mask_needles(text, _needles(child, targets), cursor, end, result)
        if child.type == "html_inline" and cursor > opened:
            _mark_span(text, child.content, cursor, marks, result)
            _verbatim_span(child.content, cursor, verbatim, result)
    return cursor


def _mask_code_span(text: str, fence: str, cursor: int, end: int, result: Markup) -> int:
    """Mask a code span from its opening run of backticks to the closing run of the same length.
    Its content is not looked for: the parser turns its line breaks into spaces and strips one
    space from each end ("` x `" is "x"), so the source rarely spells it as the token does."""
    opening = _backtick_run(text, fence, cursor, end, "`\\")
    if opening < 0:
        return cursor
    closing = _backtick_run(text, fence, opening + len(fence), end, "`")
    if closing < 0:
        return cursor
    result.masked.append((opening, closing + len(fence)))
    return closing + len(fence)


def _backtick_run(text: str, fence: str, cursor: int, end: int, not_after: str) -> int:
    """Where a run of exactly `fence`'s backticks next stands, after none of `not_after` (a
    backslash escapes an opening backtick; inside a code span it is a backslash)."""
    found = text.find(fence, cursor, end)
    while found >= 0:
        stop = found + len(fence)
        alone = (found == 0 or text[found - 1] not in not_after) and text[stop : stop + 1] != "`"
        if alone:
            return found
        while stop < end and text[stop] == "`":
            stop += 1
        found = text.find(fence, stop, end)
    return -1


def _verbatim_span(tag: str, stop: int, verbatim: list[tuple[str, int]], result: Markup) -> None:
    """Raw HTML whose element holds code, not prose ("<code>the the</code>", `elements.SKIPPED`):
    from its opening tag to its closing one it is masked, as in an HTML file. `verbatim`: the
    open ones' names and where their opening tags start."""
    element = _VERBATIM_TAG.match(tag)
    if element is None:
        return
    name = element["name"].lower()
    if element["close"] is None:
        verbatim.append((name, stop - len(tag)))
        return
    for index in range(len(verbatim) - 1, -1, -1):
        if verbatim[index][0] == name:
            result.masked.append((verbatim[index][1], stop))
            del verbatim[index:]
            return


def _mark_span(
    text: str, tag: str, stop: int, marks: list[tuple[str, int, int]], result: Markup
) -> None:
    """A superscript or a subscript ("E=mc<sup>2</sup>", "x<sub>1</sub>") is a mark set on the
    token before it, as in HTML (`elements.MARKS`): from its opening tag to its closing one it is
    left out of the prose view, whole or, inside its token ("H<sub>2</sub>O"), its tags alone
    (`html.hide_mark`). `marks`: the open ones' names and opening tags."""
    opening = _MARK_TAG.match(tag)
    if opening is None:
        return
    if opening["close"] is None:
        marks.append((opening["name"].lower(), stop - len(tag), stop))
    elif marks:
        name, start, end = marks.pop()
        hide_mark(text, name, (start, end), (stop - len(tag), stop), result)


def _mask_needles(
    text: str,
    needles: list[tuple[str, bool, bool, str | None]],
    cursor: int,
    end: int,
    result: Markup,
) -> int:
    for needle, to_paren, inline, side in needles:
        found = _find_needle(text, needle, cursor, end)
        if found < 0 and to_paren:
            found, stop = _reference_close(text, cursor, end)
        elif found >= 0:
            stop = found + len(needle)
            if to_paren:  # a link target: mask up to its closing parenthesis
                closing = text.find(")", stop, end)
                stop = closing + 1 if closing >= 0 else stop
        if found < 0:
            continue
        if inline:
            result.hide_inline(found, stop, side)
        else:
            result.masked.append((found, stop))
        cursor = stop
    return cursor


def _past_content(text: str, child: Any, cursor: int, end: int, result: Markup) -> int:
    """The cursor moved over a child that is prose, when the source spells it as the parser
    read it: an emphasis mark is then never looked for inside the words before it. An escape
    ("\\*") or an entity ("&amp;", "&#8217;") that writes one character is, to the rules, that
    character (`Markup.write`); in code, a link's target or an autolink it is masked anyway."""
    if child.type == "text" and child.content and text.startswith(child.content, cursor):
        return cursor + len(child.content)
    if child.type in ("softbreak", "hardbreak"):  # the next line, past its indentation
        newline = text.find("\n", cursor, end)
        if newline < 0:
            return cursor
        if child.type == "hardbreak" and newline > cursor and text[newline - 1] == "\\":
            result.hide_inline(newline - 1, newline)  # a backslash break, not the word's ("Term\\")
        return newline + 1 + _indentation(text, newline + 1)
    if child.type == "text_special" and child.markup:
        found = text.find(child.markup, cursor, end)
        if found < 0:
            return cursor
        written = child.content
        if len(written) == 1 and written not in "\r\n" and len(child.markup) > 1:
            result.write(found, found + len(child.markup), written)
        return found + len(child.markup)
    return cursor


def _indentation(text: str, start: int) -> int:
    """How many spaces, tabs and quotation markers ">" open the line at `start`."""
    end = start
    while end < len(text) and text[end] in " \t>":
        end += 1
    return end - start


def _find_needle(text: str, needle: str, cursor: int, end: int) -> int:
    """Where `needle` next stands in the source, not escaped by a backslash."""
    found = text.find(needle, cursor, end)
    while found > 0 and text[found - 1] == "\\":
        found = text.find(needle, found + 1, end)
    return found


def _reference_close(text: str, cursor: int, end: int) -> tuple[int, int]:
    """The end of a link's text whose target the source does not spell as the parser does: a
    reference ("[report]", "[report][1]", "[report][]", defined elsewhere) or a target the parser
    normalised ("(https://example.org/café)"): its "]" and the label or target after it;
    (-1, -1) if there is none."""
    found = text.find("]", cursor, end)
    if found < 0:
        return -1, -1
    stop = found + 1
    if text.startswith(("[", "("), stop):
        closing = text.find("]" if text[stop] == "[" else ")", stop, end)
        stop = closing + 1 if closing >= 0 else stop
    return found, stop


# Emphasis and strike-through marks: markup inside prose, read by the rules as nothing.
_EMPHASIS = frozenset({"em_open", "em_close", "strong_open", "strong_close", "s_open", "s_close"})
# Raw HTML inside a paragraph whose element adds no break to the prose (`<b>`, `<a href>`).
_INLINE_HTML = compile_pattern(r"<(?:!--|/?(?i:" + "|".join(sorted(INLINE)) + r")(?![\w-]))")
_VERBATIM_TAG = compile_pattern(
    r"<(?P<close>/)?(?P<name>(?i:" + "|".join(sorted(SKIPPED)) + r"))(?![\w-])"
)
_MARK_TAG = compile_pattern(
    r"<(?P<close>/)?(?P<name>(?i:" + "|".join(sorted(MARKS)) + r"))(?![\w-])"
)


def _needles(child: Any, targets: list[str]) -> list[tuple[str, bool, bool, str | None]]:
    """The source pieces a child stands for, each with whether it runs on to a closing ")",
    whether it is markup inside prose (which the rules read as nothing), and whether it opens
    or closes an element (`Markup.sides`). A link's "](target" is looked for at its close,
    after the marks inside its text ("[**x**](…)")."""
    if child.type == "html_inline":
        content = child.content
        side = "close" if content.startswith("</") else None if content[1:2] == "!" else "open"
        return [(content, False, _INLINE_HTML.match(content) is not None, side)]
    if child.type in _EMPHASIS:
        return [(child.markup, False, True, "open" if child.nesting > 0 else "close")]
    if child.type == "link_open":
        href = str(child.attrs.get("href", ""))
        targets.append(href)
        if child.markup == "autolink":
            return [("<" + href, False, False, None)]
        return [("[", False, True, "open")]
    if child.type == "link_close":
        href = targets.pop() if targets else ""
        if child.markup == "autolink":
            return [(">", False, False, None)]
        return [("](" + href, True, True, "close")]
    return []
