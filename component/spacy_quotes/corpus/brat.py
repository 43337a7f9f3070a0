"""Convert PolNeAR BRAT standoff (Source, Cue, Content tied by Attribution
events) into the JSONL schema of SPEC.md.

Standard library only, so that it can run as a spaCy project step before the
library's heavier dependencies are needed:

    python -m spacy_quotes.corpus.brat RAW_DATA_DIR SPLIT OUTPUT.jsonl

RAW_DATA_DIR is PolNeAR's `data/` folder (holding `metadata.tsv` and one
folder per split with `text/` and `attributions/`).
"""
import argparse
import csv
import json
import logging
import re
import sys
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Sequence, Tuple, Union

logger = logging.getLogger(__name__)

PathLike = Union[str, Path]
Fragment = Tuple[int, int]

SOURCE = "PolNeAR"
LICENSE = "NOASSERTION"
ID_PREFIX = "polnear"
ATTRIBUTION_TYPES = ("Attribution", "Attribution-no-source")
# Event roles, once a numeric suffix is removed ("Content2" -> "Content").
CONTENT, CUE, SOURCE_ROLE = "Content", "Cue", "Source"

# Double quotation marks. NYT texts write `` and '' for them: these are read
# as '"' (left to right, so that ''' reads as '"' then "'") before looking at
# the first and last characters of a content.
OPENING_QUOTES = "\"\u201c\u201e\u00ab"
CLOSING_QUOTES = "\"\u201d\u00bb"
DOUBLE_QUOTES = "\"\u201c\u201d\u201e\u00ab\u00bb"
# Characters that may be (half of) a quotation mark just outside a content.
_QUOTE_CHARS = frozenset("\"'`\u201c\u201d\u201e\u00ab\u00bb")

_ID_LINE = re.compile(r"^([TEARMN#*])\d*\t")
_T_LINE = re.compile(r"^(T\d+)\t(\S+) (\d+ \d+(?:;\d+ \d+)*)\t(.*)$", re.DOTALL)
_E_LINE = re.compile(r"^(E\d+)\t(\S+?):(T\d+)((?: \S+?:T\d+)*) *$")
_ROLE_SUFFIX = re.compile(r"\d+$")


@dataclass
class BratEntity:
    """A text-bound BRAT annotation, e.g. `T12<TAB>Cue 10 14<TAB>said`."""

    id: str
    label: str
    fragments: List[Fragment]
    text: str
    line: int


@dataclass
class BratEvent:
    """A BRAT event, e.g. `E3<TAB>Attribution:T12 Cue:T11 Source:T10 Content:T9`."""

    id: str
    label: str
    trigger: str
    args: List[Tuple[str, str]]
    line: int


def _expected_text_length(fragments: Sequence[Fragment]) -> int:
    # BRAT writes the text of a discontinuous entity as its fragments joined
    # by single spaces.
    return sum(end - start for start, end in fragments) + len(fragments) - 1


def parse_ann(ann_text: str, file_name: str = "<string>") -> Tuple[Dict[str, BratEntity], List[BratEvent]]:
    """Parse the text of a BRAT `.ann` file.

    The text of an entity may span several physical lines when the annotated
    span crosses a line break in the article; such continuation lines are
    joined back onto their entity. Attributes, relations, normalisations and
    notes are accepted and ignored.

    ann_text (str): The content of the `.ann` file.
    file_name (str): The file name, for error messages.
    RETURNS (Tuple[Dict[str, BratEntity], List[BratEvent]]): The text-bound
        entities by id, and the events in file order.
    """
    entities: Dict[str, BratEntity] = {}
    events: List[BratEvent] = []
    lines = ann_text.split("\n")
    i = 0
    while i < len(lines):
        line = lines[i].rstrip("\r")
        lineno = i + 1
        i += 1
        if not line.strip():
            continue
        match = _ID_LINE.match(line)
        if match is None:
            raise ValueError(f"{file_name}:{lineno}: not a BRAT annotation line: {line[:80]!r}")
        kind = match.group(1)
        if kind == "T":
            tm = _T_LINE.match(line)
            if tm is None:
                raise ValueError(f"{file_name}:{lineno}: malformed text-bound annotation: {line[:80]!r}")
            id_, label, spans, text = tm.groups()
            fragments = []
            for part in spans.split(";"):
                start, end = (int(x) for x in part.split(" "))
                if end < start:
                    raise ValueError(f"{file_name}:{lineno}: span end before start in {line[:80]!r}")
                fragments.append((start, end))
            expected = _expected_text_length(fragments)
            # Continuation lines: the annotated text contains line breaks.
            while len(text) < expected and i < len(lines) and _ID_LINE.match(lines[i]) is None:
                text += "\n" + lines[i].rstrip("\r")
                i += 1
            if id_ in entities:
                raise ValueError(f"{file_name}:{lineno}: duplicate annotation id {id_}")
            entities[id_] = BratEntity(id_, label, fragments, text, lineno)
        elif kind == "E":
            em = _E_LINE.match(line)
            if em is None:
                raise ValueError(f"{file_name}:{lineno}: malformed event annotation: {line[:80]!r}")
            id_, label, trigger, rest = em.groups()
            args = []
            for arg in rest.split():
                role, _, target = arg.partition(":")
                args.append((role, target))
            if any(event.id == id_ for event in events):
                raise ValueError(f"{file_name}:{lineno}: duplicate annotation id {id_}")
            events.append(BratEvent(id_, label, trigger, args, lineno))
        # A (attributes), R (relations), M, N and # (notes): not needed.
    for event in events:
        for role, target in [("trigger", event.trigger)] + event.args:
            if target not in entities:
                raise ValueError(
                    f"{file_name}:{event.line}: event {event.id} refers to unknown annotation {target} ({role})"
                )
    return entities, events


def _normalise_quotes(text: str) -> str:
    return text.replace("``", '"').replace("''", '"')


def quote_type(text: str, start: int, end: int) -> str:
    """Derive the quote type of a content span from its quotation marks.

    A content starts at a double quotation mark when it begins with an
    opening one or one ends right before it (annotators often leave the
    marks out of the span, or split a NYT '' in two); likewise for its end
    and a closing mark. A closing mark at the start (a typo such as
    "\u201dMr. Trump ...\u201d") does not open a quote.

    text (str): The document text.
    start (int): The start offset of the content.
    end (int): The end offset of the content (exclusive).
    RETURNS (str): "direct" when the content starts and ends at double
        quotation marks, "mixed" when it contains one elsewhere, else
        "indirect".
    """
    content = _normalise_quotes(text[start:end])
    left = start - 1 if start > 0 and text[start - 1] in _QUOTE_CHARS else start
    right = end + 1 if end < len(text) and text[end] in _QUOTE_CHARS else end
    window = _normalise_quotes(text[left:right])
    starts = content[:1] in OPENING_QUOTES or window[:1] in OPENING_QUOTES
    ends = content[-1:] in CLOSING_QUOTES or window[-1:] in CLOSING_QUOTES
    if content and starts and ends:
        return "direct"
    if any(mark in content for mark in DOUBLE_QUOTES):
        return "mixed"
    return "indirect"


def merge_fragments(text: str, fragments: Sequence[Fragment]) -> List[Fragment]:
    """Join the fragments of a content into the parts that narration splits.

    Fragments separated only by whitespace and punctuation (a paragraph
    break, closing and re-opening quotation marks) are one part; a gap with
    a letter or digit in it ("...," he said, "...") separates two parts.
    Each part is stripped of surrounding whitespace; empty parts are dropped.

    text (str): The document text.
    fragments (Sequence[Fragment]): The (start, end) fragments of a content.
    RETURNS (List[Fragment]): The parts, sorted by offset.
    """
    parts: List[List[int]] = []
    for start, end in sorted(fragments):
        if parts and not any(c.isalnum() for c in text[parts[-1][1]:start]):
            parts[-1][1] = max(parts[-1][1], end)
        else:
            parts.append([start, end])
    stripped = []
    for start, end in parts:
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if start < end:
            stripped.append((start, end))
    return stripped


def _span(entity: Optional[BratEntity]) -> Optional[List[int]]:
    # [start, end] from the first fragment's start to the last one's end.
    if entity is None:
        return None
    return [min(s for s, _ in entity.fragments), max(e for _, e in entity.fragments)]


def read_brat_document(
    text_path: PathLike, ann_path: PathLike, doc_id: str, stats: Optional[Counter] = None
) -> dict:
    """Convert one BRAT-annotated article into a document of the JSONL schema.

    The content fragments of an attribution (a discontinuous Content, and
    Content2) are joined where only whitespace and punctuation separate
    them; each part that narration separates becomes one quote, and the
    quotes of one attribution share its cue and speaker. `cue` and `speaker`
    run from the first fragment's start to the last fragment's end;
    `speaker_name` is the source as written (fragments joined by a space).
    Attributions without content are skipped, logged and counted.

    text_path (PathLike): The article's `.txt` file.
    ann_path (PathLike): The article's `.ann` file.
    doc_id (str): The id to give the document.
    stats (Optional[Counter]): If given, updated with counts: "attributions",
        "quotes", "no_content" (skipped), "no_source", "no_cue",
        "several_sources", "several_cues", "other_events".
    RETURNS (dict): {"id", "text", "quotes"}, quotes sorted by offset.
    """
    text_path, ann_path = Path(text_path), Path(ann_path)
    # newline="" keeps the text exactly as in the file (offsets count "\r").
    with text_path.open(encoding="utf-8", newline="") as f:
        text = f.read()
    with ann_path.open(encoding="utf-8", newline="") as f:
        ann_text = f.read()
    entities, events = parse_ann(ann_text, str(ann_path))
    for entity in entities.values():
        if any(end > len(text) for _, end in entity.fragments):
            raise ValueError(
                f"{ann_path}:{entity.line}: {entity.id} ends beyond the end of "
                f"{text_path.name} ({len(text)} characters)"
            )
        written = " ".join(text[start:end] for start, end in entity.fragments)
        if written != entity.text:
            raise ValueError(
                f"{ann_path}:{entity.line}: the text of {entity.id} ({entity.text[:40]!r}) is not "
                f"what its offsets select in {text_path.name} ({written[:40]!r})"
            )
    counts: Counter = Counter()
    quotes = []
    for event in events:
        if event.label not in ATTRIBUTION_TYPES:
            counts["other_events"] += 1
            continue
        counts["attributions"] += 1
        by_role: Dict[str, List[BratEntity]] = {CONTENT: [], CUE: [], SOURCE_ROLE: []}
        for role, target in event.args:
            base = _ROLE_SUFFIX.sub("", role)
            if base not in by_role:
                raise ValueError(f"{ann_path}:{event.line}: unknown role {role!r} in event {event.id}")
            by_role[base].append(entities[target])
        parts = merge_fragments(text, [frag for entity in by_role[CONTENT] for frag in entity.fragments])
        if not parts:
            counts["no_content"] += 1
            logger.warning("%s:%d: attribution %s has no content: skipped", ann_path, event.line, event.id)
            continue
        sources, cues = by_role[SOURCE_ROLE], by_role[CUE]
        if len(sources) > 1:
            counts["several_sources"] += 1
            logger.warning("%s:%d: attribution %s has several sources: kept the first", ann_path, event.line, event.id)
        if len(cues) > 1:
            counts["several_cues"] += 1
            logger.warning("%s:%d: attribution %s has several cues: kept the first", ann_path, event.line, event.id)
        source = sources[0] if sources else None
        cue = _span(cues[0] if cues else None)
        speaker = _span(source)
        speaker_name = source.text if source is not None else None
        counts["no_source"] += source is None
        counts["no_cue"] += cue is None
        for start, end in parts:
            quotes.append(
                {
                    "start": start,
                    "end": end,
                    "type": quote_type(text, start, end),
                    "cue": cue,
                    "speaker": speaker,
                    "speaker_name": speaker_name,
                }
            )
    quotes.sort(key=lambda q: (q["start"], q["end"]))
    counts["quotes"] += len(quotes)
    if stats is not None:
        stats.update(counts)
    return {"id": doc_id, "text": text, "quotes": quotes}


def _data_dir(raw_data_dir: PathLike) -> Path:
    # PolNeAR's data/ folder, given it or the repository root above it.
    path = Path(raw_data_dir)
    if not (path / "metadata.tsv").exists() and (path / "data" / "metadata.tsv").exists():
        path = path / "data"
    if not (path / "metadata.tsv").exists():
        raise FileNotFoundError(f"{path / 'metadata.tsv'} not found: is {raw_data_dir} PolNeAR's data/ folder?")
    return path


def read_metadata(raw_data_dir: PathLike) -> List[Dict[str, str]]:
    """Read PolNeAR's `metadata.tsv`.

    raw_data_dir (PathLike): PolNeAR's `data/` folder (or the repository
        root holding it).
    RETURNS (List[Dict[str, str]]): One row per article, by column name.
    """
    path = _data_dir(raw_data_dir) / "metadata.tsv"
    with path.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f, delimiter="\t", quoting=csv.QUOTE_NONE))
    for lineno, row in enumerate(rows, start=2):
        for column in ("compartment", "filename", "annotators"):
            if not row.get(column):
                raise ValueError(f"{path}:{lineno}: no {column!r} value")
    return rows


def read_polnear(raw_data_dir: PathLike, split: str, stats: Optional[Counter] = None) -> Iterator[dict]:
    """Convert one split of raw PolNeAR into documents of the JSONL schema.

    Articles with several annotators keep the annotation of the first
    annotator id in sorted order. The counts of what was converted and
    skipped are logged at the end, and added to `stats` as it goes.

    raw_data_dir (PathLike): PolNeAR's `data/` folder (or the repository
        root holding it).
    split (str): The compartment, e.g. "train" or "dev".
    stats (Optional[Counter]): If given, updated with the counts of
        `read_brat_document`, plus "documents".
    YIELDS (dict): {"id", "text", "quotes", "source", "license"}, sorted by id.
    """
    data_dir = _data_dir(raw_data_dir)
    rows = [row for row in read_metadata(data_dir) if row["compartment"] == split]
    if not rows:
        raise ValueError(f"{data_dir / 'metadata.tsv'}: no article in split {split!r}")
    docs = []
    for row in rows:
        name = row["filename"]
        annotator = sorted(a for a in row["annotators"].split("|") if a)[0]
        text_path = data_dir / split / "text" / f"{name}.txt"
        ann_path = data_dir / split / "attributions" / f"{name}_{annotator}.ann"
        for path in (text_path, ann_path):
            if not path.exists():
                raise FileNotFoundError(f"{path} (listed in metadata.tsv for split {split!r}) not found")
        docs.append((f"{ID_PREFIX}/{split}/{name}", text_path, ann_path))
    docs.sort()
    counts: Counter = Counter()
    for doc_id, text_path, ann_path in docs:
        doc_counts: Counter = Counter(documents=1)
        doc = read_brat_document(text_path, ann_path, doc_id, stats=doc_counts)
        doc["source"] = SOURCE
        doc["license"] = LICENSE
        counts.update(doc_counts)
        if stats is not None:
            stats.update(doc_counts)
        yield doc
    logger.info("PolNeAR %s: %s", split, format_counts(counts))


def format_counts(counts: Counter) -> str:
    """Summarise conversion counts in one line.

    counts (Counter): Counts from `read_polnear` or `read_brat_document`.
    RETURNS (str): The summary.
    """
    return (
        f"{counts['documents']} documents, {counts['quotes']} quotes from {counts['attributions']} "
        f"attributions; {counts['no_content']} attributions without content skipped, "
        f"{counts['no_source']} without source, {counts['no_cue']} without cue"
    )


def main(argv: Optional[Sequence[str]] = None) -> Counter:
    """Command line: convert a split of raw PolNeAR to a JSONL file.

    argv (Optional[Sequence[str]]): The arguments, default `sys.argv[1:]`.
    RETURNS (Counter): The conversion counts.
    """
    parser = argparse.ArgumentParser(
        prog="python -m spacy_quotes.corpus.brat",
        description="Convert raw PolNeAR BRAT standoff to the quotes JSONL schema.",
    )
    parser.add_argument("raw_data_dir", type=Path, help="PolNeAR's data/ folder (with metadata.tsv)")
    parser.add_argument("split", help="train, dev or test")
    parser.add_argument("output", type=Path, help="the JSONL file to write")
    args = parser.parse_args(argv)
    logging.basicConfig(level=logging.INFO, format="%(levelname)s %(message)s")
    stats: Counter = Counter()
    args.output.parent.mkdir(parents=True, exist_ok=True)
    with args.output.open("w", encoding="utf-8", newline="\n") as f:
        for doc in read_polnear(args.raw_data_dir, args.split, stats=stats):
            f.write(json.dumps(doc, ensure_ascii=False) + "\n")
    print(f"{args.output}: {format_counts(stats)}", file=sys.stderr)
    return stats


if __name__ == "__main__":
    main()
