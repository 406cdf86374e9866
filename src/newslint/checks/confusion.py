"""`confusion`: words that are real but may be the wrong choice, judged by the context model.

Keys: `pairs` (map of suspect word → list of alternatives), `margin` (nats by which an alternative
must beat the written word, default 2.0), `gate` (skip a suspect the model already finds at least
this probable, as a log-probability; default -1.0), `right_words` (how many words after the suspect
the comparison includes; the text before it is the paragraph so far). The message may use `{match}` and `{alternative}`. Needs `--context`.

Each occurrence of a suspect is scored with the text before it and the few words after it, once as
written and once with each alternative; the alternative is suggested (an unsafe fix) when the model
prefers it by `margin` nats. The document pass that gives every token's probability is shared with
the `surprisal` kind, so a suspect the model already expects costs nothing more.
"""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import regex

from newslint.checks import Check, Option, compile_regex, finding, finditer, match_case, render
from newslint.checks.context_rule import context_engine
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import NO_VOCABULARY, Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

# Rules of this kind run only when the context model is asked for (`--context`).
NEEDS_CONTEXT = True

OPTIONS = {
    "pairs": Option((dict,), required=True, doc="suspect word -> list of alternatives"),
    "margin": Option((int, float), default=2.0, doc="nats an alternative must win by"),
    "gate": Option(
        (int, float), default=-1.0, doc="log-probability above which a suspect is trusted"
    ),
    "right_words": Option((int,), default=5),
    "model": Option((str,), doc="a Llama GGUF file; default: the packaged SmolLM2"),
}

_WORD = compile_pattern(r"\S+")


class ConfusionCheck(Check):
    defers = True  # a model-free rule that names the same word explains it without the model

    def __init__(self, rule: Rule, vocabulary: Vocabulary = NO_VOCABULARY):
        super().__init__(rule, vocabulary)
        self.pairs: dict[str, tuple[str, ...]] = {}
        for suspect, alternatives in rule.option("pairs").items():
            if isinstance(alternatives, str):
                alternatives = [alternatives]
            if (
                not isinstance(suspect, str)
                or not isinstance(alternatives, list)
                or not all(isinstance(a, str) and a.strip() for a in alternatives)
            ):
                raise rule.error("'pairs' maps a word to a list of alternative words")
            self.pairs[suspect.lower()] = tuple(alternatives)
        if not self.pairs:
            raise rule.error("'pairs' is empty")
        words = "|".join(regex.escape(w) for w in sorted(self.pairs, key=len, reverse=True))
        self.pattern = compile_regex(
            rule, rf"(?<![\w'’-])(?:{words})(?![\w'’-])", "pairs", ignorecase=True
        )
        self.margin = float(rule.option("margin"))
        self.gate = float(rule.option("gate"))

    def run(self, doc: Document) -> Iterator[Finding]:
        from newslint.context.engine import Suspect

        text = doc.text
        suspects = []
        for match in finditer(self.pattern, text):
            start, end = match.span()
            if doc.is_masked(start, end):
                continue
            written = match.group()
            alternatives = tuple(match_case(written, a) for a in self.pairs[written.lower()])
            suspects.append(Suspect(start, end, alternatives, self._right(text, end)))
        if not suspects:
            return
        for verdict in context_engine(self.rule).judge(text, suspects, self.gate):
            yield from self._report(text, verdict)

    def _right(self, text: str, end: int) -> str:
        """The words after the suspect, up to `right_words` and never past the paragraph."""
        tail = text[end : end + 200].split("\n", 1)[0]
        words = list(_WORD.finditer(tail))[: self.rule.option("right_words")]
        return tail[: words[-1].end()] if words else ""

    def _report(self, text: str, verdict: Any) -> Iterator[Finding]:
        suspect = verdict.suspect
        best = max(range(len(suspect.alternatives)), key=lambda i: verdict.alternatives[i])
        if verdict.alternatives[best] - verdict.written < self.margin:
            return
        alternative = suspect.alternatives[best]
        written = text[suspect.start : suspect.end]
        message = render(self.rule.message, match=written, alternative=alternative)
        others = [a for a in suspect.alternatives if a != alternative]
        yield finding(
            self.rule,
            suspect.start,
            suspect.end,
            message,
            fix=alternative,
            suggestions=[alternative, *others],
            applicability="unsafe",
        )


def compile(rule: Rule, vocabulary: Vocabulary = NO_VOCABULARY) -> ConfusionCheck:
    return ConfusionCheck(rule, vocabulary)
