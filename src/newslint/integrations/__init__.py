"""newslint inside the engines data teams already run: datatrove, Dask and Spark.

Each integration calls `newslint.scoring.scorer`, which is cached per process, so rules are
compiled once per worker, not per document. Install the engines with `pip install 'newslint[scale]'`.
"""
