"""What a page shows of its own names: one reading the word-level rules share (`Document.names`).

A word no list has is a misreading, a glued pair or a typo only when the page does not show it to
be a name. Lists cannot settle it (period names, foreign given names, Latin genera and places are
missing from every list), but the page often does, by how it writes the word:

- it introduces it as a name: after a naming word ("a girl named Klumpke", "three commissioners,
  named Garastiso, Baranda, and Tomei"), each item of the roll that follows;
- it heads a place ("in Bellevoir township", "Pitt county"): a capitalised word before a lower-case
  noun for a place is that place's name;
- it gives the name an address in apposition, as news reports introduce people ("Dr. Maclaclin,
  of Alexandra-road", "Kruse, twenty-four, clerk, of Northwold-road"): the word before is a name;
- it writes the same name in two forms: a stem and its derivative ("Hamburgh vessels", "the
  Hamburghers"), each capitalised;
- it defines the word: a glossary's or a dictionary's entry heads its line with it ("Apricity
  (noun): the warmth of the sun in winter"), where the rarest words English has are the point;
- it writes a name of two capitalised words twice over ("Kaohly Her" in the headline and the
  story): a function word inside it ("Her", "The", "Le") is a part of the name, not a sentence's
  opener.

A scanner's misreading shows none of these: it is written once, where the page's word stood.
Built from the text alone when first asked; every answer is a pure function of the page.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from functools import cached_property
from itertools import pairwise

from newslint.regex_store import compile_pattern

Zipf = Callable[[str], float]

# A naming word, then the names it introduces: capitalised words, parted by commas or "and"
# (a roll: "named Garastiso, Baranda, and Tomei"), each of up to three words ("named John Ede").
_NAME_ITEM = r"\p{Lu}\p{Ll}+(?:[ \t]+\p{Lu}\p{Ll}+){0,2}"
_INTRODUCED = compile_pattern(
    r"\b(?:named|called|dubbed|nicknamed|surnamed|christened|alias|née)[ \t\n]+"
    rf"({_NAME_ITEM}(?:(?:,[ \t\n]*(?:and[ \t\n]+)?|[ \t\n]+and[ \t\n]+){_NAME_ITEM})*)"
)
_WORD = compile_pattern(r"\p{Lu}\p{Ll}+")
# Lower-case nouns a place's name stands before ("Pitt county", "Bellevoir township").
_PLACED = compile_pattern(
    r"(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}{2,})[ \t]+(?:township|county|parish|borough|district"
    r"|province|precinct|village|river|creek|valley|mountains?|island|islands|lake|bay|harbou?r"
    r"|street|avenue|road|lane|square)\b"
)
# A person's address in apposition, as news reports introduce people: the name, then a comma and
# "of" before a capitalised place, perhaps with an age and a calling between ("Dr. Maclaclin, of
# Alexandra-road", "Kruse, twenty-four, clerk, of Northwold-road", "Smith, 45, of Leeds").
_ADDRESSED = compile_pattern(
    r"(?<![\p{L}\p{N}'’-])(\p{Lu}\p{Ll}{2,}),[ \t\n]+"
    r"(?:(?:aged[ \t]+)?(?:\d{1,3}|\p{Ll}+(?:-\p{Ll}+)?),[ \t\n]+(?:\p{Ll}+(?:[ \t]\p{Ll}+)?,[ \t\n]+)?)?"
    r"of[ \t\n]+\p{Lu}"
)
# A glossary's entry: at a line's start (numbered or bulleted), the word, its part of speech or a
# gloss in brackets, then a colon or a spaced dash before the definition (not a hyphen, which
# a scan leaves spaced where it broke a word: "Pederal - cases").
_DEFINED = compile_pattern(
    r"(?m)^[ \t]*(?:\d{1,3}[.)][ \t]+|[-*•][ \t]+)?(\p{L}+)(?:[ \t]+\([^()\n]{1,40}\))?"
    r"[ \t]*(?::|[ \t][–—])[ \t]+\p{L}"
)
# Endings English derives a name's forms with: its people ("Hamburghers", "Parnellites",
# "Bostonians"), their speech or kind ("Bhutanese", "Cornish"), the plural ("the Parnells"); not a
# plural in "-ys" or "-ss", which English spells otherwise: "Securitys" beside "Security" is misread.
_DERIVED_ENDINGS = ("ers", "er", "ites", "ite", "ians", "ian", "ans", "an", "ese", "ish", "s")
MIN_STEM = 4  # letters of a stem two forms share: shorter stems meet by chance
COMMON_NEIGHBOUR_ZIPF = 3.0


class PageNames:
    """The page's evidence that a capitalised word is a name, read once for the document."""

    def __init__(self, text: str, capital: frozenset[str], mentions: list[tuple[int, int, str]]):
        self._text = text
        self._capital = capital
        self._mentions = mentions

    @cached_property
    def introduced(self) -> frozenset[str]:
        """The capitalised words a naming word introduces, with every item of its roll."""
        return frozenset(
            word.group()
            for match in _INTRODUCED.finditer(self._text)
            for word in _WORD.finditer(match.group(1))
        )

    @cached_property
    def placed(self) -> frozenset[str]:
        """The capitalised words standing before a lower-case noun for a place."""
        return frozenset(match.group(1) for match in _PLACED.finditer(self._text))

    @cached_property
    def addressed(self) -> frozenset[str]:
        """The capitalised words an address in apposition follows ("Maclaclin, of Alexandra-road")."""
        return frozenset(match.group(1) for match in _ADDRESSED.finditer(self._text))

    @cached_property
    def defined(self) -> frozenset[str]:
        """The words heading a glossary's entries, as written."""
        return frozenset(match.group(1) for match in _DEFINED.finditer(self._text))

    @cached_property
    def families(self) -> frozenset[str]:
        """The capitalised words the page also writes as their stem or a derivative: both forms
        of "Hamburgh" and "Hamburghers"."""
        found: set[str] = set()
        for word in self._capital:
            for ending in _DERIVED_ENDINGS:
                stem = word[: -len(ending)]
                if (
                    word.endswith(ending)
                    and len(stem) >= MIN_STEM
                    and stem in self._capital
                    and not (ending == "s" and stem.endswith(("s", "y")))
                ):
                    found.update((word, stem))
        return frozenset(found)

    @cached_property
    def pairs(self) -> frozenset[tuple[str, str]]:
        """Two capitalised words written side by side (one space between) more than once."""
        text = self._text
        counted = Counter(
            (first[2], second[2])
            for first, second in pairwise(self._mentions)
            if second[0] == first[1] + 1 and text[first[1]] == " "
        )
        return frozenset(pair for pair, count in counted.items() if count > 1)

    def is_name(self, word: str, zipf: Zipf) -> bool:
        """Whether the page shows `word` (capitalised, as written) to be a name. A word it
        introduces or places counts unless one letter from a common word ("named Tbomas" keeps
        its misreading); two forms of a stem are two misreadings only by chance, and a word the
        page defines is its subject."""
        if word in self.families or word in self.defined:
            return True
        if word not in self.introduced and word not in self.placed and word not in self.addressed:
            return False
        return not one_letter_from_common(word.lower(), zipf)

    def in_written_pair(self, before: str, word: str) -> bool:
        """Whether "`before` `word`" is a name the page writes more than once ("Kaohly Her")."""
        return (before, word) in self.pairs


def one_letter_from_common(word: str, zipf: Zipf) -> bool:
    """Whether one letter changed, dropped or added turns `word` into a word of Zipf
    COMMON_NEIGHBOUR_ZIPF or more."""
    letters = "abcdefghijklmnopqrstuvwxyz"
    edits = {word[:i] + word[i + 1 :] for i in range(len(word))}
    for i in range(len(word) + 1):
        edits.update(word[:i] + c + word[i:] for c in letters)
        if i < len(word):
            edits.update(word[:i] + c + word[i + 1 :] for c in letters if c != word[i])
    return any(zipf(e) >= COMMON_NEIGHBOUR_ZIPF for e in edits)
