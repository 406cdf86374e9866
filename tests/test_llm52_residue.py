"""Stop 52's LLM-pipeline residue (issue 14): the source markup of answer engines, an assistant's
request for its material, prompt text and outline headings. Every text is written for the test;
beside each residue stands clean copy that reports on AI, quotes a chatbot or uses the same words
as a newsroom does, which must stay silent."""

from __future__ import annotations

from newslint.engine import Linter

from .conftest import findings_of, spans_of

RESIDUE = "llm.citation-residue"


def test_each_answer_engines_markup_is_residue(linter: Linter) -> None:
    cases = {
        "Rates were held in May. citeturn0search3 The bank meets again in June.": (
            "citeturn0search3"
        ),
        "Rates were held in May.\ue200cite\ue202turn1news4\ue201 The bank meets in June.": (
            "\ue200cite\ue202turn1news4\ue201"
        ),
        "The bridge opened in 1932. :contentReference[oaicite:7]{index=7}\n": (
            ":contentReference[oaicite:7]{index=7}"
        ),
        "The dam holds 4m cubic metres 【12:3†report.pdf】 of water.": "【12:3†report.pdf】",
        "Turnout was the highest since 1992 [cite: 4, 7].": "[cite: 4, 7]",
        "The mill closed in 1981.Harbourgazette.com+2\nIt reopened as flats.": (
            "Harbourgazette.com+2"
        ),
        "The mill closed in 1981. The Valley Times+1 It reopened as flats.": "The Valley Times+1",
    }
    for text, span in cases.items():
        assert spans_of(text, findings_of(linter, text, RESIDUE)) == [span], text


def test_plus_signs_and_stories_about_the_markup_are_not_residue(linter: Linter) -> None:
    for text in (
        # a language, a grade, a streaming service, a golf score, a formula
        "The team rewrote it in C++. She earned an A+ and Disney+ added 2 million users.",
        "Woods +2 after nine holes. The score was A+1 on the test. Tickets: £10+2 booking fee.",
        # a story about the markup, quoting it
        "Editors found “turn0search3” and “oaicite” in the draft, the paper said.",
        # a footnote sign and a dagger in a table
        "Members marked † died in office; the 4th Duke, 1 Jan.",
    ):
        assert findings_of(linter, text, RESIDUE) == [], text


def test_an_assistant_asking_for_its_material_is_a_turn(linter: Linter) -> None:
    page = (
        "Summary unavailable\n\n"
        "I need the content of the text to complete your request.\n\n"
        "Once you provide the text, I will:\n\n"
        "1. Summarise the main points\n"
    )
    # Stop 53: the need of the material for the request, and the plan's steps, are the turn too.
    assert spans_of(page, findings_of(linter, page, "llm.assistant-turn")) == [
        "I need the content of the text to complete your request.",
        "Once you provide the text, I will:",
        "1. Summarise the main points",
    ]
    turn = "Drop the link and I'll break the piece down for you in a few lines."
    page = "Council backs budget\n\n" + turn + "\n"
    assert spans_of(page, findings_of(linter, page, "llm.assistant-turn")) == [turn]


def test_a_reporters_call_for_tips_is_not_an_assistant(linter: Linter) -> None:
    for ending in (
        "If you have information or documents about the deal, please share them with me.",
        "If you send me the text of your speech, I will print it in full next week.",
        "As mayor, I will:\n\n1. Cut the rates.",
    ):
        page = "Council backs budget\n\nThe council approved the budget on Monday.\n\n" + ending
        assert findings_of(linter, page, "llm.assistant-turn") == [], ending


def test_prompt_text_is_a_leak_but_a_teachers_instruction_is_news(linter: Linter) -> None:
    leak = "Write a news article about the harbour fire in a neutral tone."
    page = leak + "\n\nThe fire started at dawn.\n"
    assert spans_of(page, findings_of(linter, page, "llm.prompt-leak")) == [leak[:-1]]
    for text in (
        "“Write a news article about the fire,” the teacher told the class.",
        "Pupils were asked to write a news article about the fire for the school paper.",
        "You are a reader first, the editor said; write a letter to your MP.",
        # a column that reports its own prompts (review52's probes of 83e0ed3, rewritten)
        "Then I told it to rewrite the following text for children, and it lost a date.",
        "I typed this into the box:\n\nWrite a news article about a bus strike in Hull.\n\nIt did.",
        "You are an award-winning journalist, the app's sign-up page tells every user.",
    ):
        assert findings_of(linter, text, "llm.prompt-leak") == [], text


def test_copy_that_reports_on_ai_stays_silent(linter: Linter) -> None:
    # A story about a chatbot that quotes its refusal and its request, and a tech column that
    # sums up "In conclusion": every word an assistant would use, in reported speech or prose.
    story = (
        "Chatbot refuses to write council story\n\n"
        "Asked for a report on the vote, the bot replied: “I’m sorry, but I cannot provide "
        "real-time news. Please share the text you would like me to summarise.”\n\n"
        "The council said the tool, based on the text provided by its staff, was still on trial. "
        "“Once you provide the text, I will summarise it,” the bot later wrote.\n\n"
        "In conclusion, the trial showed that the tool needs more work, the report said.\n"
    )
    found = [f.rule for f in findings_of(linter, story, "llm.")]
    assert found == [], found


def test_a_columns_outline_and_cheer_are_not_a_models(linter: Linter) -> None:
    # A tech column with its own fact box, a "Conclusion:" heading and a quoted greeting: no
    # markup of a chat answer on the page, so its outline is the writer's.
    column = (
        "What the chatbot boom means for libraries\n\n"
        "Key Points\n\n"
        "Libraries lend laptops; three in four now run classes on AI tools, a survey found.\n\n"
        "“Hey guys! Get ready to learn!” the trainer told a class in Leeds on Tuesday.\n\n"
        "Conclusion: A Cautious Welcome\n\n"
        "In conclusion, librarians are wary but willing, the survey's authors said.\n"
    )
    found = [f.rule for f in findings_of(linter, column, "llm.")]
    assert found == [], found
