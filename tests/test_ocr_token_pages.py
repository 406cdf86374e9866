"""benchmarks/_ocr_token_pages.py and train_ocr_tokens.py's fit: which words of a labelled page
are misread, which pages a set gives (its dev half, or all of a training set), and a refit drawn
towards the shipped weights (own text)."""

from __future__ import annotations

import hashlib
from pathlib import Path

import numpy as np

from tests.benchmark_pages import dev_domains, load_benchmark, write_real_corpus

pages = load_benchmark("_ocr_token_pages")
train = load_benchmark("train_ocr_tokens")

TEXT = "The harbour hoard met on Tuesday, and the ferry will sail at noon."


def _label(text: str, family: str, words: str = "") -> dict:
    words = words or text
    start = TEXT.index(words)
    return {"family": family, "label": "misread", "start": start, "end": start + len(words)}


def _test_domain() -> str:
    for i in range(1000):
        domain = f"site{i}.example"
        if hashlib.sha256(b"newslint-real" + domain.encode()).digest()[0] % 2 == 1:
            return domain
    raise AssertionError("no test domain")


def _record(domain: str, labels: list[dict], page_id: str = "p1") -> dict:
    for label in labels:
        label["text"] = TEXT[label["start"] : label["end"]]
    return {"id": page_id, "domain": domain, "excerpt": TEXT, "labels": labels}


def test_a_word_inside_a_short_ocr_label_is_misread_and_a_word_another_label_touches_is_left_out() -> (
    None
):
    record = _record(
        "a.example",
        [_label(TEXT, "ocr", "hoard"), _label(TEXT, "punctuation", "Tuesday,")],
    )
    labels = pages.page_labels(record)
    assert labels[TEXT.index("hoard")] == 1
    assert labels[TEXT.index("harbour")] == 0
    assert TEXT.index("Tuesday,") not in labels  # another family's label: says nothing


def test_a_long_ocr_run_labels_none_of_its_words() -> None:
    record = _record("a.example", [_label(TEXT, "ocr", "the ferry will sail")])
    labels = pages.page_labels(record)
    assert TEXT.index("ferry") not in labels and TEXT.index("sail") not in labels
    assert labels[TEXT.index("noon.")] == 0


def test_a_set_gives_its_dev_half_or_read_whole_every_page_grouped_by_site(
    tmp_path: Path,
) -> None:
    dev, test = dev_domains(1)[0], _test_domain()
    corpus = write_real_corpus(
        tmp_path, [_record(dev, [], "d1"), _record(test, [], "t1"), _record(dev, [], "d2")]
    )
    assert [p.name for p in pages.dev_pages(corpus)] == ["corpus:d1", "corpus:d2"]
    whole = list(pages.dev_pages(corpus, whole=True))
    assert [p.name for p in whole] == ["corpus:d1", "corpus:t1", "corpus:d2"]
    assert [p.group for p in whole] == [dev, test, dev]


def test_a_refit_drawn_towards_a_prior_stays_there_when_the_pull_outweighs_the_rows() -> None:
    rng = np.random.default_rng(7)
    x = rng.normal(size=(200, 3))
    y = (x[:, 0] + 0.3 * rng.normal(size=200) > 0).astype(float)
    prior = np.array([0.5, -1.0, 2.0, 0.25])
    drawn = train.fit(x, y, 600.0, prior)
    assert np.abs(drawn[1:] - prior[1:]).max() < 0.2
    free = train.fit(x, y, 1.0)
    assert free[1] > 1.0 and abs(free[2]) < 0.5  # the rows alone find the first feature


def test_one_site_falls_in_one_fold() -> None:
    assert train.fold_of("a.example") == train.fold_of("a.example")
    assert {train.fold_of(f"site{i}") for i in range(50)} == set(range(train.FOLDS))


def test_a_site_is_its_registered_name_or_its_sisters_family() -> None:
    assert pages.site_of("www.example.com") == pages.site_of("archive.example.com")
    assert pages.site_of("trove.example.gov.au") == "example.gov.au"
    assert pages.site_of("papers.example.co.uk") != pages.site_of("papers.other.co.uk")
    assert pages.site_of("fdokumen.com") == pages.site_of("fdocuments.in")
