"""`grammar`: a grammar engine's findings, filtered for news copy.

Keys: `backend` (harper | languagetool), `profile` (news | all), `dialect` (american | british | …,
Harper), `language` (LanguageTool code, e.g. en-US), `oxford_comma` (report a missing serial comma;
off in the AP-style news profile), `disable` (engine rule names), `disable_categories`
(LanguageTool categories), `url` (a LanguageTool server), `news_off` and `news_off_kinds` (the
engine rules and Harper lint kinds or LanguageTool categories that the news profile leaves out:
style advice, rules that fight AP style or fire on clean professional copy; listed in the
built-in rules' YAML), `news_filters` (Harper rules the news profile keeps only in a context:
`{Rule: {before: regex, after: regex}}`, the text before the finding must end with a match of
`before` and the text after it start with one of `after`). Finding ids are `<rule id>.<engine rule>`,
e.g. `grammar.harper.AnA`. Where another pack already reports the same text, the grammar finding
is dropped (`defers`).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from typing import Any

from newslint.checks import Check, Option
from newslint.document import Document
from newslint.finding import DELETE, Edit, Finding, Fix
from newslint.grammar import Backend, GrammarMatch, get_backend
from newslint.lexicon import Vocabulary
from newslint.rules import Rule

FIXES = True  # its findings carry fixes (see the rule's `applicability`)
OPTIONS = {
    "backend": Option((str,), required=True, choices=("harper", "languagetool")),
    "profile": Option((str,), default="news", choices=("news", "all")),
    "dialect": Option((str,), default="american"),
    "language": Option((str,), default="en-US"),
    "oxford_comma": Option((bool,), default=False),
    "disable": Option((list,), default=[]),
    "disable_categories": Option((list,), default=[]),
    "url": Option((str,)),
    "news_off": Option((list,), default=[], doc="engine rules the news profile leaves out"),
    "news_off_kinds": Option(
        (list,), default=[], doc="Harper lint kinds or LanguageTool categories it leaves out"
    ),
    "news_filters": Option(
        (dict,), default={}, doc="Harper rule -> {before, after}: regexes its context must match"
    ),
}


class GrammarCheck(Check):
    defers = True  # artifact packs explain the same text better

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.backend_name = rule.option("backend")
        self._selects: Callable[[str], bool] | None = None
        self._unselected: tuple[str, ...] | None = None

    def narrow(self, selects: Callable[[str], bool]) -> None:
        self._selects = selects
        self._unselected = None

    def _not_selected(self) -> tuple[str, ...]:
        """Harper's rules whose findings the policy would drop (`--ignore grammar.harper.X`, a
        `--select` that leaves them out): switched off in Harper's own configuration, so Harper
        never runs them. Per-file ignores and inline directives still filter afterwards."""
        if self._selects is None or self.backend_name != "harper":
            return ()
        if self._unselected is None:
            try:
                import harper
            except ImportError:
                return ()  # the backend says that Harper is missing
            selects, prefix = self._selects, self.rule.id
            names = harper.get_default_lint_config()
            self._unselected = tuple(sorted(n for n in names if not selects(f"{prefix}.{n}")))
        return self._unselected

    def _settings(self) -> dict[str, Any]:
        option = self.rule.option
        common = {
            "profile": option("profile"),
            "disable": (*option("disable"), *self._not_selected()),
            "news_off": tuple(option("news_off")),
            "news_off_kinds": tuple(option("news_off_kinds")),
        }
        if self.backend_name == "harper":
            return {**common, "dialect": option("dialect"), "oxford_comma": option("oxford_comma"),
                    "news_filters": self._filters()}  # fmt: skip
        return {**common, "language": option("language"), "url": option("url"),
                "disable_categories": tuple(option("disable_categories"))}  # fmt: skip

    def _filters(self) -> tuple[tuple[str, str, str], ...]:
        """(Harper rule, regex the text before must end with, regex the text after must start
        with), hashable so that the backend is shared."""
        filters = []
        for name, where in self.rule.option("news_filters").items():
            if not isinstance(where, dict) or not set(where) <= {"before", "after"}:
                raise self.rule.error(f"news_filters.{name}: give 'before' and/or 'after' regexes")
            filters.append((str(name), str(where.get("before", "")), str(where.get("after", ""))))
        return tuple(filters)

    def backend(self) -> Backend:
        """The engine for this rule's settings (shared by every check with the same ones)."""
        return get_backend(self.backend_name, **self._settings())

    def run(self, doc: Document) -> Iterator[Finding]:
        text, vocabulary = doc.text, self.vocabulary

        def keep(match: GrammarMatch) -> bool:
            # Not a spelling match on a name or term the settings accept; judged by the backend
            # before overlaps are resolved, so that such a match hides no other.
            return not (match.spelling and text[match.start : match.end] in vocabulary)

        for match in self.backend().check(text, keep):
            yield self._finding(match)

    def _finding(self, match: GrammarMatch) -> Finding:
        rule_id = f"{self.rule.id}.{match.rule}"
        severity = self.rule.severity
        fix = None
        if match.replacements:
            applicability = "safe" if match.certain else "unsafe"
            start = match.end if match.insert_after else match.start
            fix = Fix((Edit(start, match.end, match.replacements[0]),), applicability)
        suggestions = tuple(r if r else DELETE for r in match.replacements)
        return Finding(rule_id, severity, match.message, match.start, match.end, fix, suggestions)


def compile(rule: Rule, vocabulary: Vocabulary) -> GrammarCheck:
    return GrammarCheck(rule, vocabulary)
