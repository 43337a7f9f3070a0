"""Stage 2, `quote_attributor`: the cue and the speaker mention of every quote."""
from spacy.language import Language
from spacy.tokens import Doc

from ..records import get_quote_table, register_extensions, write_span_groups
from .rules import attribute


class QuoteAttributor:
    """Completes each quote row with its cue and speaker mention and a confidence,
    and writes doc.spans["quote_cues"] and doc.spans["quote_speakers"]."""

    def __init__(self, nlp: Language, name: str = "quote_attributor"):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        attribute(doc, get_quote_table(doc))
        write_span_groups(doc)
        return doc

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)


@Language.factory(
    "quote_attributor",
    assigns=["doc.spans", "doc._.quote_table"],
    requires=["token.dep", "doc.ents"],
)
def make_quote_attributor(nlp: Language, name: str):
    return QuoteAttributor(nlp, name)
