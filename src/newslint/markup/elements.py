"""HTML element names the readers of every markup share, apart from the HTML reader itself: the
lines of a plain-text document ask which tags add no break to prose, and importing the HTML
reader for that loaded `html.parser` and `html.entities` into every plain-text run."""

from __future__ import annotations

# Elements whose text is not prose: code and what holds it, and the code-like phrase elements
# (keyboard input, a program's output, a variable, typewriter text) whose words a fix must keep.
SKIPPED = {"script", "style", "pre", "code", "textarea", "noscript", "template", "svg", "kbd",
           "samp", "tt", "var"}  # fmt: skip
# Elements that sit inside a run of prose and add no break to it: their tags are nothing to the
# rules (`<b>Russia</b>had` is a glued word). `sup` and `sub` are not: see MARKS.
INLINE = frozenset(
    """a abbr b bdi bdo big cite data del dfn em font i ins kbd mark nobr q s samp small span
    strike strong time tt u var wbr""".split()
)
# A superscript or a subscript is a mark set on the token before it (an exponent, an index, a
# footnote mark, an ordinal's letters: "E=mc<sup>2</sup>", "x<sub>1</sub>", "said.<sup>3</sup>"),
# not words of the line: the element, tags and content, is left out of the prose view whole, so
# "mc" is not cut from a "2" by blanks, nor glued to it ("report3", "10<sup>6</sup>" as "106").
# A mark inside a word is the word's, though: "H<sub>2</sub>O" and "CO<sub>2</sub>" read "H2O"
# and "CO2" (left out, "HO" and "CO": other words), see `mark_in_token`.
MARKS = frozenset({"sup", "sub"})
