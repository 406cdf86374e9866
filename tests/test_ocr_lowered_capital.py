"""ocr.lowered-capital: a word in capitals with a lower-case letter or two among them is a worn
capital on any page; print's own mixed case is left alone (own sentences)."""

from __future__ import annotations

from newslint.document import Document
from newslint.engine import Linter
from newslint.lexicon import zipf
from newslint.linters import load_rules
from newslint.ocr_marks import lowered_in_capitals

RULE = "ocr.lowered-capital"


def words(text: str) -> list[str]:
    return [text[s:e] for s, e in lowered_in_capitals(text, zipf)]


def test_worn_capitals() -> None:
    assert words("ALLEGED BURGLARtIES AT CLAPHAM. THE CIEhLD. NEWS FROM IDUqDON.") == [
        "BURGLARtIES",
        "CIEhLD",
        "IDUqDON",
    ]


def test_print_mixes_case_so_and_is_left_alone() -> None:
    assert words("Gen. MacARTHUR, Mr. McDONALD and Gov. DeSANTIS met the MPs and CEOs.") == []
    assert words("The NGOsUN panel, the PhD rules of Acme GmbH, an iPhone, kWh and GHz.") == []
    assert words("See https://t.co/ABcdEF?id=QWxYZ and the code AB3cdEF or X1AbCD.") == []


def test_worn_capitals_at_a_word_edge_that_leave_an_everyday_word() -> None:
    # A worn capital after the first ("PoiSONING") or at the end ("LONDONr"): read in capitals,
    # the word is an everyday one (or a capital city's name), which a name's prefix never leaves.
    assert words("THE STRANGE PoiSONING AT THE FARM.") == ["PoiSONING"]
    assert words("LONDONr MARKETS OPEN LOWER.") == ["LONDONr"]
    assert words("He was charged in a GaRDEN dispute and a TiMBER sale.") == ["GaRDEN", "TiMBER"]


def test_edge_case_print_writes_is_left_alone() -> None:
    # name prefixes, a brand's stylisation, plurals of initialisms, a name left in capitals
    assert words("LeBRON, MacARTHUR, DiCAPRIO and Mr. McCAIN met; the PlaySTATION was new.") == []
    assert words("The NATOs and the UNHCRs met; the FIFAs were tallied.") == []
    assert words("The WORLDs fair and HARRISONb were there.") == []


def test_a_short_abbreviation_in_running_text_keeps_its_own_case() -> None:
    # An abbreviation writes a function word's initial in lower case (the European Court of
    # Human Rights, the Department for Exiting the EU): short, among lower-case words.
    assert words("The ruling by the ECtHR was welcomed by the DExEU minister on Monday.") == []
    assert words("THE ECtHR RULING.") == ["ECtHR"]  # in a line of capitals it is read as worn


def test_the_rule_reports_only_where_the_gate_is_shut() -> None:
    linter = Linter(load_rules())
    typed = "ALLEGED BURGLARtIES AT CLAPHAM."
    assert [f.rule for f in linter.lint(Document.from_raw(typed))] == [RULE]
    scanned = (
        "Tbe men of tho 2oth were sent tliat morning to tbe town. ALLEGED BURGLARtIES AT "
        "CLAPHAM. Tho mayor said tbat it was so."
    )
    rules = [f.rule for f in linter.lint(Document.from_raw(scanned))]
    assert RULE not in rules
    assert "ocr.misread-capital" in rules
