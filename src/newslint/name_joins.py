"""One name joined two ways: "Amir Abdollahian" and "Amir-Abdollahian", "Hong Kong" and
"HongKong", "Chan-o-cha" and "Chan-ocha", "Tong Zhaohong" and "Tong ZhaoHong".

Transliteration systems and their users disagree on where a name's parts meet: a space, a
hyphen, nothing, or a capital inside the word. A page pieced together from two sources, or
translated twice, writes the same letters joined both ways. Every letter is the same, so the
spelling comparisons (`name_spellings`) see one name, and the glue checks see two words they
know. The letters are the evidence: two capitalised forms whose letters, folded to lower case
and read without spaces and hyphens, are one string, and whose joins differ, are one name
written two ways, unless English writes the letters as a word of its own ("Southeast",
"South East": a compound). A form in capitals throughout is a heading's or a code's, and a web address
or an e-mail address joins words its own way; both are left out. A headline (the page's first
line) is counted but not reported: a desk writes headlines in a style of its own.

The rarer form is reported. Of two written equally often, the one with fewer spaces and hyphens
(a pipeline drops them; none puts one in), else neither: "Secretary-General" beside
"Secretary General" once each is a house style's slip that names no wrong form.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import pairwise

from newslint.name_forms import FormVariant
from newslint.ocr_damage import Zipf
from newslint.regex_store import compile_pattern

# A capitalised word with lower-case letters, whole, its parts joined by hyphens; not part of a
# web or e-mail address ("WhiteHouse.gov", "english.yonhapnews.co.kr").
_WORD = compile_pattern(
    r"(?<![\p{L}\p{N}.@/_'’-])(?=\p{Lu})(?=[\p{L}-]*\p{Ll})\p{L}+(?:-\p{L}+)*"
    r"(?![\p{L}\p{N}@/_-]|\.\p{L})"
)
# Where the parts of a form meet: a space, a hyphen, or a capital after a small letter.
_JOIN = compile_pattern(r"[ -]|(?<=\p{Ll})(?=\p{Lu})")
SHORTEST = 6  # letters of a name compared
HEADLINE = 160  # longest first line read as a headline
# Letters English writes as a word of their own ("Southeast", "Nonproliferation"): their open and
# closed forms are a compound's, which the spelling of names does not judge.
COMPOUND_ZIPF = 2.0


def _letters(form: str) -> str:
    return form.replace(" ", "").replace("-", "").casefold()


def _joins(form: str) -> tuple[str, ...]:
    """Each join of a form, in order, with what it is: "Chan-o-cha" -> ("-", "-")."""
    return tuple(m.group() or "^" for m in _JOIN.finditer(form))


def _gaps(form: str) -> int:
    """The spaces and hyphens of a form: what a pipeline may drop."""
    return form.count(" ") + form.count("-")


def name_join_variants(text: str, zipf: Zipf) -> Iterator[FormVariant]:
    """Each occurrence of the rarer of two joins of one name (on a tie, see the module)."""
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    written: defaultdict[str, list[tuple[str, int, int]]] = defaultdict(list)
    for word, start, end in words:
        written[_letters(word)].append((word, start, end))
    # Two words are read as one form only where the page writes their letters as one word: two
    # forms that both keep the space differ in a word's own joins, met word by word above.
    singles = set(written)
    for (word, start, end), (after, next_start, next_end) in pairwise(words):
        if next_start == end + 1 and text[end] == " ":
            letters = _letters(word) + _letters(after)
            if letters in singles:
                written[letters].append((f"{word} {after}", start, next_end))
    odd: dict[str, str] = {}
    for letters, occurrences in written.items():
        if len(letters) < SHORTEST:
            continue
        forms = Counter(form for form, _, _ in occurrences)
        if len(forms) < 2 or len({_joins(form) for form in forms}) < 2:
            continue
        if zipf(letters) >= COMPOUND_ZIPF:
            continue  # an English word written open and closed: a compound, not a name
        ranked = sorted(forms, key=lambda form: (forms[form], _gaps(form)))
        rarer, usual = ranked[0], ranked[-1]
        if forms[rarer] == forms[ranked[1]] and (
            _gaps(rarer) == _gaps(ranked[1]) or len(forms) > 2
        ):
            continue  # equal evidence: no form to call the wrong one
        if _joins(rarer) == _joins(usual):
            continue  # the same joins, other letters' case: not this check's question
        odd[rarer] = usual
    if not odd:
        return
    headline_end = text.find("\n", 0, HEADLINE + 1)
    reported: list[tuple[int, int]] = [(0, headline_end)] if headline_end > 0 else []
    spans = sorted(
        ((start, end, form) for group in written.values() for form, start, end in group),
        key=lambda span: (span[0], -span[1]),
    )
    for start, end, form in spans:
        if form in odd and not any(s <= start and end <= e for s, e in reported):
            reported.append((start, end))
            yield FormVariant(start, end, form, odd[form])
