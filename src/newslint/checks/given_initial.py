"""`given-initial`: a person named by the initial of a given name the page also writes in full
("Irakli Kobakhidze" ... "I. Kobakhidze").

English news names a person in full once and by the surname after ("Kobakhidze", "Mr
Kobakhidze"); an initial standing for a given name the page has already spelled out is the house
style of Russian and Georgian agency copy, carried over by translation, or a second source pasted
in. The page's own names are read; no list of names is consulted.

An initial counts only where it stands for the given name: not after a given name (a middle
initial, "Adolf A. Berle"), nor after another initial ("J. R. Tolkien"), nor before another
capitalised word: a firm named for its founder keeps his initial ("T. Rowe Price" on a page
about Thomas Rowe Price). The full form is a
capitalised word opening with the initial's letter, right before the same surname (a middle
initial may stand between), and no lower-case word of English ("South Korean" beside "S. Korean"
is a place, not a person), and a full name both of whose words English writes often
(Zipf `known_names_zipf`, 3, or more): a firm named for its founder keeps his initial ("H. Samuel"
on a page about Harriet Samuel), where agency copy's initials stand for foreign names. Two such given names before one surname ("Irakli" and "Ivane
Kobakhidze") are two people, and the initial might be either: left alone. Each initial form is
reported with the full name as its suggestion; nothing is fixed. A line of results, a draw, a
scorecard or a line-up names players by initial as house style beside the report's full names:
an initial in a line of two initialled names or more, or in a line with a score ("6-4"), is left
alone.
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint import cased_lexicon
from newslint.checks import Check, Option, finding, render
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary, zipf
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS = {
    "known_names_zipf": Option(
        (float, int),
        default=3.0,
        doc="a full name both of whose words English writes this often is left alone",
    )
}

# An initial and its full stop, one space, then a surname (a double one joined by a hyphen).
_INITIAL = compile_pattern(
    r"(?<![\p{L}\p{N}.’'-])(?P<initial>\p{Lu})\. (?P<surname>\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?)"
    r"(?![\p{L}\p{N}-]|['’]\p{L}{2}| \p{Lu})"
)
# A score: two figures joined by a hyphen or dash ("6-4", "2–1"), not a date's or a range's
# years of four figures.
_SCORE = compile_pattern(r"(?<![\p{N}-])\p{N}{1,3}[-–]\p{N}{1,3}(?![\p{N}-])")
# The capitalised word or initial right before a candidate, as a given name or initial stands.
_BEFORE = compile_pattern(r"(?:(?P<initial>\p{Lu}\.)|(?P<word>\p{Lu}\p{Ll}+)) \Z")
# A given name, an optional middle initial, then the surname: "{surname}" filled in.
_FULL = r"(?<![\p{{L}}\p{{N}}'’.-])(?P<given>{initial}\p{{Ll}}{{2,}})(?: \p{{Lu}}\.)? {surname}(?![\p{{L}}\p{{N}}-])"
BEFORE_WINDOW = 40  # characters read before a candidate for a given name or initial there


class GivenInitialCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.known_names = float(rule.option("known_names_zipf"))

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        if ". " not in text:
            return
        candidates: dict[tuple[str, str], list[tuple[int, int]]] = {}
        for match in _INITIAL.finditer(text):
            if not _after_a_name(text, match.start()) and not _results_line(text, match.start()):
                candidates.setdefault((match["initial"], match["surname"]), []).append(match.span())
        for (initial, surname), spans in candidates.items():
            given = _given_names(text, initial, surname)
            if len(given) != 1 or self._known(name := given.pop(), surname):
                continue
            full = f"{name} {surname}"
            for start, end in spans:
                written = text[start:end]
                message = render(self.rule.message, match=written, name=full)
                yield finding(self.rule, start, end, message, suggestions=[full])

    def _known(self, given: str, surname: str) -> bool:
        """Whether English writes both words of the full name often: a firm named for its
        founder keeps his initial ("H. Samuel" on a page about Harriet Samuel, "J. Sainsbury"),
        and such founders bear the names English knows; agency copy's initials stand for the
        names of foreign politicians ("Irakli Kobakhidze")."""
        return min(zipf(given), zipf(surname)) >= self.known_names


def _results_line(text: str, start: int) -> bool:
    """Whether the initial stands in a line of results, a draw, a scorecard or a line-up, which
    name players by initial as house style beside the report's full names ("A. Sabalenka bt I.
    Swiatek 6-4, 3-6"): a line of two initialled names or more, or one with a score."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line = text[line_start : len(text) if line_end < 0 else line_end]
    return _SCORE.search(line) is not None or len(_INITIAL.findall(line)) >= 2


def _after_a_name(text: str, start: int) -> bool:
    """Whether a given name or another initial stands right before `start`: then the initial is
    a middle one, or one of a row of initials, and stands for no given name the page spells."""
    before = _BEFORE.search(text[max(0, start - BEFORE_WINDOW) : start])
    if before is None:
        return False
    return before["initial"] is not None or _a_given_name(before["word"])


def _given_names(text: str, initial: str, surname: str) -> set[str]:
    """The given names opening with `initial` that the page writes right before `surname`."""
    pattern = compile_pattern(_FULL.format(initial=initial, surname=surname))
    return {match["given"] for match in pattern.finditer(text) if _a_given_name(match["given"])}


def _a_given_name(word: str) -> bool:
    """A capitalised word no lower-case entry of English's dictionary licenses: "Irakli",
    "Adolf"; not "South", "Yesterday", "President" (a place's part, a sentence's opening, a
    title)."""
    return not cased_lexicon.english().is_lower_case_word(word.lower())


def compile(rule: Rule, vocabulary: Vocabulary) -> GivenInitialCheck:
    return GivenInitialCheck(rule, vocabulary)
