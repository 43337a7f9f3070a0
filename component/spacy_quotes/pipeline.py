"""The `quotes` factory: the four stages as one component, for `nlp.add_pipe("quotes")`."""
from spacy.language import Language
from spacy.tokens import Doc

from .attribution.attributor_component import QuoteAttributor
from .finder.finder_component import QuoteFinder
from .resolution.resolver_component import SpeakerResolver
from .roles.role_component import RoleExtractor


class QuotePipeline:
    """Runs finder, attributor, resolver and role extractor in order on each doc.
    Use the four factories instead to train, replace or inspect a single stage."""

    def __init__(self, nlp: Language, name: str = "quotes", *, min_words: int = 4):
        self.name = name
        self.stages = [
            QuoteFinder(nlp, f"{name}.finder", min_words=min_words),
            QuoteAttributor(nlp, f"{name}.attributor"),
            SpeakerResolver(nlp, f"{name}.resolver"),
            RoleExtractor(nlp, f"{name}.roles"),
        ]

    def __call__(self, doc: Doc) -> Doc:
        for stage in self.stages:
            doc = stage(doc)
        return doc

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)


@Language.factory(
    "quotes",
    assigns=["doc.spans", "doc._.quote_table", "doc._.speaker_table"],
    requires=["token.dep", "doc.ents"],
    default_config={"min_words": 4},
)
def make_quotes(nlp: Language, name: str, min_words: int):
    return QuotePipeline(nlp, name, min_words=min_words)
