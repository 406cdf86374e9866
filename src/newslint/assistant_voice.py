"""The sentences in which a chat assistant speaks of itself and its task rather than of the work:
what it cannot do, what it needs, what it was asked, and how it signs off.

A model that was given too little to work with, or was asked for what it cannot do, answers in
the first person singular about its own means ("I can't browse the web", "I wasn't able to find
any details about the match you mentioned"), its need of the requester's material ("I need the
text to be able to complete your request"), what that material lacks ("the snippet you sent is
only a caption") and the request itself ("as per your requirements"), and it signs off with an
offer of more help ("I look forward to helping you!", "Feel free to reach out if you want any
tweaks"). Each is read as grammar: the writer (I) or the requester (you), a verb of inability,
need or sign-off, and what it is about (a capability the model lacks, information, the
requester's material or request). A person says such things too, so the check that uses these
keeps them to sentences outside quotation marks, with no speech verb (reported speech), standing
at the page's edge or alone in their paragraph.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from newslint.regex_store import compile_pattern

_WRITER = compile_pattern(r"\b(?:I|me|my)\b|\bI['’]", regex.IGNORECASE)
_ADDRESSEE = compile_pattern(r"\b(?:you|your|yours|you['’](?:d|ll|re|ve))\b", regex.IGNORECASE)
# The writer unable to do something now, in the forms an apology takes ("I can't browse");
# a person recalls what they could not do ("I couldn't get online").
_UNABLE = (
    r"\bI(?:\s+(?:cannot|can\s+not|can['’]?t|am\s+(?:unable|not\s+able)\s+to|do\s+not\s+have"
    r"|don['’]?t\s+have|have\s+no|lack)|['’]m\s+(?:unable|not\s+able)\s+to)\b"
)
_INABILITY = compile_pattern(_UNABLE, regex.IGNORECASE)
# The writer's failed search for what it was asked about, now or just before the answer.
_NOT_FOUND = compile_pattern(
    rf"(?:{_UNABLE}|\bI\s+(?:could\s+not|couldn['’]?t|was\s+(?:unable|not\s+able)\s+to"
    r"|wasn['’]t\s+able\s+to))\s+(?:\w+\s+)?(?:find|locate|access|verify|retrieve|confirm)\b",
    regex.IGNORECASE,
)
# The writer needing something before it can go on.
_NEED = compile_pattern(
    r"\bI(?:\s+(?:would|will|still)\s+need|['’](?:d|ll)\s+need|\s+need|\s+require)\b",
    regex.IGNORECASE,
)
# Why it needs it: a purpose the need serves, on which the task waits.
_PURPOSE = compile_pattern(
    r"\b(?:to\s+be\s+able\s+to|in\s+order\s+to|before\s+I\s+can|so\s+(?:that\s+)?I\s+can)\b"
    r"|^to\s+\w+",
    regex.IGNORECASE,
)
# The requester's material, named as theirs by what they did with it ("the match you
# mentioned", "You have listed only the title").
_GIVEN_BY_YOU = compile_pattern(
    r"\byou(?:['’]ve|\s+have|\s+had)?\s+(?:\w+\s+)?(?:mentioned|referred\s+to|sent|provided|gave"
    r"|given|shared|listed|pasted|supplied|uploaded|included)\b|\byou['’]re\s+referring\s+to\b",
    regex.IGNORECASE,
)
# What the requester's material lacks.
_WANTING = compile_pattern(
    r"\b(?:only|without|incomplete|missing|empty|truncated|cut\s+off|too\s+short|not\s+(?:a|an|the"
    r"|enough|complete|full))\b",
    regex.IGNORECASE,
)
# Signing off with an offer of help to come. A blogger hopes a post was useful and invites
# comments; an assistant looks forward to helping with the task.
_SIGN_OFF = compile_pattern(
    r"(?:\bI\s+(?:am\s+|['’]m\s+)?|^)look(?:ing)?\s+forward\s+to\s+(?:helping|assisting)\s+you\b",
    regex.IGNORECASE,
)
_FEEL_FREE = compile_pattern(r"\bfeel\s+free\s+to\b", regex.IGNORECASE)
_WISH = compile_pattern(r"\b(?:like|want|need|prefer|wish)\b|\byou['’]d\b", regex.IGNORECASE)
# Writing the text, which the writer says it cannot do for want of information.
_WRITING = compile_pattern(
    r"\b(?:write|create|generate|produce|draft|compose|summari[sz]e)\b", regex.IGNORECASE
)
# A sentence that reports speech, though it has no quotation marks.
_SPEECH = compile_pattern(
    r"\b(?:said|says|told|tells|asked|wrote|writes|added|explained|replied|admitted)\b",
    regex.IGNORECASE,
)


def alternation(words: Sequence[str]) -> str:
    """The words as one regex alternation, a space matching any run of spaces; never empty."""
    return "|".join(regex.escape(w).replace(r"\ ", r"\s+") for w in words) or "(?!)"


class AssistantVoice:
    """What the sentences are about, from the rule's word lists: `capabilities` (what a model
    lacks: browsing, the internet, real-time data), `knowledge` (information, details),
    `requests` (the requester's request, instructions, prompt); `material` and `edit`, the
    caller's compiled patterns of the words for the text and the material (article, draft,
    link) and of the verbs of editing it."""

    # A plain class: a dataclass would import `inspect` on every run's path (test_launch).
    __slots__ = ("capability", "edit", "knowledge", "material", "request")

    def __init__(
        self,
        capability: regex.Pattern[str],
        knowledge: regex.Pattern[str],
        request: regex.Pattern[str],
        material: regex.Pattern[str],
        edit: regex.Pattern[str],
    ) -> None:
        self.capability = capability
        self.knowledge = knowledge
        self.request = request
        self.material = material
        self.edit = edit

    @classmethod
    def build(
        cls,
        capabilities: Sequence[str],
        knowledge: Sequence[str],
        requests: Sequence[str],
        material: regex.Pattern[str],
        edit: regex.Pattern[str],
    ) -> AssistantVoice:
        def words(listed: Sequence[str]) -> regex.Pattern[str]:
            return compile_pattern(rf"\b(?:{alternation(listed)})\b", regex.IGNORECASE)

        # The request as a task the writer works to: "to complete your request", "as per your
        # requirements" (a letter's "I passed your request to the council" hands it on).
        request = compile_pattern(
            r"\b(?:complete|fulfil{1,2}|process|follow|with|as\s+per|per|according\s+to|based\s+on)"
            rf"\s+your\s+(?:{alternation(requests)})\b",
            regex.IGNORECASE,
        )
        return cls(words(capabilities), words(knowledge), request, material, edit)

    def speaks_of_itself(self, sentence: str) -> bool:
        """Whether the sentence is the assistant speaking of its means, needs or request, or
        signing off."""
        if _SPEECH.search(sentence):
            return False
        if (
            self._invites_changes(sentence)
            or self._finds_material_wanting(sentence)
            or _SIGN_OFF.search(sentence) is not None
        ):
            return True
        if _WRITER.search(sentence) is None:
            return False
        return (
            self._states_its_limits(sentence)
            or self._needs_material(sentence)
            or self._refers_to_request(sentence)
        )

    def _about_the_task(self, sentence: str) -> bool:
        """Whether the sentence names the text or the writing of it: an advice column tells its
        reader it lacks the details of their case, not of an article."""
        return bool(self.material.search(sentence) or _WRITING.search(sentence))

    def _states_its_limits(self, sentence: str) -> bool:
        """A means it lacks ("I can't browse the web"), information it lacks for the text ("I do
        not have enough information to write the article") or failed to find on the requester's
        subject ("I wasn't able to find any details about the match you mentioned")."""
        if _NOT_FOUND.search(sentence) and self.knowledge.search(sentence):
            return self._about_the_task(sentence) or _GIVEN_BY_YOU.search(sentence) is not None
        if _INABILITY.search(sentence) is None:
            return False
        if self.capability.search(sentence):
            return True
        return bool(self.knowledge.search(sentence)) and self._about_the_task(sentence)

    def _needs_material(self, sentence: str) -> bool:
        """The requester's material needed for the task ("I need the text to be able to complete
        your request"); an advice column needs more information about its reader's case."""
        if _NEED.search(sentence) is None or self.material.search(sentence) is None:
            return False
        return bool(_PURPOSE.search(sentence) or _ADDRESSEE.search(sentence))

    def _refers_to_request(self, sentence: str) -> bool:
        """The request as a task the writer works to ("as per your requirements"), or the
        material the requester gave ("the snippet you sent")."""
        if self.request.search(sentence):
            return True
        return bool(_GIVEN_BY_YOU.search(sentence) and self.material.search(sentence))

    def _finds_material_wanting(self, sentence: str) -> bool:
        """The requester's material found wanting ("the snippet you sent is only a caption",
        "You have listed only the title, without the full content of the article")."""
        return bool(
            _GIVEN_BY_YOU.search(sentence)
            and self.material.search(sentence)
            and _WANTING.search(sentence)
        )

    def _invites_changes(self, sentence: str) -> bool:
        """An invitation to the requester to ask for edits ("Feel free to reach out if you want
        any tweaks") (a page's "feel free to share this article" asks for no edit, and a press
        office's "feel free to contact us" speaks as we)."""
        return bool(
            _FEEL_FREE.search(sentence)
            and _ADDRESSEE.search(sentence)
            and _WISH.search(sentence)
            and self.edit.search(sentence)
        )
