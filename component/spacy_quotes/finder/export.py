"""Copy the trained quote finder of a pipeline into the library, so that
`nlp.add_pipe("quotes")` uses it: `python -m spacy_quotes.finder.export training/cpu/model-best`."""
import shutil
from pathlib import Path

import spacy
import typer

from ..pipeline import SHIPPED_FINDER


def main(pipeline: Path = typer.Argument(..., help="A trained pipeline directory with a quote_finder."),
         output: Path = typer.Option(SHIPPED_FINDER, help="Where the library reads its weights.")):
    """Export the quote_finder weights and its model config."""
    nlp = spacy.load(pipeline)
    finder = nlp.get_pipe("quote_finder")
    if output.exists():
        shutil.rmtree(output)
    output.parent.mkdir(parents=True, exist_ok=True)
    finder.to_disk(output, exclude=["vocab"])  # hash embeddings: the strings are not needed
    model_config = {"model": nlp.config["components"]["quote_finder"]["model"]}
    spacy.util.Config(model_config).to_disk(output / "model.cfg")
    size = sum(f.stat().st_size for f in output.rglob("*") if f.is_file())
    typer.echo(f"quote_finder → {output} ({size / 1e6:.1f} MB)")


if __name__ == "__main__":
    typer.run(main)
