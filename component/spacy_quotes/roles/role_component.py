"""Stage 4, `role_extractor`: role and affiliation of every person who speaks."""
import re
from typing import List, Optional

from spacy.language import Language
from spacy.tokens import Doc, Span

from ..paragraphs import doc_text
from ..records import get_quote_table, register_extensions
from .affiliations import DEMONYMS, PARTIES, STATE_ABBREVIATIONS, campaign_affiliation, national_committee
from .patterns import ABBREVIATED_TITLES, MODIFIERS, POSSESSIVES, RANKS, ROLE_PREMODIFIERS, copula_subject, description_role, named_roles, split_person_roles, stated_as_current, unlinked_descriptions

SUBJECTS = ("nsubj", "nsubjpass")
PLACES = frozenset(DEMONYMS.values()) | frozenset(STATE_ABBREVIATIONS.values())
LEGAL_SUFFIXES = frozenset("inc co corp ltd llc plc".split())
COURTESY_ROLES = frozenset({"reverend"})
# what someone does for a living, not the office they hold or seek
TRADES = frozenset("businessman businesswoman mogul billionaire developer".split())
# statuses that put a role in the past
PAST = frozenset({"former", "ex"})
# a name followed by an independent's tag: "Ann Lee (I-Vt.)", "Ann Lee, I-Vt.,"
INDEPENDENT = re.compile(r"[^()\n,]{1,40}?(?:\(\s*|,\s*)I\s*[-–]\s*[A-Z]")
TITLE_WORDS = frozenset(t.strip(".") for t in ABBREVIATED_TITLES)


def description_owner(doc: Doc, description: Span, table: List[dict]) -> Optional[int]:
    """The row of the person a definite description ("the Vermont senator") refers to, or None.

    A predicate description ("Lee became the nominee", "Lee ran as the nominee") belongs to its
    subject. Any other goes to the only person mentioned in its sentence or the sentence before,
    not counting the subject of a clause that holds it ("Lee said the senator ..." is not about
    Lee). A person named there whom the table does not know makes the description ambiguous, as
    does a second person (unless only one of them is stated with the party the description names).
    """
    people = [k for k, row in enumerate(table) if row["kind"] == "person"]
    subject = copula_subject(description)
    verb = description.root.head.head
    if subject is None and description.root.dep_ == "pobj" and description.root.head.lower_ == "as" \
            and not any(t.dep_ == "dobj" for t in verb.children):
        # so is "Lee ran as the Democratic candidate" (not "Reed named Lee as ...")
        subject = next((t.i for t in verb.children if t.dep_ in SUBJECTS), -1)
    if subject is not None:
        return next((k for k in people if table[k]["name"] and any(s <= subject < e for s, e in table[k]["mentions"])), None)
    sentence = description.sent
    start = doc[sentence.start - 1].sent.start if sentence.start else sentence.start
    above = {t.i for t in description.root.ancestors}
    # no one named in the sentence before: the one before that ("Ann Lee was in Iowa. The dinner
    # was full. The Ohio governor ...")
    if start and not any(ent.label_ == "PERSON" for ent in doc[start : description.start].ents) \
            and not any(start <= s < description.start for k in people for s, _ in table[k]["mentions"]):
        start = doc[start - 1].sent.start

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
    if len(candidates) > 1 and description.root.dep_ in SUBJECTS:
        # a subject continues the subject of a clause before it in its sentence: "After Ann Lee
        # said that Tom Reed was wrong, the senator ..." is about Ann Lee
        subjects = {owner for owner, span in spans if owner in candidates and span.start >= sentence.start
                    and span.root.dep_ in SUBJECTS}
        # or, when no one is named in its sentence, of the main clause before it: "Ann Lee says too
        # much is made of Tom Reed's remarks. The nominee ..."
        here = any(owner in candidates and span.start >= sentence.start for owner, span in spans)
        if not here:
            subjects = {owner for owner, span in spans if owner in candidates and span.start < sentence.start
                        and span.root.dep_ in SUBJECTS and span.root.head.dep_ == "ROOT"}
        if len(subjects) == 1:
            candidates = subjects
    paired = description.root.dep_ == "conj" or any(t.dep_ == "conj" for t in description.root.children)
    if len(candidates) > 1 and all(isinstance(c, int) for c in candidates) and not paired:
        # the article's main person, named far more often than the others, is the one described
        # (not one of two described together: "the radio host and the candidate")
        counts = sorted(((len(table[c]["mentions"]), c) for c in candidates), reverse=True)
        if counts[0][0] >= 3 * counts[1][0]:
            candidates = {counts[0][1]}
    if len(candidates) > 1 and all(isinstance(c, int) for c in candidates):
        # "the Democratic candidate" is the only one of them the document calls a Democrat
        stated = description_role(doc, description)
        party = stated[1] if stated is not None and stated[1] in PARTIES else None
        if party is not None:
            same = {c for c in candidates if any(f[2] == party for f in named_roles(doc, table[c]))}
            if len(same) == 1:
                candidates = same
    if len(candidates) != 1:
        return None
    owner = candidates.pop()
    return owner if isinstance(owner, int) and table[owner]["name"] else None


def co_argument(description: Span, name: Span) -> bool:
    """Whether a description and a name of the same person are two arguments of one verb, hence
    two people: "The judge agreed with Ann Lee" (the resolver linked "The judge" to Ann Lee)."""
    root = description.root
    if root.pos_ != "NOUN" or any(t.ent_type_ == "PERSON" for t in description) or root.dep_ not in SUBJECTS + ("dobj",):
        return False
    if not any(t.ent_type_ == "PERSON" for t in name) or name.sent != description.sent:
        return False
    verb = root.head
    ancestors = list(name.root.ancestors)
    return verb in ancestors and root not in ancestors and verb.i != name.root.i


def _rank(role: str) -> bool:
    """"retired lieutenant general" is a rank; "attorney general" is an office."""
    return role.split()[-1] in RANKS and all(w in RANKS or w in MODIFIERS for w in role.split())


def _kind(affiliation: str) -> str:
    return "party" if affiliation in PARTIES else "place" if affiliation in PLACES else "organisation"


def role_owner(doc: Doc, description: Span, table: List[dict]) -> Optional[int]:
    """The row of the only person whose name mentions state the role a description states
    ("Sen. Ann Lee" ... "the Vermont senator"), when the description's place or party does not
    contradict one stated at the name; None when no one or several do."""
    stated = description_role(doc, description)
    if stated is None or not stated[0]:
        return None
    head, affiliation = stated[0].split()[-1], stated[1]
    owners = []
    for k, row in enumerate(table):
        if row["kind"] != "person" or not row["name"]:
            continue
        found = named_roles(doc, row)
        if not any(f[1] and f[1].split()[-1] == head for f in found):
            continue
        if affiliation and any(f[2] and f[2] != affiliation and _kind(f[2]) == _kind(affiliation) for f in found):
            continue
        owners.append(k)
    return owners[0] if len(owners) == 1 else None


def fullest_name(doc: Doc, affiliation: Optional[str]) -> Optional[str]:
    """The fuller name the document gives an organisation: "Fox" → "Fox News", "Post" →
    "Washington Post", "DFA" → "Democracy for America"; as is when none or several do."""
    if not affiliation or affiliation in PARTIES or affiliation in PLACES or affiliation.endswith(" campaign"):
        return affiliation
    # a place ("Florida", not "Florida Legislature") or a person named in full ("Trump" of "Donald
    # Trump", not "Trump University"; a one-word PERSON is too often a company the tagger missed)
    if any(ent.label_ == "GPE" and affiliation in ent.text or ent.label_ == "PERSON" and len(ent) > 1 and ent[-1].text == affiliation
           for ent in doc.ents):
        return affiliation
    short = affiliation.split()
    fuller = set()
    # words of people's names and of places: an entity that runs on into them is a tagging error
    # ("MSNBC Alex Seitz-Wald", "Republican National Committee New Hampshire")
    foreign = {t.text for ent in doc.ents if ent.label_ in ("PERSON", "GPE") for t in ent}
    for ent in doc.ents:
        if ent.label_ != "ORG":
            continue
        words = [t.text for t in ent if t.lower_ not in POSSESSIVES]
        if words and words[0].lower() == "the":
            words = words[1:]
        while words and words[-1].lower().strip(".,") in LEGAL_SUFFIXES | TITLE_WORDS:
            words = words[:-1]  # "Pfizer Inc." is the Pfizer the article names; "Navy Capt." the Navy
        if len(words) <= len(short):
            continue
        initials = {"".join(w[0] for w in words if w[:1].isupper()), "".join(w[0] for w in words).upper()}
        if words[: len(short)] == short and not foreign & set(words[len(short):]) or words[-len(short):] == short \
                or len(short) == 1 and affiliation.isupper() and len(affiliation) > 1 and affiliation in initials \
                or len(short) == 1 and len(affiliation) > 2 and words[0] != affiliation and words[0].startswith(affiliation) \
                and not foreign & set(words):  # a clipped first word: "Fed" for "Federal Reserve"
            fuller.add(" ".join(words))
    return fuller.pop() if len(fuller) == 1 else affiliation


def with_article(doc: Doc, affiliation: Optional[str]) -> Optional[str]:
    """"The Federalist" when the document writes the name with a capital "The" inside a sentence
    ("publisher of The Federalist"): the article is part of the name. Not parties and places."""
    if not affiliation or affiliation in PARTIES or affiliation in PLACES or affiliation.startswith("The "):
        return affiliation
    if re.search(r"[a-z,] The " + re.escape(affiliation) + r"\b", doc_text(doc)):
        return "The " + affiliation
    return affiliation


DETERMINERS = frozenset(("The", "A", "His", "Her", "Their", "Its", "This", "That"))
CAMPAIGN_NAME = re.compile(r"\b([A-Z][a-z]+)(?:['’]s)? (?:(?:presidential|Senate|reelection|re-election|\d{4}) )?campaign\b")


def unnamed_campaign(doc: Doc, position: int, table: List[dict], role: Optional[str] = None) -> Optional[str]:
    """The campaign an unnamed "the campaign" in the statement at `position` refers back to
    ("Ann Lee, the campaign's press secretary", "an adviser to the campaign"): the only one the
    document names before it, as "X campaign"; else None. A campaign role stated without its
    campaign ("the state's campaign chairman") belongs to the campaign named last in its sentence
    or the one before."""
    sentence = doc[position].sent
    end = min(sentence.end, position + 16)
    unnamed = next((t for t in doc[position:end] if t.lower_ == "campaign" and t.i and doc[t.i - 1].lower_ == "the"
                    and t.dep_ in ("poss", "pobj")), None)
    if unnamed is None:
        if not role or "campaign" not in role.split():
            return None
        start = doc[sentence.start - 1].sent.start if sentence.start else 0
        names = [m.group(1) for m in CAMPAIGN_NAME.finditer(doc_text(doc), doc[start].idx, doc[position].idx)]
        # not a party's or a country's: "the Republican campaign's chief executive"
        names = [n for n in names if n not in DETERMINERS and n.lower() not in DEMONYMS]
        return f"{names[-1]} campaign" if names else None
    names = {m.group(1) for m in CAMPAIGN_NAME.finditer(doc_text(doc), 0, unnamed.idx)}
    names |= {row["name"].split()[-2] for row in table if row["kind"] == "organisation" and row["name"]
              and row["name"].endswith(" campaign") and len(row["name"].split()) > 1}
    names = {n for n in names if n not in DETERMINERS}
    return f"{names.pop()} campaign" if len(names) == 1 else None


# nouns that stand for any company named just before: "Nucor ... said the company's chief executive"
COMPANY_NOUNS = frozenset(("company", "firm"))
# nouns that refer back to a place, not to an organisation whose name ends with them ("Penn State")
PLACE_NOUNS = frozenset("state city country nation county town".split())


def unnamed_organisation(doc: Doc, position: int, role: Optional[str]) -> Optional[str]:
    """The organisation that the role stated at `position` belongs to when the statement refers
    back to it: "Ann Lee, the president of the bank" is the president of the last "... Bank" named
    before; "the company's chief executive, Ann Lee" or "Ann Lee, its founder" belong to the last
    organisation named in that sentence or the one before. None when there is none."""
    if not role:
        return None
    sentence = doc[position].sent
    owner = None
    for token in doc[max(sentence.start, position - 12) : min(sentence.end, position + 20)]:
        # "its founder", "the company's chief", "president of the bank", "adviser to the firm"
        head = token.head.head if token.dep_ == "pobj" and token.head.lower_ in ("of", "to", "for", "at") else token.head
        if token.dep_ in ("poss", "pobj") and head.lower_ in role.split() and (
                token.lower_ == "its" or any(c.dep_ == "det" and c.lower_ == "the" for c in token.children)):
            owner = token
            break
    if owner is None or owner.lower_ in PLACE_NOUNS:
        return None
    words = [t.lower_ for t in doc[owner.left_edge.i : owner.i] if t.dep_ == "compound"] + [owner.lower_]
    named = [ent for ent in doc.ents if ent.label_ == "ORG" and ent.end <= owner.i]
    if owner.lower_ == "its" or words[-1] in COMPANY_NOUNS:
        start = doc[sentence.start - 1].sent.start if sentence.start else 0
        named = [ent for ent in named if ent.start >= start]
    else:
        named = [ent for ent in named if len(ent) > len(words)
                 and [t.lower_ for t in ent if t.lower_ != "the"][-len(words):] == words]
    if not named:
        return None
    name = named[-1]
    start = name.start + (name[0].lower_ == "the")
    end = name.end - (name[-1].lower_ in POSSESSIVES)
    return doc[start:end].text if end > start else None


def role_city(doc: Doc, position: int, role: Optional[str]) -> Optional[str]:
    """The city of a city office ("city attorney", "city council member") stated at `position`
    without it: the first city named after the statement in its sentence ("a city council member
    in Ann Arbor, Mich.", "City Attorney Ann Lee said Ann Arbor ..."); not a state or a country."""
    if not role or role.split()[0] != "city":
        return None
    sentence = doc[position].sent
    return next((ent.text for ent in doc.ents if ent.label_ == "GPE" and position < ent.start < sentence.end
                 and ent.text not in PLACES), None)


def party_mention(mentions: List[Span]) -> Optional[str]:
    """The party of a person mentioned as its member alone: "the Democrat", "the Republican"."""
    for mention in mentions:
        words = [t.lower_ for t in mention if t.lower_ not in ("the", "a")]
        if len(words) == 1 and words[0] in ("democrat", "republican"):
            return DEMONYMS[words[0]]
    return None


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
        unowned = []
        for description in unlinked_descriptions(doc, linked, quoted):
            owner = description_owner(doc, description, table)
            if owner is not None:
                extra.setdefault(owner, []).append(description)
            else:
                unowned.append(description)
        strict = {(d.start, d.end) for d in unowned}
        loose = [d for d in unlinked_descriptions(doc, linked, quoted, loose=True) if (d.start, d.end) not in strict
                 and not any(d.start == e.start for ds in extra.values() for e in ds)]
        if unowned or loose:
            for description in unowned + loose:
                owner = role_owner(doc, description, table)
                # the object of a verb's preposition ("said to the nominee", "according to the
                # chief") or a source ("an account from the chief"), not a topic ("a defense of the
                # governor" is too often someone else's)
                root = description.root
                if owner is None and description in loose and (root.dep_ == "dative" or root.dep_ == "pobj" and (
                        root.head.head.pos_ in ("VERB", "AUX") or root.head.lower_ in ("from", "by"))):
                    owner = description_owner(doc, description, table)
                if owner is not None:
                    extra.setdefault(owner, []).append(description)
        for k, speaker in enumerate(table):
            if speaker["kind"] != "person" or not speaker["name"]:
                continue
            mentions = [doc[s:e] for s, e in speaker["mentions"]]
            mentions = [m for m in mentions if not any(co_argument(m, n) for n in mentions)] + extra.get(k, [])
            named, described = split_person_roles(doc, mentions, speaker["name"])
            named = [f for f, _ in named]
            # a description's own words ("the moderator", "the Vermont senator") only when no
            # mention naming the person states a role: the resolver may have linked it wrongly
            described = [f for f, _ in described if f not in named]
            found = named + described
            if not found:
                continue
            first_quote = min((row["start"] for row in rows if row.get("entity") == k), default=0)
            # the roles stated in the article's own words before a title stated only inside someone's
            # quote; an office or a candidacy before a trade, even a description's ("real estate mogul
            # Ann Lee" ... "the GOP nominee"); else a mention naming the person before a description
            stated = [f for f in found if f[1]]
            outside = [f for f in stated if f[0] not in quoted]
            offices = [f for f in outside if f[1].split()[-1] not in TRADES]
            with_role = next((pool for kept in (offices, outside, stated)
                              for pool in ([f for f in named if f in kept], [f for f in described if f in kept]) if pool), found)
            # a courtesy title is the role only when nothing else is stated: "Rev. Ann Lee, senior pastor"
            with_role = [f for f in with_role if f[1] not in COURTESY_ROLES] or with_role
            # and a military rank is a title before a present office: "Gen. Ann Lee" ... "Lee, the drug
            # policy director" (not "attorney general", nor before a past role: "who served as an adviser")
            if any(f[1] and not _rank(f[1]) and "former" not in f[3] for f in with_role):
                with_role = [f for f in with_role if not f[1] or not _rank(f[1])] or with_role
            # what the document says the person is now wins over earlier jobs: "Mr. Lee is now the chairman"
            with_role = [f for f in with_role if stated_as_current(doc, f[0], f[1])] or with_role
            # the statement nearest the person's first quote; ties go to the earlier one. News writing
            # states who someone is before quoting them, and what it says after the quote is mostly
            # background ("Lee, a lawyer, then left"): a statement after it counts as twice as far
            position, role, affiliation, modifiers = min(with_role, key=lambda f: (
                first_quote - f[0] if f[0] <= first_quote else 2 * (f[0] - first_quote), f[0]))
            # the same role stated elsewhere with a status or a kept premodifier ("retired Gen. Ann Lee"
            # ... "General Lee"; "the presidential nominee" ... "the GOP nominee")
            # says more about who the person is now; but not a "former" that would make the role
            # stated nearest ("Gov. Lee signed the budget") a past one: the present wins
            fuller = next((f for f in found if f[1] and role and f[1].endswith(" " + role)
                           and set(f[1][: -len(role)].split()) <= (set(MODIFIERS) | ROLE_PREMODIFIERS) - PAST), None)
            if fuller is not None:
                role, modifiers = fuller[1], fuller[3]
                affiliation = affiliation or fuller[2]
            # the role the affiliation was stated with: "a top Lee surrogate" is the Lee campaign's
            # even when the role chosen is "retired general"
            stated_with = role
            # what the chosen statement refers back to ("the campaign's", "of the bank") before
            # what another statement of the person says
            if affiliation is None:
                affiliation = unnamed_campaign(doc, position, table, role) or unnamed_organisation(doc, position, role) \
                    or role_city(doc, position, role)
            if affiliation is None:
                source = next((f for f in sorted(found, key=lambda f: abs(f[0] - position)) if f[2]), None)
                if source is not None:
                    affiliation, stated_with = source[2], source[1] or role
            # a party stated with no role or the same role wins over the state: "Virginia Gov. Ann Lee
            # (D)", "Ohio Sen. Ann Lee" ... "the Democratic senator"; not over the body the role belongs
            # to: "Judiciary Committee Chairman Ann Lee (R-Va.)", nor when stated with another role:
            # "Ohio Gov. Ann Lee, a Republican contender"; so does a mention as the party's member
            # ("Ohio Sen. Ann Lee" ... "The Democrat told reporters")
            if affiliation is None or affiliation in PLACES:
                affiliation = next((f[2] for f in found if f[2] in PARTIES and f[1] in (None, role)), None) \
                    or party_mention(mentions) or affiliation
            # an independent's state from the tag wins over the party whose nomination they seek:
            # "Democratic presidential candidate Sen. Ann Lee (I-Vt.)" → Vermont
            if affiliation in PARTIES and INDEPENDENT.match(doc_text(doc), doc[position].idx):
                affiliation = next((f[2] for f in found if f[0] == position and f[2] in PLACES and f[2] not in PARTIES), affiliation)
            affiliation = national_committee(affiliation, stated_with)
            names = [row["name"] for row in table if row["kind"] == "person" and row["name"]]
            affiliation = with_article(doc, campaign_affiliation(fullest_name(doc, affiliation), stated_with, names))
            speaker.update(role=role, affiliation=affiliation, role_modifiers=list(modifiers))
        return doc

    def pipe(self, stream, batch_size: int = 128):
        for doc in stream:
            yield self(doc)


@Language.factory("role_extractor", assigns=["doc._.speaker_table"], requires=["doc._.speaker_table"])
def make_role_extractor(nlp: Language, name: str):
    return RoleExtractor(nlp, name)
