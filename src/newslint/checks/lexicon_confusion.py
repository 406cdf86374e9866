"""`lexicon` with `detect: confusion`: OCR letter confusions ("govemment", "wi1l", "tbe", "lraq"),
repaired by undoing one confusion (two with digits) into a word English uses far more."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator
from functools import cached_property

from newslint import cased_lexicon
from newslint.checks.confusable_tokens import confusable, confusable_tokens
from newslint.checks.lexicon_check import LexiconCheck
from newslint.checks.lexicon_tuning import Confusions
from newslint.document import Document
from newslint.finding import Finding
from newslint.foreign_quotes import foreign_quotations
from newslint.glossed_terms import glossed_spans, inside
from newslint.lexicon import Vocabulary, is_function_word
from newslint.look_alikes import common_words, is_plain
from newslint.ocr_fragments import cut_fragment
from newslint.other_language import in_other_language
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.signals import DEFAULT_GATE, ocr_signal

# A capitalised word and a space right before a token, inside a sentence: the token follows a
# given name ("operations boss Mark Carne"). Searched backwards from the token only.
_AFTER_GIVEN_NAME = compile_pattern(r"(?<=[\p{Ll},] )\p{Lu}\p{Ll}+ \Z")
NAME_REACH = 40  # characters looked back for the given name
# A space and a capitalised word right after a token: its surname when the token is a given name.
_SURNAME_AFTER = compile_pattern(r" (\p{Lu}(?:\p{Ll}+|['’]\p{Lu}\p{Ll}+)(?:-\p{Lu}\p{Ll}+)?)")
# Tokens read through the wide glyph table before its common words are loaded as a set to rule
# readings out (6 ms to load; an article asks of a few tokens, a page of unknown words of
# thousands, each reading a lookup of some microseconds).
GLYPH_SET_AFTER = 200
# A sentence this much of whose lower-case words en_US does not license is another language's
# (the share `foreign-word` and `proper-case` use): its words are no misreadings of English ones.
FOREIGN_SHARE = 0.34


def _before_surname(text: str, end: int) -> bool:
    """Whether the token ending at `end` is a given name before its surname ("follows Eilis
    Lacey", no "Ellis Lacey"): a capitalised word follows that the dictionary knows in no lower
    case, so no noun of a name ("Cabof Ministers") and no sentence's next word."""
    after = _SURNAME_AFTER.match(text, end)
    return after is not None and not cased_lexicon.english().is_lower_case_word(
        after.group(1).lower().replace("’", "'")
    )


class ConfusionCheck(LexiconCheck):
    """A token's verdict is remembered: it depends on the token alone."""

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self._verdicts: dict[str, tuple[str, bool] | None] = {}
        self._glyph_read: set[str] = set()  # tokens repaired by the wider glyph table alone
        self._glyph_asked = 0  # tokens read through the wider glyph table, in any document

    def run(self, doc: Document) -> Iterator[Finding]:
        # Only a token of three letters or more that English hardly uses can be repaired (see
        # `_judge_confusion`): the document's other tokens are never looked for, nor any but
        # confusable ones looked up (a figure's lookup would load wordfreq itself).
        ceiling = self.tuning.confusion_max_zipf
        zipfs = doc.zipfs(self.vocabulary)
        suspects = {
            token
            for token in doc.names.texts
            if len(token) >= 3 and confusable(token) and zipfs[token] < ceiling
        }
        tokens = confusable_tokens(doc.text, doc.runs, suspects) if suspects else []
        tokens = [t for t in tokens if not _set_apart(doc.text, t[0], t[1], self.zipf(t[2]))]
        counts = Counter(token for _, _, token in tokens)
        named = {
            token
            for start, end, token in tokens
            if _AFTER_GIVEN_NAME.search(doc.text, max(0, start - NAME_REACH), start)
            or _before_surname(doc.text, end)
        }
        repairs = {}
        scanned: bool | None = None
        for token, count in counts.items():
            if token[0].isupper() and count > 1:
                continue  # a recurring capitalised token is a name
            if token[0].isupper() and (
                len(token) <= self.tuning.short_name_length or token in named
            ):
                # "Oli", "Duc", "Flt": short names and abbreviations, and a surname after its
                # given name ("Mark Carne", no "Mark Came"), unless the page is scanned
                if scanned is None:
                    scanned = ocr_signal(doc.text, self.zipf).looks_scanned(*DEFAULT_GATE)
                if not scanned:
                    continue
            if token.islower() and _ordinary_word(token):
                # "shewed", "maim": a word the dictionary spells so is the writer's choice in
                # typed copy; on a scanned page it may still be a misreading of a commoner word
                if scanned is None:
                    scanned = ocr_signal(doc.text, self.zipf).looks_scanned(*DEFAULT_GATE)
                if not scanned:
                    continue
            if token not in self._verdicts:
                self._verdicts[token] = self._judge_confusion(token)
            verdict = self._verdicts[token]
            if verdict:
                repairs[token] = verdict
        known = cased_lexicon.english().has
        # a term of another language beside its translation ("Khau trang (facemask)")
        glossed = glossed_spans(doc.text, cased_lexicon.english()) if repairs else []
        quoted: list[tuple[int, int]] | None = None
        for start, end, token in tokens if repairs else ():
            repair = repairs.get(token)
            # A piece of a cut word ("confer- ence") is no word to repair ("once"): the cut
            # word is the hyphen-break's or cut-word's (`newslint.ocr_fragments`).
            if inside(glossed, start, end):
                continue
            if repair and token in self._glyph_read:
                if quoted is None:
                    quoted = foreign_quotations(doc.text, self.zipf)
                if _in_foreign_text(doc.text, start, end, quoted):
                    continue
            if repair and not cut_fragment(doc.text, start, end, self.zipf, known):
                yield self._report(start, end, token, *repair)

    def _judge_confusion(self, token: str) -> tuple[str, bool] | None:
        """(repair, safe) for a token that looks like an OCR misreading; the same for any document."""
        if len(token) > 2 * self.vocabulary.longest:
            return None  # undoing a confusion changes a letter or two: never a word
        rarity = self.zipf(token)
        if len(token) < 3 or rarity >= self.tuning.confusion_max_zipf:
            return None
        has_digit = any(c.isdigit() for c in token)
        if rarity > 0 and has_digit:
            return None
        repair = self._repair(token, rarity, has_digit)
        return (repair[0], rarity == 0 and repair[1]) if repair else None

    def _repair(self, token: str, rarity: float, has_digit: bool) -> tuple[str, bool] | None:
        """The commonest word one confusion away, and whether the fix is safe to apply: a
        repair only a lower-case confusion reaches is safe when it is the only one ("mako" is
        "make"; "fow" could be "few" or "for")."""
        needed = max(
            self.min_zipf - (1.0 if has_digit else 0.0), rarity + self.tuning.repair_margin_zipf
        )
        best: tuple[float, str] | None = None
        for candidate in _variants(token, self.tuning.confusions):
            score = self.zipf(candidate)
            if score >= needed and (best is None or score > best[0]):
                best = (score, candidate)
        if best is not None or not token.islower():
            return (best[1], True) if best else None
        reached = {
            candidate
            for candidate in _one_step(token, self.tuning.lower_case_confusions)
            if self.zipf(candidate) >= needed and _ordinary_word(candidate)
        }
        if not reached:
            return self._glyph_repair(token, rarity)
        return max(reached, key=self.zipf), len(reached) == 1

    def _glyph_repair(self, token: str, rarity: float) -> tuple[str, bool] | None:
        """A long lower-case token no list has ("compleined", "eatablishments") whose one
        reading of the wider glyph table (`glyph_confusions`) is a common word is a misreading
        on any page: the scan gate needs a page of damage, and an excerpt of an archive often
        shows only this. Only a single word reached counts ("bame": "same" or "name" is a
        guess), and the fix is offered, never applied: the table's letters are wider than the
        shipped confusions' (a typist's slip can reach a word this way too, and is then an
        error of its own)."""
        tuning = self.tuning
        if rarity > 0 or len(token) < tuning.glyph_min_length or not token.isalpha():
            return None
        candidates = _readings(token, self._glyph_table)
        self._glyph_asked += 1
        if self._glyph_asked > GLYPH_SET_AFTER and is_plain(token) and self._glyph_targets:
            # A page of unknown words asked the table of some twenty readings each (5 s for
            # 480 KB): only a word at the floor can be reached, which one C call picks out.
            candidates &= self._glyph_targets
        reached = {
            candidate
            for candidate in candidates
            if self.zipf(candidate) >= tuning.glyph_min_zipf and _ordinary_word(candidate)
        }
        if len(reached) != 1 or cased_lexicon.english().has(token):
            # the dictionary's word ("promenaded"), listed by wordfreq or not, is no misreading
            return None
        self._glyph_read.add(token)
        return reached.pop(), False

    @cached_property
    def _glyph_targets(self) -> frozenset[str]:
        """Every plain word `self.zipf` may put at `glyph_min_zipf` or above: the English list's
        words there and the accepted words (a plain token's readings are plain, and a plain
        word's frequency is the list's or, accepted, ACCEPTED_ZIPF). Empty, so no filter, at a
        floor of zero, which every spelling reaches, or with readings that are not plain."""
        floor = self.tuning.glyph_min_zipf
        if floor <= 0 or not all(is_plain(right) for _, right in self.tuning.glyph_confusions):
            return frozenset()
        return common_words(floor) | self.vocabulary.words

    @cached_property
    def _glyph_table(self) -> dict[str, tuple[tuple[str, tuple[str, ...]], ...]]:
        """`glyph_confusions` by the first letter of the misreading: (misreading, meant words)."""
        meant: dict[str, list[str]] = {}
        for wrong, right in self.tuning.glyph_confusions:
            meant.setdefault(wrong, []).append(right)
        table: dict[str, list[tuple[str, tuple[str, ...]]]] = {}
        for wrong, rights in meant.items():
            table.setdefault(wrong[0], []).append((wrong, tuple(rights)))
        return {first: tuple(pairs) for first, pairs in table.items()}


def _ordinary_word(word: str) -> bool:
    """A word the dictionary spells in lower case, or a function word: the word list lower-cases
    names ("fromm", "somers", "healy"), which no lower-case misreading stands for."""
    lexicon = cased_lexicon.english()
    return is_function_word(word) or (lexicon.has(word) and not lexicon.only_capitalised(word))


def _in_foreign_text(text: str, start: int, end: int, quoted: list[tuple[int, int]]) -> bool:
    """The wide glyph table reaches an English word from many another language's ("totul",
    Romanian, is "total" with u read for a): such a token inside a quotation or a sentence in
    another language is that language's word."""
    return inside(quoted, start, end) or in_other_language(
        text, start, end, cased_lexicon.english(), FOREIGN_SHARE
    )


def _set_apart(text: str, start: int, end: int, rarity: float) -> bool:
    """ "Wrexham 3-2 Stockport (aet)", "(sic)": a listed word alone in brackets is a term or an
    abbreviation set apart on purpose; a scanner's misreading lands in running text."""
    if rarity == 0 or start == 0 or end == len(text):
        return False
    return text[start - 1] in "([" and text[end] in ")]"


def _variants(token: str, confusions: Confusions) -> Iterator[str]:
    """Every spelling reachable by undoing one OCR confusion (two when digits are involved)."""
    firsts = list(dict.fromkeys(_one_step(token, confusions)))
    if token.startswith("l") and len(token) > 1 and token[1] not in "aeiouy":
        firsts.insert(0, "I" + token[1:])  # "lraq": a capital I read as l, before "iraq"
    yield from firsts
    if any(c.isdigit() for c in token):
        for first in firsts:
            yield from _one_step(first, confusions)


def _readings(token: str, table: dict[str, tuple[tuple[str, tuple[str, ...]], ...]]) -> set[str]:
    """The spellings of `_one_step` as a set, the confusions grouped by their misreading's first
    letter (`_glyph_table`): only those of the token's own letters are looked for."""
    found: set[str] = set()
    for first in set(token).intersection(table):
        for wrong, rights in table[first]:
            start = token.find(wrong)
            while start != -1:
                head, tail = token[:start], token[start + len(wrong) :]
                found.update([head + right + tail for right in rights])
                start = token.find(wrong, start + 1)
    return found


def _one_step(token: str, confusions: Confusions) -> Iterator[str]:
    for wrong, right in confusions:
        start = token.find(wrong)
        while start != -1:
            yield token[:start] + right + token[start + len(wrong) :]
            start = token.find(wrong, start + 1)
