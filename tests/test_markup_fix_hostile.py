"""Hostile tests of --fix and findings in HTML and Markdown (issue 14): random documents with
inline markup, character references, escapes and injected artifacts, some of them pressed
against a tag. For each: the fixed text parses to the same tag and token sequence, every byte
it changes lies inside a span reported on the text it was fixed from, no inline element gains
a space at its inner edge, no bare "&" is written into HTML, fixing the fixed text again
changes nothing, and the file keeps its encoding, byte-order mark, line endings and mode.
Every text here is written for these tests."""

from __future__ import annotations

import os
import re
import stat
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path

from hypothesis import assume, example, given, settings
from hypothesis import strategies as st

from newslint.checks import Check
from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import Finding, Fix
from newslint.fix import fix_raw
from newslint.markup.structure import structure
from newslint.markup.written import literal
from newslint.rules import Rule
from newslint.runner import fix_source
from newslint.source import read_file
from tests.conftest import surface_linter

from .conftest import examples

LINTER = surface_linter()

_WORDS = ["the", "minister", "said", "talks", "Russia", "had", "never", "again", "it", "would",
          "Smith", "Jones", "port", "ferries", "on", "Monday"]  # fmt: skip
# Artifacts the rules fix or report, each written as prose (HTML escapes its own below).
_ARTIFACTS = ["Sir. Blinken", "the the", "Russiahad", "«never again»", "said ,it", "said,it",
              "don\\u2019t", "\\u0026", "\\u003cb\\u003e", "AT\\u0026T", "donâ€™t", "policy. .",
              "ele\u200bction", "a  b", "infor- mation", "U.S", "« never »", "final.,",
              "``quoted''", "\\u005bx\\u005d", "The The"]  # fmt: skip
_HTML_WRAPS = [("<b>", "</b>"), ("<i>", "</i>"), ('<a href="/p?x=1&amp;y=2">', "</a>"),
               ("<em><b>", "</b></em>"), ("<span class='k'>", "</span>")]  # fmt: skip
_MARKDOWN_WRAPS = [("**", "**"), ("*", "*"), ("_", "_"), ("[", "](http://example.org/a)"),
                   ("<b>", "</b>")]  # fmt: skip
# Superscripts and subscripts (raw HTML in both markups): inside a token the view reads them with
# it ("H2O"), after one they are a mark left out ("said."), never a space or a glue.
_MARKED = ["H<sub>2</sub>O", "CO<sub>2</sub>", "mc<sup>2</sup>", "said.<sup>3</sup>",
           "the<sup>4</sup> the", "x<sup>2</sup>y", "Na<sup>+</sup>"]  # fmt: skip
# Pieces written as markup writes a character: a reader sees the character.
_HTML_CHARACTERS = ["&amp;", "&rsquo;", "&#8220;", "&mdash;", "&lt;", "&shy;"]
_MARKDOWN_CHARACTERS = ["&amp;", "&#8217;", "\\*", "\\_", "\\[", "&copy;", "\\\\"]
# Line openings: debris a scraper left before the first word, after a format character.
_OPENINGS = ["", "", "", ". ", "; ", "\ufeff. ", "\u200b; ", "  . "]

_INLINE_HTML = ("a", "b", "i", "em", "span")
_NAMES = "|".join(_INLINE_HTML)
_EDGE_SPACE = re.compile(rf"<(?:{_NAMES})(?:\s[^>]*)?>[ \t]|[ \t]</(?:{_NAMES})>")
_BARE_AMPERSAND = re.compile(r"&(?!#?[0-9A-Za-z]+;)")

token = st.one_of(st.sampled_from(_WORDS), st.sampled_from(_ARTIFACTS))


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


@st.composite
def sentence(draw: st.DrawFn, markup: str) -> str:
    """Words and artifacts; some wrapped in inline markup, some glued to their neighbour (a
    wrap then stands between two words or a word and a mark), some references."""
    wraps = _HTML_WRAPS if markup == "html" else _MARKDOWN_WRAPS
    characters = _HTML_CHARACTERS if markup == "html" else _MARKDOWN_CHARACTERS
    out = [draw(st.sampled_from(_OPENINGS))]
    for index in range(draw(st.integers(3, 10))):
        piece = draw(token)
        piece = _escaped(piece) if markup == "html" else piece
        if draw(st.integers(0, 9)) < 3:
            opening, closing = draw(st.sampled_from(wraps))
            piece = opening + piece + closing
        elif draw(st.integers(0, 9)) == 0:
            piece = draw(st.sampled_from(_MARKED))
        if draw(st.integers(0, 9)) == 0:
            piece = draw(st.sampled_from(characters)) + piece
        glue = index and draw(st.integers(0, 9)) == 0
        mark = draw(st.sampled_from(["", "", ",", "."])) if glue else ""
        out.append(("" if glue else " ") + mark + piece if index else piece)
    return "".join(out).strip(" ") + "."


@st.composite
def html_document(draw: st.DrawFn) -> str:
    blocks = [f"<p>{draw(sentence('html'))}</p>" for _ in range(draw(st.integers(1, 3)))]
    if draw(st.booleans()):
        blocks.append("<pre><code>said ,it &amp; the the</code></pre>")
    if draw(st.booleans()):
        blocks.append("<script>var s = '“<b>x';</script>")
    return "<html><body>\n" + "\n".join(blocks) + "\n</body></html>\n"


@st.composite
def markdown_document(draw: st.DrawFn) -> str:
    blocks = [draw(sentence("markdown")) for _ in range(draw(st.integers(1, 3)))]
    extras = draw(st.lists(st.sampled_from([
        "---\ntitle: said ,it &amp; the the\n---",
        "```\nsaid ,it &amp; the the\n```",
        "Code `said ,it \\* the the` and <http://example.org/a,b> here.",
        "<div>\nsaid ,it &amp; the the\n</div>",
        "- " + draw(sentence("markdown")),
        "> " + draw(sentence("markdown")),
        "## " + draw(sentence("markdown")),
    ]), max_size=3))  # fmt: skip
    if extras and extras[0].startswith("---"):
        return "\n\n".join([extras[0], *blocks, *extras[1:]]) + "\n"
    return "\n\n".join([*blocks, *(e for e in extras if not e.startswith("---"))]) + "\n"


documents = st.one_of(
    html_document().map(lambda text: (text, "html")),
    markdown_document().map(lambda text: (text, "markdown")),
)


def _kept_outside(before: str, after: str, spans: list[tuple[int, int]]) -> bool:
    """Whether `after` is `before` with only the text inside `spans` changed: the stretches
    between the spans stand in `after` in order, the first at its start and the last at its
    end. Found leftmost first, which finds them whenever they can be found (a diff would
    choose one of several equal alignments and blame a change on the wrong place)."""
    kept, cursor = [], 0
    for start, end in sorted(spans):
        if start >= cursor:
            kept.append(before[cursor:start])
        cursor = max(cursor, end)
    last = before[cursor:]
    if not after.startswith(kept[0] if kept else last) or not after.endswith(last):
        return False
    at = len(kept[0]) if kept else 0
    for stretch in kept[1:]:
        found = after.find(stretch, at)
        if found < 0:
            return False
        at = found + len(stretch)
    return at <= len(after) - len(last)


def _one_pass(text: str, markup: str) -> str:
    """The text after one pass of --fix (what that pass's findings allow): the lint reports
    nothing after its first call, so the fixer stops there."""
    calls: list[Document] = []

    def lint_once(doc: Document) -> Sequence[Finding]:
        calls.append(doc)
        return LINTER.lint(doc) if len(calls) == 1 else []

    return fix_raw(text, "story", lint_once, markup=markup).raw


@settings(max_examples=examples(60), deadline=None)
@given(documents)
@example(("<p>He said<b>,</b>it would go.</p>\n", "html"))
@example(("<p>The <b>Russia</b>had said so &amp; left.</p>\n", "html"))
@example(("The **Russia**had said so \\* and the the plan.\n", "markdown"))
@example(("<p>Smith \\u0026 Jones said \\u003cb\\u003e was AT\\u0026T.</p>\n", "html"))
@example(
    ("<p>The The the the H<sub>2</sub>O<sub>2</sub> and said.<sup>3</sup> It  went.</p>\n", "html")
)
@example(("The The the the H<sub>2</sub>O and CO<sub>2</sub> ,it said.<sup>3</sup>\n", "markdown"))
def test_fix_keeps_the_markup_and_changes_only_what_it_reports(document: tuple[str, str]) -> None:
    text, markup = document
    fixed = fix_raw(text, "story", LINTER.lint, markup=markup).raw
    assert structure(fixed, markup) == structure(text, markup)
    assert fix_raw(fixed, "story", LINTER.lint, markup=markup).raw == fixed
    if markup == "html":
        assert len(_EDGE_SPACE.findall(fixed)) <= len(_EDGE_SPACE.findall(text)), fixed
        assert len(_BARE_AMPERSAND.findall(fixed)) <= len(_BARE_AMPERSAND.findall(text)), fixed


@settings(max_examples=examples(40), deadline=None)
@given(documents)
def test_each_pass_changes_only_text_inside_a_finding_it_reports(
    document: tuple[str, str],
) -> None:
    text, markup = document
    for _ in range(4):
        spans = [(f.start, f.end) for f in LINTER.lint(Document.from_raw(text, "story", markup))]
        after = _one_pass(text, markup)
        assert _kept_outside(text, after, spans), (text, after, spans)
        if after == text:
            break
        text = after


_ENCODINGS = [("utf-8", b""), ("utf-8", b"\xef\xbb\xbf"), ("utf-16-le", b"\xff\xfe")]


@settings(max_examples=examples(12), deadline=None)
@given(documents, st.sampled_from(_ENCODINGS), st.sampled_from(["\n", "\r\n"]))
def test_the_file_keeps_its_encoding_mark_line_endings_and_mode(
    document: tuple[str, str], encoding: tuple[str, bytes], newline: str
) -> None:
    text, markup = document
    name, bom = encoding
    # A UTF-8 file whose text opens with U+FEFF opens with a byte-order mark: it is read and
    # kept as one, not as a character of the text to fix (the long profile drew it).
    assume(bom or not text.startswith("\ufeff"))
    raw = text.replace("\n", newline)
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / ("story.html" if markup == "html" else "story.md")
        path.write_bytes(bom + raw.encode(name))
        os.chmod(path, 0o640)
        try:
            fix_source(
                read_file(str(path), name if not bom else None), LINTER, unsafe=False, write=True
            )
        except Exception as exc:  # an unsettled rule is reported, never a broken file
            assert type(exc).__name__ == "UnsettledFixes", exc
        data = path.read_bytes()
        assert stat.S_IMODE(path.stat().st_mode) == 0o640
    assert data.startswith(bom)
    written = data[len(bom) :].decode(name)
    if newline == "\r\n":
        assert written.count("\r\n") == written.count("\n")
    else:
        assert "\r" not in written
    expected = fix_raw(text, "story", LINTER.lint, markup=markup).raw
    assert written.replace("\r\n", "\n") == expected


class _Writes(Check):
    """A check that replaces each "AND" with "&" and each "LT" with "<" (safe fixes)."""

    def run(self, doc: Document) -> Iterable[Finding]:
        for match in re.finditer(r"\bAND\b|\bLT\b", doc.text):
            text = "&" if match.group() == "AND" else "<"
            fix = Fix.replace(match.start(), match.end(), f"{text}copy;")
            yield Finding(self.rule.id, "warning", "m", match.start(), match.end(), fix)


def _writing_linter() -> Linter:
    rule = Rule("unit.writes", "pattern", "warning", "m", {}, [], "<test>",
                markups=("plain", "markdown", "html"))  # fmt: skip
    linter = Linter([], warn=lambda message: None)
    linter.checks = [_Writes(rule)]
    return linter


def test_a_fix_writes_its_characters_as_the_markup_writes_them() -> None:
    linter = _writing_linter()
    cases = [
        ("plain", "Smith AND Jones, LT here.\n", "Smith &copy; Jones, <copy; here.\n"),
        ("html", "<p>Smith AND Jones, <b>LT</b> here.</p>\n",
         "<p>Smith &amp;copy; Jones, <b>&lt;copy;</b> here.</p>\n"),
        ("markdown", "Smith AND Jones, **LT** here.\n", "Smith \\&copy; Jones, **\\<copy;** here.\n"),
    ]  # fmt: skip
    for markup, text, expected in cases:
        fixed = fix_raw(text, "story", linter.lint, markup=markup).raw
        assert fixed == expected
        assert structure(fixed, markup) == structure(text, markup)
        view = Document.from_raw(fixed, "story", markup).prose.text
        assert "&copy; Jones" in view and "<copy;" in view and "©" not in view


def test_markdown_escapes_and_entities_are_the_characters_they_write() -> None:
    text = "Smith &amp; Jones said it&#8217;s \\*not\\* over &copy; 2024 \\\\ and Bundes&shy;tag.\n"
    view = Document.from_raw(text, "story", "markdown").prose.text
    assert view == "Smith & Jones said it’s *not* over © 2024 \\ and Bundestag.\n"
    assert fix_raw(text, "story", LINTER.lint, markup="markdown").raw == text


def test_markdown_code_urls_html_blocks_and_front_matter_stay_out_of_prose() -> None:
    text = (
        "---\ntitle: the the &amp; said ,it\n---\n\n"
        "Code `the the &amp; \\*` and [a link](http://example.org/a?b=1&amp;c=2) and "
        "<http://example.org/the_the> end.\n\n"
        "```\nthe the &amp; said ,it\n```\n\n"
        "    the the indented &amp; code\n\n"
        "<div>\nthe the &amp; said ,it\n</div>\n\nThe talks &amp; the port.\n"
    )
    doc = Document.from_raw(text, "story", "markdown")
    view = doc.prose.text
    assert view.split() == ["Code", "and", "a", "link", "and", "end.", "The", "talks", "&",
                            "the", "port."]  # fmt: skip
    assert LINTER.lint(doc) == []


def test_line_debris_is_reported_without_the_indentation_or_marker_before_it() -> None:
    cases = [
        ("plain", "The envoy spoke.\n\n   ; The below is attributable.\n", ";"),
        ("plain", "The envoy spoke.\n\n\ufeff. We stand with them.\n", "."),
        ("html", "<p>The envoy spoke.</p>\n<p>. We stand with them.</p>\n", "."),
        ("markdown", "The envoy spoke.\n\n- ; The below is attributable.\n", ";"),
        ("markdown", "The envoy spoke.\n\n> . We stand with them.\n", "."),
    ]
    for markup, text, reported in cases:
        found = [
            text[f.start : f.end]
            for f in LINTER.lint(Document.from_raw(text, "story", markup))
            if f.rule == "typography.punctuation-debris"
        ]
        assert found == [reported], (markup, text)


def test_markdown_escapes_only_what_it_would_read_as_syntax() -> None:
    assert literal("a-b (c) AT&T 12 men", "markdown", opens_line=True) == "a-b (c) AT&T 12 men"
    assert literal("*x* [y] <z> a|b \\", "markdown") == "\\*x\\* \\[y\\] \\<z> a\\|b \\\\"
    assert literal("&", "markdown", after="amp; more") == "\\&"
    assert literal("# x", "markdown", opens_line=True) == "\\# x"
    assert literal("1. x", "markdown", opens_line=True) == "1\\. x"
    assert literal("a < b & “c”", "html") == "a &lt; b &amp; “c”"
    text = "Intro here.\n\n\\u0023 not a heading, AT\\u0026T said \\u0026amp; too.\n"
    fixed = fix_raw(text, "story", LINTER.lint, markup="markdown").raw
    assert fixed == "Intro here.\n\n\\# not a heading, AT&T said \\&amp; too.\n"
