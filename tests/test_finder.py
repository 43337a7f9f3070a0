"""The standard tests of a trainable pipe, for quote_finder, on a blank pipeline."""
import numpy
import pytest
import spacy
from spacy.lang.en import English
from spacy.training import Example
from thinc.api import fix_random_seed

from spacy_quotes.corpus.docs import set_gold_quotes
from spacy_quotes.finder.calibration import calibrate, expected_calibration_error, features, fit
from spacy_quotes.finder.finder_component import decode_tags, merge_fragments, reconcile_with_marks
from spacy.tokens import Doc

from spacy_quotes.finder.finder_model import N_RULE_FEATURES, TAGS, governor_keys, rule_features

# fmt: off
TRAIN_DATA = [
    ("Officials said the bridge would reopen in May. Nobody objected.",
     [{"start": 15, "end": 45, "type": "indirect", "cue": [10, 14], "speaker": [0, 9]}]),
    ("“We are ready,” the mayor said on Monday.",
     [{"start": 0, "end": 15, "type": "direct", "cue": [26, 30], "speaker": [16, 25]}]),
]
# fmt: on
TEST_CONFIG = {
    "model": {
        "@architectures": "quotes.QuoteTagger.v2",
        "width": 32,
        "governor_width": 8,
        "governor_rows": 100,
        "tok2vec": {
            "@architectures": "spacy.Tok2Vec.v2",
            "embed": {"@architectures": "spacy.MultiHashEmbed.v2", "width": 32,
                      "attrs": ["NORM", "PREFIX", "SUFFIX", "SHAPE"], "rows": [500, 100, 100, 100],
                      "include_static_vectors": False},
            "encode": {"@architectures": "spacy.MaxoutWindowEncoder.v2", "width": 32, "window_size": 1,
                       "maxout_pieces": 3, "depth": 2},
        },
    }
}


def make_examples(nlp):
    examples = []
    for text, quotes in TRAIN_DATA:
        reference = set_gold_quotes(nlp.make_doc(text), [dict(q, speaker_name=None) for q in quotes])
        examples.append(Example(nlp.make_doc(text), reference))
    return examples


def test_labels_are_fixed():
    nlp = English()
    finder = nlp.add_pipe("quote_finder", config=TEST_CONFIG)
    assert finder.labels == TAGS
    with pytest.raises(NotImplementedError):
        finder.add_label("SPEAKER")
    with pytest.raises(ValueError):
        finder.initialize(lambda: make_examples(nlp), nlp=nlp, labels=["X"])


def test_initialize_without_examples_raises():
    nlp = English()
    nlp.add_pipe("quote_finder", config=TEST_CONFIG)
    with pytest.raises(TypeError, match="E930"):
        nlp.initialize(get_examples=lambda: [])


def test_uninitialized_pipe_raises():
    nlp = English()
    nlp.add_pipe("quote_finder", config=TEST_CONFIG)
    with pytest.raises(ValueError):
        nlp("“We are ready,” the mayor said.")


def test_overfitting_IO(tmp_path):
    fix_random_seed(0)
    nlp = English()
    nlp.add_pipe("quote_finder", config=TEST_CONFIG)
    examples = make_examples(nlp)
    optimizer = nlp.initialize(get_examples=lambda: examples)
    optimizer.learn_rate = 0.01  # the LSTM needs a larger step to overfit two sentences fast
    first_loss = None
    for i in range(100):
        losses = {}
        nlp.update(examples, sgd=optimizer, losses=losses)
        first_loss = losses["quote_finder"] if first_loss is None else first_loss
    assert losses["quote_finder"] < first_loss / 10

    def predicted(nlp):
        out = []
        for text, _ in TRAIN_DATA:
            doc = nlp(text)
            out.append([(q.content.text, q.kind) for q in doc._.quotes])
        return out

    expected = [
        [("the bridge would reopen in May", "INDIRECT")],
        [("“We are ready,”", "DIRECT")],
    ]
    assert predicted(nlp) == expected
    nlp.to_disk(tmp_path)
    reloaded = spacy.load(tmp_path)
    assert predicted(reloaded) == expected
    scores = reloaded.evaluate(make_examples(reloaded))
    assert scores["quotes_exact_f"] == 1.0
    assert scores["quotes_partial_f"] == 1.0


def test_empty_docs_and_pipe_equals_call():
    fix_random_seed(0)
    nlp = English()
    nlp.add_pipe("quote_finder", config=TEST_CONFIG)
    nlp.initialize(get_examples=lambda: make_examples(nlp))
    texts = ["", " ", "“We are ready,” the mayor said on Monday.", "No quotes here at all."]
    piped = [[q.to_dict() for q in doc._.quotes] for doc in nlp.pipe(texts, batch_size=2)]
    called = [[q.to_dict() for q in nlp(text)._.quotes] for text in texts]
    assert piped == called
    assert piped[0] == [] and piped[1] == []
    assert list(nlp.pipe([])) == []


def test_rules_strategy_needs_no_training():
    nlp = English()
    nlp.add_pipe("quote_finder", config=dict(TEST_CONFIG, use_model=False))
    doc = nlp("“We are ready for the storm,” she said.")
    assert [(q.content.text, q.kind) for q in doc._.quotes] == [("“We are ready for the storm,”", "DIRECT")]


def test_rule_features_shape_and_marks():
    nlp = English()
    doc = nlp.make_doc("He said “yes, we will” today.")
    features = rule_features(doc)
    assert features.shape == (len(doc), N_RULE_FEATURES)
    inside = [t.text for t in doc if features[t.i, 0]]
    assert inside == ["“", "yes", ",", "we", "will", "”"]
    assert rule_features(nlp.make_doc("")).shape == (0, N_RULE_FEATURES)


def test_governor_keys_follow_the_argument_arcs():
    nlp = English()
    words = ["Trump", "said", "that", "Clinton", "wants", "to", "raise", "taxes", "."]
    heads = [1, 1, 4, 4, 1, 6, 4, 6, 1]
    deps = ["nsubj", "ROOT", "mark", "nsubj", "ccomp", "aux", "xcomp", "dobj", "punct"]
    lemmas = ["Trump", "say", "that", "Clinton", "want", "to", "raise", "tax", "."]
    doc = Doc(nlp.vocab, words=words, heads=heads, deps=deps, lemmas=lemmas)
    keys = governor_keys(doc)
    assert keys.shape == (9, 2) and keys.dtype == "uint64"
    # the speaker, the cue and the final stop hang from the root by no argument arc
    assert not keys[[0, 1, 8]].any()
    # everything in the complement shares the outermost key (say, ccomp) ...
    assert len({int(k) for k in keys[2:8, 1]}) == 1 and keys[2, 1] == keys[4, 0]
    # ... while the nearest key tells the embedded want, raise and object apart
    assert len({int(keys[i, 0]) for i in (4, 6, 7)}) == 3
    assert keys[5, 0] == keys[6, 0]  # "to" hangs from raise, itself xcomp of want
    assert not governor_keys(nlp.make_doc("no parse here")).any()
    assert governor_keys(nlp.make_doc("")).shape == (0, 2)


def test_decode_and_merge():
    nlp = English()
    doc = nlp.make_doc("a b c d e f g h")
    O, B, I, BC = (TAGS.index(t) for t in ("O", "B-CONTENT", "I-CONTENT", "B-CUE"))
    spans = decode_tags([B, I, O, I, I, BC, O, I])
    assert spans["CONTENT"] == [(0, 2), (3, 5), (7, 8)]
    assert spans["CUE"] == [(5, 6)]
    # the one-token gap joins; the cue keeps the last fragment apart
    assert merge_fragments(doc, spans) == [(0, 5), (7, 8)]


def test_reconcile_with_marks():
    nlp = English()
    doc = nlp.make_doc("He said “we will win this” and “go home” today.")
    marked = [(2, 7, False), (8, 11, False)]
    assert reconcile_with_marks(doc, 3, 6, marked) == [(2, 7, "DIRECT")]
    assert reconcile_with_marks(doc, 0, 11, marked) == [(0, 11, "MIXED")]
    assert reconcile_with_marks(doc, 0, 2, marked) == [(0, 2, "INDIRECT")]


def test_calibration_fit_recovers_a_known_mapping():
    rng = numpy.random.default_rng(0)
    raw = rng.uniform(0.05, 0.95, 4000)
    origins = rng.choice(["rule", "tagger"], 4000)
    kinds = rng.choice(["DIRECT", "INDIRECT", "MIXED"], 4000)
    X = numpy.array([features(r, o, k) for r, o, k in zip(raw, origins, kinds)])
    true = numpy.array([0.8, 0.5, -1.0, -0.5, 0.0])
    y = (rng.uniform(size=4000) < 1 / (1 + numpy.exp(-X @ true))).astype("float64")
    weights = fit(X, y, l2=0.01)
    assert numpy.allclose(weights, true, atol=0.25)
    calibrated = numpy.array([calibrate(weights, r, o, k) for r, o, k in zip(raw, origins, kinds)])
    assert expected_calibration_error(calibrated, y) < expected_calibration_error(raw, y)
    assert calibrate(None, 0.37, "rule", "DIRECT") == 0.37


def test_finder_applies_its_calibration():
    fix_random_seed(0)
    nlp = English()
    finder = nlp.add_pipe("quote_finder", config=TEST_CONFIG)
    nlp.initialize(get_examples=lambda: make_examples(nlp))
    text = "“We are ready for the storm,” the mayor said on Monday."
    raw = [q.confidence for q in nlp(text)._.quotes]
    finder.cfg["calibration"] = [0.0, 2.0, 0.0, 0.0, 0.0]  # every quote: sigmoid(2)
    assert raw and [round(q.confidence, 4) for q in nlp(text)._.quotes] == [0.8808] * len(raw)


def test_frozen_layer_is_never_updated():
    from thinc.api import Adam, Linear, chain

    from spacy_quotes.finder.finder_model import Frozen

    encoder = Linear(nO=3, nI=4)
    head = Linear(nO=2, nI=3)
    model = chain(Frozen(encoder), head)
    X = numpy.ones((5, 4), dtype="f")
    model.initialize(X=X, Y=numpy.zeros((5, 2), dtype="f"))
    encoder_before = encoder.get_param("W").copy()
    head_before = head.get_param("W").copy()
    Y, backprop = model.begin_update(X)
    backprop(Y - 1.0)
    model.finish_update(Adam(0.1))
    assert numpy.array_equal(encoder.get_param("W"), encoder_before)
    assert not numpy.array_equal(head.get_param("W"), head_before)
    # the frozen layer still computes: its output is the encoder's own prediction
    assert numpy.allclose(Frozen(encoder).predict(X), encoder.predict(X))


def test_a_span_ending_inside_a_phrase_is_detected(nlp):
    from spacy_quotes.finder.finder_component import ends_inside_phrase

    doc = nlp("The senator welcomed the agreement in a statement.")
    words = [t.text for t in doc]
    assert ends_inside_phrase(doc, words.index("a") + 1)  # "... in a" waits for its noun
    assert ends_inside_phrase(doc, words.index("in") + 1)
    assert not ends_inside_phrase(doc, words.index("statement") + 1)
    assert not ends_inside_phrase(doc, words.index("agreement") + 1)
