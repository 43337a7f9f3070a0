"""Quote and Speaker records, the doc extensions that hold them, and `to_dict`.

What the stages write is kept as plain ints, strings and lists in two user-data
tables (`doc._.quote_table`, `doc._.speaker_table`), so that it survives DocBin,
`to_bytes` and multiprocessing; `doc._.quotes` and `doc._.speakers` are getters
that turn the tables into records with live spans. The span groups of SPEC.md
are views of the tables, rewritten by `write_span_groups` after each stage.
"""
from dataclasses import dataclass, field
from typing import Any, Dict, List, Optional

from spacy.tokens import Doc, Span

QUOTES_KEY = "quotes"
CUES_KEY = "quote_cues"
SPEAKERS_KEY = "quote_speakers"
# the finder tagger's cue and source spans, which the attributor reads and then drops
CUE_CANDIDATES = "quote_cue_candidates"
SOURCE_CANDIDATES = "quote_source_candidates"
KINDS = ("DIRECT", "INDIRECT", "MIXED")


@dataclass
class Speaker:
    """One speaker entity of a document: a person, organisation or group."""

    id: int
    name: Optional[str]
    kind: str
    role: Optional[str]
    affiliation: Optional[str]
    role_modifiers: List[str]
    mentions: List[Span]
    quotes: List["Quote"] = field(default_factory=list, repr=False)

    def to_dict(self) -> Dict[str, Any]:
        return {
            "name": self.name,
            "kind": self.kind,
            "role": self.role,
            "affiliation": self.affiliation,
            "role_modifiers": self.role_modifiers,
            "mentions": [[m.start_char, m.end_char] for m in self.mentions],
            "quotes": len(self.quotes),
        }


@dataclass
class Quote:
    """One quote: its content span, kind, cue and speaker mention, and the
    resolved speaker entity with name, role and affiliation."""

    content: Span
    kind: str
    cue: Optional[Span]
    speaker: Optional[Span]
    confidence: float
    entity: Optional[Speaker] = field(default=None, repr=False)

    @property
    def speaker_name(self) -> Optional[str]:
        return self.entity.name if self.entity is not None else None

    @property
    def role(self) -> Optional[str]:
        return self.entity.role if self.entity is not None else None

    @property
    def affiliation(self) -> Optional[str]:
        return self.entity.affiliation if self.entity is not None else None

    def to_dict(self) -> Dict[str, Any]:
        """RETURNS (dict): the quote in the JSONL schema of SPEC.md."""
        char_span = lambda span: [span.start_char, span.end_char] if span is not None else None
        return {
            "start": self.content.start_char,
            "end": self.content.end_char,
            "type": self.kind.lower(),
            "cue": char_span(self.cue),
            "speaker": char_span(self.speaker),
            "speaker_name": self.speaker_name,
            "role": self.role,
            "affiliation": self.affiliation,
            "confidence": round(float(self.confidence), 4),
        }


def register_extensions() -> None:
    """Register the doc extensions once; safe to call from every factory."""
    if not Doc.has_extension("quote_table"):
        Doc.set_extension("quote_table", default=None)
    if not Doc.has_extension("speaker_table"):
        Doc.set_extension("speaker_table", default=None)
    if not Doc.has_extension("quotes"):
        Doc.set_extension("quotes", getter=get_quotes)
    if not Doc.has_extension("speakers"):
        Doc.set_extension("speakers", getter=get_speakers)


def new_quote_row(start: int, end: int, kind: str, cue=None, speaker=None, confidence=0.0) -> dict:
    """A row of `doc._.quote_table`; token offsets, lists for spans, None when absent."""
    return {
        "start": start,
        "end": end,
        "kind": kind,
        "cue": list(cue) if cue else None,
        "speaker": list(speaker) if speaker else None,
        "confidence": float(confidence),
        "entity": None,
    }


def get_quote_table(doc: Doc) -> List[dict]:
    table = doc._.quote_table
    return table if table is not None else []


def _span(doc: Doc, offsets) -> Optional[Span]:
    return doc[offsets[0] : offsets[1]] if offsets else None


def _build(doc: Doc):
    speakers = [
        Speaker(
            id=i,
            name=row.get("name"),
            kind=row.get("kind", "person"),
            role=row.get("role"),
            affiliation=row.get("affiliation"),
            role_modifiers=list(row.get("role_modifiers") or []),
            mentions=[doc[s:e] for s, e in row.get("mentions", [])],
        )
        for i, row in enumerate(doc._.speaker_table or [])
    ]
    quotes = []
    for row in get_quote_table(doc):
        entity = row.get("entity")
        quote = Quote(
            content=doc[row["start"] : row["end"]],
            kind=row["kind"],
            cue=_span(doc, row.get("cue")),
            speaker=_span(doc, row.get("speaker")),
            confidence=row.get("confidence", 0.0),
            entity=speakers[entity] if entity is not None and entity < len(speakers) else None,
        )
        if quote.entity is not None:
            quote.entity.quotes.append(quote)
        quotes.append(quote)
    return quotes, speakers


def get_quotes(doc: Doc) -> List[Quote]:
    return _build(doc)[0]


def get_speakers(doc: Doc) -> List[Speaker]:
    return _build(doc)[1]


def write_span_groups(doc: Doc) -> None:
    """Rewrite doc.spans["quotes"], ["quote_cues"], ["quote_speakers"] from the table."""
    table = get_quote_table(doc)
    doc.spans[QUOTES_KEY] = [
        Span(doc, row["start"], row["end"], label=row["kind"]) for row in table
    ]
    for key, attr, label in ((CUES_KEY, "cue", "CUE"), (SPEAKERS_KEY, "speaker", "SPEAKER")):
        seen = sorted({tuple(row[attr]) for row in table if row.get(attr)})
        doc.spans[key] = [Span(doc, s, e, label=label) for s, e in seen]


def doc_to_dict(doc: Doc, /, **fields) -> Dict[str, Any]:
    """The document in the JSONL schema of SPEC.md.

    fields: other input fields to keep (the input's `id` among them).
    RETURNS (dict): {"id", "text", "quotes", ...}.
    """
    record = dict(fields)
    record["text"] = doc.text
    record["quotes"] = [quote.to_dict() for quote in doc._.quotes]
    return record
