"""What checks load at their first need is loaded once in a scan's parent, before the workers are
forked (`parallel.preload_for_workers`): no worker loads a copy of its own."""

from __future__ import annotations

import json
import subprocess
import sys
import textwrap

# Mojibake (ftfy), a sentence the subject-comma rule reads (the part-of-speech tagger); and a
# token outside newslint's word table (wordfreq's list: OCR junk runs of scanned pages ask for
# one, "https://..." or "u.s"), looked up as a check does.
DOCUMENTS = [
    "The cafÃ© reopened on Monday after the flood, its owner said.",
    "The minister of the harbour board and her deputy, said the ferry would run again.",
]

PROBE = textwrap.dedent(
    """
    import json, sys
    from newslint.scoring import scorer
    from newslint.parallel import preload_for_workers
    score = scorer(grammar="off")
    score.linter.warm_up()
    if sys.argv[1] == "preload":
        preload_for_workers()
    before = set(sys.modules)
    for text in json.loads(sys.argv[2]):
        score(text)
    score.linter.vocabulary.zipf("https://example.org/talks-2026.html")
    print(json.dumps(sorted(set(sys.modules) - before)))
    """
)


def _loaded_while_scoring(mode: str) -> list[str]:
    result = subprocess.run(
        [sys.executable, "-c", PROBE, mode, json.dumps(DOCUMENTS)],
        capture_output=True,
        text=True,
        check=True,
    )
    return list(json.loads(result.stdout.splitlines()[-1]))


def test_documents_that_need_the_lazy_tables_load_nothing_after_the_preload():
    without = _loaded_while_scoring("none")
    # The documents do reach what is loaded lazily: scored without the preload, they load it.
    assert "wordfreq" in without and "ftfy" in without and "newslint.vale.tagger" in without
    assert _loaded_while_scoring("preload") == []


WARM = textwrap.dedent(
    """
    import sys
    from newslint.scan.options import ScanOptions
    from newslint.scan.run import _warm_for_workers
    _warm_for_workers(ScanOptions(inputs=[sys.argv[1]], output="-", config=sys.argv[2]))
    print("wordfreq" in sys.modules, "ftfy" in sys.modules)
    """
)


def test_a_scan_under_settings_of_its_own_preloads_for_its_workers_too(tmp_path):
    # The workers build their own linter from the settings (never forked live), but the tables
    # and modules they would each load are loaded once, in the parent, as without settings.
    dump = tmp_path / "dump.jsonl"
    dump.write_text(json.dumps({"text": "The harbour reopened. " * 20_000}) + "\n")
    settings = tmp_path / "settings.yaml"
    settings.write_text("ignore: []\n")
    run = subprocess.run(
        [sys.executable, "-c", WARM, str(dump), str(settings)],
        capture_output=True,
        text=True,
        check=True,
    )
    assert run.stdout.split() == ["True", "True"]
