"""The finder's span selector (finder/selector.py) and its fit (finder/train_selector.py)."""
import json

import numpy
import pytest
from spacy.lang.en import English
from spacy.tokens import Doc
from thinc.api import fix_random_seed

from spacy_quotes.finder import selector as selector_module
from spacy_quotes.finder.finder_model import TAGS
from spacy_quotes.finder.rules import marked_token_spans
from spacy_quotes.finder.selector import (FEATURES, candidate_spans, choose, features, kinds, probabilities,
                                          subtree_edges)
from spacy_quotes.finder.train_selector import direct_recall, span_f

from conftest import REPO
from test_finder import TEST_CONFIG, make_examples

COLUMN = {name: k for k, name in enumerate(FEATURES)}


def flat_scores(doc, content=()):
    """Tag probabilities: O everywhere but the tokens of `content` (index → content probability)."""
    scores = numpy.zeros((len(doc), len(TAGS)), dtype="float32")
    scores[:, TAGS.index("O")] = 1.0
    for i, p in dict(content).items():
        scores[i, TAGS.index("O")] = 1.0 - p
        scores[i, TAGS.index("I-CONTENT")] = p
    return scores


def test_subtree_edges_equal_spacys(nlp):
    doc = nlp("The FBI warned state officials to boost their election security after hackers struck, "
              "and the agency said it would help.")
    left, right = subtree_edges(doc)
    assert left.tolist() == [t.left_edge.i for t in doc]
    assert right.tolist() == [t.right_edge.i for t in doc]


def test_range_min_equals_a_scan():
    rng = numpy.random.default_rng(0)
    values = rng.uniform(size=37)
    starts = rng.integers(0, 36, 200)
    ends = starts + 1 + rng.integers(0, 37 - starts)
    expected = [values[a:b].min() for a, b in zip(starts, ends)]
    assert selector_module._range_min(values, starts, ends).tolist() == expected


def test_subtrees_of_argument_arcs_are_candidates(nlp):
    doc = nlp("The FBI warned officials to boost their election security.")
    spans, sources = candidate_spans(doc, [], set())
    texts = {doc[a:b].text: sources["subtrees"].get((a, b)) for a, b in spans}
    assert texts["to boost their election security"] == "xcomp"
    assert texts["The FBI"] == "nsubj"
    assert "officials" not in texts  # one word is no quote of its own ...
    row = {"start": 3, "end": 4, "kind": "INDIRECT", "confidence": 0.5}
    spans, sources = candidate_spans(doc, [(row, "rule")], set())
    assert (3, 4) in spans and sources["rows"][(3, 4)] == ("rule", 0.5, "INDIRECT")  # ... unless a rule found it
    assert spans == sorted(spans)


def welcomed(last_words):
    words = ["He", "welcomed", "the", "agreement", *last_words, "."]
    return Doc(English().vocab, words=words, lemmas=[w.lower() for w in words], heads=[1, 1, 3, 1, 3, 6, 4, 1],
               deps=["nsubj", "ROOT", "det", "dobj", "prep", "det", "pobj", "punct"])


def test_a_phrase_closing_a_subtree_may_be_left_out():
    doc = welcomed(["in", "the", "spring"])
    spans, sources = candidate_spans(doc, [], set())
    assert sources["subtrees"][(2, 7)] == sources["subtrees"][(2, 4)] == "dobj"
    assert [doc[a:b].text for a, b in spans] == ["the agreement", "the agreement in the spring", "the spring"]


def test_the_medium_is_left_out_of_a_content():
    doc = welcomed(["in", "a", "statement"])  # PolNeAR: "welcomed [the agreement] in a statement"
    spans, sources = candidate_spans(doc, [], {(2, 7)})
    assert [doc[a:b].text for a, b in spans] == ["the agreement", "a statement"]
    assert sources["tagged"] == {(2, 4)}


def test_a_span_ending_on_a_comma_stands_for_the_span_without_it(nlp):
    doc = nlp("The economy is strong, the minister said.")
    spans, sources = candidate_spans(doc, [], {(0, 5)})
    assert (0, 4) in spans and (0, 5) not in spans and sources["tagged"] == {(0, 4)}


def test_direct_quotes_and_headlines_of_the_rules_are_sure(nlp):
    from spacy_quotes.finder.rules import find_quotes
    from spacy_quotes.finder.selector import sure_rows

    doc = nlp("Norway, Canada Agree To Share Patrol Data, Says Oslo\n\n"
              "The deal is good, officials said. “We have waited too long,” the minister said.")
    rows = [(row, "rule") for row in find_quotes(doc)]
    assert [doc[a:b].text for a, b in sure_rows(doc, rows)] == [
        "Norway, Canada Agree To Share Patrol Data", "“We have waited too long,”"]
    assert sure_rows(doc, [(row, "tagger") for row, _ in rows]) == []


def test_features_read_the_taggers_probabilities_around_a_span():
    doc = Doc(English().vocab, words=["He", "said", "“", "we", "will", "win", "”", "today", "."])
    scores = flat_scores(doc, {2: 0.9, 3: 0.8, 4: 0.7, 5: 0.6, 6: 0.5, 7: 0.2})
    spans = [(2, 7), (3, 6), (3, 8)]
    X = features(doc, scores, spans, {"rows": {}, "tagged": {(3, 8)}, "frames": set(), "subtrees": {}},
                 marked_token_spans(doc))
    assert X[:, COLUMN["mean_content"]] == pytest.approx([0.7, 0.7, 0.56])
    assert X[:, COLUMN["min_content"]] == pytest.approx([0.5, 0.6, 0.2])
    assert X[:, COLUMN["content_before"]] == pytest.approx([0.0, 0.9, 0.9])
    assert X[:, COLUMN["content_after"]] == pytest.approx([0.2, 0.5, 0.0])
    assert X[:, COLUMN["is_marked"]].tolist() == [1.0, 1.0, 0.0]
    assert X[:, COLUMN["crosses_marks"]].tolist() == [0.0, 0.0, 0.0]  # the marks are whole or just cut off
    cut = features(doc, scores, [(4, 8)], {"rows": {}, "tagged": set(), "frames": set(), "subtrees": {}},
                   marked_token_spans(doc))
    assert cut[:, COLUMN["crosses_marks"]].tolist() == [1.0]  # "[will win ” today"
    assert X[:, COLUMN["tagged"]].tolist() == [0.0, 0.0, 1.0]
    assert X[:, COLUMN["log_length"]] == pytest.approx(numpy.log([5, 3, 5]))
    assert X[:, COLUMN["unmarked_words"]] == pytest.approx([0.0, 0.0, numpy.log(2)])


def test_kinds_follow_the_marks():
    doc = Doc(English().vocab, words=["He", "called", "it", "“", "a", "disgrace", "”", "on", "Friday", "."])
    marked = marked_token_spans(doc)
    assert kinds(doc, [(3, 7), (2, 7), (1, 9), (7, 9)], marked) == ["DIRECT", "DIRECT", "MIXED", "INDIRECT"]


def test_choose_takes_the_likeliest_spans_that_do_not_overlap():
    spans = [(0, 5), (2, 4), (4, 8), (9, 12)]
    p = numpy.array([0.6, 0.9, 0.5, 0.1])
    assert choose(spans, p, 0.3) == [(2, 4), (4, 8)]
    assert choose(spans, p, 0.05) == [(2, 4), (4, 8), (9, 12)]
    # a sure quote of the rules counts as at least `sure_floor` likely
    assert choose(spans, p, 0.3, sure=[(0, 5)], sure_floor=0.95) == [(0, 5)]
    assert choose(spans, p, 0.3, sure=[(0, 5)], sure_floor=0.0) == [(2, 4), (4, 8)]


def selector_weights(**weights):
    return {"features": list(FEATURES), "weights": [weights.get(name, 0.0) for name in FEATURES],
            "threshold": 0.5, "sure_floor": 0.0}


def test_the_finder_applies_its_selector(tmp_path):
    fix_random_seed(0)
    nlp = English()
    finder = nlp.add_pipe("quote_finder", config=TEST_CONFIG)
    nlp.initialize(get_examples=lambda: make_examples(nlp))
    text = "He said “we will win the vote” today and left."
    # every candidate unlikely but the span inside the marks, which the marks make likely
    finder.cfg["selector"] = selector_weights(bias=-5.0, is_marked=10.0, length_1=-10.0)
    doc = nlp(text)
    assert [(q.content.text, q.kind) for q in doc._.quotes] == [("“we will win the vote”", "DIRECT")]
    finder.cfg["selector"] = selector_weights(bias=-5.0)  # nothing is likely enough
    assert list(nlp(text)._.quotes) == []
    finder.cfg["selector"] = selector_weights(bias=-5.0, is_marked=10.0, length_1=-10.0)
    nlp.to_disk(tmp_path / "pipeline")
    reloaded = nlp.from_disk(tmp_path / "pipeline")
    assert reloaded.get_pipe("quote_finder").cfg["selector"]["weights"] == finder.cfg["selector"]["weights"]
    assert [q.content.text for q in reloaded(text)._.quotes] == ["“we will win the vote”"]


def test_use_selector_false_takes_the_rows_as_found():
    fix_random_seed(0)
    nlp = English()
    finder = nlp.add_pipe("quote_finder", config=dict(TEST_CONFIG, use_selector=False))
    nlp.initialize(get_examples=lambda: make_examples(nlp))
    text = "He said “we will win the vote” today and left."
    rows = [q.content.text for q in nlp(text)._.quotes]
    finder.cfg["selector"] = selector_weights(bias=-5.0)  # would keep nothing
    assert [q.content.text for q in nlp(text)._.quotes] == rows and rows


def test_selector_weights_of_unknown_features_are_refused():
    fix_random_seed(0)
    nlp = English()
    finder = nlp.add_pipe("quote_finder", config=TEST_CONFIG)
    nlp.initialize(get_examples=lambda: make_examples(nlp))
    finder.cfg["selector"] = dict(selector_weights(), features=["bias", "no_such_feature"], weights=[1.0, 1.0])
    with pytest.raises(ValueError, match="no_such_feature.*train_selector"):
        nlp("He said “we will win the vote” today.")
    # weights over fewer features (an earlier version's) still apply, column by column
    finder.cfg["selector"] = dict(selector_weights(), features=["bias", "is_marked", "length_1"],
                                  weights=[-5.0, 10.0, -10.0])
    assert [q.content.text for q in nlp("He said “we will win the vote” today.")._.quotes] == ["“we will win the vote”"]


def test_probabilities_are_a_logistic_of_the_weights():
    X = numpy.array([[1.0, 0.0], [1.0, 2.0]])
    assert probabilities(X, [0.0, 1.0]) == pytest.approx([0.5, 1 / (1 + numpy.exp(-2.0))])


def test_span_f_and_direct_recall_of_the_fit():
    gold = {(0, 10), (20, 24)}
    exact, partial = span_f([([(0, 10), (19, 26), (30, 33)], gold)])
    assert exact == pytest.approx(2 * 1 / 5)
    assert partial == pytest.approx(2 * 2 / 5)  # (19, 26) holds 4 of its 7 tokens of (20, 24)
    data = [{"kinds": {(0, 10): "DIRECT", (19, 26): "INDIRECT"}, "gold_direct": {(0, 10), (20, 24)}}]
    assert direct_recall(data, [[(0, 10), (19, 26)]]) == 0.5


def test_the_shipped_selector_fits_the_features_and_beat_the_rows():
    selector = json.loads((REPO / "component/spacy_quotes/weights/quote_finder/cfg").read_text(encoding="utf8"))["selector"]
    assert selector["features"] == list(FEATURES)
    cross = selector["cross_validation"]
    assert cross["exact_f"] > cross["rows_exact_f"] and cross["partial_f"] > cross["rows_partial_f"]
    assert cross["direct_recall"] >= cross["rows_direct_recall"]

