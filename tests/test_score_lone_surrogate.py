"""score() and scan score a text alike, a lone surrogate included: scan read it as U+FFFD (as the
README says) while score() let the rules see the surrogate, so the two disagreed (user67 #5)."""

from __future__ import annotations

from pathlib import Path

from newslint import score
from newslint.scoring import FIELDS

from .scan_data import scan_scores

TEXT = "\ud800 lone surrogate in Sir. Smith text, as scraped JSON leaves it."


def test_score_and_scan_give_a_lone_surrogate_the_same_score(tmp_path: Path):
    dump = tmp_path / "dump.jsonl"
    dump.write_text('{"id": "a", "text": "\\ud800 lone surrogate in Sir. Smith text, as scraped JSON leaves it."}\n', "utf-8")  # fmt: skip
    scanned = scan_scores(dump, tmp_path)["a"]
    scored = score(TEXT, grammar="off")
    assert {k: scanned[k] for k in FIELDS} == scored
    assert scored == score(TEXT.replace("\ud800", "\ufffd"), grammar="off")
    assert scored["encoding_count"] == 1
