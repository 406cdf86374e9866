"""Distinct ~1 KB documents for `speed.py`'s two-workers row, recombined from the corpus articles.

The scan row's documents cycle the corpora's ~350 pieces of ~1 KB, so in a run of 5,000 every
piece comes back ~14 times; what checks remember per paragraph or word is reused, and two workers
each pay the first sight of every piece (one worker pays it once): two workers spent 1.21x one
worker's CPU on that input, which capped the ratio near 1.65x whatever the pool does.

The corpora hold too little text for 5,000 distinct pages, so documents are recombined, by a
fixed rule: document `i` takes the sentences of article `i mod n` (headline left out) in an order
drawn by `random.Random(f"newslint-scan-{i}")`, keeps them in that order until it has about 1 KB
and groups them into paragraphs of two to five sentences. One article's
sentences keep a document on one story (its names and spellings agree as a real page's do); the
draw makes every document and almost every paragraph one no other document has.
"""

from __future__ import annotations

import json
import random
import re
from pathlib import Path

# A sentence ends at . ! or ? (a closing quotation mark may follow) before a capital, a
# quotation mark or a digit: good enough to cut news prose into sentences for recombination.
_SENTENCE_END = re.compile(r"(?:(?<=[.!?])|(?<=[.!?][”\"’]))\s+(?=[“\"‘(]?[A-Z0-9])")
DOCUMENT_CHARS = 900
MIN_SENTENCES = 3  # a paragraph of one long sentence would come back in other documents


def article_sentences(text: str) -> list[str]:
    """The sentences of an article's paragraphs, its first paragraph (the headline) left out."""
    paragraphs = text.strip().split("\n\n")[1:]
    return [
        sentence.strip()
        for paragraph in paragraphs
        for sentence in _SENTENCE_END.split(paragraph.replace("\n", " "))
        if sentence.strip()
    ]


def distinct_documents(sources: list[Path], count: int) -> list[str]:
    """`count` documents of about 1 KB, recombined as the module says."""
    articles = [s for s in (article_sentences(p.read_text(encoding="utf-8")) for p in sources) if s]
    documents = []
    for index in range(count):
        sentences = articles[index % len(articles)]
        draw = random.Random(f"newslint-scan-{index}")
        chosen: list[int] = []
        size = 0
        for at in draw.sample(range(len(sentences)), len(sentences)):
            chosen.append(at)
            size += len(sentences[at]) + 1
            if size >= DOCUMENT_CHARS and len(chosen) >= MIN_SENTENCES:
                break
        paragraphs = []
        while chosen:
            take = draw.randint(2, 4)
            if len(chosen) - take == 1:  # no paragraph of one sentence
                take += 1
            paragraphs.append(" ".join(sentences[at] for at in chosen[:take]))
            chosen = chosen[take:]
        documents.append("\n\n".join(paragraphs))
    return documents


def distinct_dump(sources: list[Path], count: int) -> str:
    """The documents as a JSON Lines dump, as `scan` reads it."""
    lines = (
        json.dumps({"id": str(index), "text": text})
        for index, text in enumerate(distinct_documents(sources, count))
    )
    return "\n".join(lines) + "\n"
