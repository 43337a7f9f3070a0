"""Paragraphs as token ranges: news sentences never report across a line break,
though the parser's sentences sometimes run over one (headlines, page furniture)."""
from bisect import bisect_right
from typing import Optional, Tuple

from spacy.tokens import Doc


class Paragraphs:
    """Paragraph index and bounds of any token of a document."""

    def __init__(self, doc: Doc):
        self.n = len(doc)
        self.starts = [0] + [t.i + 1 for t in doc if "\n" in t.text_with_ws and t.i + 1 < len(doc)]

    def of(self, token_i: int) -> int:
        return bisect_right(self.starts, token_i) - 1

    def bounds(self, token_i: int) -> Tuple[int, int]:
        k = self.of(token_i)
        end = self.starts[k + 1] if k + 1 < len(self.starts) else self.n
        return self.starts[k], end

    def clip(self, span: Optional[Tuple[int, int]], anchor: int) -> Optional[Tuple[int, int]]:
        """The part of a span inside the anchor token's paragraph, None if empty."""
        if span is None:
            return None
        lo, hi = self.bounds(anchor)
        start, end = max(span[0], lo), min(span[1], hi)
        return (start, end) if start < end else None
