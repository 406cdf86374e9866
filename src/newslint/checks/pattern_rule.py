"""The `pattern` kind's rule keys (`OPTIONS`, documented in `newslint.checks.pattern`) and the
readers that turn a rule's values into what its check compiles: its patterns (one per `pattern`
entry, or one alternation of every `lines` form) and its fix map's readings."""

from __future__ import annotations

from typing import Any

from newslint.checks import Option
from newslint.rules import Rule

OPTIONS = {
    "pattern": Option((str, list), doc="regex or list of regexes"),
    "lines": Option((list,), doc="regexes each matching a whole line (instead of `pattern`)"),
    "fix": Option((str, dict), doc="replacement template, or map of matched text -> replacement"),
    "suggest": Option(
        (list,),
        default=[],
        doc="replacement templates an editor may write in place of the match (advice goes in the message)",
    ),
    "unless": Option(
        (str, list), default=[], doc="regexes whose matches excuse an overlapping match"
    ),
    "ignorecase": Option((bool,), default=False),
    "group": Option((int, str), default=0, doc="the group reported and replaced"),
    "requires": Option(
        (str,), doc="a regex the document must contain for the rule to run (a fast pre-check)"
    ),
    "unless_document": Option((str,), doc="a regex whose presence in the document excuses all"),
    "page_style": Option(
        (str,),
        doc="a regex, matched where a finding starts, for a form a page may write by its own"
        " style: when at least `page_style_min` findings are all of it, none is reported",
    ),
    "page_style_min": Option((int,), default=3, doc="how often a page writes its style"),
    "unless_notes": Option(
        (bool,), default=False, doc="a document footnoted [1], [2], [3] … is excused whole"
    ),
    "not_a_known_name": Option(
        (str,), doc="a named group whose word the cased dictionary must not write capitalised"
    ),
    "not_a_name": Option(
        (str,),
        doc="a named group whose capitalised word the dictionary must not know as a name only",
    ),
    "unsure": Option((str,), doc="a named group: a match it took part in offers an unsafe fix"),
    "glued_quote": Option(
        (str,),
        doc="a named group holding a closing-shaped quotation mark glued to the word after it:"
        " where the mark opens a quotation, the fix spaces it from the word before it (and turns it)",
    ),
    "opening_message": Option(
        (str,),
        doc="the message where the `glued_quote` mark opens a quotation (the fix puts the space"
        " before it, not after)",
    ),
    "may_open_message": Option(
        (str,), doc="the message where the `glued_quote` mark may open a quotation (no fix)"
    ),
    "common_word": Option((str,), doc="a named group whose word must be a common English word"),
    "common_word_zipf": Option((int, float), default=3.5, doc="how common `common_word` must be"),
}


def as_list(value: str | list[Any]) -> list[str]:
    return [value] if isinstance(value, str) else [str(v) for v in value]


def whole_lines(forms: list[Any]) -> str:
    """One pattern for a list of line forms: alternatives are tried in a single pass over the text
    (a pattern per form would scan it once each)."""
    alternatives = "|".join(f"(?:{form})" for form in forms)
    return rf"^[ \t]*(?P<line>{alternatives})[ \t]*$\n?(?:[ \t]*\n)?"


def patterns_of(rule: Rule) -> list[str]:
    pattern, lines = rule.option("pattern"), rule.option("lines")
    if (pattern is None) == (lines is None):
        raise rule.error("give either 'pattern' or 'lines'")
    if lines is not None:
        if not lines or not all(isinstance(form, str) and form for form in lines):
            raise rule.error("'lines' must be a non-empty list of regexes")
        return [whole_lines(lines)]
    return as_list(pattern)


def fix_readings(rule: Rule) -> dict[str, list[str]]:
    """A fix map's entries as lists of readings (one for a certain replacement)."""
    readings: dict[str, list[str]] = {}
    for found, replacement in rule.option("fix").items():
        forms = replacement if isinstance(replacement, list) else [replacement]
        texts = [found, *forms]
        if not forms or not all(isinstance(text, str) for text in texts):
            # YAML reads a bare On/Yes/No as a boolean, and such an entry never matched.
            raise rule.error(
                f"'fix' entry {found!r}: {replacement!r} must map text to a replacement or a list "
                "of them (quote words YAML reads as booleans or numbers)"
            )
        readings[found] = forms
    return readings
