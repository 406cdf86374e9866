"""Where a sentence ends: a full stop, question or exclamation mark before a capital, unless the
stop closes an abbreviation, an initial, a state after its town or a title before a name.
`Document.sentences` and the Vale blocks read sentences through this."""

from __future__ import annotations

import regex

from newslint.regex_store import compile_pattern

# Abbreviations after which a full stop does not end a sentence. Lower-cased, without the dot.
ABBREVIATIONS = frozenset(
    """mr mrs ms mx dr prof sr jr st mt ft gen lt col maj capt cmdr adm sgt cpl rep sen gov pres
    rev hon amb supt insp det jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed
    thu thur thurs fri sat sun no nos vol vols p pp ed eds fig figs approx est dept univ assn
    bros co corp inc ltd plc vs v etc e.g i.e a.m p.m cf al ca av ave blvd rd hwy sq
    govt asst dist intl natl addl secy hrs mins lbs yrs pts misc incl excl avg""".split()
)

# The postal abbreviations news style writes after a place name ("New Haven, Conn.", "Sudbury,
# Ont."): AP's state forms and Canadian Press's province forms. Several are words too ("Ill.",
# "Miss.", "Wash."), so they close an abbreviation only after "Place, ".
PLACE_ABBREVIATIONS = frozenset(
    """ala ariz ark calif colo conn del fla ga ill ind kan kans ky la md mass mich minn miss mo
    mont neb nev okla ore pa tenn tex vt va wash wis wyo alta man ont que sask nfld""".split()
)
_AFTER_PLACE = compile_pattern(r"\p{Lu}[\p{L}.'’-]*, $")
_LOWER_WORD_AFTER = compile_pattern(r"[ \t]+\p{Ll}")
# A title before a name in apposition: the aside opens right before it and the name it is set
# before (two or more capitalised words) is closed by a comma.
_ASIDE_OPENS_BEFORE = compile_pattern(r"(?:, |\()$")
_NAME_IN_APPOSITION = compile_pattern(r" \p{Lu}\p{Ll}+(?: \p{Lu}[\p{Ll}'’-]+){1,3},")

# A sentence's end begins where its run of marks begins: tried inside a run, the pattern read the
# rest of the run again at every mark, and a page-long run of dots took minutes (a start inside a
# run ends where the run's start does, so no end is lost).
_SENTENCE_END = compile_pattern(r"(?<![.!?…])[.!?…]+[\"”’')\]]*(?=\s+[\"“‘'(\[]*[\p{Lu}\p{N}])")
_TOKEN_BEFORE = compile_pattern(r"([\p{L}\p{N}.'’-]+)$")
# `_TOKEN_BEFORE`'s match, read backwards from the full stop: searching forwards for a `$` run
# tried each of the forty characters before it (a tenth of a second a megabyte).
_TOKEN_ENDING = compile_pattern(r"[\p{L}\p{N}.'’-]+", regex.REVERSE)


def _token_before(text: str, period_at: int) -> tuple[str, int] | None:
    """`_TOKEN_BEFORE`'s match in the forty characters before `period_at`: its group and start."""
    start = max(0, period_at - 40)
    if period_at and text[period_at - 1] == "\n":  # its `$` also stands before a last line end
        before = _TOKEN_BEFORE.search(text, start, period_at)
        return None if before is None else (before.group(1), before.start(1))
    ending = _TOKEN_ENDING.match(text, start, period_at)
    return None if ending is None else (ending.group(), ending.start())


def is_abbreviation(text: str, period_at: int) -> bool:
    """Whether the full stop at `period_at` closes an abbreviation or initial, not a sentence."""
    found = _token_before(text, period_at)
    if found is None:
        return False
    # A time glued to its figure ("10:30a.m.", "9p.m.", "11.15a.m.") is still "a.m.", "p.m.";
    # the last member of a hyphened pair is the one the stop closes ("China-U.S. ties").
    token = found[0].rstrip(".").lower().lstrip("0123456789:.").rpartition("-")[2]
    if token in ABBREVIATIONS:
        return True
    if token in PLACE_ABBREVIATIONS:
        # "Stamford, Conn. said": a state after its town, not the end of a sentence; "hit Fla.
        # and Ga. on Monday": a sentence goes on in lower case only after an abbreviation,
        # written with its capital ("did not miss. then" is a stray stop).
        at = found[1]
        return _AFTER_PLACE.search(text, max(0, at - 40), at) is not None or (
            found[0][0].isupper() and _LOWER_WORD_AFTER.match(text, period_at + 1) is not None
        )
    if token == "cent" and text[max(0, found[1] - 4) : found[1]].lower() == "per ":
        # "4 per cent. free of tax": print abbreviated per centum so until the mid-1900s; the
        # sentence goes on in lower case, while "rose 4 per cent. The bank" ends one
        return _LOWER_WORD_AFTER.match(text, period_at + 1) is not None
    if len(token) == 1 and token.isalpha():
        return True  # an initial: "Antony J. Blinken"
    if "." in token and all(len(part) <= 2 for part in token.split(".")):
        return True  # "U.S", "a.m"
    return _title_before_name(text, found[0], found[1], period_at)


def _title_before_name(text: str, token: str, at: int, period_at: int) -> bool:
    """Whether `token.` is a title set before a name in apposition ("The Minister of Works,
    Engr. David Umahi, has said"; "Pst. Emeka Okafor", "Arc. Ahmed Musa"): a short capitalised
    word that opens an aside after a comma or bracket and is followed by a name of two or more
    capitalised words closed by a comma. A sentence of one short word never stands there, so no
    list of a country's titles is needed. A name the dictionary knows is a place that ends a
    sentence ("born in Mosul, Iraq. Ali Hassan, his brother, said")."""
    if not (2 <= len(token) <= 5 and token.isalpha() and token.istitle()):
        return False
    if not _ASIDE_OPENS_BEFORE.search(text, max(0, at - 2), at):
        return False
    if _NAME_IN_APPOSITION.match(text, period_at + 1) is None:
        return False
    from newslint.cased_lexicon import english  # loaded only where the shape stands

    return not english().only_capitalised(token.lower())


def sentence_bounds(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The sentences of `text[start:end]` (one paragraph) as (start, end) offsets: each ends at
    a run of end marks (and the quotes or brackets closing it) before a capital or a figure,
    unless a lone full stop closes an abbreviation or an initial."""
    bounds: list[tuple[int, int]] = []
    sentence_start = start
    for match in _SENTENCE_END.finditer(text, start, end):
        period = match.start()
        if text[period] == "." and match.end() - period == 1 and is_abbreviation(text, period):
            continue
        bounds.append((sentence_start, match.end()))
        sentence_start = match.end()
        while sentence_start < end and text[sentence_start].isspace():
            sentence_start += 1
    if sentence_start < end:
        bounds.append((sentence_start, end))
    return bounds
