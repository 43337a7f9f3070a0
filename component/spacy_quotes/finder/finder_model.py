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
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Model, Softmax, chain, concatenate, with_array, Maxout
from thinc.types import Floats2d

from ..attribution.cues import find_frames
from ..paragraphs import Paragraphs
from .marks import find_marked_spans

TAGS = ("O", "B-CONTENT", "I-CONTENT", "B-CUE", "I-CUE", "B-SOURCE", "I-SOURCE")
N_RULE_FEATURES = 10


def rule_features(doc: Doc) -> numpy.ndarray:
    """Per-token rule evidence, shape (len(doc), N_RULE_FEATURES), float32."""
    features = numpy.zeros((len(doc), N_RULE_FEATURES), dtype="float32")
    if not len(doc):
        return features
    for marked in find_marked_spans(doc.text):
        span = doc.char_span(marked.start, marked.end, alignment_mode="expand")
        if span is None or not len(span):
            continue
        features[span.start : span.end, 0] = 1.0
        features[span.start, 1] = 1.0
        features[span.end - 1, 2] = 1.0
        if marked.single:
            features[span.start : span.end, 3] = 1.0
    for frame in find_frames(doc):
        if frame.content:
            features[frame.content[0] : frame.content[1], 4] = 1.0
            features[frame.content[0], 5] = 1.0
            features[frame.content[1] - 1, 6] = 1.0
        features[frame.cue[0] : frame.cue[1], 7] = 1.0
        if frame.speaker:
            features[frame.speaker[0] : frame.speaker[1], 8] = 1.0
    for start in Paragraphs(doc).starts:
        features[start, 9] = 1.0
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
    nO: int = len(TAGS),
) -> Model[List[Doc], List[Floats2d]]:
    """Tags each token with TAGS from its tok2vec vector and the rule evidence.

    tok2vec (Model[List[Doc], List[Floats2d]]): the token encoder.
    width (int): width of the hidden layer over both.
    nO (int): number of tags.
    RETURNS (Model[List[Doc], List[Floats2d]]): tag probabilities per token.
    """
    model = chain(
        concatenate(tok2vec, RuleFeatures()),
        with_array(chain(Maxout(nO=width, nP=3, dropout=0.1, normalize=True), Softmax(nO=nO))),
    )
    model.set_ref("tok2vec", tok2vec)
    return model
