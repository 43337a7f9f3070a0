"""Fit the pronoun ranker (ranker.py) on the train annotations and write its weights.

    python -m spacy_quotes.resolution.train_ranker [--polnear ../shared/data/polnear] [--folds 5]

PolNeAR's gold quote and source spans of the train split are written into each
document (as `speaker_benchmark --gold-spans` does); the resolver runs with the rule
strategy and collects, for every "he"/"she" source and every definite description it
ranks ("the candidate"), its candidates and their features. The gold antecedent is the candidate whose name is the annotated
`speaker_name` (same surname when the full name differs); pronouns whose gold
speaker is not among the candidates are left out of the fit. Reports document-level
k-fold cross-validation (ranker against the rules) and writes the weights only when
the ranker beats the rules.
"""
import random
from pathlib import Path
from typing import List, Optional, Tuple

import numpy as np
import typer

from ..conditional_logit import fit, folds, write_weights
from ..corpus import speaker_benchmark as sb
from .ranker import FEATURES, WEIGHTS_PATH
from .resolve import resolve

app = typer.Typer(add_completion=False)


def _norm(name: Optional[str]) -> str:
    return " ".join((name or "").lower().split())


def _label(candidates: List[tuple], gold: str) -> Optional[int]:
    names = [_norm(n) for n, _ in candidates]
    target = _norm(gold)
    if target in names:
        return names.index(target)
    surname = [i for i, n in enumerate(names) if n and n.split()[-1] == target.split()[-1]]
    return surname[0] if len(surname) == 1 else None


def collect(split: str, annotations: Path, polnear: Path, limit: Optional[int] = None):
    """RETURNS (list): per document, [(feature matrix, gold index or None, rule choice index)]."""
    pairs = sb.read_split(annotations, polnear, split, limit)
    nlp = sb.load_nlp(None)
    documents = []
    with nlp.select_pipes(disable=sb.quote_components(nlp)):
        for doc, (gold, annotation) in zip(nlp.pipe([g["text"] for g, _ in pairs]), pairs):
            order = sb.set_gold_table(doc, gold)
            rows = doc._.quote_table
            gold_name = {}
            by_key = {(q["start"], q["end"], tuple(q["speaker"])): q for q in annotation["quotes"]}
            for k, quote in enumerate(gold["quotes"]):
                if order[k] is not None and quote.get("speaker"):
                    ann = by_key.get((quote["start"], quote["end"], tuple(quote["speaker"])))
                    if ann is not None and ann["speaker_kind"] == "person" and ann["speaker_name"]:
                        gold_name[id(rows[order[k]])] = ann["speaker_name"]
            found: list = []
            resolve(doc, rows, pronoun_strategy="rules", collect=found)
            instances = []
            for row, candidates in found:
                if id(row) not in gold_name or not candidates:
                    continue
                label = _label(candidates, gold_name[id(row)])
                matrix = np.array([f for _, f in candidates], dtype=float)
                instances.append((matrix, label, candidates, gold_name[id(row)]))
            documents.append(instances)
    return documents


def rule_choice(matrix: np.ndarray) -> int:
    """The rule strategy of resolve._pronoun_antecedent, from the same features."""
    col = {name: i for i, name in enumerate(FEATURES)}
    distance = np.expm1(matrix[:, col["log_tokens"]])
    score = 1.0 / (1.0 + distance / 50.0) + 0.6 * matrix[:, col["previous_speaker"]] + 0.2 * matrix[:, col["gender_agree"]]
    return int(np.argmax(score))


def accuracy(instances, w: Optional[np.ndarray]) -> Tuple[float, int]:
    """Share of pronouns (gold speaker named) whose top candidate is the gold one."""
    hits = 0
    for matrix, y, *_ in instances:
        choice = rule_choice(matrix) if w is None else int(np.argmax(matrix @ w))
        hits += int(y is not None and choice == y)
    return hits / max(1, len(instances)), len(instances)


@app.command()
def main(
    annotations: Path = typer.Option(sb.DEFAULT_ANNOTATIONS, help="The annotations folder."),
    polnear: Path = typer.Option(sb.DEFAULT_POLNEAR, help="Folder holding PolNeAR train.jsonl."),
    n_folds: int = typer.Option(5, "--folds", help="Document folds for cross-validation."),
    output: Path = typer.Option(WEIGHTS_PATH, help="Where to write the weights."),
    seed: int = typer.Option(0),
):
    documents = collect("train", annotations, polnear)
    random.Random(seed).shuffle(documents)
    cv_rank, cv_rule, n = 0.0, 0.0, 0
    for train, test in folds([[(m, y) for m, y, *_ in d] for d in documents], n_folds):
        w = fit(train, len(FEATURES))
        a_rank, m = accuracy(test, w)
        a_rule, _ = accuracy(test, None)
        cv_rank += a_rank * m
        cv_rule += a_rule * m
        n += m
    print(f"cross-validation over {n} pronouns and descriptions: ranker {cv_rank / n:.3f}, rules {cv_rule / n:.3f}")
    everything = [i for d in documents for i in d]
    w = fit([(m, y) for m, y, *_ in everything], len(FEATURES))
    print(f"train fit: ranker {accuracy(everything, w)[0]:.3f}, rules {accuracy(everything, None)[0]:.3f}")
    if cv_rank <= cv_rule:
        print("the ranker does not beat the rules: weights not written")
        raise typer.Exit(1)
    write_weights(output, "conditional logit over pronoun antecedent candidates (see ranker.py)",
                  "corpus/annotations/train + polnear/train.jsonl, gold spans",
                  {"folds": n_folds, "pronouns": n, "ranker": round(cv_rank / n, 4), "rules": round(cv_rule / n, 4)},
                  FEATURES, w)


if __name__ == "__main__":
    app()
