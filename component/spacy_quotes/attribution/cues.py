"""Reporting cues and the frames they head in the parse.

A frame is one act of reporting found in the parse: the cue ("had said",
"according to"), the speaker mention ("Russian foreign minister Sergei Lavrov")
and the reported content. The finder takes its contents as indirect quotes; the
attributor takes its cues and speakers for the quotes it has to attribute.
"""
from dataclasses import dataclass
from typing import Iterable, List, Optional, Tuple

import numpy
from spacy.parts_of_speech import AUX as AUX_POS, VERB as VERB_POS
from spacy.attrs import LEMMA, POS
from spacy.tokens import Doc, Token

from ..paragraphs import Paragraphs, cached, sentence_bounds

# Lemmas of verbs that report speech or stated belief, as PolNeAR annotates them.
REPORTING_VERBS = frozenset(
    """say tell add note claim argue explain state insist warn announce report suggest
    believe think deny acknowledge admit write tweet post reply respond answer ask
    predict promise vow pledge agree disagree declare assert contend maintain allege
    confirm recall remark observe point continue complain boast concede charge accuse
    urge caution stress emphasize emphasise testify reveal disclose indicate show find
    estimate conclude decide hope fear worry expect feel know understand learn hear
    mention describe call quip joke recount acknowledge counter retort concur signal
    predict speculate guess assume imagine doubt recommend propose demand threaten
    brag lament acknowledge proclaim reiterate repeat affirm reaffirm assure inform
    remind tout praise criticize criticise blame dismiss refuse decline seek refer""".split()
)
# Nouns that report when they take a clause: "the claim that ...", "his view that ...".
REPORTING_NOUNS = frozenset(
    "statement claim view belief assertion argument warning announcement suggestion "
    "comment remark promise pledge report allegation contention insistence".split()
)
# Headline and sign-off verbs that may be capitalised ("..., Says Moscow").
HEADLINE_VERBS = frozenset("say says said warn warns tell tells claim claims".split())
SUBJECT_DEPS = ("nsubj", "csubj")
# Verbs whose infinitive complement is reported content ("vowed to fight on").
XCOMP_VERBS = frozenset("promise vow pledge threaten agree refuse decline hope expect plan claim deny urge".split())
PRONOUNS = frozenset("i you he she it we they me him her us them".split())
# PolNeAR's sources keep long appositives ("X, a professor at ... who ..."; 217 to 6 on
# train): only a runaway parse is longer
MAX_SPEAKER_TOKENS = 40
DAY_WORDS = frozenset("monday tuesday wednesday thursday friday saturday sunday yesterday today".split())


@dataclass
class Frame:
    """One reporting act: token offsets of cue, speaker and content (end-exclusive)."""

    cue: Tuple[int, int]
    speaker: Optional[Tuple[int, int]]
    content: Optional[Tuple[int, int]]
    source: str  # which pattern found it, for confidence and debugging
    # "In his state, Christie said, first offenders go to treatment": the part of the
    # reported clause on the other side of the cue, a quote of its own in PolNeAR
    rest: Optional[Tuple[int, int]] = None
    # a one- or two-word content that is still a stance: "voters prefer Sanders"
    short_ok: bool = False


# Verbs of stance whose object is the attributed content, as PolNeAR marks it:
# "cited derogatory comments ...", "called for a moratorium on ...".
OBJECT_VERBS = frozenset(
    """note cite criticize criticise reject invoke highlight propose oppose describe express
    question mention acknowledge defend condemn praise blame demand urge recommend reference back
    support announce endorse discuss denounce mock applaud list say tout threaten reveal disclose dismiss
    answer""".split()
)


# Verbs that name what their object is: "called the plan a disaster".
NAMING_VERBS = frozenset("call label brand dub deem consider".split())


def _object_content(verb: Token) -> Optional[Tuple[int, int]]:
    """The direct object (or "called for X") of a stance verb, at least three words long."""
    lemma = verb.lemma_.lower()
    for child in verb.children:
        node = None
        if child.dep_ == "dobj" and child.i > verb.i and lemma in OBJECT_VERBS:
            node = child
        elif child.dep_ == "prep" and child.lower_ == "for" and lemma == "call" and child.i == verb.i + 1:
            node = next((c for c in child.children if c.dep_ == "pobj"), None)
        if node is not None:
            # a short object counts with its complements: "praised the volunteers for their work"
            end = _object_complements_end(verb, node.right_edge.i + 1)
            if end - node.left_edge.i >= 3:
                return trim_content(verb.doc, node.left_edge.i, end)
    accused = _accusation_content(verb)
    if accused is not None:
        return accused
    return _naming_content(verb)


# Prepositions that complete what a stance verb says of its object: "described the plan as
# a disaster", "endorsed Smith for president", "blamed the mayor for the delays".
COMPLEMENT_PREPS = frozenset("as for against from about except in on".split())


def _object_complements_end(verb: Token, end: int) -> int:
    """The end of a stance verb's object with the complements the parser hangs on the verb
    right after it ("as ...", "for ...", "to do ..."): PolNeAR keeps them in the content, but
    not a date ("endorsed Smith in May") nor where the report was made ("in an interview")."""
    for child in verb.rights:
        if child.i < end:
            continue
        if child.left_edge.i != end:
            break  # only what follows the object at once, no comma between
        if child.dep_ == "prep" and child.lower_ in COMPLEMENT_PREPS:
            pobj = next((c for c in child.children if c.dep_ == "pobj"), None)
            if pobj is None and not any(c.dep_ == "pcomp" for c in child.children) and not (child.lower_ == "as" and child.right_edge.i > child.i):
                break  # "as" may take an adjective: "described the field as “all very good”"
            if pobj is not None and (pobj.ent_type_ in ("DATE", "TIME") or pobj.lemma_.lower() in SPEECH_MEDIA):
                break
        elif not (child.dep_ in ("advcl", "xcomp") and child.left_edge.lower_ == "to"):
            break
        end = child.right_edge.i + 1
    return end


def _expressed_feeling(verb: Token) -> Optional[Tuple[int, Tuple[int, int]]]:
    """"expressed concern that the plan would fail", "expressed sympathy for the strikers":
    PolNeAR makes the bare feeling noun (and its preposition) part of the cue and what it
    is about the content (18 to 9 on train). RETURNS: (cue end, content) or None."""
    if verb.lemma_.lower() != "express":
        return None
    noun = next((c for c in verb.children if c.dep_ == "dobj" and c.i == verb.i + 1), None)
    if noun is None or any(True for _ in noun.lefts):
        return None
    for child in noun.rights:
        if child.left_edge.i != noun.i + 1:
            break
        if child.dep_ in ("acl", "ccomp", "relcl"):
            return noun.i + 1, trim_content(verb.doc, noun.i + 1, child.right_edge.i + 1)
        if child.dep_ == "prep" and child.lower_ in ("about", "over", "for", "with", "at", "in"):
            if any(c.dep_ in ("pobj", "pcomp") for c in child.children) and child.right_edge.i > child.i:
                return child.i + 1, trim_content(verb.doc, child.i + 1, child.right_edge.i + 1)
    # "expressed confidence it was ...": the parser hangs the clause on the verb
    clause = next((c for c in verb.children if c.dep_ == "ccomp" and c.left_edge.i == noun.i + 1), None)
    if clause is not None:
        return noun.i + 1, trim_content(verb.doc, noun.i + 1, clause.right_edge.i + 1)
    return None


def _accusation_content(verb: Token) -> Optional[Tuple[int, int]]:
    """"accused the mayor of hiding the report": who is accused and of what."""
    if verb.lemma_.lower() not in ("accuse", "charge", "blame"):
        return None
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i), None)
    if obj is None:
        return None
    # the parser hangs "of ..." on the verb or on the object
    prep = next((c for c in [*verb.children, *obj.children] if c.dep_ == "prep" and c.lower_ in ("of", "for") and c.i > obj.i), None)
    if obj is None or prep is None or not any(c.dep_ in ("pobj", "pcomp") for c in prep.children):
        return None
    return trim_content(verb.doc, obj.left_edge.i, max(prep.right_edge.i, obj.right_edge.i) + 1)


def _naming_content(verb: Token) -> Optional[Tuple[int, int]]:
    """"called the plan a disaster", "calls himself a socialist": a naming verb's object
    and what it names it are the content, as PolNeAR marks it."""
    if verb.lemma_.lower() not in NAMING_VERBS:
        return None
    objects = [c for c in verb.children if c.dep_ == "dobj" and c.i > verb.i]
    complements = [c for c in verb.children if c.dep_ in ("oprd", "ccomp", "xcomp") and c.i > verb.i]
    if objects and complements and complements[0].i > objects[0].i:
        start, end = objects[0].left_edge.i, complements[0].right_edge.i + 1
        if end - start >= 3:
            return trim_content(verb.doc, start, end)
    return None


def verbs(doc: Doc) -> List[Token]:
    """The verbs and auxiliaries of a doc, found with one array read instead of a loop."""
    def compute():
        if not len(doc):
            return []
        pos = doc.to_array(POS)
        return [doc[int(i)] for i in numpy.flatnonzero((pos == VERB_POS) | (pos == AUX_POS))]
    return cached(doc, "verbs", compute)


def is_reporting_verb(token: Token) -> bool:
    return token.pos_ in ("VERB", "AUX") and token.lemma_.lower() in REPORTING_VERBS


# "told reporters": the audience noun that belongs to the cue (SPEC.md)
AUDIENCE_NOUNS = frozenset("reporters journalists newsmen".split())


def cue_group(verb: Token) -> Tuple[int, int]:
    """The verb group of a cue: auxiliaries, negation, an adverb just before the verb
    ("also said": PolNeAR keeps it 117 times to 4 on train), the particle, the
    audience of "told reporters", "for" of "called for" (31 to 6), an -ly adverb or a
    day closing the sentence after the verb, and a colon right after the verb
    ("said:", 96 to 5)."""
    doc = verb.doc
    start, end = verb.i, verb.i + 1
    for child in verb.children:
        if child.dep_ in ("aux", "auxpass", "neg") and child.i < verb.i and verb.i - child.i <= 3:
            start = min(start, child.i)
        elif child.dep_ == "advmod" and child.pos_ == "ADV" and child.i == verb.i - 1:
            start = min(start, child.i)
        elif child.dep_ == "prt" and child.i == end:
            end = child.i + 1
        elif child.dep_ in ("dobj", "dative") and child.i == end and child.lower_ in AUDIENCE_NOUNS:
            end = child.i + 1
    if end < len(doc) and doc[end].lower_ == "for" and doc[end].head.i == verb.i:
        end += 1
    if (end < len(doc) and doc[end].dep_ == "advmod" and doc[end].head.i == verb.i and doc[end].pos_ == "ADV"
            and doc[end].lower_.endswith("ly")):
        end += 1  # "said repeatedly", "asked rhetorically" (47 to 10 on train)
    if end + 1 < len(doc) and doc[end].lower_ in DAY_WORDS and doc[end + 1].text in (".", "!"):
        end += 1  # '..., Lee said Tuesday.': the day closing the sentence is part of the cue (27 to 5)
    if end < len(doc) and doc[end].text == ":":
        end += 1
    return start, end


def source_phrase(token: Token) -> Tuple[int, int]:
    """A speaker mention before its cue: `phrase` without a wire-story dateline, with the
    comma that closes an appositive ("Jane Roe, a spokeswoman, said"), as PolNeAR marks
    it (407 to 48 on train)."""
    start, end = _drop_dateline(token.doc, *phrase(token))
    doc = token.doc
    if end < len(doc) and doc[end].text == "," and end <= token.head.i and any(t.text == "," for t in doc[start:end]):
        end += 1
    return start, end


def phrase(token: Token) -> Tuple[int, int]:
    """The contiguous subtree of a noun phrase, cut to a sensible speaker length."""
    start, end = token.left_edge.i, token.right_edge.i + 1
    doc = token.doc
    while start < token.i and (doc[start].is_punct or doc[start].is_space):
        start += 1
    while end > token.i + 1 and (doc[end - 1].is_punct or doc[end - 1].is_space):
        if doc[end - 1].text == ")" and "(" in doc[start : end - 1].text:
            break  # keep a closed bracket: "Sen. Mark Ellis (D-N.Y.)"
        end -= 1
    aside = next((c.left_edge.i - 1 for c in token.rights if c.dep_ == "acl" and start < c.left_edge.i - 1 < end
                  and doc[c.left_edge.i - 1].text == ","), None)
    if aside is not None:
        end = aside  # a participle aside is not the source: "Clinton, clearly frustrated," (32 to 5 on train)
    if end - start > MAX_SPEAKER_TOKENS:
        # keep the head with its compounds and premodifiers only
        start = min([c.i for c in token.lefts if c.dep_ in ("compound", "amod", "det", "poss", "nmod")] + [token.i])
        end = token.i + 1
    return start, end


def trim_content(doc: Doc, start: int, end: int) -> Tuple[int, int]:
    """Strip punctuation and spaces at the edges of a content span, keeping quotation marks."""
    def strip(token: Token) -> bool:
        return token.is_space or (token.is_punct and not token.is_quote and token.text not in ("’", "”", "''"))

    while start < end and strip(doc[start]):
        start += 1
    while end > start and strip(doc[end - 1]):
        text = doc[end - 1].text
        inner = doc[start : end - 1].text
        if text == "?":
            break  # PolNeAR keeps the question mark of a reported question (12 to 6 on train)
        if text == ")" and inner.count("(") > inner.count(")"):
            break  # keep a bracket the content opened: "the Trans-Pacific Partnership (TPP)"
        if text in ("—", "–", "--") and sum(inner.count(d) for d in ("—", "–", "--")) % 2 == 1:
            break  # and a dash that closes an aside it opened: "the voters—or their guts—"
        end -= 1
    return start, end


def speaker_of(verb: Token) -> Optional[Tuple[int, int]]:
    """The speaker mention of a reporting verb: its subject, or the agent of a passive."""
    for child in verb.children:
        if child.dep_ in SUBJECT_DEPS:
            return source_phrase(child)
    for child in verb.children:
        if child.dep_ == "agent":
            for grandchild in child.children:
                if grandchild.dep_ == "pobj":
                    return phrase(grandchild)
    # "X is expected to say" / conjoined verbs share the subject of the first verb
    if verb.dep_ in ("conj", "xcomp") and verb.head is not verb:
        return speaker_of(verb.head) if verb.head.i != verb.i else None
    # "Lee said ..., adding that ...": the participle's speaker is the subject of its clause
    if verb.dep_ == "advcl" and verb.tag_ == "VBG" and verb.head.pos_ in ("VERB", "AUX") and verb.head.i != verb.i:
        return speaker_of(verb.head)
    return _inverted_speaker(verb)


def _inverted_speaker(verb: Token) -> Optional[Tuple[int, int]]:
    """"..." said engineer Paul Grant: the parser sometimes makes the title a verb and the
    name its object. A name within a few words after the verb, with nothing but
    lowercase title words between, is the speaker."""
    doc = verb.doc
    end = cue_group(verb)[1]
    for j in range(end, min(len(doc), end + 5)):
        token = doc[j]
        if token.ent_type_ in ("PERSON", "ORG") and token.ent_iob_ == "B":
            k = j
            while k < len(doc) and doc[k].ent_iob_ in ("B", "I") and doc[k].ent_type_ == token.ent_type_ and (k == j or doc[k].ent_iob_ == "I"):
                k += 1
            return (end, k)
        if token.is_punct or token.is_space or token.pos_ in ("VERB", "AUX", "ADP", "SCONJ", "CCONJ", "PRON") and token.dep_ != "xcomp":
            return None
        if token.pos_ not in ("NOUN", "PROPN", "ADJ", "VERB"):
            return None
    return None


# Where a statement was made: "said in a statement that ...", "wrote in a letter that ...".
MEDIUM_NOUNS = frozenset(
    """statement interview letter speech email e-mail post tweet conference call memo note release
    briefing appearance op-ed column essay message filing hearing address remark remarks testimony
    video podcast broadcast session meeting rally event report""".split()
)


def _cut_at_next_report(doc: Doc, verb: Token, content: Tuple[int, int]) -> Tuple[int, int]:
    """"said he would order a review and warned against hacks", "said X, arguing that Y":
    a reporting verb coordinated with the content, or a participle hanging off it, starts
    a report of its own; the content stops before it."""
    start, end = content
    for token in doc[start:end]:
        if token.i <= start + 2 or token.dep_ not in ("conj", "advcl") or not is_reporting_verb(token):
            continue
        if not (start <= token.head.i < token.i) or not any(c.dep_ == "ccomp" for c in token.children):
            continue
        if any(c.dep_ in ("nsubj", "nsubjpass") for c in token.children):
            continue  # "... and he feels he can win": a report within the content (1 to 55 on train)
        cut = token.left_edge.i
        if token.dep_ == "conj":
            # "and warned": drop the coordinator and a comma before it
            cut = min([cut] + [c.i for c in token.head.children if c.dep_ == "cc" and c.i < token.i and c.i > token.head.i])
        new_start, new_end = trim_content(doc, start, cut)
        if doc[new_end - 1].lower_ in ("and", "but", "or") if new_end > new_start else False:
            new_end -= 1
        if new_end - new_start >= 3:
            return trim_content(doc, new_start, new_end)
    return content


def _misparsed_that_clause(verb: Token) -> Optional[Tuple[int, int]]:
    """"said in a statement that the school would close": the small parser often makes the
    that-clause a relative clause of the noun in between. A "relative clause" that opens
    with "that" and has a subject of its own is the reported content."""
    for prep in verb.children:
        if prep.dep_ != "prep" or prep.i < verb.i:
            continue
        for pobj in prep.children:
            if pobj.dep_ != "pobj" or pobj.lemma_.lower() not in MEDIUM_NOUNS:
                continue
            for clause in pobj.children:
                if clause.dep_ not in ("relcl", "acl") or clause.i < pobj.i:
                    continue
                first = clause.left_edge
                subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that"]
                if first.lower_ == "that" and subjects:
                    return trim_content(verb.doc, first.i, clause.right_edge.i + 1)
    return None


# Verbs of wish and appearance, reports only with a clausal complement:
# "Rivera wants to end the program", "The voters seem to prefer a newcomer".
WISH_VERBS = frozenset("want".split())
SEEM_VERBS = frozenset("seem appear".split())


def _named_subject(verb: Token) -> Optional[Token]:
    """The subject of a verb when it names someone: a name or a personal pronoun."""
    for child in verb.children:
        if child.dep_ == "nsubj":
            if child.lower_ in PRONOUNS and child.lower_ != "it" or child.pos_ == "PROPN" or child.ent_type_ in ("PERSON", "ORG", "NORP"):
                return child
    return None


def _selective_frame(token: Token) -> Optional[Frame]:
    """A frame for a wish or appearance verb, which reports only in a few shapes."""
    lemma = token.lemma_.lower()
    doc = token.doc
    complement = next((c for c in token.children if c.dep_ in ("xcomp", "ccomp") and c.i > token.i), None)
    if complement is None:
        return None
    content = trim_content(doc, complement.left_edge.i, complement.right_edge.i + 1)
    if lemma in WISH_VERBS:
        subject = _named_subject(token)
        if subject is None or token.dep_ in ("relcl", "acl", "advcl"):
            return None
        return Frame(cue_group(token), source_phrase(subject), content, "verb")
    if lemma in SEEM_VERBS and complement.dep_ == "xcomp":
        subject = next((c for c in token.children if c.dep_ == "nsubj" and c.i < token.i), None)
        if subject is None or subject.lower_ in PRONOUNS or subject.lower_ in ("who", "that", "which"):
            return None
        return Frame(cue_group(token), None, content, "verb", trim_content(doc, *phrase(subject)))
    return None


# Verbs of backing whose object, a name however short, PolNeAR marks as the content.
ENDORSE_VERBS = frozenset("support endorse prefer back".split())


def _endorse_frame(token: Token) -> Optional[Frame]:
    """"19 percent of students support Sanders", "Christie endorsed Trump"."""
    obj = next((c for c in token.children if c.dep_ == "dobj" and c.i > token.i), None)
    if obj is None or obj.right_edge.i - obj.left_edge.i >= 2:
        return None
    if not (obj.ent_type_ in ("PERSON", "ORG") or obj.pos_ == "PROPN"):
        return None
    subject = next((c for c in token.children if c.dep_ == "nsubj"), None)
    if subject is None:
        return None
    end = _object_complements_end(token, obj.right_edge.i + 1)
    return Frame(cue_group(token), source_phrase(subject), trim_content(token.doc, obj.left_edge.i, end), "verb", short_ok=True)


def _ask_content(token: Token) -> Optional[Tuple[int, int]]:
    """"asked whether the plan was legal": the parser often makes the question an adverbial clause."""
    if token.lemma_.lower() not in ("ask", "wonder"):
        return None
    for child in token.children:
        if child.dep_ in ("advcl", "ccomp") and child.i > token.i and child.left_edge.lower_ in ("if", "whether"):
            return trim_content(token.doc, child.left_edge.i, child.right_edge.i + 1)
    return None


def _object_of_control(verb: Token, clause: Token) -> int:
    """The start of an infinitive content with the object that it is said of: "urged
    party leaders to turn away from ...". PolNeAR keeps the object (32 to 9 on train)."""
    start = clause.left_edge.i
    if clause.dep_ != "xcomp" or verb.doc[start].lower_ != "to":
        return start
    obj = next((c for c in verb.children if c.dep_ == "dobj" and c.right_edge.i + 1 == start), None)
    if obj is None or obj.lower_ in AUDIENCE_NOUNS or obj.left_edge.i <= verb.i:
        return start
    return obj.left_edge.i


def _verb_frames(doc: Doc) -> Iterable[Frame]:
    for token in verbs(doc):
        if token.pos_ == "VERB" and token.lemma_.lower() in WISH_VERBS | SEEM_VERBS:
            frame = _selective_frame(token)
            if frame is not None:
                yield frame
            continue
        if not is_reporting_verb(token):
            if token.pos_ == "VERB" and token.lemma_.lower() in ENDORSE_VERBS:
                frame = _endorse_frame(token)
                if frame is not None:
                    yield frame
                    continue
            if token.pos_ == "VERB" and token.lemma_.lower() in OBJECT_VERBS:
                cue, content = cue_group(token), _object_content(token)
                felt = _expressed_feeling(token)
                if felt is not None:
                    cue, content = (cue[0], felt[0]), felt[1]
                speaker = speaker_of(token) if content is not None else None
                if speaker is not None:  # an object with nobody holding the stance is no report
                    yield Frame(cue, speaker, content, "verb")
            continue
        content = None
        for child in token.children:
            if child.dep_ == "ccomp" or (child.dep_ == "xcomp" and token.lemma_.lower() in XCOMP_VERBS):
                content = trim_content(doc, _object_of_control(token, child), child.right_edge.i + 1)
                break
        if content is None:
            content = _misparsed_that_clause(token) or _ask_content(token)
        if content is not None:
            content = _cut_at_next_report(doc, token, content)
        if content is None and token.dep_ == "parataxis" and token.head.i != token.i:
            # "The economy is strong, he said."  The content is the head clause minus the cue.
            head = token.head
            start, end = head.left_edge.i, head.right_edge.i + 1
            rest = (start, start)
            if token.left_edge.i > head.i:
                end = token.left_edge.i
                rest = trim_content(doc, token.right_edge.i + 1, head.right_edge.i + 1)
            elif token.right_edge.i < head.i:
                start = token.right_edge.i + 1
                rest = trim_content(doc, head.left_edge.i, token.left_edge.i)
            content = trim_content(doc, start, end)
            if rest[1] > rest[0] and any(t.is_alpha for t in doc[rest[0] : rest[1]]):
                yield Frame(cue_group(token), speaker_of(token), content, "verb", rest)
                continue
        speaker = speaker_of(token)
        if content is None:
            content = _object_content(token)
        yield Frame(cue_group(token), speaker, content, "verb")


def _noun_frames(doc: Doc) -> Iterable[Frame]:
    """"his claim that the vote was rigged", "the group's warning that ...": a reporting
    noun with a that-clause; its possessor, when there is one, is the speaker."""
    if not len(doc):
        return
    lemmas = doc.to_array(LEMMA)
    wanted = numpy.array([doc.vocab.strings.add(n) for n in REPORTING_NOUNS], dtype=lemmas.dtype)
    for i in numpy.flatnonzero(numpy.isin(lemmas, wanted)):
        noun = doc[int(i)]
        if noun.pos_ != "NOUN":
            continue
        clause = next((c for c in noun.children if c.dep_ in ("acl", "ccomp", "relcl") and c.i > noun.i
                       and c.left_edge.i == noun.i + 1 and c.left_edge.lower_ == "that" and c.left_edge.dep_ == "mark"), None)
        if clause is None or not any(c.dep_ in ("nsubj", "nsubjpass") and c.lower_ != "that" for c in clause.children):
            continue
        owner = next((c for c in noun.children if c.dep_ == "poss"), None)
        speaker = phrase(owner) if owner is not None else None
        yield Frame((noun.i, noun.i + 1), speaker, trim_content(doc, clause.left_edge.i, clause.right_edge.i + 1), "verb")


def _according_to_frames(doc: Doc) -> Iterable[Frame]:
    for token in doc:
        if token.lower_ != "according" or token.i + 1 >= len(doc) or doc[token.i + 1].lower_ != "to":
            continue
        to = doc[token.i + 1]
        objects = [c for c in to.children if c.dep_ == "pobj"]
        sent_start, sent_end = sentence_bounds(doc, token.i)
        if objects:
            speaker = phrase(objects[0])
            # the content starts after the whole source phrase, even when the mention is cut
            # to its head ("according to early results of the exit poll conducted by ...")
            source_end = max(speaker[1], objects[0].right_edge.i + 1)
        else:
            # a misparse leaves "to" without its object ("according to show insiders", "show"
            # read as a verb): the source runs to the next punctuation
            source_end = next((t.i for t in doc[to.i + 1 : sent_end] if t.is_punct), sent_end)
            if not 0 < source_end - to.i - 1 <= MAX_SPEAKER_TOKENS:
                continue
            speaker = (to.i + 1, source_end)
        # the content is the sentence minus "according to X" and the commas around it
        if token.i - sent_start > source_end - token.i:
            content = (sent_start, token.i)
        else:
            content = (source_end, sent_end)
        yield Frame((token.i, token.i + 2), speaker, trim_content(doc, *content), "according")


def _headline_frames(doc: Doc, paragraphs: Paragraphs) -> Iterable[Frame]:
    """"Russia, Turkey Reaffirm Ties, Says Moscow": a short final "Says X" after a comma."""
    for start in paragraphs.starts:
        lo, hi = paragraphs.bounds(start)
        # "Says X" ends the line within six words: only the line's last tokens are read
        window = max(lo, hi - 24)
        tokens = [t for t in doc[window:hi] if not t.is_space]
        skipped = 0  # words before the window, up to the two the pattern needs before "Says"
        for t in doc[lo:window]:
            skipped += not t.is_space
            if skipped == 2:
                break
        for k in range(len(tokens) - 2, max(0, 1 - skipped), -1):
            token = tokens[k]
            if token.lower_ in HEADLINE_VERBS and tokens[k - 1].text == "," and len(tokens) - k - 1 <= 5:
                rest = [t for t in tokens[k + 1 :] if not t.is_punct]
                if rest and all(t.is_title or t.is_upper or t.lower_ in ("the", "of") for t in rest):
                    yield Frame((token.i, token.i + 1), (rest[0].i, rest[-1].i + 1), trim_content(doc, lo, tokens[k - 1].i), "headline")
                break


def _lead_in_frames(doc: Doc) -> Iterable[Frame]:
    """"Pat Caddell: Democrat Voters Worried ...": a person's name then a colon opens a sentence."""
    for ent in doc.ents:
        if ent.label_ != "PERSON" or ent.end >= len(doc) or doc[ent.end].text != ":":
            continue
        start = ent.start
        while start > 0 and doc[start - 1].is_space:
            start -= 1
        if start != 0 and "\n" not in doc[start - 1].text_with_ws:
            continue
        end = ent.end + 1
        while end < len(doc) and "\n" not in doc[end - 1].text_with_ws:
            end += 1
        content = trim_content(doc, ent.end + 1, end)
        if content[1] - content[0] >= 3:
            yield Frame((ent.end, ent.end + 1), (ent.start, ent.end), content, "lead-in")


# Parts of speech that make a line opening "...:" a sentence, not a source name.
_NOT_IN_SOURCE = frozenset("DET VERB AUX PRON SCONJ PART NUM INTJ".split())
MAX_LEAD_IN_TOKENS = 5


def _named_lead_in_frames(doc: Doc, paragraphs: Paragraphs) -> Iterable[Frame]:
    """"NY Daily News: Attacks Highlight Threat", "Clinton camp: ...": a short capitalised
    name of an outlet, a group or a person opening a paragraph, then a colon and the
    headline it is credited with."""
    for lo in paragraphs.starts:
        hi = paragraphs.bounds(lo)[1]
        start = lo
        while start < hi and doc[start].is_space:
            start += 1
        colon = next((j for j in range(start + 1, min(hi, start + MAX_LEAD_IN_TOKENS + 1)) if doc[j].text == ":"), None)
        if colon is None:
            continue
        lead = doc[start:colon]
        if not (lead[0].is_title or lead[0].is_upper) or not lead[0].is_alpha:
            continue
        if any(t.pos_ in _NOT_IN_SOURCE or t.is_punct or (t.is_lower and t.i == colon - 1 and t.lower_ not in GROUP_NOUNS) for t in lead):
            continue
        if any(t.is_lower and t.lower_ not in GROUP_NOUNS and t.pos_ != "ADP" for t in lead):
            continue
        content = trim_content(doc, colon + 1, hi)
        if sum(1 for t in doc[content[0] : content[1]] if t.is_alpha) >= 3:
            yield Frame((colon, colon + 1), (start, colon), content, "lead-in")


# Lowercase heads a credited source may end with: "Clinton camp", "Trump campaign".
GROUP_NOUNS = frozenset("camp campaign aides allies spokesman spokeswoman team officials".split())


# Sentence adverbials that PolNeAR leaves out of the content: "In fact, ...", "Still, ...".
OPENERS = frozenset(
    "in fact|of course|indeed|however|still|meanwhile|instead|in addition|in other words|"
    "in the end|at the same time|for example|for instance|after all|in short|moreover|besides".split("|")
)


def _drop_opener(doc: Doc, start: int, end: int) -> Tuple[int, int]:
    """The content without a leading "In fact," and the like."""
    for n in (1, 2, 3, 4):
        if start + n + 3 < end and doc[start + n].text == "," and doc[start : start + n].text.lower() in OPENERS:
            return trim_content(doc, start + n + 1, end)
    return start, end


DASH_TEXTS = ("—", "–", "-", "--")


def _drop_dateline(doc: Doc, start: int, end: int) -> Tuple[int, int]:
    """The content without a wire-story dateline: "JERUSALEM — ...", "LOS ANGELES, Feb. 2
    (UPI) — ...". It opens with a capitalised place and has no lowercase word before the dash."""
    first = doc[start]
    if not (first.is_upper and first.is_alpha and len(first) > 1):
        return start, end
    for i in range(start + 1, min(end - 3, start + 12)):
        token = doc[i]
        if token.text in DASH_TEXTS:
            return trim_content(doc, i + 1, end)
        if token.is_lower and token.is_alpha or token.is_space:
            break
    return start, end


# Verbs of a relative clause that makes a report of its own: ", which he called ...".
ASIDE_VERBS = REPORTING_VERBS | NAMING_VERBS
# Participles that tell of the speaker's act or its effect: ", drawing boos", ", conceding".
ASIDE_PARTICIPLES = (ASIDE_VERBS - {"show", "indicate", "suggest", "find"}) | frozenset("draw contrast prompt spark earn".split())


def _cut_trailing_aside(doc: Doc, start: int, end: int) -> Tuple[int, int]:
    """"said she would run, drawing boos from the crowd", "said he had access, which he
    described as ...": a participle or a reporting relative clause after a comma at the
    end of the content tells of the report, not what was reported; PolNeAR leaves it out."""
    for comma in range(start + 3, end - 1):
        if doc[comma].text != ",":
            continue
        first = doc[comma + 1]
        if first.tag_ == "VBG" and first.lemma_.lower() in ASIDE_PARTICIPLES and first.dep_ in ("advcl", "xcomp", "conj", "acl", "dep") and first.head.i < comma:
            clause = first
        elif first.lower_ in ("which", "who") and first.head.dep_ == "relcl" and first.head.lemma_.lower() in ASIDE_VERBS:
            clause = first.head
        elif first.lower_ in ("which", "who") and first.head.dep_ == "relcl" and first.head.head.i < comma \
                and not any(t.is_quote for t in doc[comma:end]):
            # ", which/who ...": more often the writer's gloss on the last noun than part of
            # the report (47 to 37 on train), unless it quotes the speaker
            clause = first.head
        elif first.lower_ == "according" and comma + 2 < end and doc[comma + 2].lower_ == "to":
            clause = first  # ", according to X": a source of its own
        elif first.lower_ in ("a", "an") and first.head.dep_ == "appos" and first.head.head.i < comma:
            # ", a self-described socialist": the writer's gloss on the last noun (18 to 6 on train)
            clause = first.head
        else:
            continue
        if clause.right_edge.i + 1 >= end and clause.left_edge.i > comma:
            return trim_content(doc, start, comma)
    # "he does not want that, in an interview with CNN": where the report was made
    for prep in doc[start + 3 : end - 1]:
        if prep.lower_ not in ("in", "via", "during") or prep.dep_ != "prep" or prep.right_edge.i + 1 < end:
            continue
        pobj = next((c for c in prep.children if c.dep_ == "pobj"), None)
        if pobj is not None and pobj.lemma_.lower() in SPEECH_MEDIA:
            return trim_content(doc, start, prep.i)
    return start, end


# Media that a report is made in, not ones a reported event happens at.
SPEECH_MEDIA = frozenset("interview statement tweet post speech appearance release email e-mail letter broadcast podcast briefing op-ed facebook twitter".split())


def find_frames(doc: Doc) -> List[Frame]:
    """All reporting frames of a parsed document, in text order of their cues.

    doc (Doc): a document with a dependency parse.
    RETURNS (List[Frame]): the frames.
    """
    if not doc.has_annotation("DEP"):
        return []
    # several stages read the frames: computed once per doc; callers must not change them
    return cached(doc, "frames", lambda: _find_frames(doc))


def _find_frames(doc: Doc) -> List[Frame]:
    paragraphs = Paragraphs.of_doc(doc)
    frames = []
    for frame in [*_verb_frames(doc), *_noun_frames(doc), *_according_to_frames(doc), *_lead_in_frames(doc), *_named_lead_in_frames(doc, paragraphs)]:
        # the parser's sentences can run over a line break; a report never does
        frame.content = paragraphs.clip(frame.content, frame.cue[0])
        frame.speaker = paragraphs.clip(frame.speaker, frame.cue[0])
        frame.rest = paragraphs.clip(frame.rest, frame.cue[0])
        if frame.content is not None:
            frame.content = _drop_opener(doc, *_drop_dateline(doc, *trim_content(doc, *frame.content)))
            if frame.source == "verb":
                frame.content = _cut_trailing_aside(doc, *frame.content)
        frames.append(frame)
    frames.extend(_headline_frames(doc, paragraphs))
    # a headline frame replaces the verb frame of the same cue
    by_cue = {}
    for frame in frames:
        if frame.cue not in by_cue or frame.source == "headline":
            by_cue[frame.cue] = frame
    return sorted(by_cue.values(), key=lambda frame: frame.cue)


def frame_content_ok(frame: Frame) -> bool:
    return frame.content is not None and (frame.content[1] - frame.content[0] >= 3 or frame.short_ok)
