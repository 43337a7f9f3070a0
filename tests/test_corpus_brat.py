"""Tests for the PolNeAR BRAT converter (spacy_quotes.corpus.brat).

The fixtures are invented sentences; no PolNeAR text is copied here.
"""
import json
from collections import Counter
from pathlib import Path

import pytest

from spacy_quotes.corpus.brat import main, parse_ann, quote_type, read_brat_document, read_polnear

SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"
if not SHARED_DATA.exists():
    SHARED_DATA = Path("/work/shared/data")
POLNEAR_RAW = SHARED_DATA / "polnear-raw" / "data"
POLNEAR_REF = SHARED_DATA / "polnear"


def t_line(text, tid, label, *fragments):
    """A BRAT text-bound line whose text is what the offsets select."""
    spans = ";".join(f"{s} {e}" for s, e in fragments)
    written = " ".join(text[s:e] for s, e in fragments)
    return f"{tid}\t{label} {spans}\t{written}"


def write_doc(tmp_path, text, ann_lines, name="doc"):
    text_path = tmp_path / f"{name}.txt"
    ann_path = tmp_path / f"{name}_a1.ann"
    text_path.write_text(text, encoding="utf-8", newline="")
    ann_path.write_text("\n".join(ann_lines) + "\n", encoding="utf-8", newline="")
    return text_path, ann_path


def span(text, part, after=0):
    start = text.index(part, after)
    return start, start + len(part)


def test_discontinuous_content_interrupted_by_narration(tmp_path):
    text = '"The bridge will open in May," the mayor said, "and not a day later."\n'
    c1, c2 = span(text, '"The bridge will open in May,"'), span(text, '"and not a day later."')
    assert (c1, c2) == ((0, 30), (47, 69))
    ann = [
        t_line(text, "T1", "Content", c1, c2),
        t_line(text, "T2", "Source", span(text, "the mayor")),
        t_line(text, "T3", "Cue", span(text, "said")),
        t_line(text, "T4", "Attribution", span(text, "said")),
        "E1\tAttribution:T4 Content:T1 Cue:T3 Source:T2",
    ]
    stats = Counter()
    doc = read_brat_document(*write_doc(tmp_path, text, ann), "test/doc", stats=stats)
    assert doc == {
        "id": "test/doc",
        "text": text,
        "quotes": [
            {"start": 0, "end": 30, "type": "direct", "cue": [41, 45], "speaker": [31, 40], "speaker_name": "the mayor"},
            {"start": 47, "end": 69, "type": "direct", "cue": [41, 45], "speaker": [31, 40], "speaker_name": "the mayor"},
        ],
    }
    assert stats["attributions"] == 1 and stats["quotes"] == 2 and stats["no_content"] == 0


def test_fragments_split_by_punctuation_only_are_one_quote(tmp_path):
    # A quote over two paragraphs, annotated as two fragments (the paragraph
    # break left out), plus a Content2 role: one quote, stripped of spaces.
    text = "Ms. Ortega said: \u201cWe planted trees.\n\n\u201cWe fixed roads.\u201d Then she left.\n"
    first = span(text, "\u201cWe planted trees.")
    second = span(text, "\u201cWe fixed roads")
    rest = (second[1], second[1] + 2)  # '.' and the closing mark, as Content2
    ann = [
        t_line(text, "T1", "Source", span(text, "Ms. Ortega")),
        t_line(text, "T2", "Cue", span(text, "said:")),
        t_line(text, "T3", "Content", first, second),
        t_line(text, "T4", "Content", rest),
        t_line(text, "T5", "Attribution", span(text, "said:")),
        "E1\tAttribution:T5 Source:T1 Cue:T2 Content:T3 Content2:T4",
    ]
    doc = read_brat_document(*write_doc(tmp_path, text, ann), "test/doc")
    assert doc["quotes"] == [
        {"start": 17, "end": 54, "type": "direct", "cue": [11, 16], "speaker": [0, 10], "speaker_name": "Ms. Ortega"}
    ]
    assert doc["text"][17:54] == "\u201cWe planted trees.\n\n\u201cWe fixed roads.\u201d"


def test_missing_source_and_missing_content(tmp_path):
    text = "Officials are expected to approve the plan. Critics say it is late.\n"
    ann = [
        t_line(text, "T1", "Cue", span(text, "are expected")),
        t_line(text, "T2", "Content", span(text, "to approve the plan")),
        t_line(text, "T3", "Attribution-no-source", span(text, "are expected")),
        "E1\tAttribution-no-source:T3 Content:T2 Cue:T1",
        t_line(text, "T4", "Source", span(text, "Critics")),
        t_line(text, "T5", "Cue", span(text, "say")),
        t_line(text, "T6", "Attribution", span(text, "say")),
        "E2\tAttribution:T6 Source:T4 Cue:T5",  # no content: skipped, counted
        "E3\tAttribution-no-source:T3 ",  # empty attribution: skipped, counted
        "#1\tAnnotatorNotes T4\tan invented note",
    ]
    stats = Counter()
    doc = read_brat_document(*write_doc(tmp_path, text, ann), "test/doc", stats=stats)
    assert doc["quotes"] == [
        {"start": 23, "end": 42, "type": "indirect", "cue": [10, 22], "speaker": None, "speaker_name": None}
    ]
    assert stats["attributions"] == 3
    assert stats["no_content"] == 2
    assert stats["no_source"] == 1
    assert stats["quotes"] == 1


@pytest.mark.parametrize(
    "text,part,expected",
    [
        ('He said "we are ready" today.', '"we are ready"', "direct"),
        ("He said \u201cwe are ready\u201d today.", "\u201cwe are ready\u201d", "direct"),
        ("He said ``we are ready'' today.", "``we are ready''", "direct"),
        ("He said ''we are ready'' today.", "''we are ready''", "direct"),
        # Marks left just outside the span, or a NYT '' split by it.
        ('He said "we are ready" today.', "we are ready", "direct"),
        ("He said ''we are ready'' today.", "'we are ready'", "direct"),
        ('He said that "we are ready" today.', 'that "we are ready"', "mixed"),
        ("He said it is \u201cdone\u201d now.", "it is \u201cdone\u201d now", "mixed"),
        # ''' reads as '' then ': the content does not end at a double mark.
        ("He said ''she said 'no,''' then.", "''she said 'no,'''", "mixed"),
        # A closing mark does not open a quote.
        ("He said \u201dwe are ready\u201d today.", "\u201dwe are ready\u201d", "mixed"),
        ("He said that we are ready.", "that we are ready", "indirect"),
        ("He said the mayor's plan is 'bold'.", "the mayor's plan is 'bold'", "indirect"),
    ],
)
def test_quote_type(text, part, expected):
    start, end = span(text, part)
    assert quote_type(text, start, end) == expected


def test_types_in_a_document(tmp_path):
    text = (
        'Mr. Lund said, "We are done." '
        "He added that the vote was \u201cfinal.\u201d "
        "Aides think the count was fair.\n"
    )
    ann = []
    for n, (source, cue, content) in enumerate(
        [
            ("Mr. Lund", "said,", '"We are done."'),
            ("He", "added", "that the vote was \u201cfinal.\u201d"),
            ("Aides", "think", "the count was fair"),
        ]
    ):
        ids = [f"T{4 * n + i}" for i in range(1, 5)]
        ann += [
            t_line(text, ids[0], "Source", span(text, source)),
            t_line(text, ids[1], "Cue", span(text, cue)),
            t_line(text, ids[2], "Content", span(text, content)),
            t_line(text, ids[3], "Attribution", span(text, cue)),
            f"E{n + 1}\tAttribution:{ids[3]} Content:{ids[2]} Cue:{ids[1]} Source:{ids[0]}",
        ]
    doc = read_brat_document(*write_doc(tmp_path, text, ann), "test/doc")
    assert [(q["start"], q["end"], q["type"], q["speaker_name"]) for q in doc["quotes"]] == [
        (15, 29, "direct", "Mr. Lund"),
        (39, 65, "mixed", "He"),
        (78, 96, "indirect", "Aides"),
    ]


def test_discontinuous_source_and_multiline_entity_text(tmp_path):
    # The source skips an inserted clause; the content crosses a paragraph
    # break, so its text in the .ann file runs over two lines.
    text = "The council, in a rare move, voted\n\nand then declared the park closed for good.\n"
    source = [span(text, "The council"), span(text, "voted")]
    ann = [
        t_line(text, "T1", "Source", *source),
        t_line(text, "T2", "Cue", span(text, "declared")),
        t_line(text, "T3", "Content", span(text, "the park closed for good")),
        t_line(text, "T4", "Discuss", span(text, "voted\n\nand then")),
        t_line(text, "T5", "Attribution", span(text, "declared")),
        "E1\tAttribution:T5 Source:T1 Content:T3 Cue:T2",
    ]
    assert "\n\nand then" in "\n".join(ann)
    doc = read_brat_document(*write_doc(tmp_path, text, ann), "test/doc")
    assert doc["quotes"] == [
        {
            "start": 54,
            "end": 78,
            "type": "indirect",
            "cue": [45, 53],
            "speaker": [0, 34],
            "speaker_name": "The council voted",
        }
    ]


@pytest.mark.parametrize(
    "line,message",
    [
        ("T1\tContent 0 4", "malformed text-bound"),
        ("T1\tContent 0 x4\tabcd", "malformed text-bound"),
        ("E1\tAttribution:T1 Content", "malformed event"),
        ("E1\tAttribution:T1 Content:T9", "unknown annotation T9"),
        ("Z1 junk", "not a BRAT annotation line"),
    ],
)
def test_malformed_lines_raise_with_file_and_line(line, message):
    ann = "T1\tAttribution 0 4\tsaid\n" + line + "\n"
    with pytest.raises(ValueError, match=message) as excinfo:
        parse_ann(ann, "x_a1.ann")
    assert "x_a1.ann:2:" in str(excinfo.value)


def test_offsets_that_do_not_match_the_text_raise(tmp_path):
    text = "She said no.\n"
    ann = ["T1\tCue 4 8\tsaid", "T2\tContent 9 11\tyes"]
    text_path, ann_path = write_doc(tmp_path, text, ann)
    with pytest.raises(ValueError, match=r"doc_a1\.ann:2: the text of T2"):
        read_brat_document(text_path, ann_path, "test/doc")


def make_raw_dir(tmp_path):
    """A tiny PolNeAR-like data/ folder: one article, two annotators."""
    data = tmp_path / "data"
    (data / "dev" / "text").mkdir(parents=True)
    (data / "dev" / "attributions").mkdir(parents=True)
    text = "The governor said the budget is balanced.\n"
    (data / "dev" / "text" / "paper_2016-01-01_budget.txt").write_text(text, encoding="utf-8")
    common = [
        t_line(text, "T1", "Source", span(text, "The governor")),
        t_line(text, "T2", "Cue", span(text, "said")),
        t_line(text, "T4", "Attribution", span(text, "said")),
    ]
    by_annotator = {
        "b2": common + [t_line(text, "T3", "Content", span(text, "the budget"))],
        "a1": common + [t_line(text, "T3", "Content", span(text, "the budget is balanced"))],
    }
    for annotator, lines in by_annotator.items():
        lines = lines + ["E1\tAttribution:T4 Source:T1 Cue:T2 Content:T3"]
        path = data / "dev" / "attributions" / f"paper_2016-01-01_budget_{annotator}.ann"
        path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (data / "metadata.tsv").write_text(
        "compartment\tfilename\tlevel\tannotators\tpublisher\n"
        "dev\tpaper_2016-01-01_budget\t3\tb2|a1\tpaper\n"
        "train\tpaper_2015-12-01_other\t1\ta1\tpaper\n",
        encoding="utf-8",
    )
    return data


def test_read_polnear_keeps_first_annotator(tmp_path):
    data = make_raw_dir(tmp_path)
    stats = Counter()
    docs = list(read_polnear(data, "dev", stats=stats))
    assert docs == [
        {
            "id": "polnear/dev/paper_2016-01-01_budget",
            "text": "The governor said the budget is balanced.\n",
            "quotes": [
                {"start": 18, "end": 40, "type": "indirect", "cue": [13, 17], "speaker": [0, 12], "speaker_name": "The governor"}
            ],
            "source": "PolNeAR",
            "license": "NOASSERTION",
        }
    ]
    assert stats["documents"] == 1 and stats["quotes"] == 1
    # The repository root above data/ works too.
    assert list(read_polnear(tmp_path, "dev")) == docs


def test_read_polnear_missing_files(tmp_path):
    data = make_raw_dir(tmp_path)
    with pytest.raises(FileNotFoundError, match="paper_2015-12-01_other.txt"):
        list(read_polnear(data, "train"))
    with pytest.raises(ValueError, match="no article in split 'test'"):
        list(read_polnear(data, "test"))


def test_main_writes_jsonl(tmp_path):
    data = make_raw_dir(tmp_path)
    output = tmp_path / "out" / "dev.jsonl"
    stats = main([str(data), "dev", str(output)])
    lines = output.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 1 and stats["quotes"] == 1
    assert json.loads(lines[0]) == next(read_polnear(data, "dev"))


def quote_key(quote):
    cue, speaker = quote["cue"], quote["speaker"]
    return (quote["start"], quote["end"], quote["type"], cue and tuple(cue), speaker and tuple(speaker))


def test_polnear_dev_agrees_with_reference():
    assert POLNEAR_RAW.exists(), f"raw PolNeAR is missing: expected it at {POLNEAR_RAW}"
    reference_path = POLNEAR_REF / "dev.jsonl"
    assert reference_path.exists(), f"reference conversion is missing: expected {reference_path}"
    with reference_path.open(encoding="utf-8") as f:
        reference = [json.loads(line) for line in f]
    stats = Counter()
    converted = list(read_polnear(POLNEAR_RAW, "dev", stats=stats))
    assert [doc["id"] for doc in converted] == [doc["id"] for doc in reference]
    total = reproduced = 0
    for ours, ref in zip(converted, reference):
        assert ours["text"] == ref["text"], ref["id"]
        our_keys = Counter(quote_key(q) for q in ours["quotes"])
        ref_keys = Counter(quote_key(q) for q in ref["quotes"])
        total += sum(ref_keys.values())
        reproduced += sum((our_keys & ref_keys).values())
    agreement = reproduced / total
    print(f"PolNeAR dev: {reproduced}/{total} reference quotes reproduced ({agreement:.2%}); {dict(stats)}")
    assert agreement >= 0.99
    assert stats["quotes"] == sum(len(doc["quotes"]) for doc in converted)
