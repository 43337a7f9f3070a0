"""Fit the source linker (linker.py) on PolNeAR train and write its weights.

    python -m spacy_quotes.attribution.train_linker training/cpu/model-best corpus/polnear/train.spacy

The trained pipeline's finder runs on the parsed train docs; the rules attribute
each found quote and the linker's candidates are collected. A found quote that
overlaps a gold quote (as the content partial match of SPEC.md) is labelled with
the candidate that matches the gold source (exactly, or else overlapping it by half
of the longer); quotes whose gold source is no candidate are left out of the fit.
Reports document-level cross-validation (linker against the rules) and writes the
weights only when the linker beats the rules.
"""
import random
from pathlib import Path
from typing import List, Optional

import numpy as np
import spacy
import typer
from spacy.tokens import Doc, DocBin

from ..conditional_logit import fit, folds, write_weights
from ..corpus.docs import without_quotes
from ..records import get_quote_table, register_extensions
from ..scoring import match, overlap_ok
from .linker import FEATURES, WEIGHTS_PATH
from .rules import attribute

app = typer.Typer(add_completion=False)


def label(candidates: List[tuple], gold: Optional[List[int]]) -> Optional[int]:
    """The index of the candidate that is the gold source: exact, else the best overlap."""
    if not gold:
        return None
    gold = tuple(gold)
    if gold in candidates:
        return candidates.index(gold)
    overlaps = [min(c[1], gold[1]) - max(c[0], gold[0]) if overlap_ok(c, gold) else 0 for c in candidates]
    best = int(np.argmax(overlaps)) if overlaps else 0
    return best if overlaps and overlaps[best] > 0 else None


def instances(found: Doc, reference: Doc) -> List[tuple]:
    """(feature matrix, gold index, rules' index) for the found quotes of one doc."""
    collected: list = []
    attribute(found, get_quote_table(found), collect=collected)
    gold_rows = get_quote_table(reference)
    rows = [row for row, _, _ in collected]
    pairs = dict(match([(r["start"], r["end"]) for r in rows], [(g["start"], g["end"]) for g in gold_rows], True))
    out = []
    for k, (row, candidates, matrix) in enumerate(collected):
        if k not in pairs or not candidates:
            continue
        rule = int(np.argmax(matrix[:, FEATURES.index("rule")])) if matrix[:, FEATURES.index("rule")].any() else None
        out.append((matrix, label(candidates, gold_rows[pairs[k]].get("speaker")), rule))
    return out


def collect(model: str, corpus: Path, limit: int = 0) -> List[List[tuple]]:
    """Per document, the linker's training instances."""
    register_extensions()
    nlp = spacy.load(model)
    finder = nlp.get_pipe("quote_finder")
    references = list(DocBin().from_disk(corpus).get_docs(nlp.vocab))[: limit or None]
    found = finder.pipe([without_quotes(doc) for doc in references], batch_size=16)
    return [instances(doc, reference) for doc, reference in zip(found, references)]


def accuracy(data: List[tuple], w: Optional[np.ndarray]) -> float:
    """Share of quotes (gold source among the candidates) whose chosen candidate is gold;
    `w` None scores the rules' choice."""
    data = [d for d in data if d[1] is not None]
    hits = 0
    for matrix, y, rule in data:
        hits += (rule if w is None else int(np.argmax(matrix @ w))) == y
    return hits / max(1, len(data))


@app.command()
def main(
    model: str = typer.Argument(..., help="The trained pipeline whose finder proposes the candidates."),
    corpus: Path = typer.Argument(..., help="Parsed train docs with gold quotes (.spacy)."),
    n_folds: int = typer.Option(5, "--folds", help="Document folds for cross-validation."),
    output: Path = typer.Option(WEIGHTS_PATH, help="Where to write the weights."),
    limit: int = typer.Option(0, help="Only the first N docs (0: all)."),
    steps: int = typer.Option(10000, help="Gradient steps of the fit."),
    require_gain: bool = typer.Option(True, help="Write the weights only when the linker beats the rules in cross-validation."),
    l2: float = typer.Option(0.0001, help="L2 penalty of the fit (the best of 0.0001-0.003 in cross-validation on train)."),
    seed: int = typer.Option(0),
):
    documents = collect(model, corpus, limit)
    random.Random(seed).shuffle(documents)
    cv_link = cv_rule = 0.0
    n = 0
    for train, test in folds(documents, n_folds):
        w = fit([(m, y) for m, y, _ in train], len(FEATURES), l2=l2, steps=steps)
        m = sum(1 for _, y, _ in test if y is not None)
        cv_link += accuracy(test, w) * m
        cv_rule += accuracy(test, None) * m
        n += m
    if not n:
        print("no found quote overlaps a gold quote with its source among the candidates: nothing to fit")
        raise typer.Exit(1)
    print(f"cross-validation over {n} quotes: linker {cv_link / n:.3f}, rules {cv_rule / n:.3f}")
    everything = [i for d in documents for i in d]
    w = fit([(m, y) for m, y, _ in everything], len(FEATURES), l2=l2, steps=steps)
    print(f"train fit: linker {accuracy(everything, w):.3f}, rules {accuracy(everything, None):.3f}")
    if require_gain and cv_link <= cv_rule:
        print("the linker does not beat the rules: weights not written")
        raise typer.Exit(1)
    write_weights(output, "conditional logit over the source candidates of a quote (see linker.py)",
                  f"{corpus.name}, quotes found by {model}",
                  {"folds": n_folds, "quotes": n, "linker": round(cv_link / n, 4), "rules": round(cv_rule / n, 4)},
                  FEATURES, w)


if __name__ == "__main__":
    app()
