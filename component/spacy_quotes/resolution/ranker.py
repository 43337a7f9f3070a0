"""A mention-ranking model for third-person pronoun speakers ("he said", "she told").

For a pronoun source, every person entity mentioned before it (within
`PRONOUN_WINDOW` tokens, or the previous quote's speaker at any distance) is a
candidate, unless its gender cue clashes with the pronoun's (a man is never "she");
the candidate with the highest linear score `w · f` wins. The weights
(`pronoun_ranker.json`, a few hundred bytes) are fitted on the project's train
annotations by `python -m spacy_quotes.resolution.train_ranker` as a conditional
logit (softmax over the candidates of one pronoun, L2-regularised, numpy only).

Features of a candidate (all cheap, all explainable):

- `log_tokens`: log(1 + tokens from the candidate's last mention to the pronoun)
- `sentences`: sentences between the last mention and the pronoun (capped at 10), / 10
- `same_sentence`: the last mention is in the pronoun's sentence
- `same_paragraph`: the last mention is in the pronoun's paragraph
- `recency_rank`: 1 / (1 + rank of the candidate among candidates by last mention)
- `most_recent`: the candidate is the most recently mentioned person
- `previous_speaker`: the candidate is the speaker of the previous quote with a person speaker
- `has_spoken`: the candidate was the speaker of an earlier quote
- `log_quotes`: log(1 + quotes attributed to the candidate so far)
- `subject`: the last mention is a grammatical subject
- `subject_same_paragraph`: a subject mention in the pronoun's paragraph
- `in_quote`: the last mention is inside a quote's content (mentioned by someone else)
- `gender_agree` / `gender_unknown`: the candidate's gender cue (honorific, first
  name, earlier pronouns) agrees with the pronoun's / is unknown
- `log_mentions`: log(1 + the candidate's mentions before the pronoun)
- `full_name`: the candidate has a first name and a surname in the document
- `lone_word`: the candidate is a single word named once in the whole document (often a
  place or word the recogniser took for a person: "Harsh", a dateline town)
- `reporting_subject`: a mention of the candidate is the subject of a reporting verb ("X said")
- `person_label`: the recogniser labels a mention of the candidate PERSON (not ORG, GPE, ...)
- `subject_near`: a mention is the subject of its clause (or a name in apposition to the
  subject: "the campaign's chairman, Ann Lee, said") in the pronoun's sentence or the one before
- `main_subject_near`: like `subject_near`, but the subject of the sentence's main verb and outside
  quotes ("When Bo Dean spoke, Ann Lee objected. ... she said": Lee, not Dean)
- `possessive`: the last mention is a possessive ("Lee's")
- `appositive`: a mention has an appositive description ("Ann Lee, a retired surgeon,")
- `described_head` / `described_words` (definite descriptions only, 0 for pronouns): a mention
  before is described with the description's head noun ("retired surgeon Ann Lee" for "the
  surgeon"); the share of the description's other words found there
- `described_other` (definite descriptions only): the candidate is described before with other
  person nouns only ("Gov. Bo Dean" for "the senator")

Definite descriptions no title match settles ("the candidate", "the retired surgeon") are
ranked by the same model, without a gender.
"""
import json
import math
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import numpy

from ..attribution.cues import REPORTING_VERBS
from ..paragraphs import Paragraphs, sentence_starts

WEIGHTS_PATH = Path(__file__).with_name("pronoun_ranker.json")
FEATURES = (
    "log_tokens", "sentences", "same_sentence", "same_paragraph", "recency_rank", "most_recent",
    "previous_speaker", "has_spoken", "log_quotes", "subject", "subject_same_paragraph", "in_quote",
    "gender_agree", "gender_unknown", "log_mentions", "full_name", "lone_word",
    "reporting_subject", "person_label", "subject_near", "main_subject_near", "possessive", "appositive",
    "described_head", "described_words", "described_other",
)
SUBJECT_DEPS = frozenset(("nsubj", "nsubjpass"))
# a name hanging on the subject: "the campaign's chairman, Ann Lee, said" (appos), "Chairman Ann Lee" (compound)
SUBJECT_LINKS = frozenset(("appos", "compound", "flat"))


def _subject_like(token) -> bool:
    """Whether a mention's root is the subject of its clause, or a name in apposition to it."""
    if token.dep_ in SUBJECT_DEPS:
        return True
    return token.dep_ in SUBJECT_LINKS and token.head.dep_ in SUBJECT_DEPS


def _main_subject(token) -> bool:
    """Whether a mention's root is the subject (or a name in apposition to it) of its sentence's main verb."""
    subject = token.head if token.dep_ in SUBJECT_LINKS else token
    return subject.dep_ in SUBJECT_DEPS and subject.head == subject.sent.root
_CACHE: Dict[str, Optional[List[float]]] = {}


class DocContext:
    """Per-document lookups the features need: sentence and paragraph of each token,
    the quote contents. Built once per document (one pass over the tokens)."""

    def __init__(self, doc, rows: Sequence[dict]):
        self.doc = doc
        n = len(doc)
        # the per-doc bounds every stage shares (paragraphs.py), as an index per token
        positions = numpy.arange(n)
        self.paragraph = (numpy.searchsorted(Paragraphs.of_doc(doc).starts, positions, side="right") - 1).tolist()
        self.sentence = (numpy.searchsorted(sentence_starts(doc), positions, side="right") - 1).tolist()
        self.in_quote = bytearray(n)
        for row in rows:
            for i in range(row["start"], min(row["end"], n)):
                self.in_quote[i] = 1


def candidate_features(ctx: DocContext, entities, position: int, gender: Optional[str],
                       last_speaker: Optional[int], spoken: Dict[int, int], window: int,
                       described: Optional[Dict[int, Tuple[float, float, float]]] = None) -> List[tuple]:
    """RETURNS (List[(entity index, feature list)]): the candidates of a pronoun at token `position`.

    described: for a definite description ("the retired surgeon"), entity index -> (whether a
        mention before describes the person with the description's head noun, share of the
        description's other words in those descriptions, whether the person is described with
        other person nouns only); None for a pronoun.
    """
    doc = ctx.doc
    found = []
    for k, entity in enumerate(entities):
        if entity.kind != "person":
            continue
        before = [(s, e) for s, e in entity.mentions if s < position]
        if not before:
            continue
        last_start, last_end = max(before)
        distance = position - last_start
        if distance > window and k != last_speaker:
            continue
        if gender and entity.gender and entity.gender != gender:
            continue
        found.append((k, entity, before, last_start, last_end, distance))
    order = sorted(found, key=lambda c: c[5])
    rank = {c[0]: r for r, c in enumerate(order)}
    p_sent = ctx.sentence[position] if position < len(doc) else 0
    p_par = ctx.paragraph[position] if position < len(doc) else 0
    out = []
    for k, entity, before, last_start, last_end, distance in found:
        head = doc[last_start:last_end].root
        subject = head.dep_ in SUBJECT_DEPS
        subject_par = any(
            doc[s:e].root.dep_ in SUBJECT_DEPS and ctx.paragraph[s] == p_par for s, e in before
        )
        # a subject mention in the pronoun's sentence (before it) or the sentence before:
        # the topic the next pronoun usually continues
        subject_near = any(
            p_sent - ctx.sentence[s] <= 1 and _subject_like(doc[s:e].root) for s, e in before
        )
        main_subject_near = any(
            p_sent - ctx.sentence[s] <= 1 and not ctx.in_quote[s] and _main_subject(doc[s:e].root) for s, e in before
        )
        last_root = doc[last_start:last_end].root
        possessive = last_root.dep_ == "poss" or (last_end < len(doc) and doc[last_end].lower_ in ("'s", "’s", "'", "’"))
        appositive = any(doc[s:e].root.dep_ == "appos" or any(c.dep_ == "appos" for c in doc[s:e].root.children)
                         for s, e in before)
        g = entity.gender
        roots = [doc[s:e].root for s, e in entity.mentions]
        features = [
            math.log1p(distance),
            min(10, p_sent - ctx.sentence[last_start]) / 10.0,
            float(ctx.sentence[last_start] == p_sent),
            float(ctx.paragraph[last_start] == p_par),
            1.0 / (1.0 + rank[k]),
            float(rank[k] == 0),
            float(k == last_speaker),
            float(spoken.get(k, 0) > 0),
            math.log1p(spoken.get(k, 0)),
            float(subject),
            float(subject_par),
            float(ctx.in_quote[last_start]),
            float(bool(gender and g and g == gender)),
            float(not g),
            math.log1p(len(before)),
            float(len(entity.words) > 1),
            float(len(entity.words) == 1 and len(entity.mentions) == 1),
            float(any(r.dep_ in SUBJECT_DEPS and r.head.lemma_.lower() in REPORTING_VERBS for r in roots)),
            float(any(r.ent_type_ == "PERSON" for r in roots)),
            float(subject_near),
            float(main_subject_near),
            float(possessive),
            float(appositive),
            *(described or {}).get(k, (0.0, 0.0, 0.0)),
        ]
        out.append((k, features))
    return out


def load_weights(path: Path = WEIGHTS_PATH) -> Optional[List[float]]:
    """The fitted weights in FEATURES order, or None when the file is missing or stale."""
    key = str(path)
    if key not in _CACHE:
        weights = None
        if path.exists():
            data = json.loads(path.read_text(encoding="utf-8"))
            if tuple(data.get("features", ())) == FEATURES:
                weights = [float(data["weights"][name]) for name in FEATURES]
        _CACHE[key] = weights
    return _CACHE[key]


def best_candidate(candidates: List[tuple], weights: Sequence[float]) -> Optional[int]:
    best, best_score = None, -math.inf
    for k, features in candidates:
        score = sum(w * f for w, f in zip(weights, features))
        if score > best_score:
            best, best_score = k, score
    return best
