"""The noisy channel that reads a rare word as a misreading of a commoner one."""

from __future__ import annotations

from newslint.lexicon import Vocabulary, zipf
from newslint.ocr_channel import (
    MAX_RELIEF,
    RELIEF_FROM,
    damage_relief,
    likely_misreading,
    unlikely_words,
)


def test_a_glyph_confusion_towards_a_far_commoner_word_wins() -> None:
    found = likely_misreading("caine", zipf)
    assert found is not None and found.intended == "came" and found.glyph


def test_any_edit_must_win_by_more_than_its_cost() -> None:
    found = likely_misreading("thins", zipf)
    assert found is not None and found.intended == "this" and not found.glyph
    assert likely_misreading("zeal", zipf) is None  # "real" is commoner, not by enough


def test_common_and_unknown_words_are_not_asked() -> None:
    assert likely_misreading("house", zipf) is None
    assert likely_misreading("qzxv", zipf) is None


def test_the_answer_follows_the_frequencies_given() -> None:
    def flat(word: str) -> float:
        return {"caine": 3.0, "came": 4.0}.get(word, 0.0)

    assert likely_misreading("caine", flat) is None


def test_a_dictionary_word_must_lose_by_more() -> None:
    assert likely_misreading("fur", zipf) is not None  # "for", a glyph confusion away
    assert likely_misreading("fur", zipf, lambda word: word == "fur") is None
    found = likely_misreading("hive", zipf, lambda word: True)
    assert found is not None and found.intended == "have"


def test_a_badly_damaged_page_lowers_the_cost_of_a_misreading() -> None:
    """The page's damaged share is the prior of an error: nothing off at or below RELIEF_FROM,
    more as the share grows, never more than MAX_RELIEF."""
    shares = [0.0, RELIEF_FROM, 0.04, 0.06, 0.09, 0.2, 0.9]
    reliefs = [damage_relief(share) for share in shares]
    assert reliefs[:2] == [0.0, 0.0]
    assert reliefs == sorted(reliefs) and 0 < reliefs[2] < reliefs[3] < MAX_RELIEF
    assert reliefs[-1] == reliefs[-2] == MAX_RELIEF
    in_dictionary = lambda word: True  # noqa: E731
    assert likely_misreading("lees", zipf, in_dictionary) is None  # "less", not by enough
    found = likely_misreading("lees", zipf, in_dictionary, relief=MAX_RELIEF)
    assert found is not None and found.intended == "less"
    # The relief lowers the cost; it does not make a word one: "house" is asked nothing.
    assert likely_misreading("house", zipf, relief=MAX_RELIEF) is None


def test_the_remembered_readings_do_not_depend_on_the_dictionary_asked_first() -> None:
    """A word's readings are remembered before any cost is applied: a capitalised opening word
    (judged as a dictionary word) and the same word in lower case (judged by the dictionary)
    get their own answers whichever is asked first."""
    vocabulary = Vocabulary()
    strict = likely_misreading("fur", vocabulary.zipf, lambda word: True)
    lenient = likely_misreading("fur", vocabulary.zipf, lambda word: False)
    assert strict is None and lenient is not None and lenient.intended == "for"


def test_on_a_damaged_page_a_misreading_may_recur_once() -> None:
    """A rare word twice on a page is the writer's where the page has little damage, and a
    recurring misreading where it has more, unless the dictionary has it (a poem's "thy" twice);
    three times, it is the writer's either way."""
    twice = "They hive come to town, and we hive gone home."
    thrice = twice + " You hive seen it."

    def found(text: str, relief: float, known: bool = False) -> list[str]:
        readings = unlikely_words(text, zipf, lambda word: known, relief)
        return [text[start:end] for start, end, _ in readings]

    assert found(twice, 0.0) == []
    assert found(twice, 0.5) == ["hive", "hive"]
    assert found(twice, MAX_RELIEF, known=True) == []
    assert found(thrice, MAX_RELIEF) == []


def _read(text: str, known: bool = False, relief: float = MAX_RELIEF) -> list[str]:
    readings = unlikely_words(text, zipf, lambda word: known, relief)
    return [text[start:end] for start, end, _ in readings]


def test_a_half_of_a_word_cut_at_a_line_end_is_no_misreading() -> None:
    """A rare word at a line's edge whose join with the word across the line end is an
    English word is a cut word's half ("com|merce", "ques|tions", "dis|cern", "for-|merly"):
    `ocr.cut-word` names the cut, and the channel's "mercy", "tons", "is" would be wrong."""
    assert _read("the growth of her com\nmerce., industry and mines") == []
    assert _read("a study of ques\ntions relating to shipping") == []
    assert _read("people at North Beach dis\ncern an attempt") == []
    assert _read("establishments in the county, for-\nmerly were numerous") == []
    # Standing inside a line, or beside a line whose edge does not join to a word, it is read.
    assert _read("the growth of her merce., industry and mines") == ["merce"]
    assert _read("the growth of her\nmerce., industry and mines") == ["merce"]


def test_a_word_with_a_full_stop_inside_a_sentence_is_an_abbreviation() -> None:
    """ "Sec. 10, twp. 10": a word with a full stop before a number stands for a longer one
    (township), as "No. 5" and "vol. 3" do; the channel does not read it as "two"."""
    assert _read("the north half of Sec. 10, twp. 10, range 4 west", known=True) == []
    assert _read("the north half of Sec. 10, twp 10, range 4 west", known=True) == ["twp"]


def test_a_word_english_writes_often_is_judged_as_a_dictionary_word() -> None:
    """ "unto" (Zipf 3.96) is no Hunspell word, but no misreading of "into" either: a word of
    four letters or more that English writes this often needs the dictionary word's margin."""
    assert _read("but to be wise unto sobriety, according as God dealt") == []
    assert _read("but to be wise unto sobriety", relief=0.0) == []
    assert likely_misreading("unto", zipf, relief=MAX_RELIEF) is not None  # the bare channel


def test_a_dictionary_word_wordfreq_lacks_is_read_at_the_dictionary_cost() -> None:
    """ "motlier" is in Hunspell (with its affixes) and not in wordfreq: `ocr.non-word` leaves it
    alone as a word, and the channel reads it as the rarest listed word would be, at the
    dictionary word's cost: "mother", a glyph confusion away (li for h). Words no dictionary has
    stay `ocr.non-word`'s ("tliat")."""
    from newslint import cased_lexicon

    has = cased_lexicon.english().has
    text = "the motlier of the child, tliat is, promenaded there"
    found = [(text[s:e], r.intended) for s, e, r in unlikely_words(text, zipf, has, MAX_RELIEF)]
    assert found == [("motlier", "mother")]


def test_a_plain_word_s_edits_come_from_the_deletion_index() -> None:
    # `_best_readings` weighs a plain word's edits through the deletion index, not by making
    # every spelling one letter away: the same readings as weighing every candidate in order
    # (the first of equal gains), on common words with a letter changed, dropped or added
    # (an accented one among them) and under a vocabulary that accepts a word.
    import random

    from newslint.ocr_channel import (
        MAX_LETTERS,
        MAX_WRITTEN_ZIPF,
        MIN_LETTERS,
        MIN_TARGET_ZIPF,
        Misreading,
        _best_readings,
        _candidates,
        _Readings,
        common_words,
    )

    def weighed(word: str, lookup) -> _Readings | None:  # type: ignore[no-untyped-def]
        written = lookup(word)
        if not 0 < written <= MAX_WRITTEN_ZIPF or not MIN_LETTERS <= len(word) <= MAX_LETTERS:
            return None
        best: dict[bool, Misreading] = {}
        for candidate, glyph in _candidates(word):
            value = lookup(candidate) if candidate in common_words() else 0.0
            gain = value - written
            better = glyph not in best or gain > best[glyph].gain
            if value >= MIN_TARGET_ZIPF and gain > 0 and better:
                best[glyph] = Misreading(candidate, gain, glyph)
        return _Readings(best.get(True), best.get(False)) if best else None

    rng = random.Random(11)
    common = sorted(common_words())
    words = ["tbe", "thc", "wbich", "naïve", "thé", "Tbe"]
    for _ in range(1000):
        word = rng.choice(common)
        at = rng.randrange(len(word))
        word = word[:at] + rng.choice(("", "é", *"abcdefghijklmnopqrstuvwxyz")) + word[at + 1 :]
        words.append(word)
    found = 0
    for lookup in (zipf, Vocabulary.of(["thc"]).zipf):
        for word in words:
            expected = weighed(word, lookup)
            assert _best_readings(word, lookup) == expected, word
            found += expected is not None
    assert found > 200
