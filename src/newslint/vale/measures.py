"""Vale's kinds that measure: spelling (Hunspell), metric (a formula over counts), readability.

Spelling uses spylls, a pure-Python Hunspell, with the dictionaries the rule names (`aff`/`dic`,
or `dicpath` + `dictionaries`, else the en_US dictionary spylls ships) and word lists to ignore.
As in Vale, words with a digit, hyphen or other non-letter, all-capital words and camel-case words
are not checked, and a misspelling is reported once per block, where it first occurs.
"""

from __future__ import annotations

import ast
import math
import operator
from collections.abc import Callable, Iterator
from functools import cache
from pathlib import Path
from typing import Any

import regex

from newslint.vale.blocks import block_counts
from newslint.vale.kinds import Base, Hit, KindError, strings, user_regex, vale_message
from newslint.yaml_written import yaml_written

_DEFAULT_FILTERS = [r"[A-Z]{1}[a-z]+[A-Z]+\w+", r"[A-Z]+$", r"[^a-zA-Z_']"]
_WORD = regex.compile(r"[\p{L}\p{N}_][\p{L}\p{N}_'’.-]*[\p{L}\p{N}_]|[\p{L}\p{N}_]")


@cache
def _dictionary(stem: str) -> Any:
    from spylls.hunspell import Dictionary

    return Dictionary.from_files(stem) if stem else Dictionary.from_files("en_US")


def _readable_dictionary(stem: str) -> Any:
    """A dictionary spylls cannot parse is left out (the others, or en_US, still check)."""
    try:
        return _dictionary(stem)
    except (ValueError, OSError, UnicodeDecodeError, IndexError, KeyError):
        return None


class Spelling(Base):
    folder: str | None = None  # the rule file's folder: its paths resolve from there
    styles: Path | None = None  # StylesPath: config/dictionaries, config/ignore

    def configure(self, folder: str | None, styles: Path | None) -> None:
        self.folder, self.styles = folder, styles

    def prepare(self) -> None:
        try:
            import spylls  # noqa: F401
        except ImportError:
            raise KindError("needs spylls (pip install 'newslint[vale]')") from None
        custom = [] if self.data.get("custom") else _DEFAULT_FILTERS
        filters = strings(self.data.get("filters")) + custom
        self.filters = [user_regex(f, 0, f"filter {yaml_written(f)}") for f in filters]
        # Vale excuses a word containing an accepted term, whatever its case.
        terms = "|".join(sorted(self.accept, key=len, reverse=True))
        self.accepted = user_regex(f"(?i:{terms})", regex.VERSION1, "the Vocab's terms") if terms else None  # fmt: skip
        self.ignored: set[str] = set()
        self.stems: list[str] | None = None

    def _load(self) -> list[Any]:
        if self.stems is None:
            self.stems = self._stems()
            for name in strings(self.data.get("ignore")):
                self.ignored |= _word_list(self._find(name))
        return [d for d in map(_readable_dictionary, self.stems) if d is not None] or [
            _dictionary("")
        ]

    def _find(self, name: str) -> Path | None:
        base = Path(self.folder or ".")
        styles = self.styles or base.parent
        for candidate in (Path(name), base / name, styles / name,
                          styles / "config" / "ignore" / name):  # fmt: skip
            if candidate.is_file():
                return candidate
        return None

    def _stems(self) -> list[str]:
        aff, dic = self.data.get("aff"), self.data.get("dic")
        if aff and dic:
            found = self._find(str(dic))
            if found:
                return [str(found.with_suffix(""))]
        names = strings(self.data.get("dictionaries"))
        folder = self.data.get("dicpath") or (str(self.styles / "config" / "dictionaries")
                                              if self.styles else None)  # fmt: skip
        stems: list[str] = []
        if names and folder:
            base = Path(self.folder or ".")
            for root in (Path(str(folder)), base.parent / str(folder), base / str(folder)):
                if root.is_dir():
                    stems = [str(root / n) for n in names if (root / f"{n}.dic").is_file()]
                    break
        if not stems or self.data.get("append"):
            stems.append("")
        return stems

    def run(self, text: str, seen: dict[str, Any]) -> Iterator[Hit]:
        dictionaries = self._load()
        reported: set[str] = set()
        for match in _WORD.finditer(text):
            word = match.group().strip("'’.")
            if not word or word in reported or any(f.search(word) for f in self.filters):
                continue
            if word.lower() in self.ignored or (self.accepted and self.accepted.search(word)):
                continue
            if self.excused(word) or any(d.lookup(word) for d in dictionaries):
                continue
            reported.add(word)
            start = match.start() + match.group().index(word)
            yield Hit(start, start + len(word), vale_message(self.message, word))


def _word_list(path: Path | None) -> set[str]:
    if path is None:
        return set()
    lines = path.read_text(encoding="utf-8-sig").splitlines()
    return {line.strip().lower() for line in lines if line.strip()}


_OPERATORS: dict[type, Callable[..., Any]] = {ast.Add: operator.add, ast.Sub: operator.sub, ast.Mult: operator.mul,
              ast.Div: operator.truediv, ast.Gt: operator.gt, ast.GtE: operator.ge,
              ast.Lt: operator.lt, ast.LtE: operator.le, ast.Eq: operator.eq,
              ast.NotEq: operator.ne, ast.USub: operator.neg}  # fmt: skip


# Functions Vale's formulas may call (`math.sqrt(...)`, read with its dot as `math_sqrt`).
_MATH: dict[str, Callable[..., float]] = {"math_sqrt": math.sqrt, "math_abs": abs, "math_pow": pow,
                                          "math_log": math.log, "math_floor": math.floor,
                                          "math_ceil": math.ceil}  # fmt: skip


def evaluate(expression: str, names: dict[str, float]) -> Any:
    """Arithmetic and comparisons over named counts; nothing else is evaluated."""

    def value(node: ast.AST) -> Any:
        if isinstance(node, ast.Expression):
            return value(node.body)
        if isinstance(node, ast.Constant) and isinstance(node.value, (int, float)):
            return float(node.value)
        if isinstance(node, ast.Name):
            return names.get(node.id, 0.0)
        if isinstance(node, ast.BinOp) and type(node.op) in _OPERATORS:
            left, right = value(node.left), value(node.right)
            return 0.0 if isinstance(node.op, ast.Div) and right == 0 else _OPERATORS[type(node.op)](left, right)  # fmt: skip
        if isinstance(node, ast.UnaryOp) and type(node.op) in _OPERATORS:
            return _OPERATORS[type(node.op)](value(node.operand))
        if isinstance(node, ast.Call) and isinstance(node.func, ast.Name) and node.func.id in _MATH:
            return float(_MATH[node.func.id](*(value(a) for a in node.args)))
        if isinstance(node, ast.Compare) and len(node.ops) == 1 and type(node.ops[0]) in _OPERATORS:
            return _OPERATORS[type(node.ops[0])](value(node.left), value(node.comparators[0]))
        raise KindError(f"unsupported expression {expression!r}")

    names_joined = regex.sub(r"(?<=[A-Za-z_])\.(?=[A-Za-z_])", "_", expression)
    try:
        tree = ast.parse(names_joined, mode="eval")
    except SyntaxError:
        raise KindError(f"unsupported expression {expression!r}") from None
    return value(tree)


def text_counts(text: str) -> dict[str, float]:
    words = regex.findall(r"[\p{L}\p{N}'’-]+", text)
    syllables = [_syllables(w) for w in words]
    sentences = max(1, len(regex.findall(r"[.!?]+(?:\s|$)", text)))
    return {
        "words": float(len(words)), "sentences": float(sentences),
        "characters": float(sum(len(w) for w in words)), "syllables": float(sum(syllables)),
        "complex_words": float(sum(s >= 3 for s in syllables)),
        "polysyllabic_words": float(sum(s >= 3 for s in syllables)),
        "long_words": float(sum(len(w) > 6 for w in words)),
        "paragraphs": float(len(regex.findall(r"\n\s*\n", text.strip())) + 1),
    }  # fmt: skip


def _syllables(word: str) -> int:
    groups = regex.findall(r"[aeiouy]+", word.lower())
    count = len(groups) - (word.lower().endswith("e") and len(groups) > 1)
    return max(1, count)


class Metric(Base):
    def prepare(self) -> None:
        self.formula = str(self.data.get("formula", ""))
        self.condition = str(self.data.get("condition", ""))
        evaluate(self.formula, {})

    def run(self, text: str, seen: dict[str, Any]) -> Iterator[Hit]:
        names = text_counts(text)
        if not names["words"]:
            return
        names.update(block_counts(seen.get("blocks", [])))
        result = evaluate(self.formula, names)
        if evaluate(f"{result} {self.condition}", names):
            yield Hit(0, 0, vale_message(self.message, f"{result:.2f}"))


class Readability(Base):
    def prepare(self) -> None:
        self.metrics = strings(self.data.get("metrics"))
        self.grade = float(self.data.get("grade") or 0)

    def run(self, text: str, seen: dict[str, Any]) -> Iterator[Hit]:
        n = text_counts(text)
        if not n["words"] or not self.metrics:
            return
        w, s = n["words"], n["sentences"]
        formulas = {
            "Flesch-Kincaid": 0.39 * w / s + 11.8 * n["syllables"] / w - 15.59,
            "Gunning Fog": 0.4 * (w / s + 100 * n["complex_words"] / w),
            "Coleman-Liau": 5.88 * n["characters"] / w - 29.6 * s / w - 15.8,
            "SMOG": 1.043 * (n["polysyllabic_words"] * 30 / s) ** 0.5 + 3.1291,
            "Automated Readability": 4.71 * n["characters"] / w + 0.5 * w / s - 21.43,
        }
        grade = sum(formulas.get(m, 0.0) for m in self.metrics) / len(self.metrics)
        if grade > self.grade:
            yield Hit(0, 0, vale_message(self.message, f"{grade:.2f}"))
