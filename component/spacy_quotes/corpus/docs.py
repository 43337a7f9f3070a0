"""JSONL records ↔ parsed Docs with quote tables, DocBins, and the training reader.

Training docs are parsed once at conversion time (tags, parse, entities of the
base pipeline), so that training reads the parse as features without running
the parser every epoch; the reader hands the same parse to the predicted doc.
"""
import json
from pathlib import Path
from typing import Callable, Iterable, Iterator, List, Optional

import typer
from spacy.language import Language
from spacy.tokens import Doc, DocBin
from spacy.training import Example
from spacy.util import registry

from ..base import load_base
from ..records import new_quote_row, register_extensions, write_span_groups



def _tokens(doc: Doc, offsets) -> Optional[List[int]]:
    if not offsets:
        return None
    span = doc.char_span(offsets[0], offsets[1], alignment_mode="expand")
    return [span.start, span.end] if span is not None and len(span) else None


def set_gold_quotes(doc: Doc, quotes: List[dict]) -> Doc:
    """Write JSONL quotes (character offsets) into doc's quote table and span groups."""
    register_extensions()
    rows = []
    for quote in quotes:
        content = _tokens(doc, (quote["start"], quote["end"]))
        if content is None:
            continue
        rows.append(new_quote_row(*content, quote["type"].upper(), _tokens(doc, quote.get("cue")),
                                  _tokens(doc, quote.get("speaker")), quote.get("confidence", 1.0)))
    doc._.quote_table = sorted(rows, key=lambda row: (row["start"], row["end"]))
    write_span_groups(doc)
    return doc


def records_to_docs(nlp: Language, records: Iterable[dict], n_process: int = 1) -> Iterator[Doc]:
    """Parse each record's text with the base pipeline and add its gold quotes."""
    records = list(records)
    texts = (record["text"] for record in records)
    for doc, record in zip(nlp.pipe(texts, n_process=n_process, batch_size=8), records):
        doc.user_data["id"] = record.get("id")
        yield set_gold_quotes(doc, record.get("quotes", []))


def without_quotes(doc: Doc) -> Doc:
    """A copy of a parsed doc with no quote annotation: the predicted side of an Example."""
    copy = Doc(doc.vocab).from_bytes(doc.to_bytes(exclude=["user_data"]))
    for key in list(copy.spans):
        del copy.spans[key]
    return copy


@registry.readers("quotes.PreparsedCorpus.v1")
def create_preparsed_reader(path: Path, limit: int = 0, max_length: int = 0) -> Callable[[Language], Iterable[Example]]:
    """Examples from a DocBin of parsed docs with gold quotes.

    path (Path): the .spacy file.
    limit (int): only the first N docs (0: all).
    max_length (int): skip docs longer than this many tokens (0: no limit).
    """
    def read(nlp: Language) -> Iterator[Example]:
        register_extensions()
        docs = DocBin().from_disk(path).get_docs(nlp.vocab)
        for n, doc in enumerate(docs):
            if limit and n >= limit:
                break
            if max_length and len(doc) > max_length:
                continue
            yield Example(without_quotes(doc), doc)

    return read


def main(
    inputs: List[Path] = typer.Argument(..., help="JSONL files in the SPEC.md schema."),
    output: Path = typer.Option(..., help="The .spacy file to write."),
    model: Optional[str] = typer.Option(None, help="Base pipeline that parses the texts."),
    n_process: int = typer.Option(1),
    limit: int = typer.Option(0, help="Only the first N records of each input (0: all)."),
):
    """Convert JSONL to a DocBin of parsed docs with gold quotes."""
    nlp = load_base(model)
    records = []
    for path in inputs:
        with path.open(encoding="utf8") as file:
            lines = [line for line in file if line.strip()]
        records.extend(json.loads(line) for line in (lines[:limit] if limit else lines))
    doc_bin = DocBin(store_user_data=True)
    for doc in records_to_docs(nlp, records, n_process):
        doc_bin.add(doc)
    output.parent.mkdir(parents=True, exist_ok=True)
    doc_bin.to_disk(output)
    typer.echo(f"{len(doc_bin)} docs → {output}")


if __name__ == "__main__":
    typer.run(main)
