"""`lexicon` with `detect: confusion`: OCR letter confusions ("govemment", "wi1l", "tbe", "lraq"),
repaired by undoing one confusion (two with digits) into a word English uses far more."""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from newslint import cased_lexicon
from newslint.checks.confusable_tokens import confusable, confusable_tokens
from newslint.checks.lexicon_check import LexiconCheck
from newslint.checks.lexicon_tuning import Confusions
from newslint.document import Document
from newslint.finding import Finding
from newslint.foreign_quotes import foreign_quotations
from newslint.glossed_terms import glossed_spans, inside
from newslint.lexicon import Vocabulary, is_function_word
from newslint.ocr_fragments import cut_fragment
from newslint.other_language import in_other_language
from newslint.regex_store import compile_pattern
from newslint.rules import Rule
from newslint.signals import DEFAULT_GATE, ocr_signal

# A capitalised word and a space right before a token, inside a sentence: the token follows a
# given name ("operations boss Mark Carne"). Searched backwards from the token only.
_AFTER_GIVEN_NAME = compile_pattern(r"(?<=[\p{Ll},] )\p{Lu}\p{Ll}+ \Z")
NAME_REACH = 40  # characters looked back for the given name
# A sentence this much of whose lower-case words en_US does not license is another language's
# (the share `foreign-word` and `proper-case` use): its words are no misreadings of English ones.
FOREIGN_SHARE = 0.34


class ConfusionCheck(LexiconCheck):
    """A token's verdict is remembered: it depends on the token alone."""

    def __init__(self, rule: Rule, vocabulary: Vocabulary):
        super().__init__(rule, vocabulary)
        self._verdicts: dict[str, tuple[str, bool] | None] = {}
        self._glyph_read: set[str] = set()  # tokens repaired by the wider glyph table alone

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
            for start, _, token in tokens
            if _AFTER_GIVEN_NAME.search(doc.text, max(0, start - NAME_REACH), start)
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
        if cased_lexicon.english().has(token):
            return None  # a word the dictionary has ("promenaded"), listed by wordfreq or not
        reached = {
            candidate
            for candidate in _one_step(token, tuning.glyph_confusions)
            if self.zipf(candidate) >= tuning.glyph_min_zipf and _ordinary_word(candidate)
        }
        if len(reached) != 1:
            return None
        self._glyph_read.add(token)
        return reached.pop(), False


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


def _one_step(token: str, confusions: Confusions) -> Iterator[str]:
    for wrong, right in confusions:
        start = token.find(wrong)
        while start != -1:
            yield token[:start] + right + token[start + len(wrong) :]
            start = token.find(wrong, start + 1)
