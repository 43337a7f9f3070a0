"""spacy-quotes: who said what, in which role, as spaCy components.

    import spacy
    nlp = spacy.load("en_core_web_sm")
    nlp.add_pipe("quotes")          # entry points: no import of this package needed
    doc = nlp(text)
    for quote in doc._.quotes:
        print(quote.speaker_name, quote.role, quote.affiliation, quote.content)
"""
from .records import Quote, Speaker, doc_to_dict, register_extensions

__version__ = "0.1.0"
__all__ = ["Quote", "Speaker", "doc_to_dict", "register_extensions", "__version__"]
