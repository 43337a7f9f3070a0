"""Stage 1, `quote_finder`: quote spans and their kind into doc.spans["quotes"].

Two strategies in one component, chosen by `use_model`: the rules alone
(quotation marks and the parse), or the tagger of finder_model.py combined with
the quotation-mark evidence, whose exact spans a span selector then chooses among
candidates (selector.py). The tagger also proposes cue and source spans
(doc.spans["quote_cue_candidates"], ["quote_source_candidates"]) that the
attributor links to the quotes.
"""
from itertools import islice
from typing import Callable, Iterable, List, Optional, Tuple

import numpy
from spacy.language import Language
from spacy.pipeline import TrainablePipe
from spacy.tokens import Doc, Span
from spacy.training import Example, validate_get_examples
from spacy.vocab import Vocab
from thinc.api import Config, Model, SequenceCategoricalCrossentropy

from ..records import CUE_CANDIDATES, SOURCE_CANDIDATES, new_quote_row, register_extensions, write_span_groups
from .calibration import calibrate
from .finder_model import TAGS, rule_rows
from .rules import find_quotes, marked_token_spans, word_count
from .selector import (DANGLING_DEPS, candidate_spans, check_weights, choose, features, kinds, probabilities,
                       sure_rows)

PREDICT_SUB_BATCH = 8
# PolNeAR marks short contents too ("cited [derogatory comments]", "urged [restraint]"): tagged
# quotes of 2-3 tokens raised content exact / partial F on dev 0.617 → 0.620 / 0.746 → 0.750,
# and on train too, over the earlier minimum of 4 (1 token: lower on dev)
MIN_TAGGED_TOKENS = 2

DEFAULT_FINDER_MODEL = Config().from_str(
    """
[model]
@architectures = "quotes.QuoteTagger.v2"
width = 96
lstm_depth = 1
governor_width = 16
governor_rows = 5000
dropout = 0.1

[model.tok2vec]
@architectures = "spacy.Tok2Vec.v2"

[model.tok2vec.embed]
@architectures = "spacy.MultiHashEmbed.v2"
width = 64
attrs = ["NORM", "PREFIX", "SUFFIX", "SHAPE", "TAG", "DEP"]
rows = [5000, 1000, 2500, 2500, 200, 200]
include_static_vectors = false

[model.tok2vec.encode]
@architectures = "spacy.MaxoutWindowEncoder.v2"
width = 64
window_size = 1
maxout_pieces = 3
depth = 3
"""
)["model"]


def decode_tags(tag_ids: numpy.ndarray) -> dict:
    """BIO tags to spans per role; an I without a B opens a span (lenient decoding)."""
    spans = {"CONTENT": [], "CUE": [], "SOURCE": []}
    current, start = None, 0
    for i, tag_id in enumerate(list(tag_ids) + [0]):
        tag = TAGS[int(tag_id)]
        prefix, role = (tag.split("-", 1) + [None])[:2] if tag != "O" else ("O", None)
        if current is not None and (prefix != "I" or role != current):
            spans[current].append((start, i))
            current = None
        if prefix == "B" or (prefix == "I" and current is None):
            current, start = role, i
    return spans


def gold_tags(example: Example) -> numpy.ndarray:
    """Tag ids for the predicted tokens from the reference span groups."""
    predicted, reference = example.predicted, example.reference
    tags = numpy.zeros((len(predicted),), dtype="int32")
    for key, role in (("quote_speakers", "SOURCE"), ("quote_cues", "CUE"), ("quotes", "CONTENT")):
        for span in reference.spans.get(key, []):
            aligned = predicted.char_span(span.start_char, span.end_char, alignment_mode="expand")
            if aligned is None or not len(aligned):
                continue
            tags[aligned.start] = TAGS.index(f"B-{role}")
            tags[aligned.start + 1 : aligned.end] = TAGS.index(f"I-{role}")
    return tags


def merge_fragments(doc: Doc, spans: dict, max_gap: int = 3) -> List[tuple]:
    """Join content fragments that a few untagged tokens split, unless the gap holds a
    predicted cue or source (then it is an interrupted quote: two quotes) or a line break."""
    others = {i for role in ("CUE", "SOURCE") for s, e in spans[role] for i in range(s, e)}
    merged: List[list] = []
    for start, end in sorted(spans["CONTENT"]):
        if merged:
            prev = merged[-1]
            gap = range(prev[1], start)
            if (len(gap) <= max_gap and not others.intersection(gap)
                    and not any("\n" in doc[i].text_with_ws for i in range(prev[1] - 1, start))):
                prev[1] = max(prev[1], end)
                continue
        merged.append([start, end])
    return [tuple(span) for span in merged]


def reconcile_with_marks(doc: Doc, start: int, end: int, marked) -> List[tuple]:
    """Make a tagged content span agree with the quotation marks.

    A span that is all inside marks (but a word) becomes those marked quotes, DIRECT;
    a span with more unmarked words is MIXED and grows to hold its marked parts whole.
    RETURNS (List[tuple]): (start, end, kind) rows.
    """
    inside = [(s, e) for s, e, _ in marked if s < end and e > start]
    if not inside:
        return [(start, end, "INDIRECT")]
    covered = sum(word_count(doc, max(start, s), min(end, e)) for s, e in inside)
    if word_count(doc, start, end) - covered <= 1:
        return [(s, e, "DIRECT") for s, e in inside]
    return [(min(start, inside[0][0]), max(end, inside[-1][1]), "MIXED")]


def ends_inside_phrase(doc: Doc, end: int) -> bool:
    """Whether a span ending at `end` stops inside a phrase ("welcomed the agreement in
    a | statement"): the tagger's span is then cut short, and is left out (on dev, content
    partial precision 0.827 → 0.830, recall 0.680 → 0.679)."""
    last = doc[end - 1]
    opens = last.head.i >= end or last.right_edge.i >= end  # its head or its object lies beyond
    return last.dep_ in DANGLING_DEPS and opens and last.sent.end > end


class QuoteFinder(TrainablePipe):
    """Finds quotes and writes `doc._.quote_table` rows and doc.spans["quotes"]."""

    def __init__(self, vocab: Vocab, model: Model, name: str = "quote_finder", *, min_words: int = 4,
                 use_model: bool = True, threshold: float = 0.65, use_selector: bool = True,
                 scorer: Optional[Callable] = None):
        register_extensions()
        self.vocab = vocab
        self.model = model
        self.name = name
        self.scorer = scorer
        self.use_selector = use_selector  # a setting of this pipeline, not of the weights: not in cfg
        # calibration: Platt weights set by finder/calibration.py after training; selector: the span
        # selector's weights and threshold, set by finder/train_selector.py (None: the rows as found)
        self.cfg = {"min_words": min_words, "use_model": use_model, "threshold": threshold, "labels": list(TAGS),
                    "calibration": None, "selector": None}

    @property
    def labels(self):
        return tuple(self.cfg["labels"])

    def predict(self, docs: Iterable[Doc]):
        docs = list(docs)
        if not self.cfg["use_model"]:
            return [None for _ in docs]
        # the LSTM pads a batch to its longest doc: docs of like length, a few at a time, give the
        # same scores, about a third faster at nlp.pipe(batch_size=64) on PolNeAR dev
        order = sorted(range(len(docs)), key=lambda i: len(docs[i]))
        scores: List[Optional[numpy.ndarray]] = [None] * len(docs)
        for k in range(0, len(order), PREDICT_SUB_BATCH):
            chunk = order[k : k + PREDICT_SUB_BATCH]
            if not any(len(docs[i]) for i in chunk):
                predicted = [numpy.zeros((len(docs[i]), len(TAGS)), dtype="float32") for i in chunk]
            else:
                predicted = [self.model.ops.to_numpy(s) for s in self.model.predict([docs[i] for i in chunk])]
            for i, doc_scores in zip(chunk, predicted):
                scores[i] = doc_scores
        return scores

    def set_annotations(self, docs: Iterable[Doc], scores) -> None:
        for doc, doc_scores in zip(docs, scores):
            if doc_scores is None:
                doc._.quote_table = find_quotes(doc, self.cfg["min_words"])
            else:
                doc._.quote_table = self._rows_from_scores(doc, doc_scores)
            write_span_groups(doc)

    def _rows_from_scores(self, doc: Doc, scores: numpy.ndarray) -> List[dict]:
        rows = []
        for row, origin in self.scored_rows(doc, scores):
            row["confidence"] = calibrate(self.cfg.get("calibration"), row["confidence"], origin, row["kind"])
            rows.append(row)
        return rows

    def scored_rows(self, doc: Doc, scores: numpy.ndarray) -> List[Tuple[dict, str]]:
        """The rules' quotes, scored by the tagger, plus the tagger's confident quotes
        that no rule found, each with its origin ("rule" or "tagger") and the raw
        confidence (mean content probability). On PolNeAR dev the rules' boundaries
        are exact more often than the tagger's, while the tagger finds quotes the
        rules miss (README). Also writes the tagger's cue and source candidates."""
        spans = decode_tags(scores.argmax(axis=1)) if len(doc) else decode_tags(numpy.zeros((0,)))
        marked = marked_token_spans(doc)
        content = scores[:, TAGS.index("B-CONTENT")] + scores[:, TAGS.index("I-CONTENT")] if len(doc) else scores
        rows = [(row, "rule") for row in rule_rows(doc, self.cfg["min_words"])]
        for row, _ in rows:
            row["confidence"] = float(content[row["start"] : row["end"]].mean())
        for row in self._tagged_rows(doc, spans, content, marked):
            if row["confidence"] < self.cfg["threshold"] or row["end"] - row["start"] < MIN_TAGGED_TOKENS:
                continue
            if not any(other["start"] < row["end"] and other["end"] > row["start"] for other, _ in rows):
                rows.append((row, "tagger"))
        if self.use_selector and self.cfg.get("selector") and len(doc):
            rows = self._select(doc, scores, spans, content, marked, rows)
        rows.sort(key=lambda pair: (pair[0]["start"], pair[0]["end"]))
        doc.spans[CUE_CANDIDATES] = [Span(doc, s, e, label="CUE") for s, e in spans["CUE"]]
        doc.spans[SOURCE_CANDIDATES] = [Span(doc, s, e, label="SOURCE") for s, e in spans["SOURCE"]]
        if len(doc):
            # the attributor's linker reads how likely each token is a source (sparse: most are not)
            source = scores[:, TAGS.index("B-SOURCE")] + scores[:, TAGS.index("I-SOURCE")]
            tokens = numpy.flatnonzero(source >= 0.05)
            doc.spans[SOURCE_CANDIDATES].attrs["tokens"] = [int(i) for i in tokens]
            doc.spans[SOURCE_CANDIDATES].attrs["probability"] = [round(float(p), 3) for p in source[tokens]]
        return rows

    def _select(self, doc: Doc, scores: numpy.ndarray, spans: dict, content: numpy.ndarray, marked,
                rows: List[Tuple[dict, str]]) -> List[Tuple[dict, str]]:
        """The span selector's choice among the rows and the other candidate spans
        (selector.py); a chosen row keeps its origin, a new span counts as the tagger's."""
        selector = self.cfg["selector"]
        check_weights(selector)
        candidates, X = self.selector_candidates(doc, scores, rows, spans)
        p = probabilities(X, selector["weights"], selector["features"])
        by_span = {(row["start"], row["end"]): (row, origin) for row, origin in rows}
        chosen, new = [], []
        for span in choose(candidates, p, selector["threshold"], sure_rows(doc, rows), selector.get("sure_floor", 0.0)):
            if span in by_span:
                chosen.append(by_span[span])
            else:
                new.append(span)
        for (start, end), kind in zip(new, kinds(doc, new, marked)):
            row = new_quote_row(start, end, kind, confidence=float(content[start:end].mean()))
            chosen.append((row, "tagger"))
        return chosen

    def selector_candidates(self, doc: Doc, scores: numpy.ndarray, rows: List[Tuple[dict, str]],
                            spans: Optional[dict] = None) -> Tuple[List[Tuple[int, int]], numpy.ndarray]:
        """The span selector's candidates around the finder's rows and their feature matrix
        (also what finder/train_selector.py fits on). spans: the decoded tags, when at hand."""
        spans = decode_tags(scores.argmax(axis=1)) if spans is None else spans
        tagged = set(merge_fragments(doc, spans)) | set(spans["CONTENT"])
        candidates, sources = candidate_spans(doc, rows, tagged)
        return candidates, features(doc, scores, candidates, sources, marked_token_spans(doc))

    def _tagged_rows(self, doc: Doc, spans: dict, content: numpy.ndarray, marked) -> List[dict]:
        """The tagger's own quotes: content spans made to agree with the quotation marks."""
        rows = []
        for start, end in merge_fragments(doc, spans):
            if word_count(doc, start, end) < 2:
                continue
            for row_start, row_end, kind in reconcile_with_marks(doc, start, end, marked):
                if any(row["start"] < row_end and row["end"] > row_start for row in rows):
                    continue  # two fragments of one marked quote
                confidence = float(content[row_start:row_end].mean())
                if kind == "INDIRECT" and row_end - row_start > 1 and doc[row_end - 1].text == ",":
                    row_end -= 1  # PolNeAR leaves the comma before "X said" outside (3,281 to 116 on train)
                if kind != "DIRECT" and ends_inside_phrase(doc, row_end):
                    continue
                rows.append(new_quote_row(row_start, row_end, kind, confidence=confidence))
        return rows

    def get_loss(self, examples: Iterable[Example], scores):
        loss_func = SequenceCategoricalCrossentropy(normalize=False)
        truths = [gold_tags(eg) for eg in examples]
        d_scores, loss = loss_func(scores, truths)
        if self.model.ops.xp.isnan(loss):
            raise ValueError("NaN loss in quote_finder")
        return float(loss), d_scores

    def update(self, examples, *, drop: float = 0.0, sgd=None, losses=None):
        losses = {} if losses is None else losses
        losses.setdefault(self.name, 0.0)
        examples = [eg for eg in examples if len(eg.predicted)]
        if not examples:
            return losses
        scores, backprop = self.model.begin_update([eg.predicted for eg in examples])
        loss, d_scores = self.get_loss(examples, scores)
        backprop(d_scores)
        if sgd is not None:
            self.finish_update(sgd)
        losses[self.name] += loss
        return losses

    def initialize(self, get_examples: Callable[[], Iterable[Example]], *, nlp: Optional[Language] = None,
                   labels: Optional[List[str]] = None) -> None:
        validate_get_examples(get_examples, "QuoteFinder.initialize")
        if labels is not None and tuple(labels) != TAGS:
            raise ValueError(f"quote_finder has the fixed labels {TAGS}, got {labels}")
        sample = [eg.predicted for eg in islice(get_examples(), 10)]
        if not sample:
            raise ValueError("quote_finder.initialize needs at least one example")
        self.model.initialize(X=sample)

    def add_label(self, label: str) -> int:
        raise NotImplementedError("quote_finder has the fixed labels " + ", ".join(TAGS))


@Language.factory(
    "quote_finder",
    assigns=["doc.spans", "doc._.quote_table"],
    requires=["token.dep", "token.tag"],
    default_config={
        "model": DEFAULT_FINDER_MODEL,
        "min_words": 4,
        "use_model": True,
        "threshold": 0.65,
        "use_selector": True,
        "scorer": {"@scorers": "quotes.quote_scorer.v1"},
    },
    default_score_weights={"quotes_partial_f": 0.4, "quotes_exact_f": 0.4, "quote_speakers_partial_f": 0.2},
)
def make_quote_finder(nlp: Language, name: str, model: Model, min_words: int, use_model: bool,
                      threshold: float, use_selector: bool, scorer: Optional[Callable]):
    return QuoteFinder(nlp.vocab, model, name, min_words=min_words, use_model=use_model,
                       threshold=threshold, use_selector=use_selector, scorer=scorer)
