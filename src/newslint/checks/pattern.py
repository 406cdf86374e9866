"""`pattern`: regular-expression matches, with fix templates and `unless` exceptions.

Keys: `pattern` (a regex or a list, `regex`-module syntax, VERSION1 and MULTILINE), or `lines`
(regexes that each match a whole line, spaces around it allowed: the line, group `line`, is
reported together with the newline and one blank line after it, so `fix: ""` deletes it; one entry
per form keeps a long list of page furniture readable and easy to extend), `fix` (a
template with group references such as `\\1` or `\\g<name>`, or a map from the matched text to its
replacement when the fix depends on what matched; a list there names the text's several readings,
offered in order, the first as an unsafe fix: none is certain), `suggest` (templates offered but never
applied), `unless` (regexes: a match overlapping one of theirs is not reported), `ignorecase`,
`group` (the group whose span is reported and replaced; default the whole match), `requires` (a
regex the document must contain before the patterns run: a literal-led pre-check is far cheaper than
a pattern that starts with a look-behind), `unless_document` (a regex whose presence anywhere in the
document excuses every match: the document's own usage, such as nuns called "Sister", explains
the matched form), `not_a_known_name` (a named group whose word, where it is written with a capital, the cased
dictionary must not know so: a capital on a word English writes in lower case can only open a
clause or a heading, while "Victorian" or "Tudor" name something; a word it does not know is
judged, and so is a word in lower case: "he" names nothing, whatever "He" may be),
`not_a_name` (a named group whose word, written with a capital, the dictionary must not know as a
name only: "Lloyd's of London" is a firm's possessive name), `unless_notes` (true: a document whose bracketed numbers are its own footnotes, `footnoted`, is
excused whole), `unsure` (a named group: a match in which it took part is one of the text's several readings, so
its fix is offered as unsafe: "60,40 per cent" may be a ratio, "16,3%" only a decimal),
`glued_quote` (a named group holding a closing-shaped mark, ” or ’, glued to the word after it,
whose fix puts the space after it: where the mark opens a quotation instead
(`newslint.glued_quotes`: "the”Response Letter”"), the finding spans the mark and its fix turns
it and puts the space before it; where it may open, no fix is offered; `opening_message` and
`may_open_message` are the messages that say so in those two cases),
`common_word` (a named group whose word, in lower case, must be at least `common_word_zipf` common
in the word-frequency list: a figure run into "educational" is glue, into "chan" or "dfx" a name).
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property
from typing import TYPE_CHECKING, Any

import regex

from newslint.branches import branch_matches, split_alternation
from newslint.checks import (
    Check,
    Excused,
    LinesExcused,
    compile_regex,
    finding,
    finditer,
    occurs,
    regex_timeout,
    render,
)
from newslint.checks.pattern_rule import OPTIONS as OPTIONS  # the kind's keys, read here
from newslint.checks.pattern_rule import as_list, fix_readings, patterns_of
from newslint.document import Document
from newslint.finding import Finding
from newslint.glued_quotes import CLOSES, OPENS, UNSURE, glued_reading
from newslint.lexicon import Vocabulary
from newslint.literals import literal_condition
from newslint.necessary import Necessary
from newslint.pattern_words import footnoted, known_name, only_a_name
from newslint.regex_bounded import builtin_source
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

if TYPE_CHECKING:
    from newslint.gate import OpenParts, Ranges

_GROUP_REFERENCE = compile_pattern(r"\\(?:g<(\w+)>|(\d+))")

# In a text this long, a rule's `unless` patterns are searched only around what it finds (the
# gate's line-local ones on the lines of each finding); a shorter one is searched whole.
LINES_EXCUSED_CHARS = 65_536


class PatternCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        ignorecase = rule.option("ignorecase")
        key = "pattern" if rule.option("lines") is None else "lines"
        self.reads_lines = key == "lines"
        self.patterns = [
            compile_regex(rule, p, key, ignorecase=ignorecase) for p in patterns_of(rule)
        ]
        self.exceptions = [
            compile_regex(rule, p, "unless", ignorecase=ignorecase)
            for p in as_list(rule.option("unless"))
        ]
        requires = rule.option("requires")
        self.requires = compile_regex(rule, requires, "requires") if requires else None
        unless_document = rule.option("unless_document")
        self.unless_document = (
            compile_regex(rule, unless_document, "unless_document") if unless_document else None
        )
        self.unless_notes = bool(rule.option("unless_notes"))
        page_style = rule.option("page_style")
        self.page_style = compile_regex(rule, page_style, "page_style") if page_style else None
        self.page_style_min = int(rule.option("page_style_min"))
        self.group = rule.option("group")
        self.not_a_known_name: str | None = rule.option("not_a_known_name")
        self.not_a_name: str | None = rule.option("not_a_name")
        self.unsure: str | None = rule.option("unsure")
        self.glued_quote: str | None = rule.option("glued_quote")
        # The rule's message says where the space goes; a mark that opens takes it on its
        # other side ("Missing space after ”" over a fix that spaced the mark from the word
        # before it, hostile test trust65b), so the message follows the reading.
        self.glued_messages = {
            OPENS: rule.option("opening_message") or rule.message,
            UNSURE: rule.option("may_open_message") or rule.message,
        }
        self.common_word: str | None = rule.option("common_word")
        self.common_word_zipf = float(rule.option("common_word_zipf"))
        self.fix_template = rule.option("fix")
        self.suggest_templates = [str(s) for s in rule.option("suggest")]
        self.fix_map = fix_readings(rule) if isinstance(self.fix_template, dict) else {}
        self.fix_map_folded = {k.lower(): v for k, v in self.fix_map.items()}
        # A built-in pack's groups and templates are checked by the test suite
        # (`validate_templates` over every built-in rule), not on each run: checking them built
        # 135 patterns a one-article run did not otherwise need (4 ms of its 21 ms linter).
        if not builtin_source(rule.source):
            self.validate_templates()

    def validate_templates(self) -> None:
        """Refuse (RuleError) a group the options name that no pattern has, or a template that
        would fail at the first match."""
        for pattern in self.patterns:
            self._validate_templates(pattern)

    def _validate_templates(self, pattern: Any) -> None:
        references = [self.group] if self.group else []
        references += [g for g in (self.not_a_known_name, self.not_a_name) if g is not None]
        if self.common_word is not None:
            references.append(self.common_word)
        fix_templates = [self.fix_template] if isinstance(self.fix_template, str) else []
        for template in [*fix_templates, *self.suggest_templates]:
            for name, number in _GROUP_REFERENCE.findall(template):
                reference = number or name
                references.append(int(reference) if reference.isdigit() else reference)
        for reference in references:
            exists = (
                0 <= reference <= pattern.groups
                if isinstance(reference, int)
                else reference in pattern.groupindex
            )
            if not exists:
                raise self.rule.error(
                    f"group {reference!r} used by 'group', 'not_a_known_name', 'not_a_name', 'common_word', 'fix' "
                    "or 'suggest' is not in the pattern"
                )
        for template in [*fix_templates, *self.suggest_templates]:
            if "\\" in template:
                self._validate_escapes(pattern, template)

    def _validate_escapes(self, pattern: Any, template: str) -> None:
        """A bad escape (`\\q`) would otherwise surface at the first match, as a crash."""
        try:
            always = compile_pattern(f"(?:{pattern.pattern})|", pattern.flags)  # matches "" at 0
        except regex.error:
            return  # (a leading global flag cannot move inside a group); met at the first match
        matched = always.match("")
        try:
            if matched is not None:
                matched.expand(template)
        except (regex.error, IndexError) as exc:
            raise self.rule.error(f"template {template!r} does not compile: {exc}") from None

    def gate_patterns(self) -> list[regex.Pattern[str]]:
        return self.patterns

    def necessary(self) -> Necessary | None:
        """A literal of a pattern and of `requires` (`newslint.literals`; a subclass finding more, its own)."""
        return literal_condition(self.patterns, self.requires)

    @cached_property
    def line_local(self) -> bool:  # type: ignore[override]
        """Every pattern and exception matches within a line and reads nothing beyond it (the
        gate's judgement), and no `requires` or `unless_document` asks about the whole document;
        a glued quotation mark is read through its paragraph."""
        from newslint.gate import line_local

        return (
            self.requires is None
            and self.glued_quote is None
            and self.unless_document is None
            and not self.unless_notes
            and self.page_style is None
            and all(line_local(p) for p in [*self.patterns, *self.exceptions])
        )

    def run_lines(self, doc: Document, start: int, end: int) -> Iterator[Finding]:
        parts = dict.fromkeys(range(len(self.patterns)), ((start, end),))
        return self.run_parts(doc, parts, excused_in=(start, end))

    def run(self, doc: Document) -> Iterator[Finding]:
        return self.run_parts(doc, dict.fromkeys(range(len(self.patterns))))

    def run_parts(
        self, doc: Document, parts: OpenParts, excused_in: tuple[int, int] | None = None
    ) -> Iterator[Finding]:
        found = self._found(doc, parts, excused_in)
        if self.page_style is None:
            return found
        return iter(self._unless_page_style(doc.text, list(found)))

    def _unless_page_style(self, text: str, found: list[Finding]) -> list[Finding]:
        """None of `found` when there are enough of them and every one is of the page's style
        (initials set close to the name throughout: "L.Bold", "U.Khurelsukh"); else all."""
        style = self.page_style
        assert style is not None
        if len({f.start for f in found}) < self.page_style_min:  # two patterns may meet at one
            return found
        if all(style.match(text, f.start) for f in found):
            return []
        return found

    def _found(
        self, doc: Document, parts: OpenParts, excused_in: tuple[int, int] | None
    ) -> Iterator[Finding]:
        text = doc.text
        untimed = self._untimed
        if self.requires and not occurs(self.requires, text, timed=self.requires not in untimed):
            return
        excused: Excused | LinesExcused | None = None
        document_excused: bool | None = None  # asked once, at the first match
        for index, pattern in enumerate(self.patterns):
            if index not in parts:
                continue
            branches = self._branches[index]
            timed = pattern not in untimed
            for match in _matches(pattern, branches, text, parts[index], timed):
                start, end = match.span(self.group)
                if start < 0 or (start == end and not self.fix_template):
                    continue
                if self.not_a_known_name and _capital_of_a_name(match.group(self.not_a_known_name)):
                    continue
                if self.not_a_name and only_a_name(
                    text, match.start(self.not_a_name), match.group(self.not_a_name)
                ):
                    continue
                if self.common_word and not self._common(match):
                    continue
                if self.exceptions:
                    excused = excused or self._excused(text, excused_in)
                    if excused.covers(start, end):
                        continue
                if self.unless_document is not None or self.unless_notes:
                    if document_excused is None:
                        document_excused = self._document_excused(text)
                    if document_excused:
                        return
                yield self._finding(match, start, end, doc)

    def _document_excused(self, text: str) -> bool:
        pattern = self.unless_document
        if pattern is not None and occurs(pattern, text, timed=pattern not in self._untimed):
            return True
        return self.unless_notes and footnoted(text)

    def _common(self, match: Any) -> bool:
        word = match.group(self.common_word)
        return word is not None and self.vocabulary.zipf(word.lower()) >= self.common_word_zipf

    @cached_property
    def _untimed(self) -> frozenset[regex.Pattern[str]]:
        """The patterns searched without a timeout: a built-in pack's that cannot backtrack
        without end (`newslint.regex_bounded`)."""
        from newslint.regex_bounded import untimed

        searched = [*self.patterns, self.requires, self.unless_document]
        return untimed([p for p in searched if p is not None], self.rule.source)

    @cached_property
    def _branches(self) -> list[list[regex.Pattern[str]] | None]:
        """Each pattern's branches when searching them alone finds its matches faster."""
        return [split_alternation(pattern) for pattern in self.patterns]

    def _excused(self, text: str, excused_in: tuple[int, int] | None) -> Excused | LinesExcused:
        if excused_in is not None or len(text) < LINES_EXCUSED_CHARS:
            return Excused(text, self.exceptions, excused_in)
        local, other = self._exceptions_by_reach
        return LinesExcused(text, local, other)

    @cached_property
    def _exceptions_by_reach(self) -> tuple[list[regex.Pattern[str]], list[regex.Pattern[str]]]:
        """The `unless` patterns the gate judges line by line, and the rest."""
        from newslint.gate import line_local

        reach = [line_local(p) for p in self.exceptions]
        local = [p for p, line in zip(self.exceptions, reach, strict=True) if line]
        return local, [p for p, line in zip(self.exceptions, reach, strict=True) if not line]

    def _readings_of(self, match: Any) -> list[str]:
        """The replacements the fix offers for this match, the applied one first."""
        if isinstance(self.fix_template, dict):
            found = match.group(self.group)
            return self.fix_map.get(found, self.fix_map_folded.get(found.lower(), []))
        return [] if self.fix_template is None else [match.expand(self.fix_template)]

    def _unsure(self, match: Any) -> bool:
        """Whether the match took the branch the rule marks as one reading among several."""
        name = self.unsure
        return name is not None and name in match.re.groupindex and match.group(name) is not None

    def _glued_mark(self, match: Any, doc: Document) -> tuple[int, str] | None:
        """Where the match's glued quotation mark stands and how it reads, if the rule names one."""
        name = self.glued_quote
        if name is None or name not in match.re.groupindex or match.group(name) is None:
            return None
        at = match.start(name)
        return at, glued_reading(doc.text, doc.paragraphs, at)

    def _finding(self, match: Any, start: int, end: int, doc: Document) -> Finding:
        readings = self._readings_of(match)
        # Several readings of one text (“Sr.”: Señor, Sister, Senior): none is certain.
        applicability = "unsafe" if len(readings) > 1 or self._unsure(match) else None
        suggestions = [match.expand(t) for t in self.suggest_templates]
        glued = self._glued_mark(match, doc)
        template = self.rule.message
        if glued is not None and glued[1] != CLOSES:
            template = self.glued_messages[glued[1]]
            # A mark that opens takes the space before it, turned round; one that may open, no
            # fix. A finding at the empty place after the mark moves before it and puts only the
            # space there: that finding stays one of its own, and quote-direction turns the mark.
            at, reading = glued
            turned = " “" if doc.text[at] == "”" else " ‘"
            if reading == OPENS:
                spaced = start == end
                start, end, readings = at, at + (not spaced), [" " if spaced else turned]
            else:
                suggestions = [turned, *readings, *suggestions]
                readings = []
        fix = readings[0] if readings else None
        for reading in reversed(readings):
            if reading not in suggestions:
                suggestions.insert(0, reading)
        groups = {name: match.group(name) or "" for name in match.re.groupindex}
        found = match.group(self.group)
        codepoint = f"{ord(found[0]):04X}" if found else ""
        message = render(template, match=found, fix=fix or "", codepoint=codepoint, **groups)
        return finding(
            self.rule,
            start,
            end,
            message,
            fix=fix,
            suggestions=suggestions,
            applicability=applicability,
        )


def _capital_of_a_name(word: str) -> bool:
    """Whether `word` is written with a capital the cased dictionary knows it by (a name, or a
    word it also writes so); a word in lower case claims no name's capital ("he", not "He")."""
    return word[:1].isupper() and known_name(word)


def _matches(
    pattern: regex.Pattern[str],
    branches: list[regex.Pattern[str]] | None,
    text: str,
    ranges: Ranges | None,
    timed: bool = True,
) -> Iterator[Any]:
    """The pattern's matches in the text, or in the ranges the gate opened (the same matches:
    the gate opens only ranges of whole lines for patterns that match inside a line), found
    branch by branch if `branches` are given (`newslint.branches`)."""
    for start, end in ((0, len(text)),) if ranges is None else ranges:
        if branches is None:
            yield from finditer(pattern, text, start, end, timed=timed)
        else:
            timeout = regex_timeout() if timed else None
            yield from branch_matches(pattern, branches, text, start, end, timeout)


def compile(rule: Rule, vocabulary: Vocabulary) -> PatternCheck:
    return PatternCheck(rule, vocabulary)
