"""A picture's caption that is only the name of who is in it ("President Muhammadu Buhari",
"Governor Jane Doe"), left by the scraper on a line of its own beside the story's paragraphs.
Only a name after an office counts: a bare name heads a list's item as often.

A subheading names a topic whose words the prose uses as common words ("Foreign policy"); a
caption names a person the prose around it names again, in capitals, inside its sentences. A
profile's or a list's name heading opens the paragraph under it on the same name ("Jane Doe, 45,
is …") and comes in a series: neither is read as a caption.
"""

from __future__ import annotations

from newslint.page_layout import is_article, is_sentence
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block

NAME_CAPTION = "a picture's caption (the name of who is in it, on a line of its own)"
MAX_WORDS = 6
# The caption gives the person's office first ("President …", "Governor …", "Former Prime
# Minister …"): English's closed class of offices a title names. A bare name heads a list's item
# ("Jane Doe" over "Former captain Jane Doe is …") as often as it captions a picture.
OFFICES = frozenset(
    """president vice governor minister premier chancellor senator chairman chairwoman chair
    chief secretary mayor king queen prince princess pope judge justice general commissioner
    ambassador speaker deputy former late coach captain director spokesman spokeswoman""".split()
)
# Capitalised words, a lower-case joining word between them ("Governor of Lagos State Jane Doe").
_NAME_LINE = compile_pattern(
    r"\p{Lu}[\p{L}'’.-]*(?: (?:of|the|and|de|da|al|bin|van|von) )?"
    r"(?: \p{Lu}[\p{L}'’.-]*(?: (?:of|the|and|de|da|al|bin|van|von))?)+"
)
# A capitalised word inside a sentence: after a letter, comma or figure and a space, not after a
# sentence's end.
_INNER_CAPITAL = compile_pattern(r"(?<=[\p{Ll}\d,;] )\p{Lu}[\p{L}'’-]+")


def _prose(block: Block) -> bool:
    return is_article(block) or is_sentence(block)


def _named_inside(name: str, block: Block) -> bool:
    return name in {m.group() for m in _INNER_CAPITAL.finditer(block.text)}


def name_captions(items: list[Block], reasons: list[str | None], headline: int | None) -> set[int]:
    """Lines that are a lone person's name (with a title) beside prose that names the person
    again: at most one per page, so that a series of name headings is left alone."""
    found: set[int] = set()
    for index, block in enumerate(items):
        if reasons[index] is not None or index == headline or block.lines > 1:
            continue
        if not 2 <= block.words <= MAX_WORDS or not _NAME_LINE.fullmatch(block.text):
            continue
        after = items[index + 1] if index + 1 < len(items) else None
        before = items[index - 1] if index > 0 else None
        if after is None or not _prose(after) or (before is not None and not _prose(before)):
            continue
        if block.text.split()[0].casefold() not in OFFICES:
            continue  # a bare name: a list's or a profile's heading as often as a caption
        surname = block.text.split()[-1]
        if after.text.startswith((block.text.split()[0], surname)):
            continue  # a profile's heading: the paragraph under it opens on the name
        if _named_inside(surname, after) or (before is not None and _named_inside(surname, before)):
            found.add(index)
    return found if len(found) == 1 else set()
