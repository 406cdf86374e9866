"""Stop 52's LLM-pipeline residue (issue 14): the source markup of answer engines. Every text is
written for the test; beside each residue stands clean copy that reports on AI, quotes a chatbot
or uses the same words as a newsroom does, which must stay silent."""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of

RESIDUE = "llm.citation-residue"


def test_each_answer_engines_markup_is_residue(linter: Linter) -> None:
    cases = {
        "Rates were held in May. citeturn0search3 The bank meets again in June.": (
            "citeturn0search3"
        ),
        "Rates were held in May.\ue200cite\ue202turn1news4\ue201 The bank meets in June.": (
            "\ue200cite\ue202turn1news4\ue201"
        ),
        "The bridge opened in 1932. :contentReference[oaicite:7]{index=7}\n": (
            ":contentReference[oaicite:7]{index=7}"
        ),
        "The dam holds 4m cubic metres 【12:3†report.pdf】 of water.": "【12:3†report.pdf】",
        "Turnout was the highest since 1992 [cite: 4, 7].": "[cite: 4, 7]",
        "The mill closed in 1981.Harbourgazette.com+2\nIt reopened as flats.": (
            "Harbourgazette.com+2"
        ),
        "The mill closed in 1981. The Valley Times+1 It reopened as flats.": "The Valley Times+1",
    }
    for text, span in cases.items():
        assert spans_of(text, findings_of(linter, text, RESIDUE)) == [span], text


def test_plus_signs_and_stories_about_the_markup_are_not_residue(linter: Linter) -> None:
    for text in (
        # a language, a grade, a streaming service, a golf score, a formula
        "The team rewrote it in C++. She earned an A+ and Disney+ added 2 million users.",
        "Woods +2 after nine holes. The score was A+1 on the test. Tickets: £10+2 booking fee.",
        # a story about the markup, quoting it
        "Editors found “turn0search3” and “oaicite” in the draft, the paper said.",
        # a footnote sign and a dagger in a table
        "Members marked † died in office; the 4th Duke, 1 Jan.",
    ):
        assert findings_of(linter, text, RESIDUE) == [], text
