"""Affiliations: organisations referred back to, name forms, party against state."""
import spacy
from spacy.tokens import Doc, Span

from spacy_quotes.roles.affiliations import national_committee, normalise_affiliation
from spacy_quotes.roles.role_component import fullest_name

from conftest import roles_of

VOCAB = spacy.blank("en").vocab


def test_the_bank_is_the_last_bank_named_before(nlp):
    text = ("The Northern Farmers Bank lost money this year. "
            "“We will recover,” said Ann Lee, the president of the bank.")
    assert roles_of(nlp, text)["Ann Lee"] == ("president", "Northern Farmers Bank")


def test_its_is_the_organisation_named_just_before(nlp):
    text = ("The drug maker Halvex Pharmaceuticals opened a plant in Ohio. "
            "Tom Reed, its chief executive, said “the plant will hire 300 people.”")
    assert roles_of(nlp, text)["Tom Reed"] == ("chief executive", "Halvex Pharmaceuticals")


def test_a_party_stated_with_another_role_does_not_replace_the_state(nlp):
    text = "“Taxes are too high,” said Ohio Gov. Ann Lee, a Republican presidential contender, on Monday."
    assert roles_of(nlp, text)["Ann Lee"] == ("governor", "Ohio")
    text = "“Taxes are too high,” said Ohio Gov. Ann Lee (R) on Monday."
    assert roles_of(nlp, text)["Ann Lee"] == ("governor", "Republican Party")


def test_a_single_word_tagged_as_a_person_does_not_stop_the_fuller_name():
    words = "Ann Lee runs Halvex Health . Her partner at Halvex , Tom Reed , praised Halvex .".split()
    doc = Doc(VOCAB, words=words)
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 3, 5, "ORG"), Span(doc, 9, 10, "ORG"),
                Span(doc, 11, 13, "PERSON"), Span(doc, 15, 16, "PERSON")]
    assert fullest_name(doc, "Halvex") == "Halvex Health"
    # the surname of a person named in full stays the person ("Lee" is not "Lee Foundation")
    doc = Doc(VOCAB, words="Ann Lee spoke . The Lee Foundation gave money .".split())
    doc.ents = [Span(doc, 0, 2, "PERSON"), Span(doc, 4, 7, "ORG")]
    assert fullest_name(doc, "Lee") == "Lee"


def test_a_party_committee_with_a_state_or_with_a_body_of_its_own():
    assert normalise_affiliation("Democratic National Committee Ohio") == "Democratic National Committee"
    assert normalise_affiliation("RNC Kansas") == "Republican National Committee"
    assert normalise_affiliation("RNC Credentials Committee") == "RNC Credentials Committee"


def test_a_campaign_role_belongs_to_the_campaign_named_just_before(nlp):
    text = ("Volunteers knocked on doors for Ann Lee's campaign in Ohio. "
            "The state's campaign chairman, Paul Grant, said “we will win here.”")
    assert roles_of(nlp, text)["Paul Grant"] == ("campaign chairman", "Lee campaign")
    # not a party's campaign
    text = ("Volunteers knocked on doors for the Republican campaign in Ohio. "
            "The state's campaign chairman, Paul Grant, said “we will win here.”")
    assert roles_of(nlp, text)["Paul Grant"] == ("campaign chairman", None)


def test_a_party_stated_with_the_same_role_elsewhere_wins_over_the_state(nlp):
    text = ("Ohio Sen. Ann Lee questioned the bank's chief on Tuesday. “You should resign,” Lee said. "
            "The Democratic senator also asked about bonuses.")
    assert roles_of(nlp, text)["Ann Lee"] == ("senator", "Democratic Party")


def test_a_national_committeeman_belongs_to_the_national_committee(nlp):
    assert national_committee("Democratic Party", "national committeewoman") == "Democratic National Committee"
    assert national_committee("Democratic Party", "senator") == "Democratic Party"
    text = "“He must apologize,” said Tom Reed, the Republican National Committeeman from Ohio."
    assert roles_of(nlp, text)["Tom Reed"][1] == "Republican National Committee"


def test_a_city_office_belongs_to_the_city_named_after_it(nlp):
    text = "“The rules are clear,” said Ann Lee, a city council member in Dayton, Ohio."
    assert roles_of(nlp, text)["Ann Lee"] == ("city council member", "Dayton")


def test_the_state_of_a_role_is_no_organisation_named_state(nlp):
    text = ("Penn State lost on Saturday in Ohio. "
            "“We are ready,” said Ann Lee, the state's attorney general.")
    assert roles_of(nlp, text)["Ann Lee"] == ("attorney general", None)


def test_a_mention_as_the_partys_member_wins_over_the_state(nlp):
    text = ("Former Ohio Sen. Ann Lee wrote the report. "
            "The Democrat told reporters that “it was ignored for years.”")
    assert roles_of(nlp, text)["Ann Lee"] == ("former senator", "Democratic Party")
