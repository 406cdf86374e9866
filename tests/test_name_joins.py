"""One name joined two ways (`name_joins`) and short names written with other accents: reported
by `consistency.name-spelling` (issue 14). Texts written for these tests."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from newslint.document import Document
from newslint.name_joins import name_join_variants
from tests.conftest import surface_linter

LINTER = surface_linter()


def _joins(text: str) -> list[tuple[str, str]]:
    return [(v.name, v.other) for v in name_join_variants(text, LINTER.vocabulary.zipf)]


def _spelling(text: str) -> list[str]:
    return [
        text[f.start : f.end]
        for f in LINTER.lint(Document(text))
        if f.rule == "consistency.name-spelling"
    ]


def test_a_hyphen_and_a_space_in_one_name_report_the_rarer_form() -> None:
    text = (
        "Foreign minister Karim Bel-Hassani arrived on Monday. Bel-Hassani met the envoy, "
        "and Bel Hassani left on Tuesday."
    )
    assert _joins(text) == [("Bel Hassani", "Bel-Hassani")]


def test_a_name_glued_into_one_word_is_reported_on_a_tie() -> None:
    text = "The ferry left Port Melvane at noon. It reached PortMelvane again by night."
    assert _joins(text) == [("PortMelvane", "Port Melvane")]


def test_an_inner_capital_is_a_join_of_its_own() -> None:
    text = "Judge Wu Jianmin spoke. Wu Jianmin ruled on Friday; Wu JianMin adjourned."
    assert _joins(text) == [("JianMin", "Jianmin")]


def test_an_apostrophe_for_a_soft_sign_is_a_join_and_a_possessive_is_not() -> None:
    text = (
        "Shelling hit Zhytomyrs'ke overnight. Zhytomyrske's mayor spoke, and Zhytomyrske "
        "asked for help."
    )
    assert _joins(text) == [("Zhytomyrs'ke", "Zhytomyrske")]
    curly = "Shelling hit Zhytomyrs'ke overnight; Zhytomyrs’ke asked for help."
    assert _joins(curly) == []


def test_two_joins_written_equally_often_name_no_wrong_form() -> None:
    text = "The Vice-Chancellor opened the hall. Later the Vice Chancellor spoke to staff."
    assert _joins(text) == []


def test_capitals_addresses_and_the_headline_are_not_reported() -> None:
    assert _joins("Tickets at SeaWorks.net went fast. Sea Works opened. Sea Works closed.") == []
    assert _joins("SEA-WORKS OPENS\nSea Works opened on Monday. Sea Works closed.") == []
    headline = "Sea-Works opens its doors\n\nSea Works opened on Monday. Sea Works closed at six."
    assert _joins(headline) == []
    assert _joins("Sea-Works opens its doors.\nSea Works opened. Sea Works closed.") == []


def test_a_hashtag_joins_its_words_by_the_platform_s_rule_not_the_name_s() -> None:
    text = (
        "Mourners carried pictures of Sheikh Ravim Tahhan through the square.\n\n"
        "Supporters posted #SheikhRavim and #RavimTahhan beside a photograph of Sheikh Ravim."
    )
    assert _joins(text) == []
    assert _spelling(text) == []
    # The same join in running text is still one name written two ways.
    glued = text.replace("#RavimTahhan", "RavimTahhan")
    assert _joins(glued) == [("RavimTahhan", "Ravim Tahhan")]


def test_the_check_reports_a_join_once() -> None:
    text = "Judge Wu Jianmin spoke. Wu Jianmin ruled on Friday; Wu JianMin adjourned."
    assert _spelling(text) == ["JianMin"]


def test_a_short_name_english_knows_is_compared_with_its_accented_twin() -> None:
    text = "Coach René Aubel named his squad. René praised the young players, and Rene left early."
    assert _spelling(text) == ["Rene"]
    plain = "Coach Rene Aubel named his squad. Rene praised the players, and Rena left early."
    assert _spelling(plain) == []


def test_a_foreign_name_joined_two_ways_equally_often_is_reported_once() -> None:
    # Both joins are found (`name_join_variants`); the rule reports the later one only.
    text = "Envoy Hossein Tavakoli-Razavi spoke. Later Hossein Tavakoli Razavi left."
    assert sorted(name for name, _ in _joins(text)) == ["Tavakoli Razavi", "Tavakoli-Razavi"]
    assert _spelling(text) == ["Tavakoli Razavi"]


def test_a_compound_of_english_words_joined_two_ways_once_each_names_no_wrong_form() -> None:
    text = "The Vice-President spoke first. Later the Vice President took questions."
    assert _spelling(text) == []


_TIE = (
    "Open the SiteGuide for help. The Siteguide lists every office. Port Melvane and PortMelvane."
)


def test_a_tie_of_two_joins_is_judged_the_same_whatever_the_hash_seed() -> None:
    # Which form a set yields first changes with PYTHONHASHSEED; the verdict must not.
    script = (
        "from newslint.name_joins import name_join_variants\n"
        "from tests.conftest import surface_linter\n"
        f"print(sorted((v.name, v.other) for v in name_join_variants({_TIE!r}, "
        "surface_linter().vocabulary.zipf)))\n"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            cwd=Path(__file__).resolve().parents[1],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in range(6)
    }
    assert len(outputs) == 1
    # "Site" and "Guide" are English: a house style's slip, not a name written two ways.
    assert "SiteGuide" not in outputs.pop()
