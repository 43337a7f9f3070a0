"""The rule strategy of stage 4: role and affiliation of a person from any of its mentions.

Patterns, tried at every mention of the person's name:
- premodifiers: "Russian foreign minister Sergei Lavrov", "US Secretary of State Mike Pompeo",
  "Clinton campaign chairman John Podesta", "Turkey's foreign minister ...";
- appositives and "the Y of Z": "Sergei Lavrov, Russia's foreign minister,",
  "Lavrov, the foreign minister of Russia";
- relative clauses: "X, who heads the Y" → "head" / "Y";
- party-state tags: "Sen. Chuck Schumer (D-N.Y.)".
The mention nearest the person's first quote wins when several state a role.
"""
import re
from typing import List, Optional, Tuple

from spacy.tokens import Doc, Span

from .affiliations import DEMONYMS, normalise_affiliation, party_from_tag

ABBREVIATED_TITLES = {
    "sen.": "senator", "sen": "senator", "gov.": "governor", "gov": "governor", "rep.": "representative",
    "rep": "representative", "lt": "lieutenant", "sec.": "secretary", "pres.": "president", "gen.": "general",
    "lt.": "lieutenant", "col.": "colonel", "adm.": "admiral", "amb.": "ambassador", "atty.": "attorney",
    "supt.": "superintendent", "rev.": "reverend",
}
NOT_ROLES = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir madam longtime embattled veteran outspoken fellow "
    "controversial beleaguered famed billionaire-turned then then- embattled top-ranking so-called".split()
)
MODIFIERS = ("former", "acting", "deputy", "interim", "outgoing", "incoming", "vice", "assistant", "retired", "ex")
ROLE_HEADS = frozenset(
    """president minister secretary senator governor representative congressman congresswoman mayor
    spokesman spokeswoman spokesperson director chairman chairwoman chair manager adviser advisor
    strategist pollster nominee candidate leader speaker chief officer ambassador judge justice
    attorney lawyer host anchor correspondent reporter editor columnist analyst economist professor
    founder ceo executive commissioner general lieutenant colonel admiral aide surrogate counsel
    mate whip chancellor premier king queen prince diplomat envoy official strategist consultant
    organizer organiser activist author researcher scientist fellow historian commentator moderator
    treasurer secretary-general governor-elect president-elect ceo head member delegate superintendent
    sheriff commander prosecutor investigator coordinator producer publisher writer campaigner
    coach councilman councilwoman councillor councilor alderman nurse engineer doctor teacher
    principal chaplain pastor bishop trustee captain sergeant detective officer
    hopeful frontrunner front-runner contender businessman businesswoman mogul comedian salesman
    operative staffer speechwriter neurosurgeon lobbyist blogger banker investor philanthropist
    scholar academic contributor rabbi advocate contractor lady editor-at-large""".split()
)
# Words kept before a role head ("campaign manager", "presumptive presidential nominee",
# "talk radio host"), from the heads' premodifiers in the train annotations; any other
# word before the head ("conservative chat host", "primary rival senator") is dropped.
ROLE_PREMODIFIERS = frozenset(
    """account acting adviser advocacy agent assistant associate attorney base baseball business
    campaign chat chief city communication communications company council cybersecurity deputy
    distinguished district drug economic economics estate executive fast-food financial first foreign
    former government high homeland house in-state labor law media majority minority national newspaper
    plumbing policy political politics president presidential press presumptive prime program public
    radio real refugee research retired rights running securities security senate senior show
    small-business social special state talk talk-show tech tunneling vice vice-presidential visiting
    general lieutenant interim outgoing incoming ex legal managing principal""".split()
)
# Portfolio and department words: "Finance Minister", "Port Director". The recogniser
# often tags them ORG, but they are part of the role, never the affiliation.
PORTFOLIO_WORDS = frozenset(
    """finance foreign defense defence interior justice health education environment environmental
    transport transportation agriculture trade labor labour energy home treasury economy economic
    culture housing commerce industry security homeland state police fire port public press
    communications campaign development immigration veterans"""
    .split()
)
PARTY_TAG = re.compile(r"^\(?\s*([DRI])\s*[-–]\s*[A-Z][A-Za-z. ]*\)?$")


def _role_words(tokens: List) -> Tuple[Optional[str], Optional[str], List[str]]:
    """Split premodifier tokens into (role, affiliation, modifiers)."""
    affiliation_words: List[str] = []
    role_words: List[str] = []
    i = 0
    # leading proper names, demonyms and possessives are the affiliation
    while i < len(tokens):
        token = tokens[i]
        low = token.lower_
        if low in ("'s", "’s"):
            i += 1
            continue
        # capitalised role words ("Foreign Minister") are PROPN too: only entities and demonyms count
        is_name = token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "FAC") or low in DEMONYMS
        if low in PORTFOLIO_WORDS and low not in DEMONYMS and token.ent_type_ not in ("GPE", "NORP"):
            is_name = False
        if is_name and low not in ABBREVIATED_TITLES and low not in ROLE_HEADS and not role_words:
            affiliation_words.append(token.text)
            i += 1
            continue
        break
    for token in tokens[i:]:
        low = token.lower_
        if low in ("'s", "’s"):
            role_words = []  # "the utility's director": a common-noun possessor is not part of the role
            continue
        if low in NOT_ROLES or token.is_punct:
            continue
        # a place, party or organisation inside the role: "former Florida governor",
        # "presumptive Republican presidential nominee", "former CIA director"
        if (token.ent_type_ in ("GPE", "NORP", "ORG") or low in DEMONYMS) and low not in PORTFOLIO_WORDS \
                and low not in ROLE_HEADS and low not in ABBREVIATED_TITLES and "of" not in role_words \
                and "for" not in role_words:
            affiliation_words.append(token.text)
            continue
        role_words.append(ABBREVIATED_TITLES.get(low, low))
    # plural nouns count only as compounds of the head: "fisheries minister", not "voters"
    nouns = {t.lower_ for t in tokens if t.pos_ in ("NOUN", "PROPN") and t.lower_ not in ROLE_HEADS
             and not t.ent_type_ and (t.tag_ not in ("NNS", "NNPS") or t.dep_ == "compound")}
    role_words = _trim_role(role_words, nouns)
    # "campaign" after a person's name belongs to the affiliation: "Clinton campaign chairman"
    if role_words and role_words[0] in ("campaign", "administration", "party") and affiliation_words:
        affiliation_words.append(role_words.pop(0))
    role = " ".join(role_words) if role_words else None
    if role is not None and not any(word in ROLE_HEADS for word in role.replace("-", " ").split() + [role]):
        role = None
    affiliation = normalise_affiliation(" ".join(affiliation_words)) if affiliation_words else None
    modifiers = [w for w in role_words if w in MODIFIERS] if role else []
    return role, affiliation, modifiers


def _trim_role(words: List[str], nouns=frozenset()) -> List[str]:
    """The role noun phrase alone: up to its head (keeping "of"/"for" tails: "secretary of
    state"), cut at "and" after a head, with only role premodifiers before the head."""
    for k, word in enumerate(words):
        if word == "and" and any(w in ROLE_HEADS for w in words[:k]):
            words = words[:k]
            break
    heads = [k for k, w in enumerate(words) if w in ROLE_HEADS or any(p in ROLE_HEADS for p in w.split("-"))]
    if not heads:
        return words
    tail = next((k for k, w in enumerate(words) if w in ("of", "for") and k - 1 in heads), None)
    if tail is not None:
        head, end = tail - 1, min(len(words), tail + 5)
    else:
        head = heads[-1]
        end = head + 1
    start = head
    while start > 0 and (words[start - 1] in ROLE_PREMODIFIERS or words[start - 1] in PORTFOLIO_WORDS
                         or words[start - 1] in MODIFIERS or words[start - 1] in nouns):
        start -= 1
    return words[start:end]


def _premodifier_tokens(doc: Doc, last: int, limit: int = 8) -> List:
    """The noun-phrase words ending at token `last`, walking left to a determiner,
    verb, preposition or punctuation ("Russian foreign minister")."""
    tokens = []
    i = last
    while i >= 0 and last - i < limit:
        token = doc[i]
        low = token.lower_
        if token.is_space or token.is_punct and low not in ("'s", "’s", "-", "."):
            break
        if token.pos_ in ("DET", "VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ", "NUM") and low not in ("of",):
            break
        if low == "of" and not tokens:
            break
        if low in ("says", "warns", "tells", "claims", "adds", "said", "told"):
            break  # a headline verb the tagger took for a name: "..., Warns Maersk"
        tokens.insert(0, token)
        i -= 1
    while tokens and tokens[0].lower_ == "of":
        tokens.pop(0)
    return tokens


def premodifier_role(doc: Doc, mention: Span):
    """Role from the words right before a name: "Russian foreign minister Sergei Lavrov"."""
    tokens = _premodifier_tokens(doc, mention.start - 1)
    # titles inside the entity ("Sen. Schumer", "Treasurer Paul Grant" tagged as one PERSON span)
    for token in mention:
        low = token.lower_
        if low in ABBREVIATED_TITLES or low in ROLE_HEADS or low in MODIFIERS or low in PORTFOLIO_WORDS:
            tokens.append(token)
        else:
            break
    while tokens and tokens[0].lower_ == "of":
        tokens.pop(0)
    if not tokens:
        return None
    return _role_words(tokens)


def preceding_appositive_role(doc: Doc, mention: Span):
    """"Germany's finance minister, Anna Weber," and "the utility's director, Jim Burke": a
    role noun phrase, a comma, then the name."""
    comma = mention.start - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    head = doc[comma - 1]
    if head.lower_ not in ROLE_HEADS or head.pos_ not in ("NOUN", "PROPN"):
        return None
    # the name must be in apposition to the role noun, not the next item of a list
    root = mention.root
    if not (root.dep_ == "appos" and root.head.i == head.i) and not (head.dep_ == "appos" and head.head.i == root.i):
        return None
    tokens = _premodifier_tokens(doc, comma - 1)
    return _role_words(tokens) if tokens else None


def appositive_role(doc: Doc, mention: Span):
    """"Sergei Lavrov, Russia's foreign minister," and "Lavrov, the foreign minister of Russia"."""
    i = mention.end
    if i < len(doc) and doc[i].lower_ in ("'s", "’s"):
        return None
    if i >= len(doc) or doc[i].text != ",":
        return None
    j = i + 1
    tokens = []
    while j < len(doc) and j - i <= 12 and doc[j].text not in (",", ".", ";", ":", ")", "(") and not doc[j].is_space:
        tokens.append(doc[j])
        j += 1
    if not tokens:
        return None
    if tokens[0].lower_ == "who" and len(tokens) > 2 and tokens[1].lemma_ in ("head", "lead", "run", "chair"):
        rest = [t for t in tokens[2:] if t.pos_ != "DET"]
        return "head", normalise_affiliation(" ".join(t.text for t in rest)) if rest else None, []
    if tokens[0].pos_ in ("VERB", "AUX", "PRON", "ADP") or tokens[0].lower_ == "who":
        return None
    while tokens and tokens[0].pos_ == "DET":
        tokens = tokens[1:]
    # "the foreign minister of Russia": the affiliation after "of"
    for k, token in enumerate(tokens):
        if token.lower_ in ("of", "for", "at") and k > 0:
            role, _, modifiers = _role_words(tokens[:k])
            rest = [t for t in tokens[k + 1 :] if t.pos_ != "DET"]
            if role is not None and rest and any(t.pos_ == "PROPN" or t.ent_type_ for t in rest):
                return role, normalise_affiliation(" ".join(t.text for t in rest)), modifiers
            # "a spokesman for the airline": the role without an unnamed organisation
            return role, None, modifiers
    return _role_words(tokens) if tokens else None


def party_tag(doc: Doc, mention: Span):
    """"Chuck Schumer (D-N.Y.)": the party from the tag, the title from before the name."""
    end = min(len(doc), mention.end + 8)
    tail = doc[mention.end : end].text
    match = re.match(r"\s*\(\s*([DRI])\s*[-–]\s*([A-Z][A-Za-z. ]*)\)", tail)
    if not match:
        return None
    return None, party_from_tag(match.group(1), match.group(2)), []


def person_roles(doc: Doc, mentions: List[Span]) -> List[Tuple[int, Optional[str], Optional[str], List[str]]]:
    """Every (position, role, affiliation, modifiers) stated at the given mentions."""
    found = []
    for mention in mentions:
        for pattern in (premodifier_role, appositive_role, preceding_appositive_role, party_tag):
            result = pattern(doc, mention)
            if result is not None and (result[0] or result[1]):
                found.append((mention.start, *result))
    return found
