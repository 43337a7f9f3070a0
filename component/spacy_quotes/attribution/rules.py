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
        ent = names[-1]
        # the whole noun phrase, titles included ("Senator Mark Ellis"), up to the colon
        start, end = phrase(ent.root)
        start, end = max(start, sent.start), min(max(end, ent.end), i)
        if start > ent.start:
            start = ent.start
        cue = (i, i + 1)
        # "From Senator Mark Ellis:" - the preposition is the cue
        if start > 0 and doc[start - 1].lower_ == "from":
            cue = (start - 1, start)
        return Frame(cue, (start, end), None, "colon")
    return None


def _linked_candidates(doc: Doc, row: dict, rows: List[dict], paragraphs: Paragraphs):
    """The tagger's cue nearest the quote in its paragraph, and the source nearest that cue."""
    cues = doc.spans.get("quote_cue_candidates", [])
    sources = doc.spans.get("quote_source_candidates", [])
    para = {paragraphs.of(row["start"]), paragraphs.of(row["end"] - 1)}
    best, best_distance = None, None
    for cue in cues:
        if paragraphs.of(cue.start) not in para or _inside_any(cue.start, rows):
            continue
        distance = row["start"] - cue.end if cue.end <= row["start"] else cue.start - row["end"]
        if 0 <= distance <= MAX_DISTANCE and (best is None or distance < best_distance):
            best, best_distance = cue, distance
    if best is None:
        return None
    speaker, speaker_distance = None, None
    for source in sources:
        if paragraphs.of(source.start) != paragraphs.of(best.start) or _inside_any(source.start, rows):
            continue
        distance = best.start - source.end if source.end <= best.start else source.start - best.end
        if 0 <= distance <= 15 and (speaker is None or distance < speaker_distance):
            speaker, speaker_distance = source, distance
    if speaker is None:
        return None
    return (best.start, best.end), (speaker.start, speaker.end)


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
            found = _linked_candidates(doc, row, rows, paragraphs)
            frame = _nearby_frame(doc, row, frames, rows, paragraphs) if found is None else None
            if found is not None:
                confidence = CONFIDENCE["frame"]
            elif frame is not None:
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
            # how sure the finder was of the content, times how sure this path is of the speaker
            row["confidence"] = (row.get("confidence") or 1.0) * confidence
        previous = row
    return rows
