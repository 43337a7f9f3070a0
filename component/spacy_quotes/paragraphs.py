"""Paragraphs and sentences as token ranges, computed once per doc.

News sentences never report across a line break, though the parser's sentences
sometimes run over one (headlines, page furniture). Every stage asks for these
bounds, so they are computed with numpy once per doc and cached (weakly: the
cache dies with the doc); `cached` does the same for other per-doc evidence
(quotation marks, reporting frames) that several stages read.
"""
import re
import weakref
from bisect import bisect_right
from typing import Callable, List, Optional, Tuple

import numpy
from spacy.attrs import IDX, LENGTH, SENT_START
from spacy.tokens import Doc, Span

_CACHE: "weakref.WeakKeyDictionary[Doc, dict]" = weakref.WeakKeyDictionary()


def cached(doc: Doc, key: str, compute: Callable[[], object]):
    """The value of compute() for this doc, computed once while the doc's tokens and
    annotations stay as they are."""
    # the stages never retokenize nor re-parse, so the length tells a stale entry;
    # has_annotation() would read every token of an unparsed doc on each call
    stamp = len(doc)
    entry = _CACHE.get(doc)
    if entry is None or entry["stamp"] != stamp:
        entry = {"stamp": stamp}
        _CACHE[doc] = entry
    if key not in entry:
        entry[key] = compute()
    return entry[key]


def doc_text(doc: Doc) -> str:
    """doc.text, joined once: spaCy rebuilds it from every token on each access."""
    return cached(doc, "text", lambda: doc.text)


def noun_chunks(doc: Doc) -> List[Span]:
    """The doc's noun chunks, computed once (several stages read them); none without a parse."""
    return cached(doc, "noun_chunks", lambda: list(doc.noun_chunks) if doc.has_annotation("DEP") else [])


def token_offsets(doc: Doc) -> numpy.ndarray:
    """Character offset of each token, for char → token lookups with searchsorted."""
    return cached(doc, "idx", lambda: doc.to_array(IDX).astype("int64") if len(doc) else numpy.zeros((0,), "int64"))


def char_to_token_span(doc: Doc, start_char: int, end_char: int) -> Optional[Tuple[int, int]]:
    """The tokens covering [start_char, end_char), as `char_span(alignment_mode="expand")`."""
    idx = token_offsets(doc)
    if not len(idx) or end_char <= start_char:
        return None
    start = max(0, int(numpy.searchsorted(idx, start_char, side="right")) - 1)
    ends = cached(doc, "ends", lambda: idx + doc.to_array(LENGTH).astype("int64"))
    if start_char >= ends[start]:
        start += 1  # the offset is in the whitespace after a token
    end = int(numpy.searchsorted(idx, end_char - 1, side="right"))
    return (start, end) if end > start else None


def sentence_starts(doc: Doc) -> List[int]:
    """Token index of each sentence start (the parser's or a sentencizer's)."""
    def compute():
        if not len(doc) or not (doc.has_annotation("SENT_START") or doc.has_annotation("DEP")):
            return [0]
        flags = doc.to_array(SENT_START)
        starts = numpy.flatnonzero(flags == 1)
        starts = starts if len(starts) and starts[0] == 0 else numpy.concatenate([[0], starts])
        return [int(s) for s in starts]
    return cached(doc, "sents", compute)


def sentence_bounds(doc: Doc, token_i: int) -> Tuple[int, int]:
    """[start, end) of the sentence holding a token; the whole doc without sentences."""
    starts = sentence_starts(doc)
    k = bisect_right(starts, token_i) - 1
    end = starts[k + 1] if k + 1 < len(starts) else len(doc)
    return starts[k], end


class Paragraphs:
    """Paragraph index and bounds of any token of a document."""

    def __init__(self, doc: Doc):
        self.n = len(doc)
        idx = token_offsets(doc)
        newlines = numpy.array([m.start() for m in re.finditer("\n", doc_text(doc))], dtype="int64")
        # the token holding a newline (a space token or trailing whitespace) ends a paragraph
        holders = numpy.searchsorted(idx, newlines, side="right") - 1 if len(idx) else newlines
        starts = numpy.unique(holders + 1)
        self.starts = [0] + [int(s) for s in starts if 0 < s < self.n]

    @classmethod
    def of_doc(cls, doc: Doc) -> "Paragraphs":
        return cached(doc, "paragraphs", lambda: cls(doc))

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
