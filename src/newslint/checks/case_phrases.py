"""Where a word stands in a page's running text, and the phrases a page capitalises there
("the Prime Minister said" beside "the prime minister"): `case-variety`'s reading of a page
(see checks/case_variety.py), apart from its comparison of the forms it finds.
"""

from __future__ import annotations

from newslint.cased_lexicon import CasedLexicon
from newslint.checks.consistency import HEADLINE_LINES
from newslint.foreign_quotes import inside
from newslint.regex_store import compile_pattern

# A word, with its possessive or a compound's other parts ("Agency's", "Non-Proliferation": the
# capital of a name's next word must be seen); not part of an address, a handle or a file name.
WORD = compile_pattern(
    r"(?<![\p{L}\p{N}'’@#/._-])\p{L}+(?:[-'’]\p{L}+)*(?![\p{L}\p{N}@/_]|[-'’.][\p{L}\p{N}])"
)
# Words a name's capitals pass over ("State of Emergency", "Minister for the Interior").
FUNCTION_WORDS = frozenset({"of", "the", "and", "for", "on", "in", "to", "at", "a", "an"})
# A run of capitalised words a space apart, past function words ("State of Emergency"), and a
# lower-case word after "the": the two halves of `lower_twins`' test.
_CAPITAL_RUN = compile_pattern(
    r"(?<![\p{L}\p{N}'’-])\p{Lu}\p{Ll}+(?:[-'’]\p{Ll}+)*"
    r"(?: (?:(?:of|the|and|for|on|in|to|at|a|an) )*\p{Lu}\p{Ll}+(?:[-'’]\p{Ll}+)*)+"
)
_AFTER_THE = compile_pattern(r"(?<![\p{L}-])the (\p{Ll}+(?:[-'’]\p{Ll}+)*) (\p{Ll}+)")
_HEADLINES = tuple(compile_pattern(p) for p in HEADLINE_LINES)

Token = tuple[int, int, str]


def case_shape(word: str) -> str | None:
    """ "upper", "title" or "lower": how a word is written, or None for a mixed form ("McCain")."""
    if len(word) > 1 and word.isupper():
        return "upper"
    if word[0].isupper() and word[1:].islower():
        return "title"
    return "lower" if word.islower() else None


class RunningText:
    """Where a word stands in running text, mid-sentence: its case there is the writer's
    choice, not a sentence's opening capital or a headline's style."""

    def __init__(self, text: str, min_line_words: int, max_capital_share: float):
        self.text = text
        self.min_line_words = min_line_words
        self.max_capital_share = max_capital_share
        self.headlines = sorted(m.span() for p in _HEADLINES for m in p.finditer(text))
        self._lines: dict[int, bool] = {}

    def free(self, start: int) -> bool:
        at = start - 1
        while at >= 0 and self.text[at] in " \t":
            at -= 1
        mark = self.text[at] if at >= 0 else ""
        if not (mark.islower() or mark.isdigit() or mark == ","):
            return False
        return not inside(self.headlines, start) and self._running_line(start)

    def _running_line(self, start: int) -> bool:
        line_start = self.text.rfind("\n", 0, start) + 1
        known = self._lines.get(line_start)
        if known is None:
            line_end = self.text.find("\n", start)
            line = self.text[line_start : line_end if line_end >= 0 else len(self.text)]
            words = WORD.findall(line)
            capitals = sum(1 for word in words if word[0].isupper())
            enough = len(words) >= self.min_line_words
            known = enough and capitals <= self.max_capital_share * len(words)
            self._lines[line_start] = known
        return known


def lower_twins(text: str) -> dict[str, list[tuple[int, int]]]:
    """The spans of each run of capitalised words (past function words: "State of Emergency";
    ended by no further capitalised word, so no title before a name) that the page also writes
    in lower case after "the", keyed by the run in lower case. Most pages have none; C scans
    find them, where walking every token cost a clean megabyte more than a second."""
    after_the = {" ".join(pair) for pair in _AFTER_THE.findall(text)}
    if not after_the:
        return {}
    runs: dict[str, list[tuple[int, int]]] = {}
    for match in _CAPITAL_RUN.finditer(text):
        run = match.group().lower()
        if " ".join(run.split(" ", 2)[:2]) in after_the:
            runs.setdefault(run, []).append(match.span())
    return {run: spans for run, spans in runs.items() if f"the {run}" in text}


def after_lower_case_word(text: str, start: int) -> bool:
    """Whether the first word before `start` that is no function word is in lower case (see
    `_after_lower_case`), read from the text before it."""
    for word in reversed(WORD.findall(text, max(0, start - 60), start)):
        if word[0].isupper():
            return False
        if word not in FUNCTION_WORDS:
            return True
    return False


def capitalised_phrases(
    text: str, tokens: list[Token], running: RunningText, lexicon: CasedLexicon
) -> dict[str, list[tuple[int, int]]]:
    """The spans of each phrase of ordinary words (Hunspell licenses each in lower case) the
    page writes capitalised in running text, after a lower-case word and before no capitalised
    one (a title before a name), keyed by the phrase in lower case."""
    capitalised: dict[str, list[tuple[int, int]]] = {}
    at = 0
    while at < len(tokens):
        last = _capitalised_phrase(text, tokens, at)
        if last is None:
            at += 1
            continue
        start, end = tokens[at][0], tokens[last][1]
        words = [word for *_, word in tokens[at : last + 1]]
        if (
            running.free(start)
            and _after_lower_case(tokens, at)
            and not _capital_follows(text, tokens, last)
            and all(lexicon.is_lower_case_word(word.lower()) for word in words)
        ):
            key = " ".join(word.lower() for word in words)
            capitalised.setdefault(key, []).append((start, end))
        at = last + 1
    return capitalised


def _capitalised_phrase(text: str, tokens: list[Token], at: int) -> int | None:
    """The index of the last word of a phrase of two or more capitalised words opening at `at`
    (function words between them in lower case, one space apart), or None."""
    if case_shape(tokens[at][2]) != "title":
        return None
    last, capitals, index = at, 1, at + 1
    while index < len(tokens) and text[tokens[index - 1][1] : tokens[index][0]] == " ":
        word = tokens[index][2]
        if case_shape(word) == "title":
            last, capitals = index, capitals + 1
        elif word not in FUNCTION_WORDS:
            break
        index += 1
    return last if capitals >= 2 else None


def _after_lower_case(tokens: list[Token], at: int) -> bool:
    """Whether the first word before the phrase that is no function word is in lower case:
    after a capitalised one ("Non-Proliferation of Nuclear Weapons") the phrase ends a name."""
    for _, _, word in reversed(tokens[:at]):
        if word[0].isupper():
            return False
        if word not in FUNCTION_WORDS:
            return True
    return False


def _capital_follows(text: str, tokens: list[Token], last: int) -> bool:
    """Whether a capitalised word follows the phrase: a title before a name."""
    after = last + 1
    return (
        after < len(tokens)
        and text[tokens[last][1] : tokens[after][0]] == " "
        and tokens[after][2][0].isupper()
    )
