"""Generalisation benchmark: artifacts injected at random into clean articles the dev corpus never used.

    python benchmarks/heldout.py [--corpus ../shared/corpus] [--seed 7] [--show-missed TYPE]

The dev corpus was built from wikinews_01–12, state_01–20 and whitehouse_01–08, and the rules were
tuned on it. This injects one artifact at a time, of each of the dev corpus's 23 types, into every
other clean article, with its own random choices of word, position and character (and boilerplate
lines the dev corpus does not contain), then reports recall per type and how many findings the
injection added besides the one on its span. A rule that only learnt the dev corpus's strings shows
up here.
"""

from __future__ import annotations

import argparse
import itertools
import random
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path

import regex
from _corpus import DEFAULT_CORPUS, overlaps, require_corpus
from _furniture_lines import (
    BOILERPLATE_SEEN,
    BOILERPLATE_SEEN_FOURTH,
    BOILERPLATE_SEEN_LAST,
    BOILERPLATE_SEEN_LATER,
    BOILERPLATE_UNSEEN,
)

from newslint.document import Document
from newslint.engine import Linter
from newslint.linters import load_rules

DEV_BASES = regex.compile(r"^(?:wikinews_(?:0\d|1[0-2])|state_(?:0\d|1\d|20)|whitehouse_0[1-8])$")
Injected = tuple[str, int, int] | None
Injector = Callable[[str, random.Random], Injected]

_WORD = regex.compile(r"(?<![\p{L}\d'’-])\p{Ll}{3,}(?![\p{L}\d'’-])")
_LONG_WORD = regex.compile(r"(?<![\p{L}\d'’-])\p{Ll}{8,}(?![\p{L}\d'’-])")
_SENTENCE_START = regex.compile(r"(?<=\p{Ll}\. )\p{Lu}\p{Ll}+")
_HOMOGLYPHS = {"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у"}
_CONFUSIONS = [("e", "c"), ("o", "0"), ("m", "rn"), ("rn", "m"), ("l", "1"), ("i", "l"), ("h", "b")]
_MOJIBAKE = {"’": "â€™", "“": "â€œ", "”": "â€\x9d", "—": "â€”", "é": "Ã©"}
_INVISIBLE = ["\u200b", "\u00ad", "\u200c", "\u2060", "\x07", "\ufeff"]


def _body(text: str) -> int:
    """Offset after the headline: artifacts other than headline repeats go into the body."""
    return text.index("\n\n") + 2 if "\n\n" in text else 0


def _pick(pattern: regex.Pattern[str], text: str, rng: random.Random) -> regex.Match[str] | None:
    matches = list(pattern.finditer(text, _body(text)))
    return rng.choice(matches) if matches else None


def _replace(text: str, start: int, end: int, new: str) -> tuple[str, int, int]:
    return text[:start] + new + text[end:], start, start + len(new)


def glued(text: str, rng: random.Random) -> Injected:
    match = _pick(regex.compile(r"\p{L}{2,} (?=\p{Ll}{2,})"), text, rng)
    return match and _replace(text, match.start(), match.end(), match.group()[:-1])


# English doubles these on purpose ("that that", "had had"); structure.doubled-word allows them.
_DOUBLES_ALLOWED = regex.compile(
    r"(?<![\p{L}\d'’-])(?!(?:that|had|is)\b)\p{Ll}{3,}(?![\p{L}\d'’-])"
)


def doubled_word(text: str, rng: random.Random) -> Injected:
    match = _pick(_DOUBLES_ALLOWED, text, rng)
    return match and _replace(text, match.start(), match.end(), f"{match.group()} {match.group()}")


def headline(text: str, rng: random.Random) -> Injected:
    first = text.split("\n", 1)[0]
    copies = rng.choice([1, 2])
    at = len(first) + 1
    return _replace(text, at, at, f"{first}\n" * copies)


def repeated_paragraph(text: str, rng: random.Random) -> Injected:
    """A paragraph pasted twice, right after itself or further down."""
    spans = [m.span() for m in regex.compile(r"(?<=\n\n)[^\n]{80,}(?=\n)").finditer(text)]
    if len(spans) < 2:
        return None
    start, end = rng.choice(spans)
    at = rng.choice([end, len(text.rstrip("\n"))])
    return _replace(text, at, at, "\n\n" + text[start:end])[0], at + 2, at + 2 + end - start


def lower_start(text: str, rng: random.Random) -> Injected:
    match = _pick(_SENTENCE_START, text, rng)
    return match and _replace(text, match.start(), match.start() + 1, match.group()[0].lower())


def honorific(text: str, rng: random.Random) -> Injected:
    match = _pick(regex.compile(r"\b(?:Mr|Ms|Mrs)\.(?= \p{Lu})"), text, rng)
    return match and _replace(text, match.start(), match.end(), rng.choice(["Sir.", "Sr.", "Sra."]))


def _one_of_many(dotted: str, plain: str) -> Injector:
    def inject(text: str, rng: random.Random) -> Injected:
        matches = list(regex.finditer(dotted, text))
        if len(matches) < 3:
            return None
        match = rng.choice(matches)
        return _replace(text, match.start(), match.end(), plain)

    return inject


_ATTRIBUTION = regex.compile(
    r"\b(?P<title>(?:Mr|Ms|Mrs|Dr)\.?|Secretary|President|Minister|Ambassador|Senator|Governor) "
    r"(?P<name>\p{Lu}\p{Ll}+) (?P<verb>said|says|added|continued|noted|told|explained|warned)\b"
)


def attribution_scramble(text: str, rng: random.Random) -> Injected:
    """ "Ms. Psaki continued" becomes "Ms. continued. Psaki." (MT reordering)."""
    match = _pick(_ATTRIBUTION, text, rng)
    if not match:
        return None
    title, name, verb = match.group("title", "name", "verb")
    return _replace(text, match.start(), match.end(), f"{title} {verb}. {name}.")


def broken_word(text: str, rng: random.Random) -> Injected:
    match = _pick(_LONG_WORD, text, rng)
    if not match:
        return None
    cut = rng.randint(2, len(match.group()) - 2)
    word = match.group()
    return _replace(text, match.start(), match.end(), f"{word[:cut]} {word[cut:]}")


def hyphen_break(text: str, rng: random.Random) -> Injected:
    match = _pick(_LONG_WORD, text, rng)
    if not match:
        return None
    word, cut = match.group(), rng.randint(3, len(match.group()) - 3)
    return _replace(
        text, match.start(), match.end(), f"{word[:cut]}-{rng.choice([' ', chr(10)])}{word[cut:]}"
    )


def char_confusion(text: str, rng: random.Random) -> Injected:
    for _ in range(20):
        match = _pick(_LONG_WORD, text, rng)
        if not match:
            return None
        word = match.group()
        options = [
            (i, a, b) for a, b in _CONFUSIONS for i in range(1, len(word)) if word.startswith(a, i)
        ]
        if options:
            i, a, b = rng.choice(options)
            return _replace(text, match.start(), match.end(), word[:i] + b + word[i + len(a) :])
    return None


def ligature(text: str, rng: random.Random) -> Injected:
    match = _pick(regex.compile(r"\p{L}*(?:fi|fl|ff)\p{L}*"), text, rng)
    if not match:
        return None
    word = match.group()
    for letters, ligature_char in (("ffi", "ﬃ"), ("fi", "ﬁ"), ("fl", "ﬂ"), ("ff", "ﬀ")):
        if letters in word:
            return _replace(
                text, match.start(), match.end(), word.replace(letters, ligature_char, 1)
            )
    return None


def page_artifact(text: str, rng: random.Random) -> Injected:
    """A page break inside a sentence (folio or running head on its own line), or a folio between
    sentences of one line."""
    folio = rng.choice(
        [str(rng.randint(2, 40)), f"Page {rng.randint(2, 40)}", f"- {rng.randint(2, 40)} -"]
    )
    if rng.random() < 0.5:
        match = _pick(regex.compile(r"(?<=\p{Ll}\.) (?=\p{Lu})"), text, rng)
        return match and _replace(
            text, match.start(), match.end(), f" {rng.choice([folio, 'Page 7'])} "
        )
    head = rng.choice(
        [folio, f"{rng.randint(2, 40)} THE DAILY TRIBUNE", "THE EVENING STAR, MAY 1, 1903"]
    )
    match = _pick(regex.compile(r"(?<=\p{Ll},?) (?=\p{Ll})"), text, rng)
    gap = rng.choice(["\n", "\n\n"])
    return match and _replace(text, match.start(), match.end(), f"{gap}{head}{gap}")


def stray_char(text: str, rng: random.Random) -> Injected:
    match = _pick(regex.compile(r"(?<=\p{Ll}) (?=\p{Ll})"), text, rng)
    return match and _replace(text, match.start(), match.end(), f" {rng.choice('■|¦~•□')} ")


def missing_space(text: str, rng: random.Random) -> Injected:
    match = _pick(regex.compile(r"(?<=\p{Ll}{2}[,.]) (?=\p{L}{2})"), text, rng)
    return match and _replace(text, match.start(), match.end(), "")


def space_before(text: str, rng: random.Random) -> Injected:
    match = _pick(regex.compile(r"(?<=\p{Ll})(?=[,.;:] )"), text, rng)
    return match and _replace(text, match.start(), match.end(), " ")


def stray_periods(text: str, rng: random.Random) -> Injected:
    match = _pick(regex.compile(r"(?<=\p{Ll}{2})\.(?= \p{Lu}|\n)"), text, rng)
    return match and _replace(
        text, match.start(), match.end(), rng.choice(["..", ". .", ". . .", ".."])
    )


def double_space(text: str, rng: random.Random) -> Injected:
    match = _pick(regex.compile(r"(?<=\p{L}) (?=\p{L})"), text, rng)
    return match and _replace(text, match.start(), match.end(), "  ")


def unbalanced(text: str, rng: random.Random) -> Injected:
    """A stray opening mark before a word, or a closing mark lost (the opener is then unclosed)."""
    if rng.random() < 0.5:
        match = _pick(regex.compile(r"(?<= )(?=\p{L}{3,})"), text, rng)
        return match and _replace(text, match.start(), match.start(), "“")
    match = _pick(regex.compile(r"“[^“”\n]{1,300}”"), text, rng)
    if not match:
        return None
    new, _, _ = _replace(text, match.end() - 1, match.end(), "")
    return new, match.start(), match.start() + 1


def wrong_direction(text: str, rng: random.Random) -> Injected:
    match = _pick(regex.compile(r"”(?=[ \n])"), text, rng)
    return match and _replace(text, match.start(), match.end(), "“")


def invisible(text: str, rng: random.Random) -> Injected:
    match = _pick(_LONG_WORD, text, rng)
    if not match:
        return None
    at = match.start() + rng.randint(1, len(match.group()) - 1)
    return _replace(text, at, at, rng.choice(_INVISIBLE))


def mixed_script(text: str, rng: random.Random) -> Injected:
    match = _pick(regex.compile(r"\b\p{Ll}*[aeopcxy]\p{Ll}*\b"), text, rng)
    if not match:
        return None
    word = match.group()
    i = rng.choice([i for i, c in enumerate(word) if c in _HOMOGLYPHS])
    return _replace(
        text, match.start(), match.end(), word[:i] + _HOMOGLYPHS[word[i]] + word[i + 1 :]
    )


def mojibake(text: str, rng: random.Random) -> Injected:
    match = _pick(regex.compile("[’“”—é]"), text, rng)
    return match and _replace(text, match.start(), match.end(), _MOJIBAKE[match.group()])


def html_entity(text: str, rng: random.Random) -> Injected:
    match = _pick(regex.compile("[’“”—&]|(?<=\\p{L}) (?=\\p{L})"), text, rng)
    escapes = {
        "’": ["&#8217;", "&rsquo;"],
        "“": ["&#8220;", "&ldquo;"],
        "”": ["&#8221;"],
        "—": ["&mdash;"],
        "&": ["&amp;"],
        " ": ["&nbsp;"],
    }
    return match and _replace(text, match.start(), match.end(), rng.choice(escapes[match.group()]))


def html_tag(text: str, rng: random.Random) -> Injected:
    match = _pick(regex.compile(r"(?<=\p{Ll}[.!?])\n|(?<=\p{Ll}) (?=\p{Ll})"), text, rng)
    if not match:
        return None
    tag = (
        rng.choice(["</p>", "<br>", "<br />", "</strong>"])
        if match.group() == "\n"
        else rng.choice(["<br>", " <em>", "</a> "])
    )
    return _replace(text, match.start(), match.start(), tag)


def _boilerplate(lines: list[str]) -> Injector:
    """Lines are taken in turn, not at random: each counts equally, whatever the seed."""
    turn = itertools.cycle(lines)
    return lambda text, rng: _boilerplate_line(text, rng, next(turn))


def _boilerplate_line(text: str, rng: random.Random, line: str) -> Injected:
    breaks = [m.end() for m in regex.compile(r"\n\n").finditer(text, _body(text))] + [len(text)]
    at = rng.choice(breaks)
    prefix = "" if text[:at].endswith("\n\n") else "\n\n"
    new, start, end = _replace(text, at, at, f"{prefix}{line}\n\n")
    return new, start + len(prefix), end - 2


INJECTORS: dict[str, Injector] = {
    "case.sentence-start": lower_start,
    "consistency.abbreviation": _one_of_many(r"\bU\.S\.(?= \p{Ll})", "US"),
    "consistency.honorific": _one_of_many(r"\b(?:Mr|Ms)\.(?= \p{Lu})", "Mr"),
    "dup.headline": headline,
    "dup.word": doubled_word,
    "x.dup-paragraph (not in dev)": repeated_paragraph,
    "enc.invisible-char": invisible,
    "enc.mixed-script": mixed_script,
    "enc.mojibake": mojibake,
    "mt.attribution-scramble": attribution_scramble,
    "mt.glued-words": glued,
    "mt.honorific": honorific,
    "ocr.broken-word": broken_word,
    "ocr.char-confusion": char_confusion,
    "ocr.hyphen-break": hyphen_break,
    "ocr.ligature": ligature,
    "ocr.page-artifact": page_artifact,
    "ocr.stray-char": stray_char,
    "punct.missing-space": missing_space,
    "punct.space-before": space_before,
    "punct.stray-periods": stray_periods,
    "quote.unbalanced": unbalanced,
    "quote.wrong-direction": wrong_direction,
    "scrape.boilerplate (seen)": _boilerplate(BOILERPLATE_SEEN),
    "scrape.boilerplate (seen later)": _boilerplate(BOILERPLATE_SEEN_LATER),
    "scrape.boilerplate (seen last)": _boilerplate(BOILERPLATE_SEEN_LAST),
    "scrape.boilerplate (seen fourth)": _boilerplate(BOILERPLATE_SEEN_FOURTH),
    "scrape.boilerplate (unseen)": _boilerplate(BOILERPLATE_UNSEEN),
    "space.double": double_space,
    "x.html-entity (not in dev)": html_entity,
    "x.html-tag (not in dev)": html_tag,
}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--corpus", type=Path, default=DEFAULT_CORPUS)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--trials", type=int, default=1, help="injections per type and article")
    parser.add_argument("--show-missed", metavar="TYPE", help="print misses of this type prefix")
    args = parser.parse_args()
    require_corpus(args.corpus, "clean")
    paths = [
        p for p in sorted((args.corpus / "clean").glob("*.txt")) if not DEV_BASES.match(p.stem)
    ]
    if not paths:
        print(f"clean corpus not found at {args.corpus}; pass --corpus", file=sys.stderr)
        return 2
    linter = Linter(load_rules(), ignore=["grammar"])
    rng = random.Random(args.seed)
    caught, total, extra = Counter(), Counter(), Counter()
    for path in paths:
        text = path.read_text(encoding="utf-8")
        baseline = len(linter.lint(Document.from_raw(text)))
        for kind, inject in INJECTORS.items():
            for _ in range(args.trials):
                injected = inject(text, rng)
                if injected is None:
                    continue
                new, start, end = injected
                findings = linter.lint(Document.from_raw(new))
                total[kind] += 1
                hits = [f for f in findings if overlaps(f.start, f.end, start, end)]
                caught[kind] += bool(hits)
                extra[kind] += max(0, len(findings) - len(hits) - baseline)
                if not hits and args.show_missed and kind.startswith(args.show_missed):
                    print(
                        f"  missed {path.stem} {kind}: {new[start - 30 : start]!r}[[{new[start:end]!r}]]{new[end : end + 20]!r}"
                    )
    print(
        f"held-out injection ({len(paths)} clean articles the dev corpus did not use, seed {args.seed})"
    )
    for kind in sorted(total):
        rate = caught[kind] / total[kind]
        flag = "" if rate >= 0.85 else "   <-- below 85 %"
        print(
            f"  {kind:<26} {caught[kind]:>3}/{total[kind]:<3} {rate:6.1%}  extra findings {extra[kind]}{flag}"
        )
    overall = sum(caught.values()) / sum(total.values())
    print(
        f"  {'overall':<26} {sum(caught.values()):>3}/{sum(total.values()):<3} {overall:6.1%}  extra findings {sum(extra.values())}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
