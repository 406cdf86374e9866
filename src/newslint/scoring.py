"""Document scores for corpora: artifact counts and densities per family, with the rules of `check`.

    >>> from newslint import score
    >>> score("Sir. Blinken said Russiahad agreed.", grammar="off")["density"]

The record's fields are a stable contract (see README, "Corpus scale"):
    words, findings, density                      findings per 1,000 words, all families
    <family>_count, <family>_density              for mt, structure, typography, consistency,
                                                  ocr, encoding, scrape, llm, grammar
    <kind>_likelihood                             0-1, how likely the text is machine-translated
                                                  (mt), OCR'd (ocr), scraped (scrape) or
                                                  LLM-processed (llm): `newslint.verdict`
    unfinished_checks                             parts of the document a rule ran out of time on
                                                  and left unchecked (0: fully checked); such a
                                                  notice is no artifact and no finding
A lone surrogate (a "\\ud800" escape in scraped JSON) is scored as U+FFFD, as `scan` reads it
(`newslint.utf8_text.utf8_readable`, one function for both).
A scorer is built once per process (rules compiled once per worker) and reused for every document.
"""

from __future__ import annotations

import warnings
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import cache
from typing import Any

from newslint.document import Document
from newslint.finding import UNFINISHED_RULE, Finding
from newslint.rules import FAMILIES
from newslint.utf8_text import utf8_readable
from newslint.verdict import KINDS, judge

FIELDS = (
    "words",
    "findings",
    "density",
    *(f"{family}_{kind}" for family in FAMILIES for kind in ("count", "density")),
    *(f"{kind}_likelihood" for kind in KINDS),
    "unfinished_checks",
)


def is_float_field(name: str) -> bool:
    """Densities and likelihoods are floats; every other field is a count."""
    return name.endswith(("density", "likelihood"))


class Scorer:
    def __init__(self, *, select: Sequence[str] = (), ignore: Sequence[str] = (), grammar: str | None = None,
                 rules: Sequence[str] = (), config: str | None = None, context: bool | None = None,
                 freeze: bool = False):  # fmt: skip
        """`freeze`: freeze the collector's heap once the linter is built (`collector.lasting`),
        for a process that newslint owns (a scan worker). A library call in someone else's
        pipeline must not: `gc.freeze` pins every object of the host's heap, garbage included."""
        from pathlib import Path

        from newslint.collector import collector_paused, lasting
        from newslint.config import Settings, load_settings
        from newslint.launch import GRAMMARS
        from newslint.linters import Choices, build_linter

        if grammar is not None and grammar not in GRAMMARS:
            raise ValueError(
                f"unknown grammar engine {grammar!r}: use one of {', '.join(GRAMMARS)}"
            )
        settings = load_settings(Path(config).resolve()) if config else Settings()
        choices = Choices(
            select=tuple(select),
            ignore=tuple(ignore),
            rule_paths=tuple(rules),
            grammar=grammar,
            context=context,
        )
        with lasting() if freeze else collector_paused():  # see `Linters.for_settings`
            self.linter = build_linter(settings, choices, warn=_warning)

    def __call__(self, text: str, markup: str = "plain") -> dict[str, Any]:
        check_input(text, markup)
        doc = Document.from_raw(utf8_readable(text), DOCUMENT, markup)
        return self.record(doc, self.linter.lint(doc))

    def many(self, texts: Iterable[str], markup: str = "plain") -> list[dict[str, Any]]:
        """`self(text)` for each of `texts`, the per-document work that batches well (the gate's
        pass) made over all of them first: a corpus's documents, a batch at a time."""
        batch = list(texts)
        for text in batch:
            check_input(text, markup)
        docs = (Document.from_raw(utf8_readable(text), DOCUMENT, markup) for text in batch)
        return [self.record(doc, findings) for doc, findings in self.linter.lint_all(docs)]

    def record(self, doc: Document, findings: Sequence[Finding]) -> dict[str, Any]:
        """The score record of a linted document. A rule that ran out of time reports a notice,
        not an artifact: the record counts it apart, so that a density is never inflated by it
        and a document not fully checked can be told from a clean one."""
        unfinished = sum(f.rule == UNFINISHED_RULE for f in findings)
        if unfinished:
            findings = [f for f in findings if f.rule != UNFINISHED_RULE]
        words = len(doc.words)
        per_family = Counter(f.rule.split(".", 1)[0] for f in findings)
        record: dict[str, Any] = {
            "words": words,
            "findings": len(findings),
            "density": _density(len(findings), words),
        }
        for family in FAMILIES:
            record[f"{family}_count"] = per_family[family]
            record[f"{family}_density"] = _density(per_family[family], words)
        verdict = judge(doc.text, findings, self.linter.vocabulary.zipf, words=words)
        for kind in KINDS:
            record[f"{kind}_likelihood"] = verdict.judgements[kind].likelihood
        record["unfinished_checks"] = unfinished
        return record


MARKUPS = ("plain", "markdown", "html")
DOCUMENT = "<document>"


def _warning(message: str) -> None:
    """What `check` says in one warning line (an engine that cannot start, a Vale rule skipped), as
    a Python warning: a library caller has no stderr line to read. A note about one document (a
    rule that ran out of time) is left to its record (`unfinished_checks`), not said per document."""
    if not message.startswith(f"{DOCUMENT}:"):
        warnings.warn(f"newslint: {message}", RuntimeWarning, stacklevel=2)


def check_input(text: object, markup: object) -> None:
    """Refuse what would give a wrong score silently. Bytes are refused, not decoded: newslint never
    guesses an encoding, so the caller (who knows it) decodes."""
    if isinstance(text, (bytes, bytearray, memoryview)):
        raise TypeError(
            "score() takes text (str), not bytes: decode it first, e.g. data.decode('utf-8')"
        )
    if not isinstance(text, str):
        raise TypeError(f"score() takes text (str), not {type(text).__name__}")
    if markup not in MARKUPS:
        raise ValueError(f"unknown markup {markup!r}: use one of {', '.join(MARKUPS)}")


def _density(count: int, words: int) -> float:
    return round(count * 1000 / words, 3) if words else (0.0 if not count else float(count * 1000))


@cache
def scorer(select: tuple[str, ...] = (), ignore: tuple[str, ...] = (), grammar: str | None = None,
           rules: tuple[str, ...] = (), config: str | None = None, context: bool | None = None,
           freeze: bool = False) -> Scorer:  # fmt: skip
    """The process's scorer for these settings (built on first use, then reused: with `context`,
    the model too is loaded once per process); `freeze` as for `Scorer`."""
    return Scorer(
        select=select, ignore=ignore, grammar=grammar, rules=rules, config=config, context=context,
        freeze=freeze,
    )  # fmt: skip


def score(text: str, *, select: Sequence[str] = (), ignore: Sequence[str] = (), grammar: str | None = None,
          rules: Sequence[str] = (), config: str | None = None, markup: str = "plain",
          context: bool | None = None) -> dict[str, Any]:  # fmt: skip
    """Per-family artifact counts and densities (findings per 1,000 words) of one document.

    `text` is a str (bytes raise TypeError: decode them first); `markup` is plain, markdown or html
    (anything else raises ValueError)."""
    check_input(text, markup)
    return scorer(tuple(select), tuple(ignore), grammar, tuple(rules), config, context)(
        text, markup
    )
