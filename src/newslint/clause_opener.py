"""Whether a capitalised word inside a line opens a clause of its own: the statistics of English
(wordfreq, the cased dictionary, the part-of-speech tagger) that the kinds `sentence-break` and
`comma-clause` share. A word is judged when its lower-case form is common and names no one, the
line is not in title case, and the tagger, reading the sentence with the word in lower case, gives
it an opener's tag (determiner, pronoun, wh-word, modal, adverb: `tags`) or reads it as the
subject of a finite verb straight after it (`subject_tags`). The options are the kinds' own."""

from __future__ import annotations

from newslint.checks import Option
from newslint.checks.tagging import part_of_speech_tagger
from newslint.lexicon import MEMO_LIMIT, Vocabulary
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS = {
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

# Tags of a word after which no sentence ends.
_NO_END_TAGS = frozenset(("IN", "TO", "DT", "PDT", "PRP$", "POS", "CC", "WDT", "WP$", "WRB"))
# Tags of words that name no one, whatever the dictionary's capitalised entries hold.
_PRONOUN_TAGS = frozenset(("PRP", "PRP$", "DT", "PDT", "EX", "WDT", "WP", "WP$"))
_JOINING_TAGS = frozenset(("IN", "TO", "CC"))
_FINITE_TAGS = frozenset(("VBD", "VBZ", "VBP", "MD"))
_NOUN_TAGS = frozenset(("NN", "NNS", "NNP", "NNPS"))
_WH_TAGS = frozenset(("WDT", "WP", "WP$", "WRB"))
# A preposition or a subordinator ("During", "As", "According") begins no name a noun introduces.
_PREPOSITION_TAGS = frozenset(("IN", "VBG", "TO"))
# What may stand between a subject's first word and its verb ("Local and state governments are").
_NOUN_PHRASE_TAGS = frozenset(("NN", "NNS", "JJ", "CC", "POS"))
_WORD = compile_pattern(r"\p{L}[\p{L}'’-]*")


class ClauseJudge:
    """One rule's judgement (its options, the linter's vocabulary), with a memo of word
    verdicts, which depend on nothing else."""

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        self.vocabulary = vocabulary
        self.min_zipf = float(rule.option("min_zipf"))
        self.tags = frozenset(str(tag) for tag in rule.option("tags"))
        self.max_upper_share = float(rule.option("max_upper_share"))
        self.subject_tags = frozenset(str(tag) for tag in rule.option("subject_tags"))
        self.clause_end_tags = frozenset(str(tag) for tag in rule.option("clause_end_tags"))
        self.clause_words = int(rule.option("clause_words"))
        self.max_subject_words = int(rule.option("max_subject_words"))
        self._judged: dict[str, bool] = {}

    def opens_clause(self, left: str, word: str, right: str) -> bool:
        """Whether `word` (as written) between its sentence's words `left` and `right` opens a
        clause of its own."""
        lower = word.lower()
        if not self.may_open(word) or self.title_case(left + word + right):
            return False
        tagged = self._tags_around(left, lower, right)
        return tagged is not None and self._tagged_as_opener(tagged, lower)

    def may_open(self, word: str) -> bool:
        """What `opens_clause` asks of `word` alone, first (remembered per word): a word that
        fails it opens no clause, whatever its sentence."""
        return self._common_lower_case(word.lower())

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
        # So are those it had only as a preposition or a conjunction ("In" is indium's symbol),
        # where the rule judges those.
        closed = certain in _PRONOUN_TAGS or (certain in _JOINING_TAGS and certain in self.tags)
        return lexicon.is_lower_case_word(word) and closed

    def title_case(self, sentence: str) -> bool:
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
