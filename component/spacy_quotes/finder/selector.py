"""The span selector: which exact span is the quote.

The tagger's decoded spans find most quotes, but their boundaries are right only
about four times in five, and a quote the tagger half-sees is lost. The selector
gathers candidate spans from every source of evidence (the finder's rows, the
tagger's raw spans, the reporting frames' contents, and the subtrees of the
parse's argument arcs: "warned officials [to boost their election security]"),
scores each with a logistic regression over the tagger's probabilities in and
around it and its shape in the parse, and keeps the best non-overlapping ones.
On PolNeAR train the candidates hold 0.79 of the gold quotes exactly (17,946 of
22,844). Weights live in the finder's cfg (key "selector"), fitted on train by
`python -m spacy_quotes.finder.train_selector` (see the README).
"""
from typing import Dict, Iterable, List, Optional, Sequence, Tuple

import numpy
from numpy.lib.stride_tricks import sliding_window_view
from spacy.attrs import DEP, HEAD, IS_PUNCT, LEMMA, LOWER, ORTH
from spacy.tokens import Doc

from ..attribution.cues import SPEECH_MEDIA, find_frames
from ..paragraphs import cached, sentence_starts
from .finder_model import TAGS
from .rules import word_prefix

Spans = List[Tuple[int, int]]

# arcs whose subtree may be what was said: the argument of a reporting word, or a
# phrase the tagger half-covers
CANDIDATE_DEPS = ("ccomp", "xcomp", "dobj", "pobj", "nsubj", "conj", "advcl", "attr", "acl", "relcl", "pcomp",
                  "nsubjpass", "csubj", "oprd", "parataxis", "appos")
# the arcs with a weight of their own; the rest share "dep_other"
WEIGHTED_DEPS = CANDIDATE_DEPS[:8]
# Words that lean on a head to their right: a span that ends on one stops inside a phrase
# (finder_component.ends_inside_phrase, and the selector's "dangling_end").
DANGLING_DEPS = frozenset("det prep amod compound poss nummod aux auxpass cc case nmod predet".split())
WINDOW = 6  # tokens either side read for cue and source probabilities

FEATURES = (
    "bias", "mean_content", "min_content", "begin_at_start", "inside_at_start", "content_before",
    "content_2_before", "content_after", "content_at_end", "contrast", "cue_before", "cue_after",
    "source_before", "source_after", "log_length", "length_1", "length_2_3", "length_over_60",
    "finder_row", "rule_row", "row_confidence", "tagged", "frame", "subtree",
    *(f"dep_{dep}" for dep in WEIGHTED_DEPS), "dep_other",
    "mean_content_x_subtree", "begin_x_subtree", "mean_content_x_row",
    "starts_that", "ends_punct", "starts_punct", "crosses_marks", "is_marked", "has_marks", "unmarked_words",
    "direct_row", "crosses_sentence", "dangling_end",
)


def head_indices(doc: Doc) -> numpy.ndarray:
    """The index of each token's head, read once per doc."""
    n = len(doc)
    return cached(doc, "heads", lambda: numpy.arange(n) + doc.to_array(HEAD).astype("int64") if n
                  else numpy.zeros((0,), "int64"))


def subtree_edges(doc: Doc) -> Tuple[numpy.ndarray, numpy.ndarray]:
    """First and last token of each token's subtree, from the heads with numpy: one
    step per level of the tree (spaCy's left_edge/right_edge cost a Token each)."""
    n = len(doc)
    heads = head_indices(doc)
    left, right = numpy.arange(n), numpy.arange(n)
    for _ in range(n):
        new_left, new_right = left.copy(), right.copy()
        numpy.minimum.at(new_left, heads, left)
        numpy.maximum.at(new_right, heads, right)
        if (new_left == left).all() and (new_right == right).all():
            break
        left, right = new_left, new_right
    return left, right


def candidate_spans(doc: Doc, rows: Sequence[Tuple[dict, str]], tagged: Iterable[Tuple[int, int]]) -> Tuple[Spans, Dict]:
    """Candidate spans, sorted, and where each came from: {"rows": {span: (origin,
    confidence, kind)}, "tagged": set, "frames": set, "subtrees": {span: dep}}.

    rows: the finder's (row, origin) pairs; tagged: the tagger's raw content spans.
    """
    n = len(doc)
    row_spans = {(row["start"], row["end"]): (origin, row["confidence"], row["kind"]) for row, origin in rows}
    frames = {tuple(frame.content) for frame in find_frames(doc) if frame.content}
    subtrees: Dict[Tuple[int, int], str] = {}
    if n and doc.has_annotation("DEP"):
        strings = doc.vocab.strings
        array = doc.to_array([DEP, IS_PUNCT, LOWER])  # uint64: string hashes do not fit int64
        deps, punct = array[:, 0], array[:, 1].astype(bool)
        starts_clause = (deps == strings["mark"]) | (array[:, 2] == strings["that"])
        left, right = cached(doc, "subtree_edges", lambda: subtree_edges(doc))
        # a phrase that closes a head's subtree, often attached to the wrong word: "welcomed
        # [the agreement] in a statement"; the head's span without it is a candidate too
        heads = head_indices(doc)
        closing = {int(heads[i]): int(left[i]) for i in numpy.flatnonzero(deps == strings["prep"])
                   if heads[i] < i and right[i] == right[heads[i]]}
        dep_ids = {strings[dep]: dep for dep in CANDIDATE_DEPS}
        for i in numpy.flatnonzero(numpy.isin(deps, list(dep_ids))):
            a, b, dep = int(left[i]), int(right[i]) + 1, dep_ids[int(deps[i])]
            subtrees.setdefault((a, b), dep)
            if b - a > 1 and starts_clause[a]:
                subtrees.setdefault((a + 1, b), dep)  # "said [that ...]" and "said that [...]"
            if b - a > 1 and punct[b - 1]:
                subtrees.setdefault((a, b - 1), dep)
            if closing.get(int(i), a) > a:
                subtrees.setdefault((a, closing[int(i)]), dep)
    # Conventions of PolNeAR for the end of a content: the comma before "X said" is left out
    # (3,281 to 116 on train), and so is the medium ("welcomed [the agreement] in a
    # statement"): a span other than the finder's rows that ends on one stands for the span without it
    cut = _cuts(doc) if n else {}
    tagged, frames = {_cut(span, cut) for span in tagged}, {_cut(span, cut) for span in frames}
    trimmed: Dict[Tuple[int, int], str] = {}
    for span, dep in subtrees.items():
        trimmed.setdefault(_cut(span, cut), dep)
    subtrees = trimmed
    # a span of its own (not a row) needs two words, as the tagger's quotes do: "that" alone is no quote
    words = word_prefix(doc)
    spans = sorted({span for span in (*row_spans, *tagged, *frames, *subtrees) if 0 <= span[0] < span[1] <= n
                    and (span in row_spans or words[span[1]] - words[span[0]] >= 2)})
    return spans, {"rows": row_spans, "tagged": tagged, "frames": frames, "subtrees": subtrees}


def _cuts(doc: Doc) -> Dict[int, int]:
    """Span end → the end without what PolNeAR leaves out of a content there."""
    strings = doc.vocab.strings
    array = doc.to_array([DEP, LEMMA, ORTH])  # uint64: string hashes do not fit int64
    commas = array[:, 2] == strings[","]
    cut = {i + 1: i for i in numpy.flatnonzero(commas).tolist()}
    if not doc.has_annotation("DEP"):
        return cut
    left, right = cached(doc, "subtree_edges", lambda: subtree_edges(doc))
    medium = numpy.concatenate(([0], numpy.cumsum(numpy.isin(array[:, 1], [strings[w] for w in sorted(SPEECH_MEDIA)]))))
    for i in numpy.flatnonzero(array[:, 0] == strings["prep"]).tolist():
        lo, hi = int(left[i]), int(right[i]) + 1
        if lo == i and medium[hi] > medium[lo]:  # "in a statement", "on Twitter"
            cut[hi] = lo
            if hi < len(doc) and commas[hi]:
                cut[hi + 1] = lo
    return cut


def _cut(span: Tuple[int, int], cut: Dict[int, int]) -> Tuple[int, int]:
    a, b = span
    end = cut.get(b, b)
    return (a, end) if end - a >= 1 else span


def _range_min(values: numpy.ndarray, starts: numpy.ndarray, ends: numpy.ndarray) -> numpy.ndarray:
    """min(values[a:b]) for each (a, b), from a sparse table: O(n log n) once, O(1) a query."""
    table = [values]
    while 2 ** len(table) <= len(values):
        prev, half = table[-1], 2 ** (len(table) - 1)
        table.append(numpy.minimum(prev[:-half], prev[half:]))
    level = numpy.floor(numpy.log2(numpy.maximum(ends - starts, 1))).astype(int)
    out = numpy.empty(len(starts))
    for k in numpy.unique(level):
        sel = level == k
        out[sel] = numpy.minimum(table[k][starts[sel]], table[k][ends[sel] - 2 ** k])
    return out


def features(doc: Doc, scores: numpy.ndarray, spans: Spans, sources: Dict, marked) -> numpy.ndarray:
    """The feature matrix of the candidate spans, shape (len(spans), len(FEATURES))."""
    n, k = len(doc), len(spans)
    X = numpy.zeros((k, len(FEATURES)))
    if not k:
        return X
    column = {name: i for i, name in enumerate(FEATURES)}
    a = numpy.array([s for s, _ in spans])
    b = numpy.array([e for _, e in spans])
    probs = scores.astype("float64")
    content = probs[:, TAGS.index("B-CONTENT")] + probs[:, TAGS.index("I-CONTENT")]
    cue = probs[:, TAGS.index("B-CUE")] + probs[:, TAGS.index("I-CUE")]
    source = probs[:, TAGS.index("B-SOURCE")] + probs[:, TAGS.index("I-SOURCE")]
    padded = numpy.concatenate(([0.0, 0.0], content, [0.0]))  # content[i] is padded[i + 2]
    prefix = numpy.concatenate(([0.0], numpy.cumsum(content)))
    length = (b - a).astype("float64")
    mean = (prefix[b] - prefix[a]) / length
    X[:, column["bias"]] = 1.0
    X[:, column["mean_content"]] = mean
    X[:, column["min_content"]] = _range_min(content, a, b)
    X[:, column["begin_at_start"]] = probs[a, TAGS.index("B-CONTENT")]
    X[:, column["inside_at_start"]] = probs[a, TAGS.index("I-CONTENT")]
    before, after = padded[a + 1], padded[b + 2]
    X[:, column["content_before"]] = before
    X[:, column["content_2_before"]] = padded[a]
    X[:, column["content_after"]] = after
    X[:, column["content_at_end"]] = content[b - 1]
    X[:, column["contrast"]] = mean - numpy.maximum(before, after)
    zeros = numpy.zeros(WINDOW)
    for name, values in (("cue", cue), ("source", source)):
        # windows[i] covers values[i - WINDOW : i] (before) and values[i : i + WINDOW] (after)
        X[:, column[f"{name}_before"]] = sliding_window_view(numpy.concatenate((zeros, values)), WINDOW).max(axis=1)[a]
        X[:, column[f"{name}_after"]] = sliding_window_view(numpy.concatenate((values, zeros)), WINDOW).max(axis=1)[b]
    X[:, column["log_length"]] = numpy.log(length)
    X[:, column["length_1"]] = length == 1
    X[:, column["length_2_3"]] = (length >= 2) & (length <= 3)
    X[:, column["length_over_60"]] = length > 60
    rows, subtrees = sources["rows"], sources["subtrees"]
    for i, span in enumerate(spans):
        if span in rows:
            origin, confidence, kind = rows[span]
            X[i, column["finder_row"]] = 1.0
            X[i, column["direct_row"]] = kind == "DIRECT"
            X[i, column["rule_row"]] = origin == "rule"
            X[i, column["row_confidence"]] = confidence
        dep = subtrees.get(span)
        if dep is not None:
            X[i, column["subtree"]] = 1.0
            X[i, column[f"dep_{dep}" if dep in WEIGHTED_DEPS else "dep_other"]] = 1.0
    X[:, column["tagged"]] = [span in sources["tagged"] for span in spans]
    X[:, column["frame"]] = [span in sources["frames"] for span in spans]
    X[:, column["mean_content_x_subtree"]] = mean * X[:, column["subtree"]]
    X[:, column["begin_x_subtree"]] = X[:, column["begin_at_start"]] * X[:, column["subtree"]]
    X[:, column["mean_content_x_row"]] = mean * X[:, column["finder_row"]]
    strings = doc.vocab.strings
    array = doc.to_array([LOWER, IS_PUNCT, DEP])  # uint64: string hashes do not fit int64
    punct = array[:, 1].astype(bool)
    X[:, column["starts_that"]] = array[a, 0] == strings["that"]
    X[:, column["ends_punct"]] = punct[b - 1]
    X[:, column["starts_punct"]] = punct[a]
    # a boundary that cuts the words of a marked quote (not at its marks nor just inside them)
    cuts_words = numpy.zeros(n + 1, dtype=bool)
    exact = set()
    for start, end, _ in marked:
        cuts_words[start + 2 : end - 1] = True
        exact.update({(start, end), (start + 1, end - 1)})
    X[:, column["crosses_marks"]] = cuts_words[a] | cuts_words[b]
    X[:, column["is_marked"]] = [span in exact for span in spans]
    tokens_in_marks, _, outside = _mark_counts(doc, marked, a, b)
    X[:, column["has_marks"]] = tokens_in_marks > 0
    # "the 1 percent excuse, [“you give ammunition ...”]": a few words outside the marks
    X[:, column["unmarked_words"]] = numpy.log1p(numpy.maximum(outside, 0)) * X[:, column["has_marks"]]
    sentence = numpy.zeros(n, dtype="int64")
    sentence_end = numpy.full(n, n)
    starts = list(sentence_starts(doc))
    for number, (lo, hi) in enumerate(zip(starts, starts[1:] + [n])):
        sentence[lo:hi] = number
        sentence_end[lo:hi] = hi
    X[:, column["crosses_sentence"]] = sentence[a] != sentence[b - 1]
    if doc.has_annotation("DEP"):
        last = b - 1
        heads = head_indices(doc)
        _, right = cached(doc, "subtree_edges", lambda: subtree_edges(doc))
        dangling = numpy.isin(array[last, 2], [strings[dep] for dep in sorted(DANGLING_DEPS)])
        opens = (heads[last] >= b) | (right[last] >= b)
        X[:, column["dangling_end"]] = dangling & opens & (sentence_end[last] > b)
    return X


def kinds(doc: Doc, spans: Spans, marked) -> List[str]:
    """Each span's kind: DIRECT when quotation marks hold all its words but one, MIXED
    when they hold some, else INDIRECT (finder_component.reconcile_with_marks)."""
    if not spans:
        return []
    a, b = numpy.array(spans).T
    _, covered, outside = _mark_counts(doc, marked, a, b)
    return ["INDIRECT" if c == 0 else "DIRECT" if o <= 1 else "MIXED" for c, o in zip(covered.tolist(), outside.tolist())]


def _mark_counts(doc: Doc, marked, a: numpy.ndarray, b: numpy.ndarray):
    """Per span [a, b): tokens inside quotation marks, words inside them, words outside them."""
    in_marks = numpy.zeros(len(doc), dtype="int64")
    for start, end, _ in marked:
        in_marks[start:end] = 1
    words = word_prefix(doc)
    tokens = numpy.concatenate(([0], numpy.cumsum(in_marks)))
    marked_words = numpy.concatenate(([0], numpy.cumsum(in_marks * numpy.diff(words))))
    covered = marked_words[b] - marked_words[a]
    return tokens[b] - tokens[a], covered, (words[b] - words[a]) - covered


def probabilities(X: numpy.ndarray, weights: Sequence[float], names: Optional[Sequence[str]] = None) -> numpy.ndarray:
    """The logistic of the weights over the feature columns `names` (default: all FEATURES)."""
    if names is not None and list(names) != list(FEATURES):
        X = X[:, [FEATURES.index(name) for name in names]]
    return 1.0 / (1.0 + numpy.exp(-(X @ numpy.asarray(weights, dtype="float64"))))


def choose(spans: Spans, p: numpy.ndarray, threshold: float, sure: Iterable[Tuple[int, int]] = (),
           sure_floor: float = 0.0) -> Spans:
    """The likeliest spans at or above the threshold that overlap no likelier one. The
    rules' surest quotes (`sure`, among `spans`; see sure_rows) count as at least
    `sure_floor` likely."""
    if sure_floor:
        p = p.copy()
        index = {span: i for i, span in enumerate(spans)}
        for span in sure:
            if span in index:
                p[index[span]] = max(p[index[span]], sure_floor)
    taken = numpy.zeros(max((e for _, e in spans), default=0), dtype=bool)
    chosen = []
    for i in numpy.argsort(-p, kind="stable"):
        if p[i] < threshold:
            break
        start, end = spans[i]
        if not taken[start:end].any():
            taken[start:end] = True
            chosen.append(spans[i])
    return sorted(chosen)


def sure_rows(doc: Doc, rows: Sequence[Tuple[dict, str]]) -> Spans:
    """The rules' quotes whose bounds are surer evidence than PolNeAR's scores say: direct
    quotes, bounded by their marks, and the contents of headlines ("..., Says Oslo")."""
    headlines = {tuple(frame.content) for frame in find_frames(doc) if frame.source == "headline" and frame.content}
    return [(row["start"], row["end"]) for row, origin in rows
            if origin == "rule" and (row["kind"] == "DIRECT" or (row["start"], row["end"]) in headlines)]


def check_weights(selector: Optional[dict]) -> None:
    """Weights name the features they were fitted on; a name this version does not know is refused."""
    unknown = [name for name in (selector or {}).get("features", []) if name not in FEATURES]
    if selector and (unknown or len(selector["features"]) != len(selector["weights"])):
        raise ValueError(f"quote_finder: the selector weights in its cfg were fitted on other features "
                         f"({', '.join(unknown[:3]) or 'a different number'}); refit them with "
                         "`python -m spacy_quotes.finder.train_selector`")
