"""`name-variants`: when two spellings are one name written two ways (romanised by two systems,
respelled by sound, a letter Unicode does not decompose folded like an accent) and when they are
two names (both ones English or the dictionary knows), and the bounded edit distance the pairs
are compared by. The check's reporting, its full names and titles: test_name_variants.py."""

from __future__ import annotations

from random import Random

from newslint.name_spellings import _edit_distance, within_edits

from .helpers import make_check, spans


def test_a_name_romanised_two_ways_is_one_name() -> None:
    check = make_check("name-variants")
    korean = "Yoon Suk-yeol spoke. Later Yoon Suk-yeol left; Yoon Seok-yeol returned."
    assert spans(check, korean) == ["Yoon Seok-yeol"]
    # The surname is an English word too, but the given name carries the evidence.
    assert spans(check, "Kim Jong-un came. Kim Jong-un and Kim Jong-eun spoke.") == ["Kim Jong-eun"]
    slavic = "Pokrovsky said the unit had moved. Pokrovsky and Pokrovskiy agreed."
    assert spans(check, slavic) == ["Pokrovskiy"]
    assert spans(check, "Syrskyi spoke. Syrskyi and Syrsky left.") == ["Syrsky"]


def test_slavic_x_and_iotated_initials_are_romanisations() -> None:
    check = make_check("name-variants")
    # x written ks, beside a further edit ("Olexander"/"Oleksandr": -ander, -andr).
    assert spans(check, "Maksimov spoke. Maksimov and Maximov left.") == ["Maximov"]
    assert spans(check, "Oleksandr spoke. Oleksandr and Olexander left.") == ["Olexander"]
    # Russian е at a name's start written ye or e; a closing -ai written -ay.
    assert spans(check, "Yevgeny spoke. Yevgeny and Evgeny left.") == ["Evgeny"]
    assert spans(check, "Nikolai spoke. Nikolai and Nikolay left.") == ["Nikolay"]


def test_names_romanised_alike_but_not_sharing_a_name_word_are_two_people() -> None:
    check = make_check("name-variants")
    # Cantonese Yeung and Yung are two surnames; a title shared is no name shared.
    assert spans(check, "Alvin Yeung met Eunice Yung. Yeung left.") == []
    assert spans(check, "Lee Jun-seok met Lee Jae-myung and Lee Nak-yon.") == []
    assert spans(check, "President Jong-seok met President Jong-suk.") == []


def test_a_name_transliterated_by_two_systems_is_one_name() -> None:
    """Alike only by their sound (q/g, tch/ch, z/s): the first letter differs, or two letters."""
    check = make_check("name-variants")
    text = "Muammar Gaddafi ruled for decades. Rebels killed Gaddafi, and Qaddafi was buried."
    assert spans(check, text) == ["Qaddafi"]
    text = "Tchaikovsky wrote the ballet; Chaikovsky conducted it, and Tchaikovsky revised it."
    assert spans(check, text) == ["Chaikovsky"]
    text = "Masaryk founded the state. Later Mazarik wrote that Masaryk was right."
    assert spans(check, text) == ["Mazarik"]


def test_a_place_written_with_its_own_vowels_throughout_is_one_name() -> None:
    """Consonants and syllables alike, every vowel different: a second transliteration."""
    check = make_check("name-variants")
    text = (
        "Shelling hit the Dnestrovye dam on Monday. Engineers left Dnestrovye at night, and "
        "the Dnistrovia reservoir fell. Dnestrovye is still without power."
    )
    assert spans(check, text) == ["Dnistrovia"]


def test_two_names_english_knows_that_sound_alike_are_two_names() -> None:
    check = make_check("name-variants")
    # Both spellings are names English writes (Zipf above 2.5): no evidence they are one.
    assert spans(check, "Conrad met Konrad; Carlson met Karlsson. Conrad and Carlson left.") == []
    # Each written after a given name, the two followed by different surnames: two people.
    text = "Caitlin Moore and Kaitlin Reyes won. Caitlin Moore thanked Kaitlin Reyes."
    assert spans(check, text) == []


def test_letters_unicode_does_not_decompose_are_folded_like_accents() -> None:
    # Texts written for this test (issue 14): "ł", "ø" and "ı" are letters of their own to
    # Unicode, not a base letter with an accent, and an ASCII-folding pipeline drops them all.
    check = make_check("name-variants")
    text = "Coach Jørund Olsvik spoke. Later Olsvik left, and Jorund Olsvik returned."
    assert spans(check, text) == ["Jorund Olsvik"]
    text = "The mayor of Złotów spoke. The Złotów council met, and Zlotow traders cheered."
    assert spans(check, text) == ["Zlotow"]
    # Two names that keep different such letters, and differ without them, are two names.
    assert spans(check, "Mayor Złotek met Ms Ząbkowski; Złotek left.") == []


def test_two_well_known_names_whose_consonants_differ_are_two_names() -> None:
    check = make_check("name-variants")
    # Both common, consonants apart: two places, two people.
    assert spans(check, "Stafford won. Stafford and the Stanford team left.") == []
    assert spans(check, "Carlson spoke; Carlson thanked Carlton.") == []
    # Both common, one consonant skeleton: one name with its vowels or doubling changed.
    assert spans(check, "Katherine spoke. Katherine left; later Katharine came.") == ["Katharine"]
    # The threshold is the option's: raised past both names, the pair is judged again (a pair
    # the dictionary does not list as two names both: "barber" is a word).
    loose = make_check("name-variants", known_names_zipf=5.0)
    assert spans(check, "Barber won. Barber and the Barker team left.") == []
    assert spans(loose, "Barber won. Barber and the Barker team left.") == ["Barker"]
    # Two names the dictionary lists stay two names whatever the threshold.
    assert spans(loose, "Stafford won. Stafford and the Stanford team left.") == []


def test_two_names_the_dictionary_lists_whose_consonants_differ_are_two_names() -> None:
    check = make_check("name-variants")
    # Rare, but each a name of its own in the dictionary: two people, however alike.
    assert spans(check, "Linton spoke. Linton left; later Liston came.") == []
    assert spans(check, "Cordelia spoke. Cordelia left; later Cornelia came.") == []
    # One of them listed, the other a garble no list holds: one name.
    assert spans(check, "Linton spoke. Linton left; later Lindon came.") == ["Lindon"]
    # Both listed, one consonant skeleton: one name written another way.
    assert spans(check, "Heracles spoke. Heracles left; later Herakles came.") == ["Herakles"]


def test_a_long_name_written_a_letter_shorter_by_a_romanisation_is_one_name() -> None:
    check = make_check("name-variants")
    # kh or h, ph or f: the respelling has five letters, under the shortest compared.
    assert spans(check, "Khalid spoke. Khalid left; later Halid came.") == ["Halid"]
    assert spans(check, "Daphne spoke. Daphne left; later Dafne came.") == ["Dafne"]
    # Alike only in sound across two first letters, a short name is another name.
    assert spans(check, "Giotto painted it. Giotto left; later Kyoto hosted it.") == []


def _edited(word: str, rnd: Random) -> str:
    """`word` with up to three random edits: a letter put in, left out, changed, or two swapped."""
    letters = list(word)
    for _ in range(rnd.randint(0, 3)):
        at = rnd.randint(0, max(0, len(letters) - 1))
        edit = rnd.choice(("insert", "delete", "change", "swap"))
        if edit == "insert" or not letters:
            letters.insert(at, rnd.choice("abd"))
        elif edit == "delete":
            del letters[at]
        elif edit == "change":
            letters[at] = rnd.choice("abd")
        else:
            letters[at : at + 2] = letters[at : at + 2][::-1]
    return "".join(letters)


def test_the_bounded_distance_answers_as_the_full_one() -> None:
    # Pages of names compare every pair sharing a deletion key: the bounded walk stops early,
    # and must say what the full table says for every limit the check asks.
    rnd = Random(45)
    near = 0
    for _ in range(5_000):
        a = "".join(rnd.choice("abcé") for _ in range(rnd.randint(0, 9)))
        b = _edited(a, rnd) if rnd.random() < 0.8 else "".join(rnd.choices("abc", k=8))
        distance = _edit_distance(a, b)
        for limit in (0, 1, 2, 3):
            assert within_edits(a, b, limit) == (distance <= limit), (a, b, limit)
            near += distance <= limit
    assert near > 5_000
