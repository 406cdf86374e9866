"""newslint: find what machine translation, spinners, OCR and scrapers leave in news copy."""

__version__ = "0.1.0"

__all__ = ["__version__", "score"]


def score(text: str, **options: object) -> dict[str, object]:
    """Artifact counts and densities of one document; see `newslint.scoring.score`."""
    from newslint.scoring import score as _score

    return _score(text, **options)  # type: ignore[arg-type]
