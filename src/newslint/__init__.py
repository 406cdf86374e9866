"""newslint: find what machine translation, spinners, OCR and scrapers leave in news copy."""

__version__ = "0.1.0"

__all__ = ["__version__"]
