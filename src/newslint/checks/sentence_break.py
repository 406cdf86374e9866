"""`sentence-break`: two sentences run together with no full stop between them ("… appointed two
ministers The assembly met …", "… the deal Our envoys will …").

The rule's `pattern` keys are read as the `pattern` kind reads them (the clause openers a rule pack
names). Beside them the check judges any capitalised word between two lower-case words on the
evidence of English itself, not a list: a function word or a sentence adverb written with a
capital in mid-sentence can only open a sentence whose stop was lost (or be a slip of case, which
the same finding shows). The word is judged when

- its lower-case form is common in English (wordfreq, `min_zipf`) and the cased dictionary
  (Hunspell's en_US, which keeps case) knows it only in lower case, so it names no one ("Will",
  "May", "Rose" are left alone), or the tagger's training text had it only as a pronoun or a
  determiner ("it": the dictionary's "It" is a title);
- the part-of-speech tagger, reading the sentence with the word in lower case, gives it a
  closed-class or adverb tag (`tags`: determiner, pronoun, possessive, wh-word, modal, adverb):
  a content word with a capital is as often a house style's name for a body ("the Government
  said") as a slip;
- the word before it is in lower case and can end a clause: the tagger reads it as no
  preposition, determiner, possessive or conjunction, and it is no verb or noun that introduces
  a title ("a film called The dig", "the song Yesterday is"): after those a capital opens a
  title in sentence case. After a capitalised word nothing is judged;
- an adverb is not followed straight by a verb: there it is a subject, a name ("job site
  Indeed said");
- the word after the next is no capital ("Imagine Me and You" is a title) and the line is
  running text, not a title-case headline (`max_upper_share` of its words capitalised);
- after a noun, or when it is a wh-word, the capital opens a clause of its own: a finite verb
  follows in its sentence, and a word that can only be a wh-word is not straight before one. A
  noun may introduce a name ("the firm Which said", "the button Here to read", "choose Why not
  later").

A common noun with a capital (`subject_tags`) is judged as a clause's subject: after a word that
can end a clause (`clause_end_tags`), in a sentence with a finite verb before it, and heading a
noun phrase of at most `max_subject_words` words straight before a common finite verb ("property
crime Communities are now stronger"). A house style's capital stands inside a phrase ("senior
Government figures", "the Minister said"), after an adjective or an article.

A word the rule's patterns find is left alone in a title-case line that ends no sentence (a
headline: "Much Food Goes There to Die"); a headline run into its story's first sentence on one
line ends on that sentence's stop and is still judged.

Prepositions and conjunctions (tags IN, CC) are left to `capital-mid-sentence`, which names them.

Keys: those of `pattern`, and `min_zipf`, `tags`, `subject_tags`, `clause_end_tags`,
`clause_words` (how far each side the tagger reads), `max_subject_words`, `max_upper_share`.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from functools import cached_property

import regex

from newslint.checks import Option, finding, finditer, render
from newslint.checks.pattern import OPTIONS as PATTERN_OPTIONS
from newslint.checks.pattern import PatternCheck
from newslint.checks.tagging import part_of_speech_tagger
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import MEMO_LIMIT, Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

FIXES = False
OPTIONS = {
    **PATTERN_OPTIONS,
    "min_zipf": Option(
        (int, float), default=4.0, doc="how common in English the word's lower-case form must be"
    ),
    "tags": Option(
        (list,),
        default=["DT", "PDT", "PRP", "PRP$", "EX", "WDT", "WP", "WP$", "WRB", "MD", "RB"],
        doc="the tagger's tags for the lower-case word that make it a clause's opener",
    ),
    "subject_tags": Option(
        (list,),
        default=["NN", "NNS"],
        doc="tags of a content word that opens a clause as the subject of a finite verb",
    ),
    "clause_end_tags": Option(
        (list,),
        default=["NN", "NNS", "VB", "VBN", "VBG", "RB", "PRP", "CD"],
        doc="tags of the word before a content opener that can end the clause before it",
    ),
    "clause_words": Option(
        (int,), default=10, doc="words read each side of the word for a clause's finite verb"
    ),
    "max_subject_words": Option(
        (int,), default=3, doc="words of a subject between a content opener and its verb"
    ),
    "max_upper_share": Option(
        (int, float), default=0.5, doc="a larger share of capitalised words makes a title line"
    ),
}


# A capitalised word of two letters or more between two lower-case words on one line: a single
# capital is a grade, a class, a letter or "I". After a capitalised word ("on Monday It was") it
# is not judged: in old print and scraped pages the capital before is as often a heading or a
# title run in without its line break ("Mr. Vest, General Counsel There were presented").
_CANDIDATE = compile_pattern(
    r"(?<=(?:^|[\s(])(?P<before>\p{Ll}{2,})) (?P<word>\p{Lu}\p{Ll}+)(?= \p{Ll}{2,})"
)
# Words after which a capital opens a work's title, not a sentence: naming verbs and the nouns
# for works ("a film called The dig", "the song Yesterday").
_TITLE_BEFORE = compile_pattern(
    r"(?:titled|entitled|called|named|dubbed|song|single|track|album|film|movie|novel|book"
    r"|poem|play|show|series|programme|program|musical|painting|newspaper|magazine)"
)
# A capital again after the lower-case word: a title in title case with its short words in lower
# case ("the comedy Imagine Me and You"), not a sentence.
_TITLE_GOES_ON = compile_pattern(r" \p{Ll}+ \p{Lu}")
# Tags of a word after which no sentence ends.
_NO_END_TAGS = frozenset(("IN", "TO", "DT", "PDT", "PRP$", "POS", "CC", "WDT", "WP$", "WRB"))
# Tags of words that name no one, whatever the dictionary's capitalised entries hold.
_PRONOUN_TAGS = frozenset(("PRP", "PRP$", "DT", "PDT", "EX", "WDT", "WP", "WP$"))
_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))
_NOUN_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS"))
_WH_TAGS = frozenset(("WDT", "WP", "WP$", "WRB"))
# A preposition or a subordinator ("During", "As", "According") begins no name a noun introduces.
_PREPOSITION_TAGS = frozenset(("IN", "VBG", "TO"))
# What may stand between a subject's first word and its verb ("Local and state governments are").
_NOUN_PHRASE_TAGS = frozenset(("NN", "NNS", "JJ", "CC", "POS"))
# What parts the sentence around a candidate from the text before and after it.
_SENTENCE_BOUNDARY = compile_pattern(r"[.!?;:\n\"“”]")
_WORD = compile_pattern(r"\p{L}[\p{L}'’-]*")
_ENDS_SENTENCE = compile_pattern(r"[.!?][\"”’)]*\s*$")


class SentenceBreakCheck(PatternCheck):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.min_zipf = float(rule.option("min_zipf"))
        self.tags = frozenset(str(tag) for tag in rule.option("tags"))
        self.max_upper_share = float(rule.option("max_upper_share"))
        self.subject_tags = frozenset(str(tag) for tag in rule.option("subject_tags"))
        self.clause_end_tags = frozenset(str(tag) for tag in rule.option("clause_end_tags"))
        self.clause_words = int(rule.option("clause_words"))
        self.max_subject_words = int(rule.option("max_subject_words"))
        # A word's verdict depends only on the word, this check's options and its vocabulary.
        self._judged: dict[str, bool] = {}

    def gate_patterns(self) -> list[regex.Pattern[str]]:
        return [*self.patterns, _CANDIDATE]

    @cached_property
    def line_local(self) -> bool:  # type: ignore[override]
        return False

    def run(self, doc: Document) -> Iterator[Finding]:
        return self.run_parts(doc, dict.fromkeys(range(len(self.patterns) + 1)))

    def run_parts(
        self,
        doc: Document,
        parts: Mapping[int, tuple[tuple[int, int], ...] | None],
        excused_in: tuple[int, int] | None = None,
    ) -> Iterator[Finding]:
        listed = {i: ranges for i, ranges in parts.items() if i < len(self.patterns)}
        text = doc.text
        found = [
            f
            for f in super().run_parts(doc, listed, excused_in)
            if not self._in_headline(text, f.start, f.end)
        ]
        yield from found
        if len(self.patterns) not in parts:
            return
        taken = {(f.start, f.end) for f in found}
        ranges = parts[len(self.patterns)]
        for start, end in ((0, len(text)),) if ranges is None else ranges:
            for match in finditer(_CANDIDATE, text, start, end):
                span = match.span("word")
                if span not in taken and self._opens_sentence(text, match):
                    message = render(self.rule.message, word=match.group("word"))
                    yield finding(self.rule, span[0], span[1], message)

    def _opens_sentence(self, text: str, match: regex.Match[str]) -> bool:
        word = match.group("word").lower()
        before = match.group("before")
        start, end = match.span("word")
        if _TITLE_BEFORE.fullmatch(before) or _TITLE_GOES_ON.match(text, end):
            return False
        if not self._common_lower_case(word):
            return False
        left, right = _sentence_around(text, start, end)
        if self._title_case(left + match.group("word") + right):
            return False
        tagged = self._tags_around(left, word, right)
        return tagged is not None and self._tagged_as_opener(tagged, word)

    def _tags_around(
        self, left: str, word: str, right: str
    ) -> tuple[list[str], list[str], int] | None:
        """The tags of up to `clause_words` words either side of `word` (in lower case) and
        `word` itself, and its index; None when no word of its sentence comes before it."""
        from newslint.vale.tagger import treebank_words

        # The greedy tagger reads two words either side and the two tags before: a few words of
        # context give the word the tag the whole sentence would (and cost far less); the window
        # is wide enough to find each clause's finite verb.
        before = treebank_words(left)[-self.clause_words :] if left.strip() else []
        after = treebank_words(right)[: 3 * self.clause_words] if right.strip() else []
        if not before:
            return None
        tagged = part_of_speech_tagger().tag([*before, word, *after])
        return [tag for _, tag in tagged], [w for w, _ in tagged], len(before)

    def _common_lower_case(self, word: str) -> bool:
        judged = self._judged
        if len(judged) > MEMO_LIMIT:
            judged.clear()
        verdict = judged.get(word)
        if verdict is None:
            verdict = judged[word] = self._judge_common_lower_case(word)
        return verdict

    def _judge_common_lower_case(self, word: str) -> bool:
        from newslint.cased_lexicon import english  # the dictionary loads only when asked

        if self.vocabulary.zipf(word) < self.min_zipf:
            return False
        lexicon = english()
        if lexicon.only_lower_case(word):
            return True
        # The dictionary's capitalised entries hold rare senses of pronouns ("It", the novel):
        # a word the tagger's training text had only as a pronoun or determiner names no one.
        certain = part_of_speech_tagger().model.tagdict.get(word)
        return lexicon.is_lower_case_word(word) and certain in _PRONOUN_TAGS

    def _in_headline(self, text: str, start: int, end: int) -> bool:
        """Whether the span stands in a title-case line that ends no sentence: a headline, whose
        capitals say nothing of where a sentence opens ("Much Food Goes There to Die"). A title
        run into its story's first sentence ends on the sentence's stop, and stays judged."""
        line_end = text.find("\n", end)
        line = text[text.rfind("\n", 0, start) + 1 : len(text) if line_end < 0 else line_end]
        return _ENDS_SENTENCE.search(line) is None and self._title_case(line)

    def _title_case(self, sentence: str) -> bool:
        words = _WORD.findall(sentence)
        capitals = sum(1 for w in words if w[0].isupper())
        return not words or capitals > self.max_upper_share * len(words)

    def _tagged_as_opener(self, tagged: tuple[list[str], list[str], int], word: str) -> bool:
        tags, words, at = tagged
        tag, previous = tags[at], tags[at - 1]
        if previous in _NO_END_TAGS:
            return False
        if tag in self.tags:
            # An adverb opens a sentence before its subject; straight before a verb it is a
            # subject itself, a firm's or a person's name ("job site Indeed said").
            following = tags[at + 1] if at + 1 < len(tags) else ""
            if tag == "RB" and following in _FINITE_TAGS:
                return False
            if previous in _NOUN_TAGS or tag in _WH_TAGS:
                return self._clause_after_noun(tags, at, word)
            return True
        return (
            tag in self.subject_tags
            and previous in self.clause_end_tags
            and bool(_FINITE_TAGS.intersection(tags[:at]))
            and self._subject_of_verb(tags, words, at)
        )

    def _clause_after_noun(self, tags: list[str], at: int, word: str) -> bool:
        """After a noun a capital may open the name the noun introduces ("the firm Which said",
        "the label Each other", "the button Here to read"), and a wh-word a title ("choose Why
        not later"): there only a clause of its own, a finite verb from the word on, is a
        sentence; and a word that can only be a wh-word (the tagger's training text had it as
        nothing else: "which", not "that") straight before a verb opens a relative clause. A word
        set off by a comma ("a ceasefire However, fighting resumed") names nothing."""
        following = tags[at + 1] if at + 1 < len(tags) else ""
        if following == "," or tags[at] in _PREPOSITION_TAGS:
            return True
        if not _has_finite_verb(tags[at:]):
            return False
        certain = part_of_speech_tagger().model.tagdict.get(word)
        return not (certain in _WH_TAGS and following in _FINITE_TAGS)

    def _subject_of_verb(self, tags: list[str], words: list[str], at: int) -> bool:
        """Whether the content word at `at` heads a subject straight before its finite verb
        ("property crime Communities are now", "the community Towns have"): a noun phrase of a
        few words, then the verb."""
        for tag, verb in zip(
            tags[at + 1 : at + 1 + self.max_subject_words],
            words[at + 1 : at + 1 + self.max_subject_words],
            strict=True,
        ):
            if tag in _FINITE_TAGS:
                # The tagger guesses a word it never saw by its ending ("oi" in a scan): the
                # verb must be one English writes often.
                return self.vocabulary.zipf(verb.lower()) >= self.min_zipf
            if tag not in _NOUN_PHRASE_TAGS:
                return False
        return False


def _has_finite_verb(tags: list[str]) -> bool:
    """Whether a finite verb is among `tags`. The greedy tagger reads a past tense after a noun
    as often as a participle ("the match ended" VBN): a participle with no verb before it to
    carry it stands for the finite verb."""
    for index, tag in enumerate(tags):
        if tag in _FINITE_TAGS:
            return True
        if tag == "VBN" and not any(t.startswith("VB") or t == "MD" for t in tags[:index]):
            return True
    return False


def _sentence_around(text: str, start: int, end: int) -> tuple[str, str]:
    """The words of the sentence before `start` and after `end`, as far as a stop, a line break
    or a quotation mark."""
    left = _SENTENCE_BOUNDARY.split(text[max(0, start - 300) : start])[-1]
    right = _SENTENCE_BOUNDARY.split(text[end : end + 300])[0]
    return left, right


def compile(rule: Rule, vocabulary: Vocabulary) -> SentenceBreakCheck:
    return SentenceBreakCheck(rule, vocabulary)
