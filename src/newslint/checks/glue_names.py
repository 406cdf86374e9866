"""Document evidence for a name glued to the word after it ("Ojewaleby", "Kadyrovhas"), used by
`lexicon`'s `glued` detector.

A name wordfreq has never seen cannot vouch for itself, but a page that loses spaces around a name
usually loses them more than once: the same head run into two different words ("Ojewaleby",
"OjewaleAlhaji") is a name written twice, which a single made-up token never is. And the word after
a glue shows whether the cut is a phrase boundary: a verb or an article glued to a name is followed
by lower case, a name that merely ends in one ("Moonis Elahi") by its surname.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Iterable

from newslint.checks.glue_split import DETERMINERS, WORD_ENDINGS, cuts
from newslint.checks.lexicon_tuning import Tuning
from newslint.lexicon import is_function_word
from newslint.name_spellings import within_edits
from newslint.regex_store import compile_pattern
from newslint.word_endings import ENDINGS_MIN_ZIPF, ending_rate

Zipf = Callable[[str], float]

# The function words hardly any English word or name ends in: fewer than 1 in 10,000 of the words
# in wordfreq's English list (of three letters more than the ending) end in each ("would" 0,
# "said" 0.1, "with" 0.6, "for" 0.7), against "had" 1.1 ("Farhad"), "the" 3.6 ("Goethe"), "by" 14
# ("Ashby"), "and" 30, "is" 92 (a test recounts them). An unseen capitalised token ending in one
# is a name glued to it, whatever the name.
RARE_ENDINGS = frozenset(
    """about after against also been before being between but could did does during for from
    have him into may might must onto said says shall she should that their them then there
    these they this those under upon was were what when where which while who whom whose will
    with within without would you your""".split()
)
# Closed classes of English, not tunable: verbs that follow a name ("Tasmaniawas").
AUXILIARIES = frozenset("was were had has have will would said says".split())
# Function words no name ends in, unlike "he" ("Beghe"), "an" ("Nilan") or "is" ("Moonis"):
# auxiliaries ("Tasmaniawas", "Kadyrovhas"), the article, and prepositions and a conjunction that
# open the phrase after a name ("Ojewaleby John", "Kulebaand his team").
NAMELESS_RIGHT = AUXILIARIES | {"the", "and", "by", "for", "with", "from", "of"}
HEAD_MIN = 4  # a shared head of fewer letters is a syllable names share ("Abd", "Mac")
# What continues a shared head must be a word or name wordfreq knows ("by", "Alhaji" 2.4), not
# any run of letters it has met once.
REST_MIN_ZIPF = 2.0
PROSE_MIN_WORDS = 12  # a line longer than this reads as prose
NAME_WORD_MIN = 3  # letters of the shortest word cut off a name ("war", "ban")
_CAPITAL_NEXT = compile_pattern(r"[ \t]+\p{Lu}")
_WORD_NEXT = compile_pattern(r"[ \t]+[\p{L}\d“‘\"'(]")
_LOWER_WORD_NEXT = compile_pattern(r"[ \t]+(\p{Ll}+)\b")
# A capitalised word beside a token, on its line: "Camp Bondsteel", "Castlefrank Road".
_CAPITAL_WORD_BEFORE = compile_pattern(r"(\p{Lu}[\p{L}’'-]*)[ \t]+$")
_CAPITAL_WORD_AFTER = compile_pattern(r"[ \t]+(\p{Lu}[\p{L}’'-]*)")


class Heads(frozenset[str]):
    """A document's shared heads, with the lengths they come in: `headed` asks whether a token
    begins with one by looking its few prefixes of those lengths up, not by trying every head
    (a page of 60,000 invented names shares thousands of heads: that was its size squared)."""

    lengths: tuple[int, ...]

    def __new__(cls, heads: Iterable[str] = ()) -> Heads:
        made = super().__new__(cls, heads)
        made.lengths = tuple(sorted({len(head) for head in made}))
        return made


def shared_heads(zipf: Zipf, counts: Counter[str], longest: int) -> Heads:
    """Heads that begin two or more distinct capitalised tokens wordfreq has never seen, each
    continued by a word ("Ojewale" in "Ojewaleby" and "OjewaleAlhaji")."""
    seen: dict[str, set[str]] = {}
    for token in counts:
        if len(token) < HEAD_MIN + 2 or not token[:1].isupper() or token.isupper():
            continue
        if zipf(token) > 0:
            continue
        for cut in cuts(token, HEAD_MIN, 1, longest):
            head, rest = token[:cut], token[cut:]
            if head[1:].islower() and zipf(rest) >= REST_MIN_ZIPF:
                seen.setdefault(head, set()).add(token)
    return Heads(head for head, tokens in seen.items() if _two_names_apart(tokens))


def _two_names_apart(tokens: set[str]) -> bool:
    """Whether two of `tokens` differ by more than one edit. Two spellings of one name share
    their head with no space lost ("Gaddour" and "Gaddoor" both begin "Gadd", continued by
    "our" and "oor"): the page respelled a name, and name-spelling says so."""
    ordered = sorted(tokens)
    return any(
        not within_edits(first, second, 1)
        for at, first in enumerate(ordered)
        for second in ordered[at + 1 :]
    )


def capital_follows(text: str, end: int) -> bool:
    """Whether the next word after `end`, on the same line, starts with a capital."""
    return _CAPITAL_NEXT.match(text, end) is not None


def in_name_phrase(text: str, start: int, end: int) -> bool:
    """Whether a capitalised word other than a function word stands right before or after the
    token on its line: the token is then one word of a longer name ("Camp Bondsteel",
    "Castlefrank Road"), built of everyday words as names of places and ships are."""
    before = _CAPITAL_WORD_BEFORE.search(text, max(0, start - 40), start)
    after = _CAPITAL_WORD_AFTER.match(text, end)
    return any(
        found is not None and not is_function_word(found.group(1).lower())
        for found in (before, after)
    )


def named_in_phrase(
    text: str, start: int, end: int, fix: str, counts: Counter[str], heads: frozenset[str]
) -> bool:
    """Whether a capitalised token cut into a word and a function word names end in ("Rawas" as
    "Raw as") ends a longer name ("North Musi Rawas (67.28)"): it stands beside another
    capitalised word and no lower-case word follows, where a function word glued to a name
    goes on into its phrase ("Alex Smithin a statement", "Joe Bidenis expected"). A left half
    the page writes on its own vouches for the cut, and no name ends in an auxiliary or an
    article ("Joe Bidenwas")."""
    left, _, right = fix.partition(" ")
    return (
        left[:1].isupper()
        and right.islower()
        and is_function_word(right)
        and right not in NAMELESS_RIGHT | RARE_ENDINGS
        and counts[left] == 0
        and left not in heads
        and lower_word_after(text, end) is None
        and in_name_phrase(text, start, end)
    )


def in_prose_line(text: str, start: int) -> bool:
    """Whether the line around `start` reads as prose (`reads_as_prose`). Site names and brands
    are built of everyday words ("Science News | Brightsurf"), and a line of labels is where
    they stand."""
    begin = text.rfind("\n", 0, start) + 1
    end = text.find("\n", start)
    return reads_as_prose(text[begin : end if end >= 0 else len(text)])


def reads_as_prose(line: str) -> bool:
    """Whether a line reads as prose: more than twelve words, or ending a sentence."""
    line = line.strip()
    return len(line.split()) > PROSE_MIN_WORDS or line.endswith((".", "!", "?", "”", '"'))


def _rare_ending(word: str, score: float, tuning: Tuning) -> bool:
    """Whether `word` is one hardly any English word ends in (`word_endings`). With the cut off
    (the default) the endings table is neither loaded nor read."""
    if tuning.name_word_max_ending_rate <= 0 or score < tuning.rare_ending_right_min_zipf:
        return False
    rate = ending_rate(word, ENDINGS_MIN_ZIPF)
    return rate is not None and rate < tuning.name_word_max_ending_rate


def headed(token: str, heads: Heads) -> bool:
    """Whether `token` continues one of the document's shared heads."""
    return any(token[:length] in heads for length in heads.lengths if length < len(token))


def lower_word_after(text: str, end: int) -> str | None:
    """The next word after `end`, on the same line, if it is in lower case."""
    following = _LOWER_WORD_NEXT.match(text, end)
    return following.group(1) if following is not None else None


def determiner_follows(text: str, end: int) -> bool:
    """Whether the next word after `end`, on the same line, is a determiner ("the", "his")."""
    return lower_word_after(text, end) in DETERMINERS


def word_follows(text: str, end: int) -> bool:
    """Whether a word (or a quotation or aside opening) follows `end` on the same line: what a
    function word glued to a name needs after it ("Adewaleby the desk", not "Adewaleby,")."""
    return _WORD_NEXT.match(text, end) is not None


def name_and_word(
    zipf: Zipf, token: str, counts: Counter[str], tuning: Tuning, longest: int
) -> tuple[str, str, bool] | None:
    """(name, word, rare) for a capitalised token wordfreq has never seen that reads as a
    well-known name, or one the page writes on its own, run into a common lower-case word
    ("Ukrainewar", "Chinatrade", "Thankyou"). Names and places are built so too ("Kendalbridge",
    "Merrowgate"), so the caller reports such a cut only where the page shows glue damage of
    another kind near it; a right half that surnames end in ("well", "field") is never cut off.
    `rare`: the word is one hardly any English word ends in ("efficiency", `word_endings`), which
    ends no name either: such a cut needs no damage elsewhere, and a less common name or word
    before it will do ("Islamicfaith")."""
    if not (token[:1].isupper() and token[1:].islower()) or zipf(token) > 0:
        return None
    best: tuple[bool, float, str, str] | None = None
    for cut in cuts(token, HEAD_MIN, NAME_WORD_MIN - 1, longest):
        left, right = token[:cut], token[cut:]
        if (
            right in tuning.name_endings
            or right in tuning.suffix_words
            or right in tuning.suffixes
            or is_function_word(right)  # the shape rules' and their verb tests
        ):
            continue
        score = zipf(right)
        if score < min(tuning.content_glue_min_zipf, tuning.rare_ending_right_min_zipf):
            continue
        rare = _rare_ending(right, score, tuning)
        if not rare and score < tuning.content_glue_min_zipf:
            continue
        needed = tuning.rare_ending_left_min_zipf if rare else tuning.capitalised_left_min_zipf
        if zipf(left) >= needed and (best is None or (rare, score) > best[:2]):
            best = (rare, score, left, right)
    return (best[2], best[3], best[0]) if best else None


def function_word_cut(
    zipf: Zipf,
    token: str,
    counts: Counter[str],
    heads: frozenset[str],
    tuning: Tuning,
    min_zipf: float,
    longest: int,
) -> tuple[str, str] | None:
    """The best cut of a token before a function word ("Tasmaniawas", "thecompany"), scored by
    its rarer half, where the left half is one `_known_left` accepts."""
    best: tuple[float, str, str] | None = None
    for cut in cuts(token, 2, 1, longest):
        left, right = token[:cut], token[cut:]
        if right[0].isupper() and right[1:].islower():
            right_ok = is_function_word(right)
        elif right.islower():
            right_ok = True
        else:
            continue
        if not right_ok or not (
            is_function_word(right) or (is_function_word(left) and right.lower() in DETERMINERS)
        ):
            continue
        if right in WORD_ENDINGS and token.islower() and zipf(token) > 0:
            continue  # "assignor", "bailor": a known word that merely ends like one
        if (
            _known_left(zipf, left, right, counts, heads, tuning, min_zipf)
            and zipf(right) >= min_zipf
        ):
            score = min(zipf(left), zipf(right))
            if best is None or score > best[0]:
                best = (score, left, right)
    return (best[1], best[2]) if best else None


def _known_left(
    zipf: Zipf,
    left: str,
    right: str,
    counts: Counter[str],
    heads: frozenset[str],
    tuning: Tuning,
    min_zipf: float,
) -> bool:
    """A capitalised left part must be a common word or a name used elsewhere in the document
    (on its own, or as the head of another glue: `shared_heads`): many names end in a
    function word ("Beghe", "Nilan"), though hardly any in one of `NAMELESS_RIGHT`, so before
    one a name wordfreq knows will do ("Tasmaniawas", "Kadyrovhas")."""
    if left[0].isupper():
        if len(left) <= 2 and not is_function_word(left.lower()):
            return False  # "Da than" from "Dathan": a name's first syllable, not a word
        needed = (
            tuning.auxiliary_left_min_zipf
            if right in NAMELESS_RIGHT
            else tuning.capitalised_left_min_zipf
        )
        if right in RARE_ENDINGS and len(left) >= HEAD_MIN:
            return True  # "Nwabuzorsaid": no name ends so
        return counts[left] > 0 or left in heads or zipf(left) >= needed
    return zipf(left) >= min_zipf


def known_name_glued(
    zipf: Zipf, token: str, tuning: Tuning, longest: int
) -> tuple[str, str] | None:
    """A token wordfreq has never seen, cut into a name it knows well and a word no name ends in
    ("Russiahad": `NAMELESS_RIGHT`). Repeated, it is still no name built like a compound
    ("Merrowgate" ends in a word names end in): a page that loses the space after a name loses it
    each time the name meets the same verb."""
    if not (token[:1].isupper() and token[1:].islower()) or zipf(token) > 0:
        return None
    for cut in cuts(token, HEAD_MIN, 1, longest):
        left, right = token[:cut], token[cut:]
        if right in NAMELESS_RIGHT and zipf(left) >= tuning.capitalised_left_min_zipf:
            return left, right
    return None
