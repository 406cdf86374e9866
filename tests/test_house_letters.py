"""`house_letters`: the page's own romanisation settles a tie of two spellings."""

from __future__ import annotations

from newslint.house_letters import differing_runs, odd_by_house_letters


def _zipf(word: str) -> float:
    return 4.0 if word.lower() in {"paris", "warsaw"} else 1.0


def test_the_differing_runs_are_what_is_left_after_the_common_opening_and_ending() -> None:
    assert differing_runs("Victor", "Viktor") == ("c", "k")
    assert differing_runs("Tregubov", "Tregubow") == ("v", "w")
    # A letter added or dropped, or a longer difference, is no alternation of letters.
    assert differing_runs("Khortytsia", "Khortytsa") is None
    assert differing_runs("Gaddafi", "Qadhdhafi") is None


def test_the_page_decides_only_when_it_uses_one_run_and_never_the_other() -> None:
    pages = "Kupyansk and Kharkiv held; Pokrovsk fell."
    assert odd_by_house_letters(pages, [("Victor", "Viktor")], _zipf) == 0
    assert odd_by_house_letters(pages, [("Viktor", "Victor")], _zipf) == 1
    # English names are read as English spelling, not the page's system.
    assert odd_by_house_letters("Paris and Warsaw met.", [("Tregubov", "Tregubow")], _zipf) is None
    # Both runs in use: nothing is decided.
    both = "Kupyansk, Kharkiv, Lucca and Cuneo."
    assert odd_by_house_letters(both, [("Victor", "Viktor")], _zipf) is None


def test_a_letter_in_a_digraph_with_h_is_another_sound() -> None:
    # kh, ch, sh, zh: the h of "Mykhailo" is no h of "Oleh".
    page = "Mykhailo, Kakhovka and Shostka."
    assert odd_by_house_letters(page, [("Oleg", "Oleh")], _zipf) is None
    assert odd_by_house_letters("Honchar, Hlukhiv.", [("Oleg", "Oleh")], _zipf) == 0


def test_a_page_s_names_are_read_once_for_all_its_pairs(monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """Each pair read the page's names again: a page of many names has many pairs, and 80 KB of
    names cost 44 s of a profiled run in this alone."""
    import random

    import newslint.house_letters as house

    rng = random.Random(3)
    syllables = ["ko", "va", "len", "kh", "ch", "ri", "sh", "to", "mi", "ck", "ov", "ew"]
    names = ["".join(rng.choices(syllables, k=3)).capitalize() for _ in range(300)]
    page = " and ".join(names) + "."
    read: list[str] = []
    real = house._NAME

    class Counting:
        def findall(self, text: str) -> list[str]:
            read.append(text)
            return real.findall(text)

    monkeypatch.setattr(house, "_NAME", Counting())
    house._page_names.cache_clear()
    pairs = [(a, b) for a in names[:60] for b in names[:60] if a < b and differing_runs(a, b)]
    assert len(pairs) > 20
    verdicts = [odd_by_house_letters(page, [pair], _zipf) for pair in pairs]
    assert len(read) == 1
    # The same verdicts as reading the page's other names for each pair.
    for (a, b), verdict in zip(pairs, verdicts, strict=True):
        others = {w.lower() for w in names} - {a.lower(), b.lower()}
        uses = [sum(house._written_alone(r, w) for w in others) for r in differing_runs(a, b)]  # type: ignore[union-attr]
        expected = (0 if uses[0] == 0 else 1) if min(uses) == 0 and max(uses) >= 2 else None
        assert verdict == expected, (a, b)
