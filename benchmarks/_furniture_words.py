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

`learn_page_tokens` learns a weight for every token (word, digit run, symbol) of short blocks
rather than a list: the log odds of a furniture block against an article block holding it, shrunk
by its evidence and kept when several sites show it, so prose's own short-line words ("said",
"the") weigh against as much as a page's apparatus weighs for. `cross_fitted` reads each training
page with weights learned without its domain group, for the fit of the feature's weight.
"""

from __future__ import annotations

import hashlib
import math
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable
from typing import Any

from newslint.furniture_model import PAGE_WORDS_LONGEST, WORD, block_tokens
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


def learn_page_tokens(
    records: Iterable[dict[str, Any]],
    sites: int = 3,
    shrink: float = 10.0,
    cap: int = 3,
    least: float = 0.25,
    longest: int = PAGE_WORDS_LONGEST,
) -> dict[str, float]:
    """Each token's weight for the model's `page_tokens`: the log odds of a short furniture block
    holding it against a short article block holding it (smoothed by a half), shrunk towards 0
    by its evidence (n / (n + shrink), n its blocks of either kind), kept when the side it
    speaks for has it on `sites` domains or more and the weight is `least` or more either way.
    No site counts more than `cap` blocks of a token, so one site's menu printed on every page
    is one site's evidence. Only blocks of `longest` words or fewer are read, as the model
    reads only those."""
    furniture: Counter[str] = Counter()
    article: Counter[str] = Counter()
    per_site: Counter[tuple[str, bool, str]] = Counter()
    sites_of: defaultdict[tuple[str, bool], set[str]] = defaultdict(set)
    totals = Counter[bool]()
    for record in records:
        domain = str(record["domain"])
        for is_furniture, text in short_blocks(record, longest):
            totals[is_furniture] += 1
            for token in block_tokens(text):
                key = (token, is_furniture, domain)
                if per_site[key] >= cap:
                    continue
                per_site[key] += 1
                (furniture if is_furniture else article)[token] += 1
                sites_of[token, is_furniture].add(domain)
    weights = {}
    for token in set(furniture) | set(article):
        f, a = furniture[token], article[token]
        odds = math.log((f + 0.5) / (totals[True] + 1)) - math.log((a + 0.5) / (totals[False] + 1))
        weight = odds * (f + a) / (f + a + shrink)
        if abs(weight) >= least and len(sites_of[token, weight > 0]) >= sites:
            weights[token] = round(weight, 2)
    return dict(sorted(weights.items()))


def short_blocks(record: dict[str, Any], longest: int) -> Iterable[tuple[bool, str]]:
    """(is furniture, text) for each block of `longest` words or fewer that is clearly one or the
    other."""
    furniture = [(x["start"], x["end"]) for x in record["labels"] if x["family"] == "furniture"]
    for block in blocks(record["excerpt"]):
        if block.words > longest:
            continue
        covered = sum(max(0, min(block.end, b) - max(block.start, a)) for a, b in furniture)
        if covered and covered < POSITIVE_COVER * (block.end - block.start):
            continue
        yield bool(covered), block.text


def cross_fitted(
    records: list[dict[str, Any]], learn: Callable[[list[dict[str, Any]]], dict[str, float]]
) -> dict[int, dict[str, float]]:
    """For each record (by `id`), token weights `learn`ed from the records of the other domain
    groups: a page's own `page_tokens` never read from weights its own site taught, so the
    weight fitted on the feature is what it is worth on a site the weights have not seen."""
    tables: dict[int, dict[str, float]] = {}
    for group in range(GROUPS):
        inside = [r for r in records if _group(r) == group]
        table = learn([r for r in records if _group(r) != group])
        tables.update((id(r), table) for r in inside)
    return tables


GROUPS = 5


def _group(record: dict[str, Any]) -> int:
    digest = hashlib.sha256(b"newslint-page-tokens" + str(record["domain"]).encode("utf-8"))
    return digest.digest()[0] % GROUPS
