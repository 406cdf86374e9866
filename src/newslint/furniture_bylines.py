"""A byline printed without its "By": the writer's name on a line of its own between the page's
title and the story's first paragraph ("Jane Roe", "Jane Roe, Sports Editor", "• Jane Roe"),
sometimes with the writer's role on the next line ("Staff Writer").

A writer's name is two or three capitalised words: the first a name the dictionary lists or a
rare word ("Jane", "Rukmini"; "Foreign Affairs", "Offline Access" open on words), the others no
common word the dictionary lists as no name ("Green Shipping Corridors" is a title), and none a
word a page's apparatus uses (the learned `page_tokens`: "Alt Text", "Untitled Article", "Daily
News Summary"). The story names its subject, not its writer: a name its first paragraph repeats
is whom the story is about, a profile's heading or a caption. Only the line right above the
page's first paragraph, or right under its headline and over a paragraph, counts: a list of
names, each over its entry, is left alone.
"""

from __future__ import annotations

from collections.abc import Mapping

from newslint.cased_lexicon import english
from newslint.lexicon import zipf
from newslint.page_layout import is_article, is_sentence
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block

NAME_BYLINE = "a byline (the writer's name, and role, over the story)"
# A bullet may lead it; a colon may close it (a column's "Jane Roe:" over her text); a role of
# up to three capitalised words may follow a comma, its last word a person's by its ending
# ("Jane Roe, Satire Editor", "…, Staff Reporter", "…, Columnist"). A place's name ends no such
# way: "San Jose, Costa Rica" is a venue line.
_AGENT = r"\p{Lu}\p{Ll}+(?:er|or|ist|ent|ant|ian)"
_NAME_LINE = compile_pattern(
    r"(?:[•·]\s)?(?P<name>\p{Lu}\p{Ll}[\p{Ll}'’-]*(?: \p{Lu}\.)?(?: \p{Lu}\p{Ll}[\p{Ll}'’-]*){1,2})"
    rf"(?::|, (?P<role>(?:\p{{Lu}}\p{{Ll}}+ ){{0,2}}{_AGENT}))?"
)
# A role on a line of its own under a bare name ("Staff Writer", "Contributing Editor").
_ROLE_LINE = compile_pattern(rf"(?:\p{{Lu}}\p{{Ll}}+ ){{0,2}}{_AGENT}")
# A given name English does not write as a word: listed only with a capital, or rare (a name
# from another language the dictionary lacks).
RARE_WORD_ZIPF = 3.0
COMMON_WORD_ZIPF = 4.0
MAX_WORDS = 6
ROLE_WORDS = 3


def _prose(block: Block) -> bool:
    return is_article(block) or is_sentence(block)


def _given_name(word: str) -> bool:
    lexicon, lower = english(), word.lower()
    if lower in lexicon.proper_entries:
        return True
    return lower not in lexicon.lower_entries and zipf(lower) < RARE_WORD_ZIPF


def _common_word(word: str) -> bool:
    """A word English writes often in small letters that the dictionary lists as no name
    ("Shipping", "Corridors"): a title's word, not a surname ("Fisher", "Stone" are listed)."""
    lexicon, lower = english(), word.lower()
    if lower in lexicon.proper_entries:
        return False
    return zipf(lower) >= COMMON_WORD_ZIPF


def _writer_name(block: Block, tokens: Mapping[str, float]) -> bool:
    if block.lines > 1 or block.words > MAX_WORDS:
        return False
    match = _NAME_LINE.fullmatch(block.text.strip())
    if match is None:
        return False
    words = match.group("name").split()
    if not _given_name(words[0]) or any(_common_word(w) for w in words[1:]):
        return False
    return all(tokens.get(w.casefold(), 0.0) <= 0.0 for w in match.group().split())


def _role_line(block: Block) -> bool:
    return block.words <= ROLE_WORDS and _ROLE_LINE.fullmatch(block.text.strip()) is not None


def name_bylines(
    items: list[Block], reasons: list[str | None], tokens: Mapping[str, float], headline: int | None
) -> set[int]:
    """The writer's name line (and a role line under it) right above the story's first
    paragraph, or right under the page's `headline` and over a paragraph; `tokens` are the
    learned page tokens."""
    first = next((i for i, b in enumerate(items) if _prose(b)), None)
    if first is None:
        return set()
    found: set[int] = set()
    if first > 0:
        found |= _byline_over(items, reasons, tokens, first)
    if headline is not None and headline + 2 < len(items):
        for story in (headline + 2, headline + 3):
            if story < len(items) and _prose(items[story]) and not found:
                found |= _byline_over(items, reasons, tokens, story)
    return found


def _byline_over(
    items: list[Block], reasons: list[str | None], tokens: Mapping[str, float], first: int
) -> set[int]:
    """The byline over the paragraph at `first`: a name line, or a name line and a role line."""
    name, role = first - 1, None
    if not _writer_name(items[name], tokens) and name > 0 and _role_line(items[name]):
        name, role = name - 1, name
    block = items[name]
    if reasons[name] is not None or not _writer_name(block, tokens):
        return set()
    if role is not None and "," in block.text:
        return set()  # a role under a name with its role: the lines are something else
    if name > 0 and _prose(items[name - 1]):
        return set()
    surname = block.text.strip().rstrip(":").split(",")[0].split()[-1]
    if surname.casefold() in items[first].text.casefold():
        # the story is about this person (a caption, a profile's heading), or the line is the
        # place its dateline names in capitals ("Hong Kong" over "HONG KONG (AP) — …")
        return set()
    found = {name}
    if role is not None and reasons[role] is None:
        found.add(role)
    return found
