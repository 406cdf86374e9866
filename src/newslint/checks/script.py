"""`script`: runs of letters from a writing system other than the copy's own (Latin).

English copy carries Hangul, Han, Kana, Cyrillic or Thai letters when a scraper kept the source
site's menus and bylines, when machine translation left part of a sentence untranslated, or when a
wrong decode turned bytes into another script ("ยง" for "§"). Keys:
- `allow_scripts`: scripts that are never reported (default: none besides Latin);
- `min_letters`: the shortest run reported (default 1: a single Hangul syllable is untranslated);
- `symbol_scripts`: scripts whose lone letters are used as symbols (default Greek: "α-helix",
  "ρ = 0.5"); a run of two or more of their letters is still reported.
A Cyrillic or Greek letter inside a Latin word is `encoding.mixed-script`'s business (a Hangul or
Han run glued to a Latin word is not: those scripts have no Latin look-alikes), and a gloss
in brackets or quotation marks right after a Latin word ("Xi Jinping (习近平)") is deliberate.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator

import regex

from newslint.checks import Check, Option, finding, render
from newslint.document import Document
from newslint.features import BEYOND_ASCII, Needs
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS = {
    "allow_scripts": Option((list,), default=[], doc="script names never reported"),
    "min_letters": Option((int,), default=1, doc="the shortest run of letters reported"),
    "symbol_scripts": Option(
        (list,), default=["Greek"], doc="scripts whose single letters are symbols"
    ),
}

# A letter of no script shared with Latin, then more of them with spaces, digits and punctuation
# between (a run of a menu line stays one finding), but never across a line break.
_FOREIGN = r"[^\p{Latin}\p{Common}\p{Inherited}\s\p{Cn}]"
_RUN = compile_pattern(rf"{_FOREIGN}+(?:[^\S\n]*[\p{{Common}}\p{{Inherited}}&&[^\n\p{{L}}]]*[^\S\n]*{_FOREIGN}+)*", regex.VERSION1)  # fmt: skip
_LATIN_LETTER = compile_pattern(r"\p{Latin}")
# "Xi Jinping (习近平)", "the slogan “мир”", "“The Most Beautiful Veterans” (最美退役军人)": a
# gloss or a quotation right after a Latin word, quoted or not.
_GLOSS_BEFORE = compile_pattern(r"\p{Latin}[\p{Latin}.’']*[”\"’]?[,:]?[ \t]*[(\[“\"«‘]$")
_GLOSS_AFTER = compile_pattern(r"^[)\]”\"»’]")
# "Mojibake (Japanese: 文字化け; IPA: ...)": a gloss after a language's name in brackets.
# The language's name may carry a qualifier ("(simplified Chinese: 环球时报; traditional
# Chinese: 環球時報)"), and a later item of the same bracket glosses again.
_LABELLED_GLOSS = compile_pattern(
    r"(?P<open>[(\[]|[;,][ \t]*)(?:\p{Ll}+[ \t]+)?\p{Lu}\p{Ll}+:[ \t]*$"
)
GLOSS_BRACKET_CHARS = 200  # how far back the bracket of a gloss's later item may open
_SCRIPT_NAMES = (
    "Hangul", "Han", "Hiragana", "Katakana", "Cyrillic", "Greek", "Arabic", "Hebrew", "Thai",
    "Devanagari", "Bengali", "Tamil", "Georgian", "Armenian", "Khmer", "Lao", "Myanmar",
    "Ethiopic", "Javanese", "Sinhala", "Telugu", "Gujarati", "Gurmukhi", "Kannada", "Malayalam",
)  # fmt: skip
# Scripts with letters drawn like Latin ones ("а", "ο", "ս"): inside a Latin word they are
# look-alikes, mixed-script's business.
LOOKALIKE_SCRIPTS = frozenset(("Cyrillic", "Greek", "Armenian", "Cherokee", "Coptic"))
_SCRIPT_TESTS = [(name, compile_pattern(rf"\p{{{name}}}")) for name in _SCRIPT_NAMES]


class ScriptCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.allowed = frozenset(rule.option("allow_scripts"))
        self.min_letters = int(rule.option("min_letters"))
        self.symbol_scripts = frozenset(rule.option("symbol_scripts"))

    def feature_needs(self) -> Needs:
        return BEYOND_ASCII  # another script's letters are never ASCII

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if text.isascii():
            return
        for match in _RUN.finditer(text):
            start, end = match.span()
            if self._excused(text, start, end):
                continue
            script = script_name(match.group())
            message = render(self.rule.message, match=match.group(), script=script)
            yield finding(self.rule, start, end, message)

    def _excused(self, text: str, start: int, end: int) -> bool:
        run = text[start:end]
        letters = [c for c in run if c.isalpha()]
        if len(letters) < self.min_letters:
            return True
        script = script_name(run)
        if script in self.allowed:
            return True
        if script in self.symbol_scripts and len(letters) < 2:
            return True
        # Part of a word with Latin letters: mixed-script's look-alikes, or a name like "Ωmega".
        # Hangul, Han or Thai letters have no Latin look-alike: glued to a word they are residue.
        glued = (start and _LATIN_LETTER.match(text[start - 1])) or (
            end < len(text) and _LATIN_LETTER.match(text[end])
        )
        if glued and script in LOOKALIKE_SCRIPTS:
            return True
        before, after = text[max(0, start - 40) : start], text[end : end + 1]
        if _GLOSS_BEFORE.search(before) and _GLOSS_AFTER.match(after):
            return True
        label = _LABELLED_GLOSS.search(before) if after and after in ";,)]" else None
        if label is None:
            return False
        return label["open"] in "([" or _inside_brackets(text, start)


def _inside_brackets(text: str, start: int) -> bool:
    """Whether a bracket opened on this line, not far back, is still open at `start`."""
    line = text[max(0, start - GLOSS_BRACKET_CHARS, text.rfind("\n", 0, start) + 1) : start]
    return line.rfind("(") > line.rfind(")")


def script_name(run: str) -> str:
    """The name of the first script found among the run's letters (for the message)."""
    for name, test in _SCRIPT_TESTS:
        if test.search(run):
            return name
    letter = next((c for c in run if c.isalpha()), run[:1])
    return unicodedata.name(letter, "another").split()[0].title()


def compile(rule: Rule, vocabulary: Vocabulary) -> ScriptCheck:
    return ScriptCheck(rule, vocabulary)
