"""Roles and affiliations: trimming to the role noun phrase, names inside roles, campaigns."""
from spacy_quotes.roles.affiliations import campaign_affiliation, normalise_affiliation, party_from_tag
from spacy_quotes.roles.patterns import _trim_role


def test_trim_role_to_head_and_premodifiers():
    assert _trim_role("historian who attended the session".split()) == ["historian"]
    assert _trim_role("conservative chat host".split()) == ["chat", "host"]
    assert _trim_role("talk show host and operations manager".split()) == ["talk", "show", "host"]
    assert _trim_role("secretary of state".split()) == ["secretary", "of", "state"]
    assert _trim_role("former senator".split()) == ["former", "senator"]


def test_demonyms_and_parties():
    assert normalise_affiliation("Norwegian") == "Norway"
    assert normalise_affiliation("Latvian") == "Latvia"
    assert normalise_affiliation("Democratic") == "Democratic Party"
    assert party_from_tag("I", "Vt.") == "Vermont"
    assert party_from_tag("D", "N.Y.") == "Democratic Party"


def test_candidate_staff_belong_to_the_campaign():
    assert campaign_affiliation("Clinton", "spokesman", {"clinton"}) == "Clinton campaign"
    assert campaign_affiliation("Russia", "foreign minister", {"lavrov"}) == "Russia"


def roles_of(nlp, text):
    doc = nlp(text)
    return {s.name: (s.role, s.affiliation) for s in doc._.speakers if s.kind == "person"}


def test_place_inside_role_is_the_affiliation(nlp):
    roles = roles_of(nlp, "“We will cut taxes,” said former Florida Gov. Jeb Bush on Tuesday.")
    assert roles["Jeb Bush"] == ("former governor", "Florida")


def test_party_inside_role(nlp):
    roles = roles_of(nlp, "“The economy is rigged,” said Democratic pollster Pat Caddell.")
    assert roles["Pat Caddell"] == ("pollster", "Democratic Party")


def test_candidate_spokesman(nlp):
    roles = roles_of(nlp, "Hillary Clinton spoke on Monday. “She was clear,” said Clinton spokesman Brian Fallon.")
    assert roles["Brian Fallon"] == ("spokesman", "Clinton campaign")


def test_party_wins_over_state_or_chamber():
    assert normalise_affiliation("Florida Republican") == "Republican Party"
    assert normalise_affiliation("Senate Democratic") == "Democratic Party"
    assert normalise_affiliation("Republican National Committee") == "Republican National Committee"
    assert normalise_affiliation("RNC") == "Republican National Committee"


def test_appositive_after_an_age(nlp):
    roles = roles_of(nlp, "“We need more buses,” said Ann Lee, 34, a social worker from Dayton.")
    assert roles["Ann Lee"][0] == "social worker"


def test_role_with_of_tail_and_organisation(nlp):
    roles = roles_of(nlp, "“Tariffs rarely work,” said Paul Brand, a professor of economics at Ohio State University.")
    assert roles["Paul Brand"] == ("professor of economics", "Ohio State University")


def test_senior_fellow_is_a_role_fellow_republican_is_not(nlp):
    roles = roles_of(nlp, "“The plan is thin,” said Mark Hale, a senior fellow at the Brookings Institution.")
    assert roles["Mark Hale"] == ("senior fellow", "Brookings Institution")


def test_campaign_manager_keeps_campaign(nlp):
    text = ("Bernie Sanders spoke in Iowa. “We will win here,” said Sanders campaign manager Jeff Wills.")
    assert roles_of(nlp, text)["Jeff Wills"] == ("campaign manager", "Sanders campaign")


def test_hyphenated_role_as_written(nlp):
    roles = roles_of(nlp, "“The book took years,” said Tom Avery, a co-author of the study.")
    assert roles["Tom Avery"][0] == "co-author"


def test_place_after_the_name(nlp):
    roles = roles_of(nlp, "“The bill is dead,” said Senator Tom Reed of Ohio.")
    assert roles["Tom Reed"] == ("senator", "Ohio")


def test_role_of_another_name_in_the_mention_is_not_taken():
    from spacy_quotes.roles.patterns import person_roles
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    words = ["Mayor", "Rudy", "Giuliani", ",", "who", "backs", "Trump", ",", "said", "it"]
    doc = Doc(Vocab(), words=words, ents=["O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O"])
    mention = doc[0:7]
    assert person_roles(doc, [mention], "Donald Trump") == []


def test_role_stated_at_a_name_wins_over_a_linked_description():
    """"the moderator" linked to Cruz (a resolver guess) must not override "Sen. Ted Cruz";
    a description still gives the role of a person no name mention gives one."""
    from spacy.lang.en import English
    from spacy.tokens import Doc
    from spacy_quotes.records import register_extensions
    from spacy_quotes.roles.role_component import RoleExtractor
    register_extensions()
    words = ["Sen.", "Ted", "Cruz", "spoke", ".", "Ann", "Lee", "spoke", ".", "the", "moderator", "said", "."]
    doc = Doc(English().vocab, words=words,
              pos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
              tags=["NNP", "NNP", "NNP", "VBD", ".", "NNP", "NNP", "VBD", ".", "DT", "NN", "VBD", "."],
              heads=[2, 2, 3, 3, 3, 6, 7, 7, 7, 10, 11, 11, 11],
              deps=["compound", "compound", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"],
              ents=["O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"])
    doc._.quote_table = [{"start": 9, "end": 12, "kind": "direct", "entity": 0}]  # Cruz quoted at "the moderator"
    doc._.speaker_table = [
        {"name": "Ted Cruz", "kind": "person", "mentions": [[1, 3], [9, 11]], "role": None, "affiliation": None, "role_modifiers": []},
        {"name": "Ann Lee", "kind": "person", "mentions": [[5, 7], [9, 11]], "role": None, "affiliation": None, "role_modifiers": []},
    ]
    doc = RoleExtractor(None)(doc)
    assert [row["role"] for row in doc._.speaker_table] == ["senator", "moderator"]


def test_party_tag_without_brackets(nlp):
    roles = roles_of(nlp, "“The bill is dead,” said Sen. Tom Reed, R-Ohio, on Tuesday.")
    assert roles["Tom Reed"][1] == "Republican Party"


def test_organisation_after_a_description_without_role_word(nlp):
    roles = roles_of(nlp, "“The tunnels are longer now,” said Dana Price, a 20-year veteran of the Coast Guard Service.")
    assert roles["Dana Price"][1] == "Coast Guard Service"


def test_lowercase_modifier_before_an_organisation_name():
    from spacy_quotes.roles.patterns import name_phrase
    import spacy
    nlp = spacy.blank("en")
    doc = nlp("the government-funded Rand Corporation said")
    for t, pos in zip(doc, ["DET", "NOUN", "PUNCT", "VERB", "PROPN", "PROPN", "VERB"]):
        t.pos_ = pos
    doc[1].pos_ = "ADJ"; doc[3].pos_ = "ADJ"
    assert name_phrase(list(doc)) == "Rand Corporation"


def test_organisation_name_before_the_role_is_the_affiliation(nlp):
    roles = roles_of(nlp, "“The bill is dead,” said Senate Banking Committee Chairman Walter Brandt on Monday.")
    assert roles["Walter Brandt"] == ("chairman", "Senate Banking Committee")
    roles = roles_of(nlp, "“We are ready,” White House press secretary Dana Kell told reporters.")
    assert roles["Dana Kell"] == ("press secretary", "White House")
