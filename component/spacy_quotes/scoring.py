"""The metrics of SPEC.md, over JSONL records; shared by `spacy evaluate`, the
benchmark and `quotes evaluate`.

- content exact / partial P, R, F (partial: overlap >= 50% of the longer span,
  one-to-one matching), also by kind;
- cue and source span F (exact and partial), over the distinct spans of a document;
- speaker accuracy over matched quotes with a gold source (the predicted mention
  overlaps the gold one by >= 50% of the longer).
"""
from collections import defaultdict
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

from spacy.util import registry as util_registry

from .records import doc_to_dict

Span = Tuple[int, int]


def overlap_ok(a: Optional[Sequence[int]], b: Optional[Sequence[int]], threshold: float = 0.5) -> bool:
    if not a or not b:
        return False
    inter = min(a[1], b[1]) - max(a[0], b[0])
    longer = max(a[1] - a[0], b[1] - b[0])
    return longer > 0 and inter / longer >= threshold


def match(pred: List[Span], gold: List[Span], partial: bool) -> List[Tuple[int, int]]:
    """One-to-one matching of spans; RETURNS (list): (pred index, gold index) pairs."""
    if not partial:
        index = {tuple(g): k for k, g in enumerate(gold)}
        return [(i, index[tuple(p)]) for i, p in enumerate(pred) if tuple(p) in index]
    pairs = []
    for i, p in enumerate(pred):
        for k, g in enumerate(gold):
            if overlap_ok(p, g):
                inter = min(p[1], g[1]) - max(p[0], g[0])
                pairs.append((-inter, i, k))
    pairs.sort()
    used_p, used_g, out = set(), set(), []
    for _, i, k in pairs:
        if i not in used_p and k not in used_g:
            used_p.add(i)
            used_g.add(k)
            out.append((i, k))
    return out


class PRF:
    def __init__(self):
        self.tp = self.n_pred = self.n_gold = 0

    def add(self, tp: int, n_pred: int, n_gold: int) -> None:
        self.tp += tp
        self.n_pred += n_pred
        self.n_gold += n_gold

    def scores(self, prefix: str) -> Dict[str, float]:
        p = self.tp / self.n_pred if self.n_pred else 0.0
        r = self.tp / self.n_gold if self.n_gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {f"{prefix}_p": p, f"{prefix}_r": r, f"{prefix}_f": f}


def score_records(pairs: Iterable[Tuple[dict, dict]]) -> Dict[str, float]:
    """Score predicted against gold JSONL records of the same documents.

    pairs (Iterable[Tuple[dict, dict]]): (predicted, gold) records.
    RETURNS (Dict[str, float]): quotes_exact_p/r/f, quotes_partial_p/r/f,
        quotes_<kind>_partial_f and _exact_f, quote_cues_f, quote_speakers_f (exact
        and partial), speaker_acc, and the counts behind them.
    """
    totals = defaultdict(PRF)
    speaker_hits = speaker_total = 0
    for pred, gold in pairs:
        p_quotes, g_quotes = pred.get("quotes", []), gold.get("quotes", [])
        p_spans = [(q["start"], q["end"]) for q in p_quotes]
        g_spans = [(q["start"], q["end"]) for q in g_quotes]
        for mode in ("exact", "partial"):
            matched = match(p_spans, g_spans, mode == "partial")
            totals[f"quotes_{mode}"].add(len(matched), len(p_spans), len(g_spans))
            for kind in ("direct", "indirect", "mixed"):
                pk = [k for k, q in enumerate(p_quotes) if q["type"] == kind]
                gk = [k for k, q in enumerate(g_quotes) if q["type"] == kind]
                sub = match([p_spans[k] for k in pk], [g_spans[k] for k in gk], mode == "partial")
                totals[f"quotes_{kind}_{mode}"].add(len(sub), len(pk), len(gk))
            for attr, key in (("cue", "quote_cues"), ("speaker", "quote_speakers")):
                p_set = sorted({tuple(q[attr]) for q in p_quotes if q.get(attr)})
                g_set = sorted({tuple(q[attr]) for q in g_quotes if q.get(attr)})
                totals[f"{key}_{mode}"].add(len(match(p_set, g_set, mode == "partial")), len(p_set), len(g_set))
            if mode == "partial":
                for i, k in matched:
                    if g_quotes[k].get("speaker"):
                        speaker_total += 1
                        speaker_hits += overlap_ok(p_quotes[i].get("speaker"), g_quotes[k]["speaker"])
    scores: Dict[str, float] = {}
    for name, prf in sorted(totals.items()):
        scores.update(prf.scores(name))
    scores["speaker_acc"] = speaker_hits / speaker_total if speaker_total else 0.0
    scores["n_gold_quotes"] = totals["quotes_exact"].n_gold
    scores["n_pred_quotes"] = totals["quotes_exact"].n_pred
    return scores


@util_registry.scorers("quotes.quote_scorer.v1")
def make_quote_scorer():
    def score(examples, **kwargs) -> Dict[str, float]:
        pairs = [(doc_to_dict(eg.predicted), doc_to_dict(eg.reference)) for eg in examples]
        result = score_records(pairs)
        return {k: v for k, v in result.items() if not k.startswith("n_")}

    return score
