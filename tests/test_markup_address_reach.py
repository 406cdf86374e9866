"""Addresses masked in Markdown and HTML are found as before, but an e-mail address is tried only
where a run of its characters begins (or where the last address ended): tried from every
position of a long word, each attempt read the rest of the word, and a 100,000-character
attribute value kept a page's markup reading for minutes (hostile test, stop 63)."""

from __future__ import annotations

import random

import regex

from newslint.document import Document
from newslint.markup import _ADDRESS

# The pattern before, the reference for what is found.
BEFORE = regex.compile(
    r"\b(?:https?://|www\.)[^\s<>()\[\]\"']+[^\s<>()\[\]\"'.,;:!?]|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
)
CASES = [
    "Write to desk@example.org or news.desk+tips@mail.example.co.uk today.",
    "+@-.b+@-1.b@//b1@ /a_ba",  # one address ending inside a run of the next one's characters
    "see www.example.org/a_b, https://x.y/z. and a.b@c.d.e",
    "x" * 50 + "@" + "y" * 50,
    "..@x.y a-@b.c -a@b.c",
]


def test_addresses_are_found_as_before() -> None:
    rng = random.Random(63)
    texts = list(CASES)
    for alphabet in ("ab.+-@ _é1/:w", "a.@-b w:/htps"):
        texts += [
            "".join(rng.choice(alphabet) for _ in range(rng.randrange(1, 40))) for _ in range(5000)
        ]
    for text in texts:
        assert [m.span() for m in _ADDRESS.finditer(text)] == [
            m.span() for m in BEFORE.finditer(text)
        ], text


def test_a_long_attribute_value_is_read_once() -> None:
    text = '<p title="' + "q" * 100_000 + '">The council met.</p>\n'
    doc = Document.from_raw(text, "page.html", "html")
    assert doc.text.strip() == "The council met."
