"""Inline markup is nothing to the rules (issue 14): in HTML and Markdown the checks read the prose
without `<b>`, `<a href>`, comments, `**`/`_` emphasis or link brackets (`newslint.markup.prose`),
findings stand at their places in the source, and `--fix` never changes a tag. Every text here
is written for these tests."""

from __future__ import annotations

import random
import re
from html import unescape

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.document import Document
from newslint.engine import Linter
from newslint.finding import Edit, Finding, Fix
from newslint.fix import fix_raw
from newslint.markup.prose import OffsetMap, narrowed

from .conftest import examples

Seen = set[tuple[str, str]]

# Tags and marks, as a reader strips them from what a finding shows: what the prose says there.
_HTML_INLINE = re.compile(r"<!--.*?-->|</?[a-z]+(?:\s+[a-z-]+=(?:\"[^\"]*\"|'[^']*'))*\s*>", re.S)
_MARKDOWN_INLINE = re.compile(r"\*\*|\*|(?<!\w)_|_(?!\w)|!?\[|\]\([^)]*\)|<!--.*?-->|</?b>")


def _visible(text: str, markup: str) -> str:
    if markup == "html":
        return unescape(_HTML_INLINE.sub("", text))
    return _MARKDOWN_INLINE.sub("", text) if markup == "markdown" else text


def _seen(linter: Linter, text: str, markup: str) -> Seen:
    """Each finding's rule and the prose it reports (its span with inline markup taken out)."""
    found = linter.lint(Document.from_raw(text, markup=markup))
    return {(f.rule, _visible(text[f.start : f.end], markup)) for f in found}


def _tags(text: str, markup: str) -> list[str]:
    pattern = _HTML_INLINE if markup == "html" else _MARKDOWN_INLINE
    return pattern.findall(text)


# Each case: markup, the text with inline markup, the same prose without it (same markup).
CASES = [
    ("html", "<p>She said: «<b>never</b> again», and left.</p>\n",
     "<p>She said: «never again», and left.</p>\n"),
    ("html", "<p>The <b>Russia</b>had said that it would go on.</p>\n",
     "<p>The Russiahad said that it would go on.</p>\n"),
    ("html", "<p>He said that <i>the</i> the plan was <em>finished</em> .</p>\n",
     "<p>He said that the the plan was finished .</p>\n"),
    ("html", '<p>Officials said “<a href="/x?a=1&amp;b=2" title=\'a "q" >\'>the talks</a> '
     "were over” on Monday.</p>\n",
     "<p>Officials said “the talks were over” on Monday.</p>\n"),
    ("html", "<p>The minister arrived<!-- note -->. <b><i>but</i></b> the talks failed.</p>\n",
     "<p>The minister arrived. but the talks failed.</p>\n"),
    ("html", "<p>The gov<span class=\"x\">ern</span>ment said ,it would act.</p>\n",
     "<p>The government said ,it would act.</p>\n"),
    ("html", "<p>He said: “<b>We will win</b>.” Then he left.</p>"
     "<script>var s = '“<b>x';</script><style>b{}</style>\n",
     "<p>He said: “We will win.” Then he left.</p><script>var s = '“<b>x';</script>"
     "<style>b{}</style>\n"),
    ("html", "<p>The <b>U.S.</b> and <![CDATA[x]]> China met &amp; agreed .</p>\n",
     "<p>The U.S. and <![CDATA[x]]> China met &amp; agreed .</p>\n"),
    ("html", "<p>It&rsquo;s over&nbsp;, she said &ldquo;<i>never</i>&rdquo; &mdash;and left.</p>\n",
     "<p>It’s over\xa0, she said “never” —and left.</p>\n"),
    ("html", "<p>Smith &amp; Jones said ,it was &#8220;final &#x201D; .</p>\n",
     "<p>Smith & Jones said ,it was “final ” .</p>\n"),
    ("markdown", "She said: «**never** again», and left.\n",
     "She said: «never again», and left.\n"),
    ("markdown", "The **Russia**had said that it would _go_ on.\n",
     "The Russiahad said that it would go on.\n"),
    ("markdown", "He said that _the_ the [plan](http://example.org/p \"t\") was done .\n",
     "He said that the the plan was done .\n"),
    ("markdown", "Officials said “[the talks](http://example.org/) were over” today.\n",
     "Officials said “the talks were over” today.\n"),
    ("markdown", "The minister arrived. *but* the talks failed *badly*.\n",
     "The minister arrived. but the talks failed badly.\n"),
    ("markdown", "It was **“final”** ,she said, and <b>left</b> .\n",
     "It was “final” ,she said, and left .\n"),
]  # fmt: skip


@pytest.mark.parametrize(("markup", "marked", "prose"), CASES)
def test_inline_markup_reads_as_the_prose_without_it(
    linter: Linter, markup: str, marked: str, prose: str
) -> None:
    assert _seen(linter, marked, markup) == _seen(linter, prose, markup)


@pytest.mark.parametrize(("markup", "marked", "prose"), CASES)
def test_fix_keeps_every_tag_and_leaves_nothing_new(
    linter: Linter, markup: str, marked: str, prose: str
) -> None:
    fixed = fix_raw(marked, "x", linter.lint, markup=markup).raw
    assert _tags(fixed, markup) == _tags(marked, markup)
    before = _seen(linter, marked, markup)
    plain_fixed = fix_raw(prose, "x", linter.lint, markup=markup).raw
    assert _seen(linter, fixed, markup) <= before | _seen(linter, plain_fixed, markup)


def test_the_lead_s_guillemets_are_fixed_on_both_sides_of_the_tag(linter: Linter) -> None:
    html = "<p>She said: «<b>never</b> again», and left.</p>\n"
    fixed = fix_raw(html, "x", linter.lint, markup="html").raw
    assert fixed == "<p>She said: “<b>never</b> again”, and left.</p>\n"
    assert linter.lint(Document.from_raw(fixed, markup="html")) == []


def test_a_space_at_a_tag_goes_outside_the_element(linter: Linter) -> None:
    cases = [
        ("<p>The <b>Russia</b>had said so.</p>\n", "<p>The <b>Russia</b> had said so.</p>\n"),
        ("<p>The Russia<b>had</b> said so.</p>\n", "<p>The Russia <b>had</b> said so.</p>\n"),
        ("<p>He said<b>,</b>it would go.</p>\n", "<p>He said<b>,</b> it would go.</p>\n"),
        ("<p>The <b>Russia</b><i>had</i> said.</p>\n", "<p>The <b>Russia</b> <i>had</i> said.</p>\n"),
        ("The **Russia**had said so.\n", "The **Russia** had said so.\n"),
        ("Ask [the minister](http://x.org/a)said it.\n", "Ask [the minister](http://x.org/a) said it.\n"),
    ]  # fmt: skip
    for source, expected in cases:
        markup = "html" if source.startswith("<p>") else "markdown"
        found = [f for f in linter.lint(Document.from_raw(source, markup=markup)) if f.fix]
        assert found, source
        assert all(f.start <= e.start <= e.end <= f.end for f in found for e in f.fix.edits)
        assert fix_raw(source, "x", linter.lint, markup=markup).raw == expected


def test_anything_but_a_space_at_a_tag_is_only_suggested() -> None:
    offsets = OffsetMap([(1, 4), (5, 9)], sides=[(1, 4, "open"), (5, 9, "close")])
    view = "aTb"  # "a<b>T</b>b": a full stop after "T" could close the sentence inside or out
    stop = Finding("r", "warning", "m", 1, 2, Fix.replace(1, 2, "T."))
    mapped = offsets.finding(stop, view)
    assert mapped.fix is None and mapped.suggestions == ("T.",)
    space = Finding("r", "warning", "m", 1, 2, Fix.replace(1, 2, "T "))
    assert offsets.finding(space, view).fix == Fix((Edit(9, 9, " "),))
    empty = OffsetMap([(1, 8)], sides=[(1, 4, "open"), (4, 8, "close")])  # "a<i></i>b"
    glued = Finding("r", "warning", "m", 0, 2, Fix.replace(0, 2, "a b"))
    assert empty.finding(glued, "ab").fix is None


def test_block_tags_still_separate_their_blocks(linter: Linter) -> None:
    html = "<ul><li>Russia</li><li>had talks</li></ul>\n<p>Talks ended.</p><p>Then more.</p>\n"
    assert not any(
        f.rule == "mt.glued-words" for f in linter.lint(Document.from_raw(html, "x", "html"))
    )


def test_positions_point_into_the_source() -> None:
    doc = Document.from_raw("<p>A <b>b</b>c d</p>\n", markup="html")
    view = doc.prose
    assert view.text == "   A bc d    \n"
    assert view.source_map is not None
    assert view.source_map.span(5, 7) == (8, 14)
    assert doc.original[8:14] == "b</b>c"
    assert view.source_map.is_whole(5, 6) and not view.source_map.is_whole(5, 7)
    assert not view.source_map.is_whole(6, 6) and view.source_map.is_whole(7, 7)


def test_plain_text_is_its_own_prose() -> None:
    doc = Document.from_raw("The <b>tag</b> here is text.\n")
    assert doc.prose is doc
    html = Document.from_raw("<p>No inline markup here.</p>\n", markup="html")
    assert html.prose is html


def test_narrowed_edits_change_only_what_changes() -> None:
    text = "«never again»"
    assert narrowed(text, Edit(0, len(text), "“never again”")) == [
        Edit(0, 1, "“"),
        Edit(len(text) - 1, len(text), "”"),
    ]
    assert narrowed("the the", Edit(0, 7, "the")) == [Edit(3, 7, "")]


def test_a_fix_across_markup_is_dropped_to_a_suggestion() -> None:
    offsets = OffsetMap([(3, 6)])  # "ab <b>cd" -> view "ab cd"
    found = Finding("r", "warning", "m", 0, 5, None)
    assert offsets.finding(found, "ab cd") == Finding("r", "warning", "m", 0, 8, None)
    swap = Finding("r", "warning", "m", 0, 5, Fix.replace(0, 5, "xy zw"))
    assert offsets.finding(swap, "ab cd").fix == Fix((Edit(0, 2, "xy"), Edit(6, 8, "zw")))
    join = Finding("r", "warning", "m", 0, 5, Fix.replace(0, 5, "a-d"))
    mapped = offsets.finding(join, "ab cd")
    assert mapped.fix is None and mapped.suggestions == ("a-d",)
    inside = Finding("r", "warning", "m", 3, 5, Fix.replace(3, 5, "CD"))
    assert offsets.finding(inside, "ab cd").fix == Fix.replace(6, 8, "CD")


# Prose for the property test: words, and the artifacts the rules look for next to them.
_WORDS = ["the", "talks", "minister", "said", "Russia", "had", "never", "again", "it", "would"]
_PIECES = [*_WORDS, "the the", "Russiahad", "«never", "again»", ",", " .", "“said", "was”", "but"]
_HTML_WRAPS = [("<b>", "</b>"), ("<i>", "</i>"), ('<a href="/p?x=1&amp;y=2">', "</a>"),
               ("<span title='a > b'>", "</span>"), ("<b><em>", "</em></b>"), ("<!-- c -->", "")]  # fmt: skip
_MARKDOWN_WRAPS = [("**", "**"), ("*", "*"), ("[", "](http://example.org/a)"), ("<b>", "</b>")]


def _sentence(rng: random.Random) -> list[str]:
    tokens = [rng.choice(_PIECES) for _ in range(rng.randint(4, 12))]
    return [tokens[0].capitalize(), *tokens[1:]]


def _wrapped(tokens: list[str], rng: random.Random, markup: str) -> str:
    """The tokens joined by spaces, some whole words wrapped in inline markup."""
    wraps = _HTML_WRAPS if markup == "html" else _MARKDOWN_WRAPS
    out = []
    for token in tokens:
        if token.isalpha() and rng.random() < 0.4:
            opening, closing = rng.choice(wraps)
            token = opening + token + closing
        out.append(token)
    return " ".join(out).replace(" ,", ",").replace(" .", " .")


@settings(max_examples=examples(40), deadline=None)
@given(seed=st.integers(0, 10**6), markup=st.sampled_from(["html", "markdown"]))
def test_random_inline_markup_changes_no_finding(linter: Linter, seed: int, markup: str) -> None:
    rng = random.Random(seed)
    paragraphs = [_sentence(rng) for _ in range(rng.randint(1, 3))]
    if markup == "html":
        marked = "".join(f"<p>{_wrapped(p, rng, markup)}.</p>\n" for p in paragraphs)
        prose = "".join(f"<p>{' '.join(p).replace(' ,', ',')}.</p>\n" for p in paragraphs)
    else:
        marked = "".join(f"{_wrapped(p, rng, markup)}.\n\n" for p in paragraphs)
        prose = "".join(f"{' '.join(p).replace(' ,', ',')}.\n\n" for p in paragraphs)
    assert _visible(marked, markup) == _visible(prose, markup)
    assert _seen(linter, marked, markup) == _seen(linter, prose, markup)
    fixed = fix_raw(marked, "x", linter.lint, markup=markup).raw
    assert _tags(fixed, markup) == _tags(marked, markup)


def test_marks_that_set_off_a_title_are_still_read_in_the_source(linter: Linter) -> None:
    html = "<p>We watched <i>Rebel Rebel</i> on Friday, and the the film ran long.</p>\n"
    markdown = "We watched *Rebel Rebel* on Friday, and the the film ran long.\n"
    for text, markup in ((html, "html"), (markdown, "markdown")):
        doubled = [
            text[f.start : f.end]
            for f in linter.lint(Document.from_raw(text, markup=markup))
            if f.rule == "structure.doubled-word"
        ]
        assert doubled == ["the the"]


def test_marks_inside_a_link_s_text_are_found_before_its_target() -> None:
    text = "See [**the** _report_](http://example.org/r) and **more** here.\n"
    view = Document.from_raw(text, markup="markdown").prose
    assert view.text == "See the report and more here.\n"


def test_a_doubled_word_is_deleted_on_the_side_free_of_markup(linter: Linter) -> None:
    assert narrowed("the the", Edit(0, 7, "the"), prefix_first=False) == [Edit(0, 4, "")]
    for html in ("<p>He saw the <b>the</b> plan.</p>\n", "<p>He saw <b>the</b> the plan.</p>\n"):
        fixed = fix_raw(html, "x", linter.lint, markup="html").raw
        assert fixed.replace("<b>", "").replace("</b>", "") == "<p>He saw the plan.</p>\n"
        assert _tags(fixed, "html") == _tags(html, "html")


def test_a_character_reference_is_the_character_it_writes(linter: Linter) -> None:
    html = "<p>She said: &laquo;<b>never</b> again&raquo;, and it&rsquo;s over.</p>\n"
    view = Document.from_raw(html, markup="html").prose
    assert view.text.strip() == "She said: «never again», and it’s over."
    fixed = fix_raw(html, "x", linter.lint, markup="html").raw
    assert fixed == "<p>She said: “<b>never</b> again”, and it&rsquo;s over.</p>\n"
    assert linter.lint(Document.from_raw(fixed, markup="html")) == []


def test_a_reference_in_code_an_attribute_or_a_line_break_stays_as_written() -> None:
    html = '<p title="&amp;">A&#10;b <code>&amp;</code> c&amp;d</p>\n'
    view = Document.from_raw(html, markup="html").prose
    assert view.text.split() == ["A&#10;b", "c&d"]


def test_an_image_s_alt_text_is_read_without_its_emphasis(linter: Linter) -> None:
    # The alt text's "*" and "**" were read as characters of the prose (issue 14).
    text = "Storm\n\nThe photo ![police at the *the* harbour](x.jpg) was taken on Monday.\n"
    view = Document.from_raw(text, markup="markdown").prose
    assert "police at the the harbour was" in view.text
    fixed = fix_raw(text, "x.md", linter.lint, markup="markdown").raw
    assert fixed == "Storm\n\nThe photo ![police at *the* harbour](x.jpg) was taken on Monday.\n"
    good = "Storm\n\nThe photo ![police at *the harbour*](x.jpg) was taken on Monday.\n"
    assert "police at the harbour was" in Document.from_raw(good, markup="markdown").prose.text
    assert linter.lint(Document.from_raw(good, markup="markdown")) == []


def _paragraph(text: str, markup: str) -> str:
    return f"<p>{text}</p>\n" if markup == "html" else f"{text}\n"


def _read_and_fixed(linter: Linter, markup: str, good: str, bad: str, fixed: str) -> str:
    """The prose view of the paragraph `good`, which draws no finding; the paragraph `bad`'s one
    finding, a doubled word, is fixed to `fixed` with every tag kept."""
    good, bad = _paragraph(good, markup), _paragraph(bad, markup)
    assert linter.lint(Document.from_raw(good, markup=markup)) == []
    found = linter.lint(Document.from_raw(bad, markup=markup))
    assert [f.rule for f in found] == ["structure.doubled-word"]
    assert fix_raw(bad, "x", linter.lint, markup=markup).raw == _paragraph(fixed, markup)
    return Document.from_raw(good, markup=markup).prose.text


@pytest.mark.parametrize("markup", ["html", "markdown"])
def test_a_superscript_or_subscript_is_a_mark_on_its_token(linter: Linter, markup: str) -> None:
    # Blanked, "E=mc<sup>2</sup>" read as two tokens, "mc" and "2"; the element, tags and
    # content, is a mark on the token before it and is left out of the view whole (issue 14).
    good = (
        "Einstein wrote E=mc<sup>2</sup> in 1905, the value of x<sub>1</sub> was small, "
        "and she finished 21<sup>st</sup> of 40, he said.<sup>3</sup> Then he left."
    )
    view = _read_and_fixed(
        linter,
        markup,
        good,
        bad="Then the<sup>4</sup> the minister left on Monday.",
        fixed="Then the<sup>4</sup> minister left on Monday.",
    )
    assert "E=mc in 1905, the value of x1 was small, and she finished 21 of 40" in view
    assert "he said. Then he left." in view


def test_a_superscript_left_open_ends_with_its_paragraph(linter: Linter) -> None:
    # A mark is phrasing content: a `<sup>` never closed in its paragraph hid every paragraph up
    # to a stray `</sup>` further down, and their doubled words went unreported.
    html = (
        "<p>The mayor said the the plan was ready<sup>1</p>\n"
        "<p>The council said said it would vote on Monday.</p>\n"
        "<p>Residents were were told to wait.</sup> More text here.</p>\n"
    )
    view = Document.from_raw(html, markup="html").prose.text
    assert "The council said said it would vote" in view
    found = linter.lint(Document.from_raw(html, markup="html"))
    doubled = [html[f.start : f.end] for f in found if f.rule == "structure.doubled-word"]
    assert doubled == ["the the", "said said", "were were"]


@pytest.mark.parametrize("markup", ["html", "markdown"])
def test_a_mark_inside_its_token_is_read_with_it(linter: Linter, markup: str) -> None:
    # Left out whole, "H<sub>2</sub>O" read "HO" and "CO<sub>2</sub>" read "CO", other words: a
    # subscript of letters or digits after a letter or digit is an index or a formula's count,
    # and any mark of them between two letters or digits is inside a word, so the view reads its
    # content; only its tags leave the view. A footnote mark or exponent after a token still goes.
    good = (
        "Water is H<sub>2</sub>O, and CO<sub>2</sub> and H<sub>2</sub>SO<sub>4</sub> levels rose"
        " by 10<sup>6</sup> tonnes, he said.<sup>3</sup> Na<sup>+</sup> ions stayed."
    )
    view = _read_and_fixed(
        linter,
        markup,
        good,
        bad="Officials said the the H<sub>2</sub>O supply was safe on Monday.",
        fixed="Officials said the H<sub>2</sub>O supply was safe on Monday.",
    )
    assert "Water is H2O, and CO2 and H2SO4 levels rose by 10 tonnes, he said. Na ions" in view


@pytest.mark.parametrize("markup", ["html", "markdown"])
def test_breaks_and_break_hints_inside_a_word(markup: str) -> None:
    # A line break inside a word (`<br>`) is a break the reader sees: the halves stay apart, never
    # glued. A hyphenation hint (`<wbr>`, "&shy;") is no break: the word reads whole. A soft
    # hyphen typed as the character itself stays for encoding.invisible-character to report.
    view = Document.from_raw(
        _paragraph(
            "The inter<br>national talks and the super<wbr>market and Bundes&shy;tag met.", markup
        ),
        markup=markup,
    ).prose.text
    assert "inter national" in " ".join(view.split())
    assert "supermarket and Bundestag met." in view
    raw = Document.from_raw(
        _paragraph("the inter\u00adnational talks", markup), markup=markup
    ).prose.text
    assert "inter\u00adnational" in raw
