"""`codepage-mojibake`: UTF-8 read through a code page of another script ("ChinaвЂ™s", "ยง 12").

A page stored as UTF-8 and read as Windows-1251 (Cyrillic), 1253 (Greek), 1255 (Hebrew), 1256
(Arabic), 874 (Thai), 1257 (Baltic), Mac Roman or a DOS code page turns each curly quote, dash,
section sign or accented letter into two or three characters of that code page: "’" becomes
"вЂ™" in Cyrillic, "β€™" in Greek, "ג€™" in Hebrew; "§" becomes "ยง" in Thai; "é" becomes "Г©".
ftfy undoes some of these and not others, and the script check reads them as foreign words.

A maximal run of characters above ASCII is read back: encoded under one of those code pages, its
bytes must be valid UTF-8 as a whole, and the characters they decode to must be punctuation,
symbols or accented Latin letters English copy writes, fewer than the run's. A real word of those scripts does not
decode (its letters are not UTF-8 lead and continuation bytes in turn), nor does Latin-1
mojibake, which `encoding.mojibake` repairs ("cafÃ©").
"""

from __future__ import annotations

from collections.abc import Iterator

from newslint.checks import Check, finding, render
from newslint.document import Document
from newslint.features import Needs
from newslint.finding import Finding
from newslint.regex_store import compile_pattern
from newslint.rules import Rule

OPTIONS: dict[str, object] = {}

CODE_PAGES = (
    "cp1251", "cp1253", "cp1255", "cp1256", "cp874", "cp1257", "cp1250",
    "mac_roman", "cp437", "cp850", "koi8_r",
)  # fmt: skip
# Two or more characters above ASCII in a row, one of them outside Latin-1 (pure Latin-1 and
# Windows-1252 mojibake is `encoding.mojibake`'s).
_RUN = compile_pattern(r"[^\x00-\x7f\s]{2,}")
_OUTSIDE_LATIN_1 = compile_pattern(r"[^\x00-\xff]")


class CodepageMojibakeCheck(Check):
    LINE_LOCAL = True

    def feature_needs(self) -> Needs:
        return Needs(above="\xff")  # a run is judged only with a character beyond Latin-1

    def run(self, doc: Document) -> Iterator[Finding]:
        text = doc.text
        for run in _RUN.finditer(text):
            if not _OUTSIDE_LATIN_1.search(run.group()):
                continue
            decoded = decode_through_code_page(run.group())
            if decoded is None:
                continue
            message = render(self.rule.message, match=run.group(), fix=decoded)
            yield finding(self.rule, run.start(), run.end(), message, suggestions=[decoded])


def decode_through_code_page(run: str) -> str | None:
    """What `run` was, if it is UTF-8 read through one of CODE_PAGES; None otherwise."""
    if _decodes(run, "cp1252"):
        return None  # Windows-1252 mojibake ("â€™"): `encoding.mojibake` repairs it
    for code_page in CODE_PAGES:
        try:
            decoded = run.encode(code_page).decode("utf-8")
        except UnicodeError:
            continue
        if len(decoded) < len(run) and all(_latin_text(char) for char in decoded):
            return decoded
    return None


def _decodes(run: str, code_page: str) -> bool:
    try:
        run.encode(code_page).decode("utf-8")
    except UnicodeError:
        return False
    return True


def _latin_text(char: str) -> bool:
    """A character English copy writes above ASCII: Latin-1's marks and accented letters, Latin
    Extended-A's letters ("š", "ł"), general punctuation (quotes, dashes, the ellipsis), currency
    signs and letterlike symbols ("™", "№"). A rarer decoding ("ȥ" from "»•") is chance."""
    code = ord(char)
    return (
        0xA0 <= code <= 0x17F
        or 0x2000 <= code <= 0x206F
        or 0x20A0 <= code <= 0x20CF
        or 0x2100 <= code <= 0x214F
    )


def compile(rule: Rule) -> CodepageMojibakeCheck:
    return CodepageMojibakeCheck(rule)
