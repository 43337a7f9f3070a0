"""The rule strategy of stage 2: a cue and a speaker for every quote that has none yet.

In order of trust: a reporting frame in the quote's own sentences or the one
after it in the same paragraph ("..." said Caddell); a dash sign-off
("... " —Commissioner Jane Doe); a lead-in ending in a colon just before the quote
("Caddell continued:"); and, last, the previous quote of the same paragraph or of
the paragraph before (an interrupted quote, a follow-on quote paragraph).
"""
from typing import List, Optional, Tuple

from spacy.tokens import Doc

from ..paragraphs import Paragraphs, sentence_bounds
from .cues import Frame, cue_group, find_frames, phrase, source_phrase
from ..records import CUE_CANDIDATES, SOURCE_CANDIDATES
from .linker import SourceLinker, candidate_spans, features, source_prefix

DASHES = {"—", "–", "--", "-", "―"}
CONFIDENCE = {"frame": 0.85, "dash": 0.8, "colon": 0.8, "governing": 0.8, "inherited": 0.6, "none": 0.3}
MAX_DISTANCE = 40  # tokens between a quote and a cue outside its sentences


def _inside_any(i: int, rows: List[dict]) -> bool:
    return any(row["start"] <= i < row["end"] for row in rows)


def _nearby_frame(doc: Doc, row: dict, frames: List[Frame], rows: List[dict], paragraphs: Paragraphs) -> Optional[Frame]:
    lo = sentence_bounds(doc, row["start"])[0]
    hi = sentence_bounds(doc, row["end"] - 1)[1]
    if hi < len(doc) and paragraphs.of(hi) == paragraphs.of(row["end"] - 1):
        hi = sentence_bounds(doc, hi)[1]  # "..." then the next sentence: "Lavrov said."
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
    last = doc[i - 1].text if i else ""
    if len(last) > 1 and last[-1] in DASHES and not last[:-1].strip("”’\"'"):
        # the tokenizer leaves a dash glued to the closing mark: “...”― Ann Lee
        i -= 1
    else:
        while i < len(doc) and doc[i].is_space:
            i += 1
        if i >= len(doc) or doc[i].text not in DASHES:
            return None
    start = i + 1
    # "― Ann Lee" is often written with a no-break space after the dash
    while start < len(doc) and doc[start].is_space and "\n" not in doc[start].text:
        start += 1
    end = start
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
    sent_start = sentence_bounds(doc, i)[0]
    for frame in frames:
        if sent_start <= frame.cue[0] < i + 1 and frame.speaker is not None:
            return frame
    # "She went on:", "Kerry wrote back:": a verb of any kind just before the colon, and its subject
    verb = doc[i - 1] if i > sent_start else None
    while verb is not None and verb.pos_ not in ("VERB", "AUX") and verb.i > sent_start and verb.dep_ in ("prt", "advmod"):
        verb = doc[verb.i - 1]
    if verb is not None and verb.pos_ == "VERB":
        subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
        if subject is not None and subject.i >= sent_start:
            return Frame((cue_group(verb)[0], i + 1), source_phrase(subject), None, "colon")
    # "From Lavrov:" and "Caddell:" lead-ins have no verb
    names = [ent for ent in doc.ents if sent_start <= ent.start and ent.end <= i and ent.label_ in ("PERSON", "ORG", "GPE")]
    if names:
        ent = names[-1]
        # the whole noun phrase, titles included ("Senator Mark Ellis"), up to the colon
        start, end = phrase(ent.root)
        start, end = max(start, sent_start), min(max(end, ent.end), i)
        if start > ent.start:
            start = ent.start
        cue = (i, i + 1)
        # "From Senator Mark Ellis:" - the preposition is the cue
        if start > 0 and doc[start - 1].lower_ == "from":
            cue = (start - 1, start)
        return Frame(cue, (start, end), None, "colon")
    return None


def _governing_verb(doc: Doc, row: dict, rows: List[dict]) -> Optional[Frame]:
    """A marked quote that is an argument of a verb of any kind, whose subject comes before
    it: "Moore thanked him for “...”", "X is labeling the plan “...”" (PolNeAR attributes
    these to the subject, with the verb as the cue)."""
    inside = [t for t in doc[row["start"] : row["end"]] if not (t.is_quote or t.is_punct or t.is_space)]
    if not inside:
        return None
    node = inside[0]
    while node.head.i != node.i and row["start"] <= node.head.i < row["end"]:
        node = node.head
    verb = node.head if node.head.i != node.i else None
    while verb is not None and verb.pos_ != "VERB" and verb.head.i != verb.i and verb.dep_ in ("prep", "pobj", "dobj"):
        verb = verb.head
    if verb is None or verb.pos_ != "VERB" or row["start"] <= verb.i < row["end"]:
        return None
    subject = next((c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or subject.i >= row["start"] or _inside_any(subject.i, rows) or subject.lower_ in ("it", "this", "that"):
        return None
    return Frame(cue_group(verb), source_phrase(subject), None, "verb")


def _linked_candidates(row: dict, rows: List[dict], cues: List[Tuple[int, int]],
                       sources: List[Tuple[int, int]], paragraphs: Paragraphs):
    """The tagger's cue nearest the quote in its paragraph, and the source nearest that cue."""
    para = {paragraphs.of(row["start"]), paragraphs.of(row["end"] - 1)}
    best, best_distance = None, None
    for cue in cues:
        distance = row["start"] - cue[1] if cue[1] <= row["start"] else cue[0] - row["end"]
        if not 0 <= distance <= MAX_DISTANCE or (best is not None and distance >= best_distance):
            continue
        if paragraphs.of(cue[0]) in para and not _inside_any(cue[0], rows):
            best, best_distance = cue, distance
    if best is None:
        return None
    speaker, speaker_distance = None, None
    for source in sources:
        distance = best[0] - source[1] if source[1] <= best[0] else source[0] - best[1]
        if not 0 <= distance <= 15 or (speaker is not None and distance >= speaker_distance):
            continue
        if paragraphs.of(source[0]) == paragraphs.of(best[0]) and not _inside_any(source[0], rows):
            speaker, speaker_distance = source, distance
    if speaker is None:
        return None
    return best, speaker


def _relink(doc: Doc, row: dict, rows: List[dict], frames: List[Frame], cues, sources, paragraphs: Paragraphs,
            prefix, found, path: str, linker: Optional[SourceLinker], collect: Optional[list]):
    """The rules' (cue, speaker) with the speaker the linker prefers among the candidates."""
    rule_speaker = tuple(found[1]) if found is not None and found[1] else None
    spans = candidate_spans(doc, row, rows, frames, cues, sources, paragraphs)
    candidates, matrix = features(doc, row, spans, rule_speaker, path, cues, paragraphs, prefix)
    if collect is not None:
        collect.append((row, candidates, matrix))
    choice = linker.choose(candidates, matrix) if linker is not None else None
    if choice is None or choice == rule_speaker:
        return found
    # the rules' cue stays: taking the chosen speaker's own cue matched PolNeAR's cues less often
    # (dev cue exact F 0.689 → 0.683)
    return (found[0] if found is not None else None), choice


def attribute(doc: Doc, rows: List[dict], frames: Optional[List[Frame]] = None,
              linker: Optional[SourceLinker] = None, collect: Optional[list] = None) -> List[dict]:
    """Fill `cue`, `speaker` and `confidence` of rows that lack a speaker; with the tagger's
    candidates and a linker, re-rank the speaker of every row (those the finder's rules found too).

    doc (Doc): a parsed document.
    rows (List[dict]): quote rows, sorted by start.
    linker (SourceLinker): re-ranks the speaker among the candidates around each quote
        when the finder's tagger ran (its candidate spans are in doc.spans).
    collect (list): if given, receives (row, candidates, feature matrix) per quote, for training.
    RETURNS (List[dict]): the same rows, completed in place.
    """
    frames = find_frames(doc) if frames is None else frames
    paragraphs = Paragraphs.of_doc(doc)
    cues = [(span.start, span.end) for span in doc.spans.get(CUE_CANDIDATES, [])]
    sources = [(span.start, span.end) for span in doc.spans.get(SOURCE_CANDIDATES, [])]
    learned = (linker is not None or collect is not None) and SOURCE_CANDIDATES in doc.spans
    prefix = source_prefix(doc) if learned else None
    previous = None
    for row in rows:
        if row.get("speaker") is None:
            found, path = _linked_candidates(row, rows, cues, sources, paragraphs), "frame"
            if found is None:
                frame = _nearby_frame(doc, row, frames, rows, paragraphs)
                found = (frame.cue, frame.speaker) if frame is not None else None
            if found is None:
                found, path = _dash_signoff(doc, row), "dash"
            if found is None:
                frame = _colon_lead_in(doc, row, frames)
                found, path = ((frame.cue, frame.speaker) if frame is not None else None), "colon"
            if found is None and row["kind"] != "INDIRECT":
                frame = _governing_verb(doc, row, rows)
                found, path = ((frame.cue, frame.speaker) if frame is not None else None), "governing"
            if found is None and previous is not None and previous.get("speaker"):
                gap = paragraphs.of(row["start"]) - paragraphs.of(previous["end"] - 1)
                starts_paragraph = row["start"] == paragraphs.starts[paragraphs.of(row["start"])] or all(
                    t.is_space for t in doc[paragraphs.starts[paragraphs.of(row["start"])] : row["start"]]
                )
                if gap == 0 or (gap == 1 and starts_paragraph and row["kind"] == "DIRECT"):
                    found, path = (previous["cue"], previous["speaker"]), "inherited"
            path = path if found is not None else "none"
            if learned:
                found = _relink(doc, row, rows, frames, cues, sources, paragraphs, prefix, found, path, linker, collect)
            if found is not None:
                cue, speaker = found
                # a cue of the quote's own frame stays ("Asked whether ..., Lee said"): only its speaker is sought
                row["cue"] = row.get("cue") or (list(cue) if cue else None)
                row["speaker"] = list(speaker) if speaker else None
            # how sure the finder was of the content, times how sure this path is of the speaker
            row["confidence"] = (row.get("confidence") or 1.0) * CONFIDENCE[path]
        elif learned:
            # the finder's rules found this quote in a reporting frame, with its speaker
            found = (row.get("cue"), tuple(row["speaker"]))
            found = _relink(doc, row, rows, frames, cues, sources, paragraphs, prefix, found, "finder", linker, collect)
            row["speaker"] = list(found[1])
        previous = row
    return rows
