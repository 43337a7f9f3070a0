"""Roles and affiliations: trimming to the role noun phrase, names inside roles, campaigns."""
from spacy_quotes.roles.affiliations import campaign_affiliation, normalise_affiliation, party_from_tag
from spacy_quotes.roles.patterns import _trim_role


def test_trim_role_to_head_and_premodifiers():
    assert _trim_role("historian who attended the session".split()) == ["historian"]
    assert _trim_role("popular chat host".split()) == ["chat", "host"]
    assert _trim_role("conservative chat host".split()) == ["conservative", "chat", "host"]
    assert _trim_role("talk show host and operations manager".split()) == ["talk", "show", "host"]
    assert _trim_role("secretary of state".split()) == ["secretary", "of", "state"]
    assert _trim_role("former senator".split()) == ["former", "senator"]


def test_demonyms_and_parties():
    assert normalise_affiliation("Norwegian") == "Norway"
    assert normalise_affiliation("Latvian") == "Latvia"
    assert normalise_affiliation("Democratic") == "Democratic Party"
    assert party_from_tag("I", "Vt.") == "Vermont"
    assert party_from_tag("D", "N.Y.") == "Democratic Party"


def test_candidate_staff_belong_to_the_campaign():
    assert campaign_affiliation("Clinton", "spokesman", {"clinton"}) == "Clinton campaign"
    assert campaign_affiliation("Russia", "foreign minister", {"lavrov"}) == "Russia"


def roles_of(nlp, text):
    doc = nlp(text)
    return {s.name: (s.role, s.affiliation) for s in doc._.speakers if s.kind == "person"}


def test_place_inside_role_is_the_affiliation(nlp):
    roles = roles_of(nlp, "“We will cut taxes,” said former Florida Gov. Jeb Bush on Tuesday.")
    assert roles["Jeb Bush"] == ("former governor", "Florida")


def test_party_inside_role(nlp):
    roles = roles_of(nlp, "“The economy is rigged,” said Democratic pollster Pat Caddell.")
    assert roles["Pat Caddell"] == ("pollster", "Democratic Party")


def test_candidate_spokesman(nlp):
    roles = roles_of(nlp, "Hillary Clinton spoke on Monday. “She was clear,” said Clinton spokesman Brian Fallon.")
    assert roles["Brian Fallon"] == ("spokesman", "Clinton campaign")


def test_party_wins_over_state_or_chamber():
    assert normalise_affiliation("Florida Republican") == "Republican Party"
    assert normalise_affiliation("Senate Democratic") == "Democratic Party"
    assert normalise_affiliation("Republican National Committee") == "Republican National Committee"
    assert normalise_affiliation("RNC") == "Republican National Committee"


def test_appositive_after_an_age(nlp):
    roles = roles_of(nlp, "“We need more buses,” said Ann Lee, 34, a social worker from Dayton.")
    assert roles["Ann Lee"][0] == "social worker"


def test_role_with_of_tail_and_organisation(nlp):
    roles = roles_of(nlp, "“Tariffs rarely work,” said Paul Brand, a professor of economics at Ohio State University.")
    assert roles["Paul Brand"] == ("professor of economics", "Ohio State University")


def test_senior_fellow_is_a_role_fellow_republican_is_not(nlp):
    roles = roles_of(nlp, "“The plan is thin,” said Mark Hale, a senior fellow at the Brookings Institution.")
    assert roles["Mark Hale"] == ("senior fellow", "Brookings Institution")


def test_campaign_manager_keeps_campaign(nlp):
    text = ("Bernie Sanders spoke in Iowa. “We will win here,” said Sanders campaign manager Jeff Wills.")
    assert roles_of(nlp, text)["Jeff Wills"] == ("campaign manager", "Sanders campaign")


def test_hyphenated_role_as_written(nlp):
    roles = roles_of(nlp, "“The book took years,” said Tom Avery, a co-author of the study.")
    assert roles["Tom Avery"][0] == "co-author"


def test_place_after_the_name(nlp):
    roles = roles_of(nlp, "“The bill is dead,” said Senator Tom Reed of Ohio.")
    assert roles["Tom Reed"] == ("senator", "Ohio")


def test_role_of_another_name_in_the_mention_is_not_taken():
    from spacy_quotes.roles.patterns import person_roles
    from spacy.tokens import Doc
    from spacy.vocab import Vocab
    words = ["Mayor", "Rudy", "Giuliani", ",", "who", "backs", "Trump", ",", "said", "it"]
    doc = Doc(Vocab(), words=words, ents=["O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O"])
    mention = doc[0:7]
    assert person_roles(doc, [mention], "Donald Trump") == []


def test_role_stated_at_a_name_wins_over_a_linked_description():
    """"the moderator" linked to Cruz (a resolver guess) must not override "Sen. Ted Cruz";
    a description still gives the role of a person no name mention gives one."""
    from spacy.lang.en import English
    from spacy.tokens import Doc
    from spacy_quotes.records import register_extensions
    from spacy_quotes.roles.role_component import RoleExtractor
    register_extensions()
    words = ["Sen.", "Ted", "Cruz", "spoke", ".", "Ann", "Lee", "spoke", ".", "the", "moderator", "said", "."]
    doc = Doc(English().vocab, words=words,
              pos=["PROPN", "PROPN", "PROPN", "VERB", "PUNCT", "PROPN", "PROPN", "VERB", "PUNCT", "DET", "NOUN", "VERB", "PUNCT"],
              tags=["NNP", "NNP", "NNP", "VBD", ".", "NNP", "NNP", "VBD", ".", "DT", "NN", "VBD", "."],
              heads=[2, 2, 3, 3, 3, 6, 7, 7, 7, 10, 11, 11, 11],
              deps=["compound", "compound", "nsubj", "ROOT", "punct", "compound", "nsubj", "ROOT", "punct", "det", "nsubj", "ROOT", "punct"],
              ents=["O", "B-PERSON", "I-PERSON", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"])
    doc._.quote_table = [{"start": 9, "end": 12, "kind": "direct", "entity": 0}]  # Cruz quoted at "the moderator"
    doc._.speaker_table = [
        {"name": "Ted Cruz", "kind": "person", "mentions": [[1, 3], [9, 11]], "role": None, "affiliation": None, "role_modifiers": []},
        {"name": "Ann Lee", "kind": "person", "mentions": [[5, 7], [9, 11]], "role": None, "affiliation": None, "role_modifiers": []},
    ]
    doc = RoleExtractor(None)(doc)
    assert [row["role"] for row in doc._.speaker_table] == ["senator", "moderator"]


def test_party_tag_without_brackets(nlp):
    roles = roles_of(nlp, "“The bill is dead,” said Sen. Tom Reed, R-Ohio, on Tuesday.")
    assert roles["Tom Reed"][1] == "Republican Party"


def test_organisation_after_a_description_without_role_word(nlp):
    roles = roles_of(nlp, "“The tunnels are longer now,” said Dana Price, a 20-year veteran of the Coast Guard Service.")
    assert roles["Dana Price"][1] == "Coast Guard Service"


def test_lowercase_modifier_before_an_organisation_name():
    from spacy_quotes.roles.patterns import name_phrase
    import spacy
    nlp = spacy.blank("en")
    doc = nlp("the government-funded Rand Corporation said")
    for t, pos in zip(doc, ["DET", "NOUN", "PUNCT", "VERB", "PROPN", "PROPN", "VERB"]):
        t.pos_ = pos
    doc[1].pos_ = "ADJ"; doc[3].pos_ = "ADJ"
    assert name_phrase(list(doc)) == "Rand Corporation"


def test_organisation_name_before_the_role_is_the_affiliation(nlp):
    roles = roles_of(nlp, "“The bill is dead,” said Senate Banking Committee Chairman Walter Brandt on Monday.")
    assert roles["Walter Brandt"] == ("chairman", "Senate Banking Committee")
    roles = roles_of(nlp, "“We are ready,” White House press secretary Dana Kell told reporters.")
    assert roles["Dana Kell"] == ("press secretary", "White House")


def test_two_roles_before_a_name_keep_the_first(nlp):
    roles = roles_of(nlp, "“We need more jobs,” said former governor and presidential candidate Ann Lee.")
    assert roles["Ann Lee"] == ("former governor", None)


def test_relative_clause_states_the_role(nlp):
    assert roles_of(nlp, "“Rents are too high,” said Maria Soto, who works as a nurse.")["Maria Soto"][0] == "nurse"
    assert roles_of(nlp, "“It was a long night,” said Ann Lee, who is a lawyer in Dayton.")["Ann Lee"][0] == "lawyer"


def test_copula_after_the_name(nlp):
    text = "“The deal is bad for farmers,” Dan Hill said. Dan Hill is a columnist for the Daily Ledger."
    assert roles_of(nlp, text)["Dan Hill"] == ("columnist", "Daily Ledger")


def test_role_named_before_the_name(nlp):
    doc = nlp("“It was loud,” said a retired teacher named Ann Brooks.")
    speaker = next(s for s in doc._.speakers if s.name == "Ann Brooks")
    assert (speaker.role, speaker.role_modifiers) == ("retired teacher", ["retired"])


def test_appositive_with_a_possessive_determiner(nlp):
    text = "Acme Corp. hired new staff this year. “Sales are up,” said Tom Baker, its chief executive."
    assert roles_of(nlp, text)["Tom Baker"][0] == "chief executive"


def test_unlinked_description_goes_to_the_last_person_named(nlp):
    text = "“Taxes will rise,” said Ann Lee on Monday. The former Oregon governor has long opposed the plan."
    doc = nlp(text)
    speaker = next(s for s in doc._.speakers if s.name == "Ann Lee")
    assert (speaker.role, speaker.affiliation, speaker.role_modifiers) == ("former governor", "Oregon", ["former"])


def test_description_of_someone_not_yet_in_the_role_is_not_read(nlp):
    assert roles_of(nlp, "“I will win,” said Ann Lee. The next president must fix the roads.")["Ann Lee"] == (None, None)


def test_predicate_description_goes_to_the_subject(nlp):
    text = "“We won,” said Ann Lee. Lee became the presumptive Republican nominee in May."
    assert roles_of(nlp, text)["Ann Lee"] == ("presumptive nominee", "Republican Party")


def test_surname_king_is_not_a_role(nlp):
    assert roles_of(nlp, "“The schools need money,” said Carla King on Friday.")["Carla King"] == (None, None)


def test_plural_title_before_a_list_of_names(nlp):
    roles = roles_of(nlp, "“The bill will pass,” said Senators Ann Lee and Tom Reed on Monday.")
    assert roles["Ann Lee"] == ("senator", None)


def test_place_after_the_name_stops_at_the_next_person(nlp):
    roles = roles_of(nlp, "“The bill will pass,” said Ann Lee of Oregon and Tom Reed of Ohio.")
    assert roles["Ann Lee"][1] == "Oregon"
    assert roles["Tom Reed"][1] == "Ohio"


def test_possessive_is_no_copula(nlp):
    roles = roles_of(nlp, "“We will win,” said Tom Reed. Mr. Reed's campaign chairman, Paul Grant, agreed.")
    assert roles["Tom Reed"] == (None, None)
    assert roles["Paul Grant"] == ("campaign chairman", None)


def test_role_before_and_belongs_to_someone_else(nlp):
    text = "“The gap is real,” said Ann Lee. Critics noted the gap between the president and Mrs. Lee on trade."
    assert roles_of(nlp, text)["Ann Lee"] == (None, None)


def test_appositive_stops_at_a_quote_mark(nlp):
    assert roles_of(nlp, "“It looks more like Tom,” said Ann Lee.") == {"Ann Lee": (None, None), "Tom": (None, None)}


def test_plural_role_word_not_before_a_name_is_no_role(nlp):
    text = "“We won,” said Chris Dale, eager all evening to jab senators for their votes."
    assert roles_of(nlp, text)["Chris Dale"] == (None, None)


def test_clause_after_the_comma_is_no_appositive(nlp):
    roles = roles_of(nlp, "“I like her,” said Jane Roe, 43 said the same for Ann Lee.")
    assert roles["Jane Roe"] == (None, None)


def test_description_is_not_about_the_subject_that_holds_it(nlp):
    text = "“Taxes will rise,” said Ann Lee on Monday. Tom Reed said the former Oregon governor was wrong."
    assert roles_of(nlp, text) == {"Ann Lee": ("former governor", "Oregon"), "Tom Reed": (None, None)}


def test_description_with_two_people_in_reach_is_not_read(nlp):
    text = "“Taxes will rise,” said Ann Lee on Monday. Tom Reed and Jim Hale met the former Oregon governor."
    assert roles_of(nlp, text)["Ann Lee"] == (None, None)


def test_description_inside_a_prepositional_phrase_is_not_read(nlp):
    text = "“Taxes will rise,” said Ann Lee on Monday. It was a defense of the former Oregon governor and her plan."
    assert roles_of(nlp, text)["Ann Lee"] == (None, None)


def test_description_keeps_its_portfolio(nlp):
    text = "“Taxes will rise,” said Ann Lee on Monday. Voters in Ohio still trust the former secretary of state."
    assert roles_of(nlp, text)["Ann Lee"] == ("former secretary of state", None)


def test_copula_with_a_quoted_predicate_is_no_role(nlp):
    text = "“We will see,” said Ann Lee. Critics say Lee is “unfit to be commander-in-chief” of anything."
    assert roles_of(nlp, text)["Ann Lee"] == (None, None)


def test_clause_after_a_name_is_no_appositive(nlp):
    text = "“Vote for her,” said Tom Reed, implicitly putting his name on the line for his former secretary."
    assert roles_of(nlp, text)["Tom Reed"] == (None, None)


def test_party_without_state_in_the_tag_wins_over_the_state(nlp):
    roles = roles_of(nlp, "“The bill is dead,” said Oregon Gov. Ann Lee (D) on Monday.")
    assert roles["Ann Lee"] == ("governor", "Democratic Party")


def test_party_in_an_appositive_after_the_state(nlp):
    roles = roles_of(nlp, "“The bill is dead,” said Gov. Tom Reed of Ohio, a Republican who opposed it.")
    assert roles["Tom Reed"] == ("governor", "Republican Party")


def test_campaign_of_a_person_named_with_an_honorific_or_in_full():
    names = ["Hillary Clinton", "Ted Cruz", "Obama White House"]
    assert campaign_affiliation("Mrs. Clinton", "spokesman", names) == "Clinton campaign"
    assert campaign_affiliation("Ted Cruz", "spokesman", names) == "Cruz campaign"
    assert campaign_affiliation("Ted Cruz campaign", "manager", names) == "Cruz campaign"
    assert campaign_affiliation("White House", "spokesman", names) == "White House"


def test_fullest_organisation_name_in_the_document(nlp):
    text = ("Fox News aired the debate on Monday. “It was a fair fight,” said Fox anchor Dan Miles. "
            "The Jewish National Fund hosted a dinner. “We were glad,” said JNF chairman Paul Hale.")
    roles = roles_of(nlp, text)
    assert roles["Dan Miles"] == ("anchor", "Fox News")
    assert roles["Paul Hale"] == ("chairman", "Jewish National Fund")


def test_place_and_person_names_are_not_expanded(nlp):
    text = ("The Oregon Legislature met on Monday. “We lost,” said Oregon Gov. Ann Lee. "
            "Trump University closed. “I am proud,” said Donald Trump. “It was sad,” said Trump spokesman Tom Reed.")
    roles = roles_of(nlp, text)
    assert roles["Ann Lee"] == ("governor", "Oregon")
    assert roles["Tom Reed"] == ("spokesman", "Trump campaign")


def test_hyphenated_head_after_premodifiers(nlp):
    roles = roles_of(nlp, "“We will win,” said Republican presidential front-runner Ann Lee on Monday.")
    assert roles["Ann Lee"] == ("presidential front-runner", "Republican Party")


def test_title_split_from_its_full_stop(nlp):
    roles = roles_of(nlp, "“The senator is fine,” Texas Lt. Gov. Dan Reed says.")
    assert roles["Dan Reed"] == ("lieutenant governor", "Texas")


def test_status_modifier_tagged_as_a_verb(nlp):
    roles = roles_of(nlp, "“Nothing happened,” said retired Gen. Tom Reed on Monday.")
    assert roles["Tom Reed"] == ("retired general", None)


def test_appositive_stops_before_its_relative_clause(nlp):
    roles = roles_of(nlp, "“Turnout decides it,” said Ann Lee, a Democratic pollster who worked on Mr. Reed's campaign.")
    assert roles["Ann Lee"] == ("pollster", "Democratic Party")


def test_top_is_dropped_and_former_kept(nlp):
    roles = roles_of(nlp, "“It is awkward,” said Bill Hale, a former top press official in the state.")
    assert roles["Bill Hale"] == ("former press official", None)


def test_name_inside_the_role_is_left_out(nlp):
    roles = roles_of(nlp, "“These are dark days,” former Tom Reed speechwriter Ann Lee wrote in a column.")
    assert roles["Ann Lee"] == ("former speechwriter", None)


def test_conservative_before_the_role_is_kept(nlp):
    roles = roles_of(nlp, "“He is wrong,” said conservative columnist Ann Lee on Monday.")
    assert roles["Ann Lee"] == ("conservative columnist", None)


def test_two_roles_joined_in_an_appositive(nlp):
    text = ("“People are scared,” said Bill Hale, president and chief executive of the Ohio Grocers Association. "
            "“We need help,” said Ann Lee, founder and CEO of Grove Partners. "
            "“It is warmer,” said Tom Reed, a professor of geosciences and international affairs at Grove University.")
    roles = roles_of(nlp, text)
    assert roles["Bill Hale"] == ("president and chief executive", "Ohio Grocers Association")
    assert roles["Ann Lee"] == ("founder and ceo", "Grove Partners")
    assert roles["Tom Reed"] == ("professor of geosciences and international affairs", "Grove University")


def test_relative_clause_in_the_past_states_a_former_role(nlp):
    text = ("“It is crazy,” said Tom Reed, who was Ann Lee's top adviser in 2012. "
            "“He is wrong,” said Bill Hale, who was coordinator for counterterrorism at the State Department.")
    roles = roles_of(nlp, text)
    assert roles["Tom Reed"][0] == "former adviser"
    assert roles["Bill Hale"] == ("former coordinator for counterterrorism", "State Department")


def test_appositive_after_age_and_home_town(nlp):
    roles = roles_of(nlp, "“It is fine,” says Misha Hale, 32, of Chicago, an account executive for a tech firm.")
    assert roles["Misha Hale"] == ("account executive", None)


def test_appositive_with_a_double_space(nlp):
    roles = roles_of(nlp, "“It is fine,” said Tom Reed, a  national security official under two presidents.")
    assert roles["Tom Reed"] == ("national security official", None)


def test_organisation_with_of_before_the_role(nlp):
    roles = roles_of(nlp, "“It will not end well,” said Tom Reed, a University of Tennessee law professor.")
    assert roles["Tom Reed"] == ("law professor", "University of Tennessee")


def test_hyphenated_in_is_no_preposition(nlp):
    roles = roles_of(nlp, "“We built ties,” said Ann Lee, the group's in-state communications director.")
    assert roles["Ann Lee"][0] == "in-state communications director"


def test_cabinet_secretary_belongs_to_the_department(nlp):
    text = ("“Hackers are busy,” Homeland Security Secretary Jeh Lee says. "
            "“Jobs are up,” said Labor Secretary Tom Reed. "
            "“No comment,” said White House press secretary Bill Hale.")
    roles = roles_of(nlp, text)
    assert roles["Jeh Lee"] == ("secretary", "Homeland Security Department")
    assert roles["Tom Reed"] == ("secretary", "Labor Department")
    assert roles["Bill Hale"] == ("press secretary", "White House")


def test_secretary_general_and_delegate(nlp):
    text = ("“We will not repeat it,” said Ann Lee, the secretary general of the United Nations. "
            "“It is a disgrace,” said Del. Tom Reed of the Virgin Islands.")
    roles = roles_of(nlp, text)
    assert roles["Ann Lee"] == ("secretary general", "United Nations")
    assert roles["Tom Reed"] == ("delegate", "Virgin Islands")


def test_reverend_only_when_nothing_else_is_stated(nlp):
    text = ("“Call me,” said the Rev. Al Reed on Sunday. "
            "“We pray,” said Rev. Ann Lee, senior pastor of the Grove Church.")
    roles = roles_of(nlp, text)
    assert roles["Al Reed"][0] == "reverend"
    assert roles["Ann Lee"][0] == "senior pastor"


def test_role_with_a_prepositional_tail_before_the_name(nlp):
    text = ("“It was not in line,” the RT editor in chief, Ann Lee, told the staff on Monday. "
            "“No decision has been made,” a lawyer for the news outlets, David Reed, said.")
    roles = roles_of(nlp, text)
    assert roles["Ann Lee"] == ("editor in chief", "RT")
    assert roles["David Reed"] == ("lawyer", None)
