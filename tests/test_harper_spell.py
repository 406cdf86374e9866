"""Harper's spelling rule run apart on the words the news profile can report (issue 15): the same
grammar matches as one pass with every rule, without Harper's suggestion search for names."""

from __future__ import annotations

import pytest

from newslint.grammar import GrammarMatch
from newslint.grammar.harper import without_overlaps
from newslint.grammar.harper_spell import Occurrences, blanked


def test_only_lower_case_words_said_once_reach_the_speller() -> None:
    text = "Mr. Tshisekedi did not recieve the letter, the 2nd one, from Blinken’s aide."
    words = blanked(text, Occurrences(text))
    assert len(words) == len(text)
    assert "recieve" in words and "letter" in words and "aide" in words
    for gone in ("Tshisekedi", "Mr", "2nd", "Blinken", "the"):  # "the" occurs twice
        assert gone not in words
    assert words.index("recieve") == text.index("recieve")  # offsets unchanged


def test_runs_joined_by_an_apostrophe_are_blanked_all_or_none() -> None:
    text = "The recieve's cost, the goverment’s plan and Blinken’s aide: it's late, it's s."
    words = blanked(text, Occurrences(text))
    # "recieve" may be reported, so Harper sees "recieve's" whole, as in one pass; blanking the
    # repeated "s" alone left "recieve' ", a word of its own that one pass never lints.
    for whole in ("recieve's", "goverment’s"):
        assert words[text.index(whole) :].startswith(whole)
    # No run of "Blinken’s" or "it's" may be reported (a capital, repeated runs): all blanked.
    assert "Blinken" not in words and "it's" not in words and "’  aide" in words


def test_the_split_backend_matches_one_pass_beside_apostrophes() -> None:
    pytest.importorskip("harper")
    from newslint.grammar.harper import HarperBackend

    split = HarperBackend(news_off_kinds=("Readability", "Style"))
    one_pass = HarperBackend(news_off_kinds=("Readability", "Style"))
    one_pass.split = None
    text = (
        "The recieve's cost was high and the goverment’s plan faild. It wasn'tcafé' or a "
        "coup d’etat, and it's 'swasn't what they said, is it's?"
    )
    found = [(m.rule, text[m.start : m.end]) for m in split.check(text)]
    assert found == [(m.rule, text[m.start : m.end]) for m in one_pass.check(text)]
    assert ("SpellCheck", "faild") in found and ("SpellCheck", "recieve") not in found


def match(start: int, end: int, rule: str = "A") -> GrammarMatch:
    return GrammarMatch(start=start, end=end, rule=rule, category="Grammar", message="m",
                        replacements=())  # fmt: skip


def test_overlapping_findings_leave_the_first_and_longest() -> None:
    found = [match(12, 14), match(2, 5, "B"), match(0, 10), match(20, 25, "SpellCheck")]
    assert without_overlaps(found) == [match(0, 10), match(12, 14), match(20, 25, "SpellCheck")]
    # On one span, the rule that sorts first; an insertion at the end of a kept span stays.
    tie = [match(0, 4, "B"), match(0, 4, "A"), match(4, 4, "C")]
    assert without_overlaps(tie) == [match(0, 4, "A"), match(4, 4, "C")]


def test_the_split_backend_matches_one_pass_with_every_rule() -> None:
    pytest.importorskip("harper")
    from newslint.grammar.harper import HarperBackend

    news = {"news_off_kinds": ("Readability", "Style"), "news_off": ("SplitWords",)}
    split = HarperBackend(**news)  # type: ignore[arg-type]
    one_pass = HarperBackend(**news)  # type: ignore[arg-type]
    one_pass.split = None
    assert split.split is not None
    text = (
        "Mr. Tshisekedi and Mr. Prigozhin met in Kinshasa. This is an test, and the ministry did "
        "not recieve the letter that Ms. Nkosazana sent on behalf of the the committee in "
        "a long sentence that goes on and on with many clauses, asides and further words that "
        "make it much longer than a reader would like, Mr. Xqzvbnm said."
    )
    found = split.check(text)
    assert found == one_pass.check(text)
    assert {m.rule for m in found} >= {"AnA", "SpellCheck"}
    # Spelling off (the user's `disable`): one pass, as before.
    assert HarperBackend(disable=("SpellCheck",)).split is None


def test_a_long_sentence_hides_no_grammar_finding() -> None:
    """LongSentences (Readability, which the news profile drops) spans the whole sentence; when
    Harper removed overlaps itself, it hid the "a apple" inside it."""
    pytest.importorskip("harper")
    from newslint.grammar.harper import HarperBackend

    backend = HarperBackend(news_off_kinds=("Readability",))
    clauses = ", and ".join(
        f"the committee met on day {day} to discuss the budget" for day in range(12)
    )
    text = f"The minister said that {clauses}, and he ate a apple in the hall."
    found = backend.check(text)
    assert [(m.rule, text[m.start : m.end]) for m in found] == [("AnA", "a")]
    backend.split = None
    assert [(m.rule, text[m.start : m.end]) for m in backend.check(text)] == [("AnA", "a")]


def test_a_capitalised_an_inside_a_sentence_is_a_name_not_an_article() -> None:
    pytest.importorskip("harper")
    from newslint.grammar.harper import HarperBackend

    backend = HarperBackend()
    text = (
        "Floods hit Vietnam's Nghe An province on Monday. The An Giang authorities met.\n"
        "A apple fell. She ate a apple, and “A egg” was the headline."
    )
    found = [(m.rule, text[m.start : m.end], m.start) for m in backend.check(text)]
    assert found == [
        ("AnA", "A", text.index("A apple")),
        ("AnA", "a", text.index("a apple")),
        ("AnA", "A", text.index("A egg")),
    ]


def test_whether_an_a_is_a_name_is_read_in_place() -> None:
    from newslint.grammar.harper import names_a_place_or_person

    text = "They met. A apple fell, and Nghe \t An province flooded. " * 100_000
    at = [i for i in range(len(text) - 56 * 2_000, len(text)) if text.startswith(("A ", "An "), i)]
    named = [names_a_place_or_person(text, i) for i in at]
    assert named == [False, True] * 2_000
    # A copy of the text before each one: 2,000 of them at the end of 5.6 MB took 16 s (not
    # timed here: the guide forbids timed unit tests).
    assert not names_a_place_or_person(" \tA", 2) and names_a_place_or_person("x,\t A", 4)


@pytest.mark.slow  # 400 texts through two Harper linters: ~10 s of CPU
def test_the_two_paths_agree_on_many_texts() -> None:
    """The news profile judges spelling apart (two passes), a profile without spelling or a
    linter without the split reads a piece in one: a text's findings must not depend on the path
    (file order decided them while the paths differed, 8cf3b73). Random texts of slips, names, apostrophes,
    hyphens, marks and repeated words, with every setting of the built-in grammar rule."""
    pytest.importorskip("harper")
    import random

    from newslint.grammar.harper import HarperBackend
    from newslint.linters import load_rules

    (rule,) = [r for r in load_rules() if r.id == "grammar.harper"]
    option = rule.options
    news = {
        "news_off_kinds": tuple(option["news_off_kinds"]),
        "news_off": tuple(option["news_off"]),
        "news_filters": tuple(
            (name, where.get("before", ""), where.get("after", ""))
            for name, where in option["news_filters"].items()
        ),
    }
    split = HarperBackend(**news)  # type: ignore[arg-type]
    one_pass = HarperBackend(**news)  # type: ignore[arg-type]
    one_pass.split = None
    assert split.split is not None
    words = (
        "the a an recieve goverment happend redy teh wrold Tshisekedi ' ’ - / . , & \" ( ) 2nd "
        "s t U.S. Mr. minster co op x_y 😀 é was it's wasn't d’etat faild an apple a egg their "
        "there is are"
    ).split()
    rnd = random.Random(44)
    rules: set[str] = set()
    for _ in range(400):
        out: list[str] = []
        for _ in range(rnd.randint(3, 25)):
            word = rnd.choice(words)
            out.append(word if rnd.random() < 0.7 or not out else out.pop() + word)
        text = " ".join(out)
        found = [(m.start, m.end, m.rule, m.replacements) for m in split.check(text)]
        assert found == [(m.start, m.end, m.rule, m.replacements) for m in one_pass.check(text)]
        rules.update(rule for _, _, rule, _ in found)
    assert {"SpellCheck", "AnA"} <= rules  # the texts reach both passes' findings


def test_the_run_index_counts_a_word_as_the_text_does() -> None:
    """`Occurrences` answers from the document's distinct runs what `str.find`/`rfind` and
    `str.count` answer from the text: overlapping ("aa" in "aaa"), inside other words, across
    repeated runs, words of two letters and words that are no run of their own."""
    import random

    from newslint.grammar.harper_spell import _RUN, Occurrences

    rng = random.Random(15)
    syllables = ["aa", "ab", "ba", "an", "na", "ban", "é", "ée", "x", "re", "ceive", "ie"]
    for _ in range(300):
        words = ["".join(rng.choices(syllables, k=rng.randint(1, 4))) for _ in range(30)]
        text = "".join(w + rng.choice([" ", ", ", "-", "_", "'", "1 ", "\n"]) for w in words)
        indexed, direct = Occurrences(text, index_after=0), Occurrences(text, index_after=10**9)
        queries = set(_RUN.findall(text)) | {w[1:] for w in words} | {"aaa", "zzz", "ab-ba"}
        for word in queries:
            found_twice = text.find(word) != text.rfind(word)
            assert indexed.repeated(word) == direct.repeated(word) == found_twice, (text, word)
            assert indexed.count(word) == direct.count(word) == text.count(word), (text, word)


def test_the_document_s_word_index_is_released_with_its_check() -> None:
    # The index of a document's runs (tens of MB after a 5 MB grammar run) was kept by a
    # module-level cache until the next document: it lives for one check now.
    pytest.importorskip("harper")
    import gc

    from newslint.grammar.harper import HarperBackend

    text = "The council did not recieve the letter from the mayor on Monday. " * 40
    found = HarperBackend().check(text)
    assert ("SpellCheck", "recieve") not in [(m.rule, text[m.start : m.end]) for m in found]
    gc.collect()
    assert not [o for o in gc.get_objects() if isinstance(o, Occurrences)]
