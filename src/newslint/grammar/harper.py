"""Harper (harper-py): in-process, offline, the default grammar backend."""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import Any

from newslint.grammar import BackendUnavailable, GrammarMatch, plausible_misspelling
from newslint.grammar.harper_spell import SPELLING, Occurrences, blanked
from newslint.grammar.letterless import inside, masked
from newslint.grammar.pieces import PIECE_CHARS, pieces
from newslint.grammar.spell_reach import SpellReach
from newslint.regex_store import compile_pattern

# Rules whose single suggestion is safe to apply without a human.
CERTAIN_RULES = frozenset({"AnA", "WrongApostrophe"})
DIALECTS = ("american", "british", "australian", "canadian", "indian")


class HarperBackend:
    name = "harper"

    def __init__(self, dialect: str = "american", profile: str = "news", oxford_comma: bool = False,
                 disable: tuple[str, ...] = (), piece_chars: int = PIECE_CHARS,
                 news_off: tuple[str, ...] = (), news_off_kinds: tuple[str, ...] = (),
                 news_filters: tuple[tuple[str, str, str], ...] = ()):  # fmt: skip
        """`news_off` and `news_off_kinds`: the Harper rules and lint kinds the news profile leaves
        out; `news_filters`: (rule, before, after) — rules it keeps only where the text before the
        finding ends with a match of `before` and the text after starts with one of `after` (the
        grammar rule's options, listed in its YAML)."""
        try:
            import harper
        except ImportError:
            raise BackendUnavailable("harper-py is not installed (pip install harper-py)") from None
        if dialect not in DIALECTS:
            raise BackendUnavailable(f"unknown dialect {dialect!r}")
        self._harper = harper
        self.linter = harper.Linter(harper.Dialect[dialect.upper()])
        self.profile = profile
        self.piece_chars = piece_chars
        news = profile == "news"
        self.off_rules = set(disable) | (set(news_off) if news else set())
        self.off_kinds = set(news_off_kinds) if news else set()
        self.filters = {
            rule: (compile_pattern(f"(?:{before})$") if before else None,
                   compile_pattern(after) if after else None)
            for rule, before, after in (news_filters if news else ())
        }  # fmt: skip
        # A filtered rule is on in the news profile (unless the user disables it).
        self.off_rules = set(disable) | ((set(news_off) - set(self.filters)) if news else set())
        # The Oxford comma is a house-style choice: wanted, it is reported even though other style
        # advice stays off; not wanted (AP), it is never reported.
        self.wanted_despite_kind = {"OxfordComma"} if oxford_comma else set()
        if not oxford_comma:
            self.off_rules.add("OxfordComma")
        config = {
            rule: False if rule in self.off_rules else (True if rule in self.filters else None)
            for rule in self.linter.get_default_lint_config()
        }
        self.linter.set_lint_config(config)
        # The news profile's spelling findings are judged apart (`harper_spell`): one linter for
        # the other rules, one for spelling alone (a second Linter shares the dictionary).
        # Every piece takes both passes: blanking spares Harper's suggestion search for each far-off
        # name, not only the first (1.2 s). Stopping after a process's first 60,000 characters
        # (to spare a long run the second pass) cost a line of varied prose with invented names
        # 1.9 s of CPU a 6,000-character piece against 0.65 s split; on clean copy the two cost
        # the same (0.13-0.20 s a piece).
        self.split: tuple[Any, Any] | None = None
        if news and config.get(SPELLING) is not False:
            other, speller = (harper.Linter(harper.Dialect[dialect.upper()]) for _ in range(2))
            other.set_lint_config({**config, SPELLING: False})
            speller.set_lint_config({rule: rule == SPELLING for rule in config})
            self.split = (other, speller)
        # Words no suggestion could make a kept finding of are blanked too (`spell_reach`).
        self.reach = SpellReach()
        self.description = f"harper-py, {dialect} English, {profile} profile"

    def check(
        self, text: str, keep: Callable[[GrammarMatch], bool] | None = None
    ) -> list[GrammarMatch]:
        """Harper's findings, a paragraph-sized piece at a time (its cost grows faster than the
        text); offsets are the document's, and the spelling filter sees the whole document.
        `keep` judges each match before overlaps are resolved: a spelling match on a word the
        settings accept, dropped only afterwards, hid the grammar match it overlapped."""
        # The document's words, counted once for all its pieces (a substring count of every word
        # cost 28 s on a 5 MB document) and only for this call: its index of runs by trigram is
        # tens of MB on a long document, not to be kept after it.
        index = Occurrences(text)
        occurrences = cache(index.count)  # each word read once, never the text
        matches = []
        for offset, piece in pieces(text, self.piece_chars):
            # Long stretches without a letter go as spaces (`letterless`: their marks cost Harper
            # the square of their length); what it then finds inside them is about the mask.
            sent, spans = masked(piece)
            found = [
                match
                for rule, lints in self._lints(sent, index).items()
                if rule not in self.off_rules
                for lint in lints
                if not inside(spans, lint.span.start, lint.span.end)
                and (match := self._match(text, offset, rule, lint, occurrences)) is not None
                and (keep is None or keep(match))
            ]
            matches.extend(without_overlaps(found))
        return matches

    def _lints(self, piece: str, index: Occurrences) -> dict[str, list[Any]]:
        """Harper's lints in `piece` by rule, overlapping ones included (see `without_overlaps`)."""
        plain = self._harper.Language.PLAINTEXT
        if self.split is not None:
            other, speller = self.split
            lints = dict(other.organized_lints(piece, language=plain, dedup=False))
            spelling = speller.organized_lints(
                blanked(piece, index, self.reach), language=plain, dedup=False
            )
            lints[SPELLING] = spelling.get(SPELLING, [])
            return lints
        return dict(self.linter.organized_lints(piece, language=plain, dedup=False))

    def _match(self, text: str, offset: int, rule: str, lint: Any,
               occurrences: Callable[[str], int]) -> GrammarMatch | None:  # fmt: skip
        kind = lint.lint_kind
        if kind in self.off_kinds and rule not in self.wanted_despite_kind:
            return None
        start, end = lint.span.start + offset, lint.span.end + offset
        if rule in self.filters and not self._in_context(text, start, end, *self.filters[rule]):
            return None
        # Any rule: a capital inside a sentence starts a name ("Trump and May seemed", "Nghe An").
        if names_a_place_or_person(text, start) or (rule == "AnA" and an_before_h(text, start)):
            return None
        replacements = tuple(self._replacement(lint, s) for s in lint.suggestions)
        spelling = rule == "SpellCheck"
        if (
            spelling
            and self.profile == "news"
            and not plausible_misspelling(text, start, end, replacements, occurrences)
        ):
            return None
        insert = bool(lint.suggestions) and all(
            s.kind == self._harper.SuggestionKind.INSERT_AFTER for s in lint.suggestions
        )
        return GrammarMatch(
            start=start, end=end, rule=rule, category=kind,
            message=lint.message, replacements=replacements, spelling=spelling,
            certain=rule in CERTAIN_RULES and len(replacements) == 1, insert_after=insert,
        )  # fmt: skip

    @staticmethod
    def _in_context(text: str, start: int, end: int, before: Any, after: Any) -> bool:
        if before is not None and not before.search(text, max(0, start - 80), start):
            return False
        return after is None or bool(after.match(text, end, min(len(text), end + 80)))

    def _replacement(self, lint: Any, suggestion: Any) -> str:
        if suggestion.kind == self._harper.SuggestionKind.REMOVE:
            return ""
        return suggestion.replacement_text


def without_overlaps(matches: list[GrammarMatch]) -> list[GrammarMatch]:
    """One finding where findings overlap, chosen as Harper's own overlap removal chooses (in
    start order, the longest first; one that starts inside the last kept one is dropped), but
    among findings only. Inside Harper, lints the profile drops took part: a whole-sentence
    LongSentences lint (Readability) hid every grammar finding of a long sentence."""
    kept: list[GrammarMatch] = []
    reach = 0
    for match in sorted(matches, key=lambda m: (m.start, -m.end, m.rule)):
        if match.start >= reach:
            kept.append(match)
            reach = match.end
    return kept


def an_before_h(text: str, start: int) -> bool:
    """Whether the finding is "an" before a word in "h" ("an historic", "an hotel"): a house's
    choice, older British style, not a slip; "a hour" is still reported."""
    return text[start : start + 3].lower() == "an " and text[start + 3 : start + 4] in "hH"


def names_a_place_or_person(text: str, start: int) -> bool:
    """Whether a word in capitals' case stands inside a sentence, where it starts a name
    ("Vietnam's Nghe An province", "the An Giang authorities", "Trump and May seemed"), not a
    word to correct: the certain fix turned them into "Nghe A", and a modal's rule read Theresa
    May as the verb."""
    if not text[start : start + 1].isupper():
        return False
    # The character before it, past spaces and tabs, read in place: a copy of the text before
    # every capital "A" cost a long document its length once per lint.
    at = start - 1
    while at >= 0 and text[at] in " \t":
        at -= 1
    return at >= 0 and (text[at].isalnum() or text[at] in ",;")
