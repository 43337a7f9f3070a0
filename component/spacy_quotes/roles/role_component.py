"""Stage 4, `role_extractor`: role and affiliation of every person who speaks."""
from spacy.language import Language
from spacy.tokens import Doc

from ..records import get_quote_table, register_extensions
from .affiliations import campaign_affiliation
from .patterns import person_roles


class RoleExtractor:
    """Fills role, affiliation and role modifiers ("former", "acting") of each
    person in `doc._.speaker_table` from any mention of that person."""

    def __init__(self, nlp: Language, name: str = "role_extractor"):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        table = doc._.speaker_table or []
        rows = get_quote_table(doc)
        for k, speaker in enumerate(table):
            if speaker["kind"] != "person" or not speaker["name"]:
                continue
            mentions = [doc[s:e] for s, e in speaker["mentions"]]
            named = person_roles(doc, mentions, speaker["name"], descriptions=False)
            # a description's own words ("the moderator", "the Vermont senator") only when no
            # mention naming the person states a role: the resolver may have linked it wrongly
            described = [f for f in person_roles(doc, mentions, speaker["name"]) if f not in named]
            found = named + described
            if not found:
                continue
            first_quote = min((row["start"] for row in rows if row.get("entity") == k), default=0)
            with_role = [f for f in named if f[1]] or [f for f in described if f[1]] or found
            # the statement nearest the person's first quote; ties go to the earlier one
            position, role, affiliation, modifiers = min(with_role, key=lambda f: (abs(f[0] - first_quote), f[0]))
            if affiliation is None:
                affiliation = next((f[2] for f in sorted(found, key=lambda f: abs(f[0] - position)) if f[2]), None)
            surnames = {row["name"].split()[-1].lower() for row in table if row["kind"] == "person" and row["name"]}
            affiliation = campaign_affiliation(affiliation, role, surnames)
            speaker.update(role=role, affiliation=affiliation, role_modifiers=list(modifiers))
        return doc

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)


@Language.factory("role_extractor", assigns=["doc._.speaker_table"], requires=["doc._.speaker_table"])
def make_role_extractor(nlp: Language, name: str):
    return RoleExtractor(nlp, name)
