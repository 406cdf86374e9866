"""A Spark recipe: a pandas UDF that returns the newslint score as a struct column.

from pyspark.sql import functions as F
from newslint.integrations.spark import score_udf

frame = spark.read.json("dump/")
scored = frame.withColumn("newslint", score_udf()(F.col("text")))
scored.where(F.col("newslint.density") <= 5.0).drop("newslint").write.json("clean/")
"""

from __future__ import annotations

from typing import Any

import pandas  # at module level: Spark reads the UDF's type hints from this module's globals

from newslint.scoring import FIELDS, is_float_field


def score_schema() -> Any:
    from pyspark.sql.types import DoubleType, LongType, StructField, StructType

    def kind(name: str) -> Any:
        return DoubleType() if is_float_field(name) else LongType()

    return StructType([StructField(name, kind(name)) for name in FIELDS])


def score_udf(grammar: str | None = "off", select: tuple[str, ...] = (), ignore: tuple[str, ...] = (),
              config: str | None = None, context: bool | None = None,
              skip_bad_records: bool = False) -> Any:  # fmt: skip
    """A vectorised UDF: texts in, score structs out (the scorer is built once per executor process).
    With `skip_bad_records`, a text that is null (as `spark.read.json` gives for a record without
    the field) gets null score fields instead of stopping the job: `density <= 5` leaves it out."""
    from pyspark.sql.functions import pandas_udf

    settings = {
        "grammar": grammar,
        "select": tuple(select),
        "ignore": tuple(ignore),
        "config": config,
        "context": context,
    }

    @pandas_udf(score_schema())  # type: ignore[call-overload]
    def newslint_score(texts: pandas.Series) -> pandas.DataFrame:
        from newslint.integrations.spark import score_batch

        return score_batch(texts, settings, skip_bad_records)

    return newslint_score


def score_batch(texts: pandas.Series, settings: dict[str, Any], skip_bad_records: bool = False) -> pandas.DataFrame:  # fmt: skip
    """The score fields of a batch of texts, a row each (null fields for a text skipped)."""
    from newslint.integrations.rows import score_row
    from newslint.scoring import scorer

    score = scorer(**settings)
    where = "text {} of a batch of " + str(len(texts))
    rows = [
        dict.fromkeys(FIELDS)
        if skip_bad_records and not isinstance(text, str)
        else score_row(score, text, where.format(n + 1))
        for n, text in enumerate(texts)
    ]
    return pandas.DataFrame(rows, columns=list(FIELDS))
