"""A line of the page's interface that tells the reader what to do without naming them: a bare
verb opening a short sentence with no subject ("Start typing and press Enter to search",
"Continue reading...", "For further exploration, delve into our Inspiration Center.").

The verb is read by the part-of-speech tagger, not from a list of a site's words: the line's first
word, lower-cased, is tagged after "please", the frame in which a bare verb can only be an order
(the WSJ model reads a capitalised first word as a name: "Start typing" is NNP NN). A verb the
tagger reads as a base form, a word of the dictionary in lower case (not a name or a brand
read as a verb it does not know), with no finite verb or modal after it (in that frame or without
it), has no subject: "Police
arrest three men" or "Voters will decide" have one. Story text gives orders too (a quotation,
a headline, a guide's steps); quotations are ruled out by the caller, headlines and story
paragraphs by where the line stands (`furniture_notes`), and a story whose own paragraphs give
orders makes the sign worthless on its page (`story_gives_orders`).
"""

from __future__ import annotations

from collections.abc import Sequence

from newslint.cased_lexicon import english
from newslint.errors import BackendUnavailable
from newslint.regex_store import compile_pattern
from newslint.textblocks import Block
from newslint.vale.tagger_model import Model

# A sentence's opening, after a leading phrase set off by a comma ("For further exploration, ")
# or an opening bracket; the first word must be a lower-case or capitalised word of letters.
_OPENING = compile_pattern(r"^[(\[]?(?:(?P<lead>[^,.!?:;]{1,60}),\s+)?(?P<word>\p{L}[\p{Ll}]+)\b")
# Where the next sentence starts inside the block.
_SENTENCE_END = compile_pattern(r"(?<=[.!?])[\"”’)]*\s+(?=[(\[]?\p{Lu})")
# The tags of a bare verb after "please".
_BASE_FORM = frozenset({"VB", "VBP"})
# After the verb, a finite verb or a modal: the first word was the subject ("Police arrest").
_FINITE = frozenset({"VBZ", "VBD", "MD"})
ORDER_WORDS = 14  # an order of the interface is short; a longer sentence is the story's
_LOOK_AHEAD = 8  # words tagged after the verb: an interface order says its object at once


def gives_order(text: str) -> bool:
    """Whether one of the block's sentences opens with a bare verb and has no subject."""
    return any(_sentence_gives_order(s) for s in _SENTENCE_END.split(text.strip()))


def _sentence_gives_order(sentence: str) -> bool:
    match = _OPENING.match(sentence)
    if match is None or len(sentence.split()) > ORDER_WORDS:
        return False
    lead = match.group("lead")
    if lead is not None and not lead.lower().startswith(("to ", "for ")):
        return False  # only a purpose leads into an order: "To receive…, click"; "For more, see"
    from newslint.checks.tagging import part_of_speech_tagger
    from newslint.vale.tagger import treebank_words

    words = treebank_words(sentence[match.start("word") :])[: _LOOK_AHEAD + 1]
    words[0] = words[0].lower()
    if len(words) < 2 or words[1].lower() == "you" or not english().is_lower_case_word(words[0]):
        return False  # a word alone, "Thank you", a name ("Kendamil Goat First Infant Milk")
    try:
        tagger = part_of_speech_tagger()
    except BackendUnavailable:
        return False
    if not _may_be_a_verb(tagger.model, words[0]):
        return False
    ordered = [tag for _, tag in tagger.tag(["Please", *words])[1:]]
    if ordered[0] not in _BASE_FORM or _FINITE.intersection(ordered[1:]):
        return False
    # Read without the frame too: a headline's verb after its subject ("Whatsapp rumour sparks
    # lynching") may pass for a noun after "please", not on its own.
    return not _FINITE.intersection(tag for _, tag in tagger.tag(words)[1:])


def story_gives_orders(story: Sequence[Block]) -> bool:
    """Whether the story's own paragraphs open with orders (a guide's steps, a recipe): then an
    order outside them is no sign of the site's interface."""
    return any(_sentence_gives_order(_SENTENCE_END.split(b.text.strip(), 1)[0]) for b in story)


def _may_be_a_verb(model: Model, word: str) -> bool:
    """Whether the tagger's own lexicon lets `word` be a base-form verb: a word of its
    dictionary of unambiguous words is a verb only if that is its one tag, a word it has weights
    for only if one of the verb tags weighs for it ("sister", "senate" weigh only for nouns).
    A word it never saw ("click", "delve": the model was trained on 1989 newspaper text) is left
    to the frame."""
    if word in model.tagdict:
        return model.tagdict[word] in _BASE_FORM
    weights = model.weights.get(f"i word {word}", {})
    return not weights or any(weights.get(tag, 0.0) > 0.0 for tag in _BASE_FORM)
