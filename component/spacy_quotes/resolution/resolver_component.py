"""Stage 3, `speaker_resolver`: each speaker mention to a speaker entity."""
from spacy.language import Language
from spacy.tokens import Doc

from ..records import get_quote_table, register_extensions
from .resolve import resolve


class SpeakerResolver:
    """Builds `doc._.speaker_table` (one row per speaker entity, with its fullest
    name and mentions) and links each quote row to its entity."""

    def __init__(self, nlp: Language, name: str = "speaker_resolver"):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        doc._.speaker_table = resolve(doc, get_quote_table(doc))
        return doc

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)


@Language.factory("speaker_resolver", assigns=["doc._.speaker_table"], requires=["doc.ents", "token.dep"])
def make_speaker_resolver(nlp: Language, name: str):
    return SpeakerResolver(nlp, name)
