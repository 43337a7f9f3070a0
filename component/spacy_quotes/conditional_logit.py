"""A conditional logit (softmax over the candidates of one choice), fitted with numpy:
the pronoun ranker of resolution/ and the source linker of attribution/ both pick one
candidate by a linear score `w · f`."""
import json
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import numpy as np

# (feature matrix of the candidates, index of the gold candidate or None)
Instance = Tuple[np.ndarray, Optional[int]]


def fit(instances: Sequence[Instance], n_features: int, l2: float = 0.01, steps: int = 400,
        rate: float = 0.5) -> np.ndarray:
    """Full-batch gradient descent on the mean negative log-likelihood plus an L2 penalty;
    instances without a gold candidate are left out. All candidates are stacked in one
    matrix, and the softmax of each instance runs over its own segment of rows."""
    data = [(m, y) for m, y in instances if y is not None]
    w = np.zeros(n_features)
    if not data:
        return w
    stacked = np.vstack([m for m, _ in data])
    starts = np.cumsum([0] + [len(m) for m, _ in data[:-1]])
    segment = np.repeat(np.arange(len(data)), [len(m) for m, _ in data])
    gold_rows = stacked[starts + np.array([y for _, y in data])]
    for _ in range(steps):
        scores = stacked @ w
        scores = np.exp(scores - np.maximum.reduceat(scores, starts)[segment])
        p = scores / np.add.reduceat(scores, starts)[segment]
        grad = l2 * w + (p @ stacked - gold_rows.sum(axis=0)) / len(data)
        w -= rate * grad
    return w


def folds(documents: List[list], k: int) -> List[Tuple[list, list]]:
    """Document-level k-fold splits of per-document instance lists: (train, test) pairs."""
    return [([i for n, d in enumerate(documents) if n % k != f for i in d],
             [i for n, d in enumerate(documents) if n % k == f for i in d]) for f in range(k)]


def write_weights(path: Path, description: str, trained_on: str, cross_validation: Dict[str, float],
                  features: Sequence[str], w: np.ndarray) -> None:
    """Print the weights, largest first, and write them as JSON with how they were made."""
    for name, value in sorted(zip(features, w), key=lambda x: -abs(x[1])):
        print(f"  {name:24s} {value:+.3f}")
    path.write_text(json.dumps({
        "model": description,
        "trained_on": trained_on,
        "cross_validation": cross_validation,
        "features": list(features),
        "weights": {name: round(float(v), 4) for name, v in zip(features, w)},
    }, indent=1) + "\n", encoding="utf-8")
    print(f"written {path}")
