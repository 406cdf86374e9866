"""A `regex`-module pattern relaxed into RE2 syntax: a pattern that matches wherever it matches.

RE2 scans text in linear time with many patterns at once, but lacks look-arounds, back-references,
subroutine calls, possessive quantifiers and Unicode `\\w`/`\\d`/`\\s`. Relaxing drops what RE2
cannot express and widens what it reads differently, so the result matches a superset of the
original's matches (every original match is a match of the relaxed pattern over the same span,
or a wider one). RE2 then says where a rule cannot match; the rule's own regex runs elsewhere.

- look-arounds, `\\b`, `\\B`, `\\A`, `\\Z`, `\\G`, `\\K`: dropped (they only narrow), except the
  last positive look-behind among those opening a top-level branch and the first positive
  look-ahead among those closing it, which are read as text (the relaxed match is then wider
  than the original's, around it; `newslint.relax_context`);
- back-references and subroutine calls to an unknown group: any text (`(?s:.*)`);
- `(?&name)` to a defined group: that group's relaxed body; `(?(DEFINE)...)`: dropped;
- atomic groups, possessive quantifiers: their ordinary forms; `{,n}`: `{0,n}`;
- the control verbs `(*SKIP)`, `(*PRUNE)`, `(*FAIL)`, `(*F)`: dropped (they only remove matches;
  `(*SKIP)(*FAIL)` after a repeat was read as a group of a bare `*`, so RE2 refused the pattern
  and its check ran ungated on every text);
- `\\w`, `\\d`, `\\s`, `\\p{...}` and their negations: their ASCII members exactly, and beyond
  ASCII every character but the common marks they do not match (`relax_atoms.beyond_ascii`;
  nothing beyond ASCII inside a negated class, which then only grows);
- verbose mode (`(?x)`): whitespace and comments removed here, as RE2 has no such mode;
- case folding: RE2's, or any character `regex` folds where RE2 does not ("İ" to "i"; with `(?i)`
  folded fully, "ß" to "ss": `relax_folds`); a pattern that writes such a character is refused.
Anything else unknown (fuzzy matching, named lists, conditionals, set operations in classes)
raises `Unrelaxable`: such a pattern is never gated.

`Relaxed.crosses_lines` says whether a match may contain a newline; `Relaxed.line_local`, whether
the original's matches in a run of whole lines are the same when it runs on those lines alone
(`regex`'s pos/endpos): no match or look-around reaches across a newline and no `\\A`, `\\Z` or
`\\G` reads where the text ends. `Relaxed.lines_bound` allows look-behinds to read back across
line starts: `regex` reads them from the text before `pos`, so a run of whole lines searched
alone still gives its matches there, but an edit on the lines before may change them, and only
a relaxation keeping no look-behind (`keep_behind=False`) can be judged on those lines alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from newslint.relax_atoms import Unrelaxable as Unrelaxable  # the gate and tests import it here
from newslint.relax_atoms import literal
from newslint.relax_context import Looked, keep_context
from newslint.relax_folds import folded
from newslint.relax_reader import ANY, PatternReader

KEPT_FLAGS = set("ims")
DROPPED_FLAGS = set("xafuLwbeprV01")
# Backtracking control verbs that can only remove matches (`regex` also knows no others).
PRUNING_VERBS = frozenset({"SKIP", "PRUNE", "FAIL", "F"})


@dataclass(frozen=True)
class Relaxed:
    pattern: str
    crosses_lines: bool
    line_local: bool = False
    lines_bound: bool = False
    # The gate's: for a part lines-bound but not line-local, its relaxation without look-behinds.
    chunked: str = ""


def relax(pattern: str, ignorecase: bool = False, *, keep_behind: bool = True) -> Relaxed:
    """The RE2 superset of a pattern compiled with VERSION1 | MULTILINE (| IGNORECASE);
    without `keep_behind`, no look-behind is kept as context (`newslint.relax_context`), so the
    relaxation needs nothing before the match's own line."""
    first = _Relaxer(pattern, {}, keep_behind)
    first.run()  # collects the bodies of named groups for subroutine calls
    second = _Relaxer(pattern, first.groups, keep_behind)
    body = second.run()
    prefix = "(?m" + ("i" if ignorecase else "") + ")"
    bound = not second.newline and not second.edge_sensitive
    if second.full_case or ignorecase or second.any_case:
        body = folded(body, full=second.full_case)
    crosses = second.newline or second.context_newline
    return Relaxed(prefix + body, crosses, bound and not second.reads_back, bound)


class _Relaxer(PatternReader):
    def __init__(self, pattern: str, groups: dict[str, tuple[str, bool]], keep_behind: bool = True):
        super().__init__(pattern)
        self.keep_behind = keep_behind
        self.known = groups
        self.groups: dict[str, tuple[str, bool]] = {}
        self.verbose = False
        self.dotall = False
        self.simple_case = False  # `(?-f)`: case folded simply, as RE2 folds it
        self.full_case = False  # `(?i)` without it: folded fully (`relax_folds`)
        self.any_case = False  # `(?i)` anywhere, folded simply or fully
        self.context_newline = False  # may a look-around kept as text read one?
        self.reads_back = False  # a look-behind may read back across a line start
        self.depth = 0  # groups open around the item being read
        self.looked: tuple[bool, bool, str, bool] | None = None  # the look-around just read

    def run(self) -> str:
        out = self.sequence()
        if self.at < len(self.source):
            raise Unrelaxable(f"unbalanced ')' at {self.at}")
        return out

    def sequence(self) -> str:
        """Items up to an unmatched ')' or the end (the ')' is left for the caller)."""
        out: list[str] = []
        saved = (self.verbose, self.dotall)
        top = self.depth == 0
        while self.at < len(self.source) and self.peek() != ")":
            out.append(self.item())
            if top and self.looked is not None:
                out[-1] = Looked(*self.looked)
            self.looked = None
        self.verbose, self.dotall = saved
        if not top:
            return "".join(out)
        kept, newline = keep_context(out, keep_behind=self.keep_behind)
        self.context_newline |= newline
        return "".join(kept)

    def item(self) -> str:
        char = self.peek()
        if self.verbose and char in " \t\n\r\f\v":
            self.at += 1
            return ""
        if self.verbose and char == "#":
            end = self.source.find("\n", self.at)
            self.at = len(self.source) if end < 0 else end + 1
            return ""
        if char == "|":
            self.at += 1
            return "|"
        if char in "*+?{":
            return self.quantifier()
        if char == "(":
            return self.group()
        if char == "[":
            return self.char_class()
        if char == "\\":
            return self.escape()
        self.at += 1
        if char == ".":
            self.newline |= self.dotall
            return "." if not self.dotall else "(?s:.)"
        if char in "^$":
            return char
        if char == "\n":
            self.newline = True
        return literal(char)

    def quantifier(self) -> str:
        char = self.take()
        if char == "{":
            end = self.source.find("}", self.at)
            inner = self.source[self.at : end] if end >= 0 else ""
            low, comma, high = inner.partition(",")
            if end < 0 or not (low.strip().isdigit() or (comma and high.strip().isdigit())):
                # a literal brace to `regex`, or its fuzzy matching ("{e<=1}"): not told apart here
                raise Unrelaxable("a brace that is not a repeat count")
            self.at = end + 1
            text = "{" + (low.strip() or "0") + comma + high.strip() + "}"
        else:
            text = char
        if self.peek() == "?":
            text += self.take()
        elif self.peek() == "+":
            self.at += 1  # possessive: the ordinary quantifier matches at least as much
        return text

    def group(self) -> str:
        self.take()
        if self.peek() == "*":
            return self.verb()
        if self.peek() != "?":
            return "(?:" + self.closed() + ")"
        self.take()
        head = self.peek()
        if head == "#":
            end = self.source.find(")", self.at)
            if end < 0:
                raise Unrelaxable("unterminated comment")
            self.at = end + 1
            return ""
        if head in "=!" or self.peek(2) in ("<=", "<!"):
            behind = head == "<"
            positive = self.take(1 if head in "=!" else 2)[-1] == "="
            body, newline = self.look_around(behind)
            self.looked = (behind, positive, body, newline)
            return "(?:)"
        if head in ":>":
            self.take()
            return "(?:" + self.closed() + ")"
        if (head == "P" and self.peek(2) == "P<") or head == "<" or head == "'":
            return self.named_group()
        if head == "P" and self.peek(2) in ("P=", "P>"):
            self.take(2)
            return self.reference(self.name_until(")"))
        if head == "&":
            self.take()
            return self.reference(self.name_until(")"))
        if self.source.startswith("(DEFINE)", self.at):
            self.take(len("(DEFINE)"))
            self.look_around()
            return "(?:)"
        return self.flags()

    def verb(self) -> str:
        """A backtracking control verb: `(*SKIP)`, `(*PRUNE)`, `(*FAIL)` and `(*F)` only take
        matches away (a branch that fails, a retry begun further on), so none of them is read;
        a verb that could end a match early or that this code does not know is refused."""
        name = self.name_until(")")[1:]
        if name not in PRUNING_VERBS:
            raise Unrelaxable(f"backtracking verb (*{name})")
        return ""

    def look_around(self, behind: bool = False) -> tuple[str, bool]:
        """Read a look-around (or DEFINE) body, keeping its named groups for calls; its relaxed
        body and whether that may hold a newline."""
        outside, self.newline = self.newline, False
        body = self.closed()
        if behind:
            self.reads_back |= self.newline  # it may look back past a line start
        else:
            self.edge_sensitive |= self.newline  # it may look past a line end
        newline, self.newline = self.newline, outside  # what it reads is not in the match
        return body, newline

    def named_group(self) -> str:
        if self.peek() == "P":
            self.take()
        opener = self.take()
        name = self.name_until(">" if opener == "<" else "'")
        outside, self.newline = self.newline, False
        body = self.closed()
        self.groups[name] = (body, self.newline)
        self.newline |= outside
        return "(?:" + body + ")"

    def reference(self, name: str) -> str:
        """A subroutine call: the called group's body, as read earlier in this pass (a group of
        a DEFINE calling one defined before it) or else in the first pass, else any text (the
        first pass read a call to a group defined after it so, and a group's body calling
        another as any text made the whole pattern read across lines)."""
        body, crosses = self.groups.get(name) or self.known.get(name, (ANY, True))
        self.newline |= crosses
        return "(?:" + body + ")"

    def flags(self) -> str:
        """`(?flags)` for the rest of the group, or `(?flags:...)` for its body."""
        start = self.at
        while self.peek() and (self.peek().isalnum() or self.peek() == "-"):
            self.at += 1
        letters = self.source[start : self.at]
        if not letters or self.peek() not in (")", ":"):
            raise Unrelaxable(f"unknown group syntax (?{letters}{self.peek()}")
        on, _, off = letters.partition("-")
        for flag in on + off:
            if flag not in KEPT_FLAGS | DROPPED_FLAGS:
                raise Unrelaxable(f"unknown flag {flag!r}")
        self.simple_case |= "f" in off
        self.full_case |= "i" in on and not self.simple_case
        self.any_case |= "i" in on
        kept_on = "".join(f for f in on if f in KEPT_FLAGS)
        kept_off = "".join(f for f in off if f in KEPT_FLAGS)
        spec = kept_on + ("-" + kept_off if kept_off else "")
        if self.take() == ")":
            self.verbose = ("x" in on) or (self.verbose and "x" not in off)
            self.dotall = ("s" in on) or (self.dotall and "s" not in off)
            return f"(?{spec})" if spec else ""
        saved = (self.verbose, self.dotall)
        self.verbose = ("x" in on) or (self.verbose and "x" not in off)
        self.dotall = ("s" in on) or (self.dotall and "s" not in off)
        body = self.closed()
        self.verbose, self.dotall = saved
        return f"(?{spec}:{body})" if spec else f"(?:{body})"

    def closed(self) -> str:
        self.depth += 1
        body = self.sequence()
        self.depth -= 1
        if self.take() != ")":
            raise Unrelaxable("unterminated group")
        return body
