"""The page's judgement behind `furniture-block` (`checks/furniture_block.py`): why each block of
a page is furniture, from its own shape (its evidence, the shape model's score), then its place
among the others (a menu's run, a panel, a listing, the page's edges), less what the story owns
(an attribution, an announced list, a letter's close, a listing's titles).

The lines read by their shape or their place alone (the shape model's, a listing's items between
furniture lines) are judged in `furniture_shaped`.

A `PageJudge` holds the rule's options and what it remembers of blocks it has judged; the check
reports what it returns, and the glued-block pass (`furniture_glued`) asks it again of a page with
a glued block's lines in its place.
"""

from __future__ import annotations

from operator import attrgetter

from newslint.furniture_bylines import NAME_BYLINE, name_bylines
from newslint.furniture_credits import CAPTION
from newslint.furniture_edges import (
    ABOVE,
    BELOW,
    TAIL_WORDS,
    UNDER,
    host_lines,
    label_under_headline,
    page_edges,
)
from newslint.furniture_fields import credit_panels, field_panels, field_runs
from newslint.furniture_front_matter import front_matter
from newslint.furniture_in_story import own_lines, wrap_fragments
from newslint.furniture_itemized import itemized_listing
from newslint.furniture_letters import letter_close
from newslint.furniture_listing import (
    LINKED,
    RECURRING,
    SOURCE_STAMP,
    content_list_items,
    ends_a_listing,
    linked_titles,
    recurring_items,
    source_stamps,
)
from newslint.furniture_menus import RUN, MenuRuns
from newslint.furniture_model import Page, Read, read_features
from newslint.furniture_name_captions import NAME_CAPTION, name_captions
from newslint.furniture_notes import (
    READER_NOTE,
    SELF_NOTE,
    addressed_to_the_reader,
    notes_about_the_page,
)
from newslint.furniture_related import LISTED, listed_titles
from newslint.furniture_scene_captions import SCENE_CAPTION, scene_captions
from newslint.furniture_scores import DenseGate, token_room
from newslint.furniture_shaped import BETWEEN, SHAPED, mark_shaped, sandwiched
from newslint.furniture_signals import (
    BARE_ADDRESS,
    FIELD,
    LINK_BAR,
    STAMP,
    TITLE_WITH_SITE,
    WIRE_SLUG,
    line_evidence,
)
from newslint.furniture_smoothing import SMOOTHED, smooth_lone_lines
from newslint.furniture_stamps import is_bare_date, is_bare_weekday
from newslint.furniture_story import (
    Speakers,
    attributes_a_quotation,
    entry_headings,
    names_its_speaker,
    outline_lines,
)
from newslint.furniture_twins import TWIN, furniture_twins
from newslint.lexicon import MEMO_LIMIT
from newslint.listing import opening_listing
from newslint.page_layout import (
    find_headline,
    first_opening,
    is_article,
    is_sentence,
    opens_story,
    subheading_styles,
    topical_title,
)
from newslint.page_reading import PageLooks, page_own
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.textblocks import Block
from newslint.transcript import speaker_labels

PANEL = "part of a metadata panel (field labels and their values)"
EDGE_DATE = "a date line at the edge of the page"
BESIDE_DATE = "a date line under the page's furniture (a byline, a label, a menu)"
_BY_SHAPE = frozenset({SHAPED, RUN, BETWEEN})  # reasons from a line's look or place, no evidence
# In a legal document's front matter its own dates ("Date: 03/03/2017", "Hearing date : 16/12/2016")
# and a judge's bracketed capacity ("(SITTING AS A JUDGE OF THE COURT OF APPEAL)") read as a stamp
# and a wire slug; the caption vouches for them as the document's, like the lines read by shape
# and a line smoothed between them (the judge's name between "Before :" and the capacity).
_FRONT_MATTER_OWN = _BY_SHAPE | {STAMP, WIRE_SLUG, SMOOTHED}
# Reasons from a line's look, its place or its label-and-value form: a content list's item has
# them all. A stamp, credit or file name in the line is evidence of its own and stays.
_LIST_LOOKS = _BY_SHAPE | {PANEL, BELOW, CAPTION, LINK_BAR, TITLE_WITH_SITE, SMOOTHED, FIELD}
# What a listing's title may look like to the shape model, the title-with-site test and the
# labels around the headline; a stamp, credit or file name in it is evidence of its own.
_TITLE_LOOKS = frozenset({SHAPED, TITLE_WITH_SITE, ABOVE, UNDER, LISTED})
# Reasons from a line's look or its place alone. A line that stops on an article ("At the
# beginning of the") is a sentence cut by a page break, a column or the excerpt: an interface's
# labels and orders end on what they name ("Follow us on", "Written by" end on a preposition).
_PLACE_LOOKS = _BY_SHAPE | {ABOVE, UNDER, BELOW, SMOOTHED}
# A section title's and a table cell's looks in the page's middle (`page_reading`): a stamp,
# credit, caption or bullet (`LINKED`, as labelled tag pages mark theirs) is evidence of its
# own, and the page's edges (above its first title, below its story) keep their own rules.
_PAGE_LOOKS = PageLooks(
    sections=_BY_SHAPE | {SMOOTHED, LISTED, TITLE_WITH_SITE},
    cells=_BY_SHAPE | {SMOOTHED, PANEL},
    story_ends=frozenset({SELF_NOTE, READER_NOTE}),
)
# A prompt below the story ("Check this too") heads a list of titles like a learned label does.
_PROMPTS = frozenset({BELOW})
_CUT_AT_ARTICLE = compile_pattern(r"(?<!\S)(?:the|an?)$")


# A block as its own judgement sees it: everything but where it stands in the text.
# Read in one C call (a Python step per field was a fifth of the check's time on a page).
_JUDGED = attrgetter(*(name for name in Block.FIELDS if name not in ("start", "end")))


class PageJudge:
    """Why each block of a page is furniture (`reasons`), by the rule's options: `min_run`,
    `max_words`, the shape model (`weights`, `threshold`, `dense`, `page_words`, `page_tokens`)
    and `lone_words`."""

    def __init__(self, rule: Rule):
        self.min_run = int(rule.option("min_run"))
        self.max_words = int(rule.option("max_words"))
        self.menus = MenuRuns(self.min_run, self.max_words)
        self.weights = {str(k): float(v) for k, v in dict(rule.option("weights")).items()}
        self.threshold = float(rule.option("threshold"))
        self.lone_words = int(rule.option("lone_words"))
        self.dense = DenseGate.of(dict(rule.option("dense")))
        self.page_words = frozenset(str(w).casefold() for w in rule.option("page_words"))
        self.tokens = {str(k): float(v) for k, v in dict(rule.option("page_tokens")).items()}
        self.token_room = token_room(self.weights, self.tokens)
        # What a block shows by itself depends only on its text and class: judged once per
        # linter, so a keystroke's re-lint judges only the block it changed.
        self._judged: dict[tuple[object, ...], tuple[str | None, bool]] = {}
        self._read: dict[tuple[object, ...], Read] = {}

    def own(self, block: Block) -> str | None:
        """The block's evidence of its own (`line_evidence`), whatever the page around it."""
        return self.judge(block)[0]

    def reasons(self, items: list[Block]) -> list[str | None]:
        """Why each block is furniture: its own shape, then its place among the others."""
        judged = [self.judge(b) for b in items]  # each block's, asked twice below
        raw = evidence = [found for found, _ in judged]
        attributions = {i for i in range(len(items)) if attributes_a_quotation(items, i)}
        # a transcript's "[Name / Role]" above each turn is the story's, like an attribution
        attributions |= speaker_labels([b.text for b in items])
        speakers = Speakers(items)
        # a live commentary's entry headings, each over its prose, are the story's like them
        entries = entry_headings(items, evidence)
        attributions |= entries
        evidence = [
            None if names_its_speaker(items, i, found, speakers) or i in attributions else found
            for i, found in enumerate(evidence)
        ]
        if len(items) > 1 and evidence[0] == FIELD and judged[1][1]:
            # "Transcript: Post-Cabinet media briefing" over a bare date: the page's title and its
            # dateline (the house convention), not a field of a panel
            evidence[0] = None
        reasons: list[str | None] = list(evidence)
        own = own_lines(items, evidence)
        outline = outline_lines(items) | own  # no menu item, no shape's guess
        opening = first_opening(items)  # found once: each run of short lines asks for it
        under_first = len(items) > 1 and raw[1] is not None  # a byline under the page's title
        title = topical_title(items, evidence)
        for index in self.menus.members(items, outline, opening, under_first, title):
            reasons[index] = reasons[index] or RUN
        for index in field_panels(items) | field_runs(items, evidence):
            reasons[index] = reasons[index] or PANEL
        for index in recurring_items(items):
            reasons[index] = reasons[index] or RECURRING
        for index in source_stamps(items):
            reasons[index] = reasons[index] or SOURCE_STAMP
        for index in linked_titles(items):
            reasons[index] = reasons[index] or LINKED
        for index in range(len(items)):
            if reasons[index] is None and judged[index][1]:
                reasons[index] = _date_line_reason(items, index)
        for index in host_lines(items, reasons):  # "CINXE.COM" over "Headline - Site"
            reasons[index] = BARE_ADDRESS
        headline = find_headline(items, reasons)
        last_prose = max((i for i, b in enumerate(items) if opens_story(b)), default=len(items))
        for index in range(1, len(items) - 1):
            if index == headline:
                continue
            if reasons[index] is None and sandwiched(items, reasons, index, last_prose):
                reasons[index] = BETWEEN
        if ends_a_listing(items, reasons, BETWEEN):
            reasons[-1] = BETWEEN
        styles = subheading_styles(items, TAIL_WORDS)
        page_edges(items, reasons, styles, self.min_run)
        notes_about_the_page(items, reasons, headline)
        addressed_to_the_reader(items, reasons, headline)
        label_under_headline(items, reasons, styles)
        for index in name_captions(items, reasons, headline):
            reasons[index] = NAME_CAPTION
        for index in name_bylines(items, reasons, self.tokens, headline):
            reasons[index] = NAME_BYLINE
        for index in scene_captions(items, reasons, headline):
            reasons[index] = SCENE_CAPTION
        own = outline | {i - 1 for i in entries}
        self._shaped(items, reasons, evidence, own, styles, opening)
        smooth_lone_lines(items, reasons, self.lone_words, (SHAPED, RUN))
        for index in _dates_beside_furniture(items, reasons, [bare for _, bare in judged]):
            reasons[index] = BESIDE_DATE
        for index in listed_titles(items, reasons, self.tokens, _PROMPTS):  # "Related News"
            reasons[index] = LISTED
        for index in furniture_twins(items, reasons, headline):  # alt text beside its caption
            reasons[index] = TWIN
        for index in front_matter(items):  # a judgment's caption, judges, counsel and dates
            if reasons[index] in _FRONT_MATTER_OWN:
                reasons[index] = None
        for index in attributions:  # the quotation's, whatever its neighbours look like
            reasons[index] = None
        # a sentence's words set in lines, an announced list, a transcript's stage directions, a
        # review's stars or credits: the story's own, though the page's furniture around them
        # counts them
        for index in wrap_fragments(items, evidence) | own | credit_panels(items):
            reasons[index] = None
        # the items of a list the page prints (an event calendar, an awards list, a market
        # table): their look and place read like a menu's, but no stamp or credit is in them
        if any(reason in _TITLE_LOOKS for reason in reasons):
            # a listing's titles, each over its teaser, on a page that opens as a listing (a
            # section's front, a tag archive): the page's own, though shaped like headlines of
            # other stories ("Why the minister stayed away — Okafor", a speaker after a dash)
            titles = opening_listing(items)
            quoted = _speakers_after_dashes(items, titles, reasons)
            for index in titles:
                if reasons[index] == TITLE_WITH_SITE and not quoted:
                    continue  # one site's name after its titles' dashes: the page's title line
                if reasons[index] in _TITLE_LOOKS:
                    reasons[index] = None
        # a listing's titles among the stamps and source lines of its items, each over its
        # teaser: the page's own, like the teasers, though they stand between furniture lines
        for index in itemized_listing(items, reasons, _TITLE_LOOKS | _PLACE_LOOKS):
            reasons[index] = None
        for index, reason in enumerate(reasons):
            if reason in _PLACE_LOOKS and _CUT_AT_ARTICLE.search(items[index].text):
                reasons[index] = None  # "At the beginning of the": a sentence a page break cut
        if any(reason in _LIST_LOOKS for reason in reasons):
            # and a letter's close, its valediction and signature (a name, a title, a body)
            for index in content_list_items(items) | letter_close(items):
                if reasons[index] in _LIST_LOOKS:
                    reasons[index] = None
        # a page of sections (a listing of headlines over teasers, a page of wire stories) and a
        # table of people flattened into lines: their titles and cells are the page's own text
        for index in page_own(items, reasons, _PAGE_LOOKS, TITLE_WITH_SITE):
            reasons[index] = None
        return reasons

    def judge(self, block: Block) -> tuple[str | None, bool]:
        """The block's `line_evidence` and whether it is only a date."""
        key = _JUDGED(block)
        judged = self._judged.get(key)
        if judged is None:
            if len(self._judged) > MEMO_LIMIT:
                self._judged.clear()
            evidence = line_evidence(block)
            judged = self._judged[key] = (evidence, is_bare_date(block.text))
        return judged

    def _read_features(self, block: Block) -> Read:
        """The block's read features (`read_features`), judged once per linter like its evidence."""
        key = _JUDGED(block)
        read = self._read.get(key)
        if read is None:
            if len(self._read) > MEMO_LIMIT:
                self._read.clear()
            read = self._read[key] = read_features(block, self.page_words, self.tokens)
        return read

    def _shaped(
        self,
        items: list[Block],
        reasons: list[str | None],
        evidence: list[str | None],
        outline: set[int],
        styles: dict[str, set[int]],
        opening: int,
    ) -> None:
        """Blocks the shape model scores as furniture, except an article's own announced list.
        Furniture is what surrounds an article: with no sentence of prose in view (a one-line
        file, a headline being typed) no block is judged by its shape alone."""
        if not self.weights or not any(is_article(b) or is_sentence(b) for b in items):
            return
        page = Page(items, [found is not None for found in evidence])
        shaped = self.dense.shaped(
            page, reasons, self.weights, self.threshold, self._read_features, self.token_room
        )
        if not shaped:
            return  # most pages: what excuses a shaped line is never asked
        mark_shaped(
            items,
            reasons,
            shaped,
            outline,
            styles,
            opening,
            min_run=self.min_run,
            max_words=self.max_words,
            bare_date=lambda block: self.judge(block)[1],
        )


def _speakers_after_dashes(items: list[Block], titles: set[int], reasons: list[str | None]) -> bool:
    """Whether a listing's titles read as a title and its site's name end on different names
    ("… — Obasanjo", "… — Dino Melaye"): a site's name is the same on every title, so these
    are the speakers the headlines quote."""
    names = {
        _DASH.split(items[i].text.strip())[-1].casefold()
        for i in titles
        if reasons[i] == TITLE_WITH_SITE
    }
    return len(names) >= 2


_DASH = compile_pattern(r"\s[-–—|]\s")


def _date_line_reason(items: list[Block], index: int) -> str | None:
    """A line that is only a date is furniture at the page's edges. Inside the page it may be
    the story's own dateline: the labelled pages print it both ways (a CMS stamp on some
    sites, part of the story on others), so shape cannot tell."""
    return EDGE_DATE if index in (0, len(items) - 1) else None


def _dates_beside_furniture(
    items: list[Block], reasons: list[str | None], bare: list[bool]
) -> list[int]:
    """A line that is only a date (or a day's name), inside the page, under a line that is
    furniture (a byline, a section label, a menu's last item): the CMS's stamp. Under the headline, or under the
    story's prose, it may be the story's own dateline (`_date_line_reason`); a scanned page's
    masthead date ends on a full stop."""
    return [
        index
        for index in range(1, len(items) - 1)
        if (bare[index] or is_bare_weekday(items[index].text))
        and reasons[index] is None
        and reasons[index - 1] is not None
        and not items[index].text.rstrip().endswith(".")
    ]
