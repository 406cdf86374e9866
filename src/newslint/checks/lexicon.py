"""`lexicon`: tokens judged against word frequencies and the document's own vocabulary.

Keys: `detect`, one of
- `glued`: an unknown token that splits into a known word and a function word ("Russiahad",
  "withthe", "RussiaWhen");
- `hyphen-break`: a line-end hyphen left inside a word ("infor- mation", "govern-\\nment", read as a
  full stop: "pri. soners");
- `split-word`: a word broken by a space into fragments ("cou nterpart");
- `confusion`: OCR letter confusions ("govemment", "wi1l", "tbe", "lraq").
Frequencies are wordfreq's Zipf scale; `min_zipf` is how common a repaired word must be. Every
other threshold and word list the detectors use is an option too, with its default and meaning in
`Tuning` below (`newslint rules show mt.glued-words` prints them), so a pack can tune a detector
without touching code.
Names survive because a token is judged only when it is unknown (or far rarer than its repair),
and a capitalised token that recurs in the document is taken as a name.

Each detector is a class of its own (`lexicon_glued`, `lexicon_breaks`, `lexicon_confusion`); this
module holds the kind's options and picks the class a rule's `detect` names.
"""

from __future__ import annotations

from newslint.checks import Option
from newslint.checks.lexicon_breaks import HyphenBreakCheck, SplitWordCheck
from newslint.checks.lexicon_check import LexiconCheck
from newslint.checks.lexicon_confusion import ConfusionCheck
from newslint.checks.lexicon_glued import GluedCheck
from newslint.checks.lexicon_tuning import TUNED, Tuned
from newslint.lexicon import Vocabulary
from newslint.rules import Rule

FIXES = True  # its findings carry fixes (see the rule's `applicability`)

DETECTORS: dict[str, type[LexiconCheck]] = {
    "glued": GluedCheck,
    "hyphen-break": HyphenBreakCheck,
    "split-word": SplitWordCheck,
    "confusion": ConfusionCheck,
}


def _option(spec: Tuned) -> Option:
    if isinstance(spec.default, frozenset):
        return Option((list,), default=sorted(spec.default), doc=spec.doc)
    if isinstance(spec.default, tuple):
        return Option((list,), default=[list(pair) for pair in spec.default], doc=spec.doc)
    if isinstance(spec.default, int) and not isinstance(spec.default, float):
        return Option((int,), default=spec.default, doc=spec.doc)
    return Option((float, int), default=spec.default, doc=spec.doc)


OPTIONS = {
    "detect": Option((str,), required=True, choices=tuple(DETECTORS)),
    "min_zipf": Option((float, int), default=3.0, doc="how common a repaired word must be"),
    **{spec.name: _option(spec) for spec in TUNED},
}


def compile(rule: Rule, vocabulary: Vocabulary) -> LexiconCheck:
    return DETECTORS[rule.option("detect")](rule, vocabulary)
