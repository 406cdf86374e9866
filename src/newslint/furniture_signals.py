"""Shapes that mark a line as page furniture by itself, whatever site it comes from.

Each signal looks at form, not at a list of phrases: a clock time printed the way a CMS prints it,
short items between separators, a file name, a field label and its value, a credit in the form
agencies use, a byline, a sentence cut off by an ellipsis. `line_evidence` returns the reason shown
to the user, or None.
"""

from __future__ import annotations

import regex

from newslint.furniture_credits import (
    CREDIT_REACH,
    PICTURE_LABEL,
    PICTURE_LABEL_WORDS,
    QUOTATION,
    caption_evidence,
)
from newslint.furniture_self_notes import notes_its_own_state
from newslint.furniture_stamps import DATE, ISO_DATE, is_stamp
from newslint.lexicon import is_function_word, zipf
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block

_SEPARATOR = compile_pattern(r"\s[|›»>/•·]\s|\s?\|\s?|\s[›»]|^[›»]")
_FIELD = compile_pattern(r"^(?P<key>\p{Lu}\p{L}+(?:\s\p{L}+){0,2})\s?:\s*(?P<value>.*)$")
# A value that is a quoted sentence, its end inside the marks: what someone said.
_QUOTED_SENTENCE = compile_pattern(r"[“\"‘].*[.!?][”\"’]")
_FILE_NAME = compile_pattern(
    r"\b[\w-]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|mp[34]|m4a|wav|pdf|docx?)\b", regex.I
)
_URL = compile_pattern(r"^(?:https?://|www\.)\S+$")
BARE_ADDRESS = "a bare web address"
BYLINE = "a byline"
_BYLINE = compile_pattern(r"^(?:by|written by|posted by|reported by)\s+\p{Lu}", regex.I)
# A byline that names the writer's paper after a comma, however long its note runs ("By JANE ROE,
# Harbour Times (Metered Paywall - 3 articles a month)"): a sentence opening on "By" dates or
# places one word ("By Sunday, the rebels …").
_BYLINE_OUTLET = compile_pattern(
    r"^(?i:by|written by|reported by)\s+\p{Lu}[\p{L}'’.-]+(?:\s\p{Lu}[\p{L}'’.-]+){1,3},\s+\p{Lu}"
)
_TRUNCATED = compile_pattern(r"[\p{L},;\s](?:\.{3}|…|\[…\]|\[\.\.\.\])\s*$")
_ALNUM = compile_pattern(r"\w")
_DIGIT = compile_pattern(r"\d")
_LIST_SPLIT = compile_pattern(r"\s*[,;]\s*")
# A list of items that hold commas themselves, parted by semicolons ("Jane Roe, Liberal; John
# Doe, Green"): what English uses the semicolon for in a list, and no tag widget does.
_GROUPED_LIST = compile_pattern(r",[^;]*;.*,")
# A form's or a CMS's label names a field ("Tags", "Source", "Filed under"), never with an article.
_ARTICLES = frozenset({"the", "a", "an"})
# "… the ministers are expected to ...": a CMS cuts a summary at a word and appends the dots.
_CUT_AFTER_SPACE = compile_pattern(r"\s\p{Ll}+ (?:\.{3}|…)$")


def line_evidence(block: Block) -> str | None:
    """Why a block is page furniture by its own shape, or None."""
    text = block.text
    if block.lines > 2 or len(text) > 400:
        return None
    slug = _WIRE_SLUG.match(text)  # the slug opens the headline line, whatever its length
    if slug and not _reports_an_event(slug.group()[1:-1]):
        return WIRE_SLUG
    if block.words <= NOTICE_WORDS and is_legal_notice(text):
        return COPYRIGHT_NOTICE
    if block.words <= 16:
        reason = _short_line_evidence(block)
        if reason:
            return reason
    elif block.lines == 1 and _breadcrumb_over_headline(text):
        return LINK_BAR
    # Credits and cut-off teasers end a block: only its tail is searched.
    # (a cut tail starts with a NUL so the patterns' start-of-block anchors cannot match in it)
    tail = text if len(text) <= CREDIT_REACH else "\0" + text[-CREDIT_REACH:]
    caption = caption_evidence(text, tail, block.words)
    if caption:
        return caption
    if not tail.rstrip().endswith(_CUT_ENDS):
        return None  # neither cut-off pattern can match (a test holds them to this)
    if text.isupper():
        return None  # "THREE TO WATCH AT THE OPEN…": a heading in capitals leads into what follows
    if block.words >= 5 and block.cls != "good" and _TRUNCATED.search(tail):
        return "a teaser cut off with an ellipsis"
    if _CUT_AFTER_SPACE.search(tail):
        return "a teaser cut off with an ellipsis"
    return None


# How every cut-off block ends, before its trailing space.
_CUT_ENDS = (".", "…", "]")


TEMPLATE_TAG = "a bracketed credit or template tag on a line of its own"
# A line that is only a bracketed tag ("(Yonhap)", "[ad_2]"): a credit, slug or template marker.
# A stage direction ("(Applause.)") ends on a full stop; a source line runs longer.
_BRACKETED_TAG = compile_pattern(r"[(\[][\p{L}\d_&./ -]{0,23}[\p{L}\d_][)\]]")
# A rule of one repeated mark ("-----------------"): a wire or template separator.
_RULE_LINE = compile_pattern(r"([-=_*~#.•])\1{4,}")


# A line that is only a figure: a page number, a share or comment count ("7", "295", "4K"), or
# a media player's empty clock ("-- : --"). Prose never sets a number on a line of its own.
_BARE_FIGURE = compile_pattern(r"\d{1,4}[KkM]?|[-\d]{1,2} ?: ?[-\d]{1,2}")
# An archive viewer's locator closing a title line: "…, September 21, 1906, Image 7", "June 02,
# 1935 - Image 3", "… 1913, seq 4". Prose that names a page ends its sentence with a full stop.
_LOCATOR = compile_pattern(r"\b(?:image|page|seq|sheet|plate)\s+\d{1,4}$", regex.I)
# A source line: a name and its web address in brackets ("The Harbour Post (https://…)"); prose
# that cites an address goes on or ends its sentence after it.
_NAMED_LINK = compile_pattern(r"\p{Lu}[^()\n]{1,60} \((?:https?://|www\.)[^()\s]+\)")
# A field whose value is a web address ("Persistent link: https://…", "Source: www.…").
_LINK_FIELD = compile_pattern(r"\p{Lu}[\p{L} ]{1,30}: ?(?:https?://|www\.)\S+")
# A wire service's version slug opening a line: "(LEAD)", "(2nd LD)", "(ATTN: ADDS details)".
# Before a sentence it is the agency's credit opening a story's lead ("(CNN) The president ...").
WIRE_SLUG = "a wire service's version slug or editor's note"
STAMP = "a timestamp or counter"
_WIRE_SLUG = compile_pattern(
    r"\((?:\d{1,2}\p{Ll}{2} )?\p{Lu}{2,}(?:[ :][^()\n]{0,80})?\)(?= |$)(?![^\n]*[.!?][\"”’]?$)"
)
# A slug or an editor's note is the desk's shorthand: capitals ("2nd LD", "UPDATE 1") or a label
# and its note ("ATTN: ADDS details"). A bracketed sentence in lower case words with no label
# ("(DG ISPR addressed a news conference in Peshawar this afternoon)") tells what happened: the
# story's own note under its headline, as broadcasters and state agencies print it.
_EVENT_WORDS = 5
_EVENT_LOWER = 3


def _reports_an_event(inside: str) -> bool:
    words = inside.split()
    if ":" in inside or len(words) < _EVENT_WORDS:
        return False
    return sum(word[0].islower() for word in words) >= _EVENT_LOWER


# A copyright notice: "© 2024 Agency", "© Copyright 2024", "Copyright 1995 - . All rights
# reserved."; a word between "Copyright" and a year is a law's name ("Copyright Directive 2019").
_COPYRIGHT = compile_pattern(
    r"(?:©|\(c\))\s*(?:\p{L}+\s)?(?:19|20)\d\d\b|\bCopyright\s*(?:©\s*|\(c\)\s*)?(?:19|20)\d\d\b"
)
COPYRIGHT_NOTICE = "a copyright notice"
# A site's legal notice, however long it runs ("Copyright 2022 Acme Media Inc. All rights reserved.
# This material may not be published, broadcast, rewritten or redistributed."): it opens on the
# copyright mark and a year, or on "Copyright ©", or carries the formula of reserved rights, or is
# a bracketed line that opens with the word. A sentence of prose about copyright has its subject
# and verb first ("Copyright lawyers said …") and no year after the word.
_OPENING_COPYRIGHT = compile_pattern(
    r"^[\[(]?(?:(?:©|\(c\))\s*(?:\p{L}+\s)?(?:19|20)\d\d\b|copyright\s*(?:©|\(c\)|(?:19|20)\d\d\b))"
    r"|^\[copyright\s[^\]]+\]$|\ball\s+rights\s+reserved\b",
    regex.I,
)
NOTICE_WORDS = 60  # a notice of a few sentences; past it, a paragraph that cites one


def is_legal_notice(text: str) -> bool:
    """A site's copyright or rights notice, whatever its length (`_OPENING_COPYRIGHT`)."""
    return _OPENING_COPYRIGHT.search(text) is not None


# A button or counter label with its count in brackets: "Cart (0)", "Comments (12)",
# "download (5)" (a browser's name for a saved image).
# A CMS's staff field: "Edited by: Jane Doe", "Compiled by: …" (a label, a colon, the name). The
# wire's own credit line ("Reporting by …; Editing by …", "(Additional reporting by …)", "(With
# inputs from agencies)") and a sentence crediting a colleague ("… contributed to this report.")
# are part of the story as the wire and the paper deliver it, kept by their editors: not furniture.
_STAFF_CREDIT = compile_pattern(
    r"^(?:reporting|writing|editing|edited|compiled|produced|research|translated|translation)"
    r"\s+by\s*:",
    regex.I,
)
_EMAIL = compile_pattern(r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b")
_HANDLE = compile_pattern(r"(?<![\w@])@\w{2,30}$")  # closing the line: "Twitter: @janedoe"
_COUNTED_LABEL = compile_pattern(r"\p{L}[\p{L}_-]{1,20} \(\d{1,4}\)")
# A form's field label marked required ("Name *", "Your E-mail Address*"): a footnote's star
# follows a figure or closes a sentence, never a bare label of three words or fewer.
_REQUIRED_FIELD = compile_pattern(r"\p{Lu}[\p{L}'’-]*(?: [\p{L}'’-]+){0,2} ?\*")
# A rating widget's count: "4.5 out of 5 stars", "4/5 stars", "(12 votes)". A review's prose
# writes its stars in words ("three stars out of five"); a headline's "9 out of 10" has no stars.
RATING_WORDS = 10
_RATING = compile_pattern(
    r"\b\d(?:\.\d)? ?(?:out of|/) ?\d\d? stars?\b|\(\d{1,6} (?:votes?|ratings?)\)"
)


# A listing page titles itself with its page number ("Ferries (Page 11)", "Home World Page 2")
# or the tag it lists ("Latest news with #ferries"); a story's headline carries neither, and a
# sentence that cites a page ends on a full stop.
_PAGE_NUMBER = compile_pattern(r"(?:^|[\s(\[|–—-])(?i:page)\s+\d{1,4}\s*[)\]]?$")
_HASHTAG = compile_pattern(r"(?:^|\s)#\p{L}[\p{L}\d_]*$")
# A line of hashtags and nothing else ("#Agriculture #Harpal Cheema"): a CMS's tag list, each tag
# one word or a name of a few capitalised words. Prose that cites a hashtag has words around it.
_HASHTAG_LIST = compile_pattern(
    r"#\p{L}[\p{L}\d_]*(?: \p{Lu}[\p{L}\d_]*){0,3}(?:,? #\p{L}[\p{L}\d_]*(?: \p{Lu}[\p{L}\d_]*){0,3})+"
)
HASHTAGS = "a tag list (hashtags alone on a line)"
LISTING_TITLE_WORDS = 8


# A blog's or CMS's archive page titles itself by what it lists: "Tag Archives: ferries",
# "Category Archives: Harbour", "Posts Tagged ‘ferries’", "Contents tagged with ferries",
# "Archive for the ‘Harbour’ Category", "Search Results for: ferries" ("Tags: …" is a field). A
# headline uses the words as verbs or nouns of its story ("Police search for missing boy", "Tag
# sale raises $500", "The archive: a history"), never opening on them before a colon or a quoted
# term.
_ARCHIVE_TITLE = compile_pattern(
    r"^(?:(?:tag|categor(?:y|ies))\s+)?archives?\s*[:‘'\"“]|^archives?\s+for\b"
    r"|\btagged\s+(?:with\s+)?(?-i:[‘'\"“\p{Lu}])|\bsearch\s+resu?l\p{L}*\s+for\b",
    regex.I,
)


def _listing_title(text: str) -> bool:
    listing = _PAGE_NUMBER.search(text) or _HASHTAG.search(text) or _ARCHIVE_TITLE.search(text)
    return bool(listing) and not any(mark in text for mark in ".!?")


def _short_line_evidence(block: Block) -> str | None:
    text = block.text
    if _URL.match(text) or (block.lines == 1 and _LINK_FIELD.fullmatch(text)):
        return BARE_ADDRESS
    if block.lines == 1 and _NAMED_LINK.fullmatch(text):
        return "a source's name and its web address"
    if block.lines == 1 and _BARE_FIGURE.fullmatch(text):
        return "a figure on a line of its own (a page number, counter or player clock)"
    if block.lines == 1 and _COUNTED_LABEL.fullmatch(text):
        return "a button or link label with a count"
    if block.lines == 1 and _REQUIRED_FIELD.fullmatch(text):
        return "a form field's label (the asterisk of a required field)"
    if block.words <= RATING_WORDS and _RATING.search(text):
        return "a rating widget (stars or votes counted)"
    if _COPYRIGHT.search(text):
        return COPYRIGHT_NOTICE
    if _BRACKETED_TAG.fullmatch(text) and block.words <= 2:
        return TEMPLATE_TAG
    if _RULE_LINE.fullmatch(text):
        return "a separator rule"
    if block.lines == 1 and _LOCATOR.search(text) and (DATE.search(text) or ISO_DATE.search(text)):
        return "an archive's page locator (a date and a page or image number)"
    if block.lines == 1 and text.startswith("#") and _HASHTAG_LIST.fullmatch(text.rstrip()):
        return HASHTAGS
    if block.lines == 1 and block.words <= LISTING_TITLE_WORDS and _listing_title(text):
        return "the title of a listing page (its page number or the tag it lists)"
    if block.lines == 1 and block.words <= PICTURE_LABEL_WORDS and PICTURE_LABEL.match(text):
        return "a label of a picture (alt text or caption)"
    if block.words <= 12 and _FILE_NAME.search(text):
        return "an image or media file name"
    if block.words <= 14 and is_stamp(text):
        return STAMP
    if is_link_bar(text):
        return LINK_BAR
    if block.lines == 1 and _DASH_SITE.fullmatch(text):
        return TITLE_WITH_SITE
    if not text.endswith((".", ",", "!", "?")) and (
        (block.words <= 8 and _BYLINE.match(text)) or _BYLINE_OUTLET.match(text)
    ):
        return BYLINE
    if _STAFF_CREDIT.match(text):
        return "a staff credit (who reported, wrote or edited the story)"
    if block.words <= 12 and (_EMAIL.search(text) or _HANDLE.search(text)):
        return CONTACT
    if block.words <= 14 and is_field(text):
        return FIELD
    return None


FIELD = "a metadata field (a label and its value)"
CONTACT = "a contact address or social handle"
LINK_BAR = "short items between separators (a breadcrumb, share bar or title suffix)"


def separated_items(text: str) -> list[str]:
    """The items of a line between its separators ("Home | News" -> ["Home", "News"])."""
    return [p.strip() for p in _SEPARATOR.split(text) if p.strip()]


def is_link_bar(text: str) -> bool:
    parts = [p.strip() for p in _SEPARATOR.split(text) if p.strip()]
    if len(parts) < 2:
        return bool(_SEPARATOR.match(text)) and len(text.split()) <= 3
    short = [p for p in parts if len(p.split()) <= 4]
    if len(short) < len(parts) - 1 or text.rstrip().endswith((".", "?", "!")):
        return False
    # A breadcrumb ends on a headline, never on a quotation: "Mary Ames | 'I never trusted
    # memoirs'" is an interview's title, its subject and what she said.
    return not any(len(p.split()) > 4 and _WHOLLY_QUOTED.fullmatch(p) for p in parts)


def _breadcrumb_over_headline(text: str) -> bool:
    """A breadcrumb that ends on the story's headline, however long ("Home / Sport / Rovers
    sign the striker they chased all summer …"): two short items or more before it."""
    return len(separated_items(text)) >= BREADCRUMB_ITEMS and is_link_bar(text)


BREADCRUMB_ITEMS = 3  # "Home / Section / Headline": two items are a title and its site's name
_WHOLLY_QUOTED = compile_pattern(r"[“\"‘'].*[”\"’']")


TITLE_WITH_SITE = "a page title with the site's name after a dash"
# A page title with the site's or section's name after a spaced dash ("Police fatally shoot a
# man in Philadelphia - CBS News", "… in Bogor Palace - English").
_DASH_SITE = compile_pattern(
    r"(?:\S+ ){3,}[^\n]*?\S [-–—] \p{Lu}[\p{L}.]*(?: \p{Lu}[\p{L}.]*){0,2}(?<![.])"
)


def is_title_with_site(text: str) -> bool:
    """A page title with the site's name after a separator ("Lula reaffirms commitment | News",
    "… in Philadelphia - CBS News"), not a breadcrumb (short items first, the headline last)."""
    if _DASH_SITE.fullmatch(text):
        return True
    parts = [p.strip() for p in _SEPARATOR.split(text) if p.strip()]
    return (
        len(parts) >= 2
        and len(parts[0].split()) >= 4
        and all(len(p.split()) <= 3 for p in parts[1:])
    )


FIELD_VALUE_WORDS = 12


def field_key(text: str) -> str | None:
    """The label of a "Label: value" line with a value of a few words ("Sent: Tuesday, March 3,
    2015 10:14 AM", "Subject: RE: budget"), folded; None for any other line."""
    match = _FIELD.match(text) if ":" in text else None
    if match is None or not 0 < len(match.group("value").split()) <= FIELD_VALUE_WORDS:
        return None
    return match.group("key").casefold()


def _phrases(items: list[str]) -> bool:
    """Parts of a sentence split at its commas, not tags: half of them or more open on a small
    function word ("Weather: a cold, bright start, with showers later"); a tag names a topic."""
    opening = [v.split()[0] for v in items]
    return 2 * sum(w.islower() and is_function_word(w) for w in opening) >= len(opening)


def is_field(text: str) -> bool:
    """ "Tags: a, b", "Tags: , ,", "Source: Time": a CMS field label and its value. A headline
    built the same way ("Scholz: Ukraine tops list") has a name for a key and a longer value."""
    match = _FIELD.match(text)
    if not match:
        return False
    value = match.group("value").strip()
    if not value:
        return False
    if not _ALNUM.search(value):
        return True  # a list whose items the scraper lost
    if _QUOTED_SENTENCE.fullmatch(value):
        return False  # 'Manalo replied: “No, we're not asking.”': speech, not a field's value
    if _GROUPED_LIST.search(value):
        return False  # items grouped by semicolons, commas inside: the story's data, not tags
    if match.group("key").split()[0].casefold() in _ARTICLES:
        return False  # "The Open: Final round's best, worst": a headline names its subject
    items = [v for v in _LIST_SPLIT.split(value) if v]
    # A tag list names topics; a list with figures is the story's data ("Next fixtures: Arsenal v
    # Spurs, Sunday 16:30; …", "Results: 2-1, 0-3").
    # A value that ends a sentence ("MADAM SPEAKER: Mr Barr! Continue, Mr Hanson.") is a turn of
    # speech: tags and topics carry no end mark.
    if len(items) >= 2 and all(len(v.split()) <= 3 for v in items) and not _DIGIT.search(value):
        return not _phrases(items) and not value.endswith((".", "!", "?"))
    key = match.group("key")
    return (
        value[0].isupper()
        and not _DIGIT.search(value)
        and " " not in key
        and not key.isupper()
        and zipf(key) >= 3.5
        and len(value.split()) <= 3
        and not value.endswith((".", "!", "?"))
    )


# The page speaking of itself: the article's own prose names its subject, a page's interface and
# archive notes name the medium they are printed in ("Something wrong with this page?", "This
# transcription has been completed", "This post was originally published on …"). "In this
# article" opens an essay's own introduction, so a preposition "in" before it does not count.
# "Site" and "issue" are left out: in news copy they are a place and a topic ("This site will be
# cleared by June").
# "This is a developing story" names it too, by the state of its page (a participle before
# "story"); "This is a story about …" is a column's opening and is left alone. A modifier may
# stand before "page" ("this newspaper's page", "this front page"), not before "story" ("this
# love story" is told, not printed).
SELF_REFERENCE = compile_pattern(
    r"(?<!\b[Ii]n )\b[Tt]his (?:page|website|article|post|transcription|story|item)\b"
    r"|\b[Tt]his \p{L}+(?:['’]s?)? page\b"
    r"|\b[Tt]his is an? \p{Ll}+ing (?:story|article|report)\b"
)
SELF_REFERENCE_WORDS = 30


def speaks_of_the_page(block: Block) -> bool:
    """A short block that names the page it is printed on (a note of the site, not the story)."""
    if QUOTATION.search(block.text) is not None:
        return False
    if notes_its_own_state(block.text):
        return True
    return block.words <= SELF_REFERENCE_WORDS and SELF_REFERENCE.search(block.text) is not None
