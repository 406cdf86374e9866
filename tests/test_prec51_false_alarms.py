"""Stop 51's false alarms on clean copy (issue 14): each text is written for the test, after a
shape seen on clean pages or in a probe of clean copy, beside a case that keeps the slip the rule
is for."""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of

RULE_PLURAL = "typography.plural-apostrophe"


def test_a_name_known_only_as_a_name_takes_a_firms_possessive(linter: Linter) -> None:
    # A firm named in the possessive ("Lloyd's", "Macy's") takes "of" and, in British copy, a
    # plural verb; the dictionary knows the word before the apostrophe only as a name.
    for text in (
        "Lloyd's of London reported a loss, and underwriters will raise prices.",
        "Macy's were quick to cut prices, and Kellogg's have followed.",
    ):
        assert findings_of(linter, text, "typography.plural-apostrophe") == [], text
    # A common noun, or a name that is also one ("Farmer", "Bill"), is still a plural's slip.
    assert findings_of(linter, "The Lloyd's of London market fell.", RULE_PLURAL) == []
    # After a determiner a name is a family's plural, the greengrocer's apostrophe itself
    # (review51's probe): "the Kennedys".
    for slip in (
        "The Kennedy's were at the wedding.",
        "The Jones's have moved to Leeds.",
        "The Governor's are opposed to the plan.",
        "All the farmer's were paid on Monday.",
        "The Bill's were passed by the house.",
    ):
        assert spans_of(slip, findings_of(linter, slip, "typography.plural-apostrophe")) == [
            "'s"
        ], slip


def test_a_relative_clause_inside_an_appositive_splits_no_subject(linter: Linter) -> None:
    # "that courts ..." opens a relative clause inside the aside "the state agency ...": the
    # comma after it closes the aside ("courts" read as a plural noun made it a subject).
    for text in (
        "IDA Ireland, the state agency that courts foreign investors, said the plant would open.",
        "Enterprise Ireland, the body that funds start-ups, said exports rose.",
        "The regulator fined Meta, and IDA Ireland, the agency that courts investors, said so.",
    ):
        assert findings_of(linter, text, "typography.subject-comma") == [], text
    # A reported clause after a verb, and one after an opening phrase, are still judged.
    for slip in (
        "The ministry noted that Chief Minister of Goa, had resigned.",
        "In a statement, the ministry noted that the Minister of Goa, had resigned.",
    ):
        assert spans_of(slip, findings_of(linter, slip, "typography.subject-comma")) == [","]


# A line of scanning damage opens the OCR gate.
_DAMAGE = "It was said tliat tbe men arc ready and tho 2oth is set by the board.\n"


def test_a_capital_no_scanner_makes_of_a_lower_case_letter_was_printed(linter: Linter) -> None:
    # A scanner turns an "l" or "i" into an I, or a c, o, s ... into its own shape writ large;
    # the H of "Him" in a hymn and the M of "Move On" were printed (stop 50's probes).
    for line, word in (
        ("We lift our hearts to Him who guards us through the night.", "Him"),
        ("After the debate the members voted to Move On to the next business.", "Move"),
    ):
        found = findings_of(linter, _DAMAGE + line, "ocr.misread-capital")
        assert spans_of(_DAMAGE + line, found) == [], word
    # The I-shaped and o-shaped capitals the rule is for are still reported.
    line = "The railroad company sought to further Insure Itself against all competition In it."
    found = findings_of(linter, _DAMAGE + line, "ocr.misread-capital")
    assert spans_of(_DAMAGE + line, found) == ["Insure", "Itself", "In"]


def test_a_given_name_before_its_surname_is_no_misreading_on_a_typed_page(linter: Linter) -> None:
    # "Eilis" is one glyph from "Ellis", but a capitalised word no dictionary writes in lower
    # case follows it: a given name before its surname, as a surname after its given name is.
    text = "Colm Tóibín's novel follows Eilis Lacey, and Eilis O'Hanlon reviewed it."
    assert findings_of(linter, text, "ocr.character-confusion") == []
    # A capitalised word that is an ordinary noun after it names no person: still judged, and
    # a scanned page's names are judged whatever follows them.
    slip = "The Cabof Ministers met in Kyiv on Tuesday."
    assert spans_of(slip, findings_of(linter, slip, "ocr.character-confusion")) == ["Cabof"]
    scanned = _DAMAGE + "The report was read by Eilis Lacey at tbe meeting."
    assert "Eilis" in spans_of(scanned, findings_of(linter, scanned, "ocr.character-confusion"))


def test_a_brand_of_three_capitalised_words_in_a_sentence_is_a_name(linter: Linter) -> None:
    # Between lower-case words of a sentence three capitalised parts are a brand, as two are
    # ("MicroMega"); a row of links run together is still glue, in a sentence or not.
    text = "The retailer, which owns PrettyLittleThing and Debenhams, said sales fell."
    assert findings_of(linter, text, "mt.glued-at-capital") == []
    for slip, token in (
        ("The story ended there.Related NewsSportWeather and more links.", "NewsSportWeather"),
        ("Latest NewsCompaniesMarkets", "NewsCompaniesMarkets"),
        ("The governor signed the ExecutiveOrderOnTrade on Monday.", "ExecutiveOrderOnTrade"),
    ):
        assert spans_of(slip, findings_of(linter, slip, "mt.glued-at-capital")) == [token], slip


def test_a_title_with_its_own_mark_may_open_a_sentence(linter: Linter) -> None:
    # "Which?" (a consumer group), "Yahoo!": the mark is the title's own. At a sentence's start
    # it is no sentence end when "and" or "or" joins the title to a name, or when the page
    # writes the title inside a sentence too.
    for text in (
        "Which? and Citizens Advice both warned shoppers about the scheme.",
        # review51's probe: the name joined with its article.
        "Banks have closed branches since 2019. Which? and the Federation of Small Businesses"
        " said rural areas had been hardest hit.",
        "The report by Which? found that prices rose. Which? and the regulator disagreed.",
    ):
        assert findings_of(linter, text, "structure.lowercase-sentence-start") == [], text
    # A one-word question whose answer lost its capital is still reported.
    for slip in ("It failed. Why? because nobody paid.", "He asked why. Why? and how?"):
        assert findings_of(linter, slip, "structure.lowercase-sentence-start") != [], slip


def test_a_given_name_in_its_other_gender_is_another_person(linter: Linter) -> None:
    # "Fernando"/"Fernanda" open alike, so the first-letter test took the two surnames for one
    # respelled; a name's masculine and feminine forms are two people's.
    text = "Fernando Alonso finished fourth. In the women's race, Fernanda Alonzo of Mexico won."
    assert findings_of(linter, text, "consistency.name-spelling") == []
    # A transliteration that respells the given name too is still one person.
    slip = "Volodymyr Zelensky spoke on Monday. Later Vladimir Zelenskiy met the French president."
    assert spans_of(slip, findings_of(linter, slip, "consistency.name-spelling")) == ["Zelenskiy"]


def test_words_at_other_places_of_two_names_are_two_names(linter: Linter) -> None:
    # "Börse" is always the last word of its name, "Borsa" the first of its own: two names
    # (German and Italian for an exchange), not one respelled (review50's probe).
    text = "Deutsche Börse agreed to buy a stake, while Borsa Italiana stayed out of the talks."
    assert findings_of(linter, text, "consistency.name-spelling") == []
    # A headline's title case puts words, not names, after a name: still one name respelled.
    slip = "Volodymyr Zelensky spoke on Monday.\n\nZelenskiy Meets Biden In Washington\n"
    assert spans_of(slip, findings_of(linter, slip, "consistency.name-spelling")) == ["Zelenskiy"]
