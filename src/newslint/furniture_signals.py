"""Shapes that mark a line as page furniture by itself, whatever site it comes from.

Each signal looks at form, not at a list of phrases: a clock time printed the way a CMS prints it,
short items between separators, a file name, a field label and its value, a credit in the form
agencies use, a byline, a sentence cut off by an ellipsis. `line_evidence` returns the reason shown
to the user, or None.
"""

from __future__ import annotations

import regex

from newslint.lexicon import zipf
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block

_MONTH = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?"
# CMS stamps print "05:22pm", "11:53 AM EDT", "13:44", "11.48 EDT"; prose writes "9:00 a.m.".
CLOCK = compile_pattern(
    r"(?<![\d.,])(?:[01]?\d|2[0-3])"
    r"(?::\s?[0-5]\d(?::[0-5]\d)?|\.[0-5]\d(?=\s?(?:[aApP][mM]\b|[A-Z]{2,4}\b)))"
    r"(?!\s*[aApP]\.[mM]\.)(?![\d,%])"
)
ISO_DATE = compile_pattern(r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b")
DATE = compile_pattern(
    rf"\b{_MONTH}\s+\d{{1,2}}\b|\b\d{{1,2}}\s+{_MONTH}(?=\s|$|,)|\b(?:19|20)\d\d\b", regex.I
)
_WEEKDAY = compile_pattern(
    r"\b(?:mon|tues?|wed(?:nes)?|thu(?:rs)?|fri|sat(?:ur)?|sun)(?:day)?\b\.?", regex.I
)
_AGO = compile_pattern(
    r"\b\d+\s+(?:seconds?|minutes?|mins?|hours?|hrs?|days?|weeks?|months?)\s+ago\b", regex.I
)
_COUNTER = compile_pattern(
    r"\b\d[\d,.]*\s*(?:views?|comments?|shares?|likes?|reads?|min(?:ute)?s?\s+read)\b"
    r"|\b(?:page|image|photo|picture|slide)\s+\d+\s+of\s+\d+\b",
    regex.I,
)
_STAMP_WORDS = frozenset(
    """published updated posted modified created last mod first date time on at am pm by edited
    uploaded and""".split()
)
_SEPARATOR = compile_pattern(r"\s[|›»>/•·]\s|\s?\|\s?|\s[›»]|^[›»]")
_FIELD = compile_pattern(r"^(?P<key>\p{Lu}\p{L}+(?:\s\p{L}+)?)\s?:\s*(?P<value>.*)$")
_FILE_NAME = compile_pattern(
    r"\b[\w-]+\.(?:jpe?g|png|gif|webp|svg|bmp|tiff?|mp[34]|m4a|wav|pdf|docx?)\b", regex.I
)
_URL = compile_pattern(r"^(?:https?://|www\.)\S+$")
_BYLINE = compile_pattern(r"^(?:by|written by|posted by|reported by)\s+\p{Lu}", regex.I)
_TRUNCATED = compile_pattern(r"[\p{L},;\s](?:\.{3}|…|\[…\]|\[\.\.\.\])\s*$")
# A credit the way agencies and CMSs print it: "(Photo: PTI)", "Photo by Kang", "[Photo/Xinhua]",
# "Image: Kay Nietfeld/dpa", "THE CANADIAN PRESS/Adrian Wyld", or a wire name in brackets.
_CREDIT_WORD = (
    r"(?:file\s+)?(?:photo(?:graph)?|image|picture|pic|illustration|graphic|video|source|credit"
    r"|composite)s?(?:\s+illustration)?"
)
# After a caption's last sentence, the credit alone: "© Jane Doe", "AFP via Getty Images",
# "Jane Doe/AP Photo" (a photographer's name, a slash, the agency).
_AFTER_SENTENCE = r"(?<=[.!?”\"]\s)"
_CREDIT = compile_pattern(
    rf"[(\[]\s*{_CREDIT_WORD}\s*(?::|by\b|/)\s*[^()\[\]\n]{{2,60}}[)\]]\s*\.?$"
    # "Photo by Jane Doe", "Image and text provided by the State Library", alone or after the
    # caption's sentence or a dash ("… — Photo by Civan D. on Pexels"); initials keep their dot
    rf"|(?:^|(?<=[.!?”\"]\s)|(?<=\s[—–]\s))(?-i:(?=\p{{Lu}})){_CREDIT_WORD}(?:\s+and\s+\p{{L}}+)?"
    r"\s*(?::|by\b|/|courtesy\s+of\b|(?:provided|supplied)\s+by\b)"
    r"\s*(?:[^\n.!?]|(?<=\b\p{Lu})\.){2,60}$"
    rf"|{_AFTER_SENTENCE}©\s?(?-i:\p{{Lu}})[^\n.!?]{{1,60}}$"
    # "… via Getty Images": the agency's capitalised name with no full stop ("Supplies
    # arrived via Turkey." ends a sentence of the story)
    rf"|{_AFTER_SENTENCE}(?-i:\p{{Lu}})[\p{{L}}.&' -]{{1,40}}\svia\s"
    r"(?-i:\p{Lu}[\p{L}&-]*(?:\s\p{Lu}[\p{L}&-]*){0,4})$"
    rf"|{_AFTER_SENTENCE}(?-i:\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}[\p{{L}}.'’-]+){{1,3}})\s?/\s?(?-i:\p{{Lu}})"
    r"[\p{L} .-]{1,40}$"
    r"|\b(?-i:\p{Lu}{2,}(?:\s\p{Lu}{2,})*/\p{Lu})[\p{L} .-]{2,40}$"
    r"|^[-–—]\s?(?-i:\p{Lu}{2,6}|\p{Lu}\p{Ll}{2,15})$"
    # a photographer/agency pair or a wire name in brackets closing the block
    r"|[(\[](?-i:\p{Lu})[^()\[\]\n/]{1,40}/[^()\[\]\n]{2,60}[)\]]\s*\.?$"
    r"|(?<=[.!?]\s)[(\[](?-i:\p{Lu})[\p{L}& ]{1,30}[)\]]$",
    regex.I,
)
_WORDISH = compile_pattern(r"\p{L}{2,}|\d")
_LETTERS = compile_pattern(r"\p{L}+")
_ALNUM = compile_pattern(r"\w")
_DIGIT = compile_pattern(r"\d")
_LIST_SPLIT = compile_pattern(r"\s*[,;]\s*")
# "… the ministers are expected to ...": a CMS cuts a summary at a word and appends the dots.
_CUT_AFTER_SPACE = compile_pattern(r"\s\p{Ll}+ (?:\.{3}|…)$")
# An embedded post as the platforms' embed code prints it under the post's text: a dash, the
# author's name, the handle in brackets, the date ("— Toronto Police OPS (@TPSOperations) August
# 28, 2018"). Prose quoting a handle gives no dash-name-handle-date run at a block's end.
_EMBED_ATTRIBUTION = compile_pattern(
    rf"[—–-]\s?[^()\n—–]{{1,60}}\(@\w{{1,30}}\)\s+(?:{_MONTH}\s+\d{{1,2}},\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{_MONTH}\s+\d{{4}})\s*$",
    regex.I,
)
CREDIT_REACH = 120  # a credit or an ellipsis sits in a block's last characters
CAPTION = "a photo caption or credit"
SIGN_OFF = "a wire service's sign-off after the story's last sentence"
# A wire's name in brackets after a paragraph's last sentence, the way agency copy signs off
# ("… told reporters. (Yonhap)", "(Reuters/NAN)"); a photo credit names the picture ("(AP
# Photo/Jane Doe)", "(File image)").
_SIGN_OFF = compile_pattern(
    r"(?<=[.!?][\"”’]?\s)[(\[]"
    r"(?![^()\[\]\n]*(?i:\b(?:photo|image|picture|file|pool|video|illustration)s?\b))"
    r"\p{Lu}[^()\[\]\n]{1,40}[)\]]\s*$"
)


def sign_off(text: str) -> int:
    """Where an agency's sign-off in brackets ends a paragraph's text (`_SIGN_OFF`), or -1."""
    match = _SIGN_OFF.search(text, max(0, len(text) - CREDIT_REACH))
    return match.start() if match else -1


_METADATA_PREFIX = compile_pattern(
    r"\s*(?:date|published|updated|posted)\s*:?\s*\d{4}-\d{2}-\d{2}(?:[ T]\d{2}:\d{2}(?::\d{2})?Z?)?",
    regex.I,
)


def line_evidence(block: Block) -> str | None:
    """Why a block is page furniture by its own shape, or None."""
    text = block.text
    if block.lines > 2 or len(text) > 400:
        return None
    if _WIRE_SLUG.match(text):  # the slug opens the headline line, whatever its length
        return WIRE_SLUG
    if block.words <= 16:
        reason = _short_line_evidence(block)
        if reason:
            return reason
    # Credits and cut-off teasers end a block: only its tail is searched.
    # (a cut tail starts with a NUL so the patterns' start-of-block anchors cannot match in it)
    tail = text if len(text) <= CREDIT_REACH else "\0" + text[-CREDIT_REACH:]
    if block.words <= 60 and _CREDIT_HINT.search(tail) and _CREDIT.search(tail):
        return CAPTION
    if block.words <= 60 and _CAPTION_OF_ITSELF.search(text) and not QUOTATION.search(text):
        return "a photo caption (it speaks of its picture)"
    if "(@" in tail and _EMBED_ATTRIBUTION.search(tail):
        return "an embedded post's text and attribution (author, handle, date)"
    if not tail.rstrip().endswith(_CUT_ENDS):
        return None  # neither cut-off pattern can match (a test holds them to this)
    if block.words >= 5 and block.cls != "good" and _TRUNCATED.search(tail):
        return "a teaser cut off with an ellipsis"
    if _CUT_AFTER_SPACE.search(tail):
        return "a teaser cut off with an ellipsis"
    return None


# A wire caption speaks of its picture: "… is seen in this undated file photo", "… in this
# handout picture released by the ministry", "… in this photo taken on May 3".
_CAPTION_OF_ITSELF = compile_pattern(
    r"\bin this (?:\p{L}+ ){0,2}(?:photo(?:graph)?|picture|image|screen ?grab|handout|still)\b",
    regex.I,
)
# What every `_CREDIT` match contains (a bracket, a slash, a dash opening the block or a credit
# word), found far faster than `_CREDIT` fails on a line of prose; and how every cut-off block
# ends, before its trailing space.
_CREDIT_HINT = compile_pattern(
    r"[(\[/©]|^[-–—]|photo|image|picture|pic|illustration|graphic|video|source|credit|composite"
    r"|\svia\s",
    regex.I,
)
_CUT_ENDS = (".", "…", "]")


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
# A label that names a picture rather than the news: "Representational image", "Satellite
# photo", "File photo of …", "Image for representation purposes only", "Photo shows …".
_PICTURE_LABEL = compile_pattern(
    r"(?:file\s+)?(?:photo(?:graph)?|image|picture|pic)s?\s+(?:of|for|from|shows?|showing)\b"
    r"|\p{L}+\s+(?:photo(?:graph)?|image|picture|pic)s?\.?$",
    regex.I,
)
PICTURE_LABEL_WORDS = 8  # "Photos of the crash spread quickly on social media." is the story's
# A field whose value is a web address ("Persistent link: https://…", "Source: www.…").
_LINK_FIELD = compile_pattern(r"\p{Lu}[\p{L} ]{1,30}: ?(?:https?://|www\.)\S+")
# A wire service's version slug opening a line: "(LEAD)", "(2nd LD)", "(ATTN: ADDS details)".
# Before a sentence it is the agency's credit opening a story's lead ("(CNN) The president ...").
WIRE_SLUG = "a wire service's version slug or editor's note"
_WIRE_SLUG = compile_pattern(
    r"\((?:\d{1,2}\p{Ll}{2} )?\p{Lu}{2,}(?:[ :][^()\n]{0,80})?\)(?= |$)(?![^\n]*[.!?][\"”’]?$)"
)
# A copyright notice: "© 2024 Agency", "© Copyright 2024", "Copyright 1995 - . All rights
# reserved."; a word between "Copyright" and a year is a law's name ("Copyright Directive 2019").
_COPYRIGHT = compile_pattern(
    r"(?:©|\(c\))\s*(?:\p{L}+\s)?(?:19|20)\d\d\b|\bCopyright\s*(?:©\s*|\(c\)\s*)?(?:19|20)\d\d\b"
)
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


def _short_line_evidence(block: Block) -> str | None:
    text = block.text
    if _URL.match(text) or (block.lines == 1 and _LINK_FIELD.fullmatch(text)):
        return "a bare web address"
    if block.lines == 1 and _BARE_FIGURE.fullmatch(text):
        return "a figure on a line of its own (a page number, counter or player clock)"
    if block.lines == 1 and _COUNTED_LABEL.fullmatch(text):
        return "a button or link label with a count"
    if _COPYRIGHT.search(text):
        return "a copyright notice"
    if _BRACKETED_TAG.fullmatch(text) and block.words <= 2:
        return "a bracketed credit or template tag on a line of its own"
    if _RULE_LINE.fullmatch(text):
        return "a separator rule"
    if block.lines == 1 and _LOCATOR.search(text) and (DATE.search(text) or ISO_DATE.search(text)):
        return "an archive's page locator (a date and a page or image number)"
    if block.lines == 1 and block.words <= PICTURE_LABEL_WORDS and _PICTURE_LABEL.match(text):
        return "a label of a picture (alt text or caption)"
    if block.words <= 12 and _FILE_NAME.search(text):
        return "an image or media file name"
    if block.words <= 14 and is_stamp(text):
        return "a timestamp or counter"
    if is_link_bar(text):
        return "short items between separators (a breadcrumb, share bar or title suffix)"
    if block.lines == 1 and _DASH_SITE.fullmatch(text):
        return TITLE_WITH_SITE
    if block.words <= 8 and _BYLINE.match(text) and not text.endswith((".", ",", "!", "?")):
        return "a byline"
    if _STAFF_CREDIT.match(text):
        return "a staff credit (who reported, wrote or edited the story)"
    if block.words <= 12 and (_EMAIL.search(text) or _HANDLE.search(text)):
        return "a contact address or social handle"
    if block.words <= 14 and is_field(text):
        return "a metadata field (a label and its value)"
    return None


# A link to the rest of a teaser, after the teaser's last sentence: "… she said. Read more...",
# "… Despite mounting [more…]". Two or three words at most, ending in an ellipsis or bracketed.
_MORE_LINK = compile_pattern(
    r"(?:(?<=[.!?,;:][\"”’)]?\s)\p{Lu}\p{Ll}*(?: \p{Ll}+){0,2} ?(?:\.{3}|…)"
    r"|(?<=\s)\[\p{L}+(?: \p{L}+){0,2}(?:\.{3}|…)?\])$"
)


def more_link(text: str, block: Block) -> int:
    """Start of a "read more" link that ends the block, or -1."""
    match = _MORE_LINK.search(text, max(block.start, block.end - 40), block.end)
    return match.start() if match and match.start() > block.start else -1


# A CMS's date-and-time stamp after a paragraph's last sentence ("… the ministry said.
# 2026-02-03 15:24:28 -").
_TRAILING_STAMP = compile_pattern(
    r"(?<=[.!?][\"”’]?[ \t]+)\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?(?:[ \t]*[-–])?$"
)
# A photographer and agency in brackets inside a paragraph: a caption run into the text
# ("… taken to hospital (Mikael Fritzon/TT News Agency via AP) Police said …").
_INLINE_CREDIT = compile_pattern(
    r"\((?:\p{Lu}[\p{L}.'’-]+ ){1,3}\p{Lu}[\p{L}.'’-]+ ?/ ?[^()\n/]{2,60}\)"
)


def inner_furniture(text: str, block: Block) -> tuple[str, int, int] | None:
    """Furniture inside a block of article text: why, and its span. A scraper's metadata stamp
    opening the line, a "read more" link or a date-and-time stamp closing it, or a photo credit
    in brackets that a caption left in the paragraph."""
    prefix = metadata_prefix(text, block.start)
    if prefix:
        return "a scraper's metadata stamp", block.start, block.start + prefix
    link = more_link(text, block)
    if link >= 0:
        return "a link to the rest of a teaser", link, block.end
    stamp = _TRAILING_STAMP.search(text, max(block.start, block.end - 40), block.end)
    if stamp and stamp.start() > block.start:
        return "a timestamp after the paragraph's last sentence", stamp.start(), block.end
    credit = _INLINE_CREDIT.search(text, block.start, block.end)
    if credit:
        return "a photo credit left in the paragraph", credit.start(), credit.end()
    return None


def metadata_prefix(text: str, start: int) -> int:
    """Length of a scraper's metadata stamp ("date 2022-01-08") opening the line at `start`."""
    match = _METADATA_PREFIX.match(text, start)
    return match.end() - start if match else 0


def is_bare_date(text: str) -> bool:
    """A line that is only a date ("Sunday, December 4, 2022")."""
    if not (DATE.search(text) or ISO_DATE.search(text)):
        return False
    rest = _WEEKDAY.sub(" ", DATE.sub(" ", ISO_DATE.sub(" ", text)))
    return not _WORDISH.search(rest)


# A CMS prints the stamp's label first ("Last updated on 12 March 2024", "First published on:
# 12 March 2024"); a sentence of the story has its subject first and ends on a full stop.
_STAMP_LABEL = compile_pattern(
    r"(?:(?:first|last)\s+)?(?:published|updated|posted|modified|uploaded)\b(?!.*\.$)", regex.I
)


def is_stamp(text: str) -> bool:
    if _COUNTER.search(text) or _AGO.search(text):
        return True
    labelled = _STAMP_LABEL.match(text) is not None and DATE.search(text) is not None
    if not (labelled or CLOCK.search(text) or ISO_DATE.search(text)):
        return False
    rest = ISO_DATE.sub(" ", CLOCK.sub(" ", DATE.sub(" ", text)))
    words = [w.lower() for w in _LETTERS.findall(rest)]
    other = [w for w in words if w not in _STAMP_WORDS and len(w) > 3]
    return len(other) <= 2


def is_link_bar(text: str) -> bool:
    parts = [p.strip() for p in _SEPARATOR.split(text) if p.strip()]
    if len(parts) < 2:
        return bool(_SEPARATOR.match(text)) and len(text.split()) <= 3
    short = [p for p in parts if len(p.split()) <= 4]
    return len(short) >= len(parts) - 1 and not text.rstrip().endswith((".", "?", "!"))


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
    items = [v for v in _LIST_SPLIT.split(value) if v]
    # A tag list names topics; a list with figures is the story's data ("Next fixtures: Arsenal v
    # Spurs, Sunday 16:30; …", "Results: 2-1, 0-3").
    if len(items) >= 2 and all(len(v.split()) <= 3 for v in items) and not _DIGIT.search(value):
        return True
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
SELF_REFERENCE = compile_pattern(
    r"(?<!\b[Ii]n )\b[Tt]his (?:page|website|article|post|transcription|story|item)\b"
)
# Quoted speech is the story's, whatever it names ("“This story is not over,” she said").
QUOTATION = compile_pattern(r"[“”\"]")
SELF_REFERENCE_WORDS = 30


def speaks_of_the_page(block: Block) -> bool:
    """A short block that names the page it is printed on (a note of the site, not the story)."""
    return (
        block.words <= SELF_REFERENCE_WORDS
        and SELF_REFERENCE.search(block.text) is not None
        and QUOTATION.search(block.text) is None
    )
