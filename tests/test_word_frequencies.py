"""Word frequencies: the tables answer what wordfreq answers and open from the cache as they
were built; the memos of token judgements belong to one linter's vocabulary."""

from __future__ import annotations

import array
import subprocess
import sys
from pathlib import Path

import pytest
from wordfreq import zipf_frequency

from newslint import lexicon, wordtable
from newslint.wordtable import BUCKET, WordTable

WORDS = sorted({f"w{n:04d}" for n in range(3 * BUCKET + 5)} | {"a", "ab", "abc", "zz"})


def test_every_word_finds_its_own_row_and_absent_words_none() -> None:
    table = WordTable.of(WORDS, list(range(len(WORDS))))
    assert [table.row(w) for w in WORDS] == list(range(len(WORDS)))
    for absent in ("", "0", "aa", "abcd", "w0000x", "w", "zzz", "a\nab", "~"):
        assert table.row(absent) is None, absent


def test_each_row_gives_back_its_word_in_memory_and_mapped(tmp_path: Path) -> None:
    table = WordTable.of(WORDS, list(range(len(WORDS))))
    assert [table.word_at(row) for row in range(len(WORDS))] == list(WORDS)
    stored = tmp_path / "table.bin"
    stored.write_bytes(table.dumps())
    mapped = WordTable.open(stored, 1)
    assert [mapped.word_at(row) for row in range(len(WORDS))] == list(WORDS)


def test_remembered_rows_answer_as_the_table_does_even_past_the_memo_limit(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(wordtable, "ROW_MEMO_LIMIT", 7)  # cleared many times over
    table = WordTable.of(WORDS, list(range(len(WORDS))))
    asked = [*WORDS, "aa", "w0000x", "~", *reversed(WORDS), "aa", "abcd"] * 2
    fresh = WordTable.of(WORDS, list(range(len(WORDS))))._find_row
    assert [table.row(w) for w in asked] == [fresh(w) for w in asked]
    assert table.row("w0003") == WORDS.index("w0003") and table.row("aa") is None
    assert len(table._rows) <= 7


def test_rows_of_several_values_come_back_whole() -> None:
    values = [v for n in range(len(WORDS)) for v in (n, 2 * n)]
    table = WordTable.of(WORDS, values, width=2)
    assert list(table.row_values("w0100") or []) == [WORDS.index("w0100"), 2 * WORDS.index("w0100")]
    assert table.row_values("nothing") is None


def test_a_cached_table_is_built_once_then_read(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    builds: list[int] = []

    def build() -> tuple[list[str], array.array[int]]:
        builds.append(1)
        return WORDS, array.array("H", range(len(WORDS)))

    first = WordTable.cached("test", "key", build)
    second = WordTable.cached("test", "key", build)
    assert builds == [1]
    assert [second.row(w) for w in WORDS] == [first.row(w) for w in WORDS]


def test_a_damaged_cache_file_is_rebuilt(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSLINT_CACHE_DIR", str(tmp_path))
    WordTable.cached("test", "key", lambda: (WORDS, array.array("H", range(len(WORDS)))))
    next(tmp_path.glob("test@*.bin")).write_bytes(b"not a table")
    table = WordTable.cached("test", "key", lambda: (["x"], array.array("H", [7])))
    assert table.row("x") == 0 and table.values[0] == 7


@pytest.mark.parametrize(
    "word",
    [
        "the", "said", "government", "Blinken", "zzzqx", "don't", "O'Brien",
        "sino-soviet", "well-known", "e-mail", "x-ray", "co-op", "state-of-the-art",
        "long-term", "anti-government", "ex-president", "self-driving", "ninety-nine",
        "pro-russian", "mid-1990s", "covid-19", "blinken-style", "zzzqx-said", "a-b",
        "naïve-ish", "t-shirt", "1,000", "30", "u.s.", "",
    ],
)  # fmt: skip
def test_zipf_is_wordfreqs_answer(word: str) -> None:
    assert lexicon.zipf(word) == zipf_frequency(
        word.casefold().replace("’", "'"), "en", wordlist=lexicon.WORDLIST
    )


def test_hyphenated_words_of_every_frequency_band_match_wordfreq() -> None:
    parts = "the of anti pro ex self well known russian long term blinken kyiv qqq zloty".split()
    joined = [f"{a}-{b}" for a in parts for b in parts] + [
        f"{a}-{b}-{a}" for a in parts for b in parts[:4]
    ]
    assert [lexicon.zipf(w) for w in joined] == [
        zipf_frequency(w, "en", wordlist=lexicon.WORDLIST) for w in joined
    ]


def test_hyphenated_names_in_accented_latin_letters_match_wordfreq() -> None:
    """Every precomposed Latin letter the table path accepts, inside and around hyphenated words."""
    letters = [chr(c) for c in [*range(0xDF, 0xF7), *range(0xF8, 0x180)]]
    words = [w for c in letters for w in (f"jos{c}-said", f"{c}-the", f"m{c}ndez-miró")] + [
        "méndez-miró", "vélez-rivé", "antongiorgi-jordán", "gómez-pérez", "saint-étienne",
        "łódź-warszawa", "müller-lüdenscheidt", "são-paulo", "ángel-di-maría", "Sánchez-Vicario",
    ]  # fmt: skip
    through_table = [w for w in words if lexicon._TABLE_TOKEN.fullmatch(w.casefold())]
    assert len(through_table) > 400
    assert [lexicon.zipf(w) for w in through_table] == [
        zipf_frequency(w.casefold(), "en", wordlist=lexicon.WORDLIST) for w in through_table
    ]


def test_letters_with_single_digits_among_them_match_wordfreq() -> None:
    parts = ["cloud", "mp", "b", "x", "partner", "connect", "the", "windows", "qqq", ""]
    words = [f"{a}{d}{b}" for a in parts for b in parts for d in "0123456789"[:: 3 if b else 1]]
    words += ["a1b2c3", "4x4", "3d", "2nd", "h1n1", "b12", "win10", "covid19", "9", "12", "x9-y"]
    through_table = [w for w in words if lexicon._TABLE_TOKEN.fullmatch(w)]
    assert through_table == words
    assert [lexicon.zipf(w) for w in words] == [
        zipf_frequency(w, "en", wordlist=lexicon.WORDLIST) for w in words
    ]
    assert any(lexicon.zipf(w) > 0 for w in through_table)


# Runs of two or more digits beside letters, alone and between hyphens: wordfreq looks them up
# as zeros and weighs the digits (a year by how near it is to REFERENCE_YEAR, other runs by their
# leading digit).
DIGIT_RUNS = [
    "1990s", "20th", "21st", "184", "30", "007", "2019", "2039", "2040", "2100", "0000", "1066",
    "covid19", "2019ncov", "as26", "a320", "b737", "x86", "g20", "f35", "iphone12", "kf94",
    "76-06", "covid-19", "mid-1990s", "9-11", "24-7", "1-0", "2-1", "g7-g20", "a00", "0x7f",
    "12345678", "1234567890123", "pre-2020", "post-war-1945", "méndez-2019", "zzqx99", "mp3-99",
]  # fmt: skip


def test_digit_runs_among_letters_and_hyphens_match_wordfreq_without_importing_it() -> None:
    years = [str(year) for year in range(1000, 3000)] + [f"{year}s" for year in range(1900, 2100)]
    words = DIGIT_RUNS + years + [f"the-{d}{d}{w}" for d in "0123456789" for w in ("", "th", "m")]
    assert all(lexicon._TABLE_TOKEN.fullmatch(w) for w in words)
    assert [lexicon.zipf(w) for w in words] == [
        zipf_frequency(w, "en", wordlist=lexicon.WORDLIST) for w in words
    ]
    assert sum(lexicon.zipf(w) > 0 for w in words) > len(words) / 2
    assert lexicon.zipf("1990s") > lexicon.zipf("1066s") > 0  # the digits weigh


def test_a_token_with_a_digit_run_is_looked_up_without_importing_wordfreq() -> None:
    code = (
        "import sys\n"
        "from newslint.lexicon import zipf\n"
        "print([zipf(w) for w in sys.argv[1:]], 'wordfreq' in sys.modules)\n"
    )
    run = subprocess.run(
        [sys.executable, "-c", code, "covid19", "2019ncov", "76-06", "as26", "184"],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    found = [zipf_frequency(w, "en", wordlist=lexicon.WORDLIST) for w in run.args[3:]]
    assert run.stdout.strip() == f"{found} False"


def test_ocr_marks_judged_through_a_vocabulary_memo_are_the_unmemoised_marks() -> None:
    from newslint.lexicon import Vocabulary
    from newslint.signals import ocr_marks

    text = "Tlie rnan said tbat tlie 1O0 ships , arrived in Kyiv . Tlie rnan left; Blinken agreed."
    vocabulary = Vocabulary.of(["Kyiv"])
    plain = list(ocr_marks(text, lambda word: vocabulary.zipf(word)))
    assert plain  # the text has damage to find
    assert list(ocr_marks(text, vocabulary.zipf)) == plain
    assert list(ocr_marks(text, vocabulary.zipf)) == plain  # from the memo this time
    assert vocabulary.memo("damage_kind")
    assert not Vocabulary.of(["Kyiv"]).memo("damage_kind")  # another linter's is its own


def test_a_vocabulary_memo_starts_again_past_its_limit(monkeypatch: pytest.MonkeyPatch) -> None:
    from newslint.lexicon import Vocabulary

    monkeypatch.setattr(lexicon, "MEMO_LIMIT", 3)
    vocabulary = Vocabulary()
    memo = vocabulary.memo("x")
    memo.update(dict.fromkeys("abcd"))
    assert vocabulary.memo("x") == {}


# Tokens that are not plain words, hyphenated words or digits among letters: wordfreq's own
# tokenizer cuts them (stops, slashes, symbols, digits of other scripts, punctuation alone).
ODD_TOKENS = [
    "u.s.", "u.s", "p.m.", "e.g.", "d.c", "media.the", "said.the", "http://example.org/a-b.html",
    "www.example.org", "@newsdesk", "#floods", "c++", "3.5%", "1,000", "10.000", "2019/20",
    "٣٤", "১২৩", "½", "x²", "don’t", "rock'n'roll", "...", "—", "naïve.the", "a.b.c.d.e",
    "kyiv/kiev", "qqzx.wvv", "co.", "jr.", "no.1", "1.", "£5bn", "$1.2", "x\ud800y",
]  # fmt: skip


def test_odd_tokens_are_wordfreqs_answer() -> None:
    assert [lexicon.zipf(w) for w in ODD_TOKENS] == [
        zipf_frequency(w, "en", wordlist=lexicon.WORDLIST) for w in ODD_TOKENS
    ]
    assert any(lexicon.zipf(w) > 0 for w in ODD_TOKENS)


def test_an_odd_token_is_looked_up_without_loading_wordfreqs_list() -> None:
    """Its tokens are read from newslint's table: wordfreq's list, read into a dict, cost a fifth
    of a second in every process that met such a token (serial, in a scan's parent)."""
    code = (
        "import sys\n"
        "from newslint.lexicon import load_fallback, zipf\n"
        "load_fallback()\n"
        "found = [zipf(w) for w in sys.argv[1:]]\n"
        "import wordfreq\n"
        "print(found, wordfreq.get_frequency_dict.cache_info().currsize)\n"
    )
    words = ["u.s.", "media.the", "http://example.org/a-b.html", "3.5%"]
    run = subprocess.run(
        [sys.executable, "-c", code, *words], capture_output=True, text=True, check=True
    )
    found = [zipf_frequency(w, "en", wordlist=lexicon.WORDLIST) for w in words]
    assert run.stdout.strip() == f"{found} 0"
