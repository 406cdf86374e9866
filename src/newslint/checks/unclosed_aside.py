"""`unclosed-aside`: an aside after a sentence's subject opened by a comma and never closed ("The
Prime Minister, Gen. Prayut Chan-o-cha announced the decree", "A priest, who is the accused in
the case in Uttar Pradesh was nabbed by police").

An appositive or a non-restrictive relative clause after the subject takes a pair of commas;
machine translation and hasty editing drop the second, so the main verb runs on from the aside.
A sentence is judged when the stretch before its first comma is a bare noun phrase (the
part-of-speech tagger newslint ships with finds no verb, pronoun, relative word or opening
preposition or adverb in it, and a noun to head it; a time phrase, "Last week, Smith said", is an
introduction, not a subject; after an opening phrase, "In a communique after the meeting, the
Chairman of the Forum, John Kayode stressed", the stretch to the next comma is the subject, if it
opens on an article, a possessive or a capital). The aside and the verb it runs into stand before
the sentence's next comma, colon, semicolon, dash or bracket, and a verb that mark follows at once
is a parenthesis ("The ferry, Lena Holm said, was late"). Then either a run of names straight after the comma is followed by a finite verb
("…, Gen. Prayut Chan-o-cha announced", or dated: "…, Satya Pal Malik on July 16 said"), or a relative clause after it ("…, who is …") is
followed by a second finite verb after a noun ("…Uttar Pradesh was nabbed"): the closing comma
belongs before that verb. The word before it is reported. No fix is applied: the comma may belong
elsewhere, or the first one may be the stray. A dateline that opens the sentence ("Tehran (ISNA) -
Iran's Foreign Ministry spokesman, Seyyed Abbas Mousavi explained") is passed over: the subject
is judged after its dash.

An aside opened by a spaced dash after a name inside the sentence ("led by Mr. Tran Chau - Vice
Chairman of the Provincial People's Committee had the meeting") is judged the same way: a title
after the dash (nouns, "of" and "for", no conjunction) runs straight into a finite verb, or into
"and" and a verb, with no mark to close it. A dash after a sentence's first words is a dateline's
("SEOUL - South Korean President Lee will visit"), so the name before the dash must follow a
lower-case word of the sentence.
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice

from newslint.cased_lexicon import english
from newslint.checks import Check, finding, render
from newslint.checks.tagging import REPORTED_CLAUSE, part_of_speech_tagger
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

FIXES = False
OPTIONS: dict[str, object] = {}

# Words as the tagger's treebank splits them ("What", "’s"), titles with their stop ("Gen.") and
# dotted initials ("H.E. Hassan Sheikh", "Dr. A.B. Cole"): split at their stops, an honorific
# would break the run of names it opens. A year cut to its last two digits ("Maria Lopez ’19", a
# graduate's class; "the ’90s") is one token: its apostrophe alone was tagged as a verb.
_TOKEN = compile_pattern(
    r"(?:\p{Lu}\.){2,}(?=\s)|\p{Lu}\p{Ll}{0,3}\.(?=\s)|[’']s\b"
    r"|(?<![\p{L}\p{N}])[’']\p{N}{2}s?(?![\p{L}\p{N}])"
    r"|[\p{L}\p{N}]+(?:[-’'](?!s\b)[\p{L}\p{N}]+)*|[^\s\p{L}\p{N}]"
)
AFTER_TOKENS = 40  # the aside and its verb are read within this many tokens after its comma
# What ends the aside or makes the sentence another shape: a closing mark of any kind.
_CLOSERS = frozenset(',;:—–()[]"“”')
_FINITE = frozenset({"VBD", "VBZ", "MD"})
_PLURAL_FINITE = frozenset({"are", "have", "were"})
_NOT_SUBJECT = frozenset({"MD", "WDT", "WP", "WRB", "PRP", "EX"})
_OPENING_NOT_SUBJECT = frozenset({"IN", "RB", "CC", "UH", "TO", "WRB"})
# A word then "to" opens a phrase, not a subject ("Thanks to", "Due to", "Prior to"); a title's
# "to" ("the Envoy to Iraq, Cardinal Filoni met") follows a singular noun and stays judged.
_BEFORE_TO = frozenset({"JJ", "RB", "NNS"})
_RELATIVE = frozenset({"who", "which"})
# The prepositions inside a subject's noun phrase ("One of the beneficiaries", "the Minister of
# State for Environment"); another one makes the stretch an adverbial ("Part way through the set").
_NAME_PREPOSITIONS = frozenset({"of", "for"})
_NOUNS = frozenset({"NN", "NNS", "NNP", "NNPS", "CD"})
# What a title or description set off after a name is made of ("the deputy chief of the
# Provincial People's Committee").
_TITLE_TAGS = frozenset({"DT", "JJ", "NN", "NNS", "NNP", "NNPS", "POS"})
_AFTER_VERB = frozenset({"DT", "NN", "NNS", "NNP", "NNPS", "PRP$", "PRP", "JJ", "CD", "RB"})
# English's closed class of time nouns: "Last week, Smith said" opens with an adverbial of time.
_TIME = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may"
    " june july august september october november december today yesterday tomorrow morning"
    " afternoon evening night weekend week weeks month months year years day days hour hours"
    " minute minutes decade decades century time meanwhile".split()
)
_PROSE_ENDS = (".",)
# A spaced hyphen or dash opening an aside after a capitalised word (the name), and the sentence
# up to it: its last lower-case word, then the run of capitalised tokens (titles with their stop).
# The look back is tried only where a dash is found (tried at every position it cost 0.1 s/MB).
_DASH_OPENER = compile_pattern(
    r"[ \t][-–][ \t]+(?=\p{Lu})"
    r"(?<=\p{Ll}[ \t]+(?:\p{Lu}[\p{L}'’-]*\.?[ \t]+){1,4}\p{Lu}[\p{L}'’-]*[ \t]+[-–][ \t]+)"
)
# A dateline before the clause: up to six words (a place, a date, the agency in brackets), one of
# them capitalised, then a spaced dash and the capital the sentence goes on with.
_DATELINE = compile_pattern(
    r"[ \t]*(?=[^\n]{0,60}?\p{Lu})(?:[^\s.!?;:—–-]+(?:-[^\s.!?;:—–-]+)*[ \t]+){1,6}?[-–—][ \t]+(?=\p{Lu})"
)
_MARKS = frozenset(',;:—–-()[]"“”')
_CLOSER = compile_pattern(r'[,;:—–()\[\]"“”]')
_CAPITAL = compile_pattern(r"\p{Lu}")
# A subject after an opening phrase: an article, a possessive or a capital first.
DEFINITE_SUBJECT = compile_pattern(r"[ \t]*(?:(?:the|a|an|this|its|his|her|their|our)\b|\p{Lu})")
# Words the tagger reads as prepositions that open a clause, not a phrase ("If the talks fail,").
_SUBORDINATORS = frozenset(
    "if although though because while whereas unless since as once until after before when"
    " whether that".split()
)


class UnclosedAsideCheck(Check):
    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for sentence in doc.sentences:
            body = text[sentence.start : sentence.end].rstrip()
            if not body.endswith(_PROSE_ENDS) or "\n" in body.strip():
                continue
            dashed = None
            if " - " in body or " – " in body:
                dashed = self._dash_aside(text, sentence.start, sentence.end)
            if dashed is not None:
                word = text[dashed[0] : dashed[1]]
                yield finding(self.rule, *dashed, render(self.rule.message, match=word))
                continue
            clause = _after_dateline(text, sentence.start, sentence.end)
            comma = text.find(",", clause, sentence.end)
            second = text.find(",", comma + 1, sentence.end) if comma >= 0 else -1
            # "In a communique at the end of the meeting, the Chairman …, John Smith stressed":
            # after an opening phrase the clause, and the subject to judge, start after its
            # comma. That subject opens on an article, a possessive or a name: after a list's
            # first comma ("on the level of heads of state, ministers and other levels,
            # President Aliyev emphasized") the rest of the list is no subject. The tagger reads
            # the opening phrase only when the stretch after it has that shape.
            if (
                second >= 0
                and DEFINITE_SUBJECT.match(text, comma + 1, second)
                and not _region_after_place(text, comma, second)
                and introduces(text, sentence.start, comma)
            ):
                clause, comma = comma + 1, second
            if comma < 0 or not _CLOSERS.isdisjoint(text[clause:comma]):
                continue
            # The subject of a clause reported after "that" or "said" is judged on its own.
            start = max(
                (m.end() for m in REPORTED_CLAUSE.finditer(text, clause, comma)),
                default=clause,
            )
            # A title's place set off by its own pair of commas ("The Commissioner of Police,
            # Lagos State, Mr Hakeem Odumosu said"): the aside to judge opens after the place.
            region = second if second > comma and _region_after_place(text, comma, second) else None
            spot = self._missing_comma(text, start, comma, sentence.end, region)
            if spot is not None:
                word = text[spot[0] : spot[1]]
                yield finding(self.rule, *spot, render(self.rule.message, match=word))

    def _missing_comma(
        self, text: str, start: int, comma: int, end: int, region: int | None = None
    ) -> tuple[int, int] | None:
        # The aside and the verb it runs into stand before the sentence's next mark; what
        # follows that mark ("…, and was quick to", "…; the board") is another part. After a
        # title's place in commas, the aside opens at the place's closing comma (`region`).
        opener = comma if region is None else region
        mark = _CLOSER.search(text, opener + 1, end)
        closer = mark is not None
        stop = mark.start() if mark is not None else end
        # Every aside judged holds a capital (a name, a title's, the noun before the verb after
        # a relative clause): without one the tagger is not asked.
        if not _CAPITAL.search(text, opener + 1, stop):
            return None
        before, after = _sides(text, start, stop, comma, opener)
        spot = self._spot(before, after)
        if spot is None or not closer:
            return spot
        # A verb the mark follows at once is a parenthesis ("The ferry, Lena Holm said, was
        # late"), not the sentence's verb run on from the aside.
        verb = next(i for i, t in enumerate(after) if t[0] == spot[0]) + 1
        return spot if verb + 1 < len(after) else None

    def _spot(
        self, before: list[tuple[int, int, str]], after: list[tuple[int, int, str]]
    ) -> tuple[int, int] | None:
        if len(before) < 2 or len(after) < 3:
            return None
        if any(t[2].casefold() in _TIME for t in before):
            return None  # "The first day of the fair, …": a time phrase introduces the sentence
        words = [t[2] for t in before] + [","] + [t[2] for t in after]
        # A sentence's capital makes the tagger read an ordinary first word as a name ("Per City
        # Charter, the Council is"): one the dictionary knows only in lower case is tagged so.
        if english().only_lower_case(words[0].casefold()):
            words[0] = words[0].casefold()
        # Tagged lazily, left to right: most sentences are ruled out by their subject's tags,
        # and the words after the comma are then never tagged.
        tags = (tag for _, tag in part_of_speech_tagger().iter_tags(words))
        subject = _subject_tags(tags, before)
        if subject is None or not any(t.startswith("NN") for t in subject):
            return None
        next(tags)  # the comma
        rest = list(tags)
        if after[0][2].casefold() in _RELATIVE:
            return self._after_relative(after, rest)
        names = 0
        while names < len(after) and rest[names] in ("NNP", "NNPS"):
            names += 1
        if names < 2:
            # A title follows a name only: "This summer, the Premier League was" opens with time.
            return self._after_title(after, rest) if "NNP" in subject else None
        if names >= len(after):
            return None
        verb = names + _time_adjunct(after, rest, names)
        if verb < len(after) and (rest[verb] in _FINITE or after[verb][2] in _PLURAL_FINITE):
            return after[names - 1][0], after[names - 1][1]
        return None

    @staticmethod
    def _dash_aside(text: str, start: int, end: int) -> tuple[int, int] | None:
        """The word before the verb an aside opened by a spaced dash runs into, if it does."""
        opener = _DASH_OPENER.search(text, start, end)
        if opener is None:
            return None
        found = _TOKEN.finditer(text, opener.end(), end)
        tokens = [(m.start(), m.end(), m.group()) for m in islice(found, AFTER_TOKENS)]
        stop = next((i for i, t in enumerate(tokens) if t[2] in _MARKS), len(tokens))
        if stop < 3:
            return None
        rest = [tag for _, tag in part_of_speech_tagger().iter_tags([t[2] for t in tokens])]
        title = 0
        while title < stop and (
            rest[title] in _TITLE_TAGS
            or (rest[title] == "IN" and tokens[title][2].casefold() in _NAME_PREPOSITIONS)
        ):
            title += 1
        if title < 2 or title + 1 >= stop or not rest[title - 1].startswith("NN"):
            return None
        verb = rest[title] in _FINITE or tokens[title][2] in _PLURAL_FINITE
        joined = rest[title] == "CC" and rest[title + 1] in ("VBD", "VBN", "VBZ")
        if not (verb or joined):
            return None
        return tokens[title - 1][0], tokens[title - 1][1]

    @staticmethod
    def _after_title(after: list[tuple[int, int, str]], rest: list[str]) -> tuple[int, int] | None:
        """The aside is a title or description ("…, Governor of the Eastern Region received",
        "…, the deputy chief of Xicheng District held"): a noun phrase with no conjunction (a
        list's "Bread, milk and eggs were" is no aside) ending on a capitalised name, then a
        finite verb."""
        end = 0
        while end < len(after) and (
            rest[end] in _TITLE_TAGS
            or (rest[end] == "IN" and after[end][2].casefold() in _NAME_PREPOSITIONS)
        ):
            end += 1
        if end < 2 or end >= len(after) or not after[end - 1][2][:1].isupper():
            return None
        verb = rest[end] in _FINITE or after[end][2] in _PLURAL_FINITE
        # A past form the tagger reads as a participle is the verb when an object or adverb
        # follows ("…Eastern Region received here today"), not an agent ("owned by").
        participle = rest[end] == "VBN" and end + 1 < len(rest) and rest[end + 1] in _AFTER_VERB
        if not (verb or participle):
            return None
        return after[end - 1][0], after[end - 1][1]

    @staticmethod
    def _after_relative(
        after: list[tuple[int, int, str]], rest: list[str]
    ) -> tuple[int, int] | None:
        if len(rest) < 2 or not (rest[1] in _FINITE or after[1][2] in _PLURAL_FINITE):
            return None  # "…, who is": the relative clause opens with its own verb
        for i in range(3, len(after)):
            if rest[i] in _FINITE and rest[i - 1] in _NOUNS and after[i - 1][2][:1].isupper():
                return after[i - 1][0], after[i - 1][1]
        return None


def _time_adjunct(after: list[tuple[int, int, str]], rest: list[str], at: int) -> int:
    """How many tokens at `at` date the verb after a name ("Satya Pal Malik on July 16 said"):
    "on" and a day, a month or figures; 0 when none do."""
    if at >= len(after) or after[at][2] != "on":
        return 0
    end = at + 1
    while (
        end < len(after)
        and end - at <= 3
        and (after[end][2].casefold() in _TIME or rest[end] == "CD")
    ):
        end += 1
    return end - at if end > at + 1 else 0


def _region_after_place(text: str, comma: int, second: int) -> bool:
    """Whether the stretch between two commas is a region naming where the place before the
    first lies ("in Charlestown, New Hampshire, Ms. Gabbard was asked"): capitalised words only,
    after a capitalised word. It belongs to the opening phrase and is no subject."""
    words = text[comma + 1 : second].split()
    return (
        0 < len(words) <= 3
        and all(word[:1].isupper() for word in words)
        and _word_before(text, comma)[:1].isupper()
    )


def _word_before(text: str, at: int) -> str:
    """The run of non-space characters that ends last before `at` (past any space), read in
    place: copying the text before every sentence's comma made a megabyte quadratic."""
    end = at
    while end > 0 and text[end - 1].isspace():
        end -= 1
    start = end
    while start > 0 and not text[start - 1].isspace():
        start -= 1
    return text[start:end]


def _after_dateline(text: str, start: int, end: int) -> int:
    """Where the clause starts after a dateline that opens the sentence ("Tehran (ISNA) - Iran's
    spokesman, …", "MOGADISHU [SMN] – Hassan Sheikh Mohamud, …"): a few words, one of them
    capitalised, then a spaced dash and a capital. Without one, the sentence's start."""
    head = _DATELINE.match(text, start, end)
    return head.end() if head is not None else start


def introduces(text: str, start: int, comma: int) -> bool:
    """Whether the stretch before the sentence's first comma opens it as an introduction: a
    preposition's phrase or a participle's ("In a statement on Monday", "Speaking at the event"),
    with no mark, verb of its own or relative word in it."""
    stretch = text[start:comma]
    if not _CLOSERS.isdisjoint(stretch):
        return False
    words = [m.group() for m in _TOKEN.finditer(stretch)]
    if len(words) < 2 or words[0].casefold() in _SUBORDINATORS:
        return False
    tags = part_of_speech_tagger().iter_tags(words)  # lazily: most fail on the first word
    if next(tags)[1] not in ("IN", "VBG", "VBN"):
        return False
    return not any(t in _FINITE or t in _NOT_SUBJECT for _, t in tags)


def _sides(
    text: str, start: int, stop: int, comma: int, opener: int
) -> tuple[list[tuple[int, int, str]], list[tuple[int, int, str]]]:
    """The tokens before the comma, and the first `AFTER_TOKENS` after the opener (no later
    one is read: a long sentence without a closing mark is not tokenised to its end)."""
    before: list[tuple[int, int, str]] = []
    after: list[tuple[int, int, str]] = []
    for match in _TOKEN.finditer(text, start, stop):
        begin, end = match.span()
        if end <= comma:
            before.append((begin, end, match.group()))
        elif begin > opener:
            after.append((begin, end, match.group()))
            if len(after) == AFTER_TOKENS:
                break
    return before, after


def _subject_tags(tags: Iterator[str], before: list[tuple[int, int, str]]) -> list[str] | None:
    """The tags of the stretch before the comma, or None as soon as one shows it is no bare noun
    phrase: an opening preposition or adverb, a verb, pronoun or relative word, or a preposition
    other than a name's "of"/"for" ("Part way through the set, …": an adverbial)."""
    subject: list[str] = []
    for (_, _, word), tag in zip(before, islice(tags, len(before)), strict=True):
        if not subject and tag in _OPENING_NOT_SUBJECT:
            return None
        if tag.startswith("VB") or tag in _NOT_SUBJECT:
            return None
        if tag == "IN" and word.casefold() not in _NAME_PREPOSITIONS:
            return None
        if tag == "TO" and len(subject) == 1 and subject[0] in _BEFORE_TO:
            return None  # "Thanks to the forum, …", "Due to the storm, …": an opening phrase
        subject.append(tag)
    return subject


def compile(rule: Rule, vocabulary: Vocabulary) -> UnclosedAsideCheck:
    return UnclosedAsideCheck(rule, vocabulary)
