"""Write the benchmark table of the packaged pipelines' model cards (the "notes" of
configs/meta_sm.json and configs/meta_trf.json) from the metrics that
`spacy project run benchmark` and `evaluate-trf` wrote, so the cards never drift from them.

    python scripts/model_card.py metrics configs/meta_sm.json configs/meta_trf.json
"""
import json
import sys
from pathlib import Path

from results_table import table

HEAD = """### Benchmark (PolNeAR dev, SPEC.md metrics, 2-core CPU)

Measured by `spacy project run benchmark` (`python -m spacy_quotes.benchmark`), the base pipeline alone timed in the same run
(median of {repeats} alternating timings, en_quotes_trf {repeats_trf}; the rules and en_quotes_sm with 2 processes, en_quotes_trf with 1).

"""
TAIL = """

Quote spans are chosen by a span selector fitted on PolNeAR train; `confidence` is calibrated on dev (Platt scaling; expected calibration error 0.012 in 2-fold cross-fitting).

CofeNet (BERT, COLING 2022) reports content exact F 0.729, source 0.832, cue 0.753 on the PolNeAR test split. textacy 0.13 on the same dev set: content partial F 0.239. See the spacy-quotes README for the speaker, role and affiliation figures on the project's own annotations."""


def main(metrics: str, *metas: str) -> None:
    folder = Path(metrics)
    repeats = {name: json.loads((folder / f"{name}.json").read_text(encoding="utf8")).get("repeats", 1)
               for name in ("benchmark_quotes_sm_dev", "quotes_trf_dev")}
    notes = HEAD.format(repeats=repeats["benchmark_quotes_sm_dev"], repeats_trf=repeats["quotes_trf_dev"]) + table([
        f"rules only={folder / 'benchmark_rules_dev.json'}",
        f"en_quotes_sm={folder / 'benchmark_quotes_sm_dev.json'}",
        f"en_quotes_trf={folder / 'quotes_trf_dev.json'}",
    ]) + TAIL
    for path in metas:
        meta = json.loads(Path(path).read_text(encoding="utf8"))
        meta["notes"] = notes
        Path(path).write_text(json.dumps(meta, indent=2, ensure_ascii=False) + "\n", encoding="utf8")


if __name__ == "__main__":
    main(*sys.argv[1:])
