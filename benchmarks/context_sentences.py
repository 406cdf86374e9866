"""Single-error news sentences written for this benchmark (the project's own text), each with its
corrected form: the kinds of real-word and agreement errors Harper's news profile misses."""

# (kind, sentence with one error, the corrected sentence)
SENTENCES: list[tuple[str, str, str]] = [
    (
        "agreement",
        "Residents was told to boil their water until further notice.",
        "Residents were told to boil their water until further notice.",
    ),
    (
        "agreement",
        "The council members has voted to delay the budget until spring.",
        "The council members have voted to delay the budget until spring.",
    ),
    (
        "agreement",
        "Each of the candidates have promised to release their tax returns.",
        "Each of the candidates has promised to release their tax returns.",
    ),
    (
        "agreement",
        "The new figures shows that unemployment fell for a third month.",
        "The new figures show that unemployment fell for a third month.",
    ),
    (
        "agreement",
        "Two firefighters was injured when the roof of the warehouse collapsed.",
        "Two firefighters were injured when the roof of the warehouse collapsed.",
    ),
    (
        "agreement",
        "The governor say the state will appeal the ruling next week.",
        "The governor says the state will appeal the ruling next week.",
    ),
    (
        "weather/whether",
        "Officials have not decided weather the bridge will reopen on Monday.",
        "Officials have not decided whether the bridge will reopen on Monday.",
    ),
    (
        "weather/whether",
        "The whether service warned of flooding along the coast overnight.",
        "The weather service warned of flooding along the coast overnight.",
    ),
    (
        "than/then",
        "Turnout was higher then in any election since 1992, officials said.",
        "Turnout was higher than in any election since 1992, officials said.",
    ),
    (
        "than/then",
        "The senator spoke for an hour and than left without taking questions.",
        "The senator spoke for an hour and then left without taking questions.",
    ),
    (
        "its/it's",
        "The company said it's profits had doubled over the past year.",
        "The company said its profits had doubled over the past year.",
    ),
    (
        "its/it's",
        "The mayor said its too early to say how much the repairs will cost.",
        "The mayor said it's too early to say how much the repairs will cost.",
    ),
    (
        "who's/whose",
        "The driver, who's car was found near the river, has not been named.",
        "The driver, whose car was found near the river, has not been named.",
    ),
    (
        "who's/whose",
        "Police are still trying to identify the man whose been seen near the school.",
        "Police are still trying to identify the man who's been seen near the school.",
    ),
    (
        "their/they're",
        "Local farmers say they're crops were ruined by the late frost.",
        "Local farmers say their crops were ruined by the late frost.",
    ),
    (
        "their/they're",
        "The players said their ready for the final after a long season.",
        "The players said they're ready for the final after a long season.",
    ),
    (
        "their/there",
        "Their were no injuries reported after the small earthquake on Sunday.",
        "There were no injuries reported after the small earthquake on Sunday.",
    ),
    (
        "affect/effect",
        "The new rules will not effect people who already hold a licence.",
        "The new rules will not affect people who already hold a licence.",
    ),
    (
        "lose/loose",
        "Shoppers could loose access to their accounts during the upgrade.",
        "Shoppers could lose access to their accounts during the upgrade.",
    ),
    (
        "participle",
        "Fans said they were very exciting about the team's return to the league.",
        "Fans said they were very excited about the team's return to the league.",
    ),
    (
        "advice/advise",
        "Doctors advice older patients to stay indoors during the heatwave.",
        "Doctors advise older patients to stay indoors during the heatwave.",
    ),
    (
        "principle",
        "The principle reason for the delay was a shortage of parts, the firm said.",
        "The principal reason for the delay was a shortage of parts, the firm said.",
    ),
]
