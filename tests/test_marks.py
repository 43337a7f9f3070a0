"""Unit tests of finder.marks.find_marked_spans: pairing quotation marks on characters."""
import pytest

from spacy_quotes.finder.marks import MarkedSpan, find_marked_spans


def quoted(text):
    """The text of each top-level marked span."""
    return [text[span.start : span.end] for span in find_marked_spans(text)]


# fmt: off
STYLES = [
    ("curly", "He said “we go now” today.", ["“we go now”"]),
    ("straight", 'He said "we go now" today.', ['"we go now"']),
    ("single-curly", "He said ‘we go now’ today.", ["‘we go now’"]),
    ("guillemets", "He said «we go now» today.", ["«we go now»"]),
    ("german", "He said „we go now“ today.", ["„we go now“"]),
    ("backticks", "He said ``we go now'' today.", ["``we go now''"]),
    ("curly-open-straight-close", "He said “we go now\" today.", ["“we go now\""]),
    ("straight-open-curly-close", "He said \"we go now” today.", ["\"we go now”"]),
    ("backticks-straight-close", "He said ``we go now\" today.", ["``we go now\""]),
    ("two-quotes", "“One,” he said, “two.”", ["“One,”", "“two.”"]),
    ("quote-at-start-and-end", "\"All of it\"", ['"All of it"']),
]
# fmt: on


@pytest.mark.parametrize("text,expected", [c[1:] for c in STYLES], ids=[c[0] for c in STYLES])
def test_styles(text, expected):
    assert quoted(text) == expected


def test_spans_are_sorted_and_disjoint():
    text = "“a b” and “c ‘d’ e” and \"f\" then «g»"
    spans = find_marked_spans(text)
    assert [s.start for s in spans] == sorted(s.start for s in spans)
    for left, right in zip(spans, spans[1:]):
        assert left.end <= right.start


def test_closed_flag_and_single_flag():
    assert find_marked_spans("He said “we go now” today.") == [MarkedSpan(8, 19, True, False)]
    assert find_marked_spans("He said ‘we go now’ today.") == [MarkedSpan(8, 19, True, True)]


def test_nested_single_inside_double():
    text = "“He told me ‘the money is gone’ and left,” she said."
    assert quoted(text) == ["“He told me ‘the money is gone’ and left,”"]


def test_nested_double_inside_single():
    text = "‘He told me “never again” and left,’ she said."
    assert quoted(text) == ["‘He told me “never again” and left,’"]


def test_nested_straight_singles_are_not_marks():
    text = "\"He kept saying 'trust me' all night,\" said Laura."
    assert quoted(text) == ["\"He kept saying 'trust me' all night,\""]


def test_multi_paragraph_quote():
    text = "“First part of it.\n\n“Second part of it,” she said.\n\nNext paragraph."
    spans = find_marked_spans(text)
    assert len(spans) == 1
    assert text[spans[0].start : spans[0].end] == "“First part of it.\n\n“Second part of it,”"
    assert spans[0].closed


def test_multi_paragraph_straight_quote():
    text = '"First part of it.\n\n"Second part of it," she said.'
    assert quoted(text) == ['"First part of it.\n\n"Second part of it,"']


def test_quote_closed_by_line_break():
    text = "She said: “We will not raise taxes.\nThe council meets on Monday."
    spans = find_marked_spans(text)
    assert len(spans) == 1
    assert text[spans[0].start : spans[0].end] == "“We will not raise taxes."
    assert not spans[0].closed


def test_quote_closed_by_end_of_text():
    text = "She said: “We will not raise taxes   "
    spans = find_marked_spans(text)
    assert [text[s.start : s.end] for s in spans] == ["“We will not raise taxes"]
    assert not spans[0].closed


def test_odd_number_of_marks_keeps_the_first_quote():
    text = "“The harbor will reopen,” said Alan Price. “Ships are waiting"
    assert quoted(text)[0] == "“The harbor will reopen,”"


@pytest.mark.parametrize(
    "text",
    [
        "Japan’s and Vietnam’s leaders met.",
        "Japan, Vietnam PM’ Meet In Hanoi",
        "The voters’ mood and the candidates’ plans.",
        "It’s the town’s last chance, isn’t it?",
        "Rock ’n’ roll since the ’90s.",
        "The 6\" pipe and the 12\" pipe burst.",
        "He walked 5' 11\" tall.",
    ],
)
def test_apostrophes_and_units_are_not_quotes(text):
    assert find_marked_spans(text) == []


def test_apostrophe_before_closing_double():
    text = "“This is the workers’ money, not the bosses’,” said Maria."
    assert quoted(text) == ["“This is the workers’ money, not the bosses’,”"]


def test_plural_possessive_inside_single_quote():
    text = "‘We need the teachers’ support and the parents’ trust,’ said Linda."
    assert quoted(text) == ["‘We need the teachers’ support and the parents’ trust,’"]


def test_single_quote_after_plural_closes_at_end_of_sentence():
    text = "She called them ‘the bosses’ and left."
    # nothing later in the paragraph can close it: the mark after "bosses" does
    assert quoted(text) == ["‘the bosses’"]


def test_stray_closer_does_not_open():
    text = "The vote was close” and slow.\n\n“We want a recount,” said Jane."
    assert quoted(text) == ["“We want a recount,”"]


def test_inch_sign_does_not_swallow_the_next_paragraph():
    text = "The 6\" pipe burst.\n\n“Repairs will take two days,” said Paul."
    assert quoted(text) == ["“Repairs will take two days,”"]


@pytest.mark.parametrize("text", ["", " ", "\n\n", "“", "”", '"', "‘’", "``", "''", "«", "„", "“\n”", '"\n"'])
def test_degenerate_inputs(text):
    spans = find_marked_spans(text)
    for span in spans:
        assert 0 <= span.start < span.end <= len(text)
