"""benchmarks/label_sets.py refuses a labelled set that is malformed, changed after its freeze, or
drawn from a site another set or the exclusion list holds; it names records, never their text."""

from __future__ import annotations

import hashlib
import json
from pathlib import Path
from typing import Any

import pytest

from tests.benchmark_pages import PROSE, load_benchmark

label_sets = load_benchmark("label_sets")

SALT = "newslint-test-salt"


def page(page_id: str, domain: str, labels: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    excerpt = "Share this story\n" + PROSE
    default = [
        {
            "family": "furniture",
            "label": "share-bar",
            "start": 0,
            "end": 16,
            "text": "Share this story",
        }
    ]
    return {
        "id": page_id,
        "url": f"https://{domain}/story",
        "domain": domain,
        "source_kind": "scraped-news",
        "excerpt": excerpt,
        "labels": default if labels is None else labels,
        "notes": "",
    }


def write_set(root: Path, name: str, pages: list[dict[str, Any]]) -> Path:
    real = root / name / "real"
    real.mkdir(parents=True)
    (real / "part_a.jsonl").write_text(
        "".join(json.dumps(p) + "\n" for p in pages), encoding="utf-8"
    )
    (real / "part_b.jsonl").write_text("", encoding="utf-8")
    return root / name


def freeze(folder: Path) -> str:
    digests = [
        hashlib.sha256((folder / "real" / f"{part}.jsonl").read_bytes()).hexdigest()
        for part in ("part_a", "part_b")
    ]
    return f"{folder.name} 2026-12-07T06:00:00Z part_a {digests[0]} part_b {digests[1]} pages 1 labels 1\n"


def domains_in_bucket(index: int, count: int) -> list[str]:
    found = [
        f"site{i}.example"
        for i in range(400)
        if label_sets.bucket(f"site{i}.example", SALT, 4) == index
    ]
    return found[:count]


def run(tmp_path: Path, capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, list[str]]:
    code = label_sets.main(list(argv))
    return code, capsys.readouterr().out.splitlines()


def test_a_well_formed_frozen_set_passes(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    domain = domains_in_bucket(2, 1)[0]
    folder = write_set(tmp_path, "setx", [page("setx-a-001", "www." + domain)])
    (tmp_path / "FROZEN.txt").write_text(freeze(folder))
    (tmp_path / "excluded.txt").write_text("other.example\n")
    code, lines = run(
        tmp_path,
        capsys,
        str(folder),
        "--frozen",
        str(tmp_path / "FROZEN.txt"),
        "--exclude",
        str(tmp_path / "excluded.txt"),
        "--salt",
        SALT,
        "--index",
        "setx=2",
    )
    assert (code, lines) == (0, [])


def test_a_label_whose_text_is_not_its_span_is_named_without_its_text(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    wrong = [
        {
            "family": "furniture",
            "label": "share-bar",
            "start": 1,
            "end": 16,
            "text": "Share this story",
        }
    ]
    folder = write_set(tmp_path, "setx", [page("setx-a-001", "a.example", wrong)])
    code, lines = run(tmp_path, capsys, str(folder))
    assert code == 1
    assert lines == ["setx: setx-a-001 label 0: text is not excerpt[1:16]"]


def test_a_family_outside_the_conventions_and_a_missing_field_are_refused(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    odd = [{"family": "style", "label": "x", "start": 0, "end": 5, "text": "Share"}]
    bare = page("setx-a-002", "b.example")
    del bare["notes"]
    folder = write_set(tmp_path, "setx", [page("setx-a-001", "a.example", odd), bare])
    code, lines = run(tmp_path, capsys, str(folder))
    assert code == 1
    assert "setx: setx-a-001 label 0: family 'style' is not one of LABELLING.md's" in lines
    assert "setx: setx-a-002: lacks notes" in lines


def test_a_set_edited_after_its_freeze_is_caught(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    folder = write_set(tmp_path, "setx", [page("setx-a-001", "a.example")])
    (tmp_path / "FROZEN.txt").write_text(freeze(folder))
    with (folder / "real" / "part_a.jsonl").open("a", encoding="utf-8") as part:
        part.write(json.dumps(page("setx-a-002", "c.example")) + "\n")
    code, lines = run(tmp_path, capsys, str(folder), "--frozen", str(tmp_path / "FROZEN.txt"))
    assert (code, lines) == (1, ["setx: part_a.jsonl changed since it was frozen"])


def test_sites_shared_between_sets_or_with_the_exclusions_are_caught(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    first = write_set(
        tmp_path,
        "seta",
        [page("seta-a-001", "www.shared.example"), page("seta-a-002", "old.example")],
    )
    second = write_set(tmp_path, "setb", [page("setb-a-001", "shared.example")])
    (tmp_path / "excluded.txt").write_text("www.old.example\n")
    code, lines = run(
        tmp_path, capsys, str(first), str(second), "--exclude", str(tmp_path / "excluded.txt")
    )
    assert code == 1
    assert sorted(lines) == [
        "seta: domain old.example is on the exclusion list",
        "setb: domain shared.example is also in seta",
    ]


def test_three_pages_of_one_site_and_a_repeated_id(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    pages = [
        page("setx-a-001", "a.example"),
        page("setx-a-001", "a.example"),
        page("setx-a-003", "www.a.example"),
    ]
    code, lines = run(tmp_path, capsys, str(write_set(tmp_path, "setx", pages)))
    assert code == 1
    assert sorted(lines) == [
        "setx: 3 pages from one domain (at most 2)",
        "setx: id setx-a-001 used 2 times",
    ]


def test_a_domain_outside_its_bucket_is_caught(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    domain = domains_in_bucket(1, 1)[0]
    folder = write_set(tmp_path, "setx", [page("setx-a-001", domain)])
    code, lines = run(tmp_path, capsys, str(folder), "--salt", SALT, "--index", "setx=0")
    assert (code, lines) == (1, [f"setx: domain {domain} hashes to bucket 1, not 0"])


def test_assign_prints_a_domains_bucket(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    domain = domains_in_bucket(3, 1)[0]
    assert run(tmp_path, capsys, "--assign", "www." + domain, "--salt", SALT) == (0, ["3"])


def test_a_freeze_record_without_a_parts_digest_does_not_let_it_change_unseen(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """review60: a part the freeze line gave no digest for was skipped, so a set frozen as
    `NAME TIME part_a SHA` could have its part_b edited after its first score without a word."""
    folder = write_set(tmp_path, "setx", [page("setx-a-001", "a.example")])
    (tmp_path / "FROZEN.txt").write_text(freeze(folder).split(" part_b ")[0] + "\n")
    (folder / "real" / "part_b.jsonl").write_text(
        json.dumps(page("setx-b-001", "b.example")) + "\n"
    )
    code, lines = run(tmp_path, capsys, str(folder), "--frozen", str(tmp_path / "FROZEN.txt"))
    assert (code, lines) == (1, ["setx: the freeze record has no digest of part_b.jsonl"])


def test_malformed_values_are_problems_not_tracebacks(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    """review60: a family given as a list (TypeError), a part that is not UTF-8
    (UnicodeDecodeError) and `--buckets 0` (ZeroDivisionError) ended in a traceback; a start
    of `true` passed as offset 1."""
    odd = [
        {"family": ["ocr"], "label": "x", "start": 0, "end": 5, "text": "Share"},
        {"family": "furniture", "label": "x", "start": False, "end": True, "text": "S"},
    ]
    folder = write_set(tmp_path, "setx", [page("setx-a-001", "a.example", odd)])
    (folder / "real" / "part_b.jsonl").write_bytes(b'{"id": "caf\xe9"}\n')
    code, lines = run(tmp_path, capsys, str(folder))
    assert code == 1
    assert lines == [
        "setx: part_b.jsonl is not UTF-8 (invalid continuation byte)",
        "setx: setx-a-001 label 0: family ['ocr'] is not one of LABELLING.md's",
        "setx: setx-a-001 label 1: span False-True outside the excerpt",
    ]
    with pytest.raises(SystemExit):
        label_sets.main(["--assign", "a.example", "--salt", SALT, "--buckets", "0"])
