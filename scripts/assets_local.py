"""Take PolNeAR's data/ folder from a local copy instead of fetching it.

    python scripts/assets_local.py ../shared/data/polnear-raw/data assets/polnear/data

`spacy project assets` clones github.com/networkdynamics/PolNeAR; on a machine
without internet the local copy under ../shared/data/polnear-raw/ (the same
commit, c3eee833) stands in for it. Only the folder layout the converter reads
is checked (metadata.tsv, and text/ and attributions/ per split).
"""
import os
import shutil
import stat
import sys
from pathlib import Path

import typer


def main(
    source: Path = typer.Argument(..., help="A local copy of PolNeAR's data/ folder."),
    dest: Path = typer.Argument(..., help="Where `spacy project assets` would put it."),
    splits: str = typer.Option("train,dev", help="Comma-separated splits that must be there."),
):
    """Copy a local PolNeAR data/ folder into the project's assets."""
    if not (source / "metadata.tsv").is_file():
        typer.echo(
            f"No local PolNeAR copy at {source} (no metadata.tsv there).\n"
            "Fetch it from its public repository instead:\n"
            "    python -m spacy project assets\n"
            "or pass another folder with --vars.polnear_local PATH.",
            err=True,
        )
        sys.exit(1)
    for split in splits.split(","):
        for sub in ("text", "attributions"):
            if not (source / split / sub).is_dir():
                typer.echo(f"{source / split / sub} not found: {source} is not PolNeAR's data/ folder.", err=True)
                sys.exit(1)
    if dest.is_symlink() or dest.is_file():
        dest.unlink()
    elif dest.exists():
        shutil.rmtree(dest)
    dest.parent.mkdir(parents=True, exist_ok=True)
    # copy the contents, not the modes: a read-only source would give a copy that
    # the next run cannot replace
    shutil.copytree(source, dest, copy_function=shutil.copyfile)
    for folder, _, _ in os.walk(dest):
        os.chmod(folder, os.stat(folder).st_mode | stat.S_IWUSR)
    n_files = sum(1 for path in dest.rglob("*") if path.is_file())
    typer.echo(f"{source} → {dest} ({n_files} files)")


if __name__ == "__main__":
    typer.run(main)
