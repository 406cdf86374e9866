"""benchmarks/_ocr_fit_sets.py: the OCR training scripts' fit sets are found beside the corpus
and fingerprinted, so one command rebuilds them and says whether it rebuilt the same rows."""

from __future__ import annotations

from pathlib import Path

from tests.benchmark_pages import load_benchmark

fit_sets = load_benchmark("_ocr_fit_sets")

ROWS = [("bln:1", 81, 0, 4.62, 1.0), ("corpus:b002", 12, 1, 2.5, 0.0)]


def test_the_fingerprint_names_the_rows_in_order() -> None:
    same = [("bln:1", 81, 0, 4.620000001, 1.0), ("corpus:b002", 12, 1, 2.5, 0.0)]
    assert fit_sets.fingerprint(ROWS) == fit_sets.fingerprint(same)  # rounded to six places
    assert fit_sets.fingerprint(ROWS) != fit_sets.fingerprint(ROWS[::-1])
    assert fit_sets.fingerprint(ROWS) != fit_sets.fingerprint(
        [*ROWS[:1], ("corpus:b002", 12, 0, 2.5, 0.0)]
    )
    assert len(fit_sets.fingerprint(ROWS)) == 16


def test_the_held_out_set_is_read_beside_the_corpus_only_where_it_is(tmp_path: Path) -> None:
    corpus = tmp_path / "shared" / "corpus"
    corpus.mkdir(parents=True)
    assert fit_sets.default_extra(corpus) == []
    held = tmp_path / "sets45" / "sets45b"
    (held / "real").mkdir(parents=True)
    assert fit_sets.default_extra(corpus) == [held.resolve()]


def test_the_summary_counts_rows_by_source_and_the_dump_holds_no_text(tmp_path: Path) -> None:
    pages = ["bln:1", "bln:2", "sets45b:c004"]
    assert fit_sets.summary(pages, [1.0, 0.0, 1.0]) == "bln 2 (1 positive), sets45b 1 (1 positive)"
    out = tmp_path / "fit.tsv"
    fit_sets.dump(out, ("page", "start", "label", "zipf", "dictionary"), ROWS)
    lines = out.read_text(encoding="utf-8").splitlines()
    assert lines[0] == "page\tstart\tlabel\tzipf\tdictionary"
    assert lines[1] == "bln:1\t81\t0\t4.620000\t1.000000"
