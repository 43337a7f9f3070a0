"""The rule strategy of stage 2: a cue and a speaker for every quote that has none yet.

In order of trust: a reporting frame in the quote's own sentences or the one
after it in the same paragraph ("..." said Caddell); a dash sign-off
("... " —Commissioner Jane Doe); a lead-in ending in a colon just before the quote
("Caddell continued:"); and, last, the previous quote of the same paragraph or of
the paragraph before (an interrupted quote, a follow-on quote paragraph).
"""
from typing import List, Optional, Tuple

from spacy.tokens import Doc

from ..paragraphs import Paragraphs
from .cues import Frame, find_frames, phrase

DASHES = {"—", "–", "--", "-", "―"}
CONFIDENCE = {"frame": 0.85, "dash": 0.8, "colon": 0.8, "inherited": 0.6, "none": 0.3}
MAX_DISTANCE = 40  # tokens between a quote and a cue outside its sentences


def _inside_any(i: int, rows: List[dict]) -> bool:
    return any(row["start"] <= i < row["end"] for row in rows)


def _nearby_frame(doc: Doc, row: dict, frames: List[Frame], rows: List[dict], paragraphs: Paragraphs) -> Optional[Frame]:
    first, last = doc[row["start"]], doc[row["end"] - 1]
    lo = first.sent.start
    hi = last.sent.end
    if hi < len(doc) and paragraphs.of(hi) == paragraphs.of(row["end"] - 1):
        hi = doc[hi].sent.end  # "..." then the next sentence: "Lavrov said."
    para = {paragraphs.of(row["start"]), paragraphs.of(row["end"] - 1)}
    best, best_distance = None, None
    for frame in frames:
        cue = frame.cue[0]
        if frame.speaker is None or not (lo <= cue < hi) or paragraphs.of(cue) not in para:
            continue
        if _inside_any(cue, rows):
            continue
        distance = row["start"] - cue if cue < row["start"] else cue - row["end"]
        if distance > MAX_DISTANCE:
            continue
        # a cue after the quote is the usual news order; prefer it on ties
        if best is None or distance < best_distance:
            best, best_distance = frame, distance
    return best


def _dash_signoff(doc: Doc, row: dict) -> Optional[Tuple[Tuple[int, int], Tuple[int, int]]]:
    i = row["end"]
    while i < len(doc) and doc[i].is_space:
        i += 1
    if i >= len(doc) or doc[i].text not in DASHES:
        return None
    start = end = i + 1
    while end < len(doc) and end - start <= 12 and not doc[end].is_space and doc[end].text != ".":
        end += 1
        if "\n" in doc[end - 1].text_with_ws:
            break
    names = [t for t in doc[start:end] if t.ent_type_ in ("PERSON", "ORG") or t.is_title]
    if not names or end - start > 12:
        return None
    return (i, i + 1), (start, end)


def _colon_lead_in(doc: Doc, row: dict, frames: List[Frame]) -> Optional[Frame]:
    i = row["start"] - 1
    while i >= 0 and doc[i].is_space:
        i -= 1
    if i < 0 or doc[i].text != ":":
        return None
    sent = doc[i].sent
    for frame in frames:
        if sent.start <= frame.cue[0] < i + 1 and frame.speaker is not None:
            return frame
    # "From Lavrov:" and "Caddell:" lead-ins have no verb
    names = [ent for ent in doc.ents if sent.start <= ent.start and ent.end <= i and ent.label_ in ("PERSON", "ORG", "GPE")]
    if names:
        return Frame((i, i + 1), (names[-1].start, names[-1].end), None, "colon")
    return None


def attribute(doc: Doc, rows: List[dict], frames: Optional[List[Frame]] = None) -> List[dict]:
    """Fill `cue`, `speaker` and `confidence` of rows that lack a speaker.

    doc (Doc): a parsed document.
    rows (List[dict]): quote rows, sorted by start.
    RETURNS (List[dict]): the same rows, completed in place.
    """
    frames = find_frames(doc) if frames is None else frames
    paragraphs = Paragraphs(doc)
    previous = None
    for row in rows:
        if row.get("speaker") is None:
            found, confidence = None, CONFIDENCE["none"]
            frame = _nearby_frame(doc, row, frames, rows, paragraphs)
            if frame is not None:
                found, confidence = (frame.cue, frame.speaker), CONFIDENCE["frame"]
            if found is None:
                found = _dash_signoff(doc, row)
                confidence = CONFIDENCE["dash"] if found else confidence
            if found is None:
                frame = _colon_lead_in(doc, row, frames)
                if frame is not None:
                    found, confidence = (frame.cue, frame.speaker), CONFIDENCE["colon"]
            if found is None and previous is not None and previous.get("speaker"):
                gap = paragraphs.of(row["start"]) - paragraphs.of(previous["end"] - 1)
                starts_paragraph = row["start"] == paragraphs.starts[paragraphs.of(row["start"])] or all(
                    t.is_space for t in doc[paragraphs.starts[paragraphs.of(row["start"])] : row["start"]]
                )
                if gap == 0 or (gap == 1 and starts_paragraph and row["kind"] == "DIRECT"):
                    found, confidence = (previous["cue"], previous["speaker"]), CONFIDENCE["inherited"]
            if found is not None:
                cue, speaker = found
                row["cue"] = list(cue) if cue else None
                row["speaker"] = list(speaker) if speaker else None
            row["confidence"] = max(row.get("confidence") or 0.0, confidence) if found else confidence
        previous = row
    return rows
