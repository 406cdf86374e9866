"""Photo captions, credits and sign-offs, in the forms agencies and CMSs print them.

A credit names who made the picture ("Photo: Jane Doe/Reuters", "AFP via Getty Images"), a wire
caption speaks of its picture ("… in this undated file photo"), an agency signs off after the
story's last sentence ("(Yonhap)"). `caption_evidence` reads a block's tail for them.
"""

from __future__ import annotations

import regex

from newslint.furniture_stamps import MONTH
from newslint.regex_store import compile_pattern

# A credit the way agencies and CMSs print it: "(Photo: PTI)", "Photo by Kang", "[Photo/Xinhua]",
# "Image: Kay Nietfeld/dpa", "Photo credit: Kang", "(image via Wikimedia)", "THE CANADIAN
# PRESS/Adrian Wyld", or a wire name in brackets.
_CREDIT_WORD = (
    r"(?:file\s+)?(?:photo(?:graph)?|image|picture|pic|illustration|graphic|video|source|credit"
    r"|composite)s?(?:\s+(?:illustration|credit))?"
)
# After a caption's last sentence, the credit alone: "© Jane Doe", "AFP via Getty Images",
# "Jane Doe/AP Photo" (a photographer's name, a slash, the agency).
_AFTER_SENTENCE = r"(?<=[.!?”\"]\s)"
CREDIT = compile_pattern(
    rf"[(\[]\s*{_CREDIT_WORD}\s*(?::|by\b|via\b|/)\s*[^()\[\]\n]{{2,60}}[)\]]\s*\.?$"
    # "Photo by Jane Doe", "Image and text provided by the State Library", alone or after the
    # caption's sentence or a dash ("… — Photo by Civan D. on Pexels"); initials keep their dot
    rf"|(?:^|(?<=[.!?”\"]\s)|(?<=\s[—–-]\s))(?-i:(?=\p{{Lu}})){_CREDIT_WORD}(?:\s+and\s+\p{{L}}+)?"
    r"\s*(?::|by\b|/|courtesy\s+of\b|(?:provided|supplied)\s+by\b)"
    r"\s*(?:[^\n.!?]|(?<=\b\p{Lu})\.){2,60}$"
    rf"|{_AFTER_SENTENCE}©\s?(?-i:\p{{Lu}})[^\n.!?]{{1,60}}$"
    # "… via Getty Images": the agency's capitalised name with no full stop ("Supplies
    # arrived via Turkey." ends a sentence of the story)
    rf"|{_AFTER_SENTENCE}(?-i:\p{{Lu}})[\p{{L}}.&' -]{{1,40}}\svia\s"
    r"(?-i:\p{Lu}[\p{L}&-]*(?:\s\p{Lu}[\p{L}&-]*){0,4})$"
    # the same credit alone in brackets, every name capitalised: "(Harbour Police via AP)"
    r"|^[(\[](?-i:\p{Lu}[\p{L}.&'’-]*(?:\s\p{Lu}[\p{L}.&'’-]*){0,5}\svia\s)"
    r"(?-i:\p{Lu}[\p{L}&-]*(?:\s\p{Lu}[\p{L}&-]*){0,4})[)\]]$"
    # "Jane Doe/AP Photo" after the caption's sentence: the agency's words capitalised, but for
    # a joining word ("Jo Lee/The Times via Getty Images"); a sentence of the story naming a
    # poll ("The USA Today/Ipsos poll showed voters were worried.") goes on in small letters
    rf"|{_AFTER_SENTENCE}(?-i:\p{{Lu}}\p{{Ll}}+(?:\s\p{{Lu}}[\p{{L}}.'’-]+){{1,3}})\s?/\s?(?-i:\p{{Lu}})"
    r"(?=[\p{L} .-]{0,39}$)[\p{L}.-]*(?:[ ]+(?:(?-i:\p{Lu})[\p{L}.-]*|(?-i:via|for|of|and|the)\b))*[ .]*$"
    # an agency in capitals, a slash and the photographer's name, every word of it capitalised
    # ("THE CANADIAN PRESS/Adrian Wyld", "EPA/OLIVIER HOSLET"): "UK/EU UG fees" is a headline's
    r"|\b(?-i:\p{Lu}{2,}(?:\s\p{Lu}{2,})*/\p{Lu}[\p{L}.'’-]*(?:[ ]\p{Lu}[\p{L}.'’-]*){0,4})$"
    r"|^[-–—]\s?(?-i:\p{Lu}{2,6}|\p{Lu}\p{Ll}{2,15})$"
    # a photographer/agency pair or a wire name in brackets closing the block
    r"|[(\[](?-i:\p{Lu})[^()\[\]\n/]{1,40}/[^()\[\]\n]{2,60}[)\]]\s*\.?$"
    r"|(?<=[.!?]\s)[(\[](?-i:\p{Lu})[\p{L}& ]{1,30}[)\]]$",
    regex.I,
)
# An embedded post as the platforms' embed code prints it under the post's text: a dash, the
# author's name, the handle in brackets, the date ("— Toronto Police OPS (@TPSOperations) August
# 28, 2018"). Prose quoting a handle gives no dash-name-handle-date run at a block's end.
_EMBED_ATTRIBUTION = compile_pattern(
    rf"[—–-]\s?[^()\n—–]{{1,60}}\(@\w{{1,30}}\)\s+(?:{MONTH}\s+\d{{1,2}},\s+\d{{4}}"
    rf"|\d{{1,2}}\s+{MONTH}\s+\d{{4}})\s*$",
    regex.I,
)
# A credit line of its own: the photographers' and agencies' names, each capitalised, joined by
# slashes set close to the name before ("Jane Doe/Reuters", "Jo Lee/ Ann Roe/ Getty Images"),
# three words or more. A breadcrumb or a list of titles spaces its slashes ("Home / World"), and
# two words paired by one ("Israel/Gaza") are a label of the story's.
_CREDIT_LINE = compile_pattern(
    r"(?=(?:\P{L}*+\p{L}++){3})"
    r"\p{Lu}[\p{L}.'’&-]*(?: (?:\p{Lu}[\p{L}.'’&-]*|via)){0,4}"
    r"(?:/ ?\p{Lu}[\p{L}.'’&-]*(?: (?:\p{Lu}[\p{L}.'’&-]*|via)){0,4})+"
)
# A slideshow prints each picture's credit as a list item ("- Reuters/Jane Doe").
_LIST_MARK = compile_pattern(r"^[-–•·]\s")
CREDIT_LINE = "a photo credit (the photographers' and agencies' names, joined by slashes)"
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


# A wire caption speaks of its picture: "… is seen in this undated file photo", "… in this
# handout picture released by the ministry", "… in this photo taken on May 3".
# The agencies' archive picture is "a file picture" too ("… in a file picture taken on May 3").
_CAPTION_OF_ITSELF = compile_pattern(
    r"\bin this (?:\p{L}+ ){0,2}(?:photo(?:graph)?|picture|image|screen ?grab|handout|still)\b"
    r"|\bin an? file (?:photo(?:graph)?|picture|image) taken\b",
    regex.I,
)
# What every `CREDIT` match contains (a bracket, a slash, a dash opening the block or a credit
# word), found far faster than `CREDIT` fails on a line of prose.
CREDIT_HINT = compile_pattern(
    r"[(\[/©]|^[-–—]|photo|image|picture|pic|illustration|graphic|video|source|credit|composite"
    r"|\svia\s",
    regex.I,
)
# A label that names a picture rather than the news: "Representational image", "Satellite
# photo", "File photo of …", "Image for representation purposes only", "Photo shows …".
PICTURE_LABEL = compile_pattern(
    # a list mark may stand before it, as a slideshow's captions print ("- File photo")
    r"(?:[-–•·]\s)?"
    r"(?:(?:file\s+)?(?:photo(?:graph)?|image|picture|pic)s?\s+(?:of|for|from|shows?|showing)\b"
    r"|\p{L}+\s+(?:photo(?:graph)?|image|picture|pic)s?\.?$)",
    regex.I,
)
PICTURE_LABEL_WORDS = 8  # "Photos of the crash spread quickly on social media." is the story's
# A photographer and agency in brackets inside a paragraph: a caption run into the text
# ("… taken to hospital (Mikael Fritzon/TT News Agency via AP) Police said …").
# A picture's own credit in brackets is one too ("(Photo/Jane Doe)", "(Photo: Xinhua)"); a
# source in brackets ("(Source: Ministry of Finance)") may cite the story's figures.
INLINE_CREDIT = compile_pattern(
    r"\((?:\p{Lu}[\p{L}.'’-]+ ){1,3}\p{Lu}[\p{L}.'’-]+ ?/ ?[^()\n/]{2,60}\)"
    r"|\((?i:photo(?:graph)?|image|picture|pic|illustration|graphic)s? ?(?:/|:|(?i:by)\b) ?"
    r"\p{Lu}[^()\n]{1,60}\)"
)


# A news photo's caption in the agencies' style names who stands where, set off by commas ("Jane
# Doe, left, and John Roe", "the mayor, second from right,"), and dates the picture after its
# sentence with the weekday, the date and the year set off by a comma (", Wednesday, Feb. 23,
# 2022"), where the story's prose says "on Wednesday" and leaves the year out.
_CAPTION_STYLE = compile_pattern(
    r"\p{L}, (?:(?:far |second |third )?(?:from )?(?:left|right)|cent(?:er|re)(?: (?:left|right))?),"
    r"|, (?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov"
    r"|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d\b"
)
# The picture's date closing a caption's one sentence after a comma, its year given (", Feb. 5,
# 2023."): a dateline is no sentence, and a story's sentence dates its events with "on" and leaves the current year out.
_CAPTION_DATE = compile_pattern(
    r"\p{L}, (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.? \d{1,2}, (?:19|20)\d\d\.$"
)
CAPTION_WORDS = 8  # a sentence about a picture; a dateline or a quotation's signature is shorter
# A picture agency's caption opens on where and when the picture was taken, all in capitals, the
# date after a spaced dash and before a colon ("LONDON, ENGLAND - MAY 14: Jane Doe …"); a story's
# dateline prints its month in small letters and gives its source ("LONDON, May 14 (Reuters) -").
_AGENCY_HEAD = compile_pattern(
    r"^\p{Lu}[\p{Lu}. '’-]*, \p{Lu}[\p{Lu}. '’-]* [-–—] (?:JANUARY|FEBRUARY|MARCH|APRIL|MAY|JUNE"
    r"|JULY|AUGUST|SEPTEMBER|OCTOBER|NOVEMBER|DECEMBER) \d{1,2}(?:, (?:19|20)\d\d)?: "
)
# A second sentence after the first: a caption is one sentence, then its credit in brackets.
_NEXT_SENTENCE = compile_pattern(r"\p{Ll}[.!?][”\"’]?\s+[\p{Lu}“\"‘]")
_WORD = compile_pattern(r"\p{L}+")
# The verbs that attribute speech in news copy ("Xi said", "said Carney", "Putin told").
REPORTING_VERBS = frozenset(
    "said says told tells added adds stated states wrote writes noted notes warned warns urged"
    " urges announced announces insisted insists".split()
)
# Who stands where, in brackets after a name, as agencies caption a group ("Jane Doe (2nd from
# R)", "(From L to R) Jane Doe, …", "(4th from L, front row)"). A lone "(R)" or "(right)" may
# be a party or a leaning ("Sen. Jo Lind (R)", "the Greens (right)"): two of them name a
# picture's two sides ("Jane Doe (L) and John Roe (R)"); "(R)" twice is two senators' party.
_POSITION = compile_pattern(
    r"\((?:(?:far|\d(?:st|nd|rd|th)|second|third|fourth|fifth) (?:from )?(?:left|right|[LR])"
    r"|(?i:from) (?:left|L)(?: to (?:right|R))?|L ?[-–]? ?(?:to )?R"
    r"|(?:front|back|top|middle) row)(?:, (?:front|back|top|middle|second) row)?\)"
)
_SIDE = compile_pattern(r"\((?:[LRC]|left|right|cent(?:er|re))\)")
# One side spelled out after a person's name is where that person stands in the picture ("Jane
# Doe (right) shakes hands with …", "Mayor Jo Lind (centre)"); a letter alone ("(R)") may be a
# party, and a side after one word a leaning ("the Greens (right)").
_SPELLED_SIDE = compile_pattern(
    r"\p{Lu}[\p{L}’'-]*\.? \p{Lu}[\p{L}’'-]* \((?:left|right|cent(?:er|re)|middle)\)"
)


def _positions_people(text: str) -> bool:
    if "(" not in text:
        return False
    sides = {side.casefold()[:2] for side in _SIDE.findall(text)}  # "(R)" twice: two senators
    if _POSITION.search(text) is not None or len(sides) >= 2:
        return True
    return _SPELLED_SIDE.search(text) is not None


# Quoted speech is the story's, whatever it names ("“This story is not over,” she said").
QUOTATION = compile_pattern(r"[“”\"]")


def _captioned(text: str) -> bool:
    """Written as a news photo's caption: its style of naming places and dates, or the agency's
    head of place and date. A story's lead written under that head ("AUSTIN, TEXAS - MARCH 3:
    Harbour Robotics today announced …") goes on as a story does, in a second sentence or with
    what someone said; a caption is one sentence about its picture, and may end on its date set
    off by a comma ("… in Porto, Portugal, Feb. 5, 2023.")."""
    if _CAPTION_STYLE.search(text):
        return True
    dated = len(text.split()) >= CAPTION_WORDS and _CAPTION_DATE.search(text) is not None
    if not (dated or _AGENCY_HEAD.match(text)) or _NEXT_SENTENCE.search(text):
        return False
    return not _attributes_speech(text)


def _attributes_speech(text: str) -> bool:
    return any(word.casefold() in REPORTING_VERBS for word in _WORD.findall(text))


def _reported(text: str) -> bool:
    """A paragraph that quotes or attributes speech ("…, the council said, …") is the story's,
    though it ends on a picture's credit in brackets: a caption describes its picture and does
    not report what anyone said. The credit alone is then furniture_tails' inline credit."""
    return QUOTATION.search(text) is not None or _attributes_speech(text)


# A table cell's separator left after a caption, as a CMS lays a picture and its caption out
# in a one-cell table ("… in Hanoi on July 5. |").
_CELL_END = compile_pattern(r"\s+\|\s*$")


def caption_evidence(text: str, tail: str, words: int) -> str | None:
    """Why a block of `words` words is a caption or credit, from its text and its last characters
    (`tail`), or None."""
    if tail.endswith("|"):
        text, tail = _CELL_END.sub("", text), _CELL_END.sub("", tail)
    if words <= 60 and CREDIT_HINT.search(tail) and CREDIT.search(tail):
        if not _reported(text):
            return CAPTION
        if sign_off(text) >= 0:
            return SIGN_OFF  # the story's paragraph is the story's; its agency's sign-off is not
    if words <= 16 and "/" in text and _CREDIT_LINE.fullmatch(_LIST_MARK.sub("", text, count=1)):
        return CREDIT_LINE  # its own evidence, which a list's look does not explain away
    if words <= 60 and _CAPTION_OF_ITSELF.search(text) and not QUOTATION.search(text):
        return "a photo caption (it speaks of its picture)"
    if words <= 60 and _positions_people(text) and not QUOTATION.search(text):
        return "a photo caption (who stands where, in brackets)"
    if words <= 60 and _captioned(text) and not QUOTATION.search(text):
        return "a photo caption (who stands where, the picture's day and date set off by commas)"
    if "(@" in tail and _EMBED_ATTRIBUTION.search(tail):
        return "an embedded post's text and attribution (author, handle, date)"
    return None
