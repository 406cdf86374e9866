"""Vale's `sequence` kind: Treebank words, Penn tags from the perceptron model, Vale's matching.

Styles and sentences are written here; the tags are the model's (textblob-aptagger's WSJ model,
a sibling of the one Vale embeds), so a change of tagger or tokeniser shows up as a failing line.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newslint.vale import load_ini
from newslint.vale.tagger import INSTALL_HINT, Tagger, TaggerUnavailable, treebank_words

from .test_vale_semantics import lint, project

INI = "StylesPath = styles\nMinAlertLevel = suggestion\n[*]\nBasedOnStyles = Seq\n"
INFINITIVE = """\
    extends: sequence
    message: "'%[2]s %[3]s %[4]s' needs 'to' before '%[4]s'."
    tokens:
      - tag: MD
      - pattern: be
      - tag: JJ
      - tag: VB|VBN
    """
OF_ALL_TIMES = """\
    extends: sequence
    message: "Say 'of all time'."
    tokens:
      - tag: JJS
        skip: 3
      - pattern: of
      - pattern: all
      - pattern: times
    """
PRONOUN = """\
    extends: sequence
    message: "Which noun does '%[3]s' stand for?"
    ignorecase: true
    tokens:
      - tag: NN
        skip: 2
      - tag: PRP
        pattern: they|he|she
    """


def test_treebank_words_split_contractions_possessives_quotes_and_final_period() -> None:
    assert treebank_words("The council's plans don't work.") == [
        "The", "council", "'s", "plans", "do", "n't", "work", ".",
    ]  # fmt: skip
    assert treebank_words('"Hi," she said (twice).') == [
        "``", "Hi", ",", "''", "she", "said", "(", "twice", ")", ".",
    ]  # fmt: skip


def test_the_model_gives_penn_treebank_tags() -> None:
    tagged = Tagger.installed().tag(treebank_words("The mayor would be happy attend the opening."))
    assert [tag for _, tag in tagged] == ["DT", "NN", "MD", "VB", "JJ", "VB", "DT", "NN", "."]
    # Brackets take Vale's tags, Treebank's empty elements -NONE-, as Vale's tagger gives them.
    tagged = Tagger.installed().tag(treebank_words("He won 0 (zero) votes."))
    assert [tag for _, tag in tagged] == ["PRP", "VBD", "-NONE-", "(", "CD", ")", "NNS", "."]


def test_tags_patterns_and_message_places(tmp_path: Path) -> None:
    ini = project(tmp_path, INI, {"Seq/Infinitive": INFINITIVE})
    text = (
        "# Plans\n\nThe mayor would be happy attend the opening.\n\nShe would be happy to attend.\n"
    )
    assert lint(ini, "a.md", text) == ["3:11:Seq.Infinitive"]
    rule = next(r for r in load_ini(str(ini)).rules if r.id == "Seq.Infinitive")
    from newslint.checks import compile_rule
    from newslint.document import Document

    doc = Document.from_raw(text, "a.md", "markdown")
    messages = [f.message for f in compile_rule(rule).run(doc)]
    assert messages == ["'be happy attend' needs 'to' before 'attend'."]


def test_skip_lets_words_stand_between_and_a_tag_matches_longer_tags(tmp_path: Path) -> None:
    ini = project(tmp_path, INI, {"Seq/Times": OF_ALL_TIMES})
    text = (
        "The greatest storms of all times hit the coast.\n\n"  # JJS two words before `of`
        "The storms of all times hit.\n\n"  # no superlative
        "The greatest of the many storms of all times.\n"  # superlative five words before
    )
    assert lint(ini, "a.txt", text) == ["1:5:Seq.Times"]


def test_a_match_whose_words_are_not_in_the_text_as_joined_is_not_reported(
    tmp_path: Path,
) -> None:
    # Vale joins the matched words with spaces and places the alert by finding that text: the
    # comma token makes "view , they", which the sentence does not contain.
    ini = project(tmp_path, INI, {"Seq/Pronoun": PRONOUN})
    text = "In their view, they are right.\n\nThen he left.\n"
    assert lint(ini, "a.txt", text) == []
    text = "The mayor he met was late.\n"
    assert lint(ini, "a.txt", text) == ["1:5:Seq.Pronoun"]


def test_sequence_rules_run_on_paragraph_sentences_only(tmp_path: Path) -> None:
    ini = project(tmp_path, INI, {"Seq/Infinitive": INFINITIVE})
    text = "# He would be happy attend\n\n- He would be happy attend.\n"
    assert lint(ini, "a.md", text) == []


def test_without_the_tagger_the_rule_is_skipped_with_the_reason(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    def missing() -> Path:
        raise TaggerUnavailable(INSTALL_HINT)

    monkeypatch.setattr("newslint.vale.sequence.model_path", missing)
    ini = project(tmp_path, INI, {"Seq/Infinitive": INFINITIVE})
    loaded = load_ini(str(ini))
    assert not [r for r in loaded.rules if r.id == "Seq.Infinitive"]
    assert any(
        s.startswith("Seq.Infinitive:") and "pip install textblob-aptagger" in s
        for s in loaded.skipped
    )
