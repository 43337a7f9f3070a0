"""The learned strategy of stage 1: a tagger over quote content, cue and source.

PolNeAR gives each token at most one role in one attribution, so content, cue
and source are one BIO tag sequence. Quote spans are long (20-100 tokens) and
a window CNN sees only a few tokens, so the tagger also reads the rule evidence
per token (inside quotation marks, inside the clausal complement of a reporting
verb, cue, subject of a cue): the rules give reach, the tagger learns when to
trust them. The tok2vec is an argument, so the CPU and transformer configs
differ only in that block.
"""
from typing import List

import numpy
from spacy.attrs import DEP
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Model, Softmax, chain, concatenate, with_array, Maxout
from thinc.types import Floats2d
from spacy.ml.models.tok2vec import MaxoutWindowEncoder

from ..attribution.cues import find_frames, is_reporting_verb, verbs
from ..paragraphs import Paragraphs, cached, sentence_starts
from .rules import find_quotes, marked_token_spans

TAGS = ("O", "B-CONTENT", "I-CONTENT", "B-CUE", "I-CUE", "B-SOURCE", "I-SOURCE")
N_RULE_FEATURES = 20


def rule_rows(doc: Doc, min_words: int = 4) -> List[dict]:
    """The rules' quote rows, computed once per doc for the features and the finder;
    copies, since the finder and attributor fill them in."""
    rows = cached(doc, f"rule_rows_{min_words}", lambda: find_quotes(doc, min_words, marked=marked_token_spans(doc)))
    return [dict(row) for row in rows]


def rule_features(doc: Doc) -> numpy.ndarray:
    """Per-token rule evidence, shape (len(doc), N_RULE_FEATURES), float32.

    0-3 quotation marks (inside, first, last, single marks); 4-8 reporting frames
    (content inside/first/last, cue, speaker); 9 paragraph start; 10-11 a cue
    earlier/later in the sentence; 12-13 sentence first/last; 14 reporting-verb
    lemma; 15 subject; 16-19 the rules' own quote rows (inside, first, last, direct).
    """
    features = numpy.zeros((len(doc), N_RULE_FEATURES), dtype="float32")
    if not len(doc):
        return features
    marked = marked_token_spans(doc)
    for start, end, single in marked:
        features[start:end, 0] = 1.0
        features[start, 1] = 1.0
        features[end - 1, 2] = 1.0
        if single:
            features[start:end, 3] = 1.0
    frames = find_frames(doc)
    for frame in frames:
        if frame.content:
            features[frame.content[0] : frame.content[1], 4] = 1.0
            features[frame.content[0], 5] = 1.0
            features[frame.content[1] - 1, 6] = 1.0
        features[frame.cue[0] : frame.cue[1], 7] = 1.0
        if frame.speaker:
            features[frame.speaker[0] : frame.speaker[1], 8] = 1.0
    paragraphs = Paragraphs.of_doc(doc)
    for start in paragraphs.starts:
        features[start, 9] = 1.0
    if doc.has_annotation("DEP") or doc.has_annotation("SENT_START"):
        cue_starts = numpy.zeros((len(doc),), dtype="float32")
        for frame in frames:
            cue_starts[frame.cue[0]] = 1.0
        starts = list(sentence_starts(doc)) + [len(doc)]
        for lo, hi in zip(starts[:-1], starts[1:]):
            running = numpy.cumsum(cue_starts[lo:hi])
            features[lo:hi, 10] = running > 0
            features[lo:hi, 11] = (running[-1] - running) > 0
            features[lo, 12] = 1.0
            features[hi - 1, 13] = 1.0
    for token in verbs(doc):
        if is_reporting_verb(token):
            features[token.i, 14] = 1.0
    if len(doc) and doc.has_annotation("DEP"):
        deps = doc.to_array(DEP)
        features[:, 15] = numpy.isin(deps, [doc.vocab.strings["nsubj"], doc.vocab.strings["nsubjpass"]])
    for row in rule_rows(doc):
        features[row["start"] : row["end"], 16] = 1.0
        features[row["start"], 17] = 1.0
        features[row["end"] - 1, 18] = 1.0
        if row["kind"] == "DIRECT":
            features[row["start"] : row["end"], 19] = 1.0
    return features


@registry.layers("quotes.RuleFeatures.v1")
def RuleFeatures() -> Model[List[Doc], List[Floats2d]]:
    """A layer without weights: the rule evidence of each token."""

    def forward(model, docs, is_train):
        output = [model.ops.asarray2f(rule_features(doc)) for doc in docs]
        return output, lambda d_output: []

    return Model("rule_features", forward, dims={"nO": N_RULE_FEATURES})


@registry.architectures("quotes.QuoteTagger.v1")
def build_quote_tagger_model(
    tok2vec: Model[List[Doc], List[Floats2d]],
    width: int = 96,
    context_window: int = 1,
    context_depth: int = 2,
    nO: int = len(TAGS),
) -> Model[List[Doc], List[Floats2d]]:
    """Tags each token with TAGS from its tok2vec vector and the rule evidence.

    tok2vec (Model[List[Doc], List[Floats2d]]): the token encoder.
    width (int): width of the hidden layers over both.
    context_window (int), context_depth (int): a window encoder over the joined
        vectors, so that the rule evidence of neighbours is read too.
    nO (int): number of tags.
    RETURNS (Model[List[Doc], List[Floats2d]]): tag probabilities per token.
    """
    layers = [
        concatenate(tok2vec, RuleFeatures()),
        with_array(Maxout(nO=width, nP=3, dropout=0.1, normalize=True)),
    ]
    if context_depth:
        layers.append(MaxoutWindowEncoder(width=width, window_size=context_window, maxout_pieces=3, depth=context_depth))
    layers.append(with_array(Softmax(nO=nO)))
    model = chain(*layers)
    model.set_ref("tok2vec", tok2vec)
    return model
