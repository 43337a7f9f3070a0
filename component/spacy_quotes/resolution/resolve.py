"""The rule strategy of stage 3: each speaker mention to a speaker entity.

Explainable by design, since no offline coreference model exists for spaCy 3.8:
- a mention whose head is a person's name joins the person cluster of that name
  ("Lavrov", "Mr. Lavrov" → "Sergei Lavrov");
- an organisation or place keeps its fullest name in the document;
- "he"/"she" goes to the most recent compatible person, weighted towards the
  previous quote's speaker (in news, "he said" after a quote is usually the last
  named speaker); "I"/"me" in a quote is the previous speaker, outside quotes the writer
  (byline or author bio, else the name or handle signing a reader's letter after it; unnamed without one);
- a definite description ("the senator", "the Florida senator") goes to the one person
  described before with its head noun and all its other words ("Florida Sen. Ann Lee"), else
  it is ranked (below); its head is the noun closing the phrase ("the freshman Ohio senator");
  "the Wisconsin Republican" is a person described by party, not the party; a description never
  goes to a person the article places in another state, party or office ("the Indiana governor"
  is not "Ohio Gov. Bo Dean") and stays unresolved when no one else fits;
- a relative "who" goes to the noun it hangs on or the name in apposition with it ("his
  friend Ann Lee, who"); on an indefinite noun ("a donor who") it stays unresolved, unless the
  noun is a title ("a president who" is ranked like a pronoun);
- a description owned by a named person ("Obama's former strategist said") is never its owner, but
  the person the sentence before is about;
- plural and unnamed sources ("officials", "a source", "a person close to Trump", "one of Lee's
  advisers") stay unresolved: a name behind a preposition, possessive or clause is someone else;
- a source span that is only the verb ("said") stands for the verb's subject.

Learned part: "he"/"she", a relative "who" without a parsed antecedent and a definite
description that no description settles ("the candidate") are ranked over the people
mentioned before by the linear model of ranker.py (weights fitted on the train annotations
by train_ranker.py; for a description, what the earlier mentions say of each person are
features); `pronoun_strategy="rules"` keeps the hand-weighted recency rule.
A mention headed by a common noun that is not a person ("the poll", "the ad") never
resolves to a person; "the Trump campaign"/"Clinton's campaign" is the organisation
"Trump campaign"/"Clinton campaign"; a poll named by its pollsters ("a CNN/ORC poll") is a source
of kind "other" with that name, and "the poll" the poll named last.
"""
import re
from typing import Dict, List, Optional, Tuple

import numpy
from spacy.attrs import TAG
from spacy.tokens import Doc, Span

from ..paragraphs import doc_text, noun_chunks
from ..roles.affiliations import PARTY_WORDS
from ..roles.patterns import ABBREVIATED_TITLES, ROLE_HEADS
from .names import FIRST_NAMES, PRONOUN_GENDER, TITLES, Entity, _title_case_line, fold, name_text, _best_match, _org_match, cluster_names, entity_spans, name_tokens
from .ranker import DocContext, best_candidate, candidate_features, load_weights

FIRST_PERSON = frozenset("i me my we us our".split())
GROUP_PRONOUNS = frozenset("we they us them".split())
# recency window for pronouns, in tokens
PRONOUN_WINDOW = 400
CATAPHOR_WINDOW = 30  # tokens from such a description to the first mention of the name after it
LEDE_WINDOW = 100  # tokens from an opening unnamed description to the speaker named next
# Nouns that name a person in a description ("the senator", "the businessman"); a mention
# headed by another common noun ("the campaign", "the poll", "the ad") is never a person.
PERSON_NOUNS = ROLE_HEADS | frozenset(
    """man woman person hopeful frontrunner front-runner contender businessman businesswoman mogul
    billionaire candidate lawmaker politician congressman congresswoman comedian source official
    operative insider father mother wife husband son daughter brother sister friend veteran
    student voter supporter critic owner worker resident nominee-in-waiting populist magnate tycoon
    socialist incumbent challenger runner journalist artist novelist photographer filmmaker guy boy girl
    partner ally rival neighbor neighbour narrator caller pilot commenter announcer questioner reader
    taxpayer""".split()
)
# "the Wisconsin Republican", "The Democrat": a person described by party
PARTY_MEMBERS = frozenset("republican democrat libertarian".split())
# What an author bio says a writer is: "... is a member of the board of contributors"
AUTHOR_NOUNS = frozenset("member columnist contributor writer author fellow editor reporter professor".split())
# Person nouns of unnamed sources: "the source", "the official" stay unresolved.
UNNAMED_NOUNS = frozenset(
    """source official person man woman insider aide operative spokesman spokeswoman spokesperson narrator announcer
    pilot caller commenter questioner reader taxpayer moderator nurse""".split()
)
ORG_HEADS = frozenset("campaign camp administration team committee party government".split())
# "Clinton's team", "the Clinton camp": the person's campaign
CAMPAIGN_HEADS = frozenset("campaign camp team".split())
# "the agency", "The company": the organisation the document last named
ORG_DESCRIPTIONS = frozenset(
    """agency company firm network newspaper paper publication outlet group organization organisation
    union department ministry bank institute foundation university school council association
    board bureau office commission corporation nonprofit magazine website site""".split()
)
ORG_WINDOW = 300
# "the town", "the kingdom": the place the document last named
PLACE_NOUNS = frozenset("town city state country kingdom nation county village island province republic".split())
# Cues that carry on the previous quote's speaker: "..., she added."
CONTINUING_CUES = frozenset("add continue".split())


def _continues(doc: Doc, row: dict) -> bool:
    cue = row.get("cue")
    return bool(cue) and any(t.lemma_.lower() in CONTINUING_CUES for t in doc[cue[0] : cue[1]])


def _last_organisation(doc: Doc, ents: List[Span], index, entities: List[Entity], position: int,
                       window: int = ORG_WINDOW, label: str = "ORG") -> Optional[int]:
    """The organisation (an ORG entity, not a place; a place with label="GPE") named last
    before a position."""
    for ent in reversed(ents):
        if ent.start >= position or ent.label_ != label:
            continue
        if position - ent.start > window:
            return None
        k = index.get((ent.start, ent.end))
        if k is not None and entities[k].kind == "organisation":
            return k
    return None


def _it_antecedent(doc: Doc, start: int, index, ents: List[Span], entities: List[Entity]) -> Optional[int]:
    """"it said": the organisation "it" stands for, or None for a thing ("the report ... it
    says"). The antecedent is the latest singular subject that is not a person in this sentence
    or the two before ("Acme cut jobs. It said ..."), else the latest such noun phrase before
    "it" in its own sentence ("Files from Acme leaked after it said ..."); it decides alone:
    a common noun that names no organisation ("the report") leaves "it" unresolved."""
    sent = doc[start].sent
    sents = [sent]
    while len(sents) < 3 and sents[-1].start > 0:
        sents.append(doc[sents[-1].start - 1].sent)
    chunks = [c for c in noun_chunks(doc) if c.end <= start and c.start >= sents[-1].start]

    def eligible(chunk) -> bool:
        root = chunk.root
        if root.pos_ == "PRON" or root.tag_ in ("NNS", "NNPS") or root.ent_type_ in ("PERSON", "NORP"):
            return False
        return root.lemma_.lower() not in PERSON_NOUNS and root.lower_ not in PERSON_NOUNS

    ordered = []
    for s in sents:
        inside = [c for c in chunks if s.start <= c.start < s.end]
        ordered += [c for c in reversed(inside) if c.root.dep_ in ("nsubj", "nsubjpass")]
        if s is sent:
            ordered += [c for c in reversed(inside) if c.root.dep_ not in ("nsubj", "nsubjpass")]
    chunk = next((c for c in ordered if eligible(c)), None)
    if chunk is None:
        return None
    root = chunk.root
    for ent in ents:
        k = index.get((ent.start, ent.end))
        if k is not None and ent.start <= root.i < ent.end:
            return k if entities[k].kind == "organisation" else None
    if root.pos_ == "PROPN":
        # a name the recogniser missed, that a source before made an organisation ("the Acme Coalition said")
        return next((k for k, e in enumerate(entities) if e.kind == "organisation"
                     and any(s <= root.i < e_ for s, e_ in e.mentions)), None)
    if root.pos_ != "NOUN":
        return None
    if root.lemma_.lower() in ORG_HEADS:
        # "the Obama administration ... it": the organisation of that person
        owner = _owner(root, entities, index, ents)
        if owner is not None:
            return _organisation(entities, _owned_name(doc, entities[owner], root), (chunk.start, chunk.end))
    if len(chunk) == 2 and chunk[0].lower_ == "the" and root.lemma_.lower() in ORG_DESCRIPTIONS:
        # "The agency ... it": the organisation the description stands for
        return _last_organisation(doc, ents, index, entities, chunk.start)
    return None


def _ent_for_head(doc: Doc, span: Span, index: Dict[Tuple[int, int], int], ents: List[Span]) -> Optional[int]:
    root = span.root

    def closing_name(after: int, label: Optional[str] = None) -> Optional[int]:
        # "said engineer Paul Grant" parsed with the title as head: a name closing the mention,
        # after title words only (never after a possessive: "Clinton's spokesman")
        for ent in ents:
            if ((ent.start, ent.end) in index and ent.end == span.end and span.start <= after < ent.start
                    and label in (None, ent.label_)):
                if not any(t.lower_ in ("'s", "’s", ",") or t.pos_ in ("DET", "ADP") for t in doc[span.start : ent.start]):
                    return index[(ent.start, ent.end)]
        return None

    for ent in ents:
        if (ent.start, ent.end) in index and ent.start >= span.start and ent.end <= span.end:
            if ent.start <= root.i < ent.end:
                if ent.label_ in ("GPE", "NORP", "ORG") and ent.end < span.end:
                    # "Tulsa police Chief Ann Lee" headed on the place by a bad parse: the name closing it
                    person = closing_name(ent.end - 1, "PERSON")
                    if person is not None:
                        return person
                return index[(ent.start, ent.end)]
    person = closing_name(root.i)
    if person is not None:
        return person
    # an appositive name: "the campaign's manager, Robby Mook" (a name's appositive describes it: "Acme, a super PAC")
    for child in root.children:
        if child.dep_ == "appos" and root.pos_ != "PROPN":
            for ent in ents:
                if (ent.start, ent.end) in index and ent.start <= child.i < ent.end and span.start <= ent.start:
                    return index[(ent.start, ent.end)]
    return None


# Links by which a name only qualifies the source: "a person familiar with Johnson's views",
# "a source close to Trump", "the woman who met Sanders".
MODIFIER_DEPS = frozenset("prep pobj poss relcl acl advcl ccomp conj".split())
# "a worker named Ann Lee", "the chief known as Bob": the clause gives the speaker's name
NAMING_VERBS = frozenset("name know call identify".split())


def _behind_modifier(token, root) -> bool:
    """Whether a name in a mention may belong to someone else than the speaker: it hangs
    on the head through a preposition, a possessive or a clause, or it premodifies a
    common noun ("a Warren adviser"). An appositive names the speaker ("the author of the
    book, Ann Lee,")."""
    if root.pos_ == "NOUN" and token.head == root and token.dep_ == "compound":
        return True
    while token.dep_ in ("compound", "flat"):
        token = token.head
    if token.dep_ == "pobj" and token.head.head.dep_ == "acl" and token.head.head.lemma_ in NAMING_VERBS and token.head.head.head == root:
        return False  # "the chief known as Bob": the preposition belongs to the naming clause
    while token != root and token.head != token:
        if token.dep_ == "appos" or token.dep_ == "acl" and token.lemma_ in NAMING_VERBS:
            return False
        if token.dep_ == "conj" and token.head == root and not any(c.dep_ in ("det", "poss") for c in root.children):
            return False  # "former prosecutor and mayor Ann Lee": a bare title coordinated with the name is hers
        if token.dep_ in MODIFIER_DEPS:
            return True
        token = token.head
    return False


# a live blog's time stamp glued to the next word by the tokenizer: "9:52PMBush"
TIME_STAMP = re.compile(r"^\d{1,2}:\d{2}\s?[AP]M(?=[A-Z])")


def _capitalised_name(span: Span, entities: List[Entity]) -> Optional[int]:
    """A mention that is only a capitalised name the tagger missed ("Trump" as a noun,
    "Mr. Schilling" with no entity, "9:52PMBush" after a time stamp) joins the person of that
    name (the one just named or most named when several share it), else the organisation of
    exactly that name ("Acme-X" tagged once)."""
    words = [t for t in span if not t.is_punct and t.lower_ not in ("'s", "’s")]
    if len(words) == 1 and TIME_STAMP.match(words[0].text):
        names = [TIME_STAMP.sub("", words[0].text)]
    else:
        if not words or len(words) > 4 or not all(t.text[:1].isupper() for t in words):
            return None
        names = name_tokens(span)
    if not names:
        return None
    matches = [k for k, e in enumerate(entities) if e.kind == "person" and e.matches(names)]
    if not matches:
        # an organisation's name written in full ("Wealth-X" once tagged ORG, untagged later)
        matches = [k for k, e in enumerate(entities) if e.kind == "organisation" and e.name.lower() == " ".join(names).lower()]
    if len(matches) == 1:
        return matches[0]
    if len(matches) > 1:
        # the others masked so that the indices stay those of `entities`
        return _best_match([e if k in matches else Entity("none", []) for k, e in enumerate(entities)],
                           names, span.start, "person")
    return None


def _author(doc: Doc, index, ents: List[Span], entities: List[Entity]) -> Optional[int]:
    """The writer of the document: a byline ("By Ann Lee") in the first 60 tokens, else an
    author bio ("Ann Lee is a columnist ...", "Ann Lee, a law professor, is ...") opening a
    sentence in the last 150 tokens, else a columnist's name heading the title ("Ann Lee: Why
    ...")."""
    def person(ent):
        k = index.get((ent.start, ent.end))
        return k if k is not None and entities[k].kind == "person" else None
    for ent in ents:
        if ent.start < 60 and ent.label_ == "PERSON" and ent.start > 0 and doc[ent.start - 1].lower_ == "by":
            if person(ent) is not None:
                return person(ent)
    for ent in reversed(ents):
        if ent.start < len(doc) - 150:
            break
        verb = ent.root.head if ent.root.dep_ == "nsubj" else doc[ent.end] if ent.end < len(doc) else None
        if (ent.label_ in ("PERSON", "ORG") and verb is not None and verb.lemma_ == "be"
                and (ent.start == 0 or doc[ent.start].is_sent_start or "\n" in doc[ent.start - 1].text_with_ws)):
            k = index.get((ent.start, ent.end))
            attribute = next((t for t in verb.children if t.dep_ == "attr"), None)
            if (k is not None and ent.label_ == "ORG" and 2 <= len(entities[k].words) <= 3 and len(entities[k].mentions) == 1
                    and attribute is not None and attribute.lemma_.lower() in PERSON_NOUNS | AUTHOR_NOUNS):
                # "Ann Lee, a law professor, is a member of ...": a person the recogniser took for
                # an organisation
                entities[k].kind = "person"
            if person(ent) is not None:
                return person(ent)
    first = next(iter(ents), None)
    if first is not None and first.start == 0 and first.label_ == "PERSON" and first.end < len(doc) and doc[first.end].text == ":":
        return person(first)
    return None


# a paragraph that is only a name or a handle: the signature of a reader's letter or post ("Ann Lee.", "@handle.")
SIGNATURE = re.compile(r"(@\w+|[A-Z][\w'’.-]*(?: [A-Z][\w'’.-]*){1,3})\.?")
SIGNATURE_WINDOW = 2500  # characters


def _signature(doc: Doc, start: int, entities: List[Entity]) -> Optional[int]:
    """The writer of an unsigned "I" in a letters or comments page: the first paragraph after it
    that is only a person's name or a handle ("I cannot see why ... \n\nAnn Lee.\n\nOhio")."""
    text, begin = doc_text(doc), doc[start].idx
    for paragraph in re.finditer(r"[^\n]+", text[begin : begin + SIGNATURE_WINDOW]):
        line = paragraph.group().strip()
        if paragraph.start() == 0 or not SIGNATURE.fullmatch(line):
            continue
        offset = begin + paragraph.start() + paragraph.group().index(line)
        span = doc.char_span(offset, offset + len(line.rstrip(".")), alignment_mode="expand")
        if span is None:
            continue
        handle = line.startswith("@")
        if not handle and not (any(t.ent_type_ == "PERSON" for t in span)
                               or all(t.pos_ == "PROPN" for t in span) and span[0].lower_ in FIRST_NAMES):
            continue
        words = [line.rstrip(".")] if handle else name_tokens(span)
        if not words:
            continue
        k = next((k for k, e in enumerate(entities) if e.kind == "person" and [fold(w) for w in e.words] == [fold(w) for w in words]), None)
        if k is None:
            entities.append(Entity("person", words, [(span.start, span.end)]))
            entities[-1].set_name(words, line.rstrip(".") if handle else name_text(span))
            k = len(entities) - 1
        return k
    return None


def _relative_heads(head, who) -> List:
    """The noun a relative "who" hangs on and the names it stands in apposition with: "his
    friend Ann Lee, who", "Ann Lee, a banker and former official who"; after coordinated names
    the last one ("Ann Lee and Bo Dean, who"); after "X is a ... who", X."""
    if head is None:
        return []
    # the parse hangs the clause on the first of coordinated names: the one just before "who" comes first
    last = max((c for c in head.conjuncts if c.i < who.i and c.pos_ == "PROPN"), key=lambda c: c.i, default=None)
    out, token = ([last] if last is not None and last.i > head.i else []) + [head], head
    # a name premodifying a common noun is someone else: "a Lee campaign aide who"
    out += [c for c in head.children if c.dep_ in ("appos", "compound", "flat") and c.pos_ == "PROPN"
            and (c.dep_ == "appos" or head.pos_ == "PROPN")]
    for _ in range(3):
        if token.dep_ not in ("appos", "conj") or token.head == token:
            break
        token = token.head
        out.append(token)
    if head.dep_ == "attr" and head.head.lemma_ == "be":
        out += [c for c in head.head.children if c.dep_ == "nsubj"]
    return out


# Determiners of someone the text does not name: "a supporter who", "some who", "one official who"
INDEFINITE = frozenset("a an some another one any".split())


def _unnamed(head) -> bool:
    """Whether a relative clause's noun is someone unnamed: an indefinite common noun not in
    apposition with a name ("a rich supporter", "an architect"), or "someone", "some"."""
    if head.lower_ in ("someone", "somebody", "some", "those", "anyone", "one"):
        return True
    if head.lower_ in TITLES:
        return False  # "a president who", "a nominee who": often the person the article is about
    return (head.pos_ == "NOUN" and head.dep_ not in ("appos", "conj")
            and any(c.dep_ == "det" and c.lower_ in INDEFINITE for c in head.children)
            and not any(c.dep_ in ("appos", "compound", "flat") and c.pos_ == "PROPN" for c in head.children))


def _pronoun_antecedent(entities: List[Entity], position: int, gender: Optional[str], last_speaker: Optional[int]) -> Optional[int]:
    best, best_score = None, 0.0
    for k, entity in enumerate(entities):
        if entity.kind != "person":
            continue
        if gender and entity.gender and entity.gender != gender:
            continue
        before = [s for s, _ in entity.mentions if s < position]
        if not before:
            continue
        distance = position - max(before)
        if distance > PRONOUN_WINDOW and k != last_speaker:
            continue
        score = 1.0 / (1.0 + distance / 50.0)
        if k == last_speaker:
            score += 0.6
        if gender and entity.gender == gender:
            score += 0.2
        if score > best_score:
            best, best_score = k, score
    return best


def _description_match(doc: Doc, span: Span, entities: List[Entity], last_speaker: Optional[int]) -> Optional[int]:
    """"the senator" → a person described with "senator" at a mention before: the one whose
    descriptions share most words with the mention ("the Florida senator" → "Florida Sen.
    Ann Lee", not "Texas Sen. Bo Dean"); on a tie the previous speaker, else the most recent."""
    root = span.root
    if root.pos_ != "NOUN" or root.tag_ in ("NNS", "NNPS") or span[0].lower_ not in ("the", "this"):
        return None
    head = root.lemma_.lower()
    if head not in PERSON_NOUNS and root.lower_ not in PERSON_NOUNS or head in UNNAMED_NOUNS:
        return None  # "the aide", "the source" stay unnamed
    modifiers = {_word(t) for t in span if t.i != root.i and t.is_alpha and not t.is_stop}
    best, best_key = None, None
    for k, entity in enumerate(entities):
        if entity.kind != "person":
            continue
        described, position = set(), -1
        for start, end in entity.mentions:
            if start >= span.start:
                continue
            words = {_word(t) for t in _described_by(doc, start, end)}
            if head in words:
                described |= words
                position = start
        if position < 0 or _contradicted(doc, span, root, entity):
            continue
        key = (len(modifiers & described), k == last_speaker, position)
        if best_key is None or key > best_key:
            best, best_key = k, key
    return best


def _phrase_head(span: Span):
    """The noun closing a definite noun phrase ("the freshman Florida senator" → "senator"), before
    any preposition, clause or comma; None when the phrase is not of that shape."""
    head = None
    for token in span[1:]:
        if token.pos_ in ("ADP", "VERB", "AUX", "PRON", "SCONJ", "CCONJ") or token.is_punct and token.text != "-":
            break
        head = token
    return head if head is not None and head.pos_ == "NOUN" else None


def _descriptions(doc: Doc, span: Span, root, entities: List[Entity]) -> Dict[int, Tuple[float, float, float]]:
    """For a definite description, what the mentions before it say of each person: entity index ->
    (described with the description's head noun, share of the description's other words found in
    those descriptions, described with another person noun only) ("the Florida senator" and
    "Florida Sen. Ann Lee": (1.0, 1.0, 0.0); and "Gov. Bo Dean": (0.0, 0.0, 1.0))."""
    head = root.lemma_.lower()
    modifiers = {_word(t) for t in span if t.i != root.i and t.is_alpha and not t.is_stop}
    out = {}
    for k, entity in enumerate(entities):
        if entity.kind != "person":
            continue
        described, other = set(), False
        for start, end in entity.mentions:
            if start < span.start:
                words = {_word(t) for t in _described_by(doc, start, end)}
                if head in words or root.lower_ in words:
                    described |= words
                elif words & PERSON_NOUNS:
                    other = True
        if described:
            out[k] = (1.0, len(modifiers & described) / len(modifiers) if modifiers else 1.0, 0.0)
        elif other:
            out[k] = (0.0, 0.0, 1.0)
    return out


# party words of a description or a title, by party ("the Wisconsin Republican", "GOP Sen. Ann Lee"):
# the roles' party words, and the parties a description may name that no affiliation takes from a word
PARTIES = {**PARTY_WORDS, "libertarian": "Libertarian Party", "independent": "independent"}


def _qualifiers(tokens) -> Tuple[set, set]:
    """The places (words of a GPE entity: "Indiana", "New", "Jersey") and parties a description names."""
    tokens = list(tokens)
    places = {t.lower_ for t in tokens if t.ent_type_ == "GPE" and t.is_alpha}
    parties = {PARTIES[t.lower_] for t in tokens if t.lower_ in PARTIES}
    return places, parties


def _contradicted(doc: Doc, span: Span, root, entity: Entity) -> bool:
    """Whether what the article says of a person anywhere (titles and appositives of its mentions)
    contradicts the place or party of a description: "the Indiana governor" and "Ohio Gov. Bo Dean",
    "the Vermont Democrat" and "GOP Sen. Ann Lee". A person the article ties to no place is not
    contradicted by one (requiring a tie left too many senators unresolved on train: most people
    are named without their state)."""
    places, parties = _qualifiers(t for t in span if t.i != root.i)
    if not places and not parties:
        return False
    # the name itself is no qualifier ("Sanders" tagged as a place)
    names = {w.lower() for w in entity.words}
    known = [t for s, e in entity.mentions for t in _described_by(doc, s, e)
             if not (span.start <= t.i < span.end) and t.lower_ not in names]
    their_places, their_parties = _qualifiers(known)
    # a place glued to another word by a live blog's tokenizer still counts ("PRESSOhio")
    shared = any(p in q for p in places for q in their_places)
    if places and their_places and not shared:
        return True
    offices = {OFFICES[_word(t)] for t in known if _word(t) in OFFICES}
    office = OFFICES.get(_word(root))
    if places and office and offices and office not in offices:
        return True  # "former Florida Gov. Bo Dean" is not "the Florida senator"
    return bool(parties and their_parties and not parties & their_parties)


# offices held in a place: "the Florida senator" is not "Florida Gov. Bo Dean"
OFFICES = {"senator": "senator", "governor": "governor", "mayor": "mayor", "congressman": "representative",
           "congresswoman": "representative", "representative": "representative", "congressmen": "representative"}


# parts of speech of a title before a name
TITLE_POS = frozenset(("NOUN", "PROPN", "ADJ", "NUM"))


def _described_by(doc: Doc, start: int, end: int) -> List:
    """The words describing a name: the title before it ("former Florida Sen."), up to
    another name or a comma, the name's own words (the recogniser may include "Gov.") and
    an appositive after it (", a retired surgeon,")."""
    before = []
    for token in reversed(doc[max(0, start - 5) : start]):
        # a title is nouns, adjectives, names and numbers ("former Florida Sen.", "2012 GOP nominee");
        # a verb, preposition, determiner or pronoun ends it ("the candidate had in Ann Lee")
        if (token.is_punct or token.ent_type_ == "PERSON" or token.lower_ in ("and", "or")
                or token.pos_ not in TITLE_POS and token.lower_ not in ABBREVIATED_TITLES):
            break
        before.append(token)
    after = []
    if end < len(doc) and doc[end].text == ",":
        for token in doc[end + 1 : min(len(doc), end + 9)]:
            if token.is_punct or token.ent_type_ == "PERSON":
                break
            if token.lower_ in ("'s", "’s"):
                after = []  # the words before a possessive describe its owner: ", the president's aide"
                continue
            after.append(token)
    return before + list(doc[start:end]) + after


def _word(token) -> str:
    """The lowercase lemma, titles spelt out: "Sen." → "senator"."""
    low = token.lower_
    return ABBREVIATED_TITLES.get(low) or token.lemma_.lower()


def _person_at(entities: List[Entity], index, ents: List[Span], i: int) -> Optional[int]:
    for ent in ents:
        if ent.start <= i < ent.end and (ent.start, ent.end) in index and entities[index[(ent.start, ent.end)]].kind == "person":
            return index[(ent.start, ent.end)]
    return None


def _owner(root, entities: List[Entity], index, ents: List[Span]) -> Optional[int]:
    """The person whose campaign or administration a noun names: "the Trump campaign", "Clinton's
    campaign", and "Lee’ campaign" with the surname tagged a common noun and no entity."""
    owners = [child for child in root.children if child.dep_ in ("compound", "poss", "nmod")]
    owner = next((_person_at(entities, index, ents, child.i) for child in owners if child.pos_ == "PROPN"), None)
    if owner is None:
        owner = next((_best_match(entities, [child.text], child.i, "person") for child in owners
                      if child.text[:1].isupper() and child.is_alpha), None)
    return owner


def _organisation_before(entities: List[Entity], doc: Doc, start: int) -> Optional[int]:
    """The last token of an organisation's mention just before a "which" (after a comma or not)."""
    if start < 1 or doc[start].lower_ != "which":
        return None
    i = start - 2 if doc[start - 1].text == "," else start - 1
    found = i >= 0 and any(e.kind == "organisation" and s < i + 1 == e_ for e in entities for s, e_ in e.mentions)
    return i if found else None


def _owned_name(doc: Doc, owner: Entity, root) -> str:
    """The name of a person's organisation: "Lee administration"; a campaign, team or camp is
    "Lee campaign", unless the document calls it only "Lee camp"."""
    head = root.lemma_.lower()
    surname = owner.words[-1]
    if head in CAMPAIGN_HEADS:
        written = {m.group(1).lower() for m in re.finditer(rf"\b{re.escape(surname)} (campaign|camp)\b", doc_text(doc))}
        head = "camp" if written == {"camp"} else "campaign"
    return f"{surname} {head}"


def _person_or_org_at(index, ents: List[Span], i: int) -> Optional[int]:
    """The entity of the named span covering token i."""
    return next((index[(ent.start, ent.end)] for ent in ents
                 if ent.start <= i < ent.end and (ent.start, ent.end) in index), None)


POLL_NOUNS = frozenset("poll survey polling".split())


def _named_poll(doc: Doc, span: Span, root, entities: List[Entity]) -> Optional[int]:
    """The poll a mention names by the pollsters before its noun ("a new Washington Post-ABC News national
    poll" → "Washington Post-ABC News national poll", kind "other"); None when no name comes before it."""
    first = root.i
    while (first - 1 >= max(span.start, root.left_edge.i) and doc[first - 1].dep_ != "poss"
           and doc[first - 1].lower_ not in ("'s", "’s") and doc[first - 1].pos_ in ("PROPN", "NOUN", "ADJ", "NUM", "PUNCT", "SYM")):
        first -= 1
    while first < root.i and doc[first].pos_ != "PROPN":
        first += 1
    if first == root.i:
        return None
    name = doc[first : root.i + 1].text
    mention = (span.start, span.end)
    k = next((k for k, e in enumerate(entities) if e.kind == "other" and e.name.lower() == name.lower()), None)
    if k is None:
        entities.append(Entity("other", name.split(), [], text=name))
        k = len(entities) - 1
    entities[k].mentions.append(mention)
    return k


def _organisation(entities: List[Entity], name: str, mention: Tuple[int, int]) -> int:
    """The organisation entity of that name, created when new ("Clinton campaign")."""
    for k, entity in enumerate(entities):
        if entity.kind == "organisation" and entity.name.lower() == name.lower():
            entity.mentions.append(mention)
            return k
    entities.append(Entity("organisation", name.split(), [mention]))
    return len(entities) - 1


def _description_mentions(doc: Doc, rows: List[dict], entities: List[Entity]) -> None:
    """A definite description subject or owner in the text ("In defeat, the president appeared
    cowed.", "the president's own party") that the mentions before describe one person with ("President Ann
    Lee"), or that no one fits and that is the subject after a sentence about a named person, is a
    mention of that person: the next "she" sees it. Added as unlabelled mentions
    (context for pronouns, not for roles); sources are left to the resolution itself."""
    sources = [(r["speaker"][0], r["speaker"][1]) for r in rows if r.get("speaker")]
    # only singular common nouns, found on the array: building every Token is slow
    nouns = numpy.nonzero(doc.to_array(TAG) == doc.vocab.strings["NN"])[0] if len(doc) else []
    for token in (doc[int(i)] for i in nouns):
        if (token.tag_ != "NN" or token.lower_ not in DESCRIPTION_HEADS or token.i < 1
                or token.dep_ not in ("nsubj", "nsubjpass", "poss")):
            continue  # a subject or an owner sets the topic; an object ("to back the nominee") does not
        start = token.i - 1
        while start > 0 and doc[start].pos_ in ("ADJ", "PROPN", "NOUN") and doc[start].lower_ not in ("'s", "’s"):
            start -= 1
        if doc[start].lower_ != "the" or (token.i + 1 < len(doc) and doc[token.i + 1].pos_ in ("PROPN", "NOUN")
                                            and doc[token.i + 1].lower_ not in ("'s", "’s")):
            continue  # "the president" but not "the president Ann Lee", "the senator race"
        if any(s <= token.i < e for s, e in sources):
            continue
        span = doc[start : token.i + 1]
        described = _descriptions(doc, span, token, entities)
        best = [k for k, (head, share, _) in described.items() if head and share == 1.0]
        if not best:
            # no one described with all its words before: the person the sentence before is about, when the
            # description is its sentence's subject ("Ann Lee says ... . The Ohio senator was speaking ...")
            best = _previous_subject(doc, token, entities, rows)
        if len(best) == 1 and not _contradicted(doc, span, token, entities[best[0]]):
            mention = (span.start, span.end)
            entities[best[0]].mentions.append(mention)
            entities[best[0]].unlabelled.append(mention)
    for entity in entities:
        entity.mentions.sort()


def _previous_subject(doc: Doc, token, entities: List[Entity], rows: List[dict]) -> List[int]:
    """[the person named as the subject of the main verb of the sentence before], when `token` is the
    subject of its own sentence's main verb; [] otherwise."""
    sent = token.sent
    if token.dep_ not in ("nsubj", "nsubjpass") or token.head != sent.root or sent.start == 0:
        return []
    before = doc[sent.start - 1].sent
    subject = next((c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")), None)
    if subject is None or any(r["start"] <= subject.i < r["end"] for r in rows):
        return []
    return [k for k, e in enumerate(entities) if e.kind == "person" and any(s <= subject.i < e_ for s, e_ in e.mentions)][:1]


# heads of descriptions that stand for a named person in the text ("the president", "the senator")
DESCRIPTION_HEADS = ROLE_HEADS - UNNAMED_NOUNS - frozenset("member worker student resident owner expert volunteer".split())


def resolve(doc: Doc, rows: List[dict], pronoun_strategy: str = "ranker",
            collect: Optional[list] = None) -> List[dict]:
    """Link each quote row's speaker mention to an entity; return the speaker table.

    doc (Doc): a document with entities and a parse.
    rows (List[dict]): quote rows with "speaker" offsets; their "entity" is set in place.
    pronoun_strategy (str): "ranker" (the learned weights of ranker.py when present) or "rules".
    collect (Optional[list]): if given, (row, candidates) of every he/she source and ranked definite
        description are appended to it (the training data of train_ranker).
    RETURNS (List[dict]): rows for `doc._.speaker_table`: name, kind, mentions.
    """
    entities, index = cluster_names(doc)
    ents = entity_spans(doc)
    _description_mentions(doc, rows, entities)
    weights = load_weights() if pronoun_strategy == "ranker" else None
    ctx: Optional[DocContext] = None
    spoken: Dict[int, int] = {}  # entity index -> quotes attributed so far
    speakers: Dict[int, int] = {}  # entity index -> speaker table index
    table: List[dict] = []
    last_speaker: Optional[int] = None
    author = False  # looked up on the first "I" outside quotes
    previous = undescribed = None  # the description before, when it describes no one named before it
    pending: list = []  # unnamed descriptions opening the article, waiting for the next speaker's name

    def add(entity_k: Optional[int], mention: Tuple[int, int], kind: str, name: Optional[str]) -> int:
        if entity_k is not None and entity_k in speakers:
            row = table[speakers[entity_k]]
            if list(mention) not in row["mentions"]:
                row["mentions"].append(list(mention))
            return speakers[entity_k]
        mentions = [list(m) for m in entities[entity_k].mentions if m not in entities[entity_k].unlabelled] if entity_k is not None else []
        if list(mention) not in mentions:
            mentions.append(list(mention))
        table.append({"name": name, "kind": kind, "mentions": sorted(mentions), "role": None,
                      "affiliation": None, "role_modifiers": []})
        if entity_k is not None:
            speakers[entity_k] = len(table) - 1
        return len(table) - 1

    def rank_description(row: dict, span: Span, root) -> Optional[int]:
        """"the candidate", "the Florida senator": ranked like a pronoun without gender, with what
        the mentions before say of each person ("Florida Sen. Ann Lee") as features."""
        nonlocal ctx
        ctx = ctx or DocContext(doc, rows)
        described = _descriptions(doc, span, root, entities)
        candidates = candidate_features(ctx, entities, span.start, None, last_speaker, spoken, PRONOUN_WINDOW,
                                        described=described)
        if collect is not None:
            collect.append((row, [(entities[k].name, f) for k, f in candidates]))
        # "the Indiana governor" is never someone the article places in another state or party
        candidates = [(k, f) for k, f in candidates if not _contradicted(doc, span, root, entities[k])]
        best = [k for k, (head, share, _) in described.items() if head and share == 1.0]
        if len(best) == 1:
            # all the words of the description describe one person only ("the Florida senator"): decisive
            return best[0]
        if weights is not None:
            return best_candidate(candidates, weights)
        return _description_match(doc, span, entities, last_speaker)

    for row in rows:
        if not row.get("speaker"):
            continue
        start, end = row["speaker"]
        span = doc[start:end]
        root = span.root
        subject = next((t for t in root.children if t.dep_ in ("nsubj", "nsubjpass")), None) if root.pos_ == "VERB" else None
        if subject is not None and not (start <= subject.i < end):
            # a source span that is the verb ("said"): its subject speaks
            span = doc[subject.left_edge.i : subject.right_edge.i + 1]
            root = subject
        phrase_head = _phrase_head(span) if span[0].lower_ in ("the", "this") and root.pos_ == "NOUN" else None
        if phrase_head is not None and phrase_head.i > root.i:
            # "the freshman Florida senator" parsed with "freshman" as its head: the noun closing the phrase
            root = phrase_head
        low = root.lower_
        entity_k: Optional[int] = None
        kind, name = "person", None
        if low in PRONOUN_GENDER or (low in FIRST_PERSON and low not in GROUP_PRONOUNS):
            if low in FIRST_PERSON:
                entity_k = last_speaker
                if not any(r["start"] <= start < r["end"] for r in rows):
                    # "I" outside every quote: the writer (op-ed byline or author bio); unnamed without one,
                    # not the last speaker
                    if author is False:
                        author = _author(doc, index, ents, entities)
                    entity_k = author if author is not None else _signature(doc, start, entities)
            elif weights is not None or collect is not None:
                ctx = ctx or DocContext(doc, rows)
                candidates = candidate_features(ctx, entities, start, PRONOUN_GENDER[low], last_speaker, spoken, PRONOUN_WINDOW)
                if collect is not None:
                    collect.append((row, [(entities[k].name, f) for k, f in candidates]))
                if weights is not None:
                    entity_k = best_candidate(candidates, weights)
                else:
                    entity_k = _pronoun_antecedent(entities, start, PRONOUN_GENDER[low], last_speaker)
                if _continues(doc, row) and any(k == last_speaker for k, _ in candidates):
                    entity_k = last_speaker  # "she added": the speaker goes on, whoever was named between
            else:
                entity_k = _pronoun_antecedent(entities, start, PRONOUN_GENDER[low], last_speaker)
            if low in PRONOUN_GENDER:
                if entity_k is not None and entities[entity_k].gender is None:
                    entities[entity_k].gender = PRONOUN_GENDER[low]
        elif low == "who" and len(span) == 1:
            # "Sanders, who said ...": the noun the relative clause hangs on, else the nearest person
            head = root.head.head if root.head.dep_ == "relcl" else None
            entity_k = next((k for t in _relative_heads(head, root) for k, e in enumerate(entities) if e.kind == "person"
                             and any(s <= t.i < e_ for s, e_ in e.mentions)), None)
            if entity_k is None and head is not None and _unnamed(head):
                pass  # "a rich supporter who said ...", "someone who ...": no one named
            elif entity_k is None and weights is not None:
                ctx = ctx or DocContext(doc, rows)
                entity_k = best_candidate(candidate_features(ctx, entities, start, None, last_speaker, spoken, PRONOUN_WINDOW), weights)
        elif low in ("which", "that") and len(span) == 1 and (root.head.dep_ == "relcl" or _organisation_before(entities, doc, start) is not None):
            # "the bank, which said ...": the organisation the relative clause hangs on, else (a parse
            # that misses the clause) the one named just before "which"
            head = root.head.head if root.head.dep_ == "relcl" else doc[_organisation_before(entities, doc, start)]
            # "Acme, a company that said ...": the organisation the appositive describes
            heads = [head, head.head] if head.dep_ == "appos" else [head]
            entity_k = next((k for h in heads for k, e in enumerate(entities) if e.kind == "organisation"
                             and any(s <= h.i < e_ for s, e_ in e.mentions)), None)
            kind = "organisation"
        elif low in GROUP_PRONOUNS or low in ("they", "it"):
            kind = "group" if low != "it" else "organisation"
            if low == "it" and len(span) == 1:
                entity_k = _it_antecedent(doc, start, index, ents, entities)
        elif root.lower_ in PARTY_MEMBERS and any(c.dep_ in ("det", "nummod") and c.lower_ in INDEFINITE for c in root.children):
            pass  # "One Republican", "a Democrat": someone unnamed, not the party
        elif (any(c.dep_ == "cc" and c.lower_ in ("and", "&") and start <= c.i < end for c in root.children)
              and any(c.dep_ == "conj" and c.pos_ in ("PROPN", "NOUN") and start <= c.i < end
                      and _word(c) not in PERSON_NOUNS for c in root.children) and _word(root) not in PERSON_NOUNS):
            # "Lee and Dean said", "The Acme campaign and the party": several sources, no one name (but "the
            # former governor and senator" is one person)
            kind = "group" if root.ent_type_ == "PERSON" else "organisation"
        elif (span[0].lower_ in ("the", "this") and root.lower_ in PARTY_MEMBERS and root.tag_ in ("NN", "NNP")
              and (weights is not None or collect is not None)):
            # "the Wisconsin Republican": a person, not the party
            entity_k = rank_description(row, span, root)
        else:
            entity_k = _ent_for_head(doc, span, index, ents)
            if entity_k is None:
                entity_k = _capitalised_name(span, entities)
            common_head = root.pos_ == "NOUN" and root.lower_ not in PERSON_NOUNS and root.lemma_.lower() not in PERSON_NOUNS
            if entity_k is not None and root.pos_ == "NOUN" and (root.text[:1].isupper() or TIME_STAMP.match(root.text)):
                common_head = False  # "Trump" tagged as a common noun
            if (common_head and entity_k is not None and entities[entity_k].kind == "person"
                    and any(c.dep_ == "appos" and any(s <= c.i < e for s, e in entities[entity_k].mentions) for c in root.children)):
                common_head = False  # "master of ceremonies Ann Lee": the name in apposition is the head
            if common_head and root.lemma_.lower() in ORG_HEADS:
                # "the Trump campaign", "Clinton's campaign": the organisation of that person
                owner = _owner(root, entities, index, ents)
                entity_k = None
                possessive = next((child.lower_ for child in root.children if child.dep_ == "poss" and child.lower_ in PRONOUN_GENDER), None)
                if owner is None and possessive is not None and root.lemma_.lower() == "campaign":
                    # "his campaign": the campaign of the person the pronoun refers to
                    if weights is not None:
                        ctx = ctx or DocContext(doc, rows)
                        owner = best_candidate(candidate_features(ctx, entities, start, PRONOUN_GENDER[possessive], last_speaker, spoken, PRONOUN_WINDOW), weights)
                    else:
                        owner = _pronoun_antecedent(entities, start, PRONOUN_GENDER[possessive], last_speaker)
                if owner is not None:
                    entity_k = _organisation(entities, _owned_name(doc, entities[owner], root), (start, end))
                elif span[0].lower_ == "the" and root.lemma_.lower() == "campaign" and len(span) == 2:
                    # "the campaign": the campaign the document last named, as a source or in the text
                    named = max(((max(s_ for s_, _ in e.mentions if s_ < start), k) for k, e in enumerate(entities)
                                 if e.kind == "organisation" and e.words[-1].lower() in CAMPAIGN_HEADS
                                 and any(s_ < start for s_, _ in e.mentions)), default=None)
                    written = next(((t.i, o) for t in reversed(doc[max(0, start - ORG_WINDOW) : start])
                                    if t.lower_ in CAMPAIGN_HEADS for o in [_owner(t, entities, index, ents)] if o is not None), None)
                    if written is not None and (named is None or written[0] > named[0]):
                        entity_k = _organisation(entities, _owned_name(doc, entities[written[1]], doc[written[0]]), (start, end))
                    elif named is not None:
                        entity_k = named[1]
                    else:
                        # none named: the campaign of the person named last, in this sentence or the one before
                        since = doc[span.sent.start - 1].sent.start if span.sent.start > 0 else 0
                        person = max(((s_, k) for k, e in enumerate(entities) if e.kind == "person"
                                      for s_, _ in e.mentions if since <= s_ < start
                                      and not any(r["start"] <= s_ < r["end"] for r in rows)), default=None)
                        if person is not None:
                            entity_k = _organisation(entities, _owned_name(doc, entities[person[1]], root), (start, end))
                kind = "organisation"
            elif common_head and root.tag_ == "NN" and root.lower_ in POLL_NOUNS:
                # "a Quinnipiac University poll": a poll named by its pollsters; "a new poll" has no name
                entity_k, kind = _named_poll(doc, span, root, entities), "other"
                if entity_k is None and len(span) == 2 and span[0].lower_ == "the":
                    # "the poll": the poll named last, within the organisations' window
                    named = max(((s_, k) for k, e in enumerate(entities) if e.kind == "other" and e.words[-1].lower() == root.lower_
                                 for s_, _ in e.mentions if start - ORG_WINDOW <= s_ < start), default=None)
                    if named is not None:
                        entity_k = named[1]
                        entities[entity_k].mentions.append((start, end))
            elif (common_head and entity_k is None and span[0].lower_ == "the" and root.tag_ == "NN"
                  and root.lower_ in PLACE_NOUNS and all(t.pos_ in ("DET", "ADJ", "NOUN") for t in span[: root.i - start + 1])):
                # "The town said", "the city of Phoenix": the place named in the phrase, else the last one named
                named = [t for prep in root.children if prep.dep_ == "prep" and prep.lower_ == "of"
                         for t in prep.children if t.dep_ == "pobj" and t.ent_type_ == "GPE"]
                entity_k = (_person_or_org_at(index, ents, named[0].i) if named
                            else _last_organisation(doc, ents, index, entities, start, label="GPE"))
                kind = "organisation"
            elif (common_head and entity_k is None and span[0].lower_ == "the" and root.tag_ == "NN"
                  and root.lemma_.lower() in ORG_DESCRIPTIONS and all(t.pos_ in ("DET", "ADJ", "NOUN") for t in span)):
                entity_k = _last_organisation(doc, ents, index, entities, start)
                kind = "organisation"
            elif common_head and entity_k is not None and entities[entity_k].kind == "person" and not any(
                    s <= root.i < e for s, e in entities[entity_k].mentions):
                # "the poll", "The ad": a thing, whoever else the phrase names
                entity_k, kind = None, "other"
            if entity_k is None and root.pos_ == "PROPN" and _title_case_line(span[0]):
                # a headline's full name and what it does: "Ann Lee Blasts Acme Chief" (not "Lee Campaign Chief")
                first = next((ent for ent in ents if ent.start == start and ent.label_ == "PERSON" and len(ent) > 1
                              and ent.end < end and not root.i < ent.end), None)
                if (first is not None and (first.start, first.end) in index
                        and doc[first.end].lower_ not in PERSON_NOUNS | ORG_HEADS | ORG_DESCRIPTIONS):
                    entity_k = index[(first.start, first.end)]
            if entity_k is None and root.pos_ == "PROPN" and not (len(span) == 1 and root.lower_ in PERSON_NOUNS):
                # a name the entity recogniser missed (not a headline's "Lawmaker")
                first = min((t.i for t in root.lefts if t.dep_ == "compound"), default=root.i)
                if doc[first].pos_ == "PROPN":
                    # all the proper nouns before it, and an "and" between two: "the Central and East European Coalition"
                    while first - 1 >= start and (doc[first - 1].pos_ == "PROPN" or doc[first - 1].lower_ in ("and", "&")
                                                  and first - 2 >= start and doc[first - 2].pos_ == "PROPN"):
                        first -= 1
                words = name_tokens(doc[first : root.i + 1])
                entity_k = next((k for k, e in enumerate(entities) if e.matches(words)), None)
                if entity_k is None:
                    # "Acme" for "Acme Energy", "the S.E.C." for the commission
                    entity_k = next((k for k, e in enumerate(entities) if e.kind == "organisation" and _org_match(e.words, words)), None)
                    if entity_k is not None and len(words) > len(entities[entity_k].words):
                        entities[entity_k].set_name(words, None)  # the fullest name: "Acme Action PAC" for "PAC"
                if entity_k is None and words:
                    # a name with an "and" in it, or described as an organisation ("Acme, a super PAC"), is no person's
                    org = (root.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC") or any(t.lower_ in ("and", "&") for t in doc[first : root.i])
                           or any(c.dep_ == "appos" and (c.ent_type_ == "ORG" or c.lemma_.lower() in ORG_DESCRIPTIONS) for c in root.children))
                    entities.append(Entity("organisation" if org else "person", words, [(start, end)]))
                    entity_k = len(entities) - 1
            if entity_k is None and not common_head:
                # a surname inside a longer mention the parse headed elsewhere
                # (names behind a preposition or clause last, and never for a common-noun, number or pronoun head:
                # "one of Lee's advisers" is not Lee)
                names = sorted((t for t in reversed(span) if t.text[:1].isupper() and t.pos_ == "PROPN"),
                               key=lambda t: _behind_modifier(t, root))
                entity_k = next((k for token in names if root.pos_ not in ("NOUN", "NUM", "PRON") or not _behind_modifier(token, root)
                                 for k, e in enumerate(entities) if e.kind == "person" and e.matches([token.text])), None)
            # the person owning the description: "Obama" in "Obama's former campaign strategist"
            possessor = next((_person_at(entities, index, ents, c.i) for c in root.children
                              if c.dep_ == "poss" and c.pos_ == "PROPN" and c.i == span.start), None)
            definite = (entity_k is None and not common_head and root.pos_ == "NOUN" and root.tag_ == "NN"
                        and span[0].lower_ in ("the", "this") and root.lower_ not in UNNAMED_NOUNS
                        and root.lemma_.lower() not in UNNAMED_NOUNS)
            if definite and (weights is not None or collect is not None):
                entity_k = rank_description(row, span, root)
                # (one naming a place or party is left to the ranker: "the Ohio governor" matches by place)
                places, parties = _qualifiers(t for t in span if t.i != root.i)
                if not places and not parties and not any(
                        head for head, _, _ in _descriptions(doc, span, root, entities).values()):
                    undescribed = (row, (start, end))
            elif (entity_k is None and not common_head and root.pos_ == "NOUN" and root.tag_ == "NN"
                  and root.lemma_.lower() not in UNNAMED_NOUNS and root.lower_ not in UNNAMED_NOUNS and possessor is not None):
                # "Obama's former campaign strategist said": not the owner, but the person the sentence before is
                # about, unless described otherwise ("Rep. Bo Dean" is no one's lawyer)
                other = {k for k, (_, _, only_other) in _descriptions(doc, span, root, entities).items() if only_other}
                entity_k = next((k for k in _previous_subject(doc, root, entities, rows) if k != possessor and k not in other), None)
            elif (entity_k is None and not common_head and root.tag_ == "NN" and span[0].lower_ in ("the", "this")
                  and root.lower_ in UNNAMED_NOUNS):
                # "the moderator", "the spokesman": only the one person described so before ("moderator Ann Lee")
                best = [k for k, (head, share, _) in _descriptions(doc, span, root, entities).items() if head and share == 1.0]
                entity_k = best[0] if len(best) == 1 and not _contradicted(doc, span, root, entities[best[0]]) else None
            elif entity_k is None and not common_head:
                entity_k = _description_match(doc, span, entities, last_speaker)
            if entity_k is None and kind == "person":
                kind = "group" if root.tag_ in ("NNS", "NNPS") else ("other" if common_head else "person")
        if entity_k is not None:
            kind, name = entities[entity_k].kind, entities[entity_k].name
            if kind == "person":
                last_speaker = entity_k
                spoken[entity_k] = spoken.get(entity_k, 0) + 1
                if root.pos_ == "NOUN" and (span.start, span.end) not in entities[entity_k].mentions:
                    # "the senator said": the next pronoun sees the person mentioned here
                    entities[entity_k].mentions.append((span.start, span.end))
        if (entity_k is None and kind == "person" and last_speaker is None and root.tag_ in ("NN", "NNP")
                and root.lemma_.lower() in PERSON_NOUNS and root.lemma_.lower() not in UNNAMED_NOUNS
                and (span[0].lower_ in ("a", "an") or span[0].pos_ != "DET" and span[0].is_title)):
            # "A former party chairman says ..." before any speaker is named: the person named as the
            # next speaker, when the next quote follows closely and names them for the first time
            pending.append((row, (start, end)))
            continue
        if pending and kind in ("organisation", "other"):
            pass  # "The Times said ...", "A new study says ...": the opening description waits for the next person
        elif pending:
            if (entity_k is not None and kind == "person" and root.pos_ == "PROPN"
                    and min(s for s, _ in entities[entity_k].mentions) - pending[-1][1][1] <= LEDE_WINDOW
                    and min(s for s, _ in entities[entity_k].mentions) > pending[-1][1][0]):
                row["entity"] = add(entity_k, (start, end), kind, name)
                for lede_row, lede in pending:
                    lede_row["entity"] = add(entity_k, lede, kind, name)
                pending = []
                continue
            for lede_row, lede in pending:
                lede_row["entity"] = add(None, lede, "person", None)
            pending = []
        row["entity"] = add(entity_k, (start, end), kind, name)
        if previous is not None and entity_k is not None and kind == "person" and root.pos_ == "PROPN":
            # "The head of Acme said ... . “...,” Ann Lee wrote": a description no one had before, and
            # the name that follows it at once for the first time
            (before_row, before), first = previous, min(s for s, _ in entities[entity_k].mentions)
            if before_row["entity"] != row["entity"] and before[1] <= first <= before[1] + CATAPHOR_WINDOW:
                if before_row["entity"] is not None and list(before) in table[before_row["entity"]]["mentions"]:
                    table[before_row["entity"]]["mentions"].remove(list(before))
                before_row["entity"] = add(entity_k, before, kind, name)
        previous, undescribed = undescribed, None
    for lede_row, lede in pending:
        lede_row["entity"] = add(None, lede, "person", None)
    # people who do not speak stay in the table: their roles are asked for too
    for k, entity in enumerate(entities):
        if entity.kind == "person" and k not in speakers:
            add(k, entity.mentions[0], "person", entity.name)
    return table
