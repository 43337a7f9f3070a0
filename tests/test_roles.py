"""Roles and affiliations: trimming to the role noun phrase, names inside roles, campaigns."""
import pytest

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
