"""Fit the span selector (selector.py) of a trained quote finder and write it into
the finder's cfg:

    python -m spacy_quotes.finder.train_selector training/cpu/model-best corpus/polnear/train.spacy

The candidates and the tagger's probabilities come from the finder itself on the
given docs (PolNeAR train: the tagger is barely more sure of train than of dev,
content exact F 0.649 against 0.625). A logistic regression learns which candidate
is exactly a gold quote; k-fold cross-validation by document reports its content F
beside the finder's rows alone, at several thresholds. The threshold (0.2) and the
sure floor (1.0: the rules' direct quotes and headline contents are always kept)
were chosen on PolNeAR dev (README): on train, exact F is flat from 0.15 to 0.25,
while lower thresholds add quotes whose speakers are harder to find.
"""
from pathlib import Path
from typing import Dict, List, Tuple

import numpy
import typer
from spacy.tokens import DocBin

from .calibration import fit as fit_logistic, write_cfg
from .rules import marked_token_spans
from .selector import FEATURES, choose, kinds, probabilities, sure_rows

THRESHOLDS = (0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5)  # reported for comparison
PREDICT_BATCH = 16


def collect(nlp, docs: List) -> List[Dict]:
    """Per document: candidate spans, their features, labels, the gold spans and the finder's own rows."""
    from ..corpus.docs import without_quotes

    finder = nlp.get_pipe("quote_finder")
    finder.cfg["selector"] = None  # the candidates include the finder's rows as they are without it
    out = []
    for k in range(0, len(docs), PREDICT_BATCH):
        references = docs[k : k + PREDICT_BATCH]
        predicted = [without_quotes(reference) for reference in references]
        for reference, doc, scores in zip(references, predicted, finder.predict(predicted)):
            gold = {(row["start"], row["end"]) for row in reference._.quote_table or []}
            gold_direct = {(row["start"], row["end"]) for row in reference._.quote_table or [] if row["kind"] == "DIRECT"}
            if not len(doc):
                continue
            rows = finder.scored_rows(doc, scores)
            candidates, X = finder.selector_candidates(doc, scores, rows)
            row_kinds = {(row["start"], row["end"]): row["kind"] for row, _ in rows}
            candidate_kinds = [row_kinds.get(span, kind)
                               for span, kind in zip(candidates, kinds(doc, candidates, marked_token_spans(doc)))]
            out.append({"spans": candidates, "X": X, "y": numpy.array([span in gold for span in candidates], dtype="float64"), "gold": gold,
                        "gold_direct": gold_direct, "kinds": dict(zip(candidates, candidate_kinds)),
                        "rows": sorted(row_kinds), "sure": sure_rows(doc, rows)})
    return out


def span_f(pairs: List[Tuple[List[Tuple[int, int]], set]]) -> Tuple[float, float]:
    """Exact and partial F (SPEC.md: overlap >= half the longer span, one to one) over token spans."""
    exact = partial = n_pred = n_gold = 0
    for predicted, gold in pairs:
        n_pred, n_gold = n_pred + len(predicted), n_gold + len(gold)
        exact += len(set(predicted) & gold)
        partial += partial_matches(predicted, gold)
    total = n_pred + n_gold
    return (2 * exact / total, 2 * partial / total) if total else (0.0, 0.0)


def partial_matches(predicted: List[Tuple[int, int]], gold: set) -> int:
    used, n = set(), 0
    for a, b in predicted:
        for span in sorted(gold):
            x, y = span
            if span not in used and min(b, y) - max(a, x) >= 0.5 * max(b - a, y - x):
                used.add(span)
                n += 1
                break
    return n


def direct_recall(data: List[Dict], chosen: List[List[Tuple[int, int]]]) -> float:
    """Partial recall of the gold direct quotes by the chosen spans of kind DIRECT."""
    hits = sum(partial_matches([span for span in spans if d["kinds"][span] == "DIRECT"], d["gold_direct"])
               for d, spans in zip(data, chosen))
    return hits / max(1, sum(len(d["gold_direct"]) for d in data))


def main(pipeline: Path = typer.Argument(..., help="A trained pipeline directory with a quote_finder."),
         corpus: Path = typer.Argument(..., help="Parsed docs with gold quotes (.spacy), e.g. PolNeAR train."),
         threshold: float = typer.Option(0.2, help="Keep candidates at least this likely (tuned on PolNeAR dev)."),
         sure_floor: float = typer.Option(1.0, help="The rules' direct quotes and headline contents count as at "
                                                    "least this likely (1.0: always kept)."),
         folds: int = typer.Option(5, help="Folds (by document) of the cross-validation."),
         l2: float = typer.Option(1.0, help="L2 penalty of the logistic regression."),
         write: bool = typer.Option(True, help="Write the weights into the pipeline's quote_finder/cfg.")):
    """Fit the span selector, report its cross-validated content F, save it."""
    import spacy

    from ..records import register_extensions

    register_extensions()
    nlp = spacy.load(pipeline)
    data = collect(nlp, list(DocBin().from_disk(corpus).get_docs(nlp.vocab)))
    if len(data) < 2:
        raise typer.BadParameter(f"{corpus} needs at least two documents for the cross-validation")
    if not any(d["y"].any() for d in data):
        raise typer.BadParameter(f"no gold quote of {corpus} is among the finder's candidates")
    folds = max(2, min(folds, len(data)))
    held_out_p = [None] * len(data)
    for fold in range(folds):
        train = [d for n, d in enumerate(data) if n % folds != fold]
        w = fit_logistic(numpy.vstack([d["X"] for d in train]), numpy.concatenate([d["y"] for d in train]), l2=l2)
        for n in range(fold, len(data), folds):
            held_out_p[n] = probabilities(data[n]["X"], w)
    typer.echo(f"{len(data)} docs, {sum(len(d['spans']) for d in data)} candidates, "
               f"{sum(int(d['y'].sum()) for d in data)} of {sum(len(d['gold']) for d in data)} gold quotes among them")
    rows = scores(data, [d["rows"] for d in data])
    typer.echo(f"finder rows alone: content exact F {rows[0]:.3f}, partial F {rows[1]:.3f}, direct recall {rows[2]:.3f}")
    for t in sorted({*THRESHOLDS, threshold}):
        result = scores(data, [choose(d["spans"], p, t, d["sure"], sure_floor) for d, p in zip(data, held_out_p)])
        mark = " ← (--threshold)" if t == threshold else ""
        typer.echo(f"selector at {t:.2f}, sure floor {sure_floor:.1f} ({folds}-fold CV): exact F {result[0]:.3f}, "
                   f"partial F {result[1]:.3f}, direct recall {result[2]:.3f}{mark}")
        if t == threshold:
            chosen = result
    weights = fit_logistic(numpy.vstack([d["X"] for d in data]), numpy.concatenate([d["y"] for d in data]), l2=l2)
    selector = {"features": list(FEATURES), "weights": [round(w, 6) for w in weights], "threshold": threshold,
                "sure_floor": sure_floor,
                "cross_validation": {"folds": folds, "exact_f": round(chosen[0], 4), "partial_f": round(chosen[1], 4),
                                     "direct_recall": round(chosen[2], 4), "rows_exact_f": round(rows[0], 4),
                                     "rows_partial_f": round(rows[1], 4), "rows_direct_recall": round(rows[2], 4)},
                "trained_on": corpus.name}
    if write:
        write_cfg(pipeline, "selector", selector)


def scores(data: List[Dict], chosen: List[List[Tuple[int, int]]]) -> Tuple[float, float, float]:
    """Exact F, partial F and direct recall of chosen spans per document."""
    return (*span_f(list(zip(chosen, (d["gold"] for d in data)))), direct_recall(data, chosen))


if __name__ == "__main__":
    typer.run(main)
