"""The model's byte-level BPE, rebuilt from the vocabulary and merges stored in the GGUF file."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path


class Tokenizer:
    """Text to token ids and back, with each token's character span in the text."""

    def __init__(self, tokens: Sequence[str], merges: Sequence[str]):
        from tokenizers import Tokenizer as HFTokenizer
        from tokenizers import decoders, models, pre_tokenizers

        vocab = {token: index for index, token in enumerate(tokens)}
        pairs = [tuple(merge.split(" ", 1)) for merge in merges]
        model = models.BPE(vocab=vocab, merges=pairs, fuse_unk=False)  # type: ignore[arg-type]
        self._tokenizer = HFTokenizer(model)
        self._tokenizer.pre_tokenizer = pre_tokenizers.ByteLevel(
            add_prefix_space=False, use_regex=True
        )
        self._tokenizer.decoder = decoders.ByteLevel()

    @classmethod
    def from_file(cls, path: Path) -> Tokenizer:
        """A tokenizer saved by `save` (reading it is much faster than parsing the GGUF)."""
        from tokenizers import Tokenizer as HFTokenizer

        tokenizer = cls.__new__(cls)
        tokenizer._tokenizer = HFTokenizer.from_file(str(path))
        return tokenizer

    def save(self, path: Path) -> None:
        self._tokenizer.save(str(path))

    def encode(self, text: str) -> tuple[list[int], list[tuple[int, int]]]:
        encoding = self._tokenizer.encode(text, add_special_tokens=False)
        return list(encoding.ids), [tuple(span) for span in encoding.offsets]  # type: ignore[misc]

    def ids(self, text: str) -> list[int]:
        return list(self._tokenizer.encode(text, add_special_tokens=False).ids)

    def decode(self, ids: Sequence[int]) -> str:
        return str(self._tokenizer.decode(list(ids)))
