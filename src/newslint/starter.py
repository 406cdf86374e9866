"""The commented settings file `newslint init` writes."""

STARTER = """\
# newslint settings: the nearest .newslint.yaml above a file applies to it.
# Every key is optional; `newslint check --show-settings FILE` prints what applies.

# Rule ids or pack prefixes to run (default: all) and to skip.
# select: [mt, structure, typography, consistency, ocr, encoding, scrape, llm, grammar]
ignore: []

# Per-rule severity: error | warning | info.
# severity:
#   typography.double-space: error

# Your own rule packs (files or directories of YAML), relative to this file.
# packs: [styles/house.yaml]

# Paths not to check when walking directories (globs).
exclude: [node_modules, vendor, "_site", "public"]

# Rules to skip for some files only.
# per_file_ignores:
#   "archive/**": [consistency]

# Staff names, so a misspelt byline ("Erik Schmitt" for "Eric Schmitt") is caught.
# staff: staff.txt

# Names and terms that are not spelling errors: a list, or a file with one per line.
# vocabulary: [Psaki, Blinken]
# vocabulary: names.txt

# House style. Without it, a document that mixes forms is held to its own majority and spelling.
# house_style:
#   honorific: "Mr."        # or "Mr"
#   us: "U.S."              # or "US"
#   quotes: curly           # or straight
#   dates: month-day        # or day-month
#   dialect: american       # or british
#   oxford_comma: false

# Grammar engine: harper (default, offline), languagetool (needs a server or Java), or off.
# grammar:
#   backend: harper
#   url: http://localhost:8081   # a LanguageTool server
#   disable: [SpellCheck]

# Lowest severity that makes the run fail (exit 1): error | warning | info | never.
fail_on: warning
"""
