"""Rule packs: YAML files validated into Rule objects, with errors that name file, rule and key."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from newslint.errors import RuleError
from newslint.finding import APPLICABILITIES, SEVERITIES
from newslint.kinds import kind_module, kind_options
from newslint.rule_parts import Example, HouseStyle, parse_examples, parse_house_style, web_link
from newslint.safe_yaml import safe_yaml
from newslint.values import Value

PACK_KEYS = {"pack", "description", "rules"}
COMMON_KEYS = {
    "id",
    "kind",
    "severity",
    "message",
    "description",
    "examples",
    "scope",
    "link",
    "applicability",
    "enabled",
    "markups",
    "house_style",
}
PACK_SUFFIXES = (".yaml", ".yml")
MARKUPS = ("plain", "markdown", "html")
# The built-in packs: every built-in rule id starts with one of these.
FAMILIES = (
    "mt",
    "structure",
    "typography",
    "consistency",
    "ocr",
    "encoding",
    "scrape",
    "llm",
    "grammar",
)
SCOPES = ("heading", "paragraph", "blockquote", "list_item", "caption", "table")


class StoredExamples:
    """The examples of a cached pack's rules, pickled apart from the rules (`pack_cache`) and
    unpickled the first time one rule's are asked for: a check never reads them, and they were
    three fifths of reading the built-in packs back."""

    def __init__(self, pickled: bytes):
        self._pickled = pickled
        self._read: list[list[Example]] | None = None

    def of(self, index: int) -> list[Example]:
        if self._read is None:
            import pickle

            self._read = pickle.loads(self._pickled)
        return self._read[index]

    def attach(self, rules: list[Rule]) -> None:
        """Give each of `rules` (in the order pickled) its examples, read on first use."""
        for index, rule in enumerate(rules):
            rule.__dict__["_examples_from"] = (self, index)


class _ExamplesOnFirstUse:
    """`Rule.examples` of a rule whose examples `StoredExamples` holds; an instance's own
    `examples` (every rule parsed from its pack, and this one once read) hides it."""

    def __get__(self, rule: Rule | None, owner: type | None = None) -> Any:
        if rule is None:
            return self
        held = rule.__dict__.pop("_examples_from", None)
        if held is None:
            raise AttributeError("examples")
        stored, index = held
        rule.__dict__["examples"] = examples = stored.of(index)
        return examples


class Rule(Value):
    """One rule of a pack, validated: its kind, severity, message and the kind's options.
    Mutable (the settings enable rules and set options), compared by its fields, unhashable."""

    FIELDS = (
        "id", "kind", "severity", "message", "options", "examples", "source", "description",
        "scope", "link", "applicability", "enabled", "markups", "house_style",
    )  # fmt: skip
    id: str
    kind: str
    severity: str
    message: str
    options: dict[str, Any]
    examples: list[Example]
    source: str
    description: str
    scope: str | None
    link: str | None
    applicability: str
    enabled: bool
    markups: tuple[str, ...]
    house_style: HouseStyle | None
    # Set by __init__ as usual; read from the pack cache's pickle only when asked for.
    examples = _ExamplesOnFirstUse()  # type: ignore[assignment]

    def __init__(
        self,
        id: str,
        kind: str,
        severity: str,
        message: str,
        options: dict[str, Any],
        examples: list[Example],
        source: str,
        description: str = "",
        scope: str | None = None,
        link: str | None = None,
        applicability: str = "safe",
        enabled: bool = True,
        markups: tuple[str, ...] = MARKUPS,
        house_style: HouseStyle | None = None,
    ):
        self.id = id
        self.kind = kind
        self.severity = severity
        self.message = message
        self.options = options
        self.examples = examples
        self.source = source
        self.description = description
        self.scope = scope
        self.link = link
        self.applicability = applicability
        self.enabled = enabled
        self.markups = markups
        self.house_style = house_style

    def copied(self) -> Rule:
        """A shallow copy (what `copy.copy` gives) that leaves examples not yet read unread."""
        clone = Rule.__new__(Rule)
        clone.__dict__.update(self.__dict__)
        return clone

    def without_examples(self) -> Rule:
        """A shallow copy with no examples at all: what the pack cache pickles beside them."""
        clone = self.copied()
        clone.__dict__.pop("examples", None)
        clone.__dict__.pop("_examples_from", None)
        return clone

    def __getstate__(self) -> dict[str, Any]:
        state = dict(self.__dict__)
        if "_examples_from" in state:  # pickled whole: its examples read now
            del state["_examples_from"]
            state["examples"] = self.examples
        return state

    @property
    def fixable(self) -> bool:
        """Whether the rule proposes fixes: its `fix` key where the kind has one (pattern,
        consistency), else what the kind declares beside its `OPTIONS`: `FIXES = True`, or
        `fixable(rule)` where the rule's options decide."""
        if "fix" in self.options:
            return self.options["fix"] not in (None, {})
        kind = kind_module(self.kind)
        fixable = getattr(kind, "fixable", None)
        return bool(fixable(self) if callable(fixable) else getattr(kind, "FIXES", False))

    @property
    def pack(self) -> str:
        return self.id.split(".", 1)[0]

    def option(self, key: str, default: Any = None) -> Any:
        return self.options.get(key, default)

    def error(self, problem: str) -> RuleError:
        return RuleError(problem, source=self.source, rule_id=self.id)


class Pack(Value):
    """A rule pack file: its name, where it came from, and its rules."""

    FIELDS = ("name", "source", "description", "rules")
    name: str
    source: str
    description: str
    rules: list[Rule]

    def __init__(
        self, name: str, source: str, description: str = "", rules: list[Rule] | None = None
    ):
        self.name = name
        self.source = source
        self.description = description
        self.rules = [] if rules is None else rules


def builtin_rules_dir() -> Path:
    """The built-in packs: inside the installed package, or `rules/` of a source checkout."""
    package_dir = Path(__file__).resolve().parent
    for candidate in (package_dir / "rules", package_dir.parent.parent / "rules"):
        if candidate.is_dir():
            return candidate
    raise RuleError("built-in rule packs not found; the installation is incomplete")


def pack_files(paths: Iterable[str | Path]) -> list[Path]:
    files: list[Path] = []
    for path in map(Path, paths):
        if path.is_dir():
            files.extend(
                sorted(p for p in path.iterdir() if p.suffix in PACK_SUFFIXES and p.is_file())
            )
        elif path.is_file():
            files.append(path)
        else:
            raise RuleError("no such rule pack file or directory", source=str(path))
    return files


def load_packs(paths: Iterable[str | Path]) -> list[Pack]:
    from newslint.pack_cache import cached_pack

    packs = [cached_pack(path, load_pack) for path in pack_files(paths)]
    _reject_duplicate_ids(packs)
    return packs


def load_pack(path: str | Path) -> Pack:
    import yaml

    source = str(path)
    try:
        data = safe_yaml(Path(path).read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise RuleError(f"invalid YAML: {_one_line(exc)}", source=source) from None
    except RecursionError:
        raise RuleError("invalid YAML: nested too deeply", source=source) from None
    except (OSError, UnicodeDecodeError) as exc:
        raise RuleError(f"cannot read pack: {exc}", source=source) from None
    return parse_pack(data, source)


def parse_pack(data: Any, source: str) -> Pack:
    if not isinstance(data, Mapping):
        raise RuleError("a pack is a mapping with 'pack' and 'rules'", source=source)
    unknown = set(data) - PACK_KEYS
    if unknown:
        raise RuleError(f"unknown pack key {sorted(unknown)[0]!r}", source=source)
    name = data.get("pack")
    if not isinstance(name, str) or not name.isidentifier():
        raise RuleError("'pack' must be a name such as 'mt'", source=source)
    raw_rules = data.get("rules")
    if not isinstance(raw_rules, list) or not raw_rules:
        raise RuleError("'rules' must be a non-empty list", source=source)
    pack = Pack(name=name, source=source, description=str(data.get("description", "")))
    seen: set[str] = set()
    for index, raw in enumerate(raw_rules, 1):
        rule = parse_rule(raw, source, name, index)
        if rule.id in seen:
            raise RuleError("duplicate rule id in this pack", source=source, rule_id=rule.id)
        seen.add(rule.id)
        pack.rules.append(rule)
    return pack


def parse_rule(raw: Any, source: str, pack: str, index: int) -> Rule:
    if not isinstance(raw, Mapping):
        raise RuleError(f"rule #{index} is not a mapping", source=source)
    rule_id = raw.get("id")
    if not isinstance(rule_id, str) or not rule_id.startswith(pack + "."):
        raise RuleError(
            f"rule #{index}: 'id' must be a string starting with '{pack}.'", source=source
        )
    fail = _failer(source, rule_id)
    kind = raw.get("kind")
    if not isinstance(kind, str):
        raise fail("missing 'kind'")
    options_schema = kind_options(kind, fail)
    unknown = set(raw) - COMMON_KEYS - set(options_schema)
    if unknown:
        raise fail(f"unknown key {sorted(unknown)[0]!r} for kind {kind!r}")
    severity = raw.get("severity", "warning")
    if severity not in SEVERITIES:
        raise fail(f"'severity' must be one of {', '.join(SEVERITIES)}")
    applicability = raw.get("applicability", "safe")
    if applicability not in APPLICABILITIES:
        raise fail("'applicability' must be 'safe' or 'unsafe'")
    scope = raw.get("scope")
    if scope is not None and scope not in SCOPES:
        raise fail(f"'scope' must be one of {', '.join(SCOPES)}")
    markups = raw.get("markups", list(MARKUPS))
    if not isinstance(markups, list) or not set(markups) <= set(MARKUPS):
        raise fail(f"'markups' must be a list drawn from {', '.join(MARKUPS)}")
    message = raw.get("message")
    if not isinstance(message, str) or not message.strip():
        raise fail("missing 'message'")
    description = raw.get("description")
    if not isinstance(description, str) or not description.strip():
        raise fail("missing 'description' (what the rule finds and why, for `rules show`)")
    options = {}
    for key, spec in options_schema.items():
        if key in raw:
            options[key] = spec.validate(raw[key], fail, key)
        elif spec.required:
            raise fail(f"missing {key!r} (required by kind {kind!r})")
        else:
            options[key] = spec.default
    link = raw.get("link")
    if link is not None and web_link(link) is None:
        raise fail("'link' must be a URL (https://..., http://... or file:...)")
    return Rule(
        id=rule_id,
        kind=kind,
        severity=severity,
        message=message.strip(),
        options=options,
        examples=parse_examples(raw.get("examples"), fail),
        source=source,
        description=description.strip(),
        scope=raw.get("scope"),
        link=web_link(link),
        applicability=applicability,
        enabled=bool(raw.get("enabled", True)),
        markups=tuple(markups),
        house_style=parse_house_style(raw.get("house_style"), options_schema, fail),
    )


def _failer(source: str, rule_id: str) -> Any:
    def fail(problem: str) -> RuleError:
        return RuleError(problem, source=source, rule_id=rule_id)

    return fail


def _reject_duplicate_ids(packs: list[Pack]) -> None:
    owner: dict[str, str] = {}
    for pack in packs:
        for rule in pack.rules:
            if rule.id in owner:
                raise RuleError(
                    f"rule id also defined in {owner[rule.id]}", source=pack.source, rule_id=rule.id
                )
            owner[rule.id] = pack.source


def _one_line(exc: Exception) -> str:
    return " ".join(str(exc).split())
