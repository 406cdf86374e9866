"""`vale`: a Vale rule, run with Vale's semantics (see vale.sh, "Checks").

The loader (newslint/vale.py) passes the Vale keys through as options; `extends` picks the
behaviour. Messages use Vale's `%s` placeholders. `action` (replace, remove, edit) becomes a fix,
safe when it is unambiguous (one replacement, or a deterministic edit).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

import regex

from newslint.checks import Check, Option, finditer, match_case
from newslint.document import Document, Span
from newslint.finding import Finding, Fix
from newslint.lexicon import Vocabulary
from newslint.rules import Rule

OPTIONS = {
    name: Option((str, list, dict, bool, int, float))
    for name in ("extends", "message", "tokens", "raw", "exceptions", "append", "swap", "capitalize", "max", "min",
                 "token", "alpha", "either", "first", "second", "match", "style", "indicators", "threshold", "prefix",
                 "ignorecase", "nonword", "action", "sentence_scope")
}  # fmt: skip
SMALL_WORDS = {
    "AP": set("a an and at but by for in nor of on or so the to up yet".split()),
    "Chicago": set("a an and as at but by for from in into like near nor of off on onto or over past so than the to up upon via with yet".split()),
}  # fmt: skip


def _strings(value: Any) -> list[str]:
    return (
        [str(v) for v in value]
        if isinstance(value, list)
        else [str(value)]
        if value is not None
        else []
    )


def vale_message(template: str, *values: str) -> str:
    for value in values:
        template = template.replace("%s", value, 1)
    return template


class ValeCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        from newslint.vale import vale_regex

        super().__init__(rule, vocabulary)
        self.option = rule.option
        self.flags = (
            regex.VERSION1
            | regex.MULTILINE
            | (regex.IGNORECASE if self.option("ignorecase") else 0)
        )
        self.to_regex = vale_regex
        self.exceptions = {
            e if not self.option("ignorecase") else e.lower()
            for e in _strings(self.option("exceptions"))
        }
        self.kind = str(self.option("extends"))
        self.run_kind: Callable[[Document], Iterator[Finding]] = getattr(self, "_" + self.kind)
        getattr(self, "_prepare_" + self.kind, lambda: None)()

    def compile(self, pattern: str) -> regex.Pattern[str]:
        try:
            return regex.compile(self.to_regex(pattern), self.flags)
        except regex.error as exc:
            raise self.rule.error(f"Vale regex {pattern!r} does not compile: {exc}") from None

    def bounded(self, alternatives: list[str]) -> str:
        body = "|".join(f"(?:{self.to_regex(a)})" for a in alternatives)
        return body if self.option("nonword") else rf"(?<![\w])(?:{body})(?![\w])"

    def excused(self, text: str) -> bool:
        return (text.lower() if self.option("ignorecase") else text) in self.exceptions

    def run(self, doc: Document) -> Iterator[Finding]:
        return self.run_kind(doc)

    def report(self, start: int, end: int, message: str, fix: str | None = None, suggestions: list[str] | None = None,
               safe: bool = True) -> Finding:  # fmt: skip
        if fix is None:
            fix, suggestions, safe = self._action(fix, suggestions or [], safe)
        applicability = "safe" if safe else "unsafe"
        edit = Fix.replace(start, end, fix, applicability) if fix is not None else None
        return Finding(
            self.rule.id,
            self.rule.severity,
            message,
            start,
            end,
            edit,
            tuple(suggestions or ([fix] if fix is not None else [])),
        )

    def _action(
        self, fix: str | None, suggestions: list[str], safe: bool
    ) -> tuple[str | None, list[str], bool]:
        action = self.option("action")
        if not isinstance(action, dict):
            return fix, suggestions, safe
        name, params = action.get("name"), _strings(action.get("params"))
        if name == "replace" and params:
            return params[0], params, len(params) == 1
        if name == "remove":
            return "", [], True
        if name == "suggest" and params:
            return None, params, False
        return fix, suggestions, safe

    # existence -------------------------------------------------------------------------------
    def _prepare_existence(self) -> None:
        tokens, raw = _strings(self.option("tokens")), "".join(_strings(self.option("raw")))
        if tokens and raw and self.option("append"):
            pattern = self.bounded(tokens) + self.to_regex(raw)
        elif tokens:
            pattern = self.bounded(tokens)
        elif raw:
            pattern = raw
        else:
            raise self.rule.error("an existence rule needs tokens or raw")
        self.pattern = self.compile(pattern)

    def _existence(self, doc: Document) -> Iterator[Finding]:
        for match in finditer(self.pattern, doc.text):
            found = match.group()
            if found and not self.excused(found):
                yield self._with_edit(match.start(), match.end(), found)

    def _with_edit(self, start: int, end: int, found: str) -> Finding:
        message = vale_message(self.rule.message, found)
        action = self.option("action")
        if isinstance(action, dict) and action.get("name") == "edit":
            edited = _edit(found, _strings(action.get("params")))
            if edited is not None:
                return self.report(start, end, message, edited, [edited])
        return self.report(start, end, message)

    # substitution ----------------------------------------------------------------------------
    def _prepare_substitution(self) -> None:
        swap = self.option("swap")
        if not isinstance(swap, dict) or not swap:
            raise self.rule.error("a substitution rule needs a 'swap' map")
        self.replacements = [str(v) for v in swap.values()]
        groups = "|".join(f"(?P<s{i}>{self.to_regex(str(key))})" for i, key in enumerate(swap))
        self.pattern = self.compile(
            groups if self.option("nonword") else rf"(?<![\w])(?:{groups})(?![\w])"
        )

    def _substitution(self, doc: Document) -> Iterator[Finding]:
        for match in finditer(self.pattern, doc.text):
            index = next(
                int(name[1:]) for name, value in match.groupdict().items() if value is not None
            )
            found = match.group()
            options = [o.strip() for o in self.replacements[index].split("|")]
            if self.option("capitalize"):
                options = [match_case(found, o) for o in options]
            if found in options or self.excused(found):
                continue
            message = vale_message(self.rule.message, " or ".join(options), found)
            yield self.report(
                match.start(), match.end(), message, options[0], options, safe=len(options) == 1
            )

    # occurrence ------------------------------------------------------------------------------
    def _prepare_occurrence(self) -> None:
        self.pattern = self.compile(str(self.option("token")))

    def _occurrence(self, doc: Document) -> Iterator[Finding]:
        units = doc.sentences if self.option("sentence_scope") else [Span(0, len(doc.text))]
        high, low = self.option("max"), self.option("min")
        for unit in units:
            count = sum(1 for _ in finditer(self.pattern, doc.text, unit.start, unit.end))
            if (high is not None and count > int(high)) or (low is not None and count < int(low)):
                end = unit.end if self.option("sentence_scope") else min(unit.end, unit.start + 1)
                yield Finding(
                    self.rule.id,
                    self.rule.severity,
                    vale_message(self.rule.message, str(count)),
                    unit.start,
                    max(end, unit.start),
                )

    # repetition ------------------------------------------------------------------------------
    def _prepare_repetition(self) -> None:
        self.pattern = self.compile(self.bounded(_strings(self.option("tokens"))))

    def _repetition(self, doc: Document) -> Iterator[Finding]:
        previous = None
        for match in finditer(self.pattern, doc.text):
            found = match.group()
            if self.option("alpha") and not found.isalnum():
                continue
            gap = doc.text[previous.end() : match.start()] if previous else None
            if (
                previous
                and previous.group().lower() == found.lower()
                and gap is not None
                and not gap.strip()
                and not self.excused(found)
            ):
                message = vale_message(self.rule.message, found)
                yield self.report(
                    previous.start(), match.end(), message, previous.group(), [previous.group()]
                )
            previous = match

    # consistency -----------------------------------------------------------------------------
    def _prepare_consistency(self) -> None:
        either = self.option("either")
        if not isinstance(either, dict) or not either:
            raise self.rule.error("a consistency rule needs an 'either' map")
        self.pairs = [
            (self.compile(self.bounded([str(a)])), self.compile(self.bounded([str(b)])))
            for a, b in either.items()
        ]

    def _consistency(self, doc: Document) -> Iterator[Finding]:
        for first, second in self.pairs:
            a, b = list(finditer(first, doc.text)), list(finditer(second, doc.text))
            if not a or not b:
                continue
            minority = (
                b if len(b) < len(a) or (len(a) == len(b) and b[0].start() > a[0].start()) else a
            )
            for match in minority:
                yield self.report(
                    match.start(), match.end(), vale_message(self.rule.message, match.group())
                )

    # conditional -----------------------------------------------------------------------------
    def _prepare_conditional(self) -> None:
        self.first, self.second = (
            self.compile(str(self.option("first"))),
            self.compile(str(self.option("second"))),
        )

    def _conditional(self, doc: Document) -> Iterator[Finding]:
        defined = {
            m.group(1) if m.re.groups else m.group() for m in finditer(self.second, doc.text)
        }
        for match in finditer(self.first, doc.text):
            term = match.group(1) if match.re.groups else match.group()
            if term not in defined and not self.excused(term):
                yield self.report(match.start(), match.end(), vale_message(self.rule.message, term))

    # capitalization --------------------------------------------------------------------------
    def _capitalization(self, doc: Document) -> Iterator[Finding]:
        blocks = [b for b in doc.blocks if b[2] == "heading"] or [
            (0, len(doc.text.split("\n", 1)[0]), "heading")
        ]
        for start, end, _ in blocks:
            raw = doc.text[start:end]
            text = raw.strip()
            if text and not self._capitalised_right(text):
                offset = start + raw.index(text)
                yield self.report(offset, offset + len(text), vale_message(self.rule.message, text))

    def _capitalised_right(self, text: str) -> bool:
        match = str(self.option("match") or "$title")
        words = regex.findall(r"[\p{L}][\p{L}'’-]*", text)
        if match == "$lower":
            return text == text.lower()
        if match == "$upper":
            return text == text.upper()
        if match not in ("$title", "$sentence"):
            return regex.fullmatch(self.to_regex(match), text) is not None
        if not words:
            return True
        good = sum(self._word_ok(match, index, word, words) for index, word in enumerate(words))
        threshold = float(self.option("threshold") or 0.8)
        return good / len(words) >= threshold

    def _word_ok(self, match: str, index: int, word: str, words: list[str]) -> bool:
        if word in self.exceptions or (word.isupper() and len(word) > 1):
            return True
        if match == "$sentence":
            return (
                word[0].isupper()
                if index == 0
                else word[0].islower()
                or (index > 0 and words[index - 1] in _strings(self.option("indicators")))
            )
        small = SMALL_WORDS.get(str(self.option("style") or "AP"), SMALL_WORDS["AP"])
        if 0 < index < len(words) - 1 and word.lower() in small:
            return word.islower()
        return word[0].isupper()


def _edit(text: str, params: list[str]) -> str | None:
    """Vale's `edit` action: regex, trim_left, trim_right, trim, truncate."""
    if not params:
        return None
    verb, rest = params[0], params[1:]
    if verb == "regex" and len(rest) == 2:
        return regex.sub(rest[0], rest[1].replace("$", "\\"), text)
    if verb in ("trim_left", "trim_right", "trim"):
        chars = rest[0] if rest else None
        return {"trim_left": text.lstrip, "trim_right": text.rstrip, "trim": text.strip}[verb](
            chars
        )
    if verb == "truncate" and rest:
        return text.split(rest[0])[0]
    return None


def compile(rule: Rule, vocabulary: Vocabulary) -> ValeCheck:
    return ValeCheck(rule, vocabulary)
