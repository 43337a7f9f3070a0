"""Render benchmark metrics (metrics/*.json written by spacy_quotes.benchmark) as the
Markdown table of the README and the model card.

    python scripts/results_table.py "rules only=metrics/benchmark_rules_dev.json" \
        "en_quotes_sm=metrics/benchmark_quotes_sm_dev.json"
"""
import json
import sys

ROWS = [
    ("content exact F", "quotes_exact_f"),
    ("content partial F", "quotes_partial_f"),
    ("content partial P / R", ("quotes_partial_p", "quotes_partial_r")),
    ("direct partial F / R", ("quotes_direct_partial_f", "quotes_direct_partial_r")),
    ("indirect partial F", "quotes_indirect_partial_f"),
    ("mixed partial F", "quotes_mixed_partial_f"),
    ("cue exact / partial F", ("quote_cues_exact_f", "quote_cues_partial_f")),
    ("source exact / partial F", ("quote_speakers_exact_f", "quote_speakers_partial_f")),
    ("speaker accuracy (matched quotes)", "speaker_acc"),
    ("words/s (this pipeline)", "words_per_second"),
    ("words/s (base pipeline alone, same run)", "base_words_per_second"),
    ("speed vs base", "speed_ratio"),
]


def cell(metrics: dict, key) -> str:
    if isinstance(key, tuple):
        return " / ".join(cell(metrics, k) for k in key)
    value = metrics.get(key)
    if value is None:
        return "–"
    if key.endswith("words_per_second"):
        return f"{value:,.0f}"
    if key == "speed_ratio":
        return f"{value:.2f}×"
    return f"{value:.3f}"


def table(args) -> str:
    """The Markdown table for "column name=metrics.json" arguments."""
    columns = [arg.split("=", 1) for arg in args]
    metrics = [json.load(open(path, encoding="utf8")) for _, path in columns]
    lines = ["| metric | " + " | ".join(name for name, _ in columns) + " |", "|---|" + "---:|" * len(columns)]
    for label, key in ROWS:
        lines.append(f"| {label} | " + " | ".join(cell(m, key) for m in metrics) + " |")
    return "\n".join(lines)


def main(args):
    print(table(args))


if __name__ == "__main__":
    main(sys.argv[1:])
