"""The rule strategy of stage 3: each speaker mention to a speaker entity.

Explainable by design, since no offline coreference model exists for spaCy 3.8:
- a mention whose head is a person's name joins the person cluster of that name
  ("Lavrov", "Mr. Lavrov" → "Sergei Lavrov");
- an organisation or place keeps its fullest name in the document;
- "he"/"she" goes to the most recent compatible person, weighted towards the
  previous quote's speaker (in news, "he said" after a quote is usually the last
  named speaker); "I"/"me" is the previous speaker;
- a definite description ("the senator", "the Republican nominee") goes to the
  most recent person introduced with that title;
- plural and unnamed sources ("officials", "a source") stay unresolved.
"""
from typing import Dict, List, Optional, Tuple

from spacy.tokens import Doc, Span

from .names import PRONOUN_GENDER, Entity, cluster_names, entity_spans, name_tokens

FIRST_PERSON = frozenset("i me my we us our".split())
GROUP_PRONOUNS = frozenset("we they us them".split())
PERSON_PRONOUNS = frozenset(PRONOUN_GENDER) | FIRST_PERSON
# recency window for pronouns, in tokens
PRONOUN_WINDOW = 400


def _ent_for_head(doc: Doc, span: Span, index: Dict[Tuple[int, int], int], ents: List[Span]) -> Optional[int]:
    root = span.root
    for ent in ents:
        if (ent.start, ent.end) in index and ent.start >= span.start and ent.end <= span.end:
            if ent.start <= root.i < ent.end:
                return index[(ent.start, ent.end)]
    # "said engineer Paul Grant" parsed with the title as head: a name closing the mention,
    # after title words only (never after a possessive: "Clinton's spokesman")
    for ent in ents:
        if (ent.start, ent.end) in index and ent.end == span.end and span.start <= root.i < ent.start:
            if not any(t.lower_ in ("'s", "’s", ",") or t.pos_ in ("DET", "ADP") for t in doc[span.start : ent.start]):
                return index[(ent.start, ent.end)]
    # an appositive name: "the campaign's manager, Robby Mook"
    for child in root.children:
        if child.dep_ == "appos":
            for ent in ents:
                if (ent.start, ent.end) in index and ent.start <= child.i < ent.end and span.start <= ent.start:
                    return index[(ent.start, ent.end)]
    return None


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


def _description_match(doc: Doc, span: Span, entities: List[Entity]) -> Optional[int]:
    """"the senator" → the most recent person whose mention was premodified by "senator"."""
    root = span.root
    if root.pos_ != "NOUN" or root.tag_ in ("NNS", "NNPS") or span[0].lower_ not in ("the", "this"):
        return None
    head = root.lemma_.lower()
    best, best_position = None, -1
    for k, entity in enumerate(entities):
        if entity.kind != "person":
            continue
        for start, end in entity.mentions:
            if start >= span.start:
                continue
            window = doc[max(0, start - 4) : start]
            if any(t.lemma_.lower() == head for t in window) or (end < len(doc) and head in doc[end : end + 6].text.lower()):
                if start > best_position:
                    best, best_position = k, start
    return best


def resolve(doc: Doc, rows: List[dict]) -> List[dict]:
    """Link each quote row's speaker mention to an entity; return the speaker table.

    doc (Doc): a document with entities and a parse.
    rows (List[dict]): quote rows with "speaker" offsets; their "entity" is set in place.
    RETURNS (List[dict]): rows for `doc._.speaker_table`: name, kind, mentions.
    """
    entities, index = cluster_names(doc)
    ents = entity_spans(doc)
    kinds: Dict[int, str] = {}
    speakers: Dict[int, int] = {}  # entity index -> speaker table index
    table: List[dict] = []
    last_speaker: Optional[int] = None

    def add(entity_k: Optional[int], mention: Tuple[int, int], kind: str, name: Optional[str]) -> int:
        if entity_k is not None and entity_k in speakers:
            row = table[speakers[entity_k]]
            if list(mention) not in row["mentions"]:
                row["mentions"].append(list(mention))
            return speakers[entity_k]
        mentions = [list(m) for m in entities[entity_k].mentions] if entity_k is not None else []
        if list(mention) not in mentions:
            mentions.append(list(mention))
        table.append({"name": name, "kind": kind, "mentions": sorted(mentions), "role": None,
                      "affiliation": None, "role_modifiers": []})
        if entity_k is not None:
            speakers[entity_k] = len(table) - 1
        return len(table) - 1

    for row in rows:
        if not row.get("speaker"):
            continue
        start, end = row["speaker"]
        span = doc[start:end]
        root = span.root
        low = root.lower_
        entity_k: Optional[int] = None
        kind, name = "person", None
        if low in PRONOUN_GENDER or (low in FIRST_PERSON and low not in GROUP_PRONOUNS):
            if low in FIRST_PERSON:
                entity_k = last_speaker
            else:
                entity_k = _pronoun_antecedent(entities, start, PRONOUN_GENDER[low], last_speaker)
                if entity_k is not None and entities[entity_k].gender is None:
                    entities[entity_k].gender = PRONOUN_GENDER[low]
        elif low in GROUP_PRONOUNS or low in ("they", "it"):
            kind = "group" if low != "it" else "organisation"
        else:
            entity_k = _ent_for_head(doc, span, index, ents)
            if entity_k is None and root.pos_ == "PROPN":
                # a name the entity recogniser missed
                words = name_tokens(doc[min(t.i for t in root.lefts if t.dep_ == "compound") if any(t.dep_ == "compound" for t in root.lefts) else root.i : root.i + 1])
                entity_k = next((k for k, e in enumerate(entities) if e.matches(words)), None)
                if entity_k is None and words:
                    org = root.ent_type_ in ("ORG", "GPE", "NORP", "FAC", "LOC")
                    entities.append(Entity("organisation" if org else "person", words, [(start, end)]))
                    entity_k = len(entities) - 1
            if entity_k is None:
                entity_k = _description_match(doc, span, entities)
            if entity_k is None:
                kind = "group" if root.tag_ in ("NNS", "NNPS") else "person"
        if entity_k is not None:
            kind, name = entities[entity_k].kind, entities[entity_k].name
            if kind == "person":
                last_speaker = entity_k
        row["entity"] = add(entity_k, (start, end), kind, name)
    # people who do not speak stay in the table: their roles are asked for too
    for k, entity in enumerate(entities):
        if entity.kind == "person" and k not in speakers:
            add(k, entity.mentions[0], "person", entity.name)
    return table
