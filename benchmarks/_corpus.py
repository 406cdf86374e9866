"""Shared by the benchmarks: where things are, and what counts as a hit."""

from __future__ import annotations

from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DEFAULT_CORPUS = ROOT.parent / "shared" / "corpus"

# Slips present in the published originals (corpus README): reporting them is correct.
GENUINE_SLIPS = {
    "wikinews_01": ["collasped", "pilgrams"], "wikinews_08": ["lifehood"],
    "wikinews_10": ["recieve", "decision.“ However"], "wikinews_12": ["diety"],
    "wikinews_19": ["hastag"], "wikinews_23": ["debutans"], "state_06": ["S. Special Presidential Envoy"],
    "state_07": ["“t’s so important", "Foreign Minster"], "state_21": ["zero-emissionfuels", "vesselsincluding"],
    "state_29": ["a better .”"], "whitehouse_01": ["Tacking the climate crisis"], "whitehouse_14": ["Campbellis"],
}  # fmt: skip


def overlaps(a_start: int, a_end: int, b_start: int, b_end: int, slack: int = 1) -> bool:
    return a_start <= b_end + slack and b_start - slack <= a_end


def slip_spans(name: str, text: str) -> list[tuple[int, int]]:
    return [(i, i + len(s)) for s in GENUINE_SLIPS.get(name, []) if (i := text.find(s)) >= 0]
