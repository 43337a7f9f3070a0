"""Content boundaries of the rule-found indirect quotes, as PolNeAR draws them.

Each case pins one convention counted on the PolNeAR train split (see the comments
in attribution/cues.py); the sentences are made up for the tests.
"""
import pytest

CASES = [
    # a stance verb's object keeps the complements after it: "as ...", "for ..."
    ("The mayor described the new budget as a betrayal of working families.",
     "the new budget as a betrayal of working families", "described"),
    ("The council praised the volunteers for their work during the flood.",
     "the volunteers for their work during the flood", "praised"),
    # ... but not a date
    ("The governor endorsed Smith for president on Monday.", "Smith for president", "endorsed"),
    ("The senator endorsed Smith in May.", "Smith", "endorsed"),
    # "urged X to ...": the object is part of what was urged
    ("She urged party leaders to turn away from the tax plan.",
     "party leaders to turn away from the tax plan", "urged"),
    # "expressed concern that ...": the feeling noun goes to the cue
    ("The chairman expressed concern that the merger would raise prices for farmers.",
     "that the merger would raise prices for farmers", "expressed concern"),
    ("Mr. Lane expressed concern about the cost of the new stadium.",
     "the cost of the new stadium", "expressed concern about"),
    ("The board expressed confidence it would win the appeal.", "it would win the appeal", "expressed confidence"),
    # a closing ", a ..." appositive is the writer's gloss, not what was said
    ("The mayor said she would meet Jane Doe, a former judge from Ohio.", "she would meet Jane Doe", "said"),
    # so is a closing ", which ..." relative clause, unless it quotes the speaker
    ("The mayor said the city would sell the old stadium, which has been empty since 2010.",
     "the city would sell the old stadium", "said"),
    # a reporting verb with a subject of its own inside the content is part of it
    ("Jones said that the tax was unfair and he believes most voters agree with him.",
     "that the tax was unfair and he believes most voters agree with him", "said"),
    # a reported question keeps its question mark
    ("According to the engineers, can the city survive another storm?",
     "can the city survive another storm?", "According to"),
    # a wire-story dateline is not part of the content
    ("BOSTON — The city will close three libraries next year, officials said on Tuesday.",
     "The city will close three libraries next year", "said"),
]


@pytest.mark.parametrize("text,content,cue", CASES)
def test_indirect_content_boundaries(nlp, text, content, cue):
    doc = nlp(text)
    found = [(q.content.text, q.kind, q.cue.text if q.cue is not None else None) for q in doc._.quotes]
    assert found == [(content, "INDIRECT", cue)]


# Cue and source spans, as PolNeAR draws them: an adverb just before the verb, "for"
# of "called for" and a colon after the verb belong to the cue; the comma that
# closes an appositive belongs to the source.
CUE_SOURCE_CASES = [
    ("The mayor also said the city would hire more teachers.", "also said", "The mayor"),
    ("The union called for a new contract with higher wages.", "called for", "The union"),
    ("Jane Roe, a spokeswoman for the airline, said the delays were caused by the storm.",
     "said", "Jane Roe, a spokeswoman for the airline,"),
    ("Jane Roe said the delays were caused by the storm.", "said", "Jane Roe"),
]


@pytest.mark.parametrize("text,cue,source", CUE_SOURCE_CASES)
def test_cue_and_source_spans(nlp, text, cue, source):
    doc = nlp(text)
    assert [(q.cue.text, q.speaker.text) for q in doc._.quotes] == [(cue, source)]


def test_colon_after_the_cue_verb(nlp):
    doc = nlp("Mayor Karen Holt said: “We will not raise taxes this year.”")
    assert [q.cue.text for q in doc._.quotes] == ["said:"]


def test_according_to_without_a_parsed_object(nlp):
    # the parser reads "show" as a verb and leaves "to" without an object
    doc = nlp("As a reality TV boss, the mogul repeatedly mocked his rivals with crude language, according to show insiders.")
    assert [(q.content.text, q.cue.text, q.speaker.text) for q in doc._.quotes] == [
        ("As a reality TV boss, the mogul repeatedly mocked his rivals with crude language", "according to", "show insiders")]


# More cue and source conventions, each counted on PolNeAR train (attribution/cues.py).
CUE_SOURCE_MORE_CASES = [
    # a long appositive after a postposed speaker belongs to the source, however long
    ("“The river is rising faster than we planned for,” said Dana Ruiz, a retired schoolteacher from "
     "the north side of the valley who now runs the county food bank.",
     "said", "Dana Ruiz, a retired schoolteacher from the north side of the valley who now runs the county food bank"),
    # a participle aside is not the source
    ("Clinton, visibly annoyed by the question, said she would not answer it.", "said", "Clinton"),
    # an -ly adverb right after the verb belongs to the cue
    ("“We are not afraid,” the mayor said repeatedly.", "said repeatedly", "the mayor"),
    # so does the day that closes the sentence
    ("“We are not afraid,” the mayor said Tuesday.", "said Tuesday", "the mayor"),
]


@pytest.mark.parametrize("text,cue,source", CUE_SOURCE_MORE_CASES)
def test_more_cue_and_source_spans(nlp, text, cue, source):
    doc = nlp(text)
    assert [(q.cue.text, q.speaker.text) for q in doc._.quotes] == [(cue, source)]


def test_a_dateline_is_not_part_of_the_source(nlp):
    doc = nlp("RENO, Nev. (AP) — Republican presidential hopeful Jane Doe said the bill would pass.")
    assert [(q.cue.text, q.speaker.text) for q in doc._.quotes] == [("said", "Republican presidential hopeful Jane Doe")]


def test_a_participle_cue_takes_the_speaker_of_its_clause(nlp):
    # "adding" is the cue of what was added, and its speaker is the subject of "said"
    doc = nlp("Mayor Ann Lee said the budget was fair, adding that the city would hire more teachers next year.")
    found = [(q.content.text, q.cue.text, q.speaker.text) for q in doc._.quotes]
    assert ("that the city would hire more teachers next year", "adding", "Mayor Ann Lee") in found


def test_a_quote_keeps_the_cue_of_its_own_frame(nlp):
    # "Asked" has no subject: the speaker is sought nearby, but the cue stays "Asked"
    doc = nlp("Asked whether the plan would work, Mayor Ann Lee said she was hopeful.")
    found = [(q.content.text, q.cue.text) for q in doc._.quotes]
    assert found == [("whether the plan would work", "Asked"), ("she was hopeful", "said")]


def test_a_colon_lead_in_with_any_verb_names_its_subject(nlp):
    doc = nlp("The mayor spoke for an hour. She went on: “It is like a roof that leaks in every storm.”")
    assert [(q.cue.text, q.speaker.text) for q in doc._.quotes] == [("went on:", "She")]


def test_a_marked_quote_under_any_verb_goes_to_its_subject(nlp):
    doc = nlp("Mayor Ann Moore thanked the council for “taking these steps to make the river safe again.”")
    assert [(q.kind, q.cue.text, q.speaker.text) for q in doc._.quotes] == [("DIRECT", "thanked", "Mayor Ann Moore")]
