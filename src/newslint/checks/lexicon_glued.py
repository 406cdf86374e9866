"""`lexicon` with `detect: glued`: an unknown token that splits into a known word and a function
word ("Russiahad", "withthe", "RussiaWhen")."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from newslint.checks.glue_compounds import judged_compounds
from newslint.checks.glue_foreign import in_foreign_phrase
from newslint.checks.glue_names import (
    AUXILIARIES,
    HEAD_MIN,
    NAMELESS_RIGHT,
    capital_follows,
    determiner_follows,
    function_word_cut,
    headed,
    in_name_phrase,
    in_prose_line,
    known_name_glued,
    lower_word_after,
    name_and_word,
    named_in_phrase,
    shared_heads,
    word_follows,
)
from newslint.checks.glue_pronoun import PronounVerbs, pronoun_and_verb
from newslint.checks.glue_segment import PAIR_TOKEN, segment
from newslint.checks.glue_split import (
    content_split,
    cuts,
    function_pair,
    hyphen_parts,
    independent_odds,
    likelier_split,
    name_inside_sentence,
    possessive_bases,
    unseen_zipf,
)
from newslint.checks.glue_words import FiniteVerbs, LicensedWords
from newslint.checks.lexicon_check import LexiconCheck
from newslint.document import Document
from newslint.finding import Finding
from newslint.lexicon import MEMO_LIMIT, Vocabulary, is_function_word
from newslint.mentioned_words import mentioned
from newslint.ocr_fragments import beside_hyphen_break
from newslint.rules import Rule

# Prepositions names end in as often ("Putin", "Jason", "Rabat"): cut off an unseen name only on
# a page that lost a space elsewhere and before a determiner ("Yoonin the capital"), which a
# name is hardly ever followed by.
PLACE_PREPOSITIONS = frozenset(("in", "on", "at"))
# Right halves that open a verb phrase: what follows them is written in lower case ("Kadyrovhas
# said"), while a name run on into its surname is not ("Moonis Elahi"): after a name glued to one
# of these, a capital means no glue. "said" is left out ("said Putin" is how English quotes).
NEEDS_LOWER_NEXT = (AUXILIARIES - {"said", "says"}) | frozenset(
    "is are been being did does could should might must may shall".split()
)
# Pronouns as right halves: a name glued to one is followed by what the pronoun governs, in lower
# case ("Obamahis wife"); before a capital the token is a given name running on into its surname
# ("Mohamad Bagher Ghalibaf" is no "Bag her").
PRONOUN_RIGHT = frozenset("her him his its their them me us".split())


class GluedCheck(LexiconCheck):
    """Splits are remembered per lower-case token, and the tagger's verdict per word: both depend
    on the word alone (see `_split_remembered`)."""

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self._splits: dict[str, tuple[str, str] | None] = {}
        self._verbs = FiniteVerbs()
        self._licensed = LicensedWords()
        self._segments: dict[str, tuple[str, ...] | None] = {}
        self._pronoun_verbs = PronounVerbs()

    def run(self, doc: Document) -> Iterator[Finding]:
        counts = doc.word_counts
        heads = shared_heads(self.zipf, counts, self.vocabulary.longest)
        repairs = {}
        prepositional: set[str] = set()  # unseen names cut before "in", "on", "at"
        for token, count in counts.items():
            if len(token) < 5 or token.isupper():
                continue
            # A token the document repeats may be a name built like a compound; two function
            # words run together ("ofthe" on every line of a page glued throughout) never are,
            # nor is a lower-case word behind a function word ("thecompany" twice): names
            # are capitalised. A head the page runs into two different words is a name the page
            # keeps losing spaces around, however often each glue recurs ("Ojewaleby" twice).
            split = (
                self._split_remembered(token, counts, heads)
                if count == 1 or headed(token, heads)
                else self._repeated(token)
            )
            # A word the dictionary licenses is a word wordfreq's corpus happens to lack
            # ("obits", "deadheaded"): its halves are not two words run together.
            if split and not self._licensed.has(token.lower()):
                repairs[token] = (f"{split[0]} {split[1]}", True)
        if repairs:
            # A page that lost a space elsewhere loses it around names too: there an unseen name
            # needs no evidence of its own before a word no name ends in ("Adewaleby").
            for token in counts.keys() - repairs.keys():
                split = self._after_unseen_name(token)
                if split and not self._licensed.has(token.lower()):
                    repairs[token] = (f"{split[0]} {split[1]}", True)
                    if split[1] in PLACE_PREPOSITIONS:
                        prepositional.add(token)
        # What the shape rules leave, the segmenter weighs: the likeliest cut into words against
        # the token as one word (`glue_segment`). Its fix is offered, never applied.
        # Four letters cut into two function words ("asof") rest on the odds of two of the most
        # common words, which another language's word or a slang word reaches as readily
        # ("orto", "doof"): such a cut is reported only on a page with a glue of another kind.
        weak = set()
        for token in counts.keys() - repairs.keys():
            if len(token) >= PAIR_TOKEN and (cut := self._segmented(token)):
                repairs[token] = (" ".join(cut), False)
                if len(token) == PAIR_TOKEN:
                    weak.add(token)
        # A known name run into a common word ("Ukrainewar") is built as names and places are
        # ("Kendalbridge"): weak, reported only beside glue damage of another kind. But a word
        # hardly any English word ends in ends no name ("Energyefficiency"): such a cut is not
        # weak where the page writes it once, in prose and inside no longer name (see below).
        rare_ends: set[str] = set()
        for token in counts.keys() - repairs.keys():
            if not (token[:1].isupper() and token[1:].islower()):
                continue  # `name_and_word` cuts no other shape: most of a page's words, no call
            if named_cut := self._name_and_word(token, counts):
                left, right, rare = named_cut
                if rare and counts[token] == 1:
                    rare_ends.add(token)
                elif self._weak_name(left):
                    weak.add(token)
                else:
                    continue  # the rare ending let a less common name through: not here
                repairs[token] = (f"{left} {right}", False)
        # The pronoun "I" run into its verb ("Iasked", "Iwant"): no cut above leaves one letter.
        for token in counts.keys() - repairs.keys():
            if not token.startswith("I"):
                continue  # `pronoun_and_verb` reads only a token opening on "I": no call
            verb = pronoun_and_verb(self.zipf, token, self.tuning, self._pronoun_verbs)
            if verb and not self._licensed.has(token.lower()):  # "Icarus"
                repairs[token] = (f"I {verb}", False)
        # Capitalised glues whose right half wants a lower-case word after it (see the constants).
        verbal = {
            token
            for token, (fix, _) in repairs.items()
            if token[:1].isupper() and fix.rpartition(" ")[2] in NEEDS_LOWER_NEXT | PRONOUN_RIGHT
        }
        # Capitalised glues cut before a function word other than "said": a word must follow.
        named = {
            token
            for token, (fix, _) in repairs.items()
            if token[:1].isupper()
            and is_function_word(right := fix.rpartition(" ")[2])
            and right not in ("said", "says")
        }
        # Capitalised glues cut before a word that cannot stand before a finite verb ("said",
        # "with", "the"): "Hamdi Abusaid said", "Femi Olawith won" are names ending so, since
        # "Abu said said" and "Ola with won" are no English.
        unverbal = {
            token
            for token, (fix, _) in repairs.items()
            if token[:1].isupper()
            and (right := fix.rpartition(" ")[2]) not in NEEDS_LOWER_NEXT
            and (is_function_word(right) or right in ("said", "says"))
        }
        possessives = list(possessive_bases(doc.text))
        for token in {run.text for run in possessives} - repairs.keys():
            split = self._split_remembered(token, counts, heads) if token.islower() else None
            if split and not self._licensed.has(token):
                repairs[token] = (f"{split[0]} {split[1]}", True)
        # A part of a hyphenated word is no word of the document's, but loses its space as
        # readily ("well-knownauthor"): judged as a lower-case token used once.
        parts = list(hyphen_parts(doc.text, doc.runs)) if "-" in doc.text else []
        for token in {run.text for run in parts} - repairs.keys():
            if split := self._split_remembered(token, counts, heads):
                if not self._licensed.has(token):
                    repairs[token] = (f"{split[0]} {split[1]}", True)
            elif cut := self._segmented(token):
                repairs[token] = (" ".join(cut), False)
        candidates = [
            (word.start, word.end, word.text, repair)
            for word in (sorted([*doc.words, *possessives, *parts]) if repairs else ())
            if (repair := repairs.get(word.text))
            and not name_inside_sentence(doc.text, word.start, repair[0])
            and not named_in_phrase(doc.text, word.start, word.end, repair[0], counts, heads)
            and not (word.text in verbal and capital_follows(doc.text, word.end))
            and not (word.text in named and not word_follows(doc.text, word.end))
            and not (word.text in prepositional and not determiner_follows(doc.text, word.end))
            and not (word.text in unverbal and self._verb_follows(doc.text, word.end))
            # A title or phrase kept in another language ("Les nuits d'ete") is that language's
            # words, not two English words run together ("nu its").
            and not in_foreign_phrase(doc.text, word.start, word.end)
            # A piece of a word hyphenated at a line's end ("infor- mation") is not "in for".
            and not beside_hyphen_break(doc.text, word.start, word.end)
        ]
        # Names of places, ships and sites are built of everyday words too ("Camp Bondsteel",
        # "Castlefrank Road", "News | Brightsurf"): beside another capitalised word, or on a
        # line that is no prose, such a cut is weak after all, or no cut where only the rare
        # ending let a less common name through.
        in_names = {
            text
            for start, end, text, _ in candidates
            if text in rare_ends
            and (in_name_phrase(doc.text, start, end) or not in_prose_line(doc.text, start))
        }
        if in_names:
            weak.update(text for text in in_names if self._weak_name(repairs[text][0].split()[0]))
            candidates = [c for c in candidates if c[2] not in in_names or c[2] in weak]
        for start, end, found, (fix, safe), compound in judged_compounds(
            doc.text, candidates, frozenset(weak)
        ):
            if mentioned(doc.text, start, end):
                continue  # quoted as a word ("a non-word, “thecouncil,”"), not written as one
            # A closed compound is offered, never applied: the document's other glues make
            # this one likely lost space, not certain.
            safe = safe and not compound and self._vouched(found, fix, counts, heads)
            yield self._report(start, end, found, fix, safe)

    def _vouched(self, token: str, fix: str, counts: Counter[str], heads: frozenset[str]) -> bool:
        """Whether the page vouches for a split capitalised token wordfreq has never seen: its
        name is written on its own or heads another glue, or a common word runs into an auxiliary
        no name ends in ("Russiahad"). Otherwise the split rests on statistics alone, and names
        end in function words ("Swainby", "Kenwith", "Mokgethe") and in "said" ("Bousaid") more
        often than wordfreq's words do: it is offered, never applied."""
        if not token[:1].isupper() or self.zipf(token) > 0:
            return True
        name, _, right = fix.partition(" ")
        if counts[name] > 0 or name in heads:
            return True
        common = self.zipf(name) >= self.tuning.capitalised_left_min_zipf
        return common and right in AUXILIARIES - {"said", "says"}

    def _split_remembered(
        self, token: str, counts: Counter[str], heads: frozenset[str] = frozenset()
    ) -> tuple[str, str] | None:
        """`_split`, remembered for a lower-case token wordfreq knows: only a capitalised half or
        an unseen token asks what else the document holds, so its split is the same in every
        document (a corpus scan meets the same words in document after document)."""
        if not token.islower():
            return self._split(token, counts, heads)
        if token in self._splits:
            return self._splits[token]
        split = self._split(token, counts, heads)
        if self.zipf(token) > unseen_zipf(token, self.tuning):
            if len(self._splits) > MEMO_LIMIT:
                self._splits.clear()
            self._splits[token] = split
        return split

    def _split(
        self, token: str, counts: Counter[str], heads: frozenset[str]
    ) -> tuple[str, str] | None:
        """`heads`: the document's `shared_heads`, names as good as used on their own."""
        rarity = self.zipf(token)
        if (
            rarity <= self.tuning.glued_max_zipf
            and (split := self._function_word_cut(token, counts, heads))
            and self._likelier_than_name(token, split, rarity)
        ):
            return split
        if rarity < self.tuning.function_pair_max_zipf and (
            split := function_pair(self.zipf, token, self.tuning, self.vocabulary.longest)
        ):
            return split
        if split := content_split(
            self.zipf, token, counts, self.tuning, self._verbs.judged, self.vocabulary.longest
        ):
            return split
        # The dictionary is asked only here: most tokens wordfreq knows are words it licenses.
        if rarity > 0 and not self._licensed.has(token):
            return likelier_split(self.zipf, token, self.tuning, self.vocabulary.longest)
        return None

    def _segmented(self, token: str) -> tuple[str, ...] | None:
        """`glue_segment.segment`'s cut of `token` when its odds clear the threshold for its case
        and no dictionary licenses the token; remembered per token (it depends on nothing else)."""
        memo = self._segments
        if token in memo:
            return memo[token]
        found = segment(self.zipf, token, self.tuning, self.vocabulary.longest)
        cut = None
        if found is not None:
            odds, parts = found
            needed = (
                self.tuning.segment_capital_min_odds
                if token[0].isupper()
                else self.tuning.segment_min_odds
            )
            if odds >= needed and not self._licensed.has(token.lower()):
                cut = parts
        if len(memo) > MEMO_LIMIT:
            memo.clear()
        memo[token] = cut
        return cut

    def _name_and_word(self, token: str, counts: Counter[str]) -> tuple[str, str, bool] | None:
        """`glue_names.name_and_word`, for a token no dictionary licenses ("Chinatown" aside)."""
        cut = name_and_word(self.zipf, token, counts, self.tuning, self.vocabulary.longest)
        return cut if cut and not self._licensed.has(token.lower()) else None

    def _weak_name(self, name: str) -> bool:
        """Whether a name is common enough for a weak cut before a word (`name_and_word`)."""
        return self.zipf(name) >= self.tuning.capitalised_left_min_zipf

    def _likelier_than_name(self, token: str, split: tuple[str, str], rarity: float) -> bool:
        """A capitalised token wordfreq has seen is a name more often than a glue ("Lawan", not
        "Law an"): its halves, read as independent words, must be far likelier than the token."""
        if token.islower() or rarity == 0:
            return True
        odds = independent_odds(self.zipf, split[0], split[1], rarity)
        return odds >= self.tuning.likelier_split_min_ratio

    def _after_unseen_name(self, token: str) -> tuple[str, str] | None:
        """A capitalised token wordfreq has never seen, cut before one of `NAMELESS_RIGHT`."""
        if not token[:1].isupper() or not token[1:].islower() or self.zipf(token) > 0:
            return None
        for cut in cuts(token, HEAD_MIN, 1, self.vocabulary.longest):
            left, right = token[:cut], token[cut:]
            if (right in NAMELESS_RIGHT or right in PLACE_PREPOSITIONS) and self.zipf(
                right
            ) >= self.min_zipf:
                return left, right
        return None

    def _verb_follows(self, text: str, end: int) -> bool:
        """Whether the next word after `end`, on the same line, is a lower-case finite verb."""
        following = lower_word_after(text, end)
        return following is not None and self._verbs.judged(following)

    def _repeated(self, token: str) -> tuple[str, str] | None:
        """A token the document uses more than once: two function words, a well-known name run
        into a word no name ends in ("Russiahad"), or a lower-case one whose left half is a
        function word ("thecompany", "andmobilize"), the glue a page that loses its spaces
        repeats; a content word's split is left to a token used once."""
        if split := self._function_words(token):
            return split
        if split := known_name_glued(self.zipf, token, self.tuning, self.vocabulary.longest):
            return split
        if not token.islower() or self.zipf(token) > self.tuning.glued_max_zipf:
            return None  # a word English uses: the rest of its splits are a glue's only when rare
        split = self._split_remembered(token, Counter())
        return split if split and is_function_word(split[0]) else None

    def _function_word_cut(
        self, token: str, counts: Counter[str], heads: frozenset[str]
    ) -> tuple[str, str] | None:
        longest = self.vocabulary.longest
        return function_word_cut(
            self.zipf, token, counts, heads, self.tuning, self.min_zipf, longest
        )

    def _function_words(self, token: str) -> tuple[str, str] | None:
        """Two function words with the space between them lost ("ofthe"), however often."""
        if self.zipf(token) >= self.tuning.function_pair_max_zipf:
            return None
        return function_pair(self.zipf, token, self.tuning, self.vocabulary.longest)
