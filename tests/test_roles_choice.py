"""Roles: which of the several roles a document states for a person is the person's role."""
from conftest import roles_of



def test_role_in_the_articles_words_wins_over_a_title_inside_a_quote(nlp):
    # "President Lee" is a supporter's wish, nearer her quote than the article's "Sen."
    text = ("Ohio Sen. Ann Lee held a rally in Dayton on Friday, her third this month. The crowd was large and "
            "loud. Many people waited for hours in the rain to get in. “We want President Lee,” said Tom Reed, "
            "a retired teacher. “We are not done yet,” Lee said.")
    assert roles_of(nlp, text)["Ann Lee"] == ("senator", "Ohio")


def test_description_with_a_party_is_the_one_person_of_that_party(nlp):
    # both were named in the sentence before; only Lee is called a Democrat
    text = ("Democrat Ann Lee spoke in Columbus on Monday. “We will win this state,” Lee said. Republican Tom Reed "
            "said, “She has no plan.” Reed and Lee will debate on Tuesday night in Dayton. The Democratic "
            "presidential candidate’s plan drew praise from unions.")
    roles = roles_of(nlp, text)
    assert roles["Ann Lee"] == ("presidential candidate", "Democratic Party")
    assert roles["Tom Reed"] == (None, "Republican Party")


def test_former_stated_elsewhere_does_not_age_the_nearest_role(nlp):
    text = ("Former Ohio Gov. Ann Lee will speak at the county fair on Sunday. Tickets sold out in an hour. "
            "The fair opens at noon. In 1990, Gov. Lee signed the state budget. “It was a hard year,” Lee said.")
    assert roles_of(nlp, text)["Ann Lee"] == ("governor", "Ohio")


def test_description_office_wins_over_a_named_trade(nlp):
    text = ("Ann Lee, a real estate mogul, toured a factory in Toledo on Monday. The Republican presidential nominee "
            "promised new jobs. “We will bring them back,” Lee said.")
    assert roles_of(nlp, text)["Ann Lee"] == ("presidential nominee", "Republican Party")


def test_role_stated_before_the_quote_wins_over_a_nearer_one_after_it(nlp):
    # the lawyer is nearer the quote, but after it: what a story says after a quote is background
    text = ("Ann Lee, a former state treasurer, spoke at the rally in Dayton on Friday afternoon. “We need a new "
            "plan,” she said. Lee, a lawyer, then left for Ohio.")
    assert roles_of(nlp, text)["Ann Lee"] == ("former state treasurer", None)


def test_description_after_as_belongs_to_the_subject(nlp):
    text = ("Ann Lee won the primary on Tuesday. “It was a long night,” Lee said. Eight years ago, Tom Reed was on "
            "the other side as the losing candidate. “I know how she feels,” Reed said.")
    roles = roles_of(nlp, text)
    assert roles["Tom Reed"] == ("candidate", None)
    assert roles["Ann Lee"] == (None, None)
