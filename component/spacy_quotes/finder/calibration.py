"""A quote's `confidence` that means what it says: the share of quotes at that
confidence that are real.

The tagger's mean content probability over a quote ranks quotes well but is not a
probability: on PolNeAR dev, rule quotes the tagger scores 0.2-0.4 are real two
times in three. Platt scaling maps it, with the quote's origin (a rule or the
tagger) and kind, to the probability that the quote overlaps a gold one (the
partial match of SPEC.md). The weights are fit on documents the tagger did not
train on and live in the finder's cfg:

    python -m spacy_quotes.finder.calibration training/cpu/model-best corpus/polnear/dev.spacy
"""
from pathlib import Path
from typing import Iterable, List, Optional, Sequence, Tuple

import numpy
import srsly
import typer
from spacy.tokens import DocBin

from ..scoring import overlap_ok

FEATURES = ("logit", "bias", "tagger", "indirect", "mixed")


def features(raw: float, origin: str, kind: str) -> numpy.ndarray:
    p = min(max(raw, 1e-4), 1 - 1e-4)
    return numpy.array([numpy.log(p / (1 - p)), 1.0, origin == "tagger", kind == "INDIRECT", kind == "MIXED"],
                       dtype="float64")


def calibrate(weights: Optional[Sequence[float]], raw: float, origin: str, kind: str) -> float:
    """The calibrated confidence; the raw one when there are no weights."""
    if not weights:
        return raw
    return float(1.0 / (1.0 + numpy.exp(-features(raw, origin, kind) @ numpy.asarray(weights))))


def fit(X: numpy.ndarray, y: numpy.ndarray, l2: float = 1.0, iterations: int = 50) -> List[float]:
    """Logistic regression by Newton's method, with a small L2 penalty."""
    w = numpy.zeros(X.shape[1])
    for _ in range(iterations):
        p = 1.0 / (1.0 + numpy.exp(-X @ w))
        gradient = X.T @ (p - y) + l2 * w
        hessian = (X * (p * (1 - p))[:, None]).T @ X + l2 * numpy.eye(X.shape[1])
        step = numpy.linalg.solve(hessian, gradient)
        w -= step
        if numpy.abs(step).max() < 1e-8:
            break
    return [float(v) for v in w]


def expected_calibration_error(confidence: numpy.ndarray, correct: numpy.ndarray, bins: int = 10) -> float:
    edges = numpy.minimum((confidence * bins).astype(int), bins - 1)
    return float(sum(abs(confidence[edges == b].mean() - correct[edges == b].mean()) * (edges == b).sum()
                     for b in range(bins) if (edges == b).any()) / len(confidence))


def collect(nlp, docs: Iterable) -> Tuple[numpy.ndarray, numpy.ndarray, numpy.ndarray, numpy.ndarray]:
    """Features, raw confidences, labels (overlaps a gold quote) and document numbers
    of the finder's quotes on parsed docs that carry gold quote tables."""
    from ..corpus.docs import without_quotes

    finder = nlp.get_pipe("quote_finder")
    X, raw, y, doc_ids = [], [], [], []
    for n, reference in enumerate(docs):
        gold = [(row["start"], row["end"]) for row in reference._.quote_table or []]
        doc = without_quotes(reference)
        scores = finder.predict([doc])[0]
        for row, origin in finder.scored_rows(doc, scores):
            X.append(features(row["confidence"], origin, row["kind"]))
            raw.append(row["confidence"])
            y.append(any(overlap_ok((row["start"], row["end"]), span) for span in gold))
            doc_ids.append(n)
    return numpy.array(X), numpy.array(raw), numpy.array(y, dtype="float64"), numpy.array(doc_ids)


def main(pipeline: Path = typer.Argument(..., help="A trained pipeline directory with a quote_finder."),
         docs_path: Path = typer.Argument(..., help="Parsed held-out docs with gold quotes (.spacy)."),
         write: bool = typer.Option(True, help="Write the weights into the pipeline's quote_finder/cfg.")):
    """Fit the confidence calibration, report its error in 2-fold cross-fitting (by
    document), save it."""
    import spacy

    from ..records import register_extensions

    register_extensions()
    nlp = spacy.load(pipeline)
    docs = list(DocBin().from_disk(docs_path).get_docs(nlp.vocab))
    X, raw, y, doc_ids = collect(nlp, docs)
    if not len(y):
        raise typer.BadParameter(f"the finder found no quotes in {docs_path}")
    halves = doc_ids % 2 == 0  # whole documents on each side
    cross = numpy.zeros(len(y))
    for held_out in (halves, ~halves):
        w = numpy.asarray(fit(X[~held_out], y[~held_out]))
        cross[held_out] = 1.0 / (1.0 + numpy.exp(-X[held_out] @ w))
    weights = fit(X, y)
    typer.echo(f"{len(y)} quotes, {y.mean():.3f} real; expected calibration error: "
               f"raw {expected_calibration_error(raw, y):.3f}, calibrated (2-fold) {expected_calibration_error(cross, y):.3f}")
    typer.echo("weights: " + ", ".join(f"{name} {value:+.3f}" for name, value in zip(FEATURES, weights)))
    if write:
        write_cfg(pipeline, "calibration", weights)


def write_cfg(pipeline: Path, key: str, value) -> None:
    """Set one key of a trained pipeline's quote_finder/cfg (fitted after training)."""
    cfg_path = pipeline / "quote_finder" / "cfg"
    cfg = srsly.read_json(cfg_path)
    cfg[key] = value
    srsly.write_json(cfg_path, cfg)
    typer.echo(f"→ {cfg_path}")


if __name__ == "__main__":
    typer.run(main)
