"""Vale's `capitalization` kind: a whole block (usually a heading) in `$title`, `$sentence`,
`$lower`, `$upper` case or matching a pattern.

`$title` and `$sentence` compare each word with the block converted to that case and pass when
at least `threshold` (0.8) of the words agree; exceptions (and accepted Vocab terms) always
agree, as do upper-case words in titles. In sentence case a first word that is not capitalised
fails at once; a word after one of the `indicators` (such as `:`) may be capitalised; `prefix`
is a pattern for leading text (`B. `) that is not judged.
"""

from __future__ import annotations

import html
from collections.abc import Iterator
from typing import Any

import regex

from newslint.vale.kinds import Base, Hit, strings, vale_message

_WORD = r"[\p{N}\p{L}*]+[^\s]*"
SMALL_WORDS = {
    "AP": set("a an and at but by for in nor of on or so the to up yet".split()),
    "Chicago": set("a an and as at but by for from in into like near nor of off on onto or "
                   "over past so than the to up upon via with yet".split()),
}  # fmt: skip


class Capitalization(Base):
    def prepare(self) -> None:
        self.match = str(self.data.get("match") or "$title")
        self.threshold = float(self.data.get("threshold") or 0.8)
        self.words = strings(self.data.get("exceptions")) + (
            self.accept if self.data.get("vocab", True) else []
        )
        self.indicators = strings(self.data.get("indicators"))
        prefix = self.data.get("prefix")
        self.prefix = self.compile(f"^(?:{prefix})") if prefix else None
        self.small = SMALL_WORDS.get(str(self.data.get("style") or "AP"), SMALL_WORDS["AP"])
        alternatives = sorted(self.words, key=len, reverse=True)
        body = "|".join(regex.escape(w) if not _is_pattern(w) else w for w in alternatives)
        self.tokens = self.compile(f"(?:{body})(?!\\w)|{_WORD}" if body else _WORD, False)
        if self.match not in ("$title", "$sentence", "$lower", "$upper"):
            self.pattern = self.compile(self.match, False)

    def run(self, text: str, seen: dict[str, Any]) -> Iterator[Hit]:
        shown = html.unescape(text.strip())
        judged = shown
        if self.prefix is not None:
            judged = self.prefix.sub("", judged, count=1)
        expected, good = self._judge(judged)
        if not good:
            start = len(text) - len(text.lstrip())
            end = len(text.rstrip())
            yield Hit(start, end, vale_message(self.message, shown, expected))

    def _judge(self, text: str) -> tuple[str, bool]:
        if self.match == "$lower":
            return text.lower(), text == text.lower() or self.excused(text)
        if self.match == "$upper":
            return text.upper(), text == text.upper() or self.excused(text)
        if self.match not in ("$title", "$sentence"):
            return self.match, bool(self.pattern.search(text)) or self.excused(text)
        words = [m.group() for m in self.tokens.finditer(text)]
        if not words:
            return text, True
        title = self.match == "$title"
        expected = [self._title(w, i, len(words)) if title else self._sentence(w, i, words)
                    for i, w in enumerate(words)]  # fmt: skip
        good = 0
        for index, (word, want) in enumerate(zip(words, expected, strict=True)):
            if word == want or self._is_exception(word) or (title and word.isupper()):
                good += 1
            elif not title and index == 0 and word != word[:1].upper() + word[1:].lower():
                return " ".join(expected), False
        return " ".join(expected), good / len(words) >= self.threshold

    def _is_exception(self, word: str) -> bool:
        return word in self.words or self.excused(word)

    def _title(self, word: str, index: int, count: int) -> str:
        if self._is_exception(word):
            return word
        bare = word.strip("\"'“”‘’()[]")
        if 0 < index < count - 1 and bare.lower() in self.small:
            return word.lower()
        return _cap_first(word)

    def _sentence(self, word: str, index: int, words: list[str]) -> str:
        """Sentence case: the first word with a letter capitalised, the rest lower case, but
        exceptions, acronyms and a word after an indicator (`:`) as written."""
        if self._is_exception(word) or (len(word) > 1 and word.isupper()):
            return word
        first = next((i for i, w in enumerate(words) if any(c.isalpha() for c in w)), 0)
        if index == first:
            return _cap_first(word.lower()) if word[1:].islower() or word.islower() else word
        if index > 0 and any(words[index - 1].endswith(i) for i in self.indicators):
            return word
        return word.lower()


def _cap_first(word: str) -> str:
    for index, char in enumerate(word):
        if char.isalpha():
            return word[:index] + char.upper() + word[index + 1 :]
    return word


def _is_pattern(term: str) -> bool:
    return any(c in term for c in "\\[](){}*+?|^$")
