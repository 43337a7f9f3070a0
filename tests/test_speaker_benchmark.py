"""How the speaker benchmark finds the predicted row of a gold person."""
from types import SimpleNamespace

from spacy_quotes.corpus.speaker_benchmark import find_person


def speaker(name, kind="person", role=None):
    return SimpleNamespace(name=name, kind=kind, role=role)


def test_exact_name_prefers_the_person_to_an_organisation_of_that_name():
    rows = [speaker("Ann Lee", kind="organisation"), speaker("Ann Lee", role="pastor")]
    assert find_person("Ann Lee", rows).kind == "person"


def test_surname_fallback_finds_a_fuller_or_shorter_name():
    rows = [speaker("Ann B. Lee", role="mayor"), speaker("Bo Dean")]
    assert find_person("Ann Lee", rows, ["Ann Lee", "Bo Dean"]).name == "Ann B. Lee"


def test_surname_shared_by_another_gold_person_is_not_a_match():
    # the father, who has no row of his own, is not scored against his daughter's row
    rows = [speaker("Ann Lee", role="playwright")]
    assert find_person("James Lee", rows, ["Ann Lee", "James Lee"]) is None
