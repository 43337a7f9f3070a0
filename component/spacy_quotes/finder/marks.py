"""Pairing quotation marks into direct-quote spans, on characters.

Works on the raw text, not on tokens, because tokenizers split `''`, `` `` `` and
mixed curly/straight marks in different ways. The rules, in the order that
real news breaks them:
- any double closer closes the innermost open double quote, whatever its style
  (“...", "...” and ``...'' all occur);
- a quote left open at the end of a paragraph continues when the next paragraph
  re-opens one (the multi-paragraph convention), else it closes at the line break;
- single marks (‘ ’) quote only when an opener sits before a word and the closer is
  not followed by a letter, so “Russia’s”, “PM’ Meet” and “voters’” are apostrophes;
- marks inside an open quote nest and never make a quote of their own.
"""
from dataclasses import dataclass
from typing import List, Optional, Tuple

DOUBLE_OPENERS = {"“": "double", "«": "double", "„": "double", "``": "double"}
DOUBLE_CLOSERS = {"”", "»", "''"}
SINGLE_OPENERS = {"‘", "‹"}
SINGLE_CLOSERS = {"’", "›"}
STRAIGHT = '"'
DASHES = "-–—([/"


@dataclass(frozen=True)
class MarkedSpan:
    """A top-level quoted stretch of text: [start, end) includes the marks."""

    start: int
    end: int
    closed: bool  # False when only a line break or the end of text closed it
    single: bool  # quoted with single marks (‘ ’)


def _mark_at(text: str, i: int) -> Optional[str]:
    pair = text[i : i + 2]
    if pair in ("``", "''"):
        return pair
    char = text[i]
    if char in DOUBLE_OPENERS or char in DOUBLE_CLOSERS or char == STRAIGHT:
        return char
    if char in SINGLE_OPENERS or char in SINGLE_CLOSERS:
        return char
    return None


def _prev_char(text: str, i: int) -> str:
    return text[i - 1] if i > 0 else " "


def _next_char(text: str, i: int) -> str:
    return text[i] if i < len(text) else " "


def _opens(text: str, i: int, mark: str) -> bool:
    """Whether an ambiguous mark at i looks like an opener from its context."""
    before, after = _prev_char(text, i), _next_char(text, i + len(mark))
    return (before.isspace() or before in DASHES or before in "“‘:") and not after.isspace()


def _paragraph_reopens(text: str, i: int) -> Optional[int]:
    """If the paragraph starting at or after i begins with an opening double mark,
    return the mark's end offset (the quote continues across the break)."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    mark = _mark_at(text, j) if j < len(text) else None
    if mark in DOUBLE_OPENERS or (mark == STRAIGHT and _opens(text, j, mark)):
        return j + len(mark)
    return None


def _trim_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def find_marked_spans(text: str) -> List[MarkedSpan]:
    """Find the top-level quoted spans of a text.

    text (str): the document text.
    RETURNS (List[MarkedSpan]): spans sorted by start, never overlapping.
    """
    spans: List[MarkedSpan] = []
    stack: List[Tuple[str, int]] = []  # (kind "double"/"single", offset of the opening mark)
    i, n = 0, len(text)
    while i < n:
        char = text[i]
        if char == "\n":
            doubles = [entry for entry in stack if entry[0] == "double"]
            if doubles:
                reopened = _paragraph_reopens(text, i)
                if reopened is not None:
                    # multi-paragraph quote: drop nested singles, skip the re-opening mark
                    stack = doubles[:1]
                    i = reopened
                    continue
                spans.append(MarkedSpan(doubles[0][1], _trim_end(text, doubles[0][1], i), False, False))
            stack = []
            i += 1
            continue
        mark = _mark_at(text, i)
        if mark is None:
            i += 1
            continue
        size = len(mark)
        closed_kind = None
        doubles = [offset for kind, offset in stack if kind == "double"]
        innermost = text[doubles[-1]] if doubles else None
        if mark == STRAIGHT:
            if not doubles or (innermost != STRAIGHT and _opens(text, i, mark)):
                stack.append(("double", i))
            else:
                closed_kind = "double"
        elif mark == "“" and innermost == "„":
            closed_kind = "double"
        elif mark in DOUBLE_OPENERS:
            stack.append(("double", i))
        elif mark in DOUBLE_CLOSERS:
            if doubles:
                closed_kind = "double"
            elif mark == "”" and _opens(text, i, mark):
                stack.append(("double", i))  # a closer typed as an opener
        elif mark in SINGLE_OPENERS:
            before = _prev_char(text, i)
            if not before.isalnum() and not _next_char(text, i + 1).isspace():
                stack.append(("single", i))
        elif mark in SINGLE_CLOSERS:
            if stack and stack[-1][0] == "single" and not _next_char(text, i + 1).isalpha():
                closed_kind = "single"
        if closed_kind is not None:
            while stack and stack[-1][0] != closed_kind:
                stack.pop()  # unclosed nested singles were apostrophes
            kind, start = stack.pop()
            if not stack:
                spans.append(MarkedSpan(start, i + size, True, kind == "single"))
        i += size
    doubles = [entry for entry in stack if entry[0] == "double"]
    if doubles:
        spans.append(MarkedSpan(doubles[0][1], _trim_end(text, doubles[0][1], n), False, False))
    return spans
