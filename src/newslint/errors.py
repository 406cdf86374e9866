"""Errors that end a run with exit code 2 and a one-line message, never a traceback."""


class NewslintError(Exception):
    """A user-facing problem: bad input, bad config, bad rule pack."""


class InputError(NewslintError):
    """A file that cannot be read or decoded as text."""


class CheckFailed(InputError):
    """A bug of ours met while checking one file: reported naming the file, as an unreadable
    file is, and the run goes on to the others (it still ends with exit 2)."""


class RuleError(NewslintError):
    """A rule pack that cannot be loaded or a rule that cannot be compiled."""

    def __init__(self, problem: str, *, source: str | None = None, rule_id: str | None = None):
        self.problem = problem
        self.source = source
        self.rule_id = rule_id
        super().__init__(self.describe())

    def describe(self) -> str:
        where = [part for part in (self.source, self.rule_id) if part]
        return f"{': '.join(where)}: {self.problem}" if where else self.problem

    def located(self, *, source: str | None = None, rule_id: str | None = None) -> "RuleError":
        return RuleError(
            self.problem, source=self.source or source, rule_id=self.rule_id or rule_id
        )


class BackendUnavailable(Exception):
    """The engine cannot run here (not installed, no Java, server down); the reason says why."""
