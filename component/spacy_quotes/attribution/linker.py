"""A learned choice of each quote's source mention among the candidates around it.

The rules of rules.py pick one speaker per quote by a fixed order of trust (the
tagger's nearest cue and source, a reporting frame, a dash sign-off, ...). The
linker re-ranks: every mention that may be the source (the rules' choice, the
tagger's source spans, the speakers of reporting frames, the subjects of verbs
in the tagger's cues and in the quote's sentences) gets a feature vector, and
the candidate with the highest linear score `w · f` wins. The weights
(`weights/source_linker.json`) are fitted on PolNeAR train by
`python -m spacy_quotes.attribution.train_linker` as a conditional logit, with
the trained finder's own candidates, so they go with the shipped finder weights.

Features of a candidate:

- `rule`: the rules' choice; `rule_inherited`: and the rules took it from the previous quote;
  `rule_finder`: the finder's rules found the quote with this speaker in a reporting frame
- `tagger`: a source span of the tagger; `frame`: the speaker of a reporting frame;
  `frame_of_quote`: of a frame whose content overlaps the quote or whose cue touches it
- `cue_subject`: the subject of a verb in one of the tagger's cues
- `cue_adjacent`: one of the tagger's cues within two tokens; `log_cue_distance`: log(1 + tokens to the nearest)
- `log_distance`: log(1 + tokens to the quote); `after`: the candidate follows the quote;
  `rank`: 1 / (1 + rank by distance among the candidates)
- `same_sentence`: in a sentence of the quote; `same_paragraph`: in a paragraph of the quote
- `pronoun`, `person`, `organisation`, `relative` ("who", "which", "that")
- `subject`: the candidate's head is a grammatical subject; `reporting_subject`: of a reporting verb
- `log_length`: log(1 + tokens)
- `clause_subject`: the subject of a verb in the quote's sentences; `main_subject`: of the sentence's main verb
- `inside_quote`: the candidate overlaps the quote (the rules' choice may); `object`: an object of a verb or preposition
- `before_same_sentence`: before the quote in its sentence
- `source_probability`: the finder tagger's mean probability that the candidate's tokens are a source;
  and its products with `after` (`probable_after`), `same_sentence` (`probable_same_sentence`) and
  `rule_finder` (`finder_probable`): the tagger is worth more near the quote (dev speaker accuracy 0.918 → 0.920)
- `in_marks`: inside quotation marks (a title: "Fox and Friends")
- `possessor`: the owner of a nominal quote ("his [infamous comment ...]", "Trump's claim [that ...]")
- `shortened`: a candidate cut before a clause or bracket (see `_shorter_forms`); `modified`: a
  candidate with shorter forms
"""
import json
import math
from bisect import bisect_left
from pathlib import Path
from typing import Dict, List, Optional, Sequence, Tuple

import numpy
from spacy.tokens import Doc

from ..finder.rules import marked_token_spans
from ..paragraphs import Paragraphs, cached, sentence_bounds
from ..records import SOURCE_CANDIDATES
from .cues import Frame, is_reporting_verb, source_phrase, verbs

# fitted on the shipped finder's candidates, so shipped beside its weights (`spacy project run train-linker`)
WEIGHTS_PATH = Path(__file__).parent.parent / "weights" / "source_linker.json"
FEATURES = (
    "rule", "rule_inherited", "tagger", "frame", "frame_of_quote", "cue_subject", "cue_adjacent",
    "log_cue_distance", "log_distance", "after", "rank", "same_sentence", "same_paragraph", "pronoun",
    "person", "organisation", "relative", "subject", "reporting_subject", "log_length",
    "clause_subject", "inside_quote", "object", "before_same_sentence", "main_subject", "shortened", "modified",
    "in_marks", "rule_finder", "probable_after", "probable_same_sentence", "finder_probable",
    "source_probability", "possessor",
)
WINDOW = 60  # tokens around a quote in which a mention may be its source
SUBJECT_DEPS = ("nsubj", "nsubjpass")
CLAUSE_DEPS = frozenset(("relcl", "acl"))
OBJECT_DEPS = frozenset(("dobj", "pobj", "dative", "iobj"))
RELATIVES = frozenset(("who", "which", "that", "whom"))

Span = Tuple[int, int]


def _gap(a: Span, b: Span) -> int:
    """Tokens between two spans, 0 when they touch or overlap."""
    return max(0, b[0] - a[1], a[0] - b[1])


def _memo(doc: Doc, key: tuple, compute):
    """compute() once per doc and key: the spans around one quote are read again for the next."""
    memo = cached(doc, "linker", dict)
    if key not in memo:
        memo[key] = compute()
    return memo[key]


def _head(doc: Doc, span: Span):
    return _memo(doc, ("head", span), lambda: doc[span[0] : span[1]].root)


def candidate_spans(doc: Doc, row: dict, rows: List[dict], frames: List[Frame], cues: List[Span],
                    sources: List[Span], paragraphs: Paragraphs) -> Dict[Span, set]:
    """The mentions that may be the source of `row`, each with the evidence that names it."""
    quote = (row["start"], row["end"])
    paras = {paragraphs.of(quote[0]), paragraphs.of(quote[1] - 1)}

    lo_window, hi_window = quote[0] - WINDOW, quote[1] + WINDOW
    inside = _memo(doc, ("inside", tuple((r["start"], r["end"]) for r in rows)),
                   lambda: {i for r in rows for i in range(r["start"], r["end"])})

    def near(span: Span) -> bool:
        # a mention never runs over a line break (the parser's may, from a headline into the text)
        return (span[1] >= lo_window and span[0] <= hi_window and span[1] > span[0] and span[0] not in inside
                and paragraphs.of(span[0]) in paras and paragraphs.of(span[1] - 1) == paragraphs.of(span[0]))

    found: Dict[Span, set] = {}
    for span in sources:
        if near(span):
            found.setdefault(span, set()).add("tagger")
    for frame in frames:
        if frame.speaker is None or not near(frame.speaker):
            continue
        tags = found.setdefault(tuple(frame.speaker), set())
        tags.add("frame")
        content = frame.content
        if (content and min(content[1], quote[1]) - max(content[0], quote[0]) >= (quote[1] - quote[0]) / 2) or _gap(frame.cue, quote) <= 2:
            tags.add("frame_of_quote")
    lo = sentence_bounds(doc, quote[0])[0]
    hi = sentence_bounds(doc, quote[1] - 1)[1]
    near_cues = [cue for cue in cues if _gap(cue, quote) <= WINDOW and paragraphs.of(cue[0]) in paras]
    in_cue = {i for cue in near_cues for i in range(*cue)}
    all_verbs = verbs(doc)
    indices = _memo(doc, ("verb indices",), lambda: [t.i for t in all_verbs])
    in_sentence = all_verbs[bisect_left(indices, lo) : bisect_left(indices, hi)]
    candidates = [t for cue in near_cues for t in all_verbs[bisect_left(indices, cue[0]) : bisect_left(indices, cue[1])]]
    candidates += [t for t in in_sentence if t.pos_ == "VERB" and not (quote[0] <= t.i < quote[1])]
    for verb in candidates:
        for subject in _memo(doc, ("subjects", verb.i), lambda: [source_phrase(c) for c in verb.children if c.dep_ in SUBJECT_DEPS]):
            if near(subject):
                found.setdefault(subject, set()).add("cue_subject" if verb.i in in_cue else "clause_subject")
    for possessor in _possessors(doc, quote):
        span = (possessor.i, possessor.i + 1) if possessor.pos_ == "PRON" else source_phrase(possessor)
        if span[1] > span[0] and span[0] not in inside:
            found.setdefault(span, set()).add("possessor")
    for span, tags in list(found.items()):
        for short in _memo(doc, ("shorter", span), lambda: _shorter_forms(doc, span)):
            if near(short):
                found.setdefault(short, set()).update(tags - {"rule"} | {"shortened"})
    return found


def _possessors(doc: Doc, quote: Span) -> list:
    """The owner of a quote that is a noun phrase ("his [infamous comment about ...]") or the
    clause of one ("Trump's claim [that ...]"): PolNeAR's source of such a content."""
    root = doc[quote[0] : quote[1]].root
    nouns = [root] + ([root.head] if root.head.i != root.i and root.head.pos_ in ("NOUN", "PROPN") else [])
    return [c for noun in nouns if noun.pos_ in ("NOUN", "PROPN") for c in noun.children
            if c.dep_ == "poss" and c.i <= quote[0] + 1]


def _nearest_gap(span: Span, cues: List[Span], starts: List[int]) -> int:
    """Tokens between a span and the nearest cue (sorted, not overlapping), or WINDOW."""
    k = bisect_left(starts, span[0])
    return min((_gap(span, cues[j]) for j in range(max(0, k - 2), min(len(cues), k + 2))), default=WINDOW)


def _cut(doc: Doc, start: int, cut: int) -> Optional[Span]:
    while cut > start and (doc[cut - 1].is_punct or doc[cut - 1].is_space):
        cut -= 1
    return (start, cut) if cut > start else None


def _shorter_forms(doc: Doc, span: Span) -> List[Span]:
    """Shorter forms of a candidate, which PolNeAR marks as often as the long one: cut
    before a clause ("Christie, who has campaigned ...", "a law professor who has ...")
    or a bracket. (Cutting before a phrase after the head, "Del. Stacey Plaskett of the
    Virgin Islands", and names inside a longer span both lowered dev speaker accuracy.)"""
    head = _head(doc, span)
    cuts = {t.left_edge.i for t in doc[span[0] : span[1]] if t.dep_ in CLAUSE_DEPS and t.i != head.i}
    cuts |= {t.i for t in doc[head.i + 1 : span[1]] if t.text == "("}
    forms = [_cut(doc, span[0], cut) for cut in sorted(cuts) if span[0] < cut < span[1]]
    return [form for form in forms if form is not None and form != span]


def source_probabilities(doc: Doc) -> numpy.ndarray:
    """Per token, the finder tagger's probability that it is part of a source (0 without the tagger)."""
    probability = numpy.zeros((len(doc),), dtype="float64")
    group = doc.spans.get(SOURCE_CANDIDATES)
    if group is not None and "tokens" in group.attrs:
        probability[numpy.asarray(group.attrs["tokens"], dtype="int64")] = group.attrs["probability"]
    return probability


def source_prefix(doc: Doc) -> numpy.ndarray:
    """Prefix sums of `source_probabilities`: a span's mean in O(1). Read once per attribution,
    not kept per doc, since the finder may run on the same doc again."""
    return numpy.concatenate(([0.0], numpy.cumsum(source_probabilities(doc))))


def _mark_ids(doc: Doc) -> numpy.ndarray:
    """Per token, the index of the quotation-marked span it is in, or -1."""
    ids = numpy.full((len(doc),), -1, dtype="int64")
    for k, (start, end, _) in enumerate(marked_token_spans(doc)):
        ids[start:end] = k
    return ids


def features(doc: Doc, row: dict, spans: Dict[Span, set], rule_choice: Optional[Span], rule_path: str,
             cues: List[Span], paragraphs: Paragraphs, prefix: numpy.ndarray) -> Tuple[List[Span], numpy.ndarray]:
    """RETURNS: the candidate spans (the rules' choice included) and their feature matrix."""
    quote = (row["start"], row["end"])
    if rule_choice is not None:
        spans.setdefault(tuple(rule_choice), set()).add("rule")
    order = sorted(spans, key=lambda span: (_gap(span, quote), span))
    lo = sentence_bounds(doc, quote[0])[0]
    hi = sentence_bounds(doc, quote[1] - 1)[1]
    paras = {paragraphs.of(quote[0]), paragraphs.of(quote[1] - 1)}
    col = {name: k for k, name in enumerate(FEATURES)}
    mark_of = _memo(doc, ("mark of token",), lambda: _mark_ids(doc))
    cue_starts = [cue[0] for cue in cues]
    matrix = numpy.zeros((len(order), len(FEATURES)), dtype="float64")
    for k, span in enumerate(order):
        tags, f = spans[span], matrix[k]
        for tag in ("rule", "tagger", "frame", "frame_of_quote", "cue_subject", "clause_subject", "shortened", "possessor"):
            f[col[tag]] = tag in tags
        f[col["rule_inherited"]] = "rule" in tags and rule_path == "inherited"
        f[col["rule_finder"]] = "rule" in tags and rule_path == "finder"
        cue_gap = _nearest_gap(span, cues, cue_starts)
        f[col["cue_adjacent"]] = cue_gap <= 2
        f[col["log_cue_distance"]] = math.log1p(min(cue_gap, WINDOW))
        f[col["log_distance"]] = math.log1p(min(_gap(span, quote), 4 * WINDOW))
        f[col["after"]] = span[0] >= quote[1]
        f[col["rank"]] = 1.0 / (1 + k)
        f[col["same_sentence"]] = lo <= span[0] < hi
        f[col["same_paragraph"]] = paragraphs.of(span[0]) in paras
        head = _head(doc, span)
        f[col["pronoun"]] = head.pos_ == "PRON" and head.lower_ not in RELATIVES
        f[col["person"]] = head.ent_type_ == "PERSON"
        f[col["organisation"]] = head.ent_type_ in ("ORG", "NORP", "GPE")
        f[col["relative"]] = head.lower_ in RELATIVES
        f[col["subject"]] = head.dep_ in SUBJECT_DEPS
        f[col["reporting_subject"]] = head.dep_ in SUBJECT_DEPS and is_reporting_verb(head.head)
        f[col["log_length"]] = math.log1p(span[1] - span[0])
        f[col["inside_quote"]] = span[0] < quote[1] and quote[0] < span[1]
        f[col["object"]] = head.dep_ in OBJECT_DEPS
        f[col["before_same_sentence"]] = lo <= span[0] and span[1] <= quote[0]
        f[col["main_subject"]] = head.dep_ in SUBJECT_DEPS and head.head.dep_ == "ROOT"
        f[col["modified"]] = bool(_memo(doc, ("shorter", span), lambda: _shorter_forms(doc, span)))
        f[col["source_probability"]] = (prefix[span[1]] - prefix[span[0]]) / (span[1] - span[0])
        f[col["probable_after"]] = f[col["source_probability"]] * f[col["after"]]
        f[col["probable_same_sentence"]] = f[col["source_probability"]] * f[col["same_sentence"]]
        f[col["finder_probable"]] = f[col["rule_finder"]] * f[col["source_probability"]]
        f[col["in_marks"]] = mark_of[span[0]] >= 0 and mark_of[span[0]] == mark_of[span[1] - 1]
    return order, matrix


class SourceLinker:
    """The linear scorer over candidate features; `None` weights leave the rules' choice."""

    def __init__(self, weights: Optional[Sequence[float]]):
        self.weights = None if weights is None else numpy.asarray(weights, dtype="float64")

    @classmethod
    def load(cls, path: Path = WEIGHTS_PATH) -> "SourceLinker":
        if not path.exists():
            return cls(None)
        data = json.loads(path.read_text(encoding="utf-8"))
        if list(data["features"]) != list(FEATURES):
            raise ValueError(f"{path} was fitted on other features; rerun `python -m spacy_quotes.attribution.train_linker`")
        return cls([data["weights"][name] for name in FEATURES])

    def choose(self, candidates: List[Span], matrix: numpy.ndarray) -> Optional[Span]:
        if self.weights is None or not candidates:
            return None
        return candidates[int(numpy.argmax(matrix @ self.weights))]
