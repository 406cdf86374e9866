"""Properties of --fix on random Markdown and HTML news pages (issue 19, "Deliver").

For documents with tables, code, links, lists and injected artifacts: the markup structure
(markdown-it tokens, HTML element tree) is the same before and after fixing; every edit lies
inside the span its finding reports; fixing settles, or names the rules that do not.
NEWSLINT_FUZZ=1 runs the long profile.
"""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from newslint.document import Document
from newslint.fix import fix_raw
from newslint.markup.structure import structure
from tests.conftest import surface_linter

LINTER = surface_linter()
PROPERTY_SETTINGS = settings()  # the profile chosen in conftest (ci, or fuzz on demand)

ARTIFACTS = [
    "Sir. Blinken", "Psaki. .", "policy. . .", "contributed with reporting", "Russiahad",
    "the the", "donâ€™t", "infor- mation", "govemment", "nations. “", "Leave a Reply",
    "ele\u200bctions", "ﬁnd", "misinformation | and", "don\\u2019t", "ended.\\nThe",
    "\\u003cscript\\u003e", "\\u005bx\\u005d\\u0028http://e.com\\u0029", "&amp;", "a  b",
    "« never »", "``quoted''", "colour and color", "Page 3", "U.S", "said , he",
]  # fmt: skip
WORDS = ["The", "minister", "said", "on", "Thursday", "that", "U.S.", "Mr.", "Xi", "talks",
         "would", "continue", "*", "_", "[", "]", "(", ")", "<", ">", "&", "#", "|", "`",
         "-", "!", "\\"]  # fmt: skip

phrase = st.lists(
    st.one_of(st.sampled_from(WORDS), st.sampled_from(ARTIFACTS), st.text(max_size=3)),
    min_size=1,
    max_size=12,
).map(" ".join)
clean_phrase = phrase.map(lambda text: text.replace("\n", " ").replace("\r", " "))


def _inline(parts: list[str]) -> str:
    return " ".join(parts)


md_inline = st.lists(
    st.one_of(
        clean_phrase,
        clean_phrase.map(lambda t: f"`{t.replace('`', '')}`"),
        st.tuples(clean_phrase, st.sampled_from(["http://e.com/a", "https://x.org/p?q=1"])).map(
            lambda pair: f"[{pair[0].replace('[', '').replace(']', '')}]({pair[1]})"
        ),
        clean_phrase.map(lambda t: f"*{t.strip('* ')}*"),
    ),
    min_size=1,
    max_size=4,
).map(_inline)


def _table(rows: list[list[str]]) -> str:
    width = len(rows[0])
    lines = ["| " + " | ".join(cell.replace("|", " ") for cell in rows[0]) + " |"]
    lines.append("|" + "---|" * width)
    for row in rows[1:]:
        cells = (row + [""] * width)[:width]
        lines.append("| " + " | ".join(cell.replace("|", " ") for cell in cells) + " |")
    return "\n".join(lines)


md_block = st.one_of(
    md_inline,
    md_inline.map(lambda t: "## " + t),
    st.lists(md_inline, min_size=1, max_size=3).map(
        lambda items: "\n".join("- " + i for i in items)
    ),
    st.lists(md_inline, min_size=1, max_size=3).map(
        lambda items: "\n".join(f"{n}. {i}" for n, i in enumerate(items, 1))
    ),
    md_inline.map(lambda t: "> " + t),
    st.lists(st.lists(clean_phrase, min_size=2, max_size=3), min_size=2, max_size=4).map(_table),
    clean_phrase.map(lambda t: "```\n" + t + "\n```"),
    st.sampled_from(["The delegations met on Monday in the city."]),  # repeats across blocks
)
markdown_document = st.lists(md_block, min_size=1, max_size=7).map(
    lambda blocks: "\n\n".join(blocks) + "\n"
)


def _escape_html(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


html_text = phrase.map(_escape_html)
html_block = st.one_of(
    html_text.map(lambda t: f"<p>{t}</p>"),
    html_text.map(lambda t: f"<h2>{t}</h2>"),
    st.tuples(html_text, html_text).map(lambda p: f'<p>{p[0]} <a href="http://e.com">{p[1]}</a></p>'),
    st.lists(html_text, min_size=1, max_size=3).map(
        lambda items: "<ul>" + "".join(f"<li>{i}</li>" for i in items) + "</ul>"
    ),
    st.lists(st.lists(html_text, min_size=1, max_size=3), min_size=1, max_size=3).map(
        lambda rows: "<table>" + "".join("<tr>" + "".join(f"<td>{c}</td>" for c in row) + "</tr>" for row in rows) + "</table>"
    ),
    html_text.map(lambda t: f"<pre><code>{t}</code></pre>"),
    html_text.map(lambda t: f"<p>{t}<!-- note --> <code>{t}</code></p>"),
)  # fmt: skip
html_document = st.lists(html_block, min_size=1, max_size=6).map(
    lambda blocks: "<html><body>\n" + "\n".join(blocks) + "\n</body></html>\n"
)

documents = st.one_of(
    markdown_document.map(lambda text: (text, "markdown")),
    html_document.map(lambda text: (text, "html")),
)


@given(documents, st.booleans())
@PROPERTY_SETTINGS
@pytest.mark.slow
def test_fixing_keeps_the_markup_structure(document: tuple[str, str], unsafe: bool) -> None:
    text, markup = document
    outcome = fix_raw(text, "story", LINTER.lint, unsafe=unsafe, markup=markup)
    assert structure(outcome.raw, markup) == structure(text, markup)


@given(st.one_of(documents, phrase.map(lambda text: (text, "plain"))))
@PROPERTY_SETTINGS
@pytest.mark.slow
def test_every_edit_lies_inside_the_span_its_finding_reports(document: tuple[str, str]) -> None:
    text, markup = document
    for finding in LINTER.lint(Document.from_raw(text, "story", markup)):
        for edit in finding.fix.edits if finding.fix else ():
            assert finding.start <= edit.start <= edit.end <= finding.end, finding


@given(st.one_of(documents, phrase.map(lambda text: (text, "plain"))), st.booleans())
@PROPERTY_SETTINGS
@pytest.mark.slow
def test_fixing_settles_or_names_the_rules_that_do_not(
    document: tuple[str, str], unsafe: bool
) -> None:
    text, markup = document
    outcome = fix_raw(text, "story", LINTER.lint, unsafe=unsafe, markup=markup)
    again = fix_raw(outcome.raw, "story", LINTER.lint, unsafe=unsafe, markup=markup)
    assert outcome.converged, f"built-in rules did not settle: {outcome.unsettled}"
    assert again.raw == outcome.raw and again.applied == 0
