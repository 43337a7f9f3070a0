"""Roles and affiliations from the words around a name (roles/patterns.py)."""
from conftest import roles_of



def test_dateline_before_the_name_is_no_affiliation(nlp):
    roles = roles_of(nlp, "PORTLAND - Sen. Ann Walker said on Friday: “We will not give up this fight.”")
    assert roles["Ann Walker"] == ("senator", None)


def test_his_or_her_campaign_is_the_topic_not_a_later_object(nlp):
    roles = roles_of(nlp, "Maria Lopez's speech was softer than that of her aides, who attacked Tom Baker on Friday. "
                          "Her campaign manager, Sam Ortiz, said: “Baker broke the rules and he knows it.”")
    assert roles["Sam Ortiz"] == ("campaign manager", "Lopez campaign")


def test_present_activity_in_a_relative_clause_gives_the_body(nlp):
    roles = roles_of(nlp, "“The ports are not ready,” said Tom Reed, a former trade economist who now studies "
                          "shipping routes at the Brookings Institution.")
    assert roles["Tom Reed"] == ("former trade economist", "Brookings Institution")


def test_body_after_a_second_role_is_not_the_first_ones(nlp):
    roles = roles_of(nlp, "“Voters want jobs,” said Dan Moss, a Republican campaign consultant and the host of "
                          "a Sirius Radio talk show.")
    assert roles["Dan Moss"] == ("campaign consultant", "Republican Party")


def test_a_countrys_named_party_wins_over_the_country(nlp):
    roles = roles_of(nlp, "“We will win the vote,” said Pierre Dubois, leader of Belgium’s far-right "
                          "Vlaams Blok party.")
    assert roles["Pierre Dubois"] == ("leader", "Vlaams Blok")
