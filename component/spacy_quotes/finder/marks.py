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
import re
from dataclasses import dataclass
from typing import List, Optional, Tuple

DOUBLE_OPENERS = {"“": "double", "«": "double", "„": "double", "``": "double"}
DOUBLE_CLOSERS = {"”", "»", "''"}
SINGLE_OPENERS = {"‘", "‹"}
SINGLE_CLOSERS = {"’", "›"}
STRAIGHT = '"'
DASHES = "-–—([/"
# the characters the scan stops at: a line break or the first character of any mark; it
# skips the rest with one regex search instead of a Python step per character
_STOPS = re.compile("[" + re.escape("\n`'" + STRAIGHT + "".join(DOUBLE_OPENERS) + "".join(DOUBLE_CLOSERS)
                                    + "".join(SINGLE_OPENERS) + "".join(SINGLE_CLOSERS)) + "]")


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


def _straight_opens(text: str, i: int) -> bool:
    """Whether a straight double mark with no quote open opens one. After a digit it is
    an inch sign (6" pipe); after a letter, a stray closer; before a space, nothing."""
    before, after = _prev_char(text, i), _next_char(text, i + 1)
    return not before.isalnum() and not after.isspace()


def _plural_possessive(text: str, i: int) -> bool:
    """A ’ after an s and before a lowercase word, with another ’ later in the paragraph
    that can close the quote: "‘We need the teachers’ support,’" - an apostrophe."""
    if _prev_char(text, i) != "s" or _next_char(text, i + 1) != " ":
        return False
    j = i + 1
    while j < len(text) and text[j] == " ":
        j += 1
    if j >= len(text) or not text[j].islower():
        return False
    end = text.find("\n", j)
    end = len(text) if end < 0 else end
    k = text.find("’", j, end)
    while k >= 0:
        if not _next_char(text, k + 1).isalpha():
            return True
        k = text.find("’", k + 1, end)
    return False


STYLE = {"“": "curly", "„": "curly", "”": "curly", "«": "guillemet", '"': "straight", "``": "tex", "''": "tex"}


def _paragraph_reopens(text: str, i: int, opener: str) -> Optional[int]:
    """If the paragraph starting at or after i re-opens a quote in the style of `opener`,
    return the mark's end offset (the quote continues across the break)."""
    j = i
    while j < len(text) and text[j].isspace():
        j += 1
    mark = _mark_at(text, j) if j < len(text) else None
    if mark is None or STYLE.get(mark) != STYLE.get(opener):
        return None
    if mark in DOUBLE_OPENERS or _opens(text, j, mark):
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
    nested: List[MarkedSpan] = []  # quotes closed inside the open outermost one
    i, n = 0, len(text)
    while i < n:
        stop = _STOPS.search(text, i)
        if stop is None:
            break
        i = stop.start()
        char = text[i]
        if char == "\n":
            doubles = [entry for entry in stack if entry[0] == "double"]
            if doubles:
                reopened = _paragraph_reopens(text, i, _mark_at(text, doubles[0][1]))
                if reopened is not None:
                    # multi-paragraph quote: drop nested singles, skip the re-opening mark
                    stack = doubles[:1]
                    i = reopened
                    continue
                spans.extend(_unclosed(text, doubles[0][1], i, nested))
            stack = []
            nested = []
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
        if mark == "''":
            # NYT writes '' on both sides; after `` it can only close
            if not doubles:
                if _straight_opens(text, i):
                    stack.append(("double", i))
            elif text[doubles[-1]] not in "`'" and _opens(text, i, mark):
                stack.append(("double", i))
            else:
                closed_kind = "double"
        elif mark == STRAIGHT:
            if not doubles:
                if _straight_opens(text, i):
                    stack.append(("double", i))
            elif innermost != STRAIGHT and _opens(text, i, mark):
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
                if not _plural_possessive(text, i):
                    closed_kind = "single"
        if closed_kind is not None:
            while stack and stack[-1][0] != closed_kind:
                stack.pop()  # unclosed nested singles were apostrophes
            kind, start = stack.pop()
            if not stack:
                spans.append(MarkedSpan(start, i + size, True, kind == "single"))
                nested = []
            elif len(stack) == 1 and stack[0][0] == "double":
                nested.append(MarkedSpan(start, i + size, True, kind == "single"))
        i += size
    doubles = [entry for entry in stack if entry[0] == "double"]
    if doubles:
        spans.extend(_unclosed(text, doubles[0][1], n, nested))
    return spans


def _unclosed(text: str, start: int, end: int, nested: List[MarkedSpan]) -> List[MarkedSpan]:
    """A quote that a line break closes, or, when complete quotes sit inside it, a stray
    opener: then those inner quotes are the quotes."""
    if nested:
        return list(nested)
    return [MarkedSpan(start, _trim_end(text, start, end), False, False)]
