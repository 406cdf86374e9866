"""The labelled pages the OCR token and capital models are fitted on (`train_ocr_tokens.py`), each
with its words' labels: BLN600's OCR'd articles aligned with their transcription, and labelled
page sets in the real corpus's format (their dev halves, or a training set read whole).

A page carries its group, what cross-validation keeps in one fold when it folds by site: a BLN600
article is its own group (the articles come from many papers and days), a labelled page its site
(`site_of`), so pages of one site, or of sister sites serving the same scans, are never fitted
and scored apart from each other.
"""

from __future__ import annotations

import csv
from collections import defaultdict
from collections.abc import Iterator
from pathlib import Path
from typing import NamedTuple

from _bln_articles import aligned_lines, bln_half
from real import half_of, load_records

from newslint.ocr_damage import TOKEN, strip_edges

MAX_LABEL_WORDS = 2  # an OCR label of more words is a run, not one misread word
# Second-level labels under a country's code that a registrant's name stands below
# ("nla.gov.au", "llgc.org.uk").
_PUBLIC_SECOND_LEVELS = frozenset({"ac", "co", "com", "edu", "gov", "net", "org"})
# Sites that serve the same scans under other names (lab54b's labeller named the first three as
# sister sites of corpus domains): one site to a by-site fold.
SISTER_SITES = {
    "fdokumen.com": "document mirrors",
    "fdocuments.in": "document mirrors",
    "fdocuments.us": "document mirrors",
    "dokumen.tips": "document mirrors",
    "vdocument.in": "document mirrors",
    "vdocuments.mx": "document mirrors",
    "vdocuments.net": "document mirrors",
    "vdocuments.us": "document mirrors",
    "welshjournals.llgc.org.uk": "library.wales",
}


class Page(NamedTuple):
    name: str
    group: str  # the site (or BLN600 article) a by-site fold keeps together
    text: str
    labels: dict[int, int]  # token start -> 1 misread, 0 read right


def bln_pages(corpus: Path, half: str) -> Iterator[Page]:
    """BLN600 articles of `half`: the sentence sample grouped by article, and the articles read
    whole that the sample lacks."""
    by_article: dict[str, tuple[list[str], list[str]]] = defaultdict(lambda: ([], []))
    with open(corpus / "ocr" / "bln600_test_pairs_sample.tsv", encoding="utf-8", newline="") as f:
        for row in csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE):
            by_article[row["sample_id"]][0].append(row["ocr"])
            by_article[row["sample_id"]][1].append(row["gt"])
    for sample_id, (ocr, truth) in sorted(by_article.items()):
        if bln_half(sample_id) == half:
            text = "\n".join(ocr)
            name = f"bln:{sample_id}"
            yield Page(name, name, text, aligned_labels(text, "\n".join(truth)))
    for path in sorted((corpus / "ocr" / "bln600_articles").glob("*.ocr.txt")):
        sample_id = path.name.split(".")[0]
        if sample_id in by_article or bln_half(sample_id) != half:
            continue
        text = path.read_text(encoding="utf-8")
        truth = path.with_name(path.name.replace(".ocr.", ".gt.")).read_text(encoding="utf-8")
        name = f"bln:{sample_id}"
        yield Page(name, name, text, aligned_labels(text, truth))


def aligned_labels(ocr: str, truth: str) -> dict[int, int]:
    """Token start -> 1 where the transcription replaces the token one for one by another word,
    0 where it keeps it."""
    labels: dict[int, int] = {}
    for offset, words, kept, opcodes in aligned_lines(ocr, truth, TOKEN):
        for operation, first, last, kept_first, kept_last in opcodes:
            for at in range(first, last):
                start = offset + words[at].start()
                if operation == "equal":
                    labels[start] = 0
                elif operation == "replace" and last - first == kept_last - kept_first:
                    read = strip_edges(words[at].group())
                    meant = strip_edges(kept[kept_first + at - first])
                    if read.lower() != meant.lower():
                        labels[start] = 1
    return labels


def dev_pages(corpus: Path, whole: bool = False) -> Iterator[Page]:
    """The labelled pages of `corpus`'s dev half (`whole`: every page, for a set made for training
    that keeps no test half of its own)."""
    for record in load_records(corpus):
        if not whole and half_of(record["domain"]) != "dev":
            continue
        name = f"{corpus.name}:{record['id']}"
        yield Page(name, site_of(record["domain"]), record["excerpt"], page_labels(record))


def site_of(domain: str) -> str:
    """The site a domain belongs to: its registered name ("bklyn.newspapers.com" and
    "www.newspapers.com" are one site, "trove.nla.gov.au" is "nla.gov.au"), or the family
    `SISTER_SITES` puts it in."""
    if domain in SISTER_SITES:
        return SISTER_SITES[domain]
    labels = domain.lower().split(".")
    keep = (
        3 if len(labels) > 2 and labels[-2] in _PUBLIC_SECOND_LEVELS and len(labels[-1]) == 2 else 2
    )
    site = ".".join(labels[-keep:])
    return SISTER_SITES.get(site, site)


def page_labels(record: dict) -> dict[int, int]:
    """Token start -> 1 inside an OCR label of one or two words, 0 where no label touches it; a
    token any other label touches is left out."""
    text = record["excerpt"]
    labels: dict[int, int] = {}
    for match in TOKEN.finditer(text):
        start, end = match.span()
        touching = [lb for lb in record["labels"] if lb["start"] < end and start < lb["end"]]
        if not touching:
            labels[start] = 0
        elif any(
            lb["family"] == "ocr" and len(lb["text"].split()) <= MAX_LABEL_WORDS for lb in touching
        ):
            labels[start] = 1
    return labels


def label_at(text: str, start: int, labels: dict[int, int]) -> int | None:
    """The label of the whitespace token holding offset `start` (a core may follow a mark)."""
    token_start = text.rfind(" ", 0, start) + 1
    token_start = max(token_start, text.rfind("\n", 0, start) + 1)
    return labels.get(token_start)
