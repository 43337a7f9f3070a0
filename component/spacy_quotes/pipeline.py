"""The `quotes` factory: the four stages as one component, for `nlp.add_pipe("quotes")`.

It loads the trained finder that ships with the library (weights/quote_finder,
made by `spacy project run all`, see the README); `use_model=False` runs the
rules alone.
"""
import warnings
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import registry
from thinc.api import Config

from .attribution.attributor_component import QuoteAttributor
from .finder.finder_component import DEFAULT_FINDER_MODEL, QuoteFinder
from .resolution.resolver_component import SpeakerResolver
from .roles.role_component import RoleExtractor

SHIPPED_FINDER = Path(__file__).parent / "weights" / "quote_finder"


def shipped_finder(nlp: Language, name: str, min_words: int) -> QuoteFinder:
    """The trained finder shipped with the library, built from its saved config."""
    config = Config().from_disk(SHIPPED_FINDER / "model.cfg")
    model = registry.resolve(config)["model"]
    finder = QuoteFinder(nlp.vocab, model, name, min_words=min_words, use_model=True)
    finder.from_disk(SHIPPED_FINDER, exclude=["vocab"])
    return finder


class QuotePipeline:
    """Runs finder, attributor, resolver and role extractor in order on each doc.
    Use the four factories instead to train, replace or inspect a single stage."""

    def __init__(self, nlp: Language, name: str = "quotes", *, min_words: int = 4, use_model: bool = True):
        self.name = name
        if use_model and not (SHIPPED_FINDER / "model").exists():
            warnings.warn(f"No trained quote finder at {SHIPPED_FINDER}: using the rules alone.")
            use_model = False
        if use_model:
            finder = shipped_finder(nlp, f"{name}.finder", min_words)
        else:
            model = registry.resolve({"model": DEFAULT_FINDER_MODEL})["model"]
            finder = QuoteFinder(nlp.vocab, model, f"{name}.finder", min_words=min_words, use_model=False)
        self.stages = [
            finder,
            QuoteAttributor(nlp, f"{name}.attributor"),
            SpeakerResolver(nlp, f"{name}.resolver"),
            RoleExtractor(nlp, f"{name}.roles"),
        ]

    def __call__(self, doc: Doc) -> Doc:
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def pipe(self, stream, batch_size: int = 128):
        for batch in _batches(stream, batch_size):
            docs = list(self.stages[0].pipe(batch, batch_size=batch_size))
            for stage in self.stages[1:]:
                docs = [stage(doc) for doc in docs]
            yield from docs


def _batches(stream, size: int):
    batch = []
    for doc in stream:
        batch.append(doc)
        if len(batch) >= size:
            yield batch
            batch = []
    if batch:
        yield batch


@Language.factory(
    "quotes",
    assigns=["doc.spans", "doc._.quote_table", "doc._.speaker_table"],
    requires=["token.dep", "doc.ents"],
    default_config={"min_words": 4, "use_model": True},
)
def make_quotes(nlp: Language, name: str, min_words: int, use_model: bool):
    return QuotePipeline(nlp, name, min_words=min_words, use_model=use_model)
