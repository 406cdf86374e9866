"""Vale's semantics, one at a time, on small hand-written styles (no third-party data).

Each test writes a `.vale.ini`, a style and a document into a temporary folder, loads the
configuration as `newslint check --vale-config` does and compares `line:col:Style.Rule`.
"""

from __future__ import annotations

import textwrap
from pathlib import Path

from newslint.document import Document
from newslint.engine import Linter
from newslint.vale import load_ini

from .conftest import run_newslint

TODO_RULE = "extends: existence\nmessage: \"'%s' left in text\"\nlevel: error\ntokens: [TODO]\n"


def project(
    tmp: Path, ini: str, rules: dict[str, str], vocab: dict[str, str] | None = None
) -> Path:
    (tmp / ".vale.ini").write_text(textwrap.dedent(ini), encoding="utf-8")
    for name, body in rules.items():
        path = tmp / "styles" / f"{name}.yml"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(textwrap.dedent(body), encoding="utf-8")
    for name, words in (vocab or {}).items():
        path = tmp / "styles" / "config" / "vocabularies" / "Words" / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(words, encoding="utf-8")
    return tmp / ".vale.ini"


def lint(ini: Path, path: str, text: str, min_level: str | None = None) -> list[str]:
    linter = Linter(load_ini(str(ini), min_level).rules)
    markup = {".md": "markdown", ".html": "html"}.get(Path(path).suffix, "plain")
    doc = Document.from_raw(textwrap.dedent(text), path, markup)
    found = []
    for finding in linter.lint(doc):
        line, column = doc.position(finding.start)
        found.append(f"{line}:{column}:{finding.rule}")
    return found


def test_rules_switched_on_by_name_and_section_globs(tmp_path: Path) -> None:
    ini = project(tmp_path, """\
        StylesPath = styles
        MinAlertLevel = suggestion
        [*.{md,txt}]
        House.Todo = YES
        [*.html]
        House.Todo = NO
        """, {"House/Todo": TODO_RULE})  # fmt: skip
    assert lint(ini, "a.md", "A TODO here.\n") == ["1:3:House.Todo"]
    assert lint(ini, "notes/b.txt", "TODO\n") == ["1:1:House.Todo"]
    assert lint(ini, "c.html", "<p>TODO</p>\n") == []


def test_levels_and_min_alert_level(tmp_path: Path) -> None:
    quiet = TODO_RULE.replace("level: error", "level: suggestion")
    ini = project(tmp_path, """\
        StylesPath = styles
        [*]
        BasedOnStyles = House
        """, {"House/Todo": quiet, "House/Loud": quiet.replace("TODO", "FIXME")})  # fmt: skip
    assert lint(ini, "a.md", "TODO FIXME\n") == []  # Vale's default MinAlertLevel is warning
    assert lint(ini, "a.md", "TODO FIXME\n", "suggestion") == ["1:1:House.Todo", "1:6:House.Loud"]
    (tmp_path / ".vale.ini").write_text(
        "StylesPath = styles\n[*]\nBasedOnStyles = House\nHouse.Loud = error\n", encoding="utf-8"
    )
    assert lint(ini, "a.md", "TODO FIXME\n") == ["1:6:House.Loud"]


def test_in_text_comments_switch_rules(tmp_path: Path) -> None:
    ini = project(
        tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = House\n", {"House/Todo": TODO_RULE}
    )
    text = """\
        TODO one.

        <!-- vale off -->

        TODO two.

        <!-- vale on -->

        TODO three.

        <!-- vale House.Todo = NO -->

        TODO four.
        """
    assert lint(ini, "a.md", text) == ["1:1:House.Todo", "9:1:House.Todo"]


def test_token_and_block_ignores(tmp_path: Path) -> None:
    ini = project(tmp_path, """\
        StylesPath = styles
        [*.md]
        BasedOnStyles = House
        TokenIgnores = (\\$[^\\n$]+\\$)
        BlockIgnores = (?s)({{< note >}}.*?{{< /note >}})
        """, {"House/Todo": TODO_RULE})  # fmt: skip
    text = "Math $TODO$ and TODO.\n\n{{< note >}}\nTODO\n{{< /note >}}\n"
    assert lint(ini, "a.md", text) == ["1:17:House.Todo"]


def test_scopes_negation_compound_levels_tables_and_raw(tmp_path: Path) -> None:
    rule = TODO_RULE.replace("tokens", "scope: {scope}\ntokens")
    ini = project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = S\n", {
        "S/H2": rule.format(scope="heading.h2"),
        "S/NotQuote": rule.format(scope="~blockquote"),
        "S/Neither": rule.format(scope="'~blockquote & ~heading'"),
        "S/Cell": rule.format(scope="table.cell"),
        "S/Item": rule.format(scope="list"),
        "S/Raw": "extends: existence\nmessage: bold heading\nlevel: error\nscope: raw\n"
                 "nonword: true\ntokens: ['^#+ \\*\\*']\n",
    })  # fmt: skip
    text = """\
        # TODO one

        ## **TODO** two

        > TODO quoted

        - TODO listed

        | a | b |
        |---|---|
        | x | TODO |
        """
    found = set(lint(ini, "a.md", text))
    assert found == {
        "1:3:S.NotQuote", "3:6:S.H2", "3:6:S.NotQuote", "3:1:S.Raw",
        "7:3:S.NotQuote", "7:3:S.Neither", "7:3:S.Item",
        "11:7:S.NotQuote", "11:7:S.Neither", "11:7:S.Cell",
    }  # fmt: skip


def test_occurrence_counts_per_block_and_reports_the_first_match(tmp_path: Path) -> None:
    ini = project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = O\n", {
        "O/Commas": "extends: occurrence\nmessage: too many commas\nlevel: error\nmax: 2\ntoken: ','\n",
        "O/Intro": "extends: occurrence\nmessage: no intro\nlevel: error\nscope: raw\nmin: 1\n"
                   "token: '^## Intro'\n",
    })  # fmt: skip
    text = "One, two, three.\n\nAh, yes, well, maybe.\n"
    assert lint(ini, "a.md", text) == ["1:1:O.Intro", "3:3:O.Commas"]


def test_sentence_case_with_indicators_prefix_exceptions_and_code(tmp_path: Path) -> None:
    ini = project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = C\n", {"C/Case": """\
        extends: capitalization
        message: "'%s' should be in sentence case"
        level: error
        scope: heading
        match: $sentence
        indicators: [':']
        prefix: '^[a-z]\\.\\s'
        exceptions: [New York Times, Vale]
        """})  # fmt: skip
    text = """\
        # lower case start

        ## The New York Times: Coverage of Vale

        ## `code` comes first in this heading

        ## b. A prefixed heading

        ## Too Many Capitals Here
        """
    assert lint(ini, "a.md", text) == ["1:3:C.Case", "9:4:C.Case"]


def test_substitution_expands_groups_and_never_writes_a_pattern_token(tmp_path: Path) -> None:
    ini = project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = W\n", {"W/Swap": """\
        extends: substitution
        message: "Use '%s' instead of '%s'."
        level: error
        ignorecase: true
        swap:
          '(\\w+)-based': $1 based
          'java ?script': JavaScript
          'e-?mail': email|e-mail
        """})  # fmt: skip
    linter = Linter(load_ini(str(ini)).rules)
    doc = Document("A cloud-based app in Javascript, by e-mail or email.", "a.txt")
    found = {doc.text[f.start : f.end]: f for f in linter.lint(doc)}
    assert found["cloud-based"].message == "Use 'cloud based' instead of 'cloud-based'."
    assert found["Javascript"].fix is not None
    assert found["Javascript"].fix.edits[0].replacement == "JavaScript"
    assert "e-mail" not in found and "email" not in found  # replacements compared as patterns
    for finding in found.values():
        for edit in finding.fix.edits if finding.fix else ():
            assert "$" not in edit.replacement


def test_conditional_and_consistency_across_blocks(tmp_path: Path) -> None:
    ini = project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = D\n", {
        "D/Defined": "extends: conditional\nmessage: \"'%s' has no definition\"\nlevel: error\n"
                     "first: '\\b([A-Z]{3,5})\\b'\nsecond: '(?:\\b[A-Z][a-z]+ )+\\(([A-Z]{3,5})\\)'\n",
        "D/Either": "extends: consistency\nmessage: \"Inconsistent '%s'\"\nlevel: error\n"
                    "either:\n  advisor: adviser\n",
    })  # fmt: skip
    text = "The NFL met.\n\nNational Football League (NFL) and NFL.\n\nAn advisor.\n\nAn adviser.\n"
    assert lint(ini, "a.md", text) == ["1:5:D.Defined", "7:4:D.Either"]


def test_vocab_terms_avoid_and_accepted_words_excuse_matches(tmp_path: Path) -> None:
    weasel = "extends: existence\nmessage: weasel\nlevel: error\ntokens: [very, clearly]\n"
    ini = project(tmp_path, """\
        StylesPath = styles
        Vocab = Words
        [*]
        BasedOnStyles = Vale, W
        Vale.Spelling = NO
        """, {"W/Weasel": weasel}, {"accept.txt": "JavaScript\nvery\n", "reject.txt": "synergy\n"})  # fmt: skip
    found = lint(ini, "a.md", "We use javascript very clearly for synergy, the the end.\n")
    assert found == ["1:8:Vale.Terms", "1:24:W.Weasel", "1:36:Vale.Avoid", "1:45:Vale.Repetition"]


def test_spelling_with_hunspell_dictionaries(tmp_path: Path) -> None:
    ini = project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = Vale\n", {})
    found = lint(ini, "a.md", "This sentance has a typpo, twice: typpo. NASA and CamelCase pass.\n")
    assert found == ["1:6:Vale.Spelling", "1:21:Vale.Spelling"]


def test_metric_formula_over_block_counts(tmp_path: Path) -> None:
    metric = "extends: metric\nmessage: '%s headings'\nlevel: error\nformula: heading.h2 + list\ncondition: '> 1'\n"
    ini = project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = M\n", {"M/Count": metric})
    assert lint(ini, "a.md", "## One\n\n## Two\n\nText.\n") == ["1:1:M.Count"]
    assert lint(ini, "a.md", "## One\n\nText.\n") == []


def test_settings_file_and_flag_give_the_same_findings(tmp_path: Path) -> None:
    project(
        tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = House\n", {"House/Todo": TODO_RULE}
    )
    (tmp_path / "node_modules").mkdir()
    (tmp_path / "node_modules" / "dep.md").write_text("TODO\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("A TODO.\n", encoding="utf-8")
    flag = run_newslint("check", ".", "--no-builtin", "--vale-config", ".vale.ini", cwd=tmp_path)
    (tmp_path / ".newslint.yaml").write_text("vale_config: .vale.ini\n", encoding="utf-8")
    settings = run_newslint("check", ".", "--no-builtin", cwd=tmp_path)
    assert "House.Todo" in flag.stdout and "node_modules" not in flag.stdout
    assert flag.stdout == settings.stdout


def test_html_blocks_have_vale_scopes(tmp_path: Path) -> None:
    rule = TODO_RULE.replace("tokens", "scope: {scope}\ntokens")
    ini = project(tmp_path, "StylesPath = styles\nIgnoredClasses = aside\n[*]\nBasedOnStyles = S\n", {
        "S/H2": rule.format(scope="heading.h2"),
        "S/Item": rule.format(scope="list"),
        "S/Alt": rule.format(scope="alt"),
        "S/Text": rule.format(scope="text"),
    })  # fmt: skip
    text = """\
        <h2>A TODO heading</h2>
        <ul><li>TODO item</li></ul>
        <p>See <img src="a.png" alt="TODO picture"> here.</p>
        <div class="aside">TODO hidden</div>
        <pre>TODO code</pre>
        """
    found = set(lint(ini, "a.html", text))
    assert found == {
        "1:7:S.H2", "1:7:S.Text", "2:9:S.Item", "2:9:S.Text", "3:30:S.Alt", "3:30:S.Text",
    }  # fmt: skip


def test_a_fix_never_rewrites_markup_between_repeated_words(tmp_path: Path) -> None:
    repeated = (
        "extends: repetition\nmessage: \"'%s' is repeated!\"\nlevel: error\ntokens: ['\\w+']\n"
    )
    ini = project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = R\n", {"R/Twice": repeated})
    linter = Linter(load_ini(str(ini)).rules)
    doc = Document.from_raw("Use it it now, or `code`, or not.\n", "a.md", "markdown")
    found = {doc.text[f.start : f.end]: f for f in linter.lint(doc)}
    assert found["it it"].fix is not None and found["it it"].fix.edits[0].replacement == "it"
    spanning = [f for f in found.values() if f.message.startswith("'or'")]
    assert spanning and all(f.fix is None for f in spanning)


def test_a_match_the_source_spells_otherwise_is_reported_from_its_line_start(tmp_path: Path) -> None:  # fmt: skip
    """Vale finds each match again in the source by its text as read (entities decoded, markup
    and code left out); when the source writes it otherwise it points at the line's start."""
    ini = project(tmp_path, "StylesPath = styles\n[*]\nBasedOnStyles = P\n", {
        "P/Case": "extends: capitalization\nmessage: '%s'\nlevel: error\nscope: heading\n"
                  "match: $sentence\n",
        "P/Pair": "extends: substitution\nmessage: '%s'\nlevel: error\nswap:\n  red car: blue car\n",
    })  # fmt: skip
    page = """\
        <body>
          <h2>Rain Falls&nbsp;On Harbour Town</h2>
          <h2>Rain Falls On Harbour Town</h2>
        </body>
        """
    assert lint(ini, "a.html", page) == ["2:1:P.Case", "3:7:P.Case"]
    text = "Seen: a red car today.\n\n  Seen: a **red** car and a red car.\n"
    assert lint(ini, "b.md", text) == ["1:9:P.Pair", "3:1:P.Pair", "3:29:P.Pair"]
    linter = Linter(load_ini(str(ini)).rules)
    doc = Document.from_raw(text, "b.md", "markdown")
    moved = next(f for f in linter.lint(doc) if doc.position(f.start) == (3, 1))
    assert doc.original[moved.start : moved.end] == "  Seen: a **red** car"  # ends where it did
