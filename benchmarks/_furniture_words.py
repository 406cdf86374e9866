"""The furniture model's `page_words`, learned from labelled pages: the words a page's own
apparatus (comment forms, photo credits, skip links, share and download buttons) uses far more
often than its article does.

Every page is cut into blocks (`newslint.textblocks`) as `_furniture_fit` does: a block whose
characters are half furniture labels or more is furniture, one no furniture label touches is
article text. A word is kept when the share of furniture blocks holding it is at least `ratio`
times the share of article blocks holding it (both counts smoothed by a half), it is in
`least` furniture blocks or more (a word seen in three captions, "speaks", is no evidence) and
it is furniture on `sites` different domains or more, so that no one site's menu or section
names make the list. The list is data for the rule (`page_words`); the weight the model gives the
share of such words in a block is fitted with the other weights.
"""

from __future__ import annotations

import math
from collections import Counter, defaultdict
from collections.abc import Iterable
from typing import Any

from newslint.furniture_model import WORD
from newslint.textblocks import blocks

POSITIVE_COVER = 0.5


def block_words(record: dict[str, Any]) -> Iterable[tuple[bool, set[str]]]:
    """(is furniture, the block's words casefolded) for each block that is clearly one or the
    other."""
    furniture = [(x["start"], x["end"]) for x in record["labels"] if x["family"] == "furniture"]
    for block in blocks(record["excerpt"]):
        covered = sum(max(0, min(block.end, b) - max(block.start, a)) for a, b in furniture)
        if covered and covered < POSITIVE_COVER * (block.end - block.start):
            continue
        yield bool(covered), {w.casefold() for w in WORD.findall(block.text)}


def learn_page_words(
    records: Iterable[dict[str, Any]], sites: int = 3, ratio: float = 4.0, least: int = 5
) -> list[str]:
    """The words far likelier in furniture blocks than in article blocks, on enough sites."""
    in_furniture: Counter[str] = Counter()
    in_article: Counter[str] = Counter()
    domains: defaultdict[str, set[str]] = defaultdict(set)
    furniture_blocks = article_blocks = 0
    for record in records:
        for is_furniture, words in block_words(record):
            if is_furniture:
                furniture_blocks += 1
                in_furniture.update(words)
                for word in words:
                    domains[word].add(str(record["domain"]))
            else:
                article_blocks += 1
                in_article.update(words)
    cut = math.log(ratio)
    kept = []
    for word, count in in_furniture.items():
        if count < least or len(domains[word]) < sites:
            continue
        odds = math.log((count + 0.5) / (furniture_blocks + 1))
        odds -= math.log((in_article[word] + 0.5) / (article_blocks + 1))
        if odds >= cut:
            kept.append(word)
    return sorted(kept)
