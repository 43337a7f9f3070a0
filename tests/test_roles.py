"""Roles and affiliations: trimming to the role noun phrase, names inside roles, campaigns."""
import spacy
from spacy.tokens import Doc

from spacy_quotes.roles.affiliations import campaign_affiliation, normalise_affiliation, party_from_tag
from spacy_quotes.roles.patterns import _role_words, _trim_role, name_phrase, preceding_appositive_role
from spacy_quotes.roles.role_component import co_argument, description_owner

VOCAB = spacy.blank("en").vocab


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
    words = ["Mayor", "Rudy", "Giuliani", ",", "who", "backs", "Trump", ",", "said", "it"]
    doc = Doc(VOCAB, words=words, ents=["O", "B-PERSON", "I-PERSON", "O", "O", "O", "B-PERSON", "O", "O", "O"])
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
    assert roles["Paul Grant"] == ("campaign chairman", "Reed campaign")  # the honorific is skipped


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


def test_title_before_a_non_breaking_space(nlp):
    text = ("“We will win here,” said Gov.\u00a0Tom Reed on Monday. "
            "“He is wrong,” Boston Globe reporter\u00a0Ann Lee wrote on Tuesday.")
    roles = roles_of(nlp, text)
    assert roles["Tom Reed"] == ("governor", None)
    assert roles["Ann Lee"] == ("reporter", "Boston Globe")


def test_capitalised_premodifier_tagged_as_a_verb(nlp):
    text = "Presumptive Republican presidential nominee Ann Lee said, “We will win in November.”"
    assert roles_of(nlp, text)["Ann Lee"] == ("presumptive presidential nominee", "Republican Party")


def test_state_alone_in_brackets_is_the_affiliation(nlp):
    roles = roles_of(nlp, "“The bill is dead,” said Sen. Tom Reed (Ky.) on Tuesday.")
    assert roles["Tom Reed"] == ("senator", "Kentucky")


def test_committee_of_the_role_wins_over_the_party_tag(nlp):
    roles = roles_of(nlp, "“The program is a failure,” said House Ethics Committee Chairman Tom Reed (R-Ohio) on Monday.")
    assert roles["Tom Reed"] == ("chairman", "House Ethics Committee")


def test_who_heads_reads_the_organisation_name_only_in_the_present(nlp):
    text = ("“It will not work,” said Tom Reed, who led the Ohio National Guard for two years. "
            "“It will work,” said Ann Lee, who heads the Grove Institute in Dayton.")
    roles = roles_of(nlp, text)
    assert roles["Tom Reed"] == (None, None)
    assert roles["Ann Lee"] == ("head", "Grove Institute")


def test_rival_is_not_part_of_the_role(nlp):
    roles = roles_of(nlp, "“He cannot win,” his primary rival Sen. Tom Reed (R-Ohio) said on Monday.")
    assert roles["Tom Reed"] == ("senator", "Republican Party")


def test_status_stated_at_another_mention_is_kept(nlp):
    text = ("Retired Gen. Tom Reed spoke in Dayton on Monday. The crowd was small. Many left early. "
            "“We owe them,” General Reed said.")
    assert roles_of(nlp, text)["Tom Reed"] == ("retired general", None)


def test_securities_is_part_of_the_role(nlp):
    roles = roles_of(nlp, "“Fraud is up,” said Ohio Securities Commissioner Ann Lee on Monday.")
    assert roles["Ann Lee"] == ("securities commissioner", "Ohio")


def test_running_a_candidates_effort_is_no_office_but_the_campaign(nlp):
    text = ("“Vote early,” said Ann Lee on Monday. "
            "“We knock on doors,” said Tom Reed, who runs Lee's field effort in Ohio.")
    assert roles_of(nlp, text)["Tom Reed"] == (None, "Lee campaign")
    text = "Ann Lee spoke in Ohio. “We are ready,” said Tom Reed, who runs Ann Lee's get-out-the-vote effort for veterans."
    assert roles_of(nlp, text)["Tom Reed"] == (None, "Lee campaign")


def test_capital_the_inside_a_sentence_is_part_of_the_name(nlp):
    text = ("“Nobody reads it,” said Ann Lee, publisher of The Grove Review. "
            "“It is fine,” said Tom Reed, a spokesman for the Grove Institute.")
    roles = roles_of(nlp, text)
    assert roles["Ann Lee"] == ("publisher", "The Grove Review")
    assert roles["Tom Reed"] == ("spokesman", "Grove Institute")


def test_description_goes_to_the_only_person_stated_in_that_role(nlp):
    text = ("“We will win,” said Sen. Ann Lee on Monday. The crowd was small. "
            "Tom Reed said the Vermont senator had no plan.")
    roles = roles_of(nlp, text)
    assert roles["Ann Lee"] == ("senator", "Vermont")
    assert roles["Tom Reed"] == (None, None)


def test_senator_from_a_state_after_a_preposition(nlp):
    text = ("“We will win,” said Sen. Ann Lee on Monday. The crowd was small. "
            "Many voters still back the senator from Vermont.")
    assert roles_of(nlp, text)["Ann Lee"] == ("senator", "Vermont")


def test_role_before_a_prepositional_phrase_and_the_name():
    """The parser often hangs the name on the noun after "of": "the author of the report, Ann Lee"."""
    from spacy.lang.en import English
    from spacy.tokens import Doc
    from spacy_quotes.roles.patterns import preceding_appositive_role
    words = ["The", "author", "of", "the", "report", ",", "Ann", "Lee", ",", "said", "it", "."]
    doc = Doc(English().vocab, words=words,
              pos=["DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "PUNCT"],
              heads=[1, 9, 1, 4, 2, 4, 7, 4, 4, 9, 9, 9],
              deps=["det", "nsubj", "prep", "det", "pobj", "punct", "compound", "appos", "punct", "ROOT", "dobj", "punct"],
              ents=["O", "O", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O"])
    assert preceding_appositive_role(doc, doc[6:8]) == ("author", None, [])


def test_office_before_a_service_and_a_rank(nlp):
    text = ("“We are working on it,” said NATO spokesman Navy Capt. Tom Reed on Monday. "
            "“It was bad,” said Navy Capt. Ann Lee on Tuesday. "
            "“We did our best,” said Ruth Hale, the secretary general of the United Nations.")
    roles = roles_of(nlp, text)
    assert roles["Tom Reed"] == ("spokesman", "NATO")
    assert roles["Ann Lee"] == ("captain", "Navy")
    assert roles["Ruth Hale"] == ("secretary general", "United Nations")


def test_only_a_status_stays_before_a_party_inside_the_role(nlp):
    text = ("“It is hard,” said Ann Lee, a well-known national Democratic pollster, on Monday. "
            "“It is easy,” said Tom Reed, a former county GOP chair, on Tuesday.")
    roles = roles_of(nlp, text)
    assert roles["Ann Lee"] == ("pollster", "Democratic Party")
    assert roles["Tom Reed"] == ("former chair", "Republican Party")


def test_second_item_that_is_no_role_gives_no_affiliation(nlp):
    text = ("“She must earn trust,” said Ben Hale, a former ACLU director and a Sanders fan. "
            "“I am not sure,” says Ruth Cole, the nurse from Ohio and a Republican.")
    roles = roles_of(nlp, text)
    assert roles["Ben Hale"] == ("former director", "ACLU")
    assert roles["Ruth Cole"] == ("nurse", "Republican Party")


def test_initials_of_a_name_with_a_lowercase_word(nlp):
    text = ("The group Nurses for America backs the bill. "
            "“It helps families,” said NFA spokesman Tom Reed.")
    assert roles_of(nlp, text)["Tom Reed"] == ("spokesman", "Nurses for America")


def test_staff_to_an_organisation_a_party_or_a_campaign(nlp):
    text = ("“It counts,” said Ann Lee on Monday. "
            "“Turnout matters,” said Ruth Cole, a longtime adviser to the Lee campaign. "
            "“Growth is up,” said Tom Reed, a budget adviser to Republicans. "
            "“It is fine,” said Bill Hale, an aide to Mr. Obama.")
    roles = roles_of(nlp, text)
    assert roles["Ruth Cole"] == ("adviser", "Lee campaign")
    assert roles["Tom Reed"] == ("budget adviser", "Republican Party")
    assert roles["Bill Hale"] == ("aide", None)


def test_copula_with_now_and_a_persons_campaign(nlp):
    text = ("“We will win,” said Ann Lee. “Turnout matters,” said Tom Reed. "
            "Mr. Reed is now the treasurer of Mrs. Lee's Senate campaign.")
    roles = roles_of(nlp, text)
    assert roles["Tom Reed"] == ("treasurer", "Lee campaign")
    assert roles["Ann Lee"] == (None, None)  # the object of "of" is not the treasurer


def test_campaign_staff_of_a_possessive_pronoun(nlp):
    text = ("Ann Lee spoke in Ohio on Monday. Her campaign manager, Tom Reed, said “we will win.” "
            "“It is close,” said his neighbour Bill Hale.")
    roles = roles_of(nlp, text)
    assert roles["Tom Reed"] == ("campaign manager", "Lee campaign")
    assert roles["Bill Hale"] == (None, None)


def test_description_reaches_back_over_a_sentence_without_people(nlp):
    text = ("Ann Lee spoke to farmers in Iowa on Monday. The dinner was full. The Ohio governor nearly "
            "missed the cut for the debate, but “we will win,” she said.")
    assert roles_of(nlp, text)["Ann Lee"] == ("governor", "Ohio")


def test_plural_title_reaches_every_name_of_the_list(nlp):
    text = ("The report moved Sens. Ann Lee (D-Mont.) and Tom Reed (R-La.) to demand hearings. "
            "“The rot goes deep,” Reed said. "
            "“The bill will pass,” said Senators Ruth Cole, Bill Hale and Jim Dale on Monday.")
    roles = roles_of(nlp, text)
    assert roles["Tom Reed"] == ("senator", "Republican Party")
    assert roles["Ruth Cole"] == ("senator", None)  # the next name of the list is no appositive
    assert roles["Jim Dale"] == ("senator", None)


def test_status_before_an_organisation_before_the_role(nlp):
    roles = roles_of(nlp, "“It is fine,” said former White House press secretary Ari Dale on Monday.")
    assert roles["Ari Dale"] == ("former press secretary", "White House")


def test_general_election_is_no_rank(nlp):
    text = "“It is unfair,” said Ann Lee, whose hard general-election race against Tom Reed begins in June."
    assert roles_of(nlp, text)["Ann Lee"] == (None, None)
    roles = roles_of(nlp, "“We will win,” said Ann Lee, the general-election nominee.")
    assert roles["Ann Lee"] == ("nominee", None)


def test_organisation_after_a_later_preposition(nlp):
    text = ("“It is bad,” said Colin Dale, a political scientist at the government-funded Rand Corporation. "
            "“It will pass,” said Jeff Hale, an assistant professor in the school of information studies "
            "at Syracuse University.")
    roles = roles_of(nlp, text)
    assert roles["Colin Dale"] == ("political scientist", "Rand Corporation")
    assert roles["Jeff Hale"] == ("assistant professor", "Syracuse University")


def test_untagged_names_of_news_outlets(nlp):
    text = ("Ann Lee of The Intercept asked the senator on Friday. “I will not,” she said. "
            "Breitbart News’ Tom Reed previously reported that “nothing changed,” Reed wrote.")
    roles = roles_of(nlp, text)
    assert roles["Ann Lee"] == (None, "The Intercept")
    assert roles["Tom Reed"] == (None, "Breitbart News")


def test_employer_after_the_name(nlp):
    text = ("“They moved the jobs,” said Carol Dale, 59, who has worked at Carrier for 13 years. "
            "Ann Lee works for the Acme Company. “We are worried,” Lee said.")
    roles = roles_of(nlp, text)
    assert roles["Carol Dale"] == (None, "Carrier")
    assert roles["Ann Lee"] == (None, "Acme Company")


def test_words_run_together_are_no_affiliation():
    from spacy_quotes.roles.patterns import GLUED
    assert GLUED.search("ImagesRepublican")
    assert GLUED.search("BushASSOCIATED PRESSOhio")
    assert not GLUED.search("JPMorgan Chase")
    assert not GLUED.search("PolitiFact")
    assert not GLUED.search("McCain campaign")


def test_party_member_on_a_committee(nlp):
    text = "“It is over,” said Rep. Ann Lee, the top Democrat on the Oversight Committee, in a statement."
    assert roles_of(nlp, text)["Ann Lee"] == ("representative", "Democratic Party")


def test_leadership_office_before_the_member_title(nlp):
    text = "Speaker of the House Rep. Tom Reed (R-Wis.) said “this has no place in a campaign.”"
    assert roles_of(nlp, text)["Tom Reed"] == ("speaker of the house", "Republican Party")


def test_independent_tag_wins_over_the_party_sought(nlp):
    text = ("Democratic presidential candidate Sen. Ann Lee (I-Vt.) on Saturday criticized the accord. "
            "“It is not enough,” Lee said.")
    assert roles_of(nlp, text)["Ann Lee"] == ("senator", "Vermont")


def test_administration_after_a_status(nlp):
    text = "“It is proof,” said Ari Dale, a former Bush administration official who sits on the board."
    assert roles_of(nlp, text)["Ari Dale"] == ("former official", "Bush administration")


def test_place_of_the_first_of_two_roles(nlp):
    text = "“We have no strategy,” said Jeb Dale, the former Florida governor and a Republican presidential candidate, on CNN."
    assert roles_of(nlp, text)["Jeb Dale"] == ("former governor", "Florida")


def test_surname_tagged_as_a_noun_is_no_part_of_the_role():
    words = "Ann Reed won . Reed lawyer Tom Dale said .".split()
    pos = ["PROPN", "PROPN", "VERB", "PUNCT", "NOUN", "NOUN", "PROPN", "PROPN", "VERB", "PUNCT"]
    doc = Doc(VOCAB, words=words, pos=pos, ents=["B-PERSON", "I-PERSON", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O"])
    assert _role_words(list(doc[4:6])) == ("lawyer", "Reed", [])


def test_role_before_a_name_set_off_by_commas_without_an_apposition_parse():
    words = "Acme 's chief executive , Ann Lee , called it a mess .".split()
    pos = ["PROPN", "PART", "ADJ", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT", "VERB", "PRON", "DET", "NOUN", "PUNCT"]
    tags = ["NNP", "POS", "JJ", "NN", ",", "NNP", "NNP", ",", "VBD", "PRP", "DT", "NN", "."]
    # the parser's miss: the role noun hangs from elsewhere, the name is the subject
    heads = [3, 0, 3, 8, 6, 6, 8, 6, 8, 8, 11, 8, 8]
    deps = ["poss", "case", "amod", "dep", "punct", "compound", "nsubj", "punct", "ROOT", "dobj", "det", "oprd", "punct"]
    ents = ["B-ORG", "O", "O", "O", "O", "B-PERSON", "I-PERSON", "O", "O", "O", "O", "O", "O"]
    doc = Doc(VOCAB, words=words, pos=pos, tags=tags, heads=heads, deps=deps, ents=ents)
    assert preceding_appositive_role(doc, doc[5:7]) == ("chief executive", "Acme", [])


def test_two_roles_stay_one_only_when_both_are_offices():
    assert _trim_role("former chairman and presidential candidate".split(), conjoined=True) == ["former", "chairman"]
    assert _trim_role("president and chief executive".split(), conjoined=True) == ["president", "and", "chief", "executive"]


def test_of_two_roles_the_one_of_the_named_organisation(nlp):
    text = "“We need the visas,” said Ann Lee, a Dayton-based developer and spokeswoman for the Acme Investment Coalition."
    assert roles_of(nlp, text)["Ann Lee"] == ("spokeswoman", "Acme Investment Coalition")
    text = "“We need the visas,” said Ann Lee, a senior adviser and pollster for Mr. Reed."
    assert roles_of(nlp, text)["Ann Lee"][0] == "senior adviser"


def test_the_present_role_wins_over_a_past_one(nlp):
    text = ("“It is not reform,” said Ann Lee, an economist who served as director of the Acme Office "
            "and is now president of the Dayton Action Forum.")
    assert roles_of(nlp, text)["Ann Lee"] == ("president", "Dayton Action Forum")
    text = "“It is time,” said Ann Lee, the former mayor of Dayton and current Republican presidential nominee."
    assert roles_of(nlp, text)["Ann Lee"] == ("presidential nominee", "Republican Party")
    text = ("“We found common ground,” said Tom Reed, a chief of staff to the governor. "
            "Mr. Reed is now the chairman of the Acme Foundation.")
    assert roles_of(nlp, text)["Tom Reed"][0] == "chairman"


def test_one_of_a_group_is_one_member(nlp):
    assert roles_of(nlp, "“He was right,” said Tom Reed, one of the mayor's closest aides.")["Tom Reed"] == ("aide", None)
    assert roles_of(nlp, "“It hurts,” said Ann Lee, who is one of the Acme workers.")["Ann Lee"] == ("worker", "Acme")


def test_role_of_a_group_named_by_a_list(nlp):
    roles = roles_of(nlp, "Two Ohio developers, Ann Lee and Tom Reed, ran the project. “We need the money,” Lee said.")
    assert roles["Ann Lee"] == ("developer", "Ohio")
    roles = roles_of(nlp, "The debate had three Republican hopefuls: Ann Lee, Tom Reed, and Jo Ray. “It is over,” Reed said.")
    assert roles["Tom Reed"] == ("hopeful", "Republican Party")
    # a name that starts a clause after the group, and an example, are no members
    text = "Ann Lee met voters. After meeting with other civil rights leaders, Lee proposed new rules. “It is time,” Lee said."
    assert roles_of(nlp, text)["Ann Lee"] == (None, None)
    text = "The tax code favours wealthy real estate developers like Ann Lee. “It is fair,” Lee said."
    assert roles_of(nlp, text)["Ann Lee"] == (None, None)


def test_organisation_names_run_to_their_end_and_stop_before_their_host(nlp):
    text = "“It is a cliff,” said Tom Reed, a tax lawyer and senior fellow at the Acme-Lake Tax Policy Research Center, on Monday."
    assert roles_of(nlp, text)["Tom Reed"] == ("senior fellow", "Acme-Lake Tax Policy Research Center")
    text = "“It is legal,” said Ann Lee, director of the Institute for Energy Policy at Dayton University’s law school."
    assert roles_of(nlp, text)["Ann Lee"] == ("director", "Institute for Energy Policy")


def test_the_body_before_a_chairman_is_no_part_of_the_role(nlp):
    text = "The committee met on Monday. “Subpoenas are not optional,” panel Chairman Rep. Ann Lee (R-Utah) said."
    assert roles_of(nlp, text)["Ann Lee"] == ("chairman", "Republican Party")
    # a committee's short name the tagger takes for a common noun
    words = "“ It is over , ” Oversight Chairman Ann Lee said .".split()
    pos = ["PUNCT", "PRON", "AUX", "ADJ", "PUNCT", "PUNCT", "NOUN", "PROPN", "PROPN", "PROPN", "VERB", "PUNCT"]
    sent_starts = [True] + [False] * 11
    doc = Doc(VOCAB, words=words, pos=pos, sent_starts=sent_starts,
              ents=["O"] * 8 + ["B-PERSON", "I-PERSON", "O", "O"])
    assert _role_words(list(doc[6:8])) == ("chairman", "Oversight", [])


def test_party_before_the_role_wins_over_the_place_after_it(nlp):
    text = "“We will fight the rule,” said Tom Reed, the Republican attorney general of Oklahoma, on Monday."
    assert roles_of(nlp, text)["Tom Reed"] == ("attorney general", "Republican Party")


def test_a_description_and_a_name_as_two_arguments_are_two_people(nlp):
    doc = nlp("The judge agreed with Ann Lee that the papers stay sealed.")
    assert co_argument(doc[0:2], doc[4:6])
    doc = nlp("The senator, Ann Lee, agreed.")
    assert not co_argument(doc[0:2], doc[3:5])


def test_an_office_wins_over_a_trade(nlp):
    text = "“We will win,” said businesswoman Ann Lee on Monday in Ohio. Days later, Republican nominee Ann Lee spoke in Iowa."
    assert roles_of(nlp, text)["Ann Lee"] == ("nominee", "Republican Party")


def test_a_surname_that_is_a_role_word_is_no_title(nlp):
    text = "Ann Justice owns a mine in Ohio. The Justice properties grew fast. “We pay our bills,” Justice said."
    assert roles_of(nlp, text)["Ann Justice"] == (None, None)


def test_a_persons_campaign_white_house_and_administration(nlp):
    text = "“It was a campaign of hope,” said Tom Reed, the architect of Ann Lee’s 2008 campaign."
    assert roles_of(nlp, text)["Tom Reed"] == ("architect", "Lee campaign")
    text = "“It is awkward,” said Tom Reed, a former press official in Mr. Lee's White House."
    assert roles_of(nlp, text)["Tom Reed"] == ("former press official", "Lee White House")
    text = "“It is awkward,” said Tom Reed, a former adviser in the Lee administration."
    assert roles_of(nlp, text)["Tom Reed"] == ("former adviser", "Lee administration")


def test_the_role_someone_turned_to(nlp):
    text = "“She had no role,” said Ann Lee, a campaign staffer-turned-legal assistant, on Friday."
    assert roles_of(nlp, text)["Ann Lee"] == ("legal assistant", None)
    assert roles_of(nlp, "“It was routine,” said Tom Reed, an assistant secretary of state.")["Tom Reed"][0] == "assistant secretary of state"


def test_a_description_of_the_articles_main_person(nlp):
    text = ("Ann Lee spoke on Monday. Lee said she would fight. “We will win,” Lee said. Lee smiled. "
            "Later, I asked Ann Lee if she would ever endorse Tom Reed. "
            "It was one of our odder exchanges in the years I have covered the Ohio senator. “Never,” Lee said.")
    assert roles_of(nlp, text)["Ann Lee"] == ("senator", "Ohio")
    # a clause after a comma is no appositive
    text = "Ann Lee laughed at that. “I get endorsed by Lee, and immediately I'm on MSNBC and CNN and Fox,” said Tom Reed."
    assert roles_of(nlp, text)["Ann Lee"] == (None, None)


def test_a_description_after_a_preposition_of_the_only_person_near(nlp):
    text = ("Ann Lee walked onto the stage in Ohio. “That is right, Ann,” Tom Reed said to the Republican nominee "
            "for president, who began her speech. “Thank you,” Lee said.")
    assert roles_of(nlp, text)["Ann Lee"] == ("nominee for president", "Republican Party")
    # a place where someone meets a person is no affiliation, and a date no part of a name
    text = "“We met,” said Ann Lee on Monday. Tom Reed was scheduled to meet with Lee at the White House on Thursday."
    assert roles_of(nlp, text)["Ann Lee"] == (None, None)


def test_common_occupations_are_roles(nlp):
    assert roles_of(nlp, "“It was a shock,” said Latvian journalist Ann Lee.")["Ann Lee"] == ("journalist", "Latvia")
    assert roles_of(nlp, "“We will spend,” said billionaire environmentalist Tom Reed.")["Tom Reed"] == ("environmentalist", None)


def test_portfolio_after_of_the(nlp):
    text = "“We will talk,” said Juan Perez, the Mexican secretary of the economy, on Monday."
    assert roles_of(nlp, text)["Juan Perez"] == ("secretary of the economy", "Mexico")


def test_affiliation_stated_with_a_campaign_role_is_the_campaign(nlp):
    text = "Ann Lee spoke in Ohio on Monday. “She is right,” said economist Tom Reed. Reed is a Lee surrogate."
    assert roles_of(nlp, text)["Tom Reed"] == ("economist", "Lee campaign")
    assert campaign_affiliation("Lee White House", "adviser", {"Lee White House"}) == "Lee White House"


def test_a_rank_is_a_title_before_a_present_office(nlp):
    text = "“It is a stretch,” said Gen. Tom Reed, the drug policy director in the Lee administration."
    assert roles_of(nlp, text)["Tom Reed"] == ("drug policy director", "Lee administration")
    text = "“I disagree,” said retired Army Lt. Gen. Tom Reed, who served as the chief military adviser in Iraq."
    assert roles_of(nlp, text)["Tom Reed"] == ("retired lieutenant general", "Army")
    assert roles_of(nlp, "“I agree,” said Tom Reed, who served as a senior adviser to the mayor.")["Tom Reed"][0] == "former senior adviser"


def test_a_unit_after_the_organisation_name(nlp):
    text = "“It is deplorable,” said Tom Reed, the director of the Acme Eurasian division."
    assert roles_of(nlp, text)["Tom Reed"] == ("director", "Acme Eurasian division")


def test_a_lowercase_noun_before_an_organisation_name_is_left_out():
    words = "the centrist Acme Policy Center".split()
    pos = ["DET", "NOUN", "PROPN", "PROPN", "PROPN"]
    doc = Doc(VOCAB, words=words, pos=pos, ents=["O", "O", "B-ORG", "I-ORG", "I-ORG"])
    assert name_phrase(list(doc)) == "Acme Policy Center"


def test_words_before_of_are_no_title(nlp):
    text = "The tour ended with his dressing-down of Acme Radio's Ann Lee, who had pressed him. “You are wrong,” Lee said."
    assert roles_of(nlp, text)["Ann Lee"] == (None, "Acme Radio")


def test_a_status_before_two_roles_holds_for_both(nlp):
    text = "“It is bad judgement,” she said. Former prosecutor and Dayton Mayor Ann Lee, who backs Reed, agreed."
    assert roles_of(nlp, text)["Ann Lee"] == ("former mayor", "Dayton")


def test_associates_partners_and_fields_in_gerunds(nlp):
    text = "“It is unfair,” said Ann Lee, a senior associate for education organizing at the Acme Institute for School Reform."
    assert roles_of(nlp, text)["Ann Lee"] == ("senior associate for education organizing", "Acme Institute for School Reform")
    text = "“We sold it,” said Tom Reed, his former business partner at Acme Health."
    assert roles_of(nlp, text)["Tom Reed"] == ("former business partner", "Acme Health")


def test_an_expert_on_a_field(nlp):
    text = "“It will hurt,” said Tom Reed, an expert on trade at the Acme Institute for International Economics."
    assert roles_of(nlp, text)["Tom Reed"] == ("expert on trade", "Acme Institute for International Economics")


def test_nothing_before_a_pronoun_is_its_title(nlp):
    text = "Ann Lee spoke in Ohio on Monday. In an interview with Russia's network RT she said “the media lies.”"
    assert roles_of(nlp, text)["Ann Lee"] == (None, None)


def test_a_subject_after_a_clause_continues_its_subject(nlp):
    text = ("“We will win,” Ann Lee said on Monday. Now that Ann Lee has claimed that the real culprit is Tom Reed, "
            "the GOP nominee had some explaining to do. “It is a lie,” Reed said. “I stand by it,” Lee said.")
    roles = roles_of(nlp, text)
    assert roles["Ann Lee"] == ("nominee", "Republican Party")
    assert roles["Tom Reed"] == (None, None)


def test_a_possessor_description(nlp):
    text = ("“We will win,” Ann Lee said on Monday. Her lead in the polls may shrink if the Republican nominee's "
            "stance on trade hurts her in Ohio. “I stand by it,” Lee said.")
    assert roles_of(nlp, text)["Ann Lee"] == ("nominee", "Republican Party")


def test_a_clipped_name_takes_the_fuller_one(nlp):
    text = ("The Federal Reserve kept its rates on Wednesday. “Growth is slow,” said Fed governor Ann Lee.")
    assert roles_of(nlp, text)["Ann Lee"] == ("governor", "Federal Reserve")


def test_an_unnamed_campaign_is_the_one_named_before(nlp):
    text = ("Ann Lee's campaign had a hard week in Ohio. Tom Reed, the campaign's press secretary, said that "
            "“the polls will turn.” “We are confident,” Reed added.")
    assert roles_of(nlp, text)["Tom Reed"] == ("press secretary", "Lee campaign")



def test_a_subject_continues_the_main_subject_of_the_sentence_before(nlp):
    # Ann Lee, named far more often, would win as the article's main person
    text = ("“We will win,” Ann Lee said on Monday. Lee spoke in Dayton. Lee met donors. Lee went home. "
            "Lee wrote posts. Lee slept. Tom Reed says too much is made of Lee's tweets. "
            "The Ohio governor said the media are to blame.")
    doc = nlp(text)
    spans = {name: [(e.start, e.end) for e in doc.ents if e.label_ == "PERSON" and e[-1].text == name.split()[-1]]
             for name in ("Ann Lee", "Tom Reed")}
    table = [{"kind": "person", "name": name, "mentions": mentions} for name, mentions in spans.items()]
    start = next(t.i for t in doc if t.text == "Ohio") - 1
    assert description_owner(doc, doc[start : start + 3], table) == 1


def test_the_first_of_two_descriptions_before_a_name(nlp):
    text = "The show was led by the Acme host and former radio personality Ann Lee. “It went well,” Lee said."
    assert roles_of(nlp, text)["Ann Lee"] == ("host", "Acme")


def test_the_same_head_stated_with_more_words_elsewhere(nlp):
    text = ("Ann Lee spoke on Monday. The GOP nominee said: “We will build more roads in every county.” "
            "Later, the Republican presidential nominee visited a farm in Ohio.")
    roles = roles_of(nlp, text)
    assert roles["Ann Lee"][0] == "presidential nominee"
