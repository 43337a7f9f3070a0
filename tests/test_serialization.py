"""What the quote stages write survives doc.to_bytes, DocBin(store_user_data=True)
and nlp.pipe(n_process=2), as SPEC.md promises."""
import pytest
from spacy.lang.en import English
from spacy.tokens import Doc, DocBin

from spacy_quotes.records import CUES_KEY, QUOTES_KEY, SPEAKERS_KEY, doc_to_dict

TEXTS = [
    "“We appreciate the principled disposition of our colleagues,” Russian foreign minister Sergei Lavrov said.\n\n"
    "Lavrov said that the two sides had reached a “common view” on the region. "
    "US Secretary of State Mike Pompeo had said that Turkey was warned numerous times.",
    "Sen. Mark Ellis (D-N.Y.) said the bill would pass the Senate. “It will,” he said. "
    "According to the health department, the virus has spread.",
    "Trade Deal With Canada Is Close, Says Ottawa\n\n“Our county has never been safer.”\n—Commissioner Jane Doe",
    "Sarah Blake met Tom Hughes in Boston.\n\n“The talks went well and we will meet again,” she said.",
    "",
    "No quotes here at all, only a plain sentence.",
]


def summary(doc: Doc):
    """Everything SPEC.md says a document gets, as plain values."""
    groups = {
        key: [(span.start, span.end, span.label_) for span in doc.spans[key]]
        for key in (QUOTES_KEY, CUES_KEY, SPEAKERS_KEY)
    }
    speakers = [speaker.to_dict() for speaker in doc._.speakers]
    quotes = [
        (q.content.text, q.kind, q.cue.text if q.cue is not None else None,
         q.speaker.text if q.speaker is not None else None, q.speaker_name, q.role, q.affiliation)
        for q in doc._.quotes
    ]
    return {"record": doc_to_dict(doc), "groups": groups, "speakers": speakers, "quotes": quotes}


@pytest.fixture(scope="module")
def expected(nlp):
    return [summary(nlp(text)) for text in TEXTS]


def test_expected_is_not_trivial(expected):
    assert sum(len(e["record"]["quotes"]) for e in expected) >= 8
    assert any(s["name"] == "Sergei Lavrov" and s["role"] == "foreign minister" for e in expected for s in e["speakers"])


def test_to_bytes_round_trip(nlp, expected):
    for text, want in zip(TEXTS, expected):
        doc = nlp(text)
        restored = Doc(nlp.vocab).from_bytes(doc.to_bytes())
        assert summary(restored) == want


def test_docbin_round_trip(nlp, expected, tmp_path):
    docbin = DocBin(store_user_data=True)
    for doc in nlp.pipe(TEXTS):
        docbin.add(doc)
    path = tmp_path / "quotes.spacy"
    docbin.to_disk(path)
    restored = list(DocBin().from_disk(path).get_docs(nlp.vocab))
    assert [summary(doc) for doc in restored] == expected


def test_docbin_bytes_round_trip(nlp, expected):
    docbin = DocBin(store_user_data=True, docs=list(nlp.pipe(TEXTS)))
    restored = list(DocBin().from_bytes(docbin.to_bytes()).get_docs(nlp.vocab))
    assert [summary(doc) for doc in restored] == expected


def test_pipe_equals_call(nlp, expected):
    assert [summary(doc) for doc in nlp.pipe(TEXTS, batch_size=2)] == expected


def test_pipe_two_processes_equals_call(nlp, expected):
    docs = list(nlp.pipe(TEXTS, n_process=2, batch_size=2))
    assert [summary(doc) for doc in docs] == expected


def test_speaker_table_values_are_plain(nlp):
    """Extension values that must serialize are ints, strings, lists: never Span objects."""
    doc = nlp(TEXTS[0])

    def plain(value):
        if isinstance(value, dict):
            return all(isinstance(k, str) and plain(v) for k, v in value.items())
        if isinstance(value, (list, tuple)):
            return all(plain(v) for v in value)
        return value is None or isinstance(value, (int, float, str, bool))

    assert plain(doc._.quote_table) and plain(doc._.speaker_table)


def test_doc_to_dict_keeps_any_input_field():
    nlp = English()
    nlp.add_pipe("quote_finder", config={"use_model": False})
    doc = nlp("“We are ready for the storm,” she said.")
    record = doc_to_dict(doc, id=7, doc="an input field called doc", text="replaced")
    assert record["id"] == 7 and record["doc"] == "an input field called doc"
    assert record["text"] == doc.text
    assert [(q["start"], q["end"], q["type"]) for q in record["quotes"]] == [(0, 29, "direct")]
