"""Stage 4, `role_extractor`: role and affiliation of every person who speaks."""
from typing import List, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..records import get_quote_table, register_extensions
from .affiliations import DEMONYMS, PARTIES, STATE_ABBREVIATIONS, campaign_affiliation
from .patterns import POSSESSIVES, copula_subject, person_roles, unlinked_descriptions

SUBJECTS = ("nsubj", "nsubjpass")
PLACES = frozenset(DEMONYMS.values()) | frozenset(STATE_ABBREVIATIONS.values())
LEGAL_SUFFIXES = frozenset("inc co corp ltd llc plc".split())
COURTESY_ROLES = frozenset({"reverend"})


def description_owner(doc: Doc, description: Span, table: List[dict]) -> Optional[int]:
    """The row of the person a definite description ("the Vermont senator") refers to, or None.

    A predicate description ("Lee became the nominee") belongs to its subject. Any other goes to
    the only person mentioned in its sentence or the sentence before, not counting the subject
    of a clause that holds it ("Lee said the senator ..." is not about Lee). A person named there
    whom the table does not know makes the description ambiguous, as does a second person.
    """
    people = [k for k, row in enumerate(table) if row["kind"] == "person"]
    subject = copula_subject(description)
    if subject is not None:
        return next((k for k in people if table[k]["name"] and any(s <= subject < e for s, e in table[k]["mentions"])), None)
    sentence = description.sent
    start = doc[sentence.start - 1].sent.start if sentence.start else sentence.start
    above = {t.i for t in description.root.ancestors}

    def commands(span: Span) -> bool:
        root = span.root
        return root.dep_ in SUBJECTS and root.head.i in above

    candidates, excluded = set(), set()
    spans = []
    for k in people:
        for s, e in table[k]["mentions"]:
            if start <= s < description.start:
                spans.append((k, doc[s:e]))
    linked = {i for _, span in spans for i in range(span.start, span.end)}
    surnames = {table[k]["name"].split()[-1].lower(): k for k in people if table[k]["name"]}
    for ent in doc.ents:
        if ent.label_ == "PERSON" and start <= ent.start < description.start and not linked & set(range(ent.start, ent.end)):
            spans.append((surnames.get(ent[-1].lower_, ent[-1].lower_), ent))
    for owner, span in spans:
        (excluded if commands(span) else candidates).add(owner)
    candidates -= excluded
    if len(candidates) != 1:
        return None
    owner = candidates.pop()
    return owner if isinstance(owner, int) and table[owner]["name"] else None


def fullest_name(doc: Doc, affiliation: Optional[str]) -> Optional[str]:
    """The fuller name the document gives an organisation: "Fox" → "Fox News", "Post" →
    "Washington Post", "DFA" → "Democracy for America"; as is when none or several do."""
    if not affiliation or affiliation in PARTIES or affiliation in PLACES or affiliation.endswith(" campaign"):
        return affiliation
    # a place ("Florida", not "Florida Legislature") or a person ("Trump", not "Trump University")
    if any(ent.label_ == "GPE" and affiliation in ent.text or ent.label_ == "PERSON" and ent[-1].text == affiliation
           for ent in doc.ents):
        return affiliation
    short = affiliation.split()
    fuller = set()
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        words = [t.text for t in ent if t.lower_ not in POSSESSIVES]
        if words and words[0].lower() == "the":
            words = words[1:]
        while words and words[-1].lower().strip(".,") in LEGAL_SUFFIXES:
            words = words[:-1]  # "Pfizer Inc." is the Pfizer the article names
        if len(words) <= len(short):
            continue
        initials = "".join(w[0] for w in words if w[:1].isupper())
        if words[: len(short)] == short or words[-len(short):] == short \
                or len(short) == 1 and affiliation.isupper() and len(affiliation) > 1 and initials == affiliation:
            fuller.add(" ".join(words))
    return fuller.pop() if len(fuller) == 1 else affiliation


class RoleExtractor:
    """Fills role, affiliation and role modifiers ("former", "acting") of each
    person in `doc._.speaker_table` from any mention of that person."""

    def __init__(self, nlp: Language, name: str = "role_extractor"):
        register_extensions()
        self.name = name

    def __call__(self, doc: Doc) -> Doc:
        table = doc._.speaker_table or []
        rows = get_quote_table(doc)
        linked = [m for speaker in table for m in speaker["mentions"]]
        quoted = {i for row in rows if row["kind"] == "DIRECT" for i in range(row["start"], row["end"])}
        extra = {}
        for description in unlinked_descriptions(doc, linked, quoted):
            owner = description_owner(doc, description, table)
            if owner is not None:
                extra.setdefault(owner, []).append(description)
        for k, speaker in enumerate(table):
            if speaker["kind"] != "person" or not speaker["name"]:
                continue
            mentions = [doc[s:e] for s, e in speaker["mentions"]] + extra.get(k, [])
            named = person_roles(doc, mentions, speaker["name"], descriptions=False)
            # a description's own words ("the moderator", "the Vermont senator") only when no
            # mention naming the person states a role: the resolver may have linked it wrongly
            described = [f for f in person_roles(doc, mentions, speaker["name"]) if f not in named]
            found = named + described
            if not found:
                continue
            first_quote = min((row["start"] for row in rows if row.get("entity") == k), default=0)
            with_role = [f for f in named if f[1]] or [f for f in described if f[1]] or found
            # a courtesy title is the role only when nothing else is stated: "Rev. Ann Lee, senior pastor"
            with_role = [f for f in with_role if f[1] not in COURTESY_ROLES] or with_role
            # the statement nearest the person's first quote; ties go to the earlier one
            position, role, affiliation, modifiers = min(with_role, key=lambda f: (abs(f[0] - first_quote), f[0]))
            if affiliation is None:
                affiliation = next((f[2] for f in sorted(found, key=lambda f: abs(f[0] - position)) if f[2]), None)
            # a party stated at the same name wins over the state: "Virginia Gov. Ann Lee (D)"
            affiliation = next((f[2] for f in found if f[0] == position and f[2] in PARTIES), affiliation)
            names = [row["name"] for row in table if row["kind"] == "person" and row["name"]]
            affiliation = campaign_affiliation(fullest_name(doc, affiliation), role, names)
            speaker.update(role=role, affiliation=affiliation, role_modifiers=list(modifiers))
        return doc

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)


@Language.factory("role_extractor", assigns=["doc._.speaker_table"], requires=["doc._.speaker_table"])
def make_role_extractor(nlp: Language, name: str):
    return RoleExtractor(nlp, name)
