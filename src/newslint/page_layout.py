"""Where a block stands on a page of text: the article's paragraphs and its headline, a list the
story announces, lines sized like labels. The furniture check reads these facts about position;
they say nothing about what a line is by itself (`furniture_signals`).
"""

from __future__ import annotations

from newslint.furniture_signals import BYLINE, is_title_with_site
from newslint.lexicon import is_function_word
from newslint.regex_store import compile_pattern
from newslint.story_topic import topical_line
from newslint.textblocks import LENGTH_HIGH, Block

_DIGIT = compile_pattern(r"\d")
_LIST_ITEM = compile_pattern(r"([•·▪●◦*–-]) ")
_FIRST_ITEM = compile_pattern(r"1[.)] \p{L}")
# "Madrid, Spain", "Washington, DC": a dateline or venue line under a headline, not a label.
PLACE_LINE = compile_pattern(
    r"\p{Lu}[\p{L}.'’-]*(?: \p{Lu}[\p{L}.'’-]*){0,3}, \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*)?"
)
# A dateline, a judge's or a speaker's line set in capitals on a line of its own, with its place,
# role or date after a comma or closing on a colon ("ISLAMABAD:", "BAKU, Azerbaijan, Nov. 25",
# "PERALTA, J.:", "JANE DOE, Chairman"): the story's own line, not a label of the page.
# (possessive throughout: each part stops on a mark its class lacks, so a long line fails in one
# pass; a date is tried before a name, which would take its month)
CAPITALS_NAME_LINE = compile_pattern(
    r"\p{Lu}{3}[\p{Lu} .'’-]*+"
    r"(?:(?:, ?(?:\p{L}{3,}\.? \d{1,2}|\p{Lu}[\p{L}.]*+(?: [\p{L}.]++)*+))++:?|:)"
)
SENTENCE_WORDS = 8
HEADING_WORDS = 6  # the longest second heading between a heading and its paragraph
TITLE_WORDS = 3  # the fewest words of a title told by the words it shares with its story
SENTENCE_ENDS = (".", "!", "?", '"', "”", "’")


# Words that cannot end a phrase: a line ending on one runs on into the next (a headline or a
# title wrapped over several lines), which a menu item never does. Particles ("Log in", "Sign
# up") are left out.
_RUNS_ON = frozenset("a an the of to and or but nor with for from by at as into than".split())


def runs_on(block: Block) -> bool:
    """A line ending on a word that cannot end a phrase ("… Known to")."""
    words = block.text.split()
    return bool(words) and words[-1].casefold() in _RUNS_ON


# Words that cannot open a phrase of its own: a line opening on one, right under another line,
# goes on with it ("PRISON RECORDS" / "OF OLDEN TIMES"), as no menu item under another does.
_JOINS_ON = frozenset("of and or nor than".split())


def wraps_on(items: list[Block], index: int) -> bool:
    """A line that goes on in the line right under it (no blank line between): it ends on a word
    that cannot end a phrase, or the next line opens on a word that cannot open one. A headline
    or a title set in several lines, not a label."""
    if index + 1 >= len(items) or items[index + 1].blank_before or items[index].ends_sentence:
        return False
    words = items[index + 1].text.split()
    return runs_on(items[index]) or (bool(words) and words[0].casefold() in _JOINS_ON)


def opens_story(block: Block) -> bool:
    """The article's first paragraph: a long block jusText keeps, or on a page too short for its
    classes, a sentence of several words."""
    return is_article(block) or is_sentence(block)


def titles(block: Block, reason: str | None) -> bool:
    """A line that can title the page: no evidence against it, or only a site name after a
    separator ("Lula reaffirms commitment | News")."""
    return reason is None or is_title_with_site(block.text)


def find_headline(items: list[Block], reasons: list[str | None]) -> int | None:
    """The page's headline: the nearest line of four words or more above the first sentence of
    prose that is not a sentence itself and carries no furniture evidence. A headline under a
    breadcrumb and above a date has every mark of furniture but one: the page is about it."""
    first = next((i for i, b in enumerate(items) if is_article(b) or is_sentence(b)), None)
    if first is not None:
        # the line naming what the story names, whatever its length or the lines between
        topical = _topical_above(items, reasons, first, -1)
        if topical is None:
            # a sentence above the story may be the page's own note ("The search covers articles
            # after 2010."): the headline is then the line below it naming the story
            topical = _topical_above(items, reasons, _story_after(items, first), first)
        if topical is not None:
            return over_byline(reasons, topical)
    for i in range(first - 1 if first is not None else -1, -1, -1):
        block = items[i]
        if reasons[i] is None and block.words >= 4 and not block.ends_sentence:
            if PLACE_LINE.fullmatch(block.text):  # "New York, New York": the venue under it
                continue
            return over_byline(reasons, i)
    return None


def _story_after(items: list[Block], first: int) -> int:
    """Where the story opens if the sentence at `first` is not its start: its first long
    paragraph, or in a story told in short paragraphs, the next sentence."""
    article = next((i for i, b in enumerate(items) if is_article(b)), None)
    if article is not None:
        return article
    return next((i for i in range(first + 1, len(items)) if is_sentence(items[i])), first)


def _topical_above(
    items: list[Block], reasons: list[str | None], opening: int, stop: int
) -> int | None:
    """The line between `stop` and the story's `opening` (exclusive) that names what the story
    names (`topical_line`)."""
    candidates = (i for i in range(opening - 1, stop, -1) if _may_title(items[i], reasons[i]))
    prose = (b for b in items[opening:] if is_article(b) or is_sentence(b))
    return topical_line(items, candidates, prose)


def topical_title(items: list[Block], reasons: list[str | None]) -> int | None:
    """The line above the story's first long paragraph that names what the story names
    (`topical_line`), a question too ("What's a senior official?" over a story about senior
    officials): the page's title, whatever its shape. A prompt to the reader is a question
    about no story ("Can't find what you're looking for?")."""
    first = next((i for i, b in enumerate(items) if is_article(b)), None)
    if first is None:
        # a story told in short paragraphs (wire and machine-translated copy): its first sentence
        first = next((i for i, b in enumerate(items) if is_sentence(b)), None)
    if first is None:
        return None
    candidates = (
        i
        for i in range(first - 1, -1, -1)
        if reasons[i] is None and items[i].lines == 1 and items[i].words >= TITLE_WORDS
    )
    prose = (b for b in items[first:] if is_article(b) or is_sentence(b))
    return topical_line(items, candidates, prose)


def over_byline(reasons: list[str | None], headline: int | None) -> int | None:
    """A byline stands under the story's headline: a line found for the headline below the
    page's first byline is the story's note or first paragraph, and the line over the byline is
    the headline, however short ("President's speech" / "By Staff" / "Editor's Note: …"), when
    nothing marks it as furniture."""
    if headline is None:
        return None
    byline = next((i for i in range(headline) if reasons[i] == BYLINE), None)
    if byline is None or byline == 0 or reasons[byline - 1] is not None:
        return headline
    return byline - 1


def _may_title(block: Block, reason: str | None) -> bool:
    """A line that may be the headline: two words or more, no evidence against it, no sentence
    (a question there speaks to the reader: "Can't find what you're looking for?"), no venue."""
    return (
        reason is None
        and block.words >= 2
        and not block.ends_sentence
        and not PLACE_LINE.fullmatch(block.text)
    )


def is_introduced(items: list[Block], first: int) -> bool:
    """A run after prose that announces it ("It will improve:", "featured in") is the article's
    own list, not a menu."""
    if first == 0:
        return False
    intro = items[first - 1]
    announces = intro.text.endswith(":") or not intro.ends_sentence
    # A colon announces even in a few words ("It will improve:"); a bare label ("Tags:") does not.
    min_words = 3 if intro.text.endswith(":") else 4
    return (
        announces
        and intro.words >= min_words
        and intro.stop_density > 0.25
        and not _DIGIT.search(intro.text)
    )


def announces(items: list[Block], intro: int, opening: int) -> bool:
    """A line with no colon announces a list only inside the story: above its first sentence of
    prose (`opening`, the page's `first_opening`), an unended line over a run of short lines is
    one more menu item ("Become a member")."""
    return items[intro].text.endswith(":") or opening < intro


def first_opening(items: list[Block]) -> int:
    """Where the story opens (its first block that `opens_story`), len(items) if nowhere: found
    once per page, since looking back from each run of short lines made a page of them
    quadratic."""
    return next((i for i, block in enumerate(items) if opens_story(block)), len(items))


def heads_paragraph(items: list[Block], index: int, blank_parted: bool) -> bool:
    """A short line set apart above an article paragraph: a subheading or a name heading a
    profile, whatever is printed above it, or above a second heading over the paragraph ("Why
    tips matter" / "What is a tip?"). On a page that parts no paragraphs by blank lines
    (`blank_parted` false: `parts_by_blank_lines`, read once per page, as this is asked of
    every line the shape model doubts), every line break sets a line apart."""
    block = items[index]
    if not all(any(c.isalpha() for c in word) for word in block.text.split()):
        return False  # words only: a dash, a rule or a "|" between items heads nothing
    if blank_parted and not block.blank_before:
        return False
    after = items[index + 1 : index + 3]
    if len(after) == 2 and label_sized(after[0], HEADING_WORDS) and not after[0].blank_before:
        after = after[1:]
    return bool(after) and is_article(after[0])


def parts_by_blank_lines(items: list[Block]) -> bool:
    """Whether the page parts any of its blocks by a blank line."""
    return any(block.blank_before for block in items)


def continues_list(items: list[Block], index: int) -> bool:
    """A line marked as a list item, like one of the three lines above it ("- Ash County – …" /
    "- Birch County"): the list goes on, whatever ends the page under it."""
    mark = _LIST_ITEM.match(items[index].text)
    if mark is None:
        return False
    return any(b.text.startswith(mark.group(1) + " ") for b in items[max(0, index - 3) : index])


def heads_numbered_list(items: list[Block], index: int) -> bool:
    """A line right above a list's first numbered item ("Types of Tips" / "1. Practical Tips"):
    the heading of an article's section; a site numbers no prompt or link under its story."""
    after = items[index + 1] if index + 1 < len(items) else None
    return (
        after is not None and not after.blank_before and _FIRST_ITEM.match(after.text) is not None
    )


def introduced_list(items: list[Block], index: int, max_words: int, opening: int) -> bool:
    """An item of a list (short lines one after another) under a line announcing it: a line
    ending in a colon or on a function word ("The board named three new members:", "It has been
    featured in"), or inside the story (below `opening`, the page's `first_opening`) any clause
    `is_introduced` accepts ("The ministry named the crops it will fund": `states`). Above the story, a
    headline or a caption over a byline or a player's buttons announces nothing. The announcing
    line itself may be short: the walk up the list stops at it."""
    first = index
    while first > 0 and not items[first].blank_before and items[first - 1].words <= max_words:
        if _announces_list(items[first - 1]):
            break
        first -= 1
    if first == 0 or not is_introduced(items, first):
        return False
    intro = items[first - 1]
    return _announces_list(intro) or (opening < first - 1 and states(intro.text))


# The tags of a finite verb or a modal: a line with one is a clause ("The ministry named the
# crops it will fund"); a caption, a credit, a subheading or a button has none.
_FINITE = frozenset({"VBD", "VBZ", "VBP", "MD"})


def states(text: str, verbs: frozenset[str] = _FINITE) -> bool:
    """Whether a line is a clause: the tagger finds a finite verb (one of `verbs`) in it. Inside
    the story an unended clause announces the story's own list; an unended line with no verb is
    a picture's caption ("A view of Parliament House. (File photo: …)"), a credit ("Photos By:
    …"), a subheading or an order of the interface ("Download as PDF"), and the short lines
    under it are the page's ("Listen", "2 min"). Without the tagger every line is taken for a
    clause, as before it was asked."""
    from newslint.checks.tagging import part_of_speech_tagger
    from newslint.errors import BackendUnavailable
    from newslint.vale.tagger import treebank_words

    try:
        tagger = part_of_speech_tagger()
    except BackendUnavailable:
        return True
    return any(tag in verbs for _, tag in tagger.tag(treebank_words(" ".join(text.split()))))


def _announces_list(block: Block) -> bool:
    """A line that says a list follows, wherever it stands: it ends in a colon or runs on."""
    words = block.text.split()
    return block.text.endswith(":") or (bool(words) and is_function_word(words[-1].casefold()))


def inside_article(items: list[Block], first: int, last: int) -> bool:
    """After a long article paragraph, short lines set apart by blank lines are the article's own
    headings or list; a menu or form printed there comes line after line."""
    before = items[max(0, first - 2) : first]
    if not any(is_article(b) for b in before):
        return False
    return any(items[i].blank_before for i in range(first + 1, last + 1))


def label_sized(block: Block, max_words: int) -> bool:
    """A line of a few words that is not a sentence, a list intro or a figure."""
    text = block.text
    if block.lines > 1 or not 0 < block.words <= max_words or _DIGIT.search(text):
        return False
    return "," not in text and not text.rstrip(")]\"”’'").endswith((".", ":", ";"))


def is_aside(block: Block) -> bool:
    """A line of words in brackets or after a dash: the story's credit or editor's aside ("(With
    inputs from agencies)", "-- With inputs from PTI"); a prompt or link is not set off so, a
    template tag is a word or two. (A single hyphen opens a list item, a menu's as often.)"""
    text = block.text
    bracketed = text.startswith("(") and text.endswith(")")
    return (bracketed or text.startswith(_ASIDE_DASHES)) and block.words > 2


_ASIDE_DASHES = ("--", "—", "–")


def is_article(block: Block) -> bool:
    return block.cls == "good" and len(block.text) > LENGTH_HIGH


def is_sentence(block: Block) -> bool:
    """A block that reads as a sentence of prose: several words, ended as sentences end."""
    return block.words >= SENTENCE_WORDS and block.text.rstrip().endswith(SENTENCE_ENDS)


def case_style(text: str) -> str:
    """How a short line is cased: one word, capitals, title case, or sentence case ("Money
    moves"). An article sets all its subheadings one way; a site's labels follow its own style."""
    words = [w for w in text.split() if w[:1].isalpha()]
    if len(words) <= 1:
        return "one word"
    if text.isupper():
        return "capitals"
    content = [w for w in words[1:] if not is_function_word(w.casefold())] or words[1:]
    return "title" if all(w[:1].isupper() for w in content) else "sentence"


def subheading_styles(items: list[Block], max_words: int) -> dict[str, set[int]]:
    """The case styles of the article's own subheadings (short lines set apart by a blank line,
    each heading a sentence of prose), with the lines that show each."""
    styles: dict[str, set[int]] = {}
    for index, block in enumerate(items[:-1]):
        after = items[index + 1]
        heads = after.words >= SENTENCE_WORDS and after.text.rstrip().endswith(SENTENCE_ENDS)
        if block.blank_before and label_sized(block, max_words) and heads:
            styles.setdefault(case_style(block.text), set()).add(index)
    return styles


def styled_as_subheading(items: list[Block], index: int, styles: dict[str, set[int]]) -> bool:
    """A short line set apart and cased as another of the article's subheadings is one more
    (the last one of a cut page heads nothing; the first one may sit right under the headline).
    A copy of the line is no other subheading: a caption printed twice is one label."""
    style = case_style(items[index].text)
    if not items[index].blank_before:
        return False
    if style == "one word":  # a word alone is every label's shape, unless it heads prose itself
        return one_word_section(index, styles)
    words = items[index].text.split()
    if len(words) == 2 and style == "title":  # "Xi Jinping": a caption's name, not a section
        return False
    text = items[index].text.casefold()
    return any(
        items[i].text.casefold() != text and items[i].text[:1].isalpha()
        for i in styles.get(style, ())
    )


MIN_OTHER_SECTIONS = 2  # one-word subheadings besides this one that each head a sentence


def one_word_section(index: int, styles: dict[str, set[int]]) -> bool:
    """A word alone, set apart over a sentence of prose, on a page where two other such words
    head their sentences ("Characters", "Story", "Fun" in a review): one of the article's
    sections. A label or a button heads no sentence, and one such line may be chance."""
    words = styles.get("one word", set())
    return index in words and len(words - {index}) >= MIN_OTHER_SECTIONS
