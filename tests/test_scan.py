"""`newslint scan` (issues 9 and 19): scores, filtering, Parquet, resuming, and records' policies."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newslint import score
from newslint.scoring import FIELDS

from .conftest import run_newslint
from .scan_data import make_dataset, scan_scores, strict_json


@pytest.mark.slow
def test_scan_scores_filters_and_runs_in_parallel_identically(tmp_path: Path) -> None:
    dump = make_dataset(tmp_path)
    serial = scan_scores(dump, tmp_path, "--jobs", "1", "--shard-size", "3")
    parallel = scan_scores(dump, tmp_path, "--jobs", "2", "--shard-size", "3")
    assert serial == parallel and len(serial) == 28
    assert all(set(row) == {"id", "ordinal", *FIELDS} for row in serial.values())
    kept = tmp_path / "kept.jsonl"
    assert (
        run_newslint(
            "scan",
            str(dump),
            "-o",
            str(tmp_path / "s.jsonl"),
            "--drop-above",
            "1",
            "--filtered-output",
            str(kept),
        ).returncode
        == 0
    )
    kept_ids = [json.loads(line)["id"] for line in kept.read_text(encoding="utf-8").splitlines()]
    assert kept_ids == [i for i, row in serial.items() if row["density"] <= 1]
    assert 0 < len(kept_ids) < len(serial)
    assert (
        json.loads(kept.read_text(encoding="utf-8").splitlines()[0])["source"] == "test"
    )  # records kept whole


@pytest.mark.slow
def test_scan_reads_and_writes_parquet(tmp_path: Path) -> None:
    parquet = pytest.importorskip("pyarrow.parquet")
    import pyarrow

    rows = [
        json.loads(line)
        for line in make_dataset(tmp_path, 1).read_text(encoding="utf-8").splitlines()
    ]
    parquet.write_table(pyarrow.Table.from_pylist(rows), tmp_path / "dump.parquet")
    result = run_newslint(
        "scan", str(tmp_path / "dump.parquet"), "-o", str(tmp_path / "scores.parquet")
    )
    assert result.returncode == 0, result.stderr
    table = parquet.read_table(tmp_path / "scores.parquet").to_pylist()
    assert [row["id"] for row in table] == [row["id"] for row in rows]
    assert table[0]["density"] == score(rows[0]["text"], grammar="off")["density"]


def test_scan_errors_are_one_line(tmp_path: Path) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"id": 1, "text": "fine"}\nnot json\n', encoding="utf-8")
    result = run_newslint("scan", str(bad), "-o", str(tmp_path / "o.jsonl"))
    assert result.returncode == 2 and "bad.jsonl:2: not a JSON record" in result.stderr
    missing = tmp_path / "missing.jsonl"
    missing.write_text('{"id": 1, "body": "x"}\n', encoding="utf-8")
    result = run_newslint("scan", str(missing), "-o", str(tmp_path / "o2.jsonl"))
    assert result.returncode == 2 and "no text in field 'text'" in result.stderr


def finished_run_parts(dump: Path, output: Path, shard_size: int) -> Path:
    """The parts directory an interrupted run of `scan dump -o output` would have made."""
    from newslint.scan.options import ScanOptions
    from newslint.scan.parts import prepare_parts
    from newslint.scan.run import manifest

    options = ScanOptions(inputs=[str(dump)], output=str(output), shard_size=shard_size)
    return prepare_parts(Path(f"{output}.parts"), manifest(options), resume=True)


@pytest.mark.slow
def test_resume_trusts_only_shards_with_a_commit_marker(tmp_path: Path) -> None:
    """Issue 19 item 6: a part without its marker (a kill mid-commit) is written again."""
    from newslint.scan.parts import commit_shard, part_path

    dump = make_dataset(tmp_path)
    output = tmp_path / "scores.jsonl"
    args = ("scan", str(dump), "-o", str(output), "--shard-size", "5", "--jobs", "1")
    assert run_newslint(*args).returncode == 0
    expected = output.read_text(encoding="utf-8").splitlines()
    parts = finished_run_parts(dump, output, 5)
    # Marked rows show whether a shard was redone: shard 0 is committed, shard 1 only written.
    marked = [json.dumps(dict(json.loads(line), words=-1)).encode() + b"\n" for line in expected]
    commit_shard(parts, 0, {"scores": marked[:5]}, 5)
    part_path(parts, "scores", 1).write_bytes(b"".join(marked[5:10]))
    again = run_newslint(*args)
    assert again.returncode == 0, again.stderr
    rows = [json.loads(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [r["words"] for r in rows[:5]] == [-1] * 5
    assert rows[5:] == [json.loads(line) for line in expected[5:]]
    assert not parts.exists() and sorted(p.name for p in tmp_path.iterdir()) == [
        "dump.jsonl",
        "scores.jsonl",
    ]


def test_a_record_with_lone_surrogates_is_scored_and_kept_whole(tmp_path: Path) -> None:
    """Issue 19 item 6: a `\\ud800` escape broke the kept part after the scores part was written."""
    lines = [
        json.dumps({"id": f"r{n}", "text": f"Report {n}. The minister spoke on Monday.\ud800"})
        for n in range(30)
    ]
    lines[14] = json.dumps({"id": "\udc80odd", "text": "A lone \ud83d half of an emoji."})
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(lines) + "\n", encoding="ascii")
    kept = tmp_path / "kept.jsonl"
    result = run_newslint(
        "scan", str(dump), "-o", str(tmp_path / "s.jsonl"), "--shard-size", "10",
        "--keep-below", "1e9", "--filtered-output", str(kept),
    )  # fmt: skip
    assert result.returncode == 0, result.stderr
    assert kept.read_bytes() == dump.read_bytes()  # kept records are the input lines, unchanged
    scores = [
        strict_json(line) for line in (tmp_path / "s.jsonl").read_bytes().decode().splitlines()
    ]
    assert len(scores) == 30 and scores[14]["id"] == "\udc80odd"
    assert scores[14]["words"] == score("A lone \ufffd half of an emoji.")["words"]


def test_ids_are_strings_or_integers_and_never_nan(tmp_path: Path) -> None:
    """Issue 19 item 9: `"id": NaN` was copied into the output, which is then not JSON."""
    ids = ["NaN", "Infinity", "-Infinity", "null", None, "3.0", "2.5", "true", '"x"', "7", "[1]"]
    text = '"text": "The minister spoke on Monday."'
    lines = [f'{{"id": {i}, {text}}}' if i else f"{{{text}}}" for i in ids]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(lines) + "\n", encoding="utf-8")
    output = tmp_path / "scores.jsonl"
    result = run_newslint("scan", str(dump), "-o", str(output), "--shard-size", "4")
    assert result.returncode == 0, result.stderr
    found = [strict_json(line)["id"] for line in output.read_text(encoding="utf-8").splitlines()]
    assert found == [0, 1, 2, 3, 4, 3, 6, 7, "x", 7, 10]


def test_records_whose_ids_collide_with_ordinals_stay_distinguishable(tmp_path: Path) -> None:
    """review59: a record without a usable id took its ordinal, which another record may hold
    as its own id: two score lines `"id": 1` and no telling which record each was. Every line
    carries its record's `ordinal`, unique whatever the ids; the id is left as it was."""
    records = ['{"id": 1, "text": "One."}', '{"text": "Two."}', '{"id": 1e400, "text": "Three."}']
    records.append('{"id": 0, "text": "Four."}')
    dump = tmp_path / "dump.jsonl"
    dump.write_text("\n".join(records) + "\n", encoding="utf-8")
    output = tmp_path / "scores.jsonl"
    result = run_newslint("scan", str(dump), "-o", str(output), "--shard-size", "2")
    assert result.returncode == 0, result.stderr
    rows = [strict_json(line) for line in output.read_text(encoding="utf-8").splitlines()]
    assert [(row["id"], row["ordinal"]) for row in rows] == [(1, 0), (1, 1), (2, 2), (0, 3)]
    assert list(rows[0])[:2] == ["id", "ordinal"]


@pytest.mark.slow
def test_parquet_scores_have_string_ids_when_ordinals_come_first(tmp_path: Path) -> None:
    """Issue 19 item 9: ints from the ordinal fallback, then strings, crashed the Parquet writer."""
    parquet = pytest.importorskip("pyarrow.parquet")
    records = [{"text": f"Story {n} was filed on Monday."} for n in range(3)]
    records += [{"id": f"s{n}", "text": f"Story {n} was filed late."} for n in range(3)]
    dump = tmp_path / "dump.jsonl"
    dump.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    output = tmp_path / "scores.parquet"
    args = ("scan", str(dump), "-o", str(output), "--shard-size", "3")
    first = run_newslint(*args)
    assert first.returncode == 0, first.stderr
    table = parquet.read_table(output)
    assert str(table.schema.field("id").type) == "string"
    assert table.column("id").to_pylist() == ["0", "1", "2", "s0", "s1", "s2"]
    assert table.column("ordinal").to_pylist() == [0, 1, 2, 3, 4, 5]
    written = output.read_bytes()
    assert run_newslint(*args).returncode == 0 and output.read_bytes() == written


def test_a_very_long_record_is_scored_a_window_at_a_time_as_check_reads_it(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """Issue 19 item 12: one 100 MB record held every finding at once (1.65 GB); scan now adds
    up the counts of windows, the windows `check` cuts, so the score is the same."""
    from newslint import text_windows
    from newslint.scan.worker import score_text
    from newslint.scoring import scorer

    monkeypatch.setattr(text_windows, "WINDOW_CHARS", 4_000)
    paragraphs = [
        "Sir. Blinken said on Monday that Russiahad agreed . . to the talks.",
        "The minister, who spoke to reporters in the capital, said the plan would go ahead.",
        "Leave a Reply",
        "Officials said the vote would be held in March, and the results published at once.",
    ]
    text = "\r\n\r\n".join(paragraphs[n % 4] for n in range(300))
    assert len(text) > 2 * text_windows.WINDOW_CHARS and len(text_windows.windows(text)) > 3
    windowed = score_text(scorer(grammar="off"), text)
    assert windowed == score(text, grammar="off")
    assert list(windowed) == list(FIELDS) and windowed["mt_count"] > 0


def test_a_resumed_scan_sees_its_settings_files_change(tmp_path: Path) -> None:
    """review59: the manifest named the settings file by its path only, so a pack or a Vale
    style edited between an interrupted run and its resumption mixed shards scored two ways."""
    from newslint.scan.options import ScanOptions
    from newslint.scan.run import manifest

    styles = tmp_path / "styles" / "House"
    styles.mkdir(parents=True)
    (styles / "Words.yml").write_text("extends: existence\ntokens: [foo]\n", encoding="utf-8")
    (tmp_path / ".vale.ini").write_text("StylesPath = styles\n[*]\nBasedOnStyles = House\n")
    pack = tmp_path / "house.yaml"
    pack.write_text("rules: []\n", encoding="utf-8")
    config = tmp_path / "newslint.yaml"
    config.write_text("packs: [house.yaml]\nvale_config: .vale.ini\n", encoding="utf-8")
    dump = make_dataset(tmp_path, 1)
    options = ScanOptions(inputs=[str(dump)], output=str(tmp_path / "s.jsonl"), config=str(config))
    first = manifest(options)
    assert manifest(options) == first
    words = tmp_path / "words.txt"
    words.write_text("Khortytsia\n", encoding="utf-8")
    base = tmp_path / "base.yaml"
    base.write_text("staff: words.txt\n", encoding="utf-8")
    config.write_text(config.read_text(encoding="utf-8") + "extend: base.yaml\n", encoding="utf-8")
    first = manifest(options)
    # review60: the file `extend` names and a vocabulary or staff file were left out
    for edited in (pack, styles / "Words.yml", config, base, words):
        edited.write_text(edited.read_text(encoding="utf-8") + "# edited\n", encoding="utf-8")
        changed = manifest(options)
        assert changed["deciding"] != first["deciding"], edited.name
        assert changed["settings"] == first["settings"]
        first = changed
