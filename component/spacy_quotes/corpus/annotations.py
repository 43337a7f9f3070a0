"""The project's speaker and role annotations (corpus/annotations/), standoff over PolNeAR.

Standard library only. Reading:

    from spacy_quotes.corpus.annotations import load_annotations
    docs = load_annotations("corpus/annotations")      # {doc id: record}

Checking against the PolNeAR JSONL (`polnear/{split}.jsonl`):

    python -m spacy_quotes.corpus.annotations validate corpus/annotations ../shared/data/polnear

prints one line per problem and exits 1, or prints counts and exits 0.
See corpus/README.md for the format and the annotation decisions.
"""
import argparse
import json
import re
import sys
from collections import Counter
from pathlib import Path
from typing import Dict, Iterator, List, Optional, Tuple, Union

PathLike = Union[str, Path]

SPEAKER_KINDS = ("person", "organisation", "group", "other")
PERSON = "person"


def _split_dirs(folder: Path) -> List[Path]:
    return sorted(p for p in folder.iterdir() if p.is_dir() and not p.name.startswith("."))


def _iter_records(folder: PathLike) -> Iterator[Tuple[str, Path, int, dict]]:
    """Yield (split, file, line number, record) for every line of folder/{split}/*.jsonl."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ValueError(f"annotation folder not found: {folder}")
    for split_dir in _split_dirs(folder):
        for path in sorted(split_dir.glob("*.jsonl")):
            with path.open(encoding="utf-8") as handle:
                for lineno, line in enumerate(handle, 1):
                    if not line.strip():
                        continue
                    try:
                        record = json.loads(line)
                    except json.JSONDecodeError as err:
                        raise ValueError(f"{path}:{lineno}: invalid JSON: {err}") from err
                    if not isinstance(record, dict) or not isinstance(record.get("id"), str):
                        raise ValueError(f"{path}:{lineno}: a record must be an object with a string 'id'")
                    yield split_dir.name, path, lineno, record


def _load(folder: PathLike) -> Dict[str, Tuple[str, str, dict]]:
    """{doc id: (split, "file:line", record)}; ValueError on a document annotated twice."""
    seen: Dict[str, Tuple[str, str, dict]] = {}
    for split, path, lineno, record in _iter_records(folder):
        where = f"{path}:{lineno}"
        doc_id = record["id"]
        if doc_id in seen:
            raise ValueError(f"document {doc_id} is annotated twice: in {seen[doc_id][1]} and in {where}")
        seen[doc_id] = (split, where, record)
    return seen


def load_annotations(folder: PathLike) -> Dict[str, dict]:
    """Read every annotation file under folder/{split}/*.jsonl.

    folder (PathLike): the annotations folder, holding one sub-folder per split.
    RETURNS (Dict[str, dict]): the records keyed by document id.
    RAISES ValueError: a document is annotated twice (the message names both
        files), a line is not JSON, or a record has no id.
    """
    return {doc_id: record for doc_id, (_, _, record) in _load(folder).items()}


def _read_polnear(polnear_dir: Path, split: str) -> Optional[Dict[str, dict]]:
    path = polnear_dir / f"{split}.jsonl"
    if not path.exists():
        return None
    with path.open(encoding="utf-8") as handle:
        records = (json.loads(line) for line in handle if line.strip())
        return {record["id"]: record for record in records}


def _is_span(value, length: int) -> bool:
    return (
        isinstance(value, (list, tuple))
        and len(value) == 2
        and all(isinstance(v, int) and not isinstance(v, bool) for v in value)
        and 0 <= value[0] < value[1] <= length
    )


def _untrimmed(value) -> bool:
    return isinstance(value, str) and (value != value.strip() or not value.strip() or "  " in value)


def _article_not_in_name(name: str, text: str) -> bool:
    """"The White House" when the document never writes a capital "The" before the name inside a
    sentence: the article is not part of the name ("publisher of The Atlantic" keeps it)."""
    if not name.startswith("The "):
        return False
    return not re.search(r"[a-z,] The " + re.escape(name[4:]) + r"\b", text)


def _check_document(doc_id: str, record: dict, gold: dict) -> List[str]:
    """The problems of one annotated document against its PolNeAR record."""
    problems: List[str] = []
    say = lambda message: problems.append(f"{doc_id}: {message}")
    text = gold["text"]
    quotes = record.get("quotes")
    people = record.get("people")
    if not isinstance(quotes, list) or not isinstance(people, list):
        say("'quotes' and 'people' must be lists")
        return problems

    sourced = {
        (q["start"], q["end"], tuple(q["speaker"])): q for q in gold["quotes"] if q.get("speaker")
    }
    by_content: Dict[Tuple[int, int], List[Tuple[int, int]]] = {}
    for start, end, speaker in sourced:
        by_content.setdefault((start, end), []).append(speaker)
    annotated = Counter()
    person_names = set()
    all_names = set()
    for k, quote in enumerate(quotes):
        label = f"quote {k}"
        try:
            key = (quote["start"], quote["end"], tuple(quote["speaker"]))
        except (KeyError, TypeError):
            say(f"{label}: needs 'start', 'end' and 'speaker' [start, end]")
            continue
        label = f"quote {k} ({key[0]}-{key[1]}, speaker {list(key[2])})"
        annotated[key] += 1
        if key not in sourced:
            hint = ""
            if (key[0], key[1]) in by_content:
                hint = f"; PolNeAR's speaker for this content is {[list(s) for s in by_content[(key[0], key[1])]]}"
            else:
                near = [
                    (s, e, list(sp))
                    for s, e, sp in sourced
                    if sp == key[2] and abs(s - key[0]) <= 3 and abs(e - key[1]) <= 3
                ]
                if near:
                    hint = f"; nearest PolNeAR quote with this speaker: {near[0][0]}-{near[0][1]}"
            say(f"{label}: offsets match no PolNeAR quote with a source{hint}")
        kind = quote.get("speaker_kind")
        if kind not in SPEAKER_KINDS:
            say(f"{label}: speaker_kind {kind!r} is not one of {', '.join(SPEAKER_KINDS)}")
        name = quote.get("speaker_name")
        if name is not None and not isinstance(name, str):
            say(f"{label}: speaker_name must be a string or null, not {name!r}")
            continue
        if _untrimmed(name):
            say(f"{label}: speaker_name {name!r} is not trimmed (or is empty: use null)")
        if name is not None:
            all_names.add(name)
            if kind == PERSON:
                person_names.add(name)
    for key, count in annotated.items():
        if count > 1:
            say(f"quote {key[0]}-{key[1]} (speaker {list(key[2])}) is annotated {count} times")
    for key in sorted(set(sourced) - set(annotated)):
        say(f"PolNeAR quote {key[0]}-{key[1]} with source {list(key[2])} is not annotated")

    people_names = Counter()
    for k, person in enumerate(people):
        if not isinstance(person, dict) or not isinstance(person.get("name"), str):
            say(f"person {k}: needs a string 'name'")
            continue
        name = person["name"]
        label = f"person {name!r}"
        people_names[name] += 1
        for field in ("name", "role", "affiliation"):
            value = person.get(field)
            if value is not None and not isinstance(value, str):
                say(f"{label}: {field} must be a string or null, not {value!r}")
            elif _untrimmed(value):
                say(f"{label}: {field} {value!r} is not trimmed (or is empty: use null)")
        affiliation = person.get("affiliation")
        if isinstance(affiliation, str) and _article_not_in_name(affiliation, text):
            say(f"{label}: affiliation {affiliation!r} keeps an article that the document "
                f"never writes as part of the name: write {affiliation[4:]!r}")
        role = person.get("role")
        if isinstance(role, str) and role != role.lower():
            say(f"{label}: role {role!r} is not lowercase")
        evidence = person.get("evidence", [])
        if not isinstance(evidence, list):
            say(f"{label}: evidence must be a list of [start, end] spans")
            evidence = []
        for span in evidence:
            if not _is_span(span, len(text)):
                say(f"{label}: evidence span {span!r} is empty or outside the text (length {len(text)})")
        if name not in all_names:
            say(f"{label} is never the speaker_name of a quote")
        elif name not in person_names:
            say(f"{label} is the speaker_name only of quotes whose speaker_kind is not 'person'")
    for name, count in people_names.items():
        if count > 1:
            say(f"person {name!r} is listed {count} times in people")
    for name in sorted(person_names - set(people_names)):
        say(f"person speaker_name {name!r} is missing from people")
    return problems


def validate(folder: PathLike, polnear_dir: PathLike) -> List[str]:
    """Check the annotations against PolNeAR.

    folder (PathLike): the annotations folder (folder/{split}/*.jsonl).
    polnear_dir (PathLike): the folder holding PolNeAR's {split}.jsonl.
    RETURNS (List[str]): human-readable problems; empty when all is well.
    """
    polnear_dir = Path(polnear_dir)
    try:
        loaded = _load(folder)
    except ValueError as err:
        return [str(err)]
    problems: List[str] = []
    polnear: Dict[str, Optional[Dict[str, dict]]] = {}
    for doc_id, (split, where, record) in loaded.items():
        if split not in polnear:
            polnear[split] = _read_polnear(polnear_dir, split)
            if polnear[split] is None:
                problems.append(f"{polnear_dir / (split + '.jsonl')}: PolNeAR file for split {split!r} not found")
        documents = polnear[split]
        if documents is None:
            continue
        if doc_id not in documents:
            problems.append(f"{doc_id} ({where}): unknown document id in PolNeAR {split}")
            continue
        problems.extend(_check_document(doc_id, record, documents[doc_id]))
    return problems


def count(folder: PathLike) -> Dict[str, Dict[str, int]]:
    """RETURNS: {split: {"documents", "quotes", "people"}} plus a "total" entry."""
    counts: Dict[str, Counter] = {}
    for split, _, record in _load(folder).values():
        c = counts.setdefault(split, Counter())
        c["documents"] += 1
        c["quotes"] += len(record.get("quotes", []))
        c["people"] += len(record.get("people", []))
    total = Counter()
    for c in counts.values():
        total.update(c)
    result = {split: dict(c) for split, c in sorted(counts.items())}
    result["total"] = dict(total)
    return result


def main(argv: Optional[List[str]] = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m spacy_quotes.corpus.annotations", description=__doc__.split("\n")[0])
    commands = parser.add_subparsers(dest="command", required=True)
    check = commands.add_parser("validate", help="check the annotations against PolNeAR")
    check.add_argument("folder", help="the annotations folder (with one sub-folder per split)")
    check.add_argument("polnear_dir", help="the folder holding PolNeAR's {split}.jsonl")
    args = parser.parse_args(argv)
    problems = validate(args.folder, args.polnear_dir)
    if problems:
        for problem in problems:
            print(problem)
        print(f"{len(problems)} problem(s)", file=sys.stderr)
        return 1
    counts = count(args.folder)
    print(f"{'split':<8}{'documents':>10}{'quotes':>8}{'people':>8}")
    for split, c in counts.items():
        print(f"{split:<8}{c.get('documents', 0):>10}{c.get('quotes', 0):>8}{c.get('people', 0):>8}")
    print("no problems")
    return 0


if __name__ == "__main__":
    sys.exit(main())
