"""Building linters: rule packs loaded, settings applied, a policy and a vocabulary per settings file.

`Linters` is what one run owns: a linter per settings file, built on first use, and the Vale
warnings already given. Nothing here is module state, so two runs in one process (or the test
suite) never see each other's vocabulary or policy.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any

from newslint.collector import collector_paused, lasting
from newslint.config import ConfigError, Settings
from newslint.engine import Linter
from newslint.errors import NewslintError
from newslint.finding import UNFINISHED_RULE
from newslint.lexicon import Vocabulary
from newslint.policy import Policy, matches
from newslint.rules import Rule, builtin_rules_dir, load_packs
from newslint.suppress import UNUSED_RULE, Baseline
from newslint.values import FrozenValue, Value

Warn = Callable[[str], None]


class RuleSet(Value):
    """Rules from packs and Vale styles, with the words the Vale styles accept."""

    FIELDS = ("rules", "accept", "skipped")

    def __init__(
        self,
        rules: list[Rule] | None = None,
        accept: list[str] | None = None,
        skipped: list[str] | None = None,  # Vale rules newslint cannot run, and why
    ):
        self.rules: list[Rule] = [] if rules is None else rules
        self.accept: list[str] = [] if accept is None else accept
        self.skipped: list[str] = [] if skipped is None else skipped


def load_rule_set(
    extra: Sequence[str] = (),
    builtin: bool = True,
    vale_config: str | None = None,
    vale_min_level: str | None = None,
) -> RuleSet:
    """Built-in packs, then extra packs, Vale style directories and a .vale.ini's styles."""
    paths: list[str | Path] = [builtin_rules_dir()] if builtin else []
    if not extra and not vale_config:
        return RuleSet([rule for pack in load_packs(paths) for rule in pack.rules])
    from newslint.vale import ValeLoad, is_vale_style, load_ini, load_style

    vale = ValeLoad()
    loaded = []
    for path in extra:
        if Path(path).is_dir() and is_vale_style(Path(path)):
            loaded.append(load_style(Path(path)))
        else:
            paths.append(path)
    if vale_config:
        loaded.append(load_ini(vale_config, vale_min_level))
    for style in loaded:
        vale.rules += style.rules
        vale.skipped += style.skipped
        vale.accept += style.accept
    rules = [rule for pack in load_packs(paths) for rule in pack.rules]
    return RuleSet(rules + vale.rules, vale.accept, vale.skipped)


def load_rules(
    extra: Sequence[str] = (),
    builtin: bool = True,
    vale_config: str | None = None,
    warn: Warn | None = None,
) -> list[Rule]:
    """The rules alone (for listing, showing and testing them)."""
    loaded = load_rule_set(extra, builtin, vale_config)
    if warn and loaded.skipped:
        warn(f"{len(loaded.skipped)} Vale rule(s) skipped: " + "; ".join(loaded.skipped))
    return loaded.rules


class Choices(FrozenValue):
    """What the command line adds to every settings file's choices."""

    FIELDS = (
        "select", "ignore", "rule_paths", "builtin", "grammar", "context", "languagetool_url",
        "vale_config", "vale_min_level", "baseline", "report_unused_suppressions",
    )  # fmt: skip
    select: tuple[str, ...]
    ignore: tuple[str, ...]
    rule_paths: tuple[str, ...]
    builtin: bool
    grammar: str | None
    context: bool | None  # None: as the settings say (off unless `context: on`)
    languagetool_url: str | None
    vale_config: str | None
    vale_min_level: str | None  # overrides the .vale.ini's MinAlertLevel
    baseline: Baseline | None
    report_unused_suppressions: bool

    def __init__(
        self,
        select: tuple[str, ...] = (),
        ignore: tuple[str, ...] = (),
        rule_paths: tuple[str, ...] = (),
        builtin: bool = True,
        grammar: str | None = None,
        context: bool | None = None,
        languagetool_url: str | None = None,
        vale_config: str | None = None,
        vale_min_level: str | None = None,
        baseline: Baseline | None = None,
        report_unused_suppressions: bool = False,
    ):
        self.__dict__.update(
            select=select, ignore=ignore, rule_paths=rule_paths, builtin=builtin, grammar=grammar,
            context=context, languagetool_url=languagetool_url, vale_config=vale_config,
            vale_min_level=vale_min_level, baseline=baseline,
            report_unused_suppressions=report_unused_suppressions,
        )  # fmt: skip


def build_linter(settings: Settings, choices: Choices, warn: Warn | None = None) -> Linter:
    """The linter for files governed by `settings`, with the command line's choices on top."""
    loaded = load_rule_set(
        [*settings.packs, *choices.rule_paths],
        choices.builtin,
        choices.vale_config or settings.vale_config,
        choices.vale_min_level,
    )
    if warn and loaded.skipped:
        warn(f"{len(loaded.skipped)} Vale rule(s) skipped: " + "; ".join(loaded.skipped))
    _reject_unknown_house_style(settings, loaded.rules)
    rules = apply_to_rules(settings, loaded.rules)
    _choose_grammar(rules, choices)
    grammar = choices.grammar or settings.grammar.get("backend")
    policy = Policy(
        select=tuple(choices.select or settings.select),
        ignore=(*settings.ignore, *choices.ignore, *(["grammar"] if grammar == "off" else [])),
        severity=dict(settings.severity),
        per_file_ignores={glob: tuple(ids) for glob, ids in settings.per_file_ignores.items()},
        root=settings.root,
        baseline=choices.baseline,
        report_unused_suppressions=choices.report_unused_suppressions,
    )
    _choose_context(rules, settings.context, choices.context, policy.may_run)
    _reject_unknown_ids(settings, choices, [r.id for r in rules], warn, _harper_rule_ids(rules))
    vocabulary = Vocabulary.of(settings.vocabulary, loaded.accept)
    return Linter(rules, warn=warn, policy=policy, vocabulary=vocabulary)


def _choose_grammar(rules: list[Rule], choices: Choices) -> None:
    for rule in rules:
        if rule.kind != "grammar":
            continue
        if choices.grammar:
            rule.enabled = rule.option("backend") == choices.grammar
        if choices.languagetool_url and rule.option("backend") == "languagetool":
            rule.options["url"] = choices.languagetool_url


def _choose_context(
    rules: list[Rule],
    context: dict[str, Any],
    chosen: bool | None,
    may_run: Callable[[str], bool] = lambda rule_id: True,
) -> None:
    """Rules that need the context model run only when it is asked for; the settings may name
    the model file, the garbled-text threshold and the budget of the rules that judge words. A
    kind that costs a pass over every token (`OPT_IN` names its settings key) runs over the whole
    document only when that key asks for it too, and otherwise over the part its rule's `budget`
    holds, if it has one. A rule the selection leaves out (`may_run`) is not asked: it stays
    unrun whatever this would set, and importing its kind to ask cost a narrow `--select` as
    much as linting an article."""
    from newslint.kinds import kind_module

    enabled = context.get("enabled", False) if chosen is None else chosen
    tunes = "model" in context or "garbled_threshold" in context or "budget" in context
    for rule in rules:
        if not (enabled or rule.enabled or tunes) or not may_run(rule.id):
            continue  # stays off whatever its kind needs: its module is not imported to ask
        module = kind_module(rule.kind)
        if not getattr(module, "NEEDS_CONTEXT", False):
            continue
        opt_in = getattr(module, "OPT_IN", None)
        asked = opt_in is None or bool(context.get(opt_in, False))
        # Not asked for, a rule with a `budget` still runs on the part of a document it holds.
        rule.enabled = enabled and (asked or bool(rule.options.get("budget")))
        if enabled and asked and opt_in is not None:
            rule.options["budget"] = 0  # asked for: the whole document
        if "model" in context:
            rule.options["model"] = context["model"]
        if "budget" in context and opt_in is None:  # a sampled pass's budget is its own
            rule.options["budget"] = context["budget"]
        if "garbled_threshold" in context and "threshold" in rule.options:
            rule.options["threshold"] = context["garbled_threshold"]


# House-style keys the settings read themselves rather than a rule's `house_style` binding.
SETTINGS_HOUSE_STYLE = ("dialect", "oxford_comma")


def _reject_unknown_house_style(settings: Settings, rules: Sequence[Rule]) -> None:
    """Each `house_style` key must be declared by a loaded rule, and its value be one of that
    rule's choices: the rules, not this module, know which house styles exist."""
    choices: dict[str, list[str]] = {}
    for rule in rules:
        if rule.house_style:
            known = choices.setdefault(rule.house_style.key, [])
            known += [c for c in rule.house_style.choices if c not in known]
    source = settings.source or "settings"
    for key, value in settings.house_style.items():
        if key in SETTINGS_HOUSE_STYLE:
            continue
        if key not in choices:
            known_keys = ", ".join([*choices, *SETTINGS_HOUSE_STYLE])
            raise ConfigError(source, f"house_style.{key}", f"unknown (known: {known_keys})")
        if value not in choices[key]:
            allowed = ", ".join(map(repr, choices[key]))
            raise ConfigError(source, f"house_style.{key}", f"must be one of {allowed}")


# Built-in rules the project has removed, with why. A setting that names one (a house config
# written to ignore a noisy rule) names nothing now: a note says so, where an id that never was a
# rule is refused as a typo; the config keeps working after the rule is gone.
RETIRED = {
    "llm.generated-filler": "was removed: on unseen sites it reported more human copy than filler",
}


def _harper_rule_ids(rules: Sequence[Rule]) -> list[str]:
    """The rules whose findings Harper's rules make up (`grammar.harper.AnA`)."""
    return [
        r.id
        for r in rules
        if r.kind == "confirmed-grammar"
        or (r.kind == "grammar" and r.option("backend") == "harper")
    ]


def _unknown_harper_names(prefixes: Sequence[str], harper_ids: Sequence[str]) -> list[str]:
    """The prefixes under a Harper-made rule id that name none of Harper's rules (a typo,
    `--select grammar.harper.AnAA`, or a rule a Harper upgrade renamed). Harper is asked only
    when a prefix is that narrow, and not at all if it is missing (the backend then says so)."""
    narrower = [(p, r) for p in prefixes for r in harper_ids if p.startswith(r + ".")]
    if not narrower:
        return []
    try:
        import harper
    except ImportError:
        return []
    names = harper.get_default_lint_config()
    return [p for p, r in narrower if p[len(r) + 1 :] not in names]


def _reject_unknown_ids(
    settings: Settings,
    choices: Choices,
    rule_ids: list[str],
    warn: Warn | None = None,
    harper_ids: Sequence[str] = (),
) -> None:
    """A rule id or prefix that names no rule is a typo: say so rather than select nothing."""
    known = [*rule_ids, UNUSED_RULE, UNFINISHED_RULE]
    retired = [rule_id for rule_id in RETIRED if rule_id not in rule_ids]

    def unknown(prefixes: Sequence[str]) -> list[str]:
        # A prefix may also be narrower than a rule whose findings it makes up (grammar.harper.AnA).
        return [
            p
            for p in prefixes
            if not any(matches(rule_id, p) or matches(p, rule_id) for rule_id in known)
        ]

    named_by = {
        "--select": choices.select,
        "--ignore": choices.ignore,
        "select": settings.select,
        "ignore": settings.ignore,
        "severity": list(settings.severity),
        "per_file_ignores": [p for ids in settings.per_file_ignores.values() for p in ids],
    }
    for where, prefixes in named_by.items():
        source = f"{settings.source}: " if not where.startswith("--") and settings.source else ""
        bad = unknown(prefixes)
        # A Harper rule name is Harper's: one a Harper upgrade renamed or a typo draws a warning
        # (the run goes on, as for a retired rule), since selecting it switches Harper's other
        # rules off and it would otherwise find nothing without a word.
        if warn:
            for prefix in _unknown_harper_names(prefixes, harper_ids):
                warn(
                    f"{source}{where}: {prefix!r} names none of Harper's rules: it matches nothing"
                )
        for prefix in [p for p in bad if any(matches(r, p) or matches(p, r) for r in retired)]:
            bad.remove(prefix)
            if warn:
                named = next(r for r in retired if matches(r, prefix) or matches(prefix, r))
                warn(f"{source}{where}: {prefix!r} names no rule now ({named} {RETIRED[named]})")
        if bad:
            raise NewslintError(
                f"{source}{where}: no rule or pack named {', '.join(map(repr, bad))} "
                "(`newslint rules list` shows them)"
            )


class Linters:
    """One linter per settings file, built on first use (in each worker, if forked after)."""

    def __init__(self, choices: Choices, warn: Warn | None = None, *, freeze_built: bool = True):
        """`freeze_built=False` for a process that keeps documents alive while linters are still
        being built (the editor server): a freeze then would pin their state for good, so it
        decides itself when to freeze."""
        self.choices = choices
        self._warn = warn
        self._freeze_built = freeze_built
        self._built: dict[Path | None, Linter] = {}
        self._warned: set[str] = set()

    def for_settings(self, settings: Settings) -> Linter:
        if settings.source not in self._built:
            # Building imports the kinds and compiles every rule: thousands of objects that live
            # as long as the linter and form no garbage cycles for the collector to look for.
            with lasting() if self._freeze_built else collector_paused():
                linter = build_linter(settings, self.choices, self._warn_once)
            self._built[settings.source] = linter
        return self._built[settings.source]

    def _warn_once(self, message: str) -> None:
        if self._warn and message not in self._warned:
            self._warned.add(message)
            self._warn(message)


def apply_to_rules(settings: Settings, rules: list[Any]) -> list[Any]:
    """Copies of the rules with the settings' severities, house style and grammar choices."""
    applied = []
    style = settings.house_style
    grammar = settings.grammar
    for original in rules:
        rule = original.copied()  # copy.copy would read its examples
        rule.options = dict(original.options)
        if rule.id in settings.severity:
            rule.severity = settings.severity[rule.id]
        binding = rule.house_style
        if binding and style.get(binding.key) in binding.choices:
            rule.options[binding.option] = binding.choices[style[binding.key]]
        if rule.kind == "byline" and settings.staff:
            rule.options["names"] = list(settings.staff)
        if rule.kind == "consistency" and "dialect" in style:
            rule.options["dialect"] = style["dialect"]
        if rule.kind == "grammar":
            _apply_grammar(rule, grammar, style)
        applied.append(rule)
    return applied


def _apply_grammar(rule: Any, grammar: dict[str, Any], style: dict[str, Any]) -> None:
    backend = grammar.get("backend")
    if backend:
        rule.enabled = backend == rule.option("backend")
    for key in ("url", "language", "profile"):
        if key in grammar and key in rule.options:
            rule.options[key] = grammar[key]
    for key in ("disable", "disable_categories"):
        if key in grammar:
            rule.options[key] = list(grammar[key])
    if rule.option("backend") == "harper":
        dialect = grammar.get("dialect") or style.get("dialect")
        if dialect:
            rule.options["dialect"] = dialect
        oxford = grammar.get("oxford_comma", style.get("oxford_comma"))
        if oxford is not None:
            rule.options["oxford_comma"] = bool(oxford)
