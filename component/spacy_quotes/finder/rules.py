"""The rule strategy of stage 1: direct quotes from marks, indirect and mixed from the parse."""
from typing import List, Optional, Tuple

import numpy
from spacy.attrs import IS_PUNCT, IS_SPACE
from spacy.tokens import Doc

from ..attribution.cues import Frame, find_frames, frame_content_ok
from ..paragraphs import cached, char_to_token_span, doc_text
from ..records import new_quote_row
from .marks import find_marked_spans

FRAME_CONFIDENCE = {"verb": 0.9, "according": 0.85, "headline": 0.8, "lead-in": 0.75}


def marked_token_spans(doc: Doc) -> List[Tuple[int, int, bool]]:
    """Direct-quote candidates as token offsets: (start, end, single_marks)."""
    def compute():
        spans = []
        for marked in find_marked_spans(doc_text(doc)):
            span = char_to_token_span(doc, marked.start, marked.end)
            if span is not None:
                spans.append((span[0], span[1], marked.single))
        return spans

    return list(cached(doc, "marked", compute))


def word_prefix(doc: Doc) -> numpy.ndarray:
    """Prefix sums of the tokens that are neither punctuation nor space, read once per doc."""
    def compute():
        words = doc.to_array([IS_PUNCT, IS_SPACE]).reshape((len(doc), 2)).sum(axis=1) == 0
        return numpy.concatenate(([0], numpy.cumsum(words, dtype="int64")))

    return cached(doc, "word_prefix", compute)


def word_count(doc: Doc, start: int, end: int) -> int:
    """Tokens in [start, end) that are neither punctuation nor space (the finder counts
    the words of every candidate span)."""
    prefix = word_prefix(doc)
    return int(prefix[max(0, min(end, len(doc)))] - prefix[max(0, min(start, len(doc)))]) if end > start else 0


def _overlap(a: Tuple[int, int], b: Tuple[int, int]) -> int:
    return max(0, min(a[1], b[1]) - max(a[0], b[0]))


def _interrupting_frame(doc: Doc, start: int, end: int, frames: List[Frame]) -> Optional[Frame]:
    """"“Okay,” she said, ...": a short quote closed by a comma, question or exclamation
    mark and followed at once by its speaker and reporting verb is speech, not a scare quote."""
    if end - start < 3 or doc[end - 2].text not in (",", "?", "!") or not doc[start].is_quote:
        return None
    for frame in frames:
        if frame.source == "verb" and frame.speaker and end <= frame.cue[0] <= end + 4 and end <= frame.speaker[0] <= end + 4:
            if "\n" not in doc[end - 1 : max(frame.cue[1], frame.speaker[1])].text:
                return frame
    return None


def find_quotes(doc: Doc, min_words: int = 4, marked=None, frames: Optional[List[Frame]] = None) -> List[dict]:
    """Quote rows for a document: direct, indirect and mixed.

    doc (Doc): a parsed document.
    min_words (int): a quoted stretch with fewer words and no cue is a scare quote.
    marked (list): direct candidates, when another strategy supplies them.
    frames (List[Frame]): reporting frames, when already computed.
    RETURNS (List[dict]): rows for `doc._.quote_table`, sorted by start.
    """
    marked = marked_token_spans(doc) if marked is None else marked
    frames = find_frames(doc) if frames is None else frames
    rows: List[dict] = []
    taken: List[Tuple[int, int]] = []
    used_marks = set()
    attributed = {}  # marked index -> frame

    def in_marks(i: int) -> Optional[int]:
        for k, (s, e, _) in enumerate(marked):
            if s <= i < e:
                return k
        return None

    candidates = [f for f in frames if frame_content_ok(f)]
    # the outermost report wins: PolNeAR gives each token to one attribution
    candidates.sort(key=lambda f: -(f.content[1] - f.content[0]))
    for frame in candidates:
        if in_marks(frame.cue[0]) is not None:
            continue  # a report inside a direct quote belongs to that quote
        content = frame.content
        words = max(1, word_count(doc, *content))
        inside = [k for k, m in enumerate(marked) if _overlap(content, m[:2])]
        covered = sum(word_count(doc, max(content[0], marked[k][0]), min(content[1], marked[k][1])) for k in inside)
        # a quote with at most "that" outside its marks is direct; more makes it mixed
        # a quote with words of the report outside its marks is mixed, even one word:
        # PolNeAR makes 'said that “...”' and 'called him “a stiff”' mixed
        if inside and words - covered <= 0:
            for k in inside:
                attributed.setdefault(k, frame)
            continue
        start = min([content[0]] + [marked[k][0] for k in inside])
        end = max([content[1]] + [marked[k][1] for k in inside])
        if frame.speaker and frame.speaker[0] >= start and frame.speaker[1] <= end:
            continue  # a parse that swallowed its own speaker
        if any(_overlap((start, end), span) for span in taken) or (frame.cue[0] >= start and frame.cue[0] < end):
            continue
        kind = "MIXED" if inside else "INDIRECT"
        used_marks.update(inside)
        taken.append((start, end))
        rows.append(new_quote_row(start, end, kind, frame.cue, frame.speaker, FRAME_CONFIDENCE[frame.source]))
        rest = frame.rest
        if rest and not any(_overlap(rest, span) for span in taken) and not any(_overlap(rest, m[:2]) for m in marked):
            if not (rest[0] <= frame.cue[0] < rest[1]) and not (frame.speaker and _overlap(rest, frame.speaker)):
                taken.append(rest)
                rows.append(new_quote_row(rest[0], rest[1], "INDIRECT", frame.cue, frame.speaker, FRAME_CONFIDENCE[frame.source]))
    for k, (start, end, single) in enumerate(marked):
        if k in used_marks or any(_overlap((start, end), span) for span in taken):
            continue
        frame = attributed.get(k)
        if frame is None and word_count(doc, start, end) < min_words:
            frame = _interrupting_frame(doc, start, end, frames)
        if frame is None and word_count(doc, start, end) < min_words:
            continue
        if frame is None and single and word_count(doc, start, end) < min_words + 2:
            continue
        row = new_quote_row(start, end, "DIRECT")
        if frame is not None:
            row.update(cue=list(frame.cue), speaker=list(frame.speaker) if frame.speaker else None,
                       confidence=FRAME_CONFIDENCE[frame.source])
        rows.append(row)
    rows.sort(key=lambda row: (row["start"], row["end"]))
    return rows
