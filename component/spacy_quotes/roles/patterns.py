"""The rule strategy of stage 4: role and affiliation of a person from any of its mentions.

Patterns, tried at every mention of the person's name:
- premodifiers: "Russian foreign minister Sergei Lavrov", "US Secretary of State Mike Pompeo",
  "Clinton campaign chairman John Podesta", "Turkey's foreign minister ...";
- appositives and "the Y of Z": "Sergei Lavrov, Russia's foreign minister,",
  "Lavrov, the foreign minister of Russia";
- relative clauses: "X, who heads the Y" → "head" / "Y"; "X, an economist who ... is now president of Y";
- party-state tags: "Sen. Chuck Schumer (D-N.Y.)";
- predicates: "Ann Lee is a columnist for X", "Ann Lee, who works as a nurse", "a teacher named Ann Lee";
- groups: "two developers, Ann Lee and Tom Reed", "one of the mayor's closest aides", "actors like Ann Lee
  and Tom Reed", "Among the Ohio senators, Ann Lee ...";
- definite descriptions no mention covers ("the Vermont senator"), given to a person by role_component.
The mention nearest the person's first quote wins when several state a role (role_component says
which kinds win first: the present over the past, an office over a trade or a rank).
"""
import re
from typing import List, Optional, Tuple

import numpy
from spacy.attrs import DEP
from spacy.tokens import Doc, Span

from ..paragraphs import cached, noun_chunks
from .affiliations import CAMPAIGN_STAFF, DEMONYMS, HONORIFICS, PARTIES as PARTY_NAMES, PARTY_WORDS, STATE_ABBREVIATIONS, normalise_affiliation, party_from_tag

ABBREVIATED_TITLES = {
    "sen.": "senator", "sen": "senator", "gov.": "governor", "gov": "governor", "rep.": "representative",
    "rep": "representative", "lt": "lieutenant", "sec.": "secretary", "pres.": "president", "gen.": "general",
    "lt.": "lieutenant", "col.": "colonel", "adm.": "admiral", "amb.": "ambassador", "atty.": "attorney",
    "supt.": "superintendent", "rev.": "reverend", "del.": "delegate", "capt.": "captain", "capt": "captain",
}
# Military ranks: after an office ("Pentagon spokesman Navy Capt. Ann Lee") the office is the role
RANKS = frozenset("captain general colonel lieutenant admiral sergeant major commander".split())
# Plural titles before a list of names ("Senators Ann Lee and Tom Reed"); elsewhere a plural
# ("eager to jab senators") is no one's role
PLURAL_TITLES = {"senators": "senator", "sens.": "senator", "sens": "senator", "reps.": "representative", "govs.": "governor"}
NOT_ROLES = frozenset(
    "mr mr. mrs mrs. ms ms. miss dr dr. sir madam longtime embattled veteran outspoken "
    "controversial beleaguered famed billionaire-turned billionaire then then- embattled top-ranking so-called top rival thing".split()
)
MODIFIERS = ("former", "acting", "deputy", "interim", "outgoing", "incoming", "vice", "assistant", "retired", "ex")
ROLE_HEADS = frozenset(
    """president minister secretary senator governor representative congressman congresswoman mayor
    spokesman spokeswoman spokesperson director chairman chairwoman chair manager adviser advisor
    strategist pollster nominee candidate leader speaker chief officer ambassador judge justice
    attorney lawyer host anchor correspondent reporter editor columnist analyst economist professor
    founder ceo executive commissioner general lieutenant colonel admiral aide surrogate counsel
    mate whip chancellor premier diplomat envoy official strategist consultant
    organizer organiser activist author researcher scientist fellow historian commentator moderator
    treasurer secretary-general governor-elect president-elect ceo head member delegate superintendent
    sheriff commander prosecutor investigator coordinator producer publisher writer campaigner
    coach councilman councilwoman councillor councilor alderman nurse engineer doctor teacher
    principal chaplain pastor bishop trustee captain sergeant detective officer
    hopeful frontrunner front-runner contender businessman businesswoman mogul comedian salesman
    operative staffer speechwriter neurosurgeon lobbyist blogger banker investor philanthropist
    scholar academic contributor rabbi advocate contractor lady editor-at-large
    worker owner expert student actor resident volunteer retiree guard schoolteacher physician
    geophysicist gynecologist developer agent professional committeeman committeewoman canvasser
    co-author donor mega-donor pitcher carrier reverend assistant associate partner veteran""".split()
) | frozenset(
    # school years: "a junior from Dayton", "a high school senior"
    "freshman sophomore junior senior".split()
) | frozenset(
    # common occupations the train annotations happen not to hold
    """journalist photographer filmmaker actress singer musician artist novelist poet playwright
    surgeon physician dentist pharmacist therapist psychiatrist architect accountant farmer rancher
    miner pilot soldier firefighter entrepreneur celebrity environmentalist astronaut interviewer
    psychologist sociologist anthropologist criminologist epidemiologist virologist climatologist
    meteorologist seismologist pathologist radiologist cardiologist neurologist oncologist
    gastroenterologist dermatologist toxicologist geologist biologist archaeologist""".split()
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
    general lieutenant interim outgoing incoming ex legal managing principal conservative liberal secretary""".split()
)
# Portfolio and department words: "Finance Minister", "Port Director". The recogniser
# often tags them ORG, but they are part of the role, never the affiliation.
PORTFOLIO_WORDS = frozenset(
    """finance foreign defense defence interior justice health education environment environmental
    transport transportation agriculture trade labor labour energy home treasury economy economic
    culture housing commerce industry security homeland state police fire port public press
    communications campaign development immigration veterans senate house securities"""
    .split()
)
# Descriptions of someone who is not (yet) what the noun says: "the next president"
HYPOTHETICAL = frozenset("next best eventual future real new first ideal perfect only".split())
# Departments whose secretary is named by the department alone: "Labor Secretary Ann Lee" is
# secretary of the Labor Department ("foreign minister", "press secretary" stay roles)
DEPARTMENTS = frozenset(
    "treasury labor homeland security defense energy commerce agriculture interior education transportation "
    "justice health veterans housing".split()
)
# units of an organisation written in lowercase after its name: "the Acme Eurasian division"
UNITS = frozenset("division council program programme fund unit desk board caucus".split())
ORGANISATION_NOUNS = frozenset("committee department patrol office commission council bureau agency".split())
# offices of one organisation, stated together as one role: "president and chief executive"
OFFICES = frozenset("president chairman chairwoman chair ceo founder co-founder executive officer publisher editor owner".split())
SPOKES = frozenset("spokesman spokeswoman spokesperson aide adviser advisor".split())
POSSESSIVES = ("'s", "’s", "'", "’")
# offices of a chamber's leadership, which say more than the member's title after them
LEADERSHIP = frozenset("speaker leader whip chairman chairwoman chair".split())
# words of a caption or a dateline run into a name: "ImagesRepublican", "PRESSOhio", "10:14PMBuddies"
GLUED = re.compile(r"[a-z]{4,}[A-Z][a-z]{4,}|[A-Z]{4,}[a-z]|\d[A-Z]{2,}[a-z]")


def _role_words(tokens: List, conjoined: bool = False) -> Tuple[Optional[str], Optional[str], List[str]]:
    """Split premodifier tokens into (role, affiliation, modifiers). With `conjoined`, two roles
    joined by "and" stay one role ("president and chief executive")."""
    affiliation_words: List[str] = []
    role_words: List[str] = []
    leading: List[str] = []
    i = 0
    # a capitalised organisation name ending in an organisation noun before the role:
    # "White House press secretary", "House Judiciary Committee Chairman", "Border Patrol expert"
    org_end = max((k for k, t in enumerate(tokens[:-1]) if t.text[:1].isupper() and (
        t.lower_ in ORGANISATION_NOUNS or (t.lower_ == "house" and k and tokens[k - 1].lower_ == "white"))), default=None)
    if org_end is not None and any(t.lower_ in ROLE_HEADS for t in tokens[org_end + 1 :]):
        start = org_end
        while start > 0 and tokens[start - 1].text[:1].isupper() and tokens[start - 1].lower_ not in ABBREVIATED_TITLES \
                and tokens[start - 1].lower_ not in ROLE_HEADS and tokens[start - 1].lower_ not in MODIFIERS:
            start -= 1
        # a status before the name stays with the role: "former White House press secretary"
        if start == 0 or all(t.lower_ in POSSESSIVES or t.ent_type_ or t.lower_ in DEMONYMS or t.lower_ in MODIFIERS
                             for t in tokens[:start]):
            affiliation_words = [t for t in tokens[: org_end + 1] if t.lower_ not in POSSESSIVES and t.lower_ not in MODIFIERS]
            leading = [t.lower_ for t in tokens[:start] if t.lower_ in MODIFIERS]
            i = org_end + 1
    # leading proper names, demonyms and possessives are the affiliation
    while i < len(tokens):
        token = tokens[i]
        low = token.lower_
        if low in POSSESSIVES or low in ("mr.", "mrs.", "ms.", "mr", "mrs", "ms") and i + 1 < len(tokens) \
                and tokens[i + 1].ent_type_ == "PERSON":
            i += 1  # "Mr. Trump's campaign chairman": the honorific is not the affiliation
            continue
        # capitalised role words ("Foreign Minister") are PROPN too: only entities and demonyms count
        is_name = token.ent_type_ in ("GPE", "NORP", "ORG", "PERSON", "FAC") or low in DEMONYMS
        if low in PORTFOLIO_WORDS and low not in DEMONYMS and token.ent_type_ not in ("GPE", "NORP"):
            is_name = False
        if _titled_premodifier(token, tokens):
            is_name = False
        # an untagged capitalised name before the role: "Pfizer chief executive", a surname the
        # document tags elsewhere, here taken for a noun: "Lee lawyer Tom Reed", and a committee's
        # short name before its chairman: "Oversight Chairman Ann Lee"
        committee = token.pos_ == "NOUN" and i + 1 < len(tokens) and tokens[i + 1].lower_ in LEADERSHIP - {"speaker"} \
            and tokens[i + 1].text[:1].isupper() and not token.is_sent_start
        if (token.pos_ == "PROPN" or committee or token.text in _surnames(token.doc)) and token.text[:1].isupper() and any(t.lower_ in ROLE_HEADS for t in tokens[i + 1 :]) \
                and low not in ROLE_PREMODIFIERS and low not in ROLE_HEADS \
                and low not in PORTFOLIO_WORDS and low not in MODIFIERS and low not in NOT_ROLES:
            is_name = True
        # an untagged capitalised name in the possessive: "Breitbart News' Ann Lee"
        owner = next((k for k in range(i + 1, len(tokens)) if tokens[k].lower_ in POSSESSIVES), None)
        if owner is not None and (owner == len(tokens) - 1 or any(t.lower_ in ROLE_HEADS for t in tokens[owner:])) and all(t.pos_ == "PROPN" and t.text[:1].isupper() and t.lower_ not in ROLE_HEADS
                                     and t.lower_ not in ABBREVIATED_TITLES and t.lower_ not in PORTFOLIO_WORDS
                                     for t in tokens[i:owner]):
            is_name = True
        if is_name and low not in ABBREVIATED_TITLES and low not in ROLE_HEADS and not _plural_title(token) and not role_words:
            affiliation_words.append(token)
            i += 1
            continue
        break
    glue = False
    gap = 0
    for token in tokens[i:]:
        low = token.lower_
        if token.text == "-" and not token.whitespace_ and token.i > 0 and not token.doc[token.i - 1].whitespace_ and role_words:
            glue = True  # "co-author", "small-business owner": one word as written
            continue
        if glue and not token.is_punct:
            glue = False
            if low == "turned":
                role_words = []  # "staffer-turned-legal assistant": what the person became
                continue
            role_words[-1] += "-" + ABBREVIATED_TITLES.get(low, low)
            continue
        glue = False
        if low in POSSESSIVES:
            role_words = []  # "the utility's director": a common-noun possessor is not part of the role
            continue
        # "veteran" is a status before a role noun ("a veteran pollster") and a role as the head ("a
        # veteran of the Navy", "coal industry veterans")
        status = low in NOT_ROLES and not (low in ROLE_HEADS and not any(t.i > token.i and t.pos_ == "NOUN" for t in tokens))
        if status or token.is_punct or (low == "fellow" and token.pos_ == "ADJ"):
            continue  # "fellow Republican" is no role; "a senior fellow" is
        if low in ROLE_HEADS and token.pos_ == "ADJ" and token.dep_ == "amod" and token.head.i > token.i and token.head in tokens \
                and not any(t.lower_ in ROLE_HEADS for t in tokens if t.i >= token.head.i):
            continue  # a role word describing the noun that heads the phrase: "her chief rival" ("chief executive" stays)
        # a place, party or organisation inside the role: "former Florida governor",
        # "presumptive Republican presidential nominee", "former CIA director"
        if token.ent_type_ == "PERSON" and low not in ROLE_HEADS and low not in ABBREVIATED_TITLES and role_words \
                and not (token.i + 1 < len(token.doc) and token.doc[token.i + 1].lower_ == "administration"
                         and all(w in MODIFIERS for w in role_words)):
            continue  # a name inside the role is someone else's: "former Tom Reed speechwriter"
        if token.ent_type_ == "PERSON" and role_words and low not in ROLE_HEADS and low not in ABBREVIATED_TITLES:
            affiliation_words.append(token)  # "a former Bush administration official"
            continue
        if (token.ent_type_ in ("GPE", "NORP", "ORG") or low in DEMONYMS) and low not in PORTFOLIO_WORDS \
                and low not in ROLE_HEADS and low not in ABBREVIATED_TITLES and "of" not in role_words \
                and "for" not in role_words and not _titled_premodifier(token, tokens):
            affiliation_words.append(token)
            if not any(w in ROLE_HEADS for w in role_words):
                gap = len(role_words)  # between premodifiers and the head
            continue
        role_words.append(ABBREVIATED_TITLES.get(low) or _plural_title(token) or _one_of(token) or low)
    # before a party or place inside the role only a status stays: "a former state GOP chair" →
    # "former chair", "a national Democratic pollster" → "pollster"
    role_words = [w for k, w in enumerate(role_words) if k >= gap or w in MODIFIERS or w in ROLE_HEADS
                  or w == "presumptive"]
    role_words = leading + role_words if role_words else role_words
    # plural nouns count only as compounds of the head: "fisheries minister", not "voters"
    # nor the body the role belongs to: "panel chairman" is the chairman of a panel
    nouns = {t.lower_ for t in tokens if t.pos_ in ("NOUN", "PROPN") and t.lower_ not in ROLE_HEADS
             and not t.ent_type_ and (t.tag_ not in ("NNS", "NNPS") or t.dep_ == "compound")
             and t.lower_ not in ORGANISATION_NOUNS | {"panel"}}
    # an adjective of such a noun makes one compound with it, no evaluation of the person: "civil rights
    # lawyer", "high school senior" (not "top adviser")
    nouns |= {t.lower_ for t in tokens if t.pos_ == "ADJ" and t.head.lower_ in nouns - NOT_ROLES and t.head.dep_ == "compound"
              and t.head.i == t.i + 1}
    # an office, then a service and a rank: "Pentagon spokesman Navy Capt." → "spokesman" of the
    # Pentagon ("attorney general", "lieutenant general" are one title)
    rank = next((t for t in reversed(tokens) if ABBREVIATED_TITLES.get(t.lower_, t.lower_) in ROLE_HEADS), None)
    if rank is not None and ABBREVIATED_TITLES.get(rank.lower_, rank.lower_) in RANKS and rank.i > tokens[0].i:
        office = next((t for t in reversed(tokens) if t.i < rank.i - 1 and t.lower_ in ROLE_HEADS
                       and t.lower_ not in RANKS and t.lower_ not in ABBREVIATED_TITLES), None)
        if office is not None and office.lower_ in role_words \
                and all(t.ent_type_ or t.is_punct for t in tokens if office.i < t.i < rank.i):
            k = max(n for n, w in enumerate(role_words) if w == office.lower_)
            role_words = role_words[: k + 1]
            affiliation_words = [t for t in affiliation_words if t.i < office.i]
    role_words = _trim_role(role_words, nouns, conjoined)
    # a second item after "and" that is no role is not part of this one, nor are its names: "a former
    # NAACP leader and a Sanders supporter" (but "lobbyist and GOP strategist")
    cut = next((t.i for k, t in enumerate(tokens) if t.lower_ == "and" and k >= i
                and any(u.lower_ in ROLE_HEADS for u in tokens[i:k])
                and not any(u.lower_ in ROLE_HEADS for u in tokens[k + 1 :])), None)
    if cut is not None and "and" not in role_words:
        # a party stays: "the student from Ohio and a Republican"
        affiliation_words = [t for t in affiliation_words if t.i < cut or t.lower_ in PARTY_WORDS]
    # two roles, the first kept: its place or party, not the second's ("the former Florida governor
    # and a Republican presidential candidate" → Florida)
    second = next((t.i for k, t in enumerate(tokens) if t.lower_ == "and" and k >= i
                   and any(u.lower_ in ROLE_HEADS for u in tokens[i:k])
                   and any(u.lower_ in ROLE_HEADS for u in tokens[k + 1 :])), None)
    if cut is None and second is not None and "and" not in role_words \
            and any(t.i < second for t in affiliation_words) and any(t.i > second for t in affiliation_words):
        affiliation_words = [t for t in affiliation_words if t.i < second]
    department = _department(tokens)
    if department and role_words and role_words[-1] == "secretary" and not affiliation_words:
        role_words = [w for w in role_words if w in MODIFIERS] + ["secretary"]
        return " ".join(role_words), department, [w for w in role_words if w in MODIFIERS]
    # "campaign" after a person's name belongs to the affiliation: "Clinton campaign chairman"
    affiliation_text = _join(affiliation_words)
    # after a status too: "a former Bush administration official" → "former official"
    first = next((n for n, w in enumerate(role_words) if w not in MODIFIERS), None)
    if first is not None and role_words[first] in ("campaign", "administration", "party") and affiliation_words \
            and (first == 0 or role_words[first] != "campaign"):
        # "Clinton campaign spokesman" → "spokesman"; "campaign manager" and "campaign
        # chairman" are roles of their own (the train annotations write them so)
        affiliation_text += " " + role_words[first]
        if role_words[first] != "campaign" or role_words[-1] in SPOKES or len(role_words) == 1:
            role_words.pop(first)
    role = " ".join(role_words) if role_words else None
    if role is not None and not any((word in ROLE_HEADS or any(p in ROLE_HEADS for p in word.split("-")))
                                    and not _general_election(role_words, k) for k, word in enumerate(role_words)):
        role = None
    affiliation = normalise_affiliation(affiliation_text) if affiliation_words else None
    modifiers = [w for w in role_words if w in MODIFIERS] if role else []
    return role, affiliation, modifiers


def _titled_premodifier(token, tokens: List) -> bool:
    """Whether a capitalised role premodifier that the recogniser ran into the organisation's name
    starts the role: "the Acme Council National Executive Director" (not "the Republican National
    Committee chairman")."""
    rest = [t for t in tokens if t.i > token.i]
    return token.lower_ in ROLE_PREMODIFIERS and token.lower_ not in DEMONYMS and token.ent_type_ not in ("GPE", "NORP") \
        and bool(rest) and all(t.lower_ in ROLE_HEADS | ROLE_PREMODIFIERS for t in rest)

def _surnames(doc: Doc) -> frozenset:
    """The last words of the document's PERSON entities: "Lee" for "Ann Lee"."""
    return cached(doc, "role_surnames", lambda: frozenset(e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1))


def _department(tokens: List) -> Optional[str]:
    """"Labor Department" for the capitalised department before "Secretary": "Labor Secretary",
    "Homeland Security Deputy Secretary"."""
    end = next((k for k, t in enumerate(tokens) if t.lower_ == "secretary"), None)
    if end is None:
        return None
    k = end
    while k > 0 and tokens[k - 1].lower_ in MODIFIERS:
        k -= 1
    start = k
    while start > 0 and tokens[start - 1].lower_ in DEPARTMENTS and tokens[start - 1].text[:1].isupper():
        start -= 1
    if start == k:
        return None
    return " ".join(t.text for t in tokens[start:k]) + " Department"


def _plural_title(token) -> Optional[str]:
    """"senator" for a capitalised "Senators" right before a name."""
    following = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    if following is not None and following.text == "." and token.i + 2 < len(token.doc):
        following = token.doc[token.i + 2]  # "Sens" "." "Ann Lee"
    if token.lower_ in PLURAL_TITLES and token.text[:1].isupper() and following is not None \
            and following.ent_type_ == "PERSON":
        return PLURAL_TITLES[token.lower_]
    return None


def _one_of(token) -> Optional[str]:
    """"aide" for the plural "aides" of one member of a group: "one of the closest aides", "two
    developers, Ann Lee and Tom Reed", "actors like Ann Lee and Tom Reed" (see group_role)."""
    if token.tag_ != "NNS" or token.lemma_.lower() not in ROLE_HEADS:
        return None
    prep = token.head
    if prep.lower_ == "of" and prep.head.lower_ == "one" and prep.head.i < token.i or prep.lower_ == "among" and prep.is_sent_start:
        return token.lemma_.lower()
    doc = token.doc
    after = doc[token.i + 1 : token.i + 4]
    if after and after[0].lower_ in (",", ":", "including", "like", "such") and any(t.ent_type_ == "PERSON" for t in after[1:]):
        return token.lemma_.lower()
    return None


def _join(tokens: List) -> str:
    """Tokens as the document writes them ("AFL-CIO", not "AFL - CIO")."""
    text = ""
    for k, token in enumerate(tokens):
        if k and tokens[k - 1].i == token.i - 1:
            text += tokens[k - 1].whitespace_ + token.text
        else:
            text += (" " if text else "") + token.text
    return text


def _trim_role(words: List[str], nouns=frozenset(), conjoined: bool = False) -> List[str]:
    """The role noun phrase alone: up to its head (keeping "of"/"for" tails: "secretary of
    state"), cut at "and" after a head, with only role premodifiers before the head. With
    `conjoined`, "and" between two offices keeps both: an appositive "the president and chief
    executive" states one role ("a former chairman and presidential candidate" two)."""
    for k, word in enumerate(words):
        if word == "and" and any(w in ROLE_HEADS for w in words[:k]):
            if conjoined and k + 1 < len(words) and words[k - 1] in ROLE_HEADS and words[k + 1] in ROLE_HEADS | ROLE_PREMODIFIERS:
                second = _trim_role(words[k + 1 :], nouns)
                if second and second[0] == words[k + 1] and any(w in ROLE_HEADS for w in second) \
                        and words[k - 1] in OFFICES and second[-1] in OFFICES:
                    return _trim_role(words[:k], nouns) + ["and"] + second
            words = words[:k]
            break
    heads = [k for k, w in enumerate(words) if (w in ROLE_HEADS or any(p in ROLE_HEADS for p in w.split("-")))
             and not _general_election(words, k)]
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


def _general_election(words: List[str], k: int) -> bool:
    """"general" of "general election" is no rank."""
    return words[k] == "general-election" or words[k] == "general" and k + 1 < len(words) and words[k + 1] == "election"


def _premodifier_tokens(doc: Doc, last: int, limit: int = 8) -> List:
    """The noun-phrase words ending at token `last`, walking left to a determiner,
    verb, preposition or punctuation ("Russian foreign minister")."""
    if last > 0 and doc[last].is_quote and doc[last].text not in POSSESSIVES and doc[last - 1].lower_ in ROLE_HEADS:
        last -= 1  # a title in quotation marks, up to the opening one: its “national enterprise reporter” Ann Lee
    tokens = []
    i = last
    while i >= 0 and last - i < limit:
        token = doc[i]
        low = token.lower_
        if token.text == "." and i > 0 and not doc[i - 1].whitespace_ \
                and (doc[i - 1].lower_ in ABBREVIATED_TITLES or doc[i - 1].lower_ in PLURAL_TITLES):
            i -= 1  # a title the tokenizer split from its full stop: "Lt" "." "Gov.", "Sens" "."
            continue
        if token.is_space and "\n" not in token.text:
            i -= 1  # a non-breaking or double space inside the phrase: "Gov.\xa0Ann Lee"
            continue
        if token.is_space or token.is_punct and low not in POSSESSIVES + ("-", ".") or token.text == ".":
            break  # a lone "." ends the sentence before: "... to be president. Mr. Khan"
        if low == "-" and token.whitespace_ and i > 0 and doc[i - 1].whitespace_:
            break  # a spaced dash, not a hyphen, ends a dateline: "BOSTON - Ann Lee"
        if low == "and" and i > 0 and doc[i - 1].lower_ in ROLE_HEADS | PORTFOLIO_WORDS \
                and (any(t.lower_ in ROLE_HEADS and t.is_lower for t in tokens)
                     # or a description no role word heads: "the Acme host and former TV personality Ann Lee"
                     or tokens and tokens[-1].is_lower and tokens[-1].pos_ == "NOUN" and tokens[-1].tag_ == "NN"
                     and doc[i - 1].is_lower and doc[i - 1].lower_ in ROLE_HEADS):
            # two roles before one name: "former governor and presidential candidate Ann Lee";
            # the first stated is kept (see _trim_role). Not two people: "the president and Mrs. Lee"
            tokens.insert(0, token)
            i -= 1
            continue
        if low == "and" and i > 1 and doc[i - 1].lower_ in ROLE_HEADS and doc[i - 2].lower_ in MODIFIERS \
                and (i == 2 or doc[i - 3].is_punct or doc[i - 3].is_space or doc[i - 3].pos_ == "DET") and tokens:
            # a status before two roles holds for both: "Former prosecutor and Dayton Mayor Ann Lee"
            tokens.insert(0, doc[i - 2])
            break
        if low == "the" and i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in LEADERSHIP:
            tokens.insert(0, token)  # "Speaker of the House Rep. Ann Lee"
            i -= 1
            continue
        if token.pos_ in ("DET", "VERB", "AUX", "ADP", "PRON", "CCONJ", "SCONJ", "NUM") and low not in ("of",) \
                and not (token.pos_ == "VERB" and (low in ROLE_HEADS or low in MODIFIERS or low in ROLE_PREMODIFIERS)):
            # "said engineer Paul Grant", a capitalised "Presumptive" tagged as a verb
            break
        if low == "of" and not tokens:
            break
        if low in ("says", "warns", "tells", "claims", "adds", "said", "told"):
            break  # a headline verb the tagger took for a name: "..., Warns Maersk"
        tokens.insert(0, token)
        i -= 1
    while tokens and tokens[0].lower_ == "of":
        tokens.pop(0)
    # "of" inside a title ("Secretary of State Ann Lee"), else the words before it are no title:
    # "the dressing-down of Acme Radio's Ann Lee"
    of = max((k for k, t in enumerate(tokens) if t.lower_ == "of"), default=None)
    if of is not None and not any(ABBREVIATED_TITLES.get(t.lower_, t.lower_) in ROLE_HEADS for t in tokens[:of]):
        tokens = tokens[of + 1 :]
    return tokens


def _possessor_campaign(doc: Doc, first: int, found):
    """Campaign staff named after "his"/"her": "Her campaign manager, Ann Lee" works for the person
    named last before, by the surname (role_component turns a known surname into "X campaign")."""
    if found is None or not found[0] or found[1] is not None or first < 1 \
            or doc[first - 1].lower_ not in ("his", "her") or found[0].split()[-1] not in CAMPAIGN_STAFF:
        return found
    before = [ent for ent in doc.ents if ent.label_ == "PERSON" and ent.end <= first - 1]
    if not before:
        return found
    # the pronoun refers to the topic, a subject or possessor of the sentence before, rather
    # than a later object: "Lee's tone was milder than her staff's, who criticised Cruz. Her aide, ..."
    previous = doc[first - 1].sent.start
    previous = doc[previous - 1].sent.start if previous > 0 else previous
    topics = [ent for ent in before if ent.start >= previous and ent.root.dep_ in ("nsubj", "nsubjpass", "poss")]
    surname = [t for t in (topics or before)[-1] if t.lower_ not in POSSESSIVES][-1:]
    return (found[0], surname[0].text, found[2]) if surname else found


def _list_title(doc: Doc, mention: Span) -> List:
    """The plural title before a list of names that holds this one, not the first: "Sens. Ann Lee
    (D-Mont.) and Tom Reed" → the "Sens." token for Tom Reed; else []."""
    i = mention.start - 1
    if i < 1 or doc[i].lower_ not in ("and", ","):
        return []
    inside = False
    while i >= 0 and mention.start - i < 30:
        token = doc[i]
        if token.text == ")":
            inside = True
        elif token.text == "(":
            inside = False
        elif not inside and token.ent_type_ != "PERSON" and token.lower_ not in ("and", ",") \
                and not (token.text == "." and i > 0 and doc[i - 1].lower_ in PLURAL_TITLES):
            return [token] if _plural_title(token) else []
        i -= 1
    return []


def premodifier_role(doc: Doc, mention: Span):
    """Role from the words right before a name: "Russian foreign minister Sergei Lavrov"."""
    tokens = _premodifier_tokens(doc, mention.start - 1) or _list_title(doc, mention)
    # titles inside the entity ("Sen. Schumer", "Treasurer Paul Grant" tagged as one PERSON span);
    # the last word is the name ("Justice" is Ann Justice, not a justice)
    for token in mention[:-1]:
        low = token.lower_
        if low in ABBREVIATED_TITLES or low in ROLE_HEADS or low in MODIFIERS or low in PORTFOLIO_WORDS \
                or _plural_title(token):
            tokens.append(token)
        else:
            break
    while tokens and tokens[0].lower_ == "of":
        tokens.pop(0)
    bare = [t for t in tokens if t.lower_ not in NOT_ROLES]
    if bare and bare[-1].lower_ in ("of", "for"):
        return None  # the name is the object: "the chairman of Mrs. Lee's campaign"
    if not tokens:
        return None
    # an office before the member's title: "Speaker of the House Rep. Ann Lee" → the office
    if len(tokens) > 1 and ABBREVIATED_TITLES.get(tokens[-1].lower_) in ("representative", "senator") \
            and any(t.lower_ in LEADERSHIP for t in tokens[:-1]):
        office = _role_words(tokens[:-1])
        if office[0]:
            return _possessor_campaign(doc, tokens[0].i, office)
    return _possessor_campaign(doc, tokens[0].i, _role_words(tokens))


def group_role(doc: Doc, mention: Span):
    """The role of a group named by a list of names that holds this one: "two developers, Ann Lee
    and Tom Reed", "Republican hopefuls: Ann Lee, Tom Reed and Jo Ray", "some Democrats, including
    Senator Ann Lee", "celebrities like Ann Lee and Tom Reed" → the singular role and the party. Not one
    example ("developers like Mr. Lee") nor a name that starts a clause ("after meeting other leaders, Lee proposed")."""
    def item(token) -> bool:
        return token.ent_type_ == "PERSON" or token.pos_ == "PROPN" and token.text[:1].isupper() \
            or token.lower_ in ABBREVIATED_TITLES or token.text in (",", "!", ".") or token.lower_ == "and" \
            or token.is_lower and token.pos_ in ("NOUN", "ADJ") and token.i + 1 < len(doc) and doc[token.i + 1].ent_type_ == "PERSON"
    i = mention.start - 1
    while i > 0 and mention.start - i < 40 and item(doc[i]):
        i -= 1
    end = mention.end
    while end < len(doc) and end - mention.end < 40 and item(doc[end]) and doc[end].text != ".":
        end += 1
    listed = any(t.lower_ == "and" for t in doc[i + 1 : end]) or mention.end < len(doc) and doc[mention.end].text == ","
    example = doc[i].lower_ == "like" or doc[i].lower_ == "as" and doc[i - 1].lower_ == "such"
    if doc[i].lower_ == "including":
        i -= 2 if doc[i - 1].text == "," else 1
    elif example and sum(t.ent_iob_ == "B" and t.ent_type_ == "PERSON" for t in doc[i + 1 : end]) > 1 \
            and any(t.lower_ == "and" for t in doc[i + 1 : end]):
        # a list of examples names the members: "celebrities like Ann Lee, Jo Ray and Tom Reed"
        i -= 1 if doc[i].lower_ == "like" else 2
        i -= 1 if doc[i].text == "," else 0
    elif doc[i].text == ":" or i + 1 < mention.start and doc[i + 1].text == ",":
        i -= 1 if doc[i].text == ":" else 0
        if not listed:
            return None
    else:
        return None
    group = doc[i]
    if group.tag_ not in ("NNS", "NNPS") or not (group.lemma_.lower() in ROLE_HEADS or group.lower_.rstrip("s") in PARTY_WORDS):
        return None
    tokens = _premodifier_tokens(doc, group.i)
    return _role_words(tokens) if tokens else None


def among_role(doc: Doc, mention: Span):
    """"Among the most vulnerable GOP senators, Ann Lee has ...": the subject is one of the group that
    starts its sentence."""
    if mention.root.dep_ != "nsubj" or doc[mention.sent.start].lower_ != "among":
        return None
    comma = next((t for t in mention.sent if t.text == ","), None)
    if comma is None or comma.i >= mention.start or doc[comma.i - 1].tag_ != "NNS" \
            or not all(t.ent_type_ == "GPE" or t.lower_ in POSSESSIVES for t in doc[comma.i + 1 : mention.start]):
        return None  # only a place may come between: "..., Ohio's Ann Lee"
    tokens = _premodifier_tokens(doc, comma.i - 1)
    return _role_words(tokens) if tokens else None


def preceding_appositive_role(doc: Doc, mention: Span):
    """"Germany's finance minister, Anna Weber," and "the utility's director, Jim Burke": a
    role noun phrase, a comma, then the name."""
    comma = mention.start - 1
    if comma < 1 or doc[comma].text != ",":
        return None
    head = doc[comma - 1]
    root = mention.root
    # a prepositional tail between the role noun and the comma: "the editor in chief, Ann Lee,"
    # and "an attorney for the company, Ann Lee,"
    governor = root.head
    if root.dep_ == "appos" and governor.lower_ not in ROLE_HEADS and governor.dep_ == "pobj" \
            and governor.head.head.lower_ in ROLE_HEADS and governor.head.head.i < governor.head.i:
        governor = governor.head.head  # parsed as apposition to "book" in "the author of the book, Ann Lee"
    if root.dep_ == "appos" and governor.lower_ in ROLE_HEADS and governor.pos_ == "NOUN" \
            and 1 < comma - governor.i <= 5 and doc[governor.i + 1].lower_ in ("in", "for", "of", "at") \
            and not any(t.is_punct for t in doc[governor.i + 1 : comma]):
        tokens = _premodifier_tokens(doc, governor.i) + list(doc[governor.i + 1 : comma])
        while tokens and (tokens[0].pos_ == "DET" or tokens[0].tag_ == "PRP$"):
            tokens = tokens[1:]
        return _noun_phrase_role(tokens) if tokens else None
    if head.lower_ not in ROLE_HEADS or head.pos_ not in ("NOUN", "PROPN"):
        return None
    # the name must be in apposition to the role noun, not the next item of a list
    # or set off by a second comma when the parser missed it: "Acme's chief executive, Ann Lee, called"
    framed = mention.end + 1 < len(doc) and doc[mention.end].text == "," and doc[mention.end + 1].lower_ not in ("and", "or") \
        and head.tag_ == "NN" and not any(t.ent_type_ == "PERSON" for t in doc[max(0, comma - 6) : comma])
    if not (root.dep_ == "appos" and root.head.i == head.i) and not (head.dep_ == "appos" and head.head.i == root.i) and not framed:
        return None
    tokens = _premodifier_tokens(doc, comma - 1)
    return _possessor_campaign(doc, tokens[0].i, _role_words(tokens)) if tokens else None


def appositive_role(doc: Doc, mention: Span):
    """"Sergei Lavrov, Russia's foreign minister," and "Lavrov, the foreign minister of Russia"."""
    i = mention.end
    if i < len(doc) and doc[i].lower_ in ("'s", "’s"):
        return None
    # past the place after the name: "Ann Lee of Ohio, a Republican,"
    if i + 1 < len(doc) and doc[i].lower_ == "of" and doc[i + 1].ent_type_ == "GPE":
        i += 1
        while i < len(doc) and doc[i].ent_type_ == "GPE":
            i += 1
    if i >= len(doc) or doc[i].text not in (",", "—", "–", "--"):
        return None
    # an age between the name and the appositive: "Ann Lee, 21, a student"
    if i + 2 < len(doc) and doc[i + 1].like_num and doc[i + 2].text == ",":
        i += 2
        # and the home town: "Ann Lee, 32, of Dayton, an engineer"
        k = i + 2
        if i + 2 < len(doc) and doc[i + 1].lower_ == "of" and doc[k].ent_type_ == "GPE":
            while k < len(doc) and doc[k].ent_type_ == "GPE":
                k += 1
            if k < len(doc) and doc[k].text == ",":
                i = k
    j = i + 1
    tokens = []
    # a quote mark ends it: "... like Barack,” said Ann Lee" is no appositive
    while j < len(doc) and j - i <= 12 and doc[j].text not in (",", ".", ";", ":", ")", "(", "—", "–", "--") \
            and not (doc[j].is_space and "\n" in doc[j].text) and not (doc[j].is_quote and doc[j].lower_ not in POSSESSIVES) \
            and not (tokens and doc[j].lower_ in ("who", "whose", "which") and tokens[0].lower_ not in ("who",)):
        tokens.append(doc[j])
        j += 1
        # a town and its state set off by commas before the role: "a Dayton, Ohio, nurse" (not "the mayor
        # of Dayton, Ohio, also said")
        if tokens[-1].ent_type_ == "GPE" and j + 3 < len(doc) and doc[j].text == "," and doc[j + 2].text == "," \
                and (doc[j + 1].text.strip(".").lower() in STATE_ABBREVIATIONS or doc[j + 1].ent_type_ == "GPE") \
                and doc[j + 3].is_lower and (doc[j + 3].lower_ in ROLE_HEADS or doc[j + 3].pos_ in ("NOUN", "ADJ")):
            tokens.append(doc[j + 1])
            j += 3
    # a name the limit cut runs to its end: "... senior fellow at the Urban-Brookings Tax Policy Center"
    while tokens and j < len(doc) and j - i <= 20 and tokens[-1].text[:1].isupper() \
            and (doc[j].text[:1].isupper() and doc[j].pos_ == "PROPN" or doc[j].text == "-" and not doc[j].whitespace_):
        tokens.append(doc[j])
        j += 1
    tokens = [t for t in tokens if not t.is_space]
    if not tokens:
        return None
    # a relative clause after the appositive states the present role: "Ann Lee, an economist who
    # served as director of X and is now president of Y" → president of Y
    if tokens[0].lower_ not in ("who", "whose", "which") and j < len(doc) and doc[j].lower_ == "who":
        found = current_role(doc, j)
        if found is not None:
            return found
        # and so does a copula, a retirement or a founding: "an economist who is the director of X", "a
        # veteran of the CIA who retired as acting director", "an adoptee who founded X" (not an activity:
        # "a strategist who serves as a delegate", "a former official who runs Acme Strategies")
        clause = list(doc[j : min(len(doc), j + 14)])
        clause = clause[: next((n for n, t in enumerate(clause) if t.text in (",", ".", ";", ":", "(", ")", "—", "–", "--")
                                or t.is_quote or "\n" in t.text), len(clause))]
        if len(clause) > 2 and clause[1].lower_ in ("is", "retired", "founded", "co-founded"):
            found = relative_role(clause)
            if found is not None and found[0]:
                if found[1] is None:  # the body the appositive names: "a veteran of the CIA who retired as director"
                    own = _noun_phrase_role(tokens[1:] if tokens[0].pos_ == "DET" else tokens)
                    found = (found[0], own[1] if own else None, found[2])
                return found
        # a present activity at a named body gives the affiliation: "an economist who now teaches
        # at Acme University" (not a past one: "who covered Congress for Acme News")
        verb = next((t for t in clause[1:3] if t.pos_ == "VERB"), None)
        if verb is not None and verb.tag_ == "VBZ" and all(t.pos_ == "ADV" for t in clause[1 : verb.i - j]):
            rest = list(doc[verb.i + 1 : min(len(doc), verb.i + 20)])  # the body's full name past the clause limit
            place = later_organisation(rest[: next((n for n, t in enumerate(rest) if t.is_punct or "\n" in t.text), len(rest))])
            own = _noun_phrase_role(tokens[1:] if tokens[0].pos_ == "DET" else tokens)
            if place is not None and own is not None and own[0] and own[1] is None:
                return own[0], place, own[2]
    after_name = next((t for t in tokens if t.ent_type_ != "PERSON"), None)
    if tokens[0].ent_type_ == "PERSON" and (after_name is None or after_name.lower_ == "and"):
        return None  # the next name of a list: "Ann Lee, Bill Hale and Tom Reed" (not "Tom Reed's aide")
    if tokens[0].lower_ == "who":
        # "who was a co-chair of X and is one of the Y vice chairs": the present one
        found = conjoined_present_role(doc, tokens[0].head) if tokens[0].dep_ == "nsubj" else None
        return found or relative_role(tokens)
    # a clause or a list goes on after the comma: "Ann Lee, 43 said the same for Tom Reed"
    if employer(tokens) is not None:
        return employer(tokens)  # "Ann Lee, 55, has worked at Acme Corp."
    if tokens[0].pos_ in ("VERB", "AUX", "ADP", "NUM", "CCONJ", "SCONJ") and tokens[0].lower_ != "one" or tokens[0].pos_ == "PRON" and tokens[0].tag_ != "PRP$" \
            or tokens[0].pos_ == "ADV" and len(tokens) > 1 and tokens[1].pos_ == "VERB":  # ", implicitly putting"
        return None
    # the subject of the next clause, not an appositive: "... blamed Ann Lee, the nominee had to explain"
    subject = next((t for t in tokens if t.dep_ in ("nsubj", "nsubjpass") and t.left_edge.i == tokens[0].i), None)
    if subject is not None and mention.end == i and _closes_clause(doc[mention.end - 1], subject):
        return None
    while tokens and (tokens[0].pos_ == "DET" or tokens[0].tag_ == "PRP$"):
        tokens = tokens[1:]  # "a", "the", "its" (its chief executive)
    return _noun_phrase_role(tokens) if tokens else None


def relative_role(tokens: List):
    """The role a relative clause states (`tokens` start at "who"): "who is a nurse", "who heads the
    Acme Fund", "who served as an adviser" (a former one), "who founded Acme"."""
    if len(tokens) > 2 and tokens[1].lemma_ in ("head", "lead", "run", "chair"):
        if tokens[1].tag_ != "VBZ":
            return None  # "who led United States forces": not a head now
        # a candidate's effort is no office: "who runs Lee's get-out-the-vote effort" → the campaign
        owner = next((n for n in range(3, min(len(tokens), 6)) if tokens[n].lower_ in POSSESSIVES), None)
        if owner is not None and all(t.ent_type_ == "PERSON" for t in tokens[2:owner]):
            return None, f"{tokens[owner - 1].text} campaign", []
        # the organisation's name, not the rest of the clause
        name = name_phrase(tokens[2:])
        return "head", normalise_affiliation(name) if name else None, []
    if len(tokens) > 2 and tokens[1].lower_ in ("founded", "co-founded"):
        # the organisation named, also after its description: "who founded the advocacy group Acme"
        start = next((n for n, t in enumerate(tokens) if n > 1 and t.ent_type_ == "ORG"), None)
        name = name_phrase(tokens[start:]) if start is not None else None
        return {"founded": "founder", "co-founded": "co-founder"}[tokens[1].lower_], normalise_affiliation(name) if name else None, []
    # "Ann Lee, who is a nurse", "Ann Lee, who works as a nurse"
    if len(tokens) > 2 and (tokens[1].lower_ == "was" or tokens[1].lower_ in ("served", "worked", "retired") and tokens[2].lower_ == "as"):
        # "Ann Lee, who was Tom Reed's adviser in 2012", "who served as an adviser": a role she held
        found = predicate_role(tokens[1:], past=True)
        if found is not None and found[0] and "former" not in found[0].split():
            found = ("former " + found[0], found[1], ["former"] + list(found[2]))
        return found
    return predicate_role(tokens[1:])


def current_role(doc: Doc, start: int):
    """The role after "is now" in the clause starting at token `start`: "who served as director of
    X and is now president of Y" → ("president", "Y", []); None when there is none."""
    for k in range(start, min(len(doc), start + 30)):
        token = doc[k]
        if token.text in (".", ";", "(", ")") or token.is_quote or "\n" in token.text:
            return None
        if token.lower_ == "now" and k > start and doc[k - 1].lower_ in ("is", "’s", "'s") and doc[k - 1].tag_ != "POS":
            tail = []
            for t in doc[k - 1 : min(len(doc), k + 14)]:
                if t.text in (",", ".", ";", ":", ")", "(") or t.is_quote or "\n" in t.text:
                    break
                tail.append(t)
            found = predicate_role(tail)
            return found if found is not None and found[0] else None
    return None


def conjoined_present_role(doc: Doc, verb):
    """The role of a present copula conjoined to `verb`: "served as director of X and is (now) president of Y"."""
    present = next((c for c in verb.children if c.dep_ == "conj" and c.lower_ == "is" and c.i > verb.i), None)
    if present is None:
        return None
    tail = []
    for t in doc[present.i : min(len(doc), present.i + 15)]:
        if t.text in (",", ".", ";", ":", ")", "(") or t.is_quote or "\n" in t.text:
            break
        tail.append(t)
    found = predicate_role(tail)
    return found if found is not None and found[0] else None

def stated_as_current(doc: Doc, position: int, role: Optional[str]) -> bool:
    """Whether the sentence of the name at `position` says the person is "now" the role:
    "Mr. Lee is now the chairman of ..."."""
    if not role:
        return False
    head = role.split()[-1]
    end = min(len(doc), position + 40)
    for k in range(position, end):
        token = doc[k]
        if token.text in (".", ";") or "\n" in token.text:
            return False
        if token.lower_ == "now" and k > position and doc[k - 1].lower_ in ("is", "’s", "'s") and doc[k - 1].tag_ != "POS":
            return any(ABBREVIATED_TITLES.get(t.lower_, t.lower_) == head for t in doc[k + 1 : min(len(doc), k + 8)])
    return False


def employer(tokens: List):
    """The organisation a person works at, no role: "works at Carrier", "has worked for the Acme
    Company", "started work at Carrier"; not a person ("worked for Ann Lee")."""
    k = 0
    while k < len(tokens) and k < 3 and tokens[k].lower_ in ("has", "had", "have", "also", "still", "now", "started", "began"):
        k += 1
    if k + 2 >= len(tokens) or tokens[k].lemma_ != "work" or tokens[k + 1].lower_ not in ("at", "for"):
        return None
    rest = tokens[k + 2 :]
    name = name_phrase(rest)
    named = [u for u in rest[:12] if name and u.text in name.split()]
    if not name or not (any(u.ent_type_ in ("ORG", "FAC") for u in named) or all(u.pos_ == "PROPN" and not u.ent_type_ for u in named)) \
            or any(u.ent_type_ == "PERSON" for u in named):
        return None
    return None, normalise_affiliation(name), []


def predicate_role(tokens: List, past: bool = False):
    """The role in a predicate after a name: "is a nurse", "works as a nurse" (the tokens after "who"
    or after the name)."""
    found = employer(tokens)
    if found is not None:
        return found
    if len(tokens) < 2 or not (tokens[0].lower_ in (("is", "'s", "’s") + (("was",) if past else ())) and tokens[0].tag_ != "POS"
                               or tokens[0].lemma_ in ("work", "serve", "retire") and tokens[1].lower_ == "as"):
        return None  # a possessive "'s" is no copula: "Lee's campaign manager" is someone else
    tokens = tokens[2:] if tokens[1].lower_ == "as" else tokens[1:]
    if tokens and tokens[0].lower_ in ("now", "currently", "also"):
        tokens = tokens[1:]  # "Ann Lee is now the chairman of ..."
    while tokens and (tokens[0].pos_ == "DET" or tokens[0].tag_ == "PRP$"):
        tokens = tokens[1:]
    if not tokens or tokens[0].pos_ in ("VERB", "AUX", "ADP", "PRON", "ADV", "PART", "PUNCT"):
        return None  # "is “unfit to be commander”": no role stated
    return _noun_phrase_role(tokens)


def copula_role(doc: Doc, mention: Span):
    """"Ann Lee is a nurse in Dayton" and the author line "Ann Lee is a columnist for The Post"."""
    # a second predicate states the present role: "Ann Lee served as director of X and is now president of Y"
    found = conjoined_present_role(doc, mention.root.head) if mention.root.dep_ == "nsubj" else None
    if found is not None:
        return found
    tokens = []
    for token in doc[mention.end : min(len(doc), mention.end + 12)]:
        if token.is_space or token.text in (",", ".", ";", ":", "(", ")", "—", "–", "--") or "\n" in token.text:
            break
        tokens.append(token)
    return predicate_role(tokens)


def named_role(doc: Doc, mention: Span):
    """"a retired teacher named Ann Lee"."""
    if mention.start < 2 or doc[mention.start - 1].lower_ not in ("named", "called"):
        return None
    tokens = _premodifier_tokens(doc, mention.start - 2)
    return _role_words(tokens) if tokens else None


def _noun_phrase_role(tokens: List):
    """Role of a noun phrase without its determiner: "foreign minister of Russia",
    "professor of economics at M.I.T.", "special agent in charge"."""
    # one of a group: "one of the mayor's closest aides", "one of several coal industry workers"
    if len(tokens) > 2 and tokens[0].lower_ == "one" and tokens[1].lower_ == "of":
        tokens = tokens[2:]
        while tokens and (tokens[0].pos_ == "DET" or tokens[0].tag_ == "PRP$" or tokens[0].lower_ in ("several", "many")):
            tokens = tokens[1:]
        if not tokens:
            return None
    # a past role and the present one: "former mayor and current Republican nominee" → the present
    now = next((n for n in range(1, len(tokens) - 2) if tokens[n].lower_ == "and" and tokens[n + 1].lower_ in ("current", "now")), None)
    if now is not None:
        return _noun_phrase_role(tokens[now + 2 :])
    # not a word glued to the next by a hyphen: "in-state communications director"
    # and "on" after an expert: "an expert on trade at the Acme Institute"
    k = next((k for k, t in enumerate(tokens) if k > 0 and (t.lower_ in ("of", "for", "at", "in") or t.lower_ == "on"
                                                             and tokens[k - 1].lower_ in ("expert", "specialist"))
              and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text == "-" and not t.whitespace_)), None)
    to = next((k for k, t in enumerate(tokens) if k > 0 and t.lower_ == "to"), None)
    if to is not None and (k is None or to < k) and tokens[to - 1].lower_ in ROLE_HEADS:
        # staff "to" an organisation, a party or a campaign: "an adviser to the Lee campaign",
        # "an economic adviser to Republicans"; not to a person ("an aide to Mr. Reed", "a speechwriter
        # to Secretary of State Ann Lee": her title is not the role)
        role, affiliation, modifiers = _role_words(tokens[:to], conjoined=True)
        rest = [t for t in tokens[to + 1 :] if t.pos_ != "DET"]
        if role and role.endswith("assistant") and rest and rest[0].lower_ in ROLE_HEADS and rest[0].is_lower \
                and tokens[to + 1].lower_ == "the":
            role += " to the " + rest[0].lower_  # a title of its own: "assistant to the president" (an "adviser to the mayor" is an adviser)
        name = name_phrase(rest)
        if name and not any(t.ent_type_ == "PERSON" for t in rest[: len(name.split())]):
            affiliation = normalise_affiliation(name)
        elif len(rest) > 1 and rest[1].lower_ == "campaign" and rest[0].text[:1].isupper():
            affiliation = f"{rest[0].text} campaign"
        return role, affiliation, modifiers
    # a party member on a body: "the top Democrat on the Oversight Committee" → the party
    on = next((n for n, t in enumerate(tokens) if n > 0 and t.lower_ == "on"), None)
    if on is not None and (k is None or on < k) and any(t.lower_ in PARTY_WORDS or t.lower_.rstrip("s") in PARTY_WORDS
                                                         for t in tokens[:on]) \
            and not any(t.lower_ in ROLE_HEADS for t in tokens[:on]):
        return _role_words(tokens[:on], conjoined=True)
    if k is None:
        return _role_words(tokens, conjoined=True)
    role, affiliation, modifiers = _role_words(tokens[:k], conjoined=True)
    # two roles before a named organisation: the one that belongs to it ("a developer and spokeswoman
    # for the Acme Coalition" → "spokeswoman"), unless both are its offices ("president and chairwoman");
    # not before a person ("a senior adviser and pollster for Mr. Lee") nor an unnamed body
    both = next((n for n in range(1, k) if tokens[n].lower_ == "and"), None)
    owner = next((t for t in tokens[k + 1 :] if t.pos_ != "DET"), None)
    if role is not None and " and " not in role and both is not None and tokens[k].lower_ in ("for", "at") \
            and any(t.lower_ in ROLE_HEADS for t in tokens[:both]) and owner is not None and owner.text[:1].isupper() \
            and owner.ent_type_ != "PERSON" and owner.lower_ not in HONORIFICS:
        second = _role_words(tokens[both + 1 : k])
        if second[0] is not None:
            role, affiliation, modifiers = second
            both = None  # the second role is kept, with the body after it
    if role is None and tokens[k].lower_ == "of" and tokens[0].text[:1].isupper() and tokens[k - 1].ent_type_ \
            and tokens[k - 1].ent_type_ == tokens[k + 1 if k + 1 < len(tokens) else k].ent_type_:
        # the "of" inside a name before the role: "a University of Ohio law professor"
        whole = _role_words(tokens)
        if whole[0] is not None:
            return whole
    if role == "veteran" and affiliation is None:
        # a bare veteran is one of a named body ("of the CIA", "of 22 years in the Marine Corps"),
        # not of someone's event ("of Ann Lee's landslide")
        if not any(t.lower_ in POSSESSIVES for t in tokens[k + 1 :]):
            affiliation = later_organisation(tokens[k:])
        return (role if affiliation else None), affiliation, modifiers
    if role is None:
        # no role word, but an organisation named: "a 30-year veteran of the CIA"
        if affiliation is None and tokens[k].lower_ in ("of", "for", "at"):
            name = name_phrase(tokens[k + 1 :])
            found = _organisation(tokens[k + 1 :], name) if name else None
            if found and (found.endswith(" campaign") or any(t.ent_type_ == "ORG" for t in tokens[k + 1 :])):
                affiliation = found
        return role, affiliation, modifiers
    j = k
    # the tail of the role's head, not of a noun after it ("a senior with an interest in design")
    if tokens[k].lower_ != "at" and role.split()[-1].endswith(ABBREVIATED_TITLES.get(tokens[k - 1].lower_, tokens[k - 1].lower_)):
        # a common-noun tail is part of the role, up to the next preposition; not an
        # unnamed organisation ("a spokesman for the airline")
        tail = []
        # a title written in capitals after its organisation keeps its untagged tail: "the United Nations
        # High Commissioner for Refugees"
        titled = affiliation is not None and tokens[k - 1].text[:1].isupper()
        for n, t in enumerate(tokens[k + 1 :], k + 1):
            if titled and t.text[:1].isupper() and not t.ent_type_ and t.pos_ in ("NOUN", "PROPN"):
                tail.append(t)
                continue
            if t.lower_ == "and" and tail and n + 1 < len(tokens) and tokens[n + 1].is_lower \
                    and tokens[n + 1].pos_ in ("NOUN", "ADJ") and not tokens[n + 1].ent_type_:
                tail.append(t)  # "professor of geosciences and international affairs"
                continue
            portfolio = t.lower_ in PORTFOLIO_WORDS and t.pos_ in ("NOUN", "PROPN")  # "secretary of State"
            # and "secretary of the economy"
            portfolio = portfolio or not tail and t.lower_ == "the" and tokens[k].lower_ == "of" and n + 1 < len(tokens) \
                and tokens[n + 1].lower_ in PORTFOLIO_WORDS and tokens[n + 1].is_lower
            # a gerund that names a field: "senior associate for education organizing"
            field = t.tag_ == "VBG" and tail and n + 1 < len(tokens) and tokens[n + 1].pos_ in ("ADP", "PUNCT")
            if not portfolio and not field and (t.pos_ in ("ADP", "PUNCT", "CCONJ", "VERB", "AUX", "PRON", "PROPN", "DET")
                                                or t.ent_type_ or t.text[:1].isupper()):
                break
            tail.append(t)
        if tail and (titled or any(t.pos_ == "NOUN" or t.lower_ in PORTFOLIO_WORDS for t in tail)):
            role = f"{role} {tokens[k].lower_} {' '.join(t.lower_ for t in tail)}"
            j = k + 1 + len(tail)
    # the organisation named after "of"/"for"/"at": "at the Brookings Institution"
    if j < len(tokens) and tokens[j].lower_ in ("of", "for", "at"):
        name = name_phrase(tokens[j + 1 :])
        # a country's named body is the affiliation: "leader of France's Acme Party" → Acme Party
        owned = tokens[j + 2 : j + 8] if len(tokens) > j + 2 and tokens[j + 1].ent_type_ == "GPE" \
            and tokens[j + 2].lower_ in POSSESSIVES else []
        body = next((n for n, t in enumerate(owned) if t.ent_type_ == "ORG"), None)
        if body is not None:
            name = name_phrase(owned[body:]) or name
        # the party before the role wins over the place after it: "the Republican mayor of Dayton"
        place = bool(name) and tokens[j].lower_ == "of" and all(t.ent_type_ == "GPE" for t in tokens[j + 1 :] if t.text in name.split())
        # the body after the second of two roles is not the first one's own: "a Republican consultant
        # and the host of an Acme Radio show" keeps the party
        first = both is not None and affiliation is not None
        if name and not (affiliation in PARTY_NAMES and place) and not first:
            affiliation = _organisation(tokens[j + 1 :], name)
    if affiliation is None:
        affiliation = later_organisation(tokens[j:])
    return role, affiliation, modifiers


def _organisation(tokens: List, name: str) -> Optional[str]:
    """The organisation `name` found at the start of `tokens`, or the person's campaign it names:
    "Mrs. Lee's presidential campaign" → "Mrs. Lee campaign", "Lee's 2008 campaign" → "Lee campaign"
    (role_component names it by the surname)."""
    start = next((t.idx for t in tokens if name.startswith(t.text)), None)
    after = [t.lower_ for t in tokens if start is not None and t.idx >= start + len(name)][:4]
    if after[:1] and after[0] in POSSESSIVES and "campaign" in after:
        return name + " campaign"
    # a unit of the named body is part of the name: "the Acme Eurasian division", "the Acme advisory council"
    rest = [t for t in tokens if start is not None and t.idx >= start + len(name)][:3]
    unit = next((n for n, t in enumerate(rest) if t.lower_ in UNITS), None)
    if unit is not None and all(t.is_lower and t.pos_ in ("NOUN", "ADJ") for t in rest[: unit + 1]):
        return normalise_affiliation(name + " " + " ".join(t.text for t in rest[: unit + 1]))
    return normalise_affiliation(name)


def later_organisation(tokens: List) -> Optional[str]:
    """The organisation named after a later preposition of a role's phrase: "in the school of
    law at Syracuse University" → "Syracuse University"; only a tagged organisation."""
    for k, t in enumerate(tokens):
        if t.lower_ not in ("at", "of", "for", "in", "with"):
            continue
        rest = tokens[k + 1 :]
        # a president's staff: "in the Lee White House", "in Mr. Lee's administration"
        words = [u for u in rest[:7] if u.pos_ != "DET" and u.lower_ not in HONORIFICS and u.lower_ not in POSSESSIVES]
        n = next((n for n, u in enumerate(words) if u.ent_type_ != "PERSON" or u.text == "White"), len(words))
        if t.lower_ == "in" and 0 < n < len(words):
            if words[n].lower_ == "administration":
                return f"{words[n - 1].text} administration"
            if words[n].text == "White" and n + 1 < len(words) and words[n + 1].text == "House":
                return f"{words[n - 1].text} White House"
        name = name_phrase(rest)
        if not name:
            continue
        named = [u for u in rest[:12] if u.text in name.split()]
        if any(u.ent_type_ in ("ORG", "FAC") for u in named) and not any(u.ent_type_ == "PERSON" for u in named):
            affiliation = normalise_affiliation(name)
            # "a candidate in the GOP race" does not make the party the affiliation
            if not (t.lower_ == "in" and affiliation in PARTY_NAMES):
                return affiliation
    return None


def name_phrase(tokens: List) -> Optional[str]:
    """The proper name at the start of `tokens` as written, without a leading determiner
    or a trailing clause: "the Office of Management and Budget in 1981" → "Office of
    Management and Budget"."""
    while tokens and tokens[0].pos_ == "DET":
        tokens = tokens[1:]
    # lowercase modifiers before the name: "the government-funded Rand Corporation"
    skip = 0
    # and hyphenated ones: "the government-funded Rand Corporation"
    def hyphenated(k):
        t = tokens[k]
        return t.text == "-" or k + 1 < len(tokens) and tokens[k + 1].text == "-" and not t.whitespace_ \
            or k and tokens[k - 1].text == "-" and not tokens[k - 1].whitespace_
    # and a lowercase noun the tagger took for one right before the name: "the centrist Acme Center"
    while (skip < len(tokens) and skip < 4 and not tokens[skip].text[:1].isupper()
           and (tokens[skip].pos_ in ("ADJ", "ADV") or hyphenated(skip) or tokens[skip].pos_ == "NOUN"
                and skip + 1 < len(tokens) and tokens[skip + 1].ent_type_ == "ORG" and tokens[skip + 1].ent_iob_ == "B")
           and not tokens[skip].ent_type_):
        skip += 1
    if skip and skip < len(tokens) and tokens[skip].text[:1].isupper():
        tokens = tokens[skip:]
    kept = []
    for t in tokens:
        if t.lower_ == "and" and t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ == "PERSON":
            break  # "Ann Lee of Oregon and Tom Reed of Ohio"
        if t.lower_ == "at" and kept and t.i + 1 < len(t.doc) and t.doc[t.i + 1].ent_type_ != "GPE":
            break  # the host of a centre is another name: "Acme Institute at Dayton University"
        if t.lower_ in POSSESSIVES and kept and not (t.i + 1 < len(t.doc) and t.doc[t.i + 1].text[:1].isupper()):
            break  # the owner of what follows: "Dayton University's law school", "Lee's 2008 campaign"
        if t.ent_type_ in ("DATE", "TIME") and t.text[:1].isupper():
            break  # "the White House on Thursday"
        if t.text[:1].isupper() or t.ent_type_ in ("ORG", "GPE", "NORP", "FAC") or (kept and t.lower_ in ("of", "and", "for", "at", "&", "-", "on")):
            if t.is_space or "\n" in t.text:
                break
            kept.append(t)
        else:
            break
    while kept and not kept[-1].text[:1].isupper() and not kept[-1].ent_type_:
        kept.pop()
    if not kept:
        return None
    return kept[0].doc[kept[0].i : kept[-1].i + 1].text


def of_affiliation(doc: Doc, mention: Span):
    """"Senator Ted Cruz of Texas", "Ann Lee of the Brookings Institution": the name after."""
    i = mention.end
    if i + 1 >= len(doc) or doc[i].lower_ not in ("of", "at"):
        return None
    if doc[i].lower_ == "at" and mention.root.dep_ in ("pobj", "dobj"):
        return None  # a place: "to meet with Ann Lee at the White House"
    name = name_phrase(list(doc[i + 1 : min(len(doc), i + 10)]))
    # an untagged name written with a capital article: "Ann Lee of The Intercept"
    titled = doc[i + 1].text == "The" and i + 2 < len(doc) and doc[i + 2].pos_ == "PROPN" and not doc[i + 2].ent_type_
    if not name or not titled and not any(t.ent_type_ in ("ORG", "GPE", "NORP", "FAC") for t in doc[i + 1 : min(len(doc), i + 10)]):
        return None
    return None, normalise_affiliation(name), []


def party_tag(doc: Doc, mention: Span):
    """"Chuck Schumer (D-N.Y.)": the party from the tag, the title from before the name."""
    end = min(len(doc), mention.end + 8)
    tail = doc[mention.end : end].text
    # "(D-N.Y.)", and "(D)" with the state written elsewhere: "Virginia Gov. Ann Lee (D)"
    match = re.match(r"\s*\(\s*([DR])\s*\)|\s*\(\s*([DRI])\s*[-–]\s*([A-Z][A-Za-z. ]*)\)", tail)
    if not match:
        # the wire style without brackets: "Sen. Lindsey Graham, R-S.C., said"
        match = re.match(r"(),\s*([DRI])\s*[-–]\s*((?:[A-Z][a-z]*\.){1,2}|[A-Z][a-z]+)(?=[,\s]|$)", tail)
    if not match:
        # the state alone: "Sen. Rand Paul (Ky.)" → the state is the affiliation
        state = re.match(r"\s*\(\s*([A-Z][A-Za-z]*\.?(?:[A-Z]\.?)?)\s*\)", tail)
        if state and state.group(1).strip(".").lower() in STATE_ABBREVIATIONS:
            return None, STATE_ABBREVIATIONS[state.group(1).strip(".").lower()], []
        return None
    if match.group(1):
        return None, party_from_tag(match.group(1)), []
    return None, party_from_tag(match.group(2), match.group(3)), []


def name_spans(doc: Doc, mention: Span) -> List[Span]:
    """The person names inside a speaker mention: a source span often runs over the
    appositive ("Ann Lee, a senior fellow at the institute"), so the patterns read
    around the name, not around the whole span. A mention without a name is kept."""
    names = []  # PERSON entities inside the mention, read from the tokens (cheap)
    start = None
    for token in mention:
        if start is not None and (token.ent_iob_ != "I" or token.ent_type_ != "PERSON"):
            names.append(doc[start : token.i])
            start = None
        if token.ent_type_ == "PERSON" and token.ent_iob_ == "B":
            start = token.i
    if start is not None and (mention.end == len(doc) or doc[mention.end].ent_iob_ != "I"):
        names.append(doc[start : mention.end])
    # the name the mention is about: the one holding its head, else the first
    # ("Ann Lee, the daughter of Principal Jo Ray": not Jo Ray's role)
    names = [n for n in names if n.start <= mention.root.i < n.end] or names[:1]
    if not names or (names[0].start, names[0].end) == (mention.start, mention.end):
        names = [mention]
    # "Breitbart's Joel Pollak" tagged as one name: the name starts after the possessive
    out = []
    for name in names:
        cut = max((t.i + 1 for t in name[:-1] if t.lower_ in POSSESSIVES), default=name.start)
        out.append(doc[cut : name.end])
    return out


def description_role(doc: Doc, mention: Span):
    """A description the resolver linked to the person states a role itself:
    "the freshman Florida senator", "the former secretary of state"."""
    root = mention.root
    if root.pos_ != "NOUN" or root.tag_ in ("NNS", "NNPS") or any(t.ent_type_ == "PERSON" for t in mention):
        return None
    if root.lower_ not in ROLE_HEADS and not any(p in ROLE_HEADS for p in root.lower_.split("-")):
        return None
    tokens = [t for t in mention if not t.is_space]
    while tokens and (tokens[0].pos_ in ("DET", "PRON") or tokens[0].lower_ in ("'s", "’s")):
        tokens = tokens[1:]
    return _noun_phrase_role(tokens) if tokens else None


def _closes_clause(name, root) -> bool:
    """Whether a name before a comma ends a clause of its own and a description after the comma is
    the subject of the next one: "... that Ann Lee is to blame, the GOP nominee said" (not "Ann Lee,
    the GOP nominee, said")."""
    if root.dep_ not in ("nsubj", "nsubjpass") or root.head.i < root.i:
        return False
    verb = root.head
    ancestors = list(name.ancestors)
    return name.head.i != verb.i and name.i != verb.i and root not in ancestors and verb in ancestors


def unlinked_descriptions(doc: Doc, linked, quoted=frozenset(), loose: bool = False) -> List[Span]:
    """Definite descriptions that state a role but that no person's mentions cover, as the
    subject or object of a clause outside direct speech: "the Vermont senator", "the former
    secretary of state", "the GOP nominee", a possessor ("the GOP nominee's plan"). A description
    next to a name ("the senator, Tim Kaine") is read at that name instead.

    linked: (start, end) token offsets of all mentions; quoted: token indices of direct quotes.
    loose: also descriptions inside a prepositional phrase or a coordination ("a defense of the
    Ohio governor"), for an owner found by the role itself (role_component.role_owner).
    """
    covered = {i for start, end in linked for i in range(start, end)}
    found = []
    chunks = list(noun_chunks(doc))
    # a possessor: "the Republican nominee's" of "the Republican nominee's stance"
    possessors = numpy.nonzero(doc.to_array(DEP) == doc.vocab.strings["poss"])[0] if len(doc) else []
    chunks.extend(doc[t.left_edge.i : t.i + 1] for t in (doc[int(i)] for i in possessors) if t.i + 1 < len(doc)
                  and doc[t.i + 1].lower_ in POSSESSIVES and t.left_edge.i < t.i)
    for chunk in chunks:
        root = chunk.root
        if chunk[0].lower_ != "the" or root.tag_ != "NN" or root.i in covered or root.i in quoted:
            continue
        # inside a prepositional phrase ("a defense of the governor") it is too often someone else
        if root.dep_ not in ("nsubj", "nsubjpass", "dobj", "attr", "poss") + (("pobj", "dative", "conj") if loose else ()):
            continue
        if root.lower_ not in ROLE_HEADS and not any(p in ROLE_HEADS for p in root.lower_.split("-")):
            continue
        if any(t.ent_type_ == "PERSON" or t.lower_ in POSSESSIVES for t in chunk):
            continue  # "the candidate's wife", "the Trump adviser": someone else's role
        if any(t.dep_ == "appos" for t in root.children):
            continue  # "the nominee, Gov. Ann Lee," is read at the name
        after = doc[chunk.end] if chunk.end < len(doc) else None
        before = doc[chunk.start - 1] if chunk.start else None
        if after is not None and (after.ent_type_ == "PERSON" or after.text == "," and chunk.end + 1 < len(doc)
                                  and doc[chunk.end + 1].ent_type_ == "PERSON"):
            continue
        if before is not None and before.text == "," and chunk.start > 1 and doc[chunk.start - 2].ent_type_ == "PERSON" \
                and not _closes_clause(doc[chunk.start - 2], root):
            continue
        end = chunk.end
        if end + 1 < len(doc) and doc[end].lower_ == "from" and doc[end + 1].ent_type_ == "GPE":
            end += 1  # "the senator from Vermont" says as much as "the Vermont senator"
            while end < len(doc) and doc[end].ent_type_ == "GPE":
                end += 1
        # a bare "the president", "the candidate" is often someone else; "the next president" no one yet
        # ("the first lady" is a title)
        if len([t for t in doc[chunk.start : end] if not t.is_punct]) < 3 or any(
                t.lower_ in HYPOTHETICAL and not (t.lower_ == "first" and t.head.lower_ == "lady") for t in chunk):
            continue
        if end + 1 < len(doc) and doc[end].lower_ == "of" and doc[end + 1].lower_ in PORTFOLIO_WORDS:
            end += 2  # "the former secretary of state": the noun chunk stops before "of"
        elif end + 1 < len(doc) and doc[end].lower_ == "for" and doc[end + 1].lower_ in ROLE_HEADS and doc[end + 1].is_lower:
            end += 2  # "the Republican nominee for president"
        found.append(doc[chunk.start : end])
    return found


def copula_subject(description: Span) -> Optional[int]:
    """The subject's token of "X became the nominee" for a predicate description, else None."""
    root = description.root
    if root.dep_ != "attr":
        return None
    return next((t.i for t in root.head.children if t.dep_ in ("nsubj", "nsubjpass")), -1)


def person_roles(doc: Doc, mentions: List[Span], person: Optional[str] = None,
                 descriptions: bool = True) -> List[Tuple[int, Optional[str], Optional[str], List[str]]]:
    """Every (position, role, affiliation, modifiers) stated at the given mentions.
    With the person's name given, a name inside a mention that is someone else's
    ("New York City Mayor Rudy Giuliani, who backs Trump" linked to Trump) is skipped.
    With `descriptions` False, a description's own words ("the senator") are not read."""
    named, described = split_person_roles(doc, mentions, person, descriptions)
    return [f for f, _ in sorted(named + described, key=lambda pair: pair[1])]


def named_roles(doc: Doc, row: dict) -> List[Tuple[int, Optional[str], Optional[str], List[str]]]:
    """person_roles without descriptions for a speaker-table row, computed once per row: the
    role stage asks it for every person again for each unlinked description."""
    key = ("named_roles", row["name"], tuple(tuple(m) for m in row["mentions"]))
    return cached(doc, key, lambda: person_roles(doc, [doc[s:e] for s, e in row["mentions"]], row["name"], descriptions=False))


def split_person_roles(doc: Doc, mentions: List[Span], person: Optional[str] = None, descriptions: bool = True):
    """person_roles in one pass, as two lists of (statement, order): what the mentions naming
    the person state, and what a description's own words state."""
    words = {w.lower() for w in person.replace("-", " ").split()} if person else None
    named, described = [], []
    for mention in mentions:
        for name in name_spans(doc, mention):
            if words is not None and any(t.ent_type_ == "PERSON" for t in name) \
                    and not any(t.lower_ in words for t in name if t.ent_type_ == "PERSON"):
                continue
            for pattern in (premodifier_role, appositive_role, preceding_appositive_role, party_tag, of_affiliation,
                            copula_role, named_role, group_role, among_role, description_role):
                if pattern is description_role and not descriptions:
                    continue
                if name.root.pos_ == "PRON" and pattern not in (appositive_role, copula_role):
                    continue  # nothing before a pronoun is its title: "... network RT he said"
                result = pattern(doc, name)
                if result is not None and result[1] and GLUED.search(result[1]):
                    result = (result[0], None, result[2])  # words run together: "ImagesRepublican"
                if result is not None and (result[0] or result[1]):
                    found = named if pattern is not description_role else described
                    found.append(((name.start, *result), len(named) + len(described)))
    return named, described
