"""Affiliations as proper names: demonyms to countries, party words to parties."""
from typing import Optional

DEMONYMS = {
    "american": "United States", "u.s.": "United States", "us": "United States", "u.s": "United States",
    "united states": "United States", "america": "United States",
    "russian": "Russia", "turkish": "Turkey", "british": "United Kingdom", "uk": "United Kingdom",
    "u.k.": "United Kingdom", "english": "England", "french": "France", "german": "Germany",
    "chinese": "China", "japanese": "Japan", "indian": "India", "pakistani": "Pakistan",
    "iranian": "Iran", "iraqi": "Iraq", "israeli": "Israel", "palestinian": "Palestine",
    "syrian": "Syria", "saudi": "Saudi Arabia", "egyptian": "Egypt", "mexican": "Mexico",
    "canadian": "Canada", "australian": "Australia", "italian": "Italy", "spanish": "Spain",
    "ukrainian": "Ukraine", "polish": "Poland", "greek": "Greece", "korean": "Korea",
    "north korean": "North Korea", "south korean": "South Korea", "vietnamese": "Vietnam",
    "brazilian": "Brazil", "cuban": "Cuba", "afghan": "Afghanistan", "libyan": "Libya",
    "armenian": "Armenia", "azerbaijani": "Azerbaijan", "european": "European Union", "eu": "European Union",
    "nigerian": "Nigeria", "kenyan": "Kenya", "dutch": "Netherlands", "swedish": "Sweden", "irish": "Ireland",
    "democratic": "Democratic Party", "democrat": "Democratic Party", "democrats": "Democratic Party",
    "republican": "Republican Party", "republicans": "Republican Party", "gop": "Republican Party",
    "libertarian": "Libertarian Party", "green party": "Green Party",
}
PARTY_TAGS = {"D": "Democratic Party", "R": "Republican Party", "I": "independent"}


def normalise_affiliation(text: str) -> Optional[str]:
    """"Russian" → "Russia", "GOP" → "Republican Party"; other names stay as written.

    text (str): the affiliation words as written.
    RETURNS (Optional[str]): the normalised name, None for empty text.
    """
    text = text.strip().strip(",").strip()
    for suffix in ("’s", "'s"):
        if text.endswith(suffix):
            text = text[: -len(suffix)].strip()
    if text.lower().startswith("the "):
        text = text[4:]
    if not text:
        return None
    low = text.lower()
    if low in DEMONYMS:
        return DEMONYMS[low]
    # "Democratic presidential" never reaches here; "Democratic National Committee" stays a name
    return text


def party_from_tag(letter: str) -> str:
    return PARTY_TAGS[letter]
