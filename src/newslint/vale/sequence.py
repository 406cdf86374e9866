"""Vale's `sequence` kind: a run of words described by pattern and part-of-speech tag.

Always sentence-scoped. Each token of the rule has a `pattern` (searched in the word, not
anchored), a `tag` (a regex searched in the word's Penn Treebank tag, so `NN` also matches `NNS`),
`negate`, and `skip: n`, which lets up to n words stand between it and the next token. The first
token with a pattern is the anchor: for each place its pattern occurs in the sentence, the next
word matching it (not already an anchor) is checked leftwards and rightwards against the other
tokens. The alert covers the matched words joined as Vale joins them (a space between words, none
before `'s`-like tokens) and is reported only where that text occurs in the sentence, as in Vale.
The message's `%[n]s` is the n-th matched word.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from typing import Any

import regex

from newslint.document import split_sentences
from newslint.vale.kinds import Base, Hit, KindError, user_regex, vale_message
from newslint.vale.tagger import Tagger, TaggerUnavailable, load_model, model_path, treebank_words
from newslint.yaml_written import yaml_written

Word = tuple[str, str]  # (text, Penn tag)


@dataclass(frozen=True)
class Token:
    pattern: regex.Pattern[str] | None
    tag: regex.Pattern[str] | None
    skip: int = 0
    negate: bool = False
    optional: bool = False
    start: bool = False
    end: bool = False

    def accepts(self, word: Word) -> bool:
        text, tag = word
        failed_tag = self.tag is not None and (self.tag.search(tag) is not None) == self.negate
        failed_text = (
            self.pattern is not None and (self.pattern.search(text) is not None) == self.negate
        )
        if self.pattern is None:
            return not failed_tag
        if self.tag is None:
            return not failed_text
        return not (failed_tag or failed_text)


class Sequence(Base):
    tagger: Tagger | None = None

    def prepare(self) -> None:
        entries = self.data.get("tokens")
        if not isinstance(entries, list) or not entries:
            raise KindError("a sequence rule needs a list of tokens")
        self.tokens: list[Token] = []
        for entry in entries:
            self.tokens += self._expanded(entry if isinstance(entry, dict) else {})
        try:
            self.model = model_path()  # a missing tagger skips the rule with the reason, at load
        except TaggerUnavailable as exc:
            raise KindError(str(exc)) from None
        self.anchor = next(
            (i for i, t in enumerate(self.tokens) if t.pattern is not None and not t.negate), None
        )

    def _expanded(self, entry: dict[str, Any]) -> list[Token]:
        """`skip: n` becomes n optional copies before the token itself (Vale's expansion)."""
        pattern, tag = str(entry.get("pattern") or ""), str(entry.get("tag") or "")
        token = Token(
            self.compile(f"(?:{pattern})") if pattern else None,
            self._tag(tag) if tag else None,
            int(entry.get("skip") or 0),
            bool(entry.get("negate")),
        )
        copies = [replace(token, optional=True, start=i == 0) for i in range(token.skip)]
        if pattern or tag:
            copies.append(replace(token, end=True))
        return copies

    @staticmethod
    def _tag(tag: str) -> regex.Pattern[str]:
        return user_regex(tag, regex.VERSION1, f"tag {yaml_written(tag)}")

    def words(self, text: str, tagged: dict[str, list[Word]]) -> list[Word]:
        if text not in tagged:
            if self.tagger is None:
                self.tagger = Tagger(load_model(self.model))
            spans = split_sentences(text, 0, len(text))
            tagged[text] = self.tagger.tag([w for s in spans for w in treebank_words(text[s.start : s.end])])  # fmt: skip
        return tagged[text]

    def run(self, text: str, seen: dict[str, Any]) -> Iterator[Hit]:
        if self.anchor is None:
            return
        target = self.tokens[self.anchor]
        assert target.pattern is not None
        places = list(target.pattern.finditer(text))
        if not places:  # no anchor, no alert: the sentence need not be tagged
            return
        words = self.words(text, seen.setdefault("tagged", {}))
        anchored: list[int] = []
        for _ in places:
            steps, index = self._match(self.anchor, words, anchored)
            anchored.append(index)
            if not steps:
                continue
            joined = _joined(steps)
            at = text.find(joined)
            if at >= 0:  # Vale finds the alert's place by this text; elsewhere it drops it
                yield Hit(at, at + len(joined), vale_message(self.message, *steps))

    def _match(self, idx: int, words: list[Word], anchored: list[int]) -> tuple[list[str], int]:
        target = self.tokens[idx]
        for jdx, word in enumerate(words):
            if not target.accepts(word) or jdx in anchored:
                continue
            left = self._left(idx, jdx, words)
            right = self._right(idx, jdx, words) if left is not None else None
            return ((left or []) + right if right is not None else []), jdx
        return [], 0

    def _left(self, idx: int, jdx: int, words: list[Word]) -> list[str] | None:
        """Leftwards from the anchor: a skip token that matches ends the check early; the
        farthest copy of a skip run (its `start`) is the one that must match."""
        text: list[str] = []
        for i in range(1, idx + 1):
            if jdx - i < 0:
                return None
            token, word = self.tokens[idx - i], words[jdx - i]
            text.insert(0, word[0])
            optional = (token.optional or token.end) and not token.start if token.skip else token.optional  # fmt: skip
            matched = token.accepts(word)
            if not matched and not optional:
                return None
            if matched and optional:
                break
        return text

    def _right(self, idx: int, jdx: int, words: list[Word]) -> list[str] | None:
        text: list[str] = []
        for i in range(len(self.tokens) - idx):
            if jdx + i >= len(words):
                return None
            token, word = self.tokens[idx + i], words[jdx + i]
            text.append(word[0])
            matched = token.accepts(word)
            if not matched and not token.optional:
                return None
            if matched and token.optional:
                break
        return text


def _joined(steps: list[str]) -> str:
    joined = ""
    for step in steps:
        joined += step if step.startswith("'") else " " + step
    return joined.strip(" ")
