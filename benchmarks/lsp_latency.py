"""Editor latency: re-linting a 10 KB document after a keystroke, grammar off.

    python benchmarks/lsp_latency.py [--keys 40]

Figures from one run, on the same document (the seed article extended to 10 KB), with the
writer typing in the first paragraph, the middle, the last paragraph, or all over (each key
somewhere else):
- in process: the server's work per keystroke once the debounce fires (the incremental re-lint
  with the workspace's warm linter, then findings to LSP diagnostics with UTF-16 positions);
- full re-lint: the same keystrokes linted whole by a second warm linter (gate built too), the
  server's work before it re-linted incrementally: the peer for the in-process figure;
- over stdio: a real LSP client (pygls) sends one incremental change and waits for the
  diagnostics of that version (debounce set to 0), so JSON-RPC and process hops are included;
- the CLI peer: `newslint check --grammar off` on the same file, a new process per keystroke,
  which is what an editor integration without a server would pay.
The target is a median well under 100 ms in process and over stdio (issue 17 asks for at most
50 ms in process and 60 ms over stdio on an idle machine).
"""

from __future__ import annotations

import argparse
import asyncio
import os
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import replace
from pathlib import Path

from _corpus import ROOT
from lsprotocol import types
from pygls.lsp.client import LanguageClient
from pygls.workspace.position_codec import PositionCodec

from newslint.document import Document
from newslint.server.diagnostics import RuleDocs, diagnostics
from newslint.server.linting import WorkspaceLinter
from newslint.server.positions import Positions

SIZE = 10 * 1024


def document() -> str:
    seed = (ROOT / "seeds" / "article.txt").read_text(encoding="utf-8")
    text = seed
    while len(text.encode()) < SIZE:
        text += "\n\n" + seed
    return text.encode()[:SIZE].decode("utf-8", "ignore")


PLACES = ("first paragraph", "middle", "last paragraph", "spread")


def keystroke(text: str, index: int, place: str = "middle") -> tuple[str, int]:
    """Type one letter where a writer types: on in one place, or (`spread`) all over."""
    if place == "spread":
        at = (index * 7919) % len(text)
    else:
        paragraphs = [i + 2 for i in range(len(text)) if text.startswith("\n\n", i)]
        opening = {"first paragraph": 0, "middle": len(text) // 2, "last paragraph": paragraphs[-1]}
        at = opening[place] + index + 10
    return text[:at] + "e" + text[at:], at


def in_process(
    path: Path, text: str, keys: int, place: str
) -> tuple[list[float], list[float], list[float]]:
    """Wall and CPU seconds per keystroke (CPU time is what the machine's load cannot inflate),
    and the wall seconds of a full re-lint of the same text (the peer, measured in turn)."""
    linter, peer_linter = WorkspaceLinter("off"), WorkspaceLinter("off")
    docs, codec = RuleDocs(), PositionCodec()
    linter.lint(str(path), text)  # the workspace's first lint loads rules and tables
    _, whole = peer_linter._linter(str(path))
    whole.gate  # noqa: B018  (built, as the editing linter builds it when a document opens)
    wall, cpu, full = [], [], []
    for index in range(keys):
        text, _ = keystroke(text, index, place)
        started, started_cpu = time.perf_counter(), time.process_time()
        linted = linter.lint(str(path), text)
        diagnostics(linted, Positions(linted.doc, codec), docs, None)
        wall.append(time.perf_counter() - started)
        cpu.append(time.process_time() - started_cpu)
        started = time.perf_counter()
        relinted = whole.lint(Document.from_raw(text, str(path), "plain"))
        diagnostics(replace(linted, findings=relinted), Positions(linted.doc, codec), docs, None)
        full.append(time.perf_counter() - started)
        assert list(relinted) == list(linted.findings), "incremental and full lint differ"
    return wall, cpu, full


async def over_stdio(path: Path, text: str, keys: int, place: str) -> list[float]:
    client = LanguageClient("latency-benchmark", "1")
    published: asyncio.Queue[types.PublishDiagnosticsParams] = asyncio.Queue()
    client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)(
        lambda params: published.put_nowait(params)
    )
    await client.start_io(sys.executable, "-m", "newslint", "server")
    await client.initialize_async(types.InitializeParams(
        capabilities=types.ClientCapabilities(), root_uri=path.parent.as_uri(),
        initialization_options={"grammar": False, "debounce": 0},
    ))  # fmt: skip
    client.initialized(types.InitializedParams())
    uri = path.as_uri()
    item = types.TextDocumentItem(uri, "plaintext", 1, text)
    client.text_document_did_open(types.DidOpenTextDocumentParams(item))
    await published.get()
    times = []
    for index in range(keys):
        version = index + 2
        text, at = keystroke(text, index, place)
        line = text[:at].count("\n")
        column = len(text[:at].rsplit("\n", 1)[-1].encode("utf-16-le")) // 2
        typed = types.Position(line, column)
        change = types.TextDocumentContentChangePartial(range=types.Range(typed, typed), text="e")
        started = time.perf_counter()
        identifier = types.VersionedTextDocumentIdentifier(version, uri)
        client.text_document_did_change(types.DidChangeTextDocumentParams(identifier, [change]))
        while (await published.get()).version != version:
            pass
        times.append(time.perf_counter() - started)
    await client.shutdown_async(None)
    client.exit(None)
    await client.stop()
    return times


def peer(path: Path, runs: int) -> list[float]:
    command = [
        sys.executable,
        "-m",
        "newslint",
        "check",
        "--grammar",
        "off",
        "--exit-zero",
        str(path),
    ]
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        subprocess.run(command, capture_output=True, check=True)
        times.append(time.perf_counter() - started)
    return times


def summary(name: str, times: list[float]) -> str:
    ordered = sorted(times)
    p95 = ordered[min(len(ordered) - 1, round(0.95 * (len(ordered) - 1)))]
    return f"{name:<28} median {statistics.median(times) * 1000:7.1f} ms   p95 {p95 * 1000:7.1f} ms   (n={len(times)})"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--keys", type=int, default=40)
    parser.add_argument("--peer-runs", type=int, default=5)
    parser.add_argument("--places", nargs="+", choices=PLACES, default=list(PLACES))
    options = parser.parse_args()
    text = document()
    print(f"document: {len(text.encode())} bytes, {len(text)} characters, grammar off")
    loads = [os.getloadavg()[0]]
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "story.txt"
        path.write_text(text, encoding="utf-8")
        for place in options.places:
            local, local_cpu, full = in_process(path, text, options.keys, place)
            wire = asyncio.run(over_stdio(path, text, options.keys, place))
            loads.append(os.getloadavg()[0])
            print(f"typing in the {place}:" if place != "spread" else "typing all over:")
            print(summary("  server, in process (wall)", local))
            print(summary("  server, in process (CPU)", local_cpu))
            print(summary("  server, over stdio (LSP)", wire))
            print(summary("  peer: full re-lint (wall)", full))
            gain = statistics.median(full) / statistics.median(local)
            print(f"  the incremental re-lint is {gain:.1f}x faster than a full one")
        cli = peer(path, options.peer_runs)
    print(summary("peer: newslint check (CLI)", cli))
    ratio = statistics.median(cli) / statistics.median(wire)
    print(f"the server answers a keystroke {ratio:.0f}x faster than a fresh `newslint check`")
    print(f"machine: {os.cpu_count()} cores, load average {min(loads):.1f}-{max(loads):.1f}")


if __name__ == "__main__":
    main()
