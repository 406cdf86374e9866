"""One name joined two ways: "Amir Abdollahian" and "Amir-Abdollahian", "Hong Kong" and
"HongKong", "Chan-o-cha" and "Chan-ocha", "Tong Zhaohong" and "Tong ZhaoHong", "Dnipropetrovs'k"
and "Dnipropetrovsk".

Transliteration systems and their users disagree on where a name's parts meet: a space, a
hyphen, nothing, a capital inside the word, or an apostrophe (for a soft sign or an ayn; a
possessive's is not one, and a straight and a curly apostrophe are one join). A page pieced together from two sources, or
translated twice, writes the same letters joined both ways. Every letter is the same, so the
spelling comparisons (`name_spellings`) see one name, and the glue checks see two words they
know. The letters are the evidence: two capitalised forms whose letters, folded to lower case
and read without spaces, hyphens and apostrophes, are one string, and whose joins differ, are one name
written two ways, unless English writes the letters as a word of its own ("Southeast",
"South East": a compound). A form in capitals throughout is a heading's or a code's, and a web address
or an e-mail address joins words its own way, as a hashtag does; all are left out. A headline (the page's first
line) is counted but not reported: a desk writes headlines in a style of its own.

The rarer form is reported. Of two written equally often, the one with fewer of those marks (a
pipeline drops them; none puts one in); of two with as many, both when a part of the name is a
word English hardly writes ("Amir Abdollahian"/"Amir-Abdollahian": which is wrong needs a human),
else neither: "Secretary-General" beside "Secretary General" once each is a house style's slip
that names no wrong form.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterator
from itertools import pairwise

from newslint.name_forms import FormVariant
from newslint.ocr_damage import Zipf
from newslint.regex_store import compile_pattern

# A capitalised word with lower-case letters, whole, its parts joined by hyphens or apostrophes
# (not a possessive's: "Kyiv's", "Kyivs'"); not part of a web or e-mail address
# ("WhiteHouse.gov", "english.yonhapnews.co.kr") nor a hashtag ("#SheikhNimr", "#HongKong"): a
# tag runs its words together by the platform's rule, not a spelling of the name.
_WORD = compile_pattern(
    r"(?<![\p{L}\p{N}.@/_#'’ʼ-])(?=\p{Lu})(?=[\p{L}'’ʼ-]*\p{Ll})\p{L}+"
    r"(?:(?:-|['’ʼ](?!s(?!\p{L})))\p{L}+)*(?![\p{L}\p{N}@/_-]|\.\p{L})"
)
# Where the parts of a form meet: a space, a hyphen, an apostrophe, or a capital after a small
# letter.
_JOIN = compile_pattern(r"[ '’ʼ-]|(?<=\p{Ll})(?=\p{Lu})")
_MARKS = str.maketrans("", "", " -'’ʼ")
SHORTEST = 6  # letters of a name compared
HEADLINE = 160  # longest first line read as a headline
# Letters English writes as a word of their own ("Southeast", "Nonproliferation"): their open and
# closed forms are a compound's, which the spelling of names does not judge.
COMPOUND_ZIPF = 2.0


# A part of a name English hardly writes as a word: the name is a foreign one.
FOREIGN_PART_ZIPF = 2.5
_PART = compile_pattern(r"\p{Lu}?\p{Ll}+")


def _foreign(form: str, zipf: Zipf) -> bool:
    """Whether some part of a form is a word English hardly writes."""
    return any(zipf(part.group()) < FOREIGN_PART_ZIPF for part in _PART.finditer(form))


def _letters(form: str) -> str:
    return form.translate(_MARKS).casefold()


def _joins(form: str) -> tuple[str, ...]:
    """Each join of a form, in order, with what it is: "Chan-o-cha" -> ("-", "-"); a straight
    and a curly apostrophe are one join."""
    return tuple(_join(m.group()) for m in _JOIN.finditer(form))


def _join(mark: str) -> str:
    if not mark:
        return "^"  # a capital after a small letter
    return "'" if mark in "'’ʼ" else mark


def _gaps(form: str) -> int:
    """The spaces, hyphens and apostrophes of a form: what a pipeline may drop."""
    return len(form) - len(form.translate(_MARKS))


def name_join_variants(text: str, zipf: Zipf) -> Iterator[FormVariant]:
    """Each occurrence of the rarer of two joins of one name (on a tie, see the module)."""
    words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(text)]
    letters_of = {word: _letters(word) for word in {word for word, _, _ in words}}
    forms_of: defaultdict[str, set[str]] = defaultdict(set)
    for word, letters in letters_of.items():
        forms_of[letters].add(word)
    # Two words are read as one form only where the page writes their letters as one word: two
    # forms that both keep the space differ in a word's own joins, met word by word.
    pairs: list[tuple[str, int, int]] = []
    for (word, start, end), (after, next_start, next_end) in pairwise(words):
        if next_start == end + 1 and text[end] == " ":
            letters = letters_of[word] + letters_of[after]
            if letters in forms_of:
                pairs.append((f"{word} {after}", start, next_end))
                forms_of[letters].add(pairs[-1][0])
    candidates = _odd_forms(
        {letters: forms for letters, forms in forms_of.items() if len(forms) > 1}, zipf
    )
    if not candidates:
        return
    written = Counter(word for word, _, _ in words) + Counter(form for form, _, _ in pairs)
    odd = _ranked(candidates, written, zipf)
    if not odd:
        return
    headline_end = text.find("\n", 0, HEADLINE + 1)
    reported: list[tuple[int, int]] = [(0, headline_end)] if headline_end > 0 else []
    spans = sorted(
        ((start, end, form) for form, start, end in words + pairs if form in odd),
        key=lambda span: (span[0], -span[1]),
    )
    for start, end, form in spans:
        if not any(s <= start and end <= e for s, e in reported):
            reported.append((start, end))
            yield FormVariant(start, end, form, odd[form])


def _odd_forms(candidates: dict[str, set[str]], zipf: Zipf) -> dict[str, set[str]]:
    """The letters written in forms with different joins, and those forms, names only."""
    return {
        letters: forms
        for letters, forms in candidates.items()
        if len(letters) >= SHORTEST
        and len({_joins(form) for form in forms}) > 1
        and zipf(letters) < COMPOUND_ZIPF  # else an English word, open and closed: a compound
    }


def _ranked(candidates: dict[str, set[str]], written: Counter[str], zipf: Zipf) -> dict[str, str]:
    """(rarer form -> usual form) for each name written two ways (on a tie, see the module)."""
    odd: dict[str, str] = {}
    for forms in candidates.values():
        # The form itself breaks the last tie: a set's order changes with the hash seed.
        ranked = sorted(forms, key=lambda form: (written[form], _gaps(form), form))
        rarer, usual = ranked[0], ranked[-1]
        if written[rarer] == written[ranked[1]] and (
            _gaps(rarer) == _gaps(ranked[1]) or len(forms) > 2
        ):
            # Equal evidence. Two forms of a foreign name, one part of it a word English hardly
            # knows ("Amir Abdollahian"/"Amir-Abdollahian"), are both reported: which is wrong
            # needs a human, as with two spellings. A compound of English words
            # ("Secretary-General"/"Secretary General") is a house style's slip: neither.
            # Both forms are asked: which of the two is "rarer" on a tie is arbitrary.
            foreign = _foreign(rarer, zipf) and _foreign(usual, zipf)
            if len(forms) == 2 and foreign and _joins(rarer) != _joins(usual):
                odd[rarer], odd[usual] = usual, rarer
            continue
        if _joins(rarer) == _joins(usual):
            continue  # the same joins, other letters' case: not this check's question
        odd[rarer] = usual
    return odd
