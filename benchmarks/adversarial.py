"""Inputs whose cost may grow faster than their size (issue 15: "a 5 MB single line ≤ 12x the
time of a 0.5 MB one; memory flat").

    python benchmarks/adversarial.py [--size 50000] [--factor 10] [--only NAME ...] [--keep DIR]

Each shape is generated here, from a fixed seed (no third-party text), at `size` and at
`factor` x `size` characters, and checked by `newslint check --grammar off` in its own process
(the grammar-* shapes through the default grammar, Harper, from whose start-up they are measured).
For each it prints the CPU time and peak RSS of both, the growth of the time (after the cost of
an empty file, the start-up every run pays) and of the memory beyond the input itself. A shape
whose time grows more than `factor` x 1.2 (12x for 10x the text), or whose memory grows by more
than ordinary prose's (the `prose` shape, measured first) x MEMORY_RATIO + MEMORY_SLACK_MIB, is
marked: a cost above linear, or memory held per finding or per character of a line beyond what
the same amount of copy needs (the document's tables and the bounded memos grow with any text).
"""

from __future__ import annotations

import argparse
import os
import random
import string
import subprocess
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from _varied_line import varied_line

from newslint.finding import UNFINISHED_RULE

ROOT = Path(__file__).resolve().parent.parent
MEMORY_RATIO = 1.5
MEMORY_SLACK_MIB = 20.0
# Shapes checked through the default grammar; the others run with `--grammar off`.
GRAMMAR_SHAPES = frozenset({"grammar-line", "grammar-slips-line"})

_SYLLABLES = "ka lo mer vin dra sel tor pa qui ne zu bra ost lem fin gar hol ith ve run".split()
_COMMON = (
    "the a of to in and for on with at by from that said was is will has after over about "
    "city council minister report week year people police market court season plan water"
).split()
_CODE_CHARACTERS = string.ascii_letters + string.digits + "+/"


def _fill(size: int, piece: Callable[[random.Random], str], joiner: str = " ") -> str:
    rng = random.Random(42)
    parts: list[str] = []
    total = 0
    while total < size:
        part = piece(rng)
        parts.append(part)
        total += len(part) + len(joiner)
    return joiner.join(parts)


def _invented(rng: random.Random) -> str:
    return "".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(2, 4)))


def _random_word(rng: random.Random) -> str:
    return "".join(rng.choice(string.ascii_lowercase) for _ in range(rng.randint(5, 10)))


def _sentence(rng: random.Random) -> str:
    words = [rng.choice(_COMMON) if rng.random() < 0.7 else _invented(rng) for _ in range(12)]
    return " ".join(words).capitalize() + "."


# Each shape: (what it is, markup suffix, generator of about `size` characters).
SHAPES: dict[str, tuple[str, str, Callable[[int], str]]] = {
    # The reference: what memory the same amount of ordinary copy takes.
    "prose": (
        "paragraphs of three sentences (the reference)",
        "txt",
        lambda n: _fill(n, lambda r: " ".join(_sentence(r) for _ in range(3)), "\n\n"),
    ),
    "words-line": ("`word word …` on one line", "txt", lambda n: ("word " * (n // 5)).strip()),
    "varied-line": ("varied prose on one line (speed.py's)", "txt", varied_line),
    "names-line": (
        "capitalised invented names on one line",
        "txt",
        lambda n: _fill(n, lambda r: _invented(r).capitalize()),
    ),
    # mt.glued-words asked, of each unseen capitalised token, whether it began with any of the
    # page's shared heads by trying every head: thousands of invented names share thousands of
    # heads, so 500 KB took 15x the time of 50 KB (now each token's prefixes are looked up).
    # consistency.name-spelling asks, for each name, whether the page writes its surname's first
    # letters in lower case before a capital (a particle, "bin Zayed"): searched in the whole
    # page once per name, 60,000 names took 35 s (tests/test_name_particles_long_page.py).
    "name-pairs-line": (
        "invented forename and one surname, over and over, on one line",
        "txt",
        lambda n: _fill(n, lambda r: f"{_invented(r).title()} Obma"),
    ),
    "slips-line": (
        "known names with a letter left out, and invented names, on one line",
        "txt",
        lambda n: _fill(n, lambda r: r.choice(("Gandh", "Londn", "Obma", _invented(r).title()))),
    ),
    "numbers-line": (
        "figures on one line",
        "txt",
        lambda n: _fill(n, lambda r: r.choice((f"{r.randint(1, 99999):,}", f"{r.random():.2f}"))),
    ),
    "quotes-line": (
        "unclosed quotation marks on one line",
        "txt",
        lambda n: _fill(n, lambda r: r.choice("‘“'\"") + _sentence(r)),
    ),
    "debris-line": (
        "punctuation debris on one line",
        "txt",
        lambda n: _fill(n, lambda r: "".join(r.choice(".,;:!?-*#|/()[]") for _ in range(3))),
    ),
    # A run of marks: the sentence-end pattern, tried at every mark of the run, read the rest of
    # it again each time (8,000 full stops took ten seconds; tests/test_document.py).
    "stops-line": ("a run of full stops on one line", "txt", lambda n: "." * n),
    # The inline-directive search ("newslint-disable" comments), run on every document, let two
    # optional pieces share a line's blanks: a line of 50,000 spaces took 8.4 s, 500,000 did not
    # finish (5d69616; tests/test_suppress.py holds the answers).
    "blanks-line": ("a line of blanks", "txt", lambda n: " " * n),
    # A run of invisible characters pasted into a line was a finding per character: 30,000 of
    # them took 11 s to report in the text format. A run of one rule's adjacent findings is one
    # finding now (`one_finding`); the second shape's are apart, one per word, and stay so.
    "invisible-run-line": (
        "a run of zero-width spaces and one of control characters inside a line",
        "txt",
        lambda n: f"The talks{chr(0x200B) * (n // 2)} resumed and{chr(7) * (n // 2)} ended.",
    ),
    "invisible-words-line": (
        "a zero-width space after every word on one line",
        "txt",
        lambda n: _fill(n, lambda r: f"{r.choice(_COMMON)}{chr(0x200B)}"),
    ),
    "findings-line": (
        "a finding every few words on one line (doubled words, space before comma)",
        "txt",
        lambda n: _fill(n, lambda r: r.choice(("the the", "said ,", "word", "a  b"))),
    ),
    # typography.double-space's excuses (columns aligned with spaces) once read each double
    # space's line with greedy look-aheads, the line's length squared
    # (tests/test_double_space_long_line.py holds the answers).
    "double-spaces-line": (
        "a double space between every two words on one line",
        "txt",
        lambda n: "word  other " * (n // 12),
    ),
    # Each sentence a unit of structure.near-repeat whose shingles all recur just before it.
    "sentence-line": (
        "one sentence over and over on one line",
        "txt",
        lambda n: (
            "The council approved the harbour plan after a long debate on Monday. " * (n // 70)
        ),
    ),
    # Shapes whose unit tests hold only the answers (issue 15: no timed unit tests); each once
    # cost its line's length again at each place a pattern was tried.
    "link-holes-line": (  # encoding.lost-link-text's look-back (tests/test_lost_link_text.py)
        "a long line of words ending in `at`, then short paragraphs ending in `at`",
        "txt",
        lambda n: "word " * (n // 10) + "at\n\n" + "one two three four at\n\n" * (n // 46),
    ),
    "heading-line": (  # llm.heading-* look-aheads (tests/test_llm_heading_long_line.py)
        "a Markdown heading mark and a heading label before one long line each",
        "txt",
        lambda n: f"# {'Word other ' * (n // 22)}\n\nH2: {'Word other ' * (n // 22)}\n",
    ),
    # typography.paragraph-without-full-stop (tests/test_paragraph_full_stop_long_line.py)
    "initials-line": (
        "one sentence full of initials' points, no full stop at its end",
        "txt",
        lambda n: (
            "It ended in the town. "
            + "in the U.S. and U.K. " * (n // 21)
            + "of the port\n\nNext.\n"
        ),
    ),
    "ocr-text-line": (  # declares_ocr's look-ahead (tests/test_ocr_declared.py)
        "`OCR text` over and over on one line",
        "txt",
        lambda n: "OCR text " * (n // 9),
    ),
    "reported-speech-paragraph": (  # tests/test_speech_without_quotes.py
        "one paragraph of `said,` with no quotation mark",
        "txt",
        lambda n: "The minister said, on Thursday, that the talks would continue. " * (n // 64),
    ),
    "masked-tokens-line": (  # tests/checks/test_masked_word.py
        "tokens with a symbol inside, a page of data on one line",
        "txt",
        lambda n: " ".join(f"k{i % 7}x!e{'abcdefghij'[i % 10]}ll" for i in range(n // 9)),
    ),
    "camel-names-line": (  # tests/checks/test_camel_glue.py
        "two-part CamelCase names in prose on one line",
        "txt",
        lambda n: _fill(n, lambda r: f"the {_invented(r).title()}{_invented(r).title()} said"),
    ),
    "stamps-line": (
        "dated stamps glued into prose on one line (a scraper's lost line breaks)",
        "txt",
        lambda n: _fill(n, lambda r: f"Tuesday, {r.randint(1, 28)} May 2020 {_sentence(r)}"),
    ),
    "short-lines": (
        "distinct short lines, no blank line (a listing's items)",
        "txt",
        lambda n: _fill(n, lambda r: " ".join(_invented(r) for _ in range(5)), "\n"),
    ),
    # ocr.character-confusion read every unknown lower-case token some twenty ways and looked
    # each reading up: 480 KB took 5 s of that rule alone (review47; linear but heavy).
    "non-words": (
        "paragraphs of random lower-case letters, none of them a word",
        "txt",
        lambda n: _fill(n, lambda r: " ".join(_random_word(r) for _ in range(40)) + ".", "\n\n"),
    ),
    "paragraph": (
        "one paragraph of wrapped prose lines, no blank line",
        "txt",
        lambda n: _fill(n, _sentence, joiner="\n"),
    ),
    "single-quote-paragraph": (
        "one paragraph of sentences each opening an unclosed ‘",
        "txt",
        lambda n: _fill(n, lambda r: "‘" + _sentence(r)),
    ),
    "brackets-line": (
        "unclosed brackets on one line",
        "txt",
        lambda n: _fill(n, lambda r: r.choice("([{") + _sentence(r)),
    ),
    "escapes-token": (
        "byte escapes between invented words, one token without spaces",
        "txt",
        lambda n: _fill(
            n, lambda r: r.choice(("%E2%80%99", "=C3=A9", "\\xe2\\x80\\x99")) + _invented(r), ""
        ),
    ),
    "mojibake-token": (
        "mojibake between invented words, one token without spaces",
        "txt",
        lambda n: _fill(n, lambda r: r.choice(("â€™", "Ã©", "Ã¨", "Ã¼")) + _invented(r), ""),
    ),
    "code-token": (
        "letters, digits, `+` and `/` in one token (an inlined image or key)",
        "txt",
        lambda n: _fill(n, lambda r: "".join(r.choice(_CODE_CHARACTERS) for _ in range(8)), ""),
    ),
    "capitals-line": (
        "words in capitals on one line (a headline block whose breaks were lost)",
        "txt",
        lambda n: _fill(n, lambda r: _invented(r).upper()),
    ),
    "letters-token": (
        "invented words run together, one token",
        "txt",
        lambda n: _fill(n, _invented, ""),
    ),
    "leaders-line": (
        "long runs of dots, commas and spaces between words (leader dots, blanked markup)",
        "txt",
        lambda n: _fill(n, lambda r: _invented(r) + r.choice(".,  ") * r.randint(50, 3000)),
    ),
    "markdown-deep": (
        "Markdown nested quotes and lists, deeper each line",
        "md",
        lambda n: _fill(
            n, lambda r: ">" * r.randint(1, 40) + " " * r.randint(0, 60) + "- " + _sentence(r), "\n"
        ),
    ),
    "markdown-table": (
        "one huge Markdown table",
        "md",
        lambda n: (
            "| a | b | c |\n|---|---|---|\n"
            + _fill(n, lambda r: f"| {_invented(r)} | {r.randint(1, 999)} | {_sentence(r)} |", "\n")
        ),
    ),
    "html-deep": (
        "HTML nested divs around prose, on one line",
        "html",
        lambda n: (
            "<html><body>"
            + "<div>" * (n // 200)
            + _fill(n // 2, _sentence)
            + "</div>" * (n // 200)
            + "</body></html>"
        ),
    ),
    # Through the default grammar (Harper), the only shapes that are: its engine is given
    # paragraph-sized pieces of a line, and its spelling findings are judged against the whole
    # page (how often a word occurs there).
    "grammar-line": (
        "varied prose on one line, through the default grammar",
        "txt",
        varied_line,
    ),
    "grammar-slips-line": (
        "lower-case invented words on one line, each a spelling suspect, through the grammar",
        "txt",
        lambda n: _fill(n, _invented),
    ),
    "html-line": (
        "HTML paragraphs and links on one line",
        "html",
        lambda n: _fill(
            n, lambda r: f'<p>{_sentence(r)} <a href="/x/{r.randint(1, 9)}">{_invented(r)}</a></p>'
        ),
    ),
}


def measure(path: Path, grammar: bool = False) -> tuple[float, float, int]:
    """CPU seconds, peak RSS (MiB) and the rules that ran out of time (their budget hides a cost
    above linear: the time stays flat while findings are lost) checking `path` in a process of
    its own, with the default grammar or without one."""
    env = {**os.environ, "PYTHONPATH": str(ROOT / "src")}
    command = [sys.executable, "-m", "newslint", "check", "--exit-zero"]
    command += [] if grammar else ["--grammar", "off"]
    timed = ["/usr/bin/time", "-f", "%U %S %M", *command, "--format", "json", str(path)]
    done = subprocess.run(timed, env=env, capture_output=True, text=True, check=False)
    user, system, rss = done.stderr.strip().splitlines()[-1].split()
    unfinished = done.stdout.count(f'"{UNFINISHED_RULE}"')
    return float(user) + float(system), int(rss) / 1024, unfinished


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--size", type=int, default=50_000)
    parser.add_argument("--factor", type=int, default=10)
    parser.add_argument("--only", nargs="*", choices=sorted(SHAPES))
    parser.add_argument("--keep", type=Path, help="write the inputs here and keep them")
    args = parser.parse_args()
    folder = args.keep or Path(tempfile.mkdtemp(prefix="newslint-adversarial-"))
    folder.mkdir(parents=True, exist_ok=True)
    empty = folder / "empty.txt"
    empty.write_text("", encoding="utf-8")
    # The start-up every run pays, at its least: on a loaded machine one measure of it can come
    # out above a small shape's whole run, which then grew "200x" from a floor of 0.01 s.
    base_cpu, base_rss, _ = min(measure(empty) for _ in range(3))
    print(f"empty file: {base_cpu:.2f} s, {base_rss:.0f} MiB (subtracted below)")
    starts = {False: (base_cpu, base_rss)}
    if GRAMMAR_SHAPES & set(args.only or SHAPES):
        # The grammar's start-up (its engine and dictionary) is paid by a sentence, not by an
        # empty file, which no rule reads.
        sentence = folder / "sentence.txt"
        sentence.write_text("The council met on Monday.\n", encoding="utf-8")
        starts[True] = min(measure(sentence, grammar=True)[:2] for _ in range(3))
        print(
            f"one sentence through the grammar: {starts[True][0]:.2f} s, {starts[True][1]:.0f} MiB"
        )
    header = f"{'shape':24} {'n s':>7} {'10n s':>8} {'growth':>7} {'n MiB':>6} {'10n MiB':>8}"
    print(header + "  MiB above an empty file; rules out of time")
    prose_growth: float | None = None
    for name in ["prose", *(n for n in args.only or SHAPES if n != "prose")]:
        _, suffix, make = SHAPES[name]
        grammar = name in GRAMMAR_SHAPES
        base_cpu, base_rss = starts[grammar]
        rows = []
        for size in (args.size, args.size * args.factor):
            path = folder / f"{name}-{size}.{suffix}"
            text = make(size)
            path.write_text(text, encoding="utf-8")
            cpu, rss, unfinished = measure(path, grammar)
            rows.append((cpu, rss, rss - base_rss, unfinished))
            if not args.keep:
                path.unlink()
        (small, small_rss, small_extra, _), (large, large_rss, large_extra, unfinished) = rows
        growth = (large - base_cpu) / max(small - base_cpu, 0.01)
        marks = []
        if growth > args.factor * 1.2:
            marks.append("TIME")
        memory_growth = large_extra - small_extra
        if prose_growth is None:
            prose_growth = memory_growth
        elif memory_growth > prose_growth * MEMORY_RATIO + MEMORY_SLACK_MIB:
            marks.append("MEMORY")
        if unfinished:
            marks.append(f"UNFINISHED {unfinished}")
        print(
            f"{name:24} {small:7.2f} {large:8.2f} {growth:6.1f}x {small_rss:6.0f} {large_rss:8.0f}"
            f"  {small_extra:.0f} -> {large_extra:.0f} {' '.join(marks)}",
            flush=True,
        )


if __name__ == "__main__":
    main()
