"""Names of people and organisations: honorifics, name cores, gender cues, clusters."""
import unicodedata
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Dict, List, Optional, Tuple

import numpy
from spacy.attrs import ENT_TYPE, ORTH
from spacy.tokens import Doc, Span

from ..paragraphs import cached
from ..roles.patterns import MODIFIERS, PORTFOLIO_WORDS, ROLE_HEADS

HONORIFICS = {
    "mr": "male", "mr.": "male", "mrs": "female", "mrs.": "female", "ms": "female", "ms.": "female",
    "miss": "female", "sir": "male", "madam": "female", "dr": None, "dr.": None, "prof": None, "prof.": None,
}
# Titles that read as part of a name in news ("Sen. Schumer"); roles/patterns.py reads their meaning.
TITLES = frozenset(
    "president sen sen. senator gov gov. governor rep rep. representative secretary sec. sec minister "
    "prime chancellor mayor judge justice gen gen. general col col. lt lt. adm adm. speaker vice "
    "ambassador chairman chairwoman chair director rev rev. pope king queen prince princess ag "
    "former acting deputy candidate nominee the".split()
)
MALE_NAMES = frozenset(
    """donald mike michael bill barack joe bernie tim ted marco jeb john chris paul rand ben mitt
    george jim james robert bob david steve stephen kevin mark jeff jason newt rudy reince corey
    kellyanne_not paul eric rick scott tom thomas brian peter richard charles frank gary harry
    vladimir sergei recep mevlut xi emmanuel boris justin angela_not andrew anthony antonio carlos
    jose juan luis daniel matthew nicholas ryan sean patrick pat dan larry lindsey_not jared jack
    roger rush sean alex alexander martin lester chuck mitch joseph
    steven harold howard henry walter william arthur albert raymond ronald kenneth edward donald
    douglas dennis gerald lawrence keith wayne roy ralph eugene russell bruce phillip philip
    carl arnold fred frederick ernest francis francois vincent victor leonard louis samuel
    benjamin jonathan nathan adam aaron kyle tyler zachary ethan noah jacob joshua justin
    timothy gregory jeffrey todd craig randy glenn dale earl herbert norman bernard marvin
    hank ken ron jerry gerry don ed eddie steve stan sam ben jon nate greg doug jeffery
    hugh ian neil kurt brett bret hunter grant warren wesley luke mohammed muhammad ahmed
    ali omar khalid hassan ibrahim mahmoud abdul vladimir dmitry igor ivan pierre jacques
    jean-marc giuseppe giovanni marco silvio matteo hans klaus wolfgang jorge miguel pedro
    fernando ricardo raul roberto alejandro enrique manuel rafael""".split()
)
FEMALE_NAMES = frozenset(
    """hillary chelsea melania ivanka kellyanne elizabeth nancy sarah huma donna jennifer karen
    mary susan linda barbara margaret lisa nicole michelle laura amy kate katie angela theresa
    marine jill carly nikki condoleezza madeleine megyn kristen rachel anna maria jane joan ellen
    emily hope lindsay kelly ann anne christine debbie dianne diane maxine kamala tulsi janet
    gloria patricia deborah dorothy helen sandra carol ruth sharon cynthia kathleen katherine
    catherine shirley virginia judith judy rebecca martha heather julie joyce evelyn cheryl
    alice jean doris marilyn beverly denise tammy irene lori wanda bonnie peggy sylvia
    marie rose grace victoria valerie stephanie samantha amanda jessica ashley brittany
    megan hannah olivia sophia isabella natalie allison andrea monica veronica erica erin
    claire clara eleanor loretta roberta patty penny wendy kathy cathy betsy ginny
    marsha susana carmen rosa lucia elena sofia ana teresa ghazala fatima aisha ayesha
    hilary""".split()
)
FIRST_NAMES = MALE_NAMES | FEMALE_NAMES
NAME_SUFFIXES = frozenset("jr jr. sr sr. ii iii iv".split())
NAME_PARTICLES = frozenset("de da di del der van von la le al bin ben el".split())
# Verbs the recogniser glues to a headline speaker: "..., Warns Maersk".
HEADLINE_VERBS = frozenset("says said warns warned tells told claims claimed adds added".split())
# Headline verbs between two names: "Clinton Slams Donald Trump" names Trump after them.
HEADLINE_ATTACKS = frozenset("slams blasts rips hits attacks praises urges backs endorses mocks".split()) | HEADLINE_VERBS
# tokens within which a bare shared surname means the person just named
SURNAME_WINDOW = 30
PRONOUN_GENDER = {"he": "male", "him": "male", "his": "male", "himself": "male",
                  "she": "female", "her": "female", "hers": "female", "herself": "female"}


def name_token_list(span: Span) -> List:
    """The tokens of a name without honorifics, titles, a possessive ending, lowercase
    words before the name ("user @handle") and headline verbs after it ("Obama Says")."""
    tokens = []
    for token in span:
        low = token.lower_
        if low in ("'s", "’s") and token.i + 1 < span.end:
            # an owner before the name: "Breitbart's Joel Pollak"
            tokens = []
            continue
        if token.is_punct or token.is_space or low in ("'s", "’s", "'", "’"):
            continue
        # titles and roles the recogniser put inside the name: "Treasurer Paul Grant"
        if not tokens and (low in HONORIFICS or low in TITLES or low in ROLE_HEADS or low in MODIFIERS
                           or low in PORTFOLIO_WORDS or low in HEADLINE_VERBS):
            continue
        if not tokens and token.is_lower and token.is_alpha and low not in NAME_PARTICLES and any(t.text[:1].isupper() or t.text[:1] == "@" for t in span[token.i - span.start + 1 :]):
            continue
        if (not tokens and token.is_sent_start and low.endswith("ing") and low not in FIRST_NAMES and token.i + 1 < span.end
                and span.doc[token.i + 1].text[:1].isupper()):
            continue  # a gerund opening the sentence: "Calling Lee a liar was ..."
        if (token.pos_ == "VERB" and token.tag_.startswith("VB") or low in HEADLINE_ATTACKS) and token.i + 1 < span.end and span.doc[token.i + 1].text[:1].isupper():
            # a headline verb glued into the name: "Telling Jeb Bush", "Clinton Slams Donald Trump"
            tokens = []
            continue
        tokens.append(token)
    while len(tokens) > 1 and (tokens[-1].lower_ in HEADLINE_VERBS or tokens[-1].tag_ in ("VBD", "VBZ")
                               or tokens[-1].lower_ in NAME_SUFFIXES):
        tokens.pop()  # "Obama Says", "Trump Heard"; "Jr." is no surname
    return _from_first_name(tokens)


def _from_first_name(tokens: List) -> List:
    """Cut a headline word or nickname before a known first name in a title-case line
    ("Lawmakers Rip Donald Trump", "Deport Nikki Haley"); in running text the words
    before may be first names the list lacks ("Jorge Antonio Llamas")."""
    first = next((i for i, t in enumerate(tokens) if t.lower_ in FIRST_NAMES), None)
    if first and first < len(tokens) - 1 and _title_case_line(tokens[0]):
        return tokens[first:]
    return tokens


def _title_case_line(token) -> bool:
    """Whether the line of a token is a headline: its words (three or more) all capitalised
    but for short function words."""
    doc = token.doc
    start = token.i
    while start > 0 and "\n" not in doc[start - 1].text_with_ws and token.i - start < 30:
        start -= 1
    end = token.i
    while end < len(doc) - 1 and "\n" not in doc[end].text_with_ws and end - token.i < 30:
        end += 1
    words = [t for t in doc[start : end + 1] if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and all(t.text[:1].isupper() for t in words)


def name_tokens(span: Span) -> List[str]:
    """The words of a name without honorifics, titles and a possessive ending; a
    hyphenated name stays one word ("Shanklin-Hawkins")."""
    words: List[str] = []
    previous = None
    for token in name_token_list(span):
        doc = token.doc
        if (previous is not None and token.i == previous.i + 2 and doc[previous.i + 1].text == "-"
                and not previous.whitespace_ and not doc[previous.i + 1].whitespace_):
            words[-1] += "-" + token.text
        else:
            words.append(token.text)
        previous = token
    return words


def name_text(span: Span) -> Optional[str]:
    """The name as the document writes it, between its first and last word: keeps the
    hyphens and apostrophes that joining tokens would lose ("Jo-Renee Formicola")."""
    tokens = name_token_list(span)
    if not tokens:
        return None
    doc = span.doc
    end = tokens[-1].i + 1
    # a suffix inside or just after the entity belongs to the full name: "Ed Boyd Jr."
    for i in (end, end + 1):
        if i < len(doc) and doc[i].lower_ in NAME_SUFFIXES and all(t.text == "," for t in doc[end:i]):
            end = i + 1
            break
    text = doc[tokens[0].i : end].text  # not Doc.text: it joins the whole doc
    return text if "\n" not in text else None


def honorific_gender(span: Span) -> Optional[str]:
    doc = span.doc
    if span.start > 0:
        before = doc[span.start - 1].lower_
        if before in HONORIFICS:
            return HONORIFICS[before]
    first = span[0].lower_ if len(span) else ""
    return HONORIFICS.get(first)


def first_name_gender(words: List[str]) -> Optional[str]:
    if len(words) < 2:
        return None
    first = words[0].lower()
    if first in MALE_NAMES:
        return "male"
    if first in FEMALE_NAMES:
        return "female"
    return None


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lowercase without accents, one apostrophe: a headline's "Francois" is the body's "François",
    "O'Neill" is "O’Neill"."""
    word = word.lower().replace("’", "'").replace("‘", "'")
    return "".join(c for c in unicodedata.normalize("NFD", word) if not unicodedata.combining(c))


def _accents(text: Optional[str]) -> int:
    return sum(1 for c in text or "" if ord(c) > 127 and c.isalpha())


@dataclass
class Entity:
    """A cluster of mentions of one person or organisation."""

    kind: str
    words: List[str]
    mentions: List[Tuple[int, int]] = field(default_factory=list)
    gender: Optional[str] = None
    text: Optional[str] = None  # the fullest name as written in the document
    headline: bool = False  # named only in title-case lines so far
    # starts of the mentions that write the surname ("Trump", "Melania Trump"; not "Melania")
    surnamed: List[int] = field(default_factory=list)
    # mentions of the surname the recogniser missed: context for pronouns, not for roles
    unlabelled: List[Tuple[int, int]] = field(default_factory=list)

    @property
    def name(self) -> str:
        return self.text or " ".join(self.words)

    def set_name(self, words: List[str], text: Optional[str]) -> None:
        self.words = words
        self.text = text if text and len(text.split()) <= len(words) + 1 else None

    def matches(self, words: List[str]) -> bool:
        """Whether a shorter or equal name refers to this entity ("Lavrov", "Sergei Lavrov")."""
        if not words:
            return False
        low = [fold(w) for w in self.words]
        other = [fold(w) for w in words]
        if other == low:
            return True
        if len(other) == 1:
            # a first name alone ("Hillary", "Mr. Ban" for "Ban Ki-moon"), unless the name comes from
            # a headline that may glue a word to a surname ("Obama Speech")
            return other[0] == low[-1] or (len(low) > 1 and other[0] == low[0] and self.kind == "person"
                                           and (other[0] in FIRST_NAMES or not self.headline))
        # a surname of several words: "Wasserman Schultz", "de Blasio" in "Bill de Blasio"
        if len(other) < len(low) and other == low[-len(other):]:
            return True
        # "Hillary Clinton" and "Hillary Rodham Clinton"; "Clinton" vs "Bill Clinton" differ by first name
        return other[-1] == low[-1] and (other[0] == low[0] or other[0].rstrip(".") == low[0][:1])


def cluster_names(doc: Doc) -> Tuple[List[Entity], Dict[Tuple[int, int], int]]:
    """Group the PERSON and ORG/GPE entities of a document by name.

    RETURNS (Tuple[List[Entity], Dict]): the entities and a map from each
        entity span (start, end) to its entity index.
    """
    entities: List[Entity] = []
    index: Dict[Tuple[int, int], int] = {}
    people = [ent for ent in entity_spans(doc) if ent.label_ == "PERSON"] + _mislabelled_people(doc)
    shared = _shared_surnames(doc, people)
    # full names first, so that a lone "Clinton" joins "Hillary Clinton" mentioned later too
    # (and, at equal length, mentions with an honorific first: "Mr. Obama" decides who "Obama" is)
    for ent in sorted(people, key=lambda e: (-len(shared.get(e.start) or name_tokens(e)), honorific_gender(e) is None)):
        words = shared.get(ent.start) or name_tokens(ent)
        if not words:
            continue
        match = _best_match(entities, words, ent.start, "person", honorific_gender(ent))
        headline = _title_case_line(ent[0])
        if match is None:
            entities.append(Entity("person", words, headline=headline))
            entities[-1].set_name(words, " ".join(words) if ent.start in shared else name_text(ent))
            match = len(entities) - 1
        elif len(words) > len(entities[match].words) or (
                len(words) == len(entities[match].words) and _accents(name_text(ent)) > _accents(entities[match].text)):
            # the fullest name, spelt with its accents where the document writes them
            entities[match].set_name(words, name_text(ent))
        elif (1 < len(words) < len(entities[match].words) and words[0].lower() in FIRST_NAMES
              and [fold(w) for w in entities[match].words[-len(words):]] == [fold(w) for w in words]):
            # the document also writes the name from its first name: the words before it were a
            # nickname or a headline word ("Crooked Hillary Clinton", "Rival Hillary Clinton")
            entities[match].set_name(words, name_text(ent))
        entity = entities[match]
        entity.headline = entity.headline and headline
        entity.mentions.append((ent.start, ent.end))
        if fold(words[-1]) == fold(entity.words[-1]):
            entity.surnamed.append(ent.start)
        entity.gender = entity.gender or honorific_gender(ent) or first_name_gender(words)
        index[(ent.start, ent.end)] = match
    _expand_surnames(doc, entities)
    # nationalities last, so that the countries they stand for are known ("the Saudis")
    for ent in sorted(entity_spans(doc), key=lambda e: e.label_ == "NORP"):
        if (ent.label_ not in ("ORG", "GPE", "NORP") and not _publication(ent)) or (ent.start, ent.end) in index:
            continue
        org_tokens = [t for t in ent if not t.is_punct and t.lower_ not in ("'s", "’s")]
        while org_tokens and org_tokens[0].lower_ in HEADLINE_VERBS and len(org_tokens) > 1:
            org_tokens = org_tokens[1:]
        if org_tokens and org_tokens[0].lower_ == "the" and len(org_tokens) > 1:
            org_tokens = org_tokens[1:]
        words = [t.text for t in org_tokens]
        org_text = doc[org_tokens[0].i : org_tokens[-1].i + 1].text if org_tokens else None
        if org_text and (_titled_article(doc, org_tokens[0].i - 1)
                         or (words[-1] in PUBLICATION_WORDS and doc[org_tokens[0].i - 1].text == "The")):
            org_text = "The " + org_text  # "The Washington Post": the article is part of the name
        # "the health department" is a description, not a name
        if not words or not any(w[:1].isupper() for w in words):
            continue
        # the recogniser often labels a lone surname ORG: "Lavrov said"
        person = _best_match(entities, words, ent.start, "person") if len(words) == 1 else None
        if person is None and len(words) > 1:
            # a surname of several words tagged ORG ("De Blasio" for "Bill de Blasio")
            person = next((k for k, e in enumerate(entities) if e.kind == "person" and len(e.words) > len(words)
                           and [fold(w) for w in e.words[-len(words):]] == [fold(w) for w in words]), None)
        if person is None and 2 <= len(words) <= 4 and words[-2].lower() in FIRST_NAMES:
            # "Barack Obama" (or a dateline and the name: "ROME - Bernie Sanders") tagged ORG
            # while "Obama" is a person: the person's full name
            person = next((k for k, e in enumerate(entities) if e.kind == "person" and len(e.words) == 1
                           and e.words[0].lower() == words[-1].lower()), None)
            if person is not None:
                words, org_text = words[-2:], doc[org_tokens[-2].i : org_tokens[-1].i + 1].text
                entities[person].set_name(words, org_text)
                entities[person].gender = entities[person].gender or first_name_gender(words)
        if (person is None and ent.label_ == "ORG" and len(words) == 2 and words[0].lower() in FIRST_NAMES
                and all(t.pos_ == "PROPN" for t in org_tokens)
                and not any(e.kind == "organisation" and _org_match(e.words, words) for e in entities)):
            # "Carly Fiorina" tagged ORG with no one of that surname yet: a first name and a
            # surname make a person (a later lone "Fiorina" joins it)
            entities.append(Entity("person", words, gender=first_name_gender(words)))
            entities[-1].set_name(words, org_text)
            person = len(entities) - 1
        if person is not None:
            entities[person].mentions.append((ent.start, ent.end))
            if fold(words[-1]) == fold(entities[person].words[-1]):
                entities[person].surnamed.append(ent.start)
            index[(ent.start, ent.end)] = person
            continue
        match = next((k for k, e in enumerate(entities) if e.kind == "organisation" and _org_match(e.words, words)), None)
        if match is None and ent.label_ == "NORP" and len(words) == 1:
            match = next((k for k, e in enumerate(entities) if e.kind == "organisation" and _demonym(words[0], e.words)), None)
        if match is None:
            entities.append(Entity("organisation", words))
            entities[-1].set_name(words, org_text)
            match = len(entities) - 1
        elif len(words) > len(entities[match].words) or (
                len(words) == len(entities[match].words) and org_text.startswith("The ")):
            entities[match].set_name(words, org_text)
        entities[match].mentions.append((ent.start, ent.end))
        index[(ent.start, ent.end)] = match
    _places_as_people(doc, entities)
    _unlabelled_surnames(doc, entities)
    for entity in entities:
        entity.mentions.sort()
    return entities, index


# last words of a publisher's name ("USA TODAY NETWORK")
MEDIA_WORDS = frozenset("network news press times journal media newspaper magazine inc. inc corp. corp llc".split())
# a lone word the recogniser tags PERSON once but a place or organisation this many times as often
PLACE_RATIO = 3


def _entity_labels(doc: Doc, word: str) -> List[str]:
    """The entity label of every token spelt `word` ("" outside entities), read from one array
    per doc instead of every Token."""
    array = cached(doc, "orth_ent_type", lambda: doc.to_array([ORTH, ENT_TYPE]))
    strings = doc.vocab.strings
    return [strings[int(label)] if label else "" for label in array[array[:, 0] == strings[word], 1]]


def _places_as_people(doc: Doc, entities: List[Entity]) -> None:
    """A person of one word, with no honorific nor first name to tell a gender, that the
    recogniser labels a place or organisation at least three times as often as a person
    ("Worcester" tagged GPE three times and PERSON once) is an organisation: it must not win
    a "he" nor get a role."""
    for entity in entities:
        if (entity.kind == "person" and len(entity.words) > 1 and entity.gender is None
                and entity.words[-1].lower() in MEDIA_WORDS):
            # "USA TODAY NETWORK", "Reuters News" tagged PERSON: a publisher, never a "he"
            entity.kind = "organisation"
            continue
        if entity.kind != "person" or len(entity.words) != 1 or entity.gender is not None:
            continue
        labels = _entity_labels(doc, entity.words[0])
        person = labels.count("PERSON")
        other = sum(label in ("ORG", "GPE", "NORP") for label in labels)
        if other >= PLACE_RATIO * max(person, 1):
            entity.kind = "organisation"
            # the fuller name of that organisation, found while the word was still a person ("Census Bureau")
            fuller = next((e for e in entities if e is not entity and e.kind == "organisation"
                           and len(e.words) > 1 and _org_match(entity.words, e.words)), None)
            if fuller is not None:
                entity.set_name(list(fuller.words), fuller.text)


def _shared_surnames(doc: Doc, people: List[Span]) -> Dict[int, List[str]]:
    """First names that share the surname of the name they are coordinated with: "Tarik and
    Leyla Osman" names Tarik Osman. By the start of the first name's entity; only a known first name
    or a word the document writes once ("Obama and Hillary Clinton" stays two people)."""
    starts = {ent.start: ent for ent in people}
    counts = doc.count_by(ORTH)
    out = {}
    for ent in people:
        words = name_tokens(ent)
        other = starts.get(ent.end + 1)
        if (len(words) == 1 and len(ent) == 1 and other is not None and doc[ent.end].lower_ == "and"
                and honorific_gender(ent) is None and len(name_tokens(other)) > 1
                and (words[0].lower() in FIRST_NAMES or counts.get(doc.vocab.strings[words[0]]) == 1)):
            out[ent.start] = [words[0], name_tokens(other)[-1]]
    return out


def _tokens_spelling(doc: Doc, words) -> List:
    """The tokens whose text is one of `words`, found on the token array: building a Token
    for every word of the document is what makes a pass over it slow."""
    if not words or not len(doc):
        return []
    orths = doc.to_array(ORTH)
    return [doc[int(i)] for i in numpy.nonzero(numpy.isin(orths, [doc.vocab.strings[w] for w in words]))[0]]


def _unlabelled_surnames(doc: Doc, entities: List[Entity]) -> None:
    """A surname the recogniser left outside every entity ("Ann Lee ... Lee took the stage") is a
    mention of the one person of a full name with that surname: the later "he" must see it."""
    owners: Dict[str, List[Entity]] = {}
    for entity in entities:
        if entity.kind == "person" and len(entity.words) > 1:
            owners.setdefault(entity.words[-1], []).append(entity)
    for token in _tokens_spelling(doc, owners):
        found = owners.get(token.text)
        if found and len(found) == 1 and token.ent_iob_ == "O" and token.pos_ == "PROPN":
            found[0].mentions.append((token.i, token.i + 1))
            found[0].unlabelled.append((token.i, token.i + 1))
            found[0].surnamed.append(token.i)


def entity_spans(doc: Doc) -> List[Span]:
    """The document's entities, each cut at its first line break or colon: a name never runs
    over a paragraph ("..., Warns Maersk\n\nPorts are full") nor a headline's colon ("Lee: Trust Dean")."""
    out = []
    for ent in doc.ents:
        end = ent.end
        for token in ent[:-1]:
            if "\n" in token.text_with_ws or token.is_space or token.text == ":":
                end = token.i if token.is_space or token.text == ":" else token.i + 1
                break
        out.append(ent if end == ent.end else Span(doc, ent.start, end, label=ent.label_))
    return [ent for ent in out if len(ent)]


# The last word of a newspaper's or magazine's name, which keeps its "The" even at a
# sentence start ("The Post reported"), unlike "the FBI".
PUBLICATION_WORDS = frozenset(
    "Post Times Journal News Review Atlantic Standard Beast Yorker Hill Guardian Economist Examiner Tribune "
    "Globe Herald Telegraph Independent Nation Intercept Blaze Observer Inquirer Sun Chronicle Register "
    "Gazette Monitor Star Courier Dispatch Republic".split()
)


def _publication(ent: Span) -> bool:
    """A newspaper's name the recogniser labels an event, a work or a place ("the Dallas Morning News"
    tagged EVENT): capitalised words ending in a publication's last word."""
    words = [t for t in ent if not t.is_punct and t.lower_ not in ("the", "'s", "’s")]
    return (ent.label_ in ("EVENT", "FAC", "WORK_OF_ART", "PRODUCT", "LOC") and len(words) > 1
            and words[-1].text in PUBLICATION_WORDS and all(t.text[:1].isupper() for t in words))


def _titled_article(doc: Doc, i: int) -> bool:
    """A capitalised "The" inside a sentence, which makes the article part of a name
    ("... told The Washington Post"); at a sentence start it says nothing."""
    if i < 1 or doc[i].text != "The" or doc[i].is_sent_start:
        return False
    before = doc[i - 1]
    return before.is_alpha or before.text == ","


def _acronym(short: List[str], long: List[str]) -> bool:
    """"AP" for "Associated Press", "U.S." for "United States", "DNC" for "Democratic
    National Committee": the initials of the capitalised words."""
    if len(short) != 1 or len(long) < 2:
        return False
    letters = short[0].replace(".", "")
    initials = "".join(w[0] for w in long if w[:1].isupper())
    return len(letters) >= 2 and letters.isupper() and letters == initials


# Words that close an institution's name and that the short form drops: "the Census" for
# "the Census Bureau", "the Treasury" for "the Treasury Department", "the Fed" for "the Federal Reserve".
INSTITUTION_WORDS = frozenset(
    "bureau department reserve agency office service administration commission committee board council".split()
    # and a company's: "Acme" for "Acme Energy"
    + "energy group company corporation corp. inc. holdings industries partners".split()
)


def _short_form(short: List[str], long: List[str]) -> bool:
    """A one-word name for an institution: its first word, or a clipping of it ("Fed"),
    when the rest of the long name is an institution word."""
    if len(short) != 1 or len(long) != 2 or long[1] not in INSTITUTION_WORDS:
        return False
    word = short[0].rstrip(".")
    return word == long[0] or len(word) >= 3 and long[0].startswith(word)


def _demonym(word: str, country: List[str]) -> bool:
    """Whether a nationality stands for a country: "Saudis" for "Saudi Arabia", "Russians"
    for "Russia"."""
    word = word.lower()
    singular = word[:-1] if word.endswith("s") else word
    first = country[0].lower()
    if len(country) > 1:
        return first == singular and len(country) == 2
    return len(first) >= 4 and singular != first and singular.startswith(first) and len(singular) - len(first) <= 2


def _org_match(a: List[str], b: List[str]) -> bool:
    low_a, low_b = [w.lower() for w in a], [w.lower() for w in b]
    if low_a == low_b:
        return True
    if _acronym(a, b) or _acronym(b, a) or _short_form(low_a, low_b) or _short_form(low_b, low_a):
        return True
    short, long = (low_a, low_b) if len(low_a) < len(low_b) else (low_b, low_a)
    # "The Post" and "The New York Post" or (a newspaper's short form) "The Washington Post"; not "Russia" and
    # "Russian", nor "the House" and "the White House"
    return (len(short) >= 1 and short[-1] == long[-1] and all(w in long for w in short) and len(short) < len(long)
            and (len(long) > 2 or long[-1].capitalize() in PUBLICATION_WORDS))


def _best_match(entities: List[Entity], words: List[str], position: int, kind: str,
                gender: Optional[str] = None) -> Optional[int]:
    matches = [k for k, e in enumerate(entities) if e.kind == kind and e.matches(words)]
    if not matches and len(words) == 1 and kind == "person" and len(words[0]) > 2:
        # no one of that surname: the first of two surnames ("Ms. Castro" for "Ana Castro Ortega")
        matches = [k for k, e in enumerate(entities) if e.kind == kind and len(e.words) > 2
                   and fold(words[0]) in [fold(w) for w in e.words[1:-1]]]
    if not matches:
        return None
    if len(words) == 1 and len(matches) > 1:
        # a surname before a first name: "Obama" is Barack Obama, not the headline's "Obama Speech"
        surnames = [k for k in matches if fold(entities[k].words[-1]) == fold(words[0])]
        matches = surnames or matches
    if gender and all(entities[k].gender not in (None, gender) for k in matches):
        # "Mr. Obama" where the document has named only Michelle Obama: someone else
        return None
    if gender and len(matches) > 1:
        # "Mr. Clinton" is not Hillary Clinton: an honorific excludes people of the other gender
        agree = [k for k in matches if entities[k].gender == gender] or [k for k in matches if entities[k].gender is None]
        matches = agree or matches
    if len(matches) == 1:
        return matches[0]
    def last_before(k):
        before = [s for s, _ in entities[k].mentions if s <= position]
        return max(before) if before else -1
    recent = max(matches, key=last_before)
    if len(words) == 1 and kind == "person" and (last_before(recent) < 0 or position - last_before(recent) > SURNAME_WINDOW):
        # a bare surname shared by several people ("Clinton" with Hillary and Bill Clinton)
        # and none of them just named: the one the text is about so far (most mentions
        # before), on a tie the one introduced first
        # (counting the mentions that write the surname: "Melania" says nothing of "Trump")
        # (a headline before every mention: the one the whole text names most)
        return max(matches, key=lambda k: (sum(s < position for s in entities[k].surnamed), len(entities[k].surnamed),
                                           -min(s for s, _ in entities[k].mentions)))
    # several people share a name and one was just named: that one
    return recent


def _described_as_person(doc: Doc, ent: Span) -> bool:
    """Whether a name is described as a person where it is written: a role noun opening an
    appositive after it ("Lee, head of the ...", "Lee, a retired surgeon,")."""
    if ent.end >= len(doc) or doc[ent.end].text != ",":
        return False
    for token in doc[ent.end + 1 : ent.end + 5]:
        if token.pos_ == "NOUN" and token.lemma_.lower() in ROLE_HEADS:
            return True
        if token.pos_ not in ("DET", "ADJ", "NOUN"):
            break
    return False


def _mislabelled_people(doc: Doc) -> List[Span]:
    """People the recogniser labels an organisation or a place: a name of two or three capitalised
    words ("Ann Lee" tagged ORG) whose surname the document also writes alone, as people's names
    are shortened and organisations' are not, described as a person at one of those mentions;
    with the mentions of the surname alone."""
    spans = [ent for ent in entity_spans(doc) if ent.label_ in ("ORG", "GPE", "FAC")]
    out = []
    for ent in spans:
        words = list(ent)
        if (len(words) not in (2, 3) or words[0].lower_ in TITLES
                or not all(t.pos_ == "PROPN" and t.is_alpha and t.is_title for t in words)
                or words[-1].lower_ in MEDIA_WORDS or words[-1].text in PUBLICATION_WORDS):
            continue
        alone = [other for other in spans if len(other) == 1 and other.text == words[-1].text]
        if alone and any(_described_as_person(doc, span) for span in [ent] + alone):
            out += [ent] + alone
    return list({(span.start, span.end): span for span in out}.values())


def _mislabelled_name(doc: Doc, first: int, last: int) -> bool:
    """Whether tokens first..last are exactly one ORG or FAC entity ending in a known person's
    surname: the recogniser's label for a name it did not know ("Whit Symms" tagged ORG)."""
    if doc[first].ent_iob_ != "B" or doc[first].ent_type_ not in ("ORG", "FAC"):
        return False
    if any(doc[i].ent_iob_ != "I" for i in range(first + 1, last + 1)):
        return False
    return last + 1 >= len(doc) or doc[last + 1].ent_iob_ != "I"


def _expand_surnames(doc: Doc, entities: List[Entity]) -> None:
    """A person the recogniser only found by surname ("Tanden") takes the fuller name the
    document writes elsewhere before that surname ("Neera Tanden"), when the words before
    it are capitalised proper nouns, not titles or places."""
    single = {e.words[0]: e for e in entities if e.kind == "person" and len(e.words) == 1}
    for token in _tokens_spelling(doc, single):
        entity = single.get(token.text)
        if entity is None or len(entity.words) > 1:
            continue
        start = token.i
        while start > 0 and token.i - start < 2:
            prev = doc[start - 1]
            low = prev.lower_
            if (prev.pos_ != "PROPN" or not prev.text[:1].isupper() or low in HONORIFICS or low in TITLES
                    or low in ROLE_HEADS or low in MODIFIERS or low in PORTFOLIO_WORDS or low in HEADLINE_VERBS
                    or prev.ent_type_ in ("GPE", "NORP", "ORG", "DATE") and not _mislabelled_name(doc, prev.i, token.i)
                    or "\n" in prev.text_with_ws):
                break
            start -= 1
        start = _from_first_name(list(doc[start : token.i + 1]))[0].i
        if start < token.i:
            words = [t.text for t in doc[start : token.i + 1]]
            if (entity.gender and first_name_gender(words) not in (None, entity.gender)) or any(
                    e is not entity and e.kind == "person" and [fold(w) for w in e.words] == [fold(w) for w in words]
                    for e in entities):
                continue  # "Michelle Obama" is not the "Mr. Obama" of the document
            entity.set_name(words, doc[start : token.i + 1].text)
            entity.gender = entity.gender or first_name_gender(words)
            if (start, token.i + 1) not in entity.mentions:
                entity.mentions.append((start, token.i + 1))
