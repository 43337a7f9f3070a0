"""Roles: which of the several roles a document states for a person is the person's role."""


def roles_of(nlp, text):
    doc = nlp(text)
    return {s.name: (s.role, s.affiliation) for s in doc._.speakers if s.kind == "person"}


def test_role_in_the_articles_words_wins_over_a_title_inside_a_quote(nlp):
    # "President Lee" is a supporter's wish, nearer her quote than the article's "Sen."
    text = ("Ohio Sen. Ann Lee held a rally in Dayton on Friday, her third this month. The crowd was large and "
            "loud. Many people waited for hours in the rain to get in. “We want President Lee,” said Tom Reed, "
            "a retired teacher. “We are not done yet,” Lee said.")
    assert roles_of(nlp, text)["Ann Lee"] == ("senator", "Ohio")
