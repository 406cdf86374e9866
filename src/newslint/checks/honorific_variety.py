"""`honorific-variety`: one person given two courtesy titles in one document ("Ms Velkander"
... "Mrs Velkander", "Angela Merkel ... Mr Merkel").

Machine translation from languages whose titles or pronouns carry no gender (Chinese, Turkish,
Finnish) or no marital status picks a title afresh at each mention; copy joined from two
sources brings two house styles ("Ms" and "Mrs") for one woman. The page's own titles are
counted per surname; no list of names is consulted.

Two people may share a surname, and then two titles are right: a couple ("Mr and Mrs Hale"), a
mother and her daughter ("Miss"), a family. So a surname is judged only when every given name
the page writes before it is the same one (or there is none), and the page does not speak of a
family (a husband, a wife, a son, a daughter, a couple ...); "Miss" is never compared. Of the
two titles, the one the page writes less often for that surname is reported with the other as
its suggestion; on a tie, a man's and a woman's title are left alone (which is right needs a
human), and of "Ms" and "Mrs" the one the page writes less often for everyone is reported.
Nothing is fixed; each finding points at the places the other title is given (related locations).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from newslint.checks import Check, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.name_contexts import title_word
from newslint.regex_store import compile_pattern
from newslint.related_places import OtherForm
from newslint.rules import Rule

# A courtesy title before a surname, with or without its full stop.
_TITLED = compile_pattern(
    r"(?<![\p{L}\p{N}])(?P<title>Mr|Mrs|Ms|Miss)\.? (?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
    r"(?![\p{L}\p{N}-])"
)
# Words that say a page speaks of a family or a couple: two people, one surname.
_FAMILY = compile_pattern(
    r"(?i)\b(?:husband|wife|wives|widow(?:er)?|spouse|couple|married|son|sons|daughters?|"
    r"brothers?|sisters?|mother|father|parents?|family|families|siblings?|twins?|"
    r"grand(?:son|daughter|mother|father)s?|aunt|uncle|cousins?|nephew|niece|in-laws?)\b"
    r"|\bM(?:rs?|s)\.? (?:and|&) M(?:rs?|s)\b"
)
# A capitalised word before another: a given name, or a title, before a surname.
_PAIR = compile_pattern(
    r"(?<![\p{L}\p{N}'’-])(?P<given>\p{Lu}\p{Ll}+) (?=(?P<name>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
    r"(?![\p{L}\p{N}-]))"
)
_WOMEN = frozenset({"Mrs", "Ms"})
_TITLES = frozenset({"Mr", "Mrs", "Ms", "Miss", "Dr"})


class HonorificVarietyCheck(Check):
    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if "M" not in text:
            return
        titled: dict[str, list[tuple[int, int, str]]] = {}
        page_titles: Counter[str] = Counter()
        for match in _TITLED.finditer(text):
            title = match["title"]
            page_titles[title] += 1
            if title != "Miss":
                titled.setdefault(match["name"], []).append((*match.span("title"), title))
        mixed = {name: found for name, found in titled.items() if len({t for *_, t in found}) > 1}
        if not mixed or _FAMILY.search(text):
            return
        given = self._given_names(text, set(mixed))
        for name, found in mixed.items():
            if len(given.get(name, ())) <= 1:  # one person, named the same way each time
                yield from self._report(found, page_titles)

    def _given_names(self, text: str, surnames: set[str]) -> dict[str, set[str]]:
        """The given names the page writes before each surname; a title ("Chancellor Merkel",
        `name_contexts.title_word`) is no given name."""
        found: dict[str, set[str]] = {}
        for match in _PAIR.finditer(text):
            word = match["given"]
            if match["name"] in surnames and word not in _TITLES and not title_word(word, text):
                found.setdefault(match["name"], set()).add(word)
        return found

    def _report(
        self, found: list[tuple[int, int, str]], page_titles: Counter[str]
    ) -> Iterator[Finding]:
        counts = Counter(title for *_, title in found)
        (first, many), (second, few) = counts.most_common(2)
        if many == few:
            if {first, second} != _WOMEN or page_titles[first] == page_titles[second]:
                return
            if page_titles[first] < page_titles[second]:
                first, second = second, first
        note = f"titled “{first}” here"
        usual = OtherForm((start, end, note) for start, end, title in found if title == first)
        for start, end, title in found:
            if title != first:
                message = render(self.rule.message, match=title, winner=first)
                related = usual.related(start, end)
                yield finding(self.rule, start, end, message, suggestions=[first], related=related)


def compile(rule: Rule, vocabulary: Vocabulary) -> HonorificVarietyCheck:
    return HonorificVarietyCheck(rule, vocabulary)
