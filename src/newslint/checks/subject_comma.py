"""`subject-comma`: a comma between a sentence's subject and its verb ("LE SSERAFIM, has released a
new trailer", "Widodo and first lady Iriana, conducted Eid prayer").

English never separates a subject from its verb by one comma; an appositive or an aside takes a
pair ("Smith, 45, was"). Machine translation from languages that mark the topic with a pause
leaves the single comma. A sentence (or the part after a dateline dash, a colon or a quotation
mark, unless the mark quotes a term inside the clause: an “equal weight” rating) is judged when the stretch before its first comma is a noun phrase: the part-of-speech
tagger newslint ships with finds no verb, pronoun subject, relative word or opening preposition or
adverb in it ("In 2020, was" and "However, is" are other matters), and a noun or number to head it
(a forecast's "Much cooler, scattered showers" is two phrases, no subject). The word after the comma must
be a finite verb ("has", "will", "conducted" with its object, an irregular past: "said"), not a
participle opening an aside
("based on"), and not an attribution ("…, said Mauer, are"). A comma followed by another within
ten words, and before any colon, opens an aside ("The report, released Tuesday, says"; inside
quotation marks too:
"The policy, dubbed “clean slate,” takes") and is left alone. Only
statements are judged: "Uzra, are you here?" addresses someone, and a headline ("The crisis in
Sudan, explained") has no full stop. Only sentences with a comma before a verb-shaped word are
tagged, so the tagger runs on few sentences.

A subject may hold a restrictive relative clause ("the extreme right that supports the outgoing
president Jair Bolsonaro, is still present"): with no comma before its "that", "which" or "who"
the one after it opens no aside, so a noun phrase, the relative word, a clause with a verb, the
comma and an auxiliary or modal split the subject from its verb too. A "that" after a noun is
tried both as the start of a reported clause and as such a relative word.

Keys: `min_words` (the shortest subject judged).
"""

from __future__ import annotations

from collections.abc import Iterator
from itertools import islice
from typing import Any

from newslint.checks import Check, Option, finding
from newslint.checks.tagging import REPORTED_CLAUSE, part_of_speech_tagger
from newslint.checks.unclosed_aside import DEFINITE_SUBJECT, introduces
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.verb_forms import BE_FINITE, HAVE_FORMS, MODALS

FIXES = True  # its findings carry fixes (see the rule's `applicability`)
OPTIONS = {"min_words": Option((int,), default=2, doc="the shortest subject judged")}

# English's common irregular past forms (a closed class of the grammar, not words of any page):
# "Mr Mackay, said:" splits its subject from its verb as "Widodo, conducted" does.
_IRREGULAR_PAST = (
    "said|told|wrote|met|made|took|gave|held|led|sent|spoke|saw|came|found|won|lost|paid|sought"
    "|brought|built|kept|felt|began|became|went|left|knew|thought|got|ran|stood|fell|rose|grew"
)
# A comma before a word that may be a finite verb: an auxiliary, a modal, an irregular past, or a
# word ending as English verbs inflect. The tagger decides; this only spares it the other
# sentences. An adverb may stand between ("…of Indonesia, also met"): then any word may be the
# verb.
_CANDIDATE = compile_pattern(
    r"(?<=\p{L}), (?=(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall"
    rf"|should|{_IRREGULAR_PAST}|\p{{Ll}}+(?:s|ed))\b|(?:also|\p{{Ll}}+ly) \p{{Ll}}+\b)"
)
# Where a clause starts inside a sentence: after a colon, semicolon, dash or quotation mark, or
# a full stop glued to the next sentence's capital ("in the state.The NGF, stated"). A closing
# mark right after a word and before a lower-case one closes a quoted term inside the clause
# ("has an “equal weight” rating on the shares, raised"), not a quotation: no clause starts.
_CLAUSE_START = compile_pattern(
    r"[:;–—]\s|\s-\s|(?![”\"] \p{Ll})(?<![\p{L}\p{N}][”\"])[“”\"]\s?|(?<=\p{Ll})\.(?=\p{Lu})"
)
# A verb set off by the clause's first comma is an attribution inside the sentence
# ("Recipients, said John Smith, are"), which opens no clause; after an aside closed by a second
# comma ("The ministry, in a statement, said the office, has") it does.
_ADVERB_ENDINGS = ("ly",)
# The verb-shaped words the candidate pattern lets straight after the comma.
_VERB_SHAPED = compile_pattern(
    r"(?:is|are|was|were|has|have|had|will|would|can|could|may|might|must|shall|should"
    rf"|{_IRREGULAR_PAST}|\p{{Ll}}+(?:s|ed))"
)
_QUOTATION_OPENS = compile_pattern(r":(?=\s)")
# A list item's bullet before the sentence ("- On the agenda, ..."): not part of the subject.
_BULLET = compile_pattern(r"[ \t]*[-–—•*·▪][ \t]+")
_FINITE = frozenset({"VBZ", "VBD", "MD"})
# An auxiliary or modal opens no aside ("…of the people, was of crucial importance, he added"):
# a later comma then ends something else.
_AUXILIARIES = BE_FINITE | HAVE_FORMS | MODALS
ASIDE_WORDS = 10  # an aside closed by a comma this soon after the first ("released Tuesday,")
# Closing quotation marks a closing comma may stand inside (American style: dubbed “clean,” is).
_CLOSING_QUOTES = "”’\"'"
# A statement's ends; a colon ends one that leads into a list or a quotation ("…, is still
# present and must be defeated in sequence:").
_PROSE_ENDS = (".", "!", ".”", '."', "!”", '!"', ":")
_PLURAL_FINITE = frozenset({"are", "have", "were"})  # VBP, without imperatives ("click")
_OBJECT_START = frozenset({"DT", "NN", "NNS", "NNP", "NNPS", "PRP$", "JJ", "CD"})
# A verb, a pronoun subject ("It, was"), a relative word or an opening adverbial in the stretch
# before the comma: then it is a clause or an introduction, not a bare subject.
_NOT_SUBJECT = frozenset({"MD", "WDT", "WP", "WRB", "PRP", "EX"})
_OPENING_NOT_SUBJECT = frozenset({"IN", "RB", "CC", "UH", "TO"})
# An adjective or adverb then "to" opens a phrase ("Due to", "Prior to", "Eager to"), no subject.
_BEFORE_TO = frozenset({"JJ", "RB"})
_ATTRIBUTION = frozenset(
    {"said", "says", "told", "added", "stated", "noted", "explained", "wrote", "asked"}
)


# A closing mark right after a word and before a lower-case one: the end of a quoted term.
_TERM_CLOSE = compile_pattern(r"(?<=[\p{L}\p{N}])[”\"](?= \p{Ll})")


# A restrictive relative clause inside a subject: its word, the tags the tagger gives it, and what
# may stand before it in the noun phrase it restricts.
_RELATIVE = frozenset({"that", "which", "who"})
_RELATIVE_TAGS = frozenset({"WDT", "WP", "IN"})
_NOUN_PHRASE = frozenset(
    {"DT", "PDT", "JJ", "JJR", "JJS", "NN", "NNS", "NNP", "NNPS", "CD", "PRP$", "POS"}
)


def _quotes_a_term(text: str, start: int, comma: int) -> bool:
    """Whether the mark at `start` opens a quoted term that closes before the comma: the term is
    part of the clause, its opening mark starts nothing."""
    return text[start] in '“"' and _TERM_CLOSE.search(text, start + 1, comma) is not None


def _appositive_relative(text: str, clause: int, that: Any) -> bool:
    """Whether the "that" a reported clause would start at is a relative word inside an
    appositive the last comma before it opened ("IDA Ireland, the state agency that courts
    investors, said"; after "…, and" too): a noun phrase before that comma and another between
    it and "that", so the comma after the relative clause closes the aside and splits no subject
    from its verb. An opening phrase before the comma ("despite the win in the vote, the party that") is none."""
    if not that.group().startswith("that") or that.group("comma"):
        return False
    opened = text.rfind(",", clause, that.start())
    if opened < 0 or not DEFINITE_SUBJECT.match(text, opened + 1, that.start()):
        return False
    joined = text.rfind(",", clause, opened)  # a comma before: the head opens a second clause
    head = max(clause, joined + 1)
    for reported in REPORTED_CLAUSE.finditer(text, head, opened):
        head = reported.end()  # "…revealed that Veolia Water, a company that": the clause's own
    words = text[head:opened].split()
    if joined >= 0 and words and words[0] in _CLAUSE_JOINS:
        words = words[1:]  # "…, and IDA Ireland, the agency that": the second clause's subject
    return _noun_phrase(words) and _noun_phrase(text[opened + 1 : that.start()].split())


# Words that join a second clause to the first after its comma ("…, and IDA Ireland, the ...").
_CLAUSE_JOINS = frozenset({"and", "but", "or", "while", "whereas", "yet"})


def _noun_phrase(words: list[str]) -> bool:
    """Whether the tagger reads `words` as a bare noun phrase: a name, or a determiner, adjectives
    and a noun ("IDA Ireland", "the state agency"), no verb, preposition or relative word."""
    tags = [tag for _, tag in part_of_speech_tagger().iter_tags(words)]
    return bool(tags) and tags[-1].startswith("NN") and all(t in _NOUN_PHRASE for t in tags)


class SubjectCommaCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.min_words = int(rule.option("min_words"))

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for sentence in doc.sentences:
            if not text[sentence.start : sentence.end].rstrip().endswith(_PROSE_ENDS):
                continue  # a question, or a headline ("The crisis in Sudan, explained")
            for found in _CANDIDATE.finditer(text, sentence.start, sentence.end):
                comma = found.start()
                # An aside closes before a colon: a comma after one ("Mr Mackay, said: “Our
                # Chairman, Uisdean Robertson, has") belongs to what the colon introduces.
                rest = _QUOTATION_OPENS.split(text[found.end() : sentence.end], maxsplit=1)[0]
                following = (rest.split() or [""])[:ASIDE_WORDS]
                if following[0] not in _AUXILIARIES and any(
                    word.rstrip(_CLOSING_QUOTES).endswith(",") for word in following
                ):
                    continue  # "The report, released Tuesday, says": the comma opens an aside
                opened = _CLAUSE_START.finditer(text, sentence.start, comma)
                clause = max(
                    (m.end() for m in opened if not _quotes_a_term(text, m.start(), comma)),
                    default=sentence.start,
                )
                reported = [
                    m
                    for m in REPORTED_CLAUSE.finditer(text, clause, comma)
                    if not m.group("comma") or text.count(",", clause, m.start()) >= 2
                ]
                if reported and _appositive_relative(text, clause, reported[-1]):
                    continue  # "IDA Ireland, the agency that courts investors, said": it closes
                starts = [clause, *(m.end() for m in reported)]
                if len(starts) > 1 and text[clause : starts[-1]].strip():
                    clause = starts[-1]
                rest = text[found.end() : sentence.end]
                subject = self._subject(text, clause, comma)
                if subject is not None and self._splits_subject_from_verb(subject, rest):
                    yield finding(self.rule, comma, comma + 1, fix="", applicability="unsafe")
                    continue
                # "the extreme right that supports the president, is": the last "that" may open
                # a relative clause inside the subject, not a reported one.
                if reported and reported[-1].group().startswith("that"):
                    clause = starts[-2]
                subject = self._subject(text, clause, comma)
                if subject is not None and self._relative_subject(subject, rest):
                    yield finding(self.rule, comma, comma + 1, fix="", applicability="unsafe")

    def _subject(self, text: str, clause: int, comma: int) -> str | None:
        """The stretch from the clause's start to the comma that may be its subject, or None when
        a comma in it (an aside, a list) or its length rules it out."""
        bullet = _BULLET.match(text, clause, comma)
        clause = bullet.end() if bullet else clause
        subject = text[clause:comma]
        if subject.count(",") == 1:
            # "Being the fourth pillar of the state, the media's contribution to ..., was":
            # after an opening phrase the subject starts at its comma.
            opening = text.find(",", clause, comma)
            if DEFINITE_SUBJECT.match(text, opening + 1, comma) and introduces(
                text, clause, opening
            ):
                subject = text[opening + 1 : comma]
        if "," in subject or len(subject.split()) < self.min_words:
            return None  # not the clause's first comma: an aside or a list came before
        return subject

    def _relative_subject(self, subject: str, rest: str) -> bool:
        """A noun phrase with a restrictive relative clause, then the comma, then an auxiliary or
        modal ("The group that backs him, is", "Those who voted, were"): an aside would have
        opened with a comma before the relative word, so the single one splits subject and verb."""
        from newslint.vale.tagger import treebank_words

        before = treebank_words(subject.replace("’", "'"))
        after = treebank_words(" ".join(rest.split()[:4]).replace("’", "'"))
        if not after or after[0] not in _AUXILIARIES:
            return False
        at = next((i for i, word in enumerate(before) if word.casefold() in _RELATIVE), 0)
        if at < 1:
            return False
        tags = [tag for _, tag in part_of_speech_tagger().iter_tags([*before, ",", *after])]
        head, clause = tags[:at], tags[at + 1 : len(before)]
        return (
            head[-1].startswith("NN")
            and all(tag in _NOUN_PHRASE for tag in head)
            and tags[at] in _RELATIVE_TAGS
            and any(tag.startswith("VB") for tag in clause)
            and not any(tag in _RELATIVE_TAGS or tag == "MD" for tag in clause[:1])
            and tags[len(before) + 1] in _FINITE | {"VBP"}
        )

    def _splits_subject_from_verb(self, subject: str, rest: str) -> bool:
        from newslint.vale.tagger import treebank_words

        # The tagger learnt the straight apostrophe: a curly possessive ("society’s") read as one
        # word is tagged as a verb.
        before = treebank_words(subject.replace("’", "'"))
        after = treebank_words(" ".join(rest.split()[:4]).replace("’", "'"))
        if not before or not after:
            return False
        if not _VERB_SHAPED.fullmatch(after[0]) and not (
            after[0] == "also" or after[0].endswith(_ADVERB_ENDINGS)
        ):
            return False  # neither a verb nor an adverb before one, whatever the tags
        # Tagged left to right, and given up at the subject's first tag that rules it out: a
        # guess reads only the words around it, so the tags read are those of the whole list.
        tagged = part_of_speech_tagger().iter_tags([*before, ",", *after])
        subject_tags: list[str] = []
        for _, tag in islice(tagged, len(before)):
            if not subject_tags and tag in _OPENING_NOT_SUBJECT:
                return False
            if tag.startswith("VB") or tag in _NOT_SUBJECT:
                return False
            subject_tags.append(tag)
        if len(subject_tags) > 1 and subject_tags[0] in _BEFORE_TO and subject_tags[1] == "TO":
            return False  # "Due to the weather, ...", "Eager to win, ...": an opening phrase
        if not any(t.startswith("NN") or t == "CD" for t in subject_tags):
            return False  # no head noun: "Much cooler, scattered showers" is a forecast's phrase
        tags = [*subject_tags, *(tag for _, tag in tagged)]
        verb, following = tags[len(before) + 1], after[1:2]
        at = len(before) + 1
        if verb == "RB" and (after[0] == "also" or after[0].endswith(_ADVERB_ENDINGS)):
            if len(after) < 2:
                return False
            after, at = after[1:], at + 1  # "…, also met": the verb comes after its adverb
            verb, following = tags[at], after[1:2]
        elif not _VERB_SHAPED.fullmatch(after[0]):
            return False
        word = after[0]
        if word in _ATTRIBUTION and following and following[0][:1].isupper():
            return False  # "…, said Mauer, are": an attribution inside the sentence
        if verb in _FINITE or word in _PLURAL_FINITE:
            return True
        # A past form the tagger reads as a participle is a verb when its object follows.
        object_tag = tags[at + 1] if len(tags) > at + 1 else ""
        return verb == "VBN" and object_tag in _OBJECT_START


def compile(rule: Rule, vocabulary: Vocabulary) -> SubjectCommaCheck:
    return SubjectCommaCheck(rule, vocabulary)
