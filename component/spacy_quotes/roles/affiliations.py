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
    "norwegian": "Norway", "latvian": "Latvia", "lithuanian": "Lithuania", "estonian": "Estonia",
    "finnish": "Finland", "danish": "Denmark", "swiss": "Switzerland", "austrian": "Austria",
    "belgian": "Belgium", "portuguese": "Portugal", "hungarian": "Hungary", "czech": "Czech Republic",
    "romanian": "Romania", "bulgarian": "Bulgaria", "serbian": "Serbia", "croatian": "Croatia",
    "belarusian": "Belarus", "georgian": "Georgia", "jordanian": "Jordan", "lebanese": "Lebanon",
    "qatari": "Qatar", "emirati": "United Arab Emirates", "yemeni": "Yemen", "kurdish": "Kurdistan",
    "venezuelan": "Venezuela", "colombian": "Colombia", "argentine": "Argentina", "chilean": "Chile",
    "peruvian": "Peru", "filipino": "Philippines", "indonesian": "Indonesia", "thai": "Thailand",
    "south african": "South Africa", "ethiopian": "Ethiopia", "new zealand": "New Zealand",
    "dem": "Democratic Party", "dems": "Democratic Party", "gop's": "Republican Party",
    "rnc": "Republican National Committee", "dnc": "Democratic National Committee",
}
# Party words: with a state or chamber ("Florida Republican", "Senate Democratic") the party
# is the affiliation; "Republican National Committee" and "Democratic Party" stay names.
PARTY_WORDS = {"republican": "Republican Party", "gop": "Republican Party", "democratic": "Democratic Party",
               "democrat": "Democratic Party", "dem": "Democratic Party"}
PARTY_NAME_WORDS = frozenset("national committee party caucus convention congressional governors senatorial club".split())
# States in party tags ("I-Vt."): an independent's affiliation is the state.
STATE_ABBREVIATIONS = {
    "ala": "Alabama", "alaska": "Alaska", "ariz": "Arizona", "ark": "Arkansas", "calif": "California",
    "colo": "Colorado", "conn": "Connecticut", "del": "Delaware", "fla": "Florida", "ga": "Georgia",
    "hawaii": "Hawaii", "idaho": "Idaho", "ill": "Illinois", "ind": "Indiana", "iowa": "Iowa",
    "kan": "Kansas", "ky": "Kentucky", "la": "Louisiana", "maine": "Maine", "md": "Maryland",
    "mass": "Massachusetts", "mich": "Michigan", "minn": "Minnesota", "miss": "Mississippi",
    "mo": "Missouri", "mont": "Montana", "neb": "Nebraska", "nev": "Nevada", "n.h": "New Hampshire",
    "n.j": "New Jersey", "n.m": "New Mexico", "n.y": "New York", "n.c": "North Carolina",
    "n.d": "North Dakota", "ohio": "Ohio", "okla": "Oklahoma", "ore": "Oregon", "pa": "Pennsylvania",
    "r.i": "Rhode Island", "s.c": "South Carolina", "s.d": "South Dakota", "tenn": "Tennessee",
    "texas": "Texas", "tex": "Texas", "utah": "Utah", "vt": "Vermont", "va": "Virginia", "wash": "Washington",
    "w.va": "West Virginia", "wis": "Wisconsin", "wyo": "Wyoming",
}
# Staff roles whose affiliation, when it is a person's name, is that person's campaign:
# "Clinton spokesman" → "Clinton campaign".
CAMPAIGN_STAFF = frozenset(
    """spokesman spokeswoman spokesperson adviser advisor aide manager strategist pollster chairman
    chairwoman director surrogate secretary staffer operative consultant speechwriter head volunteer organizer
    canvasser""".split()
)
STATES = frozenset(state.lower() for state in STATE_ABBREVIATIONS.values())
COMMITTEES = {abbreviation: name for abbreviation, name in DEMONYMS.items() if name.endswith("Committee")}
PARTY_TAGS = {"D": "Democratic Party", "R": "Republican Party", "I": "independent"}
PARTIES = frozenset(("Democratic Party", "Republican Party", "Libertarian Party", "Green Party"))


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
    words = low.replace("’s", "").replace("'s", "").split()
    committee = _party_committee(words)
    if committee is not None:
        return committee
    parties = {PARTY_WORDS[w] for w in words if w in PARTY_WORDS}
    if len(parties) == 1 and not any(w in PARTY_NAME_WORDS for w in words):
        return parties.pop()
    # "Democratic presidential" never reaches here; "Democratic National Committee" stays a name
    return text


def _party_committee(words) -> Optional[str]:
    """"RNC", "RNC Oregon" or "Republican National Committee New Hampshire" (a member from a
    state) → "Republican National Committee"; None for other names, and for a body of the
    committee ("DNC Rules Committee"), which keeps its own name."""
    for abbreviation, name in COMMITTEES.items():
        for written in ([abbreviation], name.lower().split()):
            rest = " ".join(words[len(written):])
            if words[: len(written)] == written and (not rest or rest in STATES):
                return name
    return None


def national_committee(affiliation: Optional[str], role: Optional[str]) -> Optional[str]:
    """A party's national committeeman or committeewoman belongs to the party's national committee:
    "Republican National Committeeman" → "Republican National Committee"."""
    words = role.split() if role else []
    if affiliation in PARTIES and "national" in words and words[-1] in ("committeeman", "committeewoman"):
        committee = affiliation.replace(" Party", " National Committee")
        return committee if committee in COMMITTEES.values() else affiliation
    return affiliation


def party_from_tag(letter: str, state: str = "") -> str:
    """"D" → "Democratic Party"; an independent ("I-Vt.") → the state, when known."""
    if letter == "I":
        return STATE_ABBREVIATIONS.get(state.strip().strip(".").lower(), PARTY_TAGS[letter])
    return PARTY_TAGS[letter]


HONORIFICS = frozenset("mr. mrs. ms. dr. mr mrs ms dr".split())


def campaign_affiliation(affiliation: Optional[str], role: Optional[str], person_names) -> Optional[str]:
    """A person's name as the affiliation of campaign staff is that person's campaign, named by
    the surname: "Clinton" or "Mrs. Clinton" for a spokesman → "Clinton campaign"; "Donald Trump
    campaign" → "Trump campaign".

    person_names: the names of the document's people (full names or surnames).
    """
    if not affiliation:
        return affiliation
    words = affiliation.split()
    campaign = words[-1].lower() == "campaign"
    if campaign:
        words = words[:-1]
    elif not role or role.split()[-1] not in CAMPAIGN_STAFF:
        return affiliation
    if words and words[0].lower() in HONORIFICS:
        words = words[1:]
    if words[-2:] == ["White", "House"] or words[-1:] == ["administration"]:
        return affiliation  # a president's staff, tagged as a name: "Lee White House"
    # a surname or a whole name: "Clinton", "Ted Cruz" (not "White House" of "Obama White House")
    text = " ".join(words).lower()
    if words and any(text == name.lower() or text == name.lower().split()[-1] for name in person_names if name.split()):
        return f"{words[-1]} campaign"
    return affiliation
