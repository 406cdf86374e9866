"""Two processes writing one output at once (`--output-file`, a scan's output, its parts, the
baseline) each write a temporary of their own: with one temporary name per target, the second
truncated and refilled the file the first still held open, the first's rest then landed in the
renamed output (two reports mixed) and its own rename failed. Each writer's whole text is
renamed over the target in turn, so the output is always one of them, whole."""

from __future__ import annotations

import os
import threading
from collections.abc import Iterable, Iterator
from pathlib import Path

import pytest

from newslint import temporary_name
from newslint.report_file import ReportFile
from newslint.temporary_name import TEMPORARY_SUFFIX, write_durably

FIRST = "[\n" + ",\n".join(f'  {{"rule": "first.{i}"}}' for i in range(2000)) + "\n]\n"
SECOND = '[\n  {"rule": "second"}\n]\n'


def test_two_report_files_written_at_once_each_land_whole(tmp_path: Path) -> None:
    target = tmp_path / "report.json"
    target.write_text("[]\n", encoding="utf-8")
    first, second = ReportFile(str(target)), ReportFile(str(target))
    first_out = first.__enter__()
    first_out.write(FIRST[: len(FIRST) // 2])
    second_out = second.__enter__()  # the other run opens its report while the first writes
    second_out.write(SECOND)
    first_out.write(FIRST[len(FIRST) // 2 :])
    second.__exit__(None, None, None)
    assert target.read_text(encoding="utf-8") == SECOND
    first.__exit__(None, None, None)
    assert target.read_text(encoding="utf-8") == FIRST
    assert os.listdir(tmp_path) == ["report.json"]


def test_two_durable_writes_at_once_each_land_whole(tmp_path: Path) -> None:
    target = tmp_path / "scores.jsonl"
    started, other_done = threading.Event(), threading.Event()
    errors: list[BaseException] = []

    def slow_chunks() -> Iterator[bytes]:
        yield FIRST[:100].encode()
        started.set()
        assert other_done.wait(5)
        yield FIRST[100:].encode()

    def run(chunks: Iterable[bytes]) -> None:
        try:
            write_durably(target, chunks)
        except BaseException as exc:  # the thread's own: asserted below
            errors.append(exc)

    slow = threading.Thread(target=run, args=(slow_chunks(),))
    slow.start()
    assert started.wait(5)
    run([SECOND.encode()])
    assert target.read_text(encoding="utf-8") == SECOND
    other_done.set()
    slow.join(5)
    assert errors == []
    assert target.read_text(encoding="utf-8") == FIRST
    assert os.listdir(tmp_path) == ["scores.jsonl"]


def test_two_scan_assemblies_at_once_each_land_whole(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from newslint.scan import assembly

    parts = {name: tmp_path / f"{name}.part" for name in ("first", "second")}
    parts["first"].write_text(FIRST, encoding="utf-8")
    parts["second"].write_text(SECOND, encoding="utf-8")
    output = tmp_path / "out" / "kept.jsonl"
    output.parent.mkdir()
    joined, other_done = threading.Event(), threading.Event()
    join = assembly._join

    def pausing_join(files: list[Path], out: object, compress: bool) -> None:
        join(files, out, compress)  # type: ignore[arg-type]
        if files == [parts["first"]]:
            joined.set()
            assert other_done.wait(5)

    monkeypatch.setattr(assembly, "_join", pausing_join)
    errors: list[BaseException] = []

    def run(name: str) -> None:
        try:
            assembly._assemble([parts[name]], "records", output)
        except BaseException as exc:  # the thread's own: asserted below
            errors.append(exc)

    slow = threading.Thread(target=run, args=("first",))
    slow.start()
    assert joined.wait(5)
    run("second")
    assert output.read_text(encoding="utf-8") == SECOND
    other_done.set()
    slow.join(5)
    assert errors == []
    assert output.read_text(encoding="utf-8") == FIRST
    assert os.listdir(output.parent) == ["kept.jsonl"]


@pytest.mark.parametrize("letter", ["x", "é"])  # one byte, two bytes in UTF-8
def test_a_writers_temporary_is_its_own_and_fits_the_folder(tmp_path: Path, letter: str) -> None:
    limit = os.pathconf(tmp_path, "PC_NAME_MAX")
    for target in (
        tmp_path / "report.json",
        tmp_path / (letter * ((limit - 4) // len(letter.encode())) + ".txt"),
    ):
        (one, one_handle), (other, other_handle) = (
            temporary_name.writer_temporary(target),
            temporary_name.writer_temporary(target),
        )
        os.close(one_handle)
        os.close(other_handle)
        assert one != other and one.parent == other.parent == tmp_path
        assert one.is_file() and other.is_file()  # each claimed, so no third writer takes it
        assert str(os.getpid()) in one.name and one.name.endswith(TEMPORARY_SUFFIX)
        assert len(os.fsencode(one.name)) <= limit
        one.unlink()
        other.unlink()
