"""The learned strategy of stage 1: a tagger over quote content, cue and source.

PolNeAR gives each token at most one role in one attribution, so content, cue
and source are one BIO tag sequence. Quote spans are long (20-100 tokens), so a
bidirectional LSTM reads the whole document over three inputs per token: the
tok2vec vector, the rule evidence (inside quotation marks, inside the clausal
complement of a reporting verb, cue, subject of a cue) and embeddings of the
words that govern it in the parse. The tok2vec is an argument, so the CPU and
transformer configs differ only in that block.
"""
from typing import List

import numpy
from spacy.attrs import DEP, HEAD, LEMMA
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import LSTM, HashEmbed, Maxout, Model, Softmax, chain, concatenate, with_array, with_padded
from thinc.types import Floats2d, Ints2d

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


# Arcs from a word that may report to its argument: the clause, object or phrase
# that holds what was said, believed or planned.
ARGUMENT_DEPS = ("ccomp", "xcomp", "dobj", "attr", "oprd", "acl", "advcl", "pcomp", "pobj", "csubj", "relcl", "parataxis")


def governor_keys(doc: Doc) -> numpy.ndarray:
    """Per token, two keys of the words that govern it, shape (len(doc), 2), uint64:
    the nearest ancestor attached as an argument (its head's lemma, the arc, the side)
    and the outermost one below the root. A token deep in "X said that Y wants to Z"
    is keyed by (want, xcomp) and (say, ccomp): the tagger learns which lemmas report,
    believe or plan, a lexicon no rule list keeps up with.
    """
    keys = numpy.zeros((len(doc), 2), dtype="uint64")
    if not len(doc) or not doc.has_annotation("DEP"):
        return keys
    array = doc.to_array([HEAD, DEP, LEMMA]).astype("int64")
    heads = numpy.arange(len(doc)) + array[:, 0]
    argument = numpy.isin(array[:, 1], [doc.vocab.strings[dep] for dep in ARGUMENT_DEPS])
    lemmas, deps = array[:, 2].astype("uint64"), array[:, 1].astype("uint64")
    with numpy.errstate(over="ignore"):
        arc_keys = lemmas[heads] * numpy.uint64(1000003) + deps * numpy.uint64(31) + (numpy.arange(len(doc)) < heads)
    # walk every token up to its root at once: one numpy step per level of the tree
    argument &= heads != numpy.arange(len(doc))  # a root is never an argument
    own = numpy.where(argument, arc_keys, numpy.uint64(0))
    nearest, outermost = own.copy(), own.copy()
    node = heads.copy()
    for _ in range(len(doc)):
        above = own[node]
        done = heads[node] == node  # node is a root: nothing above it
        nearest = numpy.where((nearest == 0) & ~done, above, nearest)
        outermost = numpy.where((above != 0) & ~done, above, outermost)
        if done.all():
            break
        node = heads[node]
    keys[:, 0], keys[:, 1] = nearest, outermost
    return keys


def GovernorKeys() -> Model[List[Doc], List[Ints2d]]:
    def forward(model, docs, is_train):
        return [model.ops.asarray(governor_keys(doc), dtype="uint64") for doc in docs], lambda d_output: []

    return Model("governor_keys", forward)


@registry.layers("quotes.GovernorEmbed.v1")
def GovernorEmbed(width: int, rows: int) -> Model[List[Doc], List[Floats2d]]:
    """Embeddings of the two governor keys of each token (see governor_keys)."""
    return chain(
        GovernorKeys(),
        with_array(concatenate(HashEmbed(nO=width, nV=rows, column=0), HashEmbed(nO=width, nV=rows, column=1, seed=7))),
    )


@registry.layers("quotes.Frozen.v1")
def Frozen(layer: Model) -> Model:
    """`layer` as fixed features: run in inference mode, never updated. A
    transformer fine-tuned on a CPU learns too slowly to help (see the README), but
    its frozen states read by the LSTM cost only the forward pass.
    """
    return Model("frozen", _frozen_forward, init=_frozen_init, layers=[layer])


def _frozen_forward(model: Model, X, is_train: bool):
    return model.layers[0].predict(X), lambda d_output: []


def _frozen_init(model: Model, X=None, Y=None) -> None:
    model.layers[0].initialize(X=X)


@registry.architectures("quotes.QuoteTagger.v2")
def build_quote_tagger_lstm_model(
    tok2vec: Model[List[Doc], List[Floats2d]],
    width: int = 64,
    lstm_depth: int = 1,
    governor_width: int = 16,
    governor_rows: int = 5000,
    dropout: float = 0.1,
    nO: int = len(TAGS),
) -> Model[List[Doc], List[Floats2d]]:
    """Tags each token with TAGS from its tok2vec vector, the rule evidence and the
    words that govern it, read by a bidirectional LSTM over the whole document: a
    quote's start and end are often 50 tokens apart, beyond any window a CNN affords
    on a CPU. thinc's own LSTM runs on numpy, so no torch is needed.

    tok2vec (Model[List[Doc], List[Floats2d]]): the token encoder.
    width (int): width of the hidden layer and of the LSTM output (both directions).
    lstm_depth (int): number of stacked bidirectional LSTM layers.
    governor_width (int), governor_rows (int): the governor embeddings; 0 leaves them out.
    dropout (float): dropout in the hidden layer and between LSTM layers.
    nO (int): number of tags.
    RETURNS (Model[List[Doc], List[Floats2d]]): tag probabilities per token.
    """
    inputs = [tok2vec, RuleFeatures()]
    if governor_width:
        inputs.append(GovernorEmbed(governor_width, governor_rows))
    model = chain(
        concatenate(*inputs),
        with_array(Maxout(nO=width, nP=3, dropout=dropout, normalize=True)),
        with_padded(LSTM(nO=width, nI=width, bi=True, depth=lstm_depth, dropout=dropout)),
        with_array(Softmax(nO=nO)),
    )
    model.set_ref("tok2vec", tok2vec)
    return model
