"""`common-capital`: a common adjective written with a capital in mid-sentence, before a noun in
lower case ("towards National projects", "the Southern parts of the Kingdom", "six Nuclear
reactors"), or a common verb written with a capital between two lower-case words ("people
Experiencing a storm", "technicians Come to help").

Machine translation from languages whose style capitalises the words of a body's or a programme's
name, and spinners that capitalise the keywords they swap in, leave an ordinary adjective with a
capital where English keeps lower case. A name's adjective keeps its capital because the name
goes on in capitals ("Southern California", "National Health Service"); a lower-case noun after
it ends any name, so the capital belongs to nothing.

The evidence is statistical and the page's own, never a list of words:

- the dictionary (`newslint.cased_lexicon`, Hunspell's en_US, which keeps case) licenses the
  word only in lower case, and it is common in English (wordfreq), so it is no rare name;
- the part-of-speech tagger's training text had the word, in lower case, only as an adjective
  (the tagger's dictionary of certain tags), and the tagger reads the next word as a noun: a noun with a capital is as often a house style's
  name for a body ("the Government", "the Court") as a slip, an adjective seldom is;
- the page writes the word with a capital nowhere else: a page that capitalises an adjective on
  purpose ("Indigenous businesses", "Black residents") does so every time, and a name that
  happens to be a common word ("Arsenal") recurs;
- the sentence is running text: a title-case headline capitalises every word.

A verb needs no noun after it: no house style capitalises a verb, and a verb is seldom a name
(the dictionary's capitalised entries rule out those that are: "Will", "Reading"). Machine
translation from languages without case, where a sentence was split or joined, leaves the
capital of a clause's first word inside the English sentence. The tagger's evidence is its
training text's: the word, in lower case, is in its dictionary of certain tags as a verb, or its
weights for the word lean to verb tags by at least `min_verb_share` of their positive mass (a
word the model never saw is not judged); and the tagger, reading the sentence with the word in
lower case, tags it as a verb there.

Keys: `min_zipf` (how common in English the word must be), `min_length` (the shortest word
judged), `max_upper_share` (a sentence with a larger share of capitalised words is a title line),
`min_verb_share` (how much of the tagger's weight for the word must be on verb tags),
`house_capitals` (adjectives a newsroom capitalises by policy, judged never: AP style since 2020
writes "Black" and "Indigenous" of people with a capital, on a page that may use them once).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterator, Sequence
from typing import TYPE_CHECKING

from newslint.cased_lexicon import english
from newslint.checks import Check, Option, finding, render
from newslint.document import Document, Span
from newslint.finding import Finding
from newslint.lexicon import MEMO_LIMIT, Vocabulary, is_function_word
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.tokens import Run, is_capital_run, is_lower_run

if TYPE_CHECKING:
    from newslint.vale.tagger import Tagger

FIXES = True
OPTIONS = {
    "min_zipf": Option((int, float), default=3.5, doc="how common in English the word must be"),
    "min_length": Option((int,), default=4, doc="the shortest word judged"),
    "max_upper_share": Option(
        (int, float), default=0.5, doc="a larger share of capitalised words makes a title line"
    ),
    "min_verb_share": Option(
        (int, float), default=0.6, doc="the share of the tagger's weight on verb tags for a verb"
    ),
    "house_capitals": Option(
        (list,), default=[], doc="adjectives newsrooms capitalise by policy, even once on a page"
    ),
}

_NEXT_WORD = compile_pattern(r" (\p{L}+)\b")
_ADJECTIVE_TAGS = frozenset(("JJ", "JJR", "JJS"))
_NOUN_TAGS = frozenset(("NN", "NNS"))
_VERB_TAGS = frozenset(("VB", "VBD", "VBG", "VBN", "VBP", "VBZ"))
_UNSEEN_VERB_TAGS = frozenset(("VBG",))
MIN_SENTENCE_WORDS = 4  # content words: fewer make a label or a caption, not running text
TAGGED_REACH = 200  # characters of the sentence read on either side of the word
PHRASE_REACH = 4  # words read after a noun for the content word that ends its phrase
EVIDENCE_REACH = 3000  # characters either side of a noun read for the page's lower-case phrase


class CommonCapitalCheck(Check):
    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self.min_zipf = float(rule.option("min_zipf"))
        self.min_length = int(rule.option("min_length"))
        self.max_upper_share = float(rule.option("max_upper_share"))
        self.min_verb_share = float(rule.option("min_verb_share"))
        self.house_capitals = frozenset(str(w).lower() for w in rule.option("house_capitals"))
        # A word's verdict depends only on the word and this check's options and vocabulary.
        self._judged: dict[str, bool] = {}

    def run(self, doc: Document) -> Iterator[Finding]:
        judged = self._judged
        if len(judged) > MEMO_LIMIT:
            judged.clear()
        names = doc.names  # the page's spellings and their case classes, shared
        distinct = names.texts
        suspects: set[str] = set()
        for word in names.capital:  # `_common_word` judges no other spelling common
            verdict = judged.get(word)
            if verdict is None:
                verdict = judged[word] = self._common_word(word)
            if verdict:
                suspects.add(word)
        if not suspects:
            return
        text = doc.text
        runs = doc.runs
        written: Counter[str] = Counter()  # each suspect's capitalised occurrences
        between: list[int] = []  # indexes of suspects between two lower-case words
        for i, run in enumerate(runs):
            if run.text not in suspects:
                continue
            written[run.text] += 1
            if i == 0 or i + 1 == len(runs) or not is_lower_run(runs[i + 1].text):
                continue
            # After a capital the word is a name's: "The Guardian view".
            if text[runs[i - 1].end : run.start] == " " == text[run.end : runs[i + 1].start] and (
                is_lower_run(runs[i - 1].text)
            ):
                between.append(i)
        sentences = doc.sentences
        starts = [s.start for s in sentences]
        for i in between:
            run = runs[i]
            # Once: a house style, or a name, has the capital every time.
            once = written[run.text] == 1
            phrase = None
            if not once:
                if run.text.lower() not in distinct:
                    continue
                phrase = _lower_nearby(text, run)
                if phrase is None:
                    continue
            sentence = sentences[max(0, bisect_right(starts, run.start) - 1)]
            if not self._running_text(runs, i, _on_its_line(text, run, sentence)):
                continue
            part = _part_of_speech(text, run, sentence, self.min_verb_share) if once else None
            evidence = ""
            if part is None:
                if once and run.text.lower() in distinct:
                    phrase = _lower_nearby(text, run)
                if phrase is None or not _a_noun(text, run, sentence):
                    continue
                part, evidence = "noun", f", where this page writes “{phrase}”"
            fixed = run.text.lower()
            yield finding(
                self.rule,
                run.start,
                run.end,
                render(self.rule.message, word=run.text, fixed=fixed, part=part, evidence=evidence),
                fix=fixed,
                suggestions=[fixed],
                applicability="unsafe",
            )

    def _common_word(self, word: str) -> bool:
        if len(word) < self.min_length or not is_capital_run(word):
            return False
        lower = word.lower()
        if is_function_word(lower) or lower in self.vocabulary or lower in self.house_capitals:
            return False
        if not english().only_lower_case(lower):
            return False
        return self.vocabulary.zipf(lower) >= self.min_zipf

    def _running_text(self, runs: Sequence[Run], at: int, sentence: Span) -> bool:
        """Whether the sentence around runs[at] is prose, not a title-case line."""
        words = upper = 0
        for i in range(at, -1, -1):
            if runs[i].start < sentence.start:
                break
            words, upper = _tally(runs[i].text, words, upper)
        for i in range(at + 1, len(runs)):
            if runs[i].start >= sentence.end:
                break
            words, upper = _tally(runs[i].text, words, upper)
        return words >= MIN_SENTENCE_WORDS and upper <= self.max_upper_share * words


def _on_its_line(text: str, run: Run, sentence: Span) -> Span:
    """The sentence cut to the word's line: a headline in title case without a stop runs into
    the prose under it as one sentence ("Judy's Notebook: 'We Are Overdue to Create a More
    Humane Work Model'" / "June 27, 2012 | The new magazine article …"), but its line is a title's."""
    start = max(sentence.start, text.rfind("\n", 0, run.start) + 1)
    end = text.find("\n", run.end, sentence.end)
    return Span(start, sentence.end if end < 0 else end)


def _tally(word: str, words: int, upper: int) -> tuple[int, int]:
    if not word.isalpha() or is_function_word(word):
        return words, upper
    return words + 1, upper + word[0].isupper()


def _part_of_speech(text: str, run: Run, sentence: Span, min_verb_share: float) -> str | None:
    """The word's part, "adjective" or "verb", when its capital is a slip, else None.

    An adjective: the word, in lower case, is one the tagger's training text gave only as an
    adjective (its dictionary of certain tags), and the tagger reads the next word in the sentence
    as a noun. A verb: the training text gave it as a verb (certainly, or mostly by the model's
    weights for the word), and the tagger, reading the sentence with the word in lower case, tags
    it as a verb. A common word the model never saw is judged by the sentence alone, and only as
    an -ing form ("people Experiencing a storm"): its suffix is the model's evidence then."""
    from newslint.checks.tagging import part_of_speech_tagger
    from newslint.vale.tagger import treebank_words

    tagger = part_of_speech_tagger()
    word = run.text.lower()
    known = tagger.model.tagdict.get(word)
    if known in _ADJECTIVE_TAGS:
        part, tags_wanted = "adjective", _NOUN_TAGS
    elif known in _VERB_TAGS:
        part, tags_wanted = "verb", _VERB_TAGS
    elif known is not None:
        return None  # a noun, a name: "Forum magazine", "Arsenal manager"
    else:
        share = _verb_share(tagger, word)
        if share is None:
            part, tags_wanted = "verb", _UNSEEN_VERB_TAGS
        elif share >= min_verb_share:
            part, tags_wanted = "verb", _VERB_TAGS
        else:
            return None
    left = text[max(sentence.start, run.start - TAGGED_REACH) : run.start]
    right = text[run.end : min(sentence.end, run.end + TAGGED_REACH)]
    before = treebank_words(left) if left.strip() else []
    after = treebank_words(right) if right.strip() else []
    if not after:
        return None
    tags = tagger.tag([*before, word, *after])
    # An adjective is read by the noun after it; a verb by its own tag in the sentence.
    judged = len(before) + 1 if part == "adjective" else len(before)
    return part if tags[judged][1] in tags_wanted else None


def _phrase(text: str, start: int, word: str) -> tuple[str, ...] | None:
    """The words from `word` at `start` to the first content word after it ("certificate of
    examination"), one space apart; None if there is none within reach or it has a capital."""
    words = [word]
    end = start + len(word)
    for _ in range(PHRASE_REACH):
        following = _NEXT_WORD.match(text, end)
        if following is None:
            return None
        words.append(following.group(1))
        end = following.end()
        if not is_function_word(words[-1].lower()):
            return tuple(words) if is_lower_run(words[-1]) else None
    return None


def _count_phrase(text: str, phrase: tuple[str, ...], start: int, end: int) -> int:
    """How often `phrase` stands in text[start:end] as whole words."""
    word, count = phrase[0], 0
    at = text.find(word, start, end)
    while at >= 0:
        before = text[at - 1] if at else " "
        after_at = at + len(word)
        after = text[after_at] if after_at < len(text) else " "
        if not (before.isalnum() or after.isalnum()) and _phrase(text, at, word) == phrase:
            count += 1
        at = text.find(word, after_at, end)
    return count


def _lower_nearby(text: str, run: Run) -> str | None:
    """The phrase the capitalised run opens, as the page writes it nearby with the word in lower
    case ("the Certificate of examination" beside "the certificate of examination"), or None.
    The page's own count decides: a capital is sporadic where the page writes the same phrase in
    lower case at least as often within EVIDENCE_REACH characters (one article: a long document
    joins articles of different styles). A house style capitalises the word every time, a name
    goes on in capitals, and a split word the page keeps capitalising ("Face book" twice beside
    "face book" once) is a spacing slip whose capital is the page's majority."""
    phrase = _phrase(text, run.start, run.text)
    if phrase is None:
        return None
    lowered = (phrase[0].lower(), *phrase[1:])
    start = max(0, run.start - EVIDENCE_REACH)
    end = min(len(text), run.end + EVIDENCE_REACH)
    lower = _count_phrase(text, lowered, start, end)
    return " ".join(lowered) if lower and lower >= _count_phrase(text, phrase, start, end) else None


def _a_noun(text: str, run: Run, sentence: Span) -> bool:
    """Whether the tagger reads the word, in lower case, as a common noun, after a word that is
    not a verb (after "say" or "warned" a capital may open a reported clause)."""
    from newslint.checks.tagging import part_of_speech_tagger
    from newslint.vale.tagger import treebank_words

    left = text[max(sentence.start, run.start - TAGGED_REACH) : run.start]
    right = text[run.end : min(sentence.end, run.end + TAGGED_REACH)]
    before = treebank_words(left) if left.strip() else []
    after = treebank_words(right) if right.strip() else []
    if not before:
        return False
    tags = part_of_speech_tagger().tag([*before, run.text.lower(), *after])
    at = len(before)
    return tags[at][1] in _NOUN_TAGS and tags[at - 1][1] not in _VERB_TAGS


def _verb_share(tagger: Tagger, word: str) -> float | None:
    """The share of the model's positive weight for the word itself that is on verb tags; None
    for a word the model has no weight for."""
    from newslint.vale.tagger_model import CompactWeights

    scores: dict[str, float] = {}
    weights = tagger.model.weights
    feature = f"i word {word}"
    if isinstance(weights, CompactWeights):
        weights.add_scores([feature], scores)
    else:
        scores = dict(weights.get(feature, {}))
    if not scores:
        return None
    total = sum(weight for weight in scores.values() if weight > 0)
    verb = sum(weight for tag, weight in scores.items() if weight > 0 and tag in _VERB_TAGS)
    return verb / total if total else 0.0


def compile(rule: Rule, vocabulary: Vocabulary) -> CommonCapitalCheck:
    return CommonCapitalCheck(rule, vocabulary)
