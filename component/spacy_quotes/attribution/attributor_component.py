"""Stage 2, `quote_attributor`: the cue and the speaker mention of every quote."""
from spacy.language import Language
from spacy.tokens import Doc

from ..records import CUE_CANDIDATES, SOURCE_CANDIDATES, get_quote_table, register_extensions, write_span_groups
from .linker import SourceLinker
from .rules import attribute


class QuoteAttributor:
    """Completes each quote row with its cue and speaker mention and a confidence,
    and writes doc.spans["quote_cues"] and doc.spans["quote_speakers"]."""

    def __init__(self, nlp: Language, name: str = "quote_attributor", *, use_linker: bool = True,
                 keep_candidates: bool = False):
        register_extensions()
        self.name = name
        # the linker re-ranks speakers among the finder tagger's candidates (linker.py)
        self.linker = SourceLinker.load() if use_linker else None
        self.keep_candidates = keep_candidates

    def __call__(self, doc: Doc) -> Doc:
        attribute(doc, get_quote_table(doc), linker=self.linker)
        write_span_groups(doc)
        if not self.keep_candidates:
            # the tagger's candidate spans are spent: without them a PolNeAR doc serialises
            # (DocBin, nlp.pipe(n_process=2)) about 15% faster
            for key in (CUE_CANDIDATES, SOURCE_CANDIDATES):
                doc.spans.pop(key, None)
        return doc

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)


@Language.factory(
    "quote_attributor",
    assigns=["doc.spans", "doc._.quote_table"],
    requires=["token.dep", "doc.ents"],
    default_config={"use_linker": True, "keep_candidates": False},
)
def make_quote_attributor(nlp: Language, name: str, use_linker: bool, keep_candidates: bool):
    return QuoteAttributor(nlp, name, use_linker=use_linker, keep_candidates=keep_candidates)
