"""benchmarks/speed.py: a run that fails is never a timing, and a missing optional peer costs
only its own rows."""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from types import ModuleType

import pytest

from tests.benchmark_pages import load_benchmark


@pytest.fixture(scope="module")
def speed() -> ModuleType:
    return load_benchmark("speed")


def _python(code: str) -> list[str]:
    return [sys.executable, "-c", code]


@pytest.mark.parametrize("status", [1, 2, 3])
def test_a_process_that_exits_non_zero_is_refused(speed: ModuleType, status: int) -> None:
    command = _python(f"import sys; sys.stderr.write('it broke\\n'); sys.exit({status})")
    with pytest.raises(speed.RunFailed) as refused:
        speed.run(command)
    message = str(refused.value)
    assert "\n" not in message
    assert f"status {status}" in message
    assert sys.executable in message and "sys.exit" in message


def test_an_import_error_exiting_one_is_refused(speed: ModuleType) -> None:
    """The case that once read as a 56x win: a newslint that does not import exits 1."""
    with pytest.raises(speed.RunFailed, match="status 1"):
        speed.run(_python("import no_such_module_anywhere"))


def test_a_peer_reporting_problems_is_a_timing_but_its_crash_is_not(speed: ModuleType) -> None:
    reported = speed.run(_python("print('a.txt:1:1: a problem'); raise SystemExit(1)"), found=1)
    assert reported.cpu > 0
    with pytest.raises(speed.RunFailed, match="status 1"):
        speed.run(_python("raise RuntimeError('crash')"), found=1)


def _fake_inputs(tmp_path: Path) -> dict[str, Path]:
    inputs = {}
    for name in ("seed x150", "clean 1 MB", "scan", "scan distinct"):
        path = inputs[name] = tmp_path / f"{name.replace(' ', '-')}.jsonl"
        path.write_text(json.dumps({"id": "1", "text": "The ferry sailed at noon."}) + "\n")
    return inputs


class _Served:
    """A warm daemon's stand-in: its checks timed as the others, by the faked `run`."""

    def measured(self, run: Callable[..., object]) -> Callable[[list[str]], object]:
        return lambda command: run(command)

    def resident_mib(self) -> float:
        return 50.0


@contextmanager
def _no_server(env: dict[str, str]) -> Iterator[_Served]:
    yield _Served()


def _main(
    speed: ModuleType,
    monkeypatch: pytest.MonkeyPatch,
    tmp_path: Path,
    argv: list[str],
    absent: set[str],
) -> tuple[int, list[list[str]]]:
    """speed.main with every timed process recorded instead of run, and `absent` peers missing."""
    ran: list[list[str]] = []

    def fake_run(command: list[str], timeout: float | None = None, found: int | None = None):
        ran.append(command)
        return speed.Run(1.0, 1.0, 10.0)

    peers = {
        name: (rows, (lambda present=name not in absent: present))
        for name, (rows, _) in speed.PEERS.items()
    }
    monkeypatch.setattr(speed, "PEERS", peers)
    monkeypatch.setattr(speed, "run", fake_run)
    monkeypatch.setattr(speed, "warm_daemon", _no_server)
    monkeypatch.setattr(speed, "make_inputs", lambda corpus, documents: _fake_inputs(tmp_path))
    argv = ["--corpus", str(_empty_corpus(tmp_path)), *argv]
    monkeypatch.setattr(sys, "argv", ["speed.py", "--runs", "2", *argv])
    return speed.main(), ran


def _empty_corpus(root: Path) -> Path:
    """The folders speed.py asks of a corpus, empty: the inputs are faked."""
    corpus = root / "corpus"
    for folder in ("clean", "dev", "real"):
        (corpus / folder).mkdir(parents=True, exist_ok=True)
    return corpus


def test_without_proselint_only_its_rows_are_skipped(
    speed: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys
) -> None:
    code, ran = _main(speed, monkeypatch, tmp_path, ["--skip", "long-line"], {"proselint"})
    out = capsys.readouterr().out
    assert code == 0
    assert "proselint is not installed" in out and "pip install -e '.[bench]'" in out
    assert not any(command[0] == "proselint" for command in ran)
    assert "warm daemon" not in out
    assert "MB per CPU-second" in out and "against datatrove's four filters" in out
    assert any("--datatrove-worker" in command for command in ran)


def test_without_datatrove_the_scan_row_runs_without_its_ratio(
    speed: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys
) -> None:
    code, ran = _main(speed, monkeypatch, tmp_path, ["--skip", "long-line"], {"datatrove"})
    out = capsys.readouterr().out
    assert code == 0
    assert "datatrove (with spaCy, its English word tokenizer) is not installed" in out
    assert "pip install -e '.[bench]'" in out
    assert not any("--datatrove-worker" in command for command in ran)
    assert "MB per CPU-second" in out and "two workers against one" in out
    assert "against datatrove's four filters" not in out
    assert any(command[0] == "proselint" for command in ran)
    assert "one article, grammar off, warm daemon" in out and "resident: 50 MiB" in out


def test_a_failed_run_stops_the_benchmark_with_one_line(
    speed: ModuleType, monkeypatch: pytest.MonkeyPatch, tmp_path: Path, capsys
) -> None:
    broken = _python("import sys; sys.exit(1)")
    monkeypatch.setattr(speed, "CHECK", broken)
    monkeypatch.setattr(speed, "peers_missing", set)
    monkeypatch.setattr(speed, "make_inputs", lambda corpus, documents: {})
    corpus = str(_empty_corpus(tmp_path))
    argv = ["speed.py", "--runs", "1", "--corpus", corpus, "--skip", "1mb", "scan"]
    monkeypatch.setattr(sys, "argv", argv)
    assert speed.main() == 1
    errors = capsys.readouterr().err.strip().splitlines()
    assert len(errors) == 1
    assert "status 1" in errors[0] and "sys.exit(1)" in errors[0]
