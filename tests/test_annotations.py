"""Tests for the speaker/role annotations loader and validator
(spacy_quotes.corpus.annotations).

The fixtures are invented sentences written to tmp_path; no PolNeAR text is
copied here. The last test checks the real corpus/annotations against the
PolNeAR JSONL under ../shared/data/polnear, which CI provides.
"""
import json
from pathlib import Path

import pytest

from spacy_quotes.corpus.annotations import load_annotations, main, validate

REPO = Path(__file__).resolve().parents[1]
ANNOTATIONS = REPO / "corpus" / "annotations"
POLNEAR = REPO.parent / "shared" / "data" / "polnear"
if not POLNEAR.exists():
    POLNEAR = Path("/work/shared/data/polnear")

DOC_ID = "polnear/dev/invented_2020-01-01_a-mayor-speaks"
TEXT = (
    "Mayor Ann Berg said the bridge will open in May. "
    "\"We are ready,\" she told reporters. "
    "City officials said the budget was tight."
)


def span(part, after=0):
    start = TEXT.index(part, after)
    return [start, start + len(part)]


Q1 = span("the bridge will open in May")
S1 = span("Mayor Ann Berg")
Q2 = span("We are ready,")
S2 = span("she")
Q3 = span("the budget was tight")
S3 = span("City officials")


def polnear_record():
    quote = lambda content, speaker, kind: {
        "start": content[0], "end": content[1], "type": kind, "cue": None,
        "speaker": speaker, "speaker_name": None,
    }
    return {
        "id": DOC_ID,
        "text": TEXT,
        "quotes": [
            quote(Q1, S1, "indirect"),
            quote(Q2, S2, "direct"),
            quote(Q3, S3, "indirect"),
            # a quote without a source is not annotated
            {"start": 0, "end": 5, "type": "direct", "cue": None, "speaker": None, "speaker_name": None},
        ],
        "source": "invented",
        "license": "CC0",
    }


def good_annotation():
    return {
        "id": DOC_ID,
        "annotator": "x1",
        "quotes": [
            {"start": Q1[0], "end": Q1[1], "speaker": S1, "speaker_name": "Ann Berg", "speaker_kind": "person"},
            {"start": Q2[0], "end": Q2[1], "speaker": S2, "speaker_name": "Ann Berg", "speaker_kind": "person"},
            {"start": Q3[0], "end": Q3[1], "speaker": S3, "speaker_name": None, "speaker_kind": "group"},
        ],
        "people": [{"name": "Ann Berg", "role": "mayor", "affiliation": None, "evidence": [S1]}],
    }


def write_jsonl(path: Path, records) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")


@pytest.fixture
def polnear_dir(tmp_path):
    folder = tmp_path / "polnear"
    write_jsonl(folder / "dev.jsonl", [polnear_record()])
    return folder


def check(tmp_path, polnear_dir, record):
    folder = tmp_path / "annotations"
    write_jsonl(folder / "dev" / "a.jsonl", [record])
    return validate(folder, polnear_dir)


def test_correct_annotation_has_no_problems(tmp_path, polnear_dir, capsys):
    assert check(tmp_path, polnear_dir, good_annotation()) == []
    assert main(["validate", str(tmp_path / "annotations"), str(polnear_dir)]) == 0
    out = capsys.readouterr().out
    assert "dev" in out and "no problems" in out


def test_unknown_document_id(tmp_path, polnear_dir):
    record = good_annotation()
    record["id"] = "polnear/dev/no-such-document"
    problems = check(tmp_path, polnear_dir, record)
    assert len(problems) == 1 and "unknown document id" in problems[0]


def test_document_in_the_wrong_split_is_unknown(tmp_path, polnear_dir):
    folder = tmp_path / "annotations"
    write_jsonl(folder / "train" / "a.jsonl", [good_annotation()])
    write_jsonl(polnear_dir / "train.jsonl", [])
    problems = validate(folder, polnear_dir)
    assert len(problems) == 1 and "unknown document id" in problems[0]


def test_offsets_matching_no_polnear_quote(tmp_path, polnear_dir):
    record = good_annotation()
    record["quotes"][0]["end"] += 1
    problems = check(tmp_path, polnear_dir, record)
    assert any("match no PolNeAR quote" in p for p in problems)
    # the PolNeAR quote it should have been is then reported as missing
    assert any("is not annotated" in p for p in problems)


def test_wrong_speaker_offsets(tmp_path, polnear_dir):
    record = good_annotation()
    record["quotes"][1]["speaker"] = [S2[0], S2[1] + 1]
    problems = check(tmp_path, polnear_dir, record)
    assert any("match no PolNeAR quote" in p and "PolNeAR's speaker" in p for p in problems)


def test_sourced_quote_not_annotated(tmp_path, polnear_dir):
    record = good_annotation()
    del record["quotes"][2]
    problems = check(tmp_path, polnear_dir, record)
    assert problems == [f"{DOC_ID}: PolNeAR quote {Q3[0]}-{Q3[1]} with source {S3} is not annotated"]


def test_quote_annotated_twice(tmp_path, polnear_dir):
    record = good_annotation()
    record["quotes"].append(dict(record["quotes"][0]))
    problems = check(tmp_path, polnear_dir, record)
    assert any("annotated 2 times" in p for p in problems)


def test_bad_speaker_kind(tmp_path, polnear_dir):
    record = good_annotation()
    record["quotes"][2]["speaker_kind"] = "crowd"
    problems = check(tmp_path, polnear_dir, record)
    assert len(problems) == 1 and "speaker_kind 'crowd'" in problems[0]


def test_person_speaker_missing_from_people(tmp_path, polnear_dir):
    record = good_annotation()
    record["quotes"][2].update(speaker_name="Bo Lind", speaker_kind="person")
    problems = check(tmp_path, polnear_dir, record)
    assert problems == [f"{DOC_ID}: person speaker_name 'Bo Lind' is missing from people"]


@pytest.mark.parametrize(
    "where,value",
    [("speaker_name", " Ann Berg"), ("name", "Ann Berg "), ("role", "mayor "), ("affiliation", "  "),
     ("role", "deputy  mayor")],
)
def test_values_not_trimmed(tmp_path, polnear_dir, where, value):
    record = good_annotation()
    if where == "speaker_name":
        record["quotes"][0]["speaker_name"] = value
    else:
        record["people"][0][where] = value
    problems = check(tmp_path, polnear_dir, record)
    assert any("not trimmed" in p for p in problems), problems


def test_role_not_lowercase(tmp_path, polnear_dir):
    record = good_annotation()
    record["people"][0]["role"] = "Mayor"
    problems = check(tmp_path, polnear_dir, record)
    assert len(problems) == 1 and "not lowercase" in problems[0]


@pytest.mark.parametrize("evidence", [[5, 5], [-1, 4], [0, len(TEXT) + 1], [7], "0-5"])
def test_bad_evidence_span(tmp_path, polnear_dir, evidence):
    record = good_annotation()
    record["people"][0]["evidence"] = [S1, evidence]
    problems = check(tmp_path, polnear_dir, record)
    assert len(problems) == 1 and "evidence span" in problems[0]


def test_person_who_never_speaks(tmp_path, polnear_dir):
    record = good_annotation()
    record["people"].append({"name": "Bo Lind", "role": None, "affiliation": None, "evidence": []})
    problems = check(tmp_path, polnear_dir, record)
    assert problems == [f"{DOC_ID}: person 'Bo Lind' is never the speaker_name of a quote"]


def test_person_listed_twice(tmp_path, polnear_dir):
    record = good_annotation()
    record["people"].append(dict(record["people"][0]))
    problems = check(tmp_path, polnear_dir, record)
    assert any("listed 2 times" in p for p in problems)


def test_main_reports_problems_and_exits_1(tmp_path, polnear_dir, capsys):
    record = good_annotation()
    record["people"][0]["role"] = "Mayor"
    check(tmp_path, polnear_dir, record)
    assert main(["validate", str(tmp_path / "annotations"), str(polnear_dir)]) == 1
    assert "not lowercase" in capsys.readouterr().out


def test_load_annotations_reads_all_files(tmp_path):
    first, second = good_annotation(), good_annotation()
    second["id"] = "polnear/train/invented_other"
    write_jsonl(tmp_path / "dev" / "a.jsonl", [first])
    write_jsonl(tmp_path / "train" / "b.jsonl", [second])
    loaded = load_annotations(tmp_path)
    assert set(loaded) == {DOC_ID, "polnear/train/invented_other"}
    assert loaded[DOC_ID]["people"][0]["name"] == "Ann Berg"


def test_load_annotations_refuses_a_document_annotated_twice(tmp_path):
    write_jsonl(tmp_path / "dev" / "a.jsonl", [good_annotation()])
    write_jsonl(tmp_path / "dev" / "b.jsonl", [good_annotation()])
    with pytest.raises(ValueError) as error:
        load_annotations(tmp_path)
    message = str(error.value)
    assert DOC_ID in message and "a.jsonl" in message and "b.jsonl" in message


def test_validate_reports_a_duplicate_instead_of_raising(tmp_path, polnear_dir):
    folder = tmp_path / "annotations"
    write_jsonl(folder / "dev" / "a.jsonl", [good_annotation()])
    write_jsonl(folder / "dev" / "b.jsonl", [good_annotation()])
    problems = validate(folder, polnear_dir)
    assert len(problems) == 1 and "annotated twice" in problems[0]


def test_real_annotations_are_valid():
    assert (POLNEAR / "dev.jsonl").exists() and (POLNEAR / "train.jsonl").exists(), (
        f"PolNeAR JSONL not found under {POLNEAR}: the annotations cannot be validated. "
        "CI must provide ../shared/data/polnear/{dev,train}.jsonl."
    )
    assert ANNOTATIONS.is_dir(), f"annotations folder missing: {ANNOTATIONS}"
    problems = validate(ANNOTATIONS, POLNEAR)
    assert problems == [], "annotation problems:\n" + "\n".join(problems[:50])
    loaded = load_annotations(ANNOTATIONS)
    assert len(loaded) >= 200


def test_affiliation_with_an_article_the_document_does_not_write_as_part_of_the_name(tmp_path, polnear_dir):
    # TEXT writes "City officials", never "The City" inside a sentence
    record = good_annotation()
    record["people"][0]["affiliation"] = "The City"
    problems = check(tmp_path, polnear_dir, record)
    assert len(problems) == 1 and "affiliation 'The City'" in problems[0] and "write 'City'" in problems[0]
    record["people"][0]["affiliation"] = "City"
    assert check(tmp_path, polnear_dir, record) == []
