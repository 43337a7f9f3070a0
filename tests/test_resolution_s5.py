"""Speaker resolution: names the recogniser mislabels, descriptions and organisations (session 5)."""
import spacy
from spacy.tokens import Doc

from spacy_quotes.resolution.names import cluster_names
from spacy_quotes.resolution.resolve import resolve

from conftest import resolve_sources


def _tagged_doc(words, pos, ents):
    return Doc(spacy.blank("en").vocab, words=words, pos=pos, ents=ents, lemmas=[w.lower() for w in words])


def test_name_tagged_organisation_and_shortened_to_its_surname_is_a_person():
    # "Wren Halvik" tagged ORG, then "Halvik, head of the group," tagged GPE: one person
    words = ["Wren", "Halvik", "spoke", ".", "Halvik", ",", "head", "of", "the", "group", ",", "left", "."]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PUNCT", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"]
    ents = ["B-ORG", "I-ORG", "O", "O", "B-GPE", "O", "O", "O", "O", "O", "O", "O", "O"]
    entities, index = cluster_names(_tagged_doc(words, pos, ents))
    people = [e for e in entities if e.kind == "person"]
    assert [(e.name, e.mentions) for e in people] == [("Wren Halvik", [(0, 2), (4, 5)])]
    assert index[(4, 5)] == entities.index(people[0])


def test_organisation_shortened_without_a_person_description_stays_an_organisation():
    # no role noun describes it: "Stone Harbor ... Harbor, the fund," is an organisation
    words = ["Stone", "Harbor", "grew", ".", "Harbor", ",", "the", "fund", ",", "fell", "."]
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PUNCT", "DET", "NOUN", "PUNCT", "VERB", "PUNCT"]
    ents = ["B-ORG", "I-ORG", "O", "O", "B-ORG", "O", "O", "O", "O", "O", "O"]
    entities, _ = cluster_names(_tagged_doc(words, pos, ents))
    assert [e.kind for e in entities] == ["organisation", "organisation"]


def test_bare_title_coordinated_with_a_name_is_that_person(base):
    # "Former lawyer and GOP strategist Ann Lee": the titles are hers, the name is the speaker
    text = "Former lawyer and GOP strategist Dana Whitfield, who backs the plan, said the plan would pass."
    names, doc = resolve_sources(base, text, [("the plan would pass", "Former lawyer and GOP strategist Dana Whitfield, who backs the plan,")])
    assert doc[1].dep_ == "nsubj" and doc[6].dep_ == "conj"  # the parse this rule is for
    assert names == ["Dana Whitfield"]


def test_name_in_apposition_to_a_common_noun_is_the_speaker(base):
    # "master of ceremonies" is no person noun, but the name in apposition says who it is
    text = "“Welcome home,” said master of ceremonies Omar Haddad, a retired engineer who moved here in 1990."
    names, _ = resolve_sources(base, text, [("“Welcome home,”", "master of ceremonies Omar Haddad, a retired engineer who moved here in 1990")])
    assert names == ["Omar Haddad"]


def test_newspaper_tagged_as_an_event_is_an_organisation():
    # "The Elmwood Post" tagged EVENT: a newspaper, keeping the "The" it is written with
    words = ["She", "wrote", "for", "The", "Elmwood", "Post", ".", "Critics", "met", "outside", "the", "Elmwood", "Post", "."]
    pos = ["PRON", "VERB", "ADP", "DET", "PROPN", "PROPN", "PUNCT", "NOUN", "VERB", "ADP", "DET", "PROPN", "PROPN", "PUNCT"]
    ents = ["O", "O", "O", "B-EVENT", "I-EVENT", "I-EVENT", "O", "O", "O", "O", "B-EVENT", "I-EVENT", "I-EVENT", "O"]
    entities, _ = cluster_names(_tagged_doc(words, pos, ents))
    assert [(e.kind, e.name, e.mentions) for e in entities] == [("organisation", "The Elmwood Post", [(3, 6), (10, 13)])]


def test_name_after_known_as_names_the_speaker(base):
    # "the base chief known as Bob": the name of a naming clause is the speaker's, not someone behind a preposition
    text = "“The gate was open,” said the night guard known as Tom, speaking publicly for the first time."
    names, doc = resolve_sources(base, text, [("“The gate was open,”", "the night guard known as Tom")])
    tom = next(t for t in doc if t.text == "Tom")
    assert (tom.dep_, tom.head.text, tom.head.head.dep_) == ("pobj", "as", "acl")  # the parse this rule is for
    assert names == ["Tom"]


def test_description_opening_a_sentence_continues_the_subject_before(base):
    # no one described as a "vice presidential nominee" before: the person the sentence before is about
    from spacy_quotes.resolution.resolve import _description_mentions

    text = ("Dana Whitfield says the plan will fail. The Republican vice presidential nominee was speaking "
            "on Friday in Ohio, hours after Bo Crane criticised the plan.")
    with base.select_pipes(disable=["quotes"]):
        doc = base(text)
    entities, _ = cluster_names(doc)
    _description_mentions(doc, [], entities)
    description = next(t for t in doc if t.text == "nominee")
    whitfield = next(e for e in entities if e.name == "Dana Whitfield")
    assert (description.i - 4, description.i + 1) in whitfield.mentions
    assert all((description.i - 4, description.i + 1) not in e.mentions for e in entities if e is not whitfield)


def test_poll_named_by_its_pollsters_keeps_their_name(base):
    # a poll named by its pollsters is a named "other" source; "the poll" after it is that poll; "a new poll" has no name
    text = ("Voters are split. A new Harlow College/Channel 9 poll released Monday found that “the race is tied.” "
            "The poll also found that “turnout will be high.” A new poll showed that “nobody knows.”")
    names, _ = resolve_sources(base, text, [("“the race is tied.”", "A new Harlow College/Channel 9 poll released Monday"),
                                            ("“turnout will be high.”", "The poll"),
                                            ("“nobody knows.”", "A new poll")])
    assert names == ["Harlow College/Channel 9 poll", "Harlow College/Channel 9 poll", None]


def test_name_the_recogniser_missed_keeps_all_its_proper_nouns():
    # "the Baltic and Nordic Alliance" with no entity: the whole name, not "Nordic Alliance"
    words = ["The", "Baltic", "and", "Nordic", "Alliance", "said", "no", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=[w.lower() for w in words],
              pos=["DET", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "INTJ", "PUNCT"],
              heads=[4, 4, 1, 1, 5, 5, 5, 5], deps=["det", "nmod", "cc", "conj", "nsubj", "ROOT", "dobj", "punct"])
    rows = [{"start": 6, "end": 7, "kind": "INDIRECT", "cue": None, "speaker": [0, 5], "confidence": 1.0, "entity": None}]
    table = resolve(doc, rows)
    assert table[rows[0]["entity"]]["name"] == "Baltic and Nordic Alliance"


def test_it_after_a_name_the_recogniser_missed_is_that_organisation():
    # "the Baltic and Nordic Alliance" with no entity, an "and" in its name: an organisation, and the next "It"
    words = ["The", "Baltic", "and", "Nordic", "Alliance", "said", "no", ".", "It", "said", "yes", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=[w.lower() for w in words],
              pos=["DET", "PROPN", "CCONJ", "PROPN", "PROPN", "VERB", "INTJ", "PUNCT", "PRON", "VERB", "INTJ", "PUNCT"],
              heads=[4, 4, 1, 1, 5, 5, 5, 5, 9, 9, 9, 9],
              deps=["det", "nmod", "cc", "conj", "nsubj", "ROOT", "dobj", "punct", "nsubj", "ROOT", "dobj", "punct"])
    rows = [{"start": 6, "end": 7, "kind": "INDIRECT", "cue": None, "speaker": [0, 5], "confidence": 1.0, "entity": None},
            {"start": 10, "end": 11, "kind": "INDIRECT", "cue": None, "speaker": [8, 9], "confidence": 1.0, "entity": None}]
    table = resolve(doc, rows)
    assert [(table[r["entity"]]["name"], table[r["entity"]]["kind"]) for r in rows] == [("Baltic and Nordic Alliance", "organisation")] * 2


def test_possessive_description_is_the_person_the_sentence_before_is_about(base):
    # "Obama's former campaign adviser" is not Obama, but the person named as the subject just before
    text = ("Barack Obama won twice. Dana Whitfield on Monday urged Bo Crane to apologize. "
            "“That was a disgrace,” Obama's former campaign adviser said in an interview.")
    names, _ = resolve_sources(base, text, [("“That was a disgrace,”", "Obama's former campaign adviser")])
    assert names == ["Dana Whitfield"]
    # described with another person noun before ("Rep."): no one's adviser
    names, _ = resolve_sources(base, text.replace("Dana Whitfield on", "Rep. Dana Whitfield on"),
                               [("“That was a disgrace,”", "Obama's former campaign adviser")])
    assert names == [None]


def test_one_of_a_persons_advisers_is_not_that_person(base):
    text = ("Dana Whitfield spoke about the climate on Monday. “The talks will fail,” said one of Ms. Whitfield's "
            "climate advisers, who asked not to be named.")
    names, doc = resolve_sources(base, text, [("“The talks will fail,”", "one of Ms. Whitfield's climate advisers")])
    assert next(t for t in doc if t.text == "one").pos_ == "NUM"  # the parse this rule is for
    assert names == [None]


def test_headline_person_noun_waits_for_the_speaker_named_next(base):
    # "Lawmaker urges ..." in a headline: not a name but the person the article names next; a thing in between
    # ("a new study of the plan") does not end the wait
    text = ("Lawmaker urges calm on trade;\n\nA new study of the plan says tariffs hurt farmers.\n\n"
            "Rep. Dana Whitfield, the top Democrat on the committee, called for calm on Monday.")
    names, doc = resolve_sources(base, text, [("calm on trade", "Lawmaker"), ("tariffs hurt farmers", "A new study of the plan"),
                                              ("for calm", "Rep. Dana Whitfield, the top Democrat on the committee,")])
    assert doc[0].pos_ == "PROPN"  # the tagging this rule is for
    assert names == ["Dana Whitfield", None, "Dana Whitfield"]


def test_name_with_an_organisation_appositive_is_that_organisation():
    # "Harbor Action, a super PAC," with no entity on the name: the name, an organisation, not "PAC"
    words = ["Harbor", "Action", ",", "a", "super", "PAC", ",", "said", "no", "."]
    doc = Doc(spacy.blank("en").vocab, words=words, lemmas=[w.lower() for w in words],
              pos=["PROPN", "PROPN", "PUNCT", "DET", "ADJ", "PROPN", "PUNCT", "VERB", "INTJ", "PUNCT"],
              heads=[1, 7, 1, 5, 5, 1, 1, 7, 7, 7],
              deps=["compound", "nsubj", "punct", "det", "amod", "appos", "punct", "ROOT", "dobj", "punct"],
              ents=["O", "O", "O", "O", "O", "B-ORG", "O", "O", "O", "O"])
    rows = [{"start": 8, "end": 9, "kind": "INDIRECT", "cue": None, "speaker": [0, 7], "confidence": 1.0, "entity": None}]
    table = resolve(doc, rows)
    assert (table[rows[0]["entity"]]["name"], table[rows[0]["entity"]]["kind"]) == ("Harbor Action", "organisation")


def test_the_post_is_the_newspaper_named_in_full():
    # a newspaper's short form joins its two-word name ("The Post", "The Washington Post")
    words = ["Readers", "of", "The", "Elmwood", "Post", "agreed", ".", "The", "Post", "said", "no", "."]
    pos = ["NOUN", "ADP", "DET", "PROPN", "PROPN", "VERB", "PUNCT", "DET", "PROPN", "VERB", "INTJ", "PUNCT"]
    ents = ["O", "O", "O", "B-ORG", "I-ORG", "O", "O", "O", "B-ORG", "O", "O", "O"]
    entities, _ = cluster_names(_tagged_doc(words, pos, ents))
    assert [(e.kind, e.name, e.mentions) for e in entities] == [("organisation", "The Elmwood Post", [(3, 5), (8, 9)])]
    # not so for other institutions: "the House" is not "the White House"
    words = [w.replace("Elmwood", "White").replace("Post", "House") for w in words]
    entities, _ = cluster_names(_tagged_doc(words, pos, ents))
    assert len(entities) == 2


def test_untagged_mention_of_an_organisation_name_joins_it():
    # "Wealth-Q" tagged ORG once, then untagged with "Q" parsed as a common noun: still the organisation
    words = ["Data", "from", "Wealth", "-", "Q", "grew", ".", "Wealth", "-", "Q", "said", "no", "."]
    spaces = [True, True, False, False, True, False, True, False, False, True, True, False, False]
    doc = Doc(spacy.blank("en").vocab, words=words, spaces=spaces, lemmas=[w.lower() for w in words],
              pos=["NOUN", "ADP", "PROPN", "PUNCT", "PROPN", "VERB", "PUNCT", "PROPN", "PUNCT", "NOUN", "VERB", "INTJ", "PUNCT"],
              heads=[5, 0, 4, 4, 1, 5, 5, 9, 9, 10, 10, 10, 10],
              deps=["nsubj", "prep", "compound", "punct", "pobj", "ROOT", "punct", "compound", "punct", "nsubj", "ROOT", "dobj", "punct"],
              ents=["O", "O", "B-ORG", "I-ORG", "I-ORG", "O", "O", "O", "O", "O", "O", "O", "O"])
    rows = [{"start": 11, "end": 12, "kind": "INDIRECT", "cue": None, "speaker": [7, 10], "confidence": 1.0, "entity": None}]
    table = resolve(doc, rows)
    assert (table[rows[0]["entity"]]["name"], table[rows[0]["entity"]]["kind"]) == ("Wealth-Q", "organisation")
