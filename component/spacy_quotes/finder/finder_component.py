"""Stage 1, `quote_finder`: quote spans and their kind into doc.spans["quotes"]."""
from typing import Callable, Optional

from spacy.language import Language
from spacy.tokens import Doc

from ..records import get_quote_table, register_extensions, write_span_groups
from ..scoring import make_quote_scorer
from .rules import find_quotes


class QuoteFinder:
    """Finds direct quotes from quotation marks and indirect and mixed quotes from
    the parse. Writes `doc._.quote_table` rows (content and kind, plus the cue and
    speaker where the finding rule knows them) and doc.spans["quotes"]."""

    def __init__(self, nlp: Language, name: str = "quote_finder", *, min_words: int = 4,
                 scorer: Optional[Callable] = None):
        register_extensions()
        self.name = name
        self.min_words = min_words
        self.scorer = scorer

    def __call__(self, doc: Doc) -> Doc:
        doc._.quote_table = find_quotes(doc, self.min_words)
        write_span_groups(doc)
        return doc

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)

    def score(self, examples, **kwargs):
        return self.scorer(examples, **kwargs) if self.scorer else {}


@Language.factory(
    "quote_finder",
    assigns=["doc.spans", "doc._.quote_table"],
    requires=["token.dep", "token.pos"],
    default_config={"min_words": 4, "scorer": {"@scorers": "quotes.quote_scorer.v1"}},
    default_score_weights={"quotes_partial_f": 0.5, "quotes_exact_f": 0.5},
)
def make_quote_finder(nlp: Language, name: str, min_words: int, scorer: Optional[Callable]):
    return QuoteFinder(nlp, name, min_words=min_words, scorer=scorer)
