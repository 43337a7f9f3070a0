"""Hand-written cases, one per pattern of issues 2 and 4, through the rules alone.

Every sentence is invented for this table. Each positive case names a snippet of
the expected quote's content and asserts, for the first quote containing it:
kind, cue text, speaker mention text, resolved speaker name, role and
affiliation (None where the text gives none). `extra` may add:
- "also": more snippets the same quote must contain (multi-paragraph quotes);
- "not": snippets the quote must not contain (attribution, the next paragraph);
- "ends": the text the quote content must end with.
The negative table lists texts whose marks are apostrophes or scare quotes.
"""
import pytest

from conftest import describe, quote_with

D, I, M = "DIRECT", "INDIRECT", "MIXED"

# fmt: off
CASES = [
    # id, text, contains, kind, cue, speaker mention, speaker name, role, affiliation, extra
    # --- every quotation-mark style of SPEC.md
    ("curly-double", "“We will rebuild the bridge before winter,” Mayor Karen Holt said.",
     "We will rebuild the bridge before winter", D, "said", "Mayor Karen Holt", "Karen Holt", "mayor", None, {"not": ["Holt said"]}),
    ("straight-double", '"The budget is balanced for the first time in a decade," said Treasurer Paul Grant.',
     "The budget is balanced for the first time", D, "said", "Treasurer Paul Grant", "Paul Grant", "treasurer", None, {}),
    ("curly-single", "‘Our schools need more teachers right now,’ said Linda Park, the education secretary.",
     "Our schools need more teachers right now", D, "said", "Linda Park, the education secretary", "Linda Park", "education secretary", None, {}),
    ("guillemets", "«We are ready to negotiate without preconditions,» French Foreign Minister Pierre Dubois told reporters.",
     "We are ready to negotiate without preconditions", D, "told reporters", "French Foreign Minister Pierre Dubois", "Pierre Dubois", "foreign minister", "France", {}),
    ("german-low-high", "„The border will remain open for trade and for travellers,“ said German Chancellor Anna Weber.",
     "The border will remain open for trade", D, "said", "German Chancellor Anna Weber", "Anna Weber", "chancellor", "Germany", {}),
    ("backticks", "``The election was decided by the voters and nobody else,'' Senator Mark Ellis said.",
     "The election was decided by the voters", D, "said", "Senator Mark Ellis", "Mark Ellis", "senator", None, {"not": ["Ellis said"]}),
    ("guillemets-lead-in", "Foreign Minister Pierre Dubois said: «France will not send troops to the region.»",
     "France will not send troops to the region", D, "said:", "Foreign Minister Pierre Dubois", "Pierre Dubois", "foreign minister", None, {}),
    ("german-lead-in", "Chancellor Anna Weber said: „We will balance the budget without new taxes.“",
     "We will balance the budget without new taxes", D, "said:", "Chancellor Anna Weber", "Anna Weber", "chancellor", None, {}),
    # --- quotes over several paragraphs
    ("multi-paragraph-curly", "“The first part of the plan is to cut waste in every department.\n\n“The second part is to hire more nurses for the hospitals,” Governor Ellen Marsh said.",
     "cut waste in every department", D, "said", "Governor Ellen Marsh", "Ellen Marsh", "governor", None, {"also": ["hire more nurses"]}),
    ("multi-paragraph-straight", '"Our rivers are cleaner than they were twenty years ago.\n\n"But the work is far from finished," said Environment Secretary Jim Burke.',
     "Our rivers are cleaner", D, "said", "Environment Secretary Jim Burke", "Jim Burke", "environment secretary", None, {"also": ["the work is far from finished"]}),
    ("multi-paragraph-three", "Mayor Karen Holt explained:\n\n“The first thing we did was listen to the residents.\n\n“The second thing we did was fix the roads.\n\n“The third thing was to open the library on Sundays.”",
     "listen to the residents", D, "explained:", "Mayor Karen Holt", "Karen Holt", "mayor", None, {"also": ["fix the roads", "open the library on Sundays"]}),
    # --- quotes interrupted by their attribution
    ("interrupted-first", "“The river is rising fast,” said Fire Chief Robert Dunn, “and every family on the east bank must leave tonight.”",
     "The river is rising fast", D, "said", "Fire Chief Robert Dunn", "Robert Dunn", "fire chief", None, {"not": ["said"]}),
    ("interrupted-second", "“The river is rising fast,” said Fire Chief Robert Dunn, “and every family on the east bank must leave tonight.”",
     "every family on the east bank must leave tonight", D, "said", "Fire Chief Robert Dunn", "Robert Dunn", "fire chief", None, {"not": ["said"]}),
    ("interrupted-straight", '"We can win this seat," Ellis said, "if we keep knocking on doors every weekend."',
     "if we keep knocking on doors", D, "said", "Ellis", "Ellis", None, None, {}),
    ("interrupted-sentence", "“The plan is simple,” Mayor Karen Holt said. “We build, we hire and we grow the city.”",
     "We build, we hire and we grow the city", D, "said", "Mayor Karen Holt", "Karen Holt", "mayor", None, {}),
    # --- nested quotes
    ("nested-single-in-double", "“When the banker told me ‘the money is gone’ I did not believe him at all,” Peter Vance said.",
     "the money is gone", D, "said", "Peter Vance", "Peter Vance", None, None, {"also": ["I did not believe him"]}),
    ("nested-straight", "\"He kept saying 'trust me, trust me' all night long,\" said Laura Chen.",
     "trust me, trust me", D, "said", "Laura Chen", "Laura Chen", None, None, {"also": ["all night long"]}),
    ("nested-double-in-single", "‘He told me “never again” and walked out of the room,’ said Anna Weber.",
     "never again", D, "said", "Anna Weber", "Anna Weber", None, None, {"also": ["walked out of the room"]}),
    # --- indirect speech
    ("indirect-said-that", "Finance Minister Omar Haddad said that the new tax would fall on large companies.",
     "the new tax would fall on large companies", I, "said", "Finance Minister Omar Haddad", "Omar Haddad", "finance minister", None, {}),
    ("indirect-told-reporters", "The mayor told reporters that the stadium deal was dead.",
     "the stadium deal was dead", I, "told reporters", "The mayor", None, None, None, {}),
    ("indirect-no-that", "Jennifer Walsh argued the new plan would cost the city far too much.",
     "the new plan would cost the city far too much", I, "argued", "Jennifer Walsh", "Jennifer Walsh", None, None, {}),
    ("indirect-had-said", "Moscow had said that the sanctions were illegal and would be answered.",
     "the sanctions were illegal", I, "had said", "Moscow", "Moscow", None, None, {}),
    ("indirect-told-object", "Jane Fox told the committee that the agency had lost the files.",
     "the agency had lost the files", I, "told", "Jane Fox", "Jane Fox", None, None, {}),
    ("indirect-tweeted", "Linda Park tweeted that the vote had been rigged from the start.",
     "the vote had been rigged", I, "tweeted", "Linda Park", "Linda Park", None, None, {}),
    ("indirect-warned", "The Federal Reserve warned that inflation would stay high through next year.",
     "inflation would stay high", I, "warned", "The Federal Reserve", "Federal Reserve", None, None, {}),
    ("indirect-wrote", "Daniel Moss wrote in a letter that the school would close in June.",
     "the school would close in June", I, "wrote", "Daniel Moss", "Daniel Moss", None, None, {}),
    ("indirect-appositive-speaker", "Ryan Cole, a spokesman for the airline, said the delays were caused by bad weather.",
     "the delays were caused by bad weather", I, "said", "Ryan Cole, a spokesman for the airline,", "Ryan Cole", "spokesman", None, {}),
    ("indirect-parataxis", "The economy is growing faster than anyone expected, the finance minister said.",
     "The economy is growing faster than anyone expected", I, "said", "the finance minister", None, None, None, {"not": ["minister"]}),
    ("indirect-parataxis-named", "Unemployment will fall below five percent by spring, Finance Minister Omar Haddad said on Monday.",
     "Unemployment will fall below five percent", I, "said", "Finance Minister Omar Haddad", "Omar Haddad", "finance minister", None, {}),
    ("indirect-denied", "The company denied that it had broken any environmental law.",
     "it had broken any environmental law", I, "denied", "The company", None, None, None, {}),
    # --- constructions PolNeAR annotates: naming, stance objects, refusals, split clauses
    ("naming-called-object", "Senator Mark Ellis called the new budget a betrayal of working families.",
     "the new budget a betrayal of working families", I, "called", "Senator Mark Ellis", "Mark Ellis", "senator", None, {}),
    ("stance-endorsed-object", "Governor Ellen Marsh endorsed the plan to rebuild the harbor.",
     "the plan to rebuild the harbor", I, "endorsed", "Governor Ellen Marsh", "Ellen Marsh", "governor", None, {}),
    ("stance-discussed-object", "Jane Fox discussed the future of the old mill with the council.",
     "the future of the old mill", I, "discussed", "Jane Fox", "Jane Fox", None, None, {"not": ["discussed"]}),
    ("refused-infinitive", "Governor Ellen Marsh refused to sign the new housing bill.",
     "to sign the new housing bill", I, "refused", "Governor Ellen Marsh", "Ellen Marsh", "governor", None, {}),
    ("parenthetical-fronted-part", "In the long run, the minister said, the new tax will pay for the bridge.",
     "In the long run", I, "said", "the minister", None, None, None, {"not": ["new tax"]}),
    ("parenthetical-main-part", "In the long run, the minister said, the new tax will pay for the bridge.",
     "the new tax will pay for the bridge", I, "said", "the minister", None, None, None, {"not": ["long run"]}),
    ("parenthetical-trailing-part", "The bridge will be finished, the engineer said, by the end of the summer.",
     "by the end of the summer", I, "said", "the engineer", None, None, None, {"not": ["finished"]}),
    ("interrupted-short-first", "“Fine,” Mayor Karen Holt said, “we will vote again on Friday.”",
     "Fine,", D, "said", "Mayor Karen Holt", "Karen Holt", "mayor", None, {"not": ["vote again"]}),
    # --- according to
    ("according-to-front", "According to the health department, the virus has spread to three more counties.",
     "the virus has spread to three more counties", I, "According to", "the health department", None, None, None, {}),
    ("according-to-end", "The bridge was closed for safety reasons, according to Transport Secretary Helen Grey.",
     "The bridge was closed for safety reasons", I, "according to", "Transport Secretary Helen Grey", "Helen Grey", "transport secretary", None, {}),
    ("according-to-org", "According to Microsoft, the outage affected fewer than a thousand customers.",
     "the outage affected fewer than a thousand customers", I, "According to", "Microsoft", "Microsoft", None, None, {}),
    # --- constructions beyond "said that": headline lead-ins, wishes, appearances, questions,
    # reporting nouns, accusations, long survey sources, sentence openers, endorsements
    ("outlet-lead-in", "Harbor Gazette: Council Votes To Close Two Libraries Next Spring.\n\nThe council met on Monday.",
     "Council Votes To Close Two Libraries", I, ":", "Harbor Gazette", "Harbor Gazette", None, None, {"not": ["council met"]}),
    ("wish-verb", "Councillor Ruth Baker wants to close the old depot by the end of the year.",
     "to close the old depot", I, "wants", "Councillor Ruth Baker", "Ruth Baker", "councillor", None, {}),
    ("appearance-verb", "The farmers appear to be united in their anger over the new water tax.",
     "to be united in their anger", I, "appear", None, None, None, None, {"not": ["farmers"]}),
    ("asked-whether", "The reporter asked whether the mayor would resign before the election.",
     "the mayor would resign before the election", I, "asked", "The reporter", None, None, None, {}),
    ("reporting-noun", "Opposition parties were angered by the minister’s claim that the strike had cost the port millions.",
     "the strike had cost the port millions", I, "claim", "the minister’s", None, None, None, {"not": ["angered"]}),
    ("accused-of", "Senator Joan Avery accused the governor of hiding the audit from the legislature.",
     "the governor of hiding the audit", I, "accused", "Senator Joan Avery", "Joan Avery", "senator", None, {}),
    ("according-to-long-source", "According to a survey of small business owners conducted by the chamber of commerce in the spring, most owners expect to hire more staff.",
     "most owners expect to hire more staff", I, "According to", "a survey of small business owners conducted by the chamber of commerce in the spring", None, None, None, {"not": ["spring"]}),
    ("opener-left-out", "In fact, the plan will cost far less than the old one, Mayor Karen Holt said.",
     "the plan will cost far less than the old one", I, "said", "Mayor Karen Holt", "Karen Holt", "mayor", None, {"not": ["In fact"]}),
    ("endorsed-name", "Governor Ellen Marsh endorsed Avery on Tuesday.",
     "Avery", I, "endorsed", "Governor Ellen Marsh", "Ellen Marsh", "governor", None, {"not": ["Tuesday"]}),
    # --- "X said:" lead-ins and the speaker in the previous or next sentence
    ("said-colon", "Mayor Karen Holt said: “We will not raise taxes this year.”",
     "We will not raise taxes this year", D, "said:", "Mayor Karen Holt", "Karen Holt", "mayor", None, {}),
    ("continued-colon-next-paragraph", "Pat Morgan continued:\n\n\"The voters want someone who listens to them and then acts.\"",
     "The voters want someone who listens", D, "continued:", "Pat Morgan", "Pat Morgan", None, None, {}),
    ("speaker-next-sentence", "“The tunnel will be finished on time and on budget.” Daniel Moss, the chief engineer, said so on Monday.",
     "The tunnel will be finished on time", D, "said", "Daniel Moss, the chief engineer,", "Daniel Moss", "chief engineer", None, {}),
    ("speaker-previous-sentence", "Karen Holt was blunt. “Nobody on this council wants to close the library,” she said.",
     "Nobody on this council wants to close the library", D, "said", "she", "Karen Holt", None, None, {}),
    # --- headlines and sign-offs
    ("headline-says", "Trade Deal With Canada Is Close, Says Ottawa\n\nThe talks resume on Monday.",
     "Trade Deal With Canada Is Close", I, "Says", "Ottawa", "Ottawa", None, None, {"not": ["Says"]}),
    ("headline-warns", "Shipping Costs Will Double By Summer, Warns Maersk\n\nPorts are already full.",
     "Shipping Costs Will Double By Summer", I, "Warns", "Maersk", "Maersk", None, None, {}),
    ("headline-name-colon", "Pat Morgan: Voters Are Tired Of Broken Promises\n\nThe pollster spoke in Ohio.",
     "Voters Are Tired Of Broken Promises", I, ":", "Pat Morgan", "Pat Morgan", None, None, {}),
    ("dash-signoff-em", "“Our county has never been safer than it is today.”\n—Commissioner Jane Doe",
     "Our county has never been safer", D, "—", "Commissioner Jane Doe", "Jane Doe", "commissioner", None, {}),
    ("dash-signoff-en-role", "“Art should be free for everyone who walks through the door.” – Maria Lopez, museum director",
     "Art should be free for everyone", D, "–", "Maria Lopez, museum director", "Maria Lopez", "museum director", None, {}),
    ("dash-signoff-same-line", "\"Public parks belong to every child in this city.\" —Councilwoman Rosa Diaz",
     "Public parks belong to every child", D, "—", "Councilwoman Rosa Diaz", "Rosa Diaz", "councilwoman", None, {}),
    ("dash-signoff-no-break-space", "“The new bus lanes saved me an hour every week.” ―\u00a0Tom Baker\n“Nobody asked the shop owners on Main Street.” ―\u00a0Lucy Grant",
     "Nobody asked the shop owners", D, "―", "Lucy Grant", "Lucy Grant", None, None, {}),
    ("dash-signoff-glued-to-the-mark", "“The new bus lanes saved me an hour every week.”― Tom Baker\n“Nobody asked the shop owners on Main Street.”― Lucy Grant",
     "Nobody asked the shop owners", D, "”―", "Lucy Grant", "Lucy Grant", None, None, {}),
    ("from-lead-in", "From Senator Mark Ellis:\n\n“This bill protects working families and small farms alike.”",
     "This bill protects working families", D, "From", "Senator Mark Ellis", "Mark Ellis", "senator", None, {}),
    ("name-colon-quote", "Ellen Marsh: “We never asked for a bailout and we never will.”",
     "We never asked for a bailout", D, ":", "Ellen Marsh", "Ellen Marsh", None, None, {}),
    # --- mixed quotes
    ("mixed-end-fragment", "General Omar Haddad said the troops would leave “as soon as the roads are safe”.",
     "the troops would leave", M, "said", "General Omar Haddad", "Omar Haddad", "general", None, {"also": ["as soon as the roads are safe"]}),
    ("mixed-single-marks", "Jane Fox said the bill was ‘dead on arrival’ in the Senate.",
     "dead on arrival", M, "said", "Jane Fox", "Jane Fox", None, None, {"also": ["the bill was"]}),
    ("mixed-straight", 'Daniel Moss said the plan was "a disaster for everyone involved."',
     "the plan was", M, "said", "Daniel Moss", "Daniel Moss", None, None, {"also": ["a disaster for everyone involved"]}),
    ("mixed-two-fragments", "Sarah Blake said the two sides had reached a “common view” and a “unified position” on the border.",
     "the two sides had reached", M, "said", "Sarah Blake", "Sarah Blake", None, None, {"also": ["common view", "unified position"]}),
    # --- inverted order and passives
    ("inverted-said", "“Nobody in this town wants a casino,” said Tom Hughes.",
     "Nobody in this town wants a casino", D, "said", "Tom Hughes", "Tom Hughes", None, None, {}),
    ("inverted-asked", "“Who will pay for all of this in the end?” asked Councilman Joe Rivera.",
     "Who will pay for all of this", D, "asked", "Councilman Joe Rivera", "Joe Rivera", "councilman", None, {}),
    ("inverted-added", "“And we will be back next year with more,” added Coach Linda Park.",
     "we will be back next year", D, "added", "Coach Linda Park", "Linda Park", "coach", None, {}),
    ("passive-assured-by", "The farmers were assured by Agriculture Minister Ahmed Karimi that the subsidies would continue.",
     "the subsidies would continue", I, "were assured", "Agriculture Minister Ahmed Karimi", "Ahmed Karimi", "agriculture minister", None, {}),
    ("passive-told-by", "Reporters were told by police that the road would stay closed overnight.",
     "the road would stay closed overnight", I, "were told", "police", None, None, None, {}),
    # --- follow-on paragraphs and continued quotes
    ("follow-on-paragraph", "“We are proud of this team,” Coach Linda Park said.\n\n“Every player gave everything tonight and it showed on the field.”",
     "Every player gave everything tonight", D, "said", "Coach Linda Park", "Linda Park", "coach", None, {}),
    ("follow-on-added-pronoun", "“The money is there,” said Anna Weber. Tom Hughes disagreed. “What is missing is the will to spend it,” she added.",
     "What is missing is the will to spend it", D, "added", "she", "Anna Weber", None, None, {}),
    ("multi-sentence-direct", "“We tried. We failed. We will try again next year,” said Coach Linda Park.",
     "We will try again next year", D, "said", "Coach Linda Park", "Linda Park", "coach", None, {"also": ["We tried."]}),
    # --- odd and broken marks
    ("closed-by-line-break", "Karen Holt said: “We will not raise taxes this year.\nThe council meets again on Monday.",
     "We will not raise taxes this year", D, "said:", "Karen Holt", "Karen Holt", None, None, {"not": ["council meets"]}),
    ("odd-marks-trailing-opener", "“The harbor will reopen next month,” said Port Director Alan Price. “Ships are already waiting outside",
     "The harbor will reopen next month", D, "said", "Port Director Alan Price", "Alan Price", "port director", None, {"not": ["Ships"]}),
    ("odd-marks-inch-sign", "The 6\" pipe burst near the station on Sunday.\n\n“Repairs will take at least two more days,” said engineer Paul Grant.",
     "Repairs will take at least two more days", D, "said", "engineer Paul Grant", "Paul Grant", "engineer", None, {"not": ["pipe burst"]}),
    ("odd-marks-stray-closer", "The vote was close” and the count was slow.\n\n“We will ask for a recount in every district,” said Jane Fox.",
     "We will ask for a recount", D, "said", "Jane Fox", "Jane Fox", None, None, {"not": ["vote was close"]}),
    ("curly-open-straight-close", "“The vote was fair and the count was accurate,\" said election official Mary Stone.",
     "The vote was fair and the count was accurate", D, "said", "election official Mary Stone", "Mary Stone", "election official", None, {}),
    ("straight-open-curly-close", "\"We have enough water for the whole summer,” the utility's director, Jim Burke, said.",
     "We have enough water for the whole summer", D, "said", "the utility's director, Jim Burke,", "Jim Burke", "director", None, {}),
    ("backticks-straight-close", "``The parade will go ahead whatever the weather,\" said organiser Rosa Diaz.",
     "The parade will go ahead whatever the weather", D, "said", "organiser Rosa Diaz", "Rosa Diaz", "organiser", None, {}),
    ("apostrophe-before-closer", "“This is the workers’ money, not the bosses’,” said union leader Maria Santos.",
     "not the bosses’", D, "said", "union leader Maria Santos", "Maria Santos", "union leader", None, {"also": ["the workers’ money"]}),
    ("apostrophe-before-closer-straight", "\"The land was always the farmers'\" said Pat Morgan on Friday.",
     "The land was always the farmers'", D, "said", "Pat Morgan", "Pat Morgan", None, None, {}),
    ("possessive-inside-single", "‘We need the teachers’ support and the parents’ trust,’ said Linda Park.",
     "support and the parents’ trust", D, "said", "Linda Park", "Linda Park", None, None, {"also": ["We need the teachers’"]}),
    ("contractions-inside-single", "‘It’s the town’s last chance to save the old mill,’ said Daniel Moss.",
     "the town’s last chance to save the old mill", D, "said", "Daniel Moss", "Daniel Moss", None, None, {}),
    ("scare-quote-inside-quote", "“They call it ‘efficiency’ but it means fewer nurses on every ward,” said nurse Anna Weber.",
     "They call it ‘efficiency’ but it means fewer nurses", D, "said", "nurse Anna Weber", "Anna Weber", "nurse", None, {}),
    # --- speaker resolution
    ("surname-to-full-name", "Daniel Moss opened the meeting.\n\n“We have to move faster on housing,” Moss said.",
     "We have to move faster on housing", D, "said", "Moss", "Daniel Moss", None, None, {}),
    ("mr-to-full-name", "Robert Dunn runs the shelter on Elm Street.\n\n“We turn people away every single night,” Mr. Dunn said.",
     "We turn people away every single night", D, "said", "Mr. Dunn", "Robert Dunn", None, None, {}),
    ("ms-to-full-name", "Ellen Marsh runs the clinic.\n\n“We have not had a day off since March,” Ms. Marsh said.",
     "We have not had a day off since March", D, "said", "Ms. Marsh", "Ellen Marsh", None, None, {}),
    ("surname-later-full-name", "“The count must be finished by Friday,” Walsh said. Jennifer Walsh chairs the election board.",
     "The count must be finished by Friday", D, "said", "Walsh", "Jennifer Walsh", None, None, {}),
    ("pronoun-she-with-male-distractor", "Sarah Blake met Tom Hughes in Boston on Monday.\n\n“The talks went well and we will meet again,” she said.",
     "The talks went well", D, "said", "she", "Sarah Blake", None, None, {}),
    ("pronoun-he-with-female-distractor", "Sarah Blake met Tom Hughes in Boston on Monday.\n\n“The talks went badly and nothing was agreed,” he said.",
     "The talks went badly", D, "said", "he", "Tom Hughes", None, None, {}),
    ("pronoun-after-quote-last-speaker", "“The schools are overcrowded,” said Linda Park.\n\nMaria Lopez was not at the meeting.\n\n“We need three new buildings,” she added.",
     "We need three new buildings", D, "added", "she", "Linda Park", None, None, {}),
    ("pronoun-indirect", "Peter Vance spoke after the vote. He said the neighborhood had won a great victory.",
     "the neighborhood had won a great victory", I, "said", "He", "Peter Vance", None, None, {}),
    ("the-senator-description", "Senator Mark Ellis visited the plant on Monday. The senator said the jobs would stay in Ohio.",
     "the jobs would stay in Ohio", I, "said", "The senator", "Mark Ellis", "senator", None, {}),
    ("org-keeps-name", "The White House said the president would sign the bill on Friday.",
     "the president would sign the bill", I, "said", "The White House", "White House", None, None, {}),
    ("place-keeps-name", "Washington had said that the deal was not allowed under the treaty.",
     "the deal was not allowed under the treaty", I, "had said", "Washington", "Washington", None, None, {}),
    ("company-keeps-name", "Microsoft said it would hire five hundred engineers in Dublin.",
     "it would hire five hundred engineers", I, "said", "Microsoft", "Microsoft", None, None, {}),
    ("unnamed-source", "A source close to the talks said the deal could still collapse.",
     "the deal could still collapse", I, "said", "A source close to the talks", None, None, None, {}),
    ("unnamed-officials", "Officials said the pipeline would be finished by March.",
     "the pipeline would be finished by March", I, "said", "Officials", None, None, None, {}),
    ("unnamed-police", "Police said two men had been arrested near the station.",
     "two men had been arrested", I, "said", "Police", None, None, None, {}),
    ("unnamed-plural-they", "The residents were angry. They said the council had ignored them for years.",
     "the council had ignored them for years", I, "said", "They", None, None, None, {}),
    # --- roles and affiliations
    ("role-premodifier-demonym", "Canadian Prime Minister Justin Lee said the border would stay open.",
     "the border would stay open", I, "said", "Canadian Prime Minister Justin Lee", "Justin Lee", "prime minister", "Canada", {}),
    ("role-premodifier-us", "US Trade Representative Alan Price said the tariffs would rise in May.",
     "the tariffs would rise in May", I, "said", "US Trade Representative Alan Price", "Alan Price", "trade representative", "United States", {}),
    ("role-premodifier-org", "Nestle chief executive Laura Chen said profits had tripled.",
     "profits had tripled", I, "said", "Nestle chief executive Laura Chen", "Laura Chen", "chief executive", "Nestle", {}),
    ("role-appositive-possessive", "Anna Weber, Germany's finance minister, said the budget would be balanced.",
     "the budget would be balanced", I, "said", "Anna Weber, Germany's finance minister,", "Anna Weber", "finance minister", "Germany", {}),
    ("role-possessive-then-name", "Germany's finance minister, Anna Weber, said the budget would be balanced next year.",
     "the budget would be balanced next year", I, "said", "Germany's finance minister, Anna Weber,", "Anna Weber", "finance minister", "Germany", {}),
    ("role-y-of-z", "Pierre Dubois, the foreign minister of France, said the talks would continue.",
     "the talks would continue", I, "said", "Pierre Dubois, the foreign minister of France,", "Pierre Dubois", "foreign minister", "France", {}),
    ("role-relative-clause", "Tom Hughes, who heads the Fairview Tenants Union, said rents had doubled.",
     "rents had doubled", I, "said", "Tom Hughes, who heads the Fairview Tenants Union,", "Tom Hughes", "head", "Fairview Tenants Union", {}),
    ("role-party-state-d", "Sen. Mark Ellis (D-N.Y.) said the bill would pass the Senate.",
     "the bill would pass the Senate", I, "said", "Sen. Mark Ellis (D-N.Y.)", "Mark Ellis", "senator", "Democratic Party", {}),
    ("role-party-state-r", "Rep. Jane Fox (R-Texas) said the vote was a mistake.",
     "the vote was a mistake", I, "said", "Rep. Jane Fox (R-Texas)", "Jane Fox", "representative", "Republican Party", {}),
    ("role-former-kept", "Former Secretary of State Helen Grey said the treaty was a mistake.",
     "the treaty was a mistake", I, "said", "Former Secretary of State Helen Grey", "Helen Grey", "former secretary of state", None, {}),
    ("role-acting-kept", "Acting Police Chief Robert Dunn said the officers had been suspended.",
     "the officers had been suspended", I, "said", "Acting Police Chief Robert Dunn", "Robert Dunn", "acting police chief", None, {}),
    ("role-at-other-mention", "Helen Grey, the mayor of Springfield, opened the bridge on Monday.\n\n“It took ten years to build,” Grey said.",
     "It took ten years to build", D, "said", "Grey", "Helen Grey", "mayor", "Springfield", {}),
    ("role-none-invented", "Daniel Moss said the factory would close next spring.",
     "the factory would close next spring", I, "said", "Daniel Moss", "Daniel Moss", None, None, {}),
    ("role-none-age", "“It is a sad day for the whole town,” said Maria Lopez, 54.",
     "It is a sad day for the whole town", D, "said", "Maria Lopez, 54", "Maria Lopez", None, None, {}),
    ("role-none-relative", "Jim Burke, who lives near the plant, said the noise was unbearable.",
     "the noise was unbearable", I, "said", "Jim Burke, who lives near the plant,", "Jim Burke", None, None, {}),
    # --- content boundaries as PolNeAR draws them
    ("mixed-that-only", "Governor Ellen Marsh said that “the budget is finally balanced.”",
     "that “the budget is finally balanced", M, "said", "Governor Ellen Marsh", "Ellen Marsh", "governor", None, {}),
    ("content-keeps-bracket", "Senator Mark Ellis said the deal would weaken the Pacific Fisheries Compact (PFC).",
     "the deal would weaken the Pacific Fisheries Compact", I, "said", "Senator Mark Ellis", "Mark Ellis", "senator", None, {"ends": "(PFC)"}),
    ("content-drops-participle", "Mayor Karen Holt said she would not seek a recount, conceding the race to her rival.",
     "she would not seek a recount", I, "said", "Mayor Karen Holt", "Karen Holt", "mayor", None, {"ends": "recount", "not": ["conceding"]}),
    ("content-drops-which-aside", "Linda Park said the school had lost all of its funding, which she called a disgrace.",
     "the school had lost all of its funding", I, "said", "Linda Park", "Linda Park", None, None, {"ends": "funding", "not": ["disgrace"]}),
    ("content-drops-medium", "Jim Burke said his company would not sell the old mill during an interview with the Daily Ledger.",
     "his company would not sell the old mill", I, "said", "Jim Burke", "Jim Burke", None, None, {"ends": "mill", "not": ["interview"]}),
]

NOT_QUOTES = [
    # id, text, snippets that must not be (the content of) a quote; [] means no quote at all
    ("possessives", "Japan’s and Vietnam’s leaders met in Hanoi on Friday to discuss Russia’s offer.", []),
    ("apostrophe-headline", "Japan, Vietnam PM’ Meet In Hanoi; Vow To Work Together On Fishing Rights", []),
    ("plural-possessives", "The voters’ mood and the candidates’ plans were the talk of the town’s cafes.", []),
    ("scare-quote", "The minister called the plan a “reform” but many teachers remain unconvinced.", ["reform"]),
    ("scare-quote-straight", 'The so-called "peace dividend" never arrived in the northern provinces.', ["peace dividend"]),
    ("scare-quote-single", "Critics mocked the ‘miracle’ cure that was sold in pharmacies last year.", ["miracle"]),
    ("scare-quotes-in-mixed", "Sarah Blake said the sides reached a “common view” on the border.", ["common view"]),
    ("page-furniture", "Home Region News\n\nFile:S-400 Triumf.jpg\n\nAuthor’s Profile\n\nExit mobile version", []),
]
# fmt: on


@pytest.mark.parametrize(
    "text,contains,kind,cue,speaker,name,role,affiliation,extra",
    [case[1:] for case in CASES],
    ids=[case[0] for case in CASES],
)
def test_case(nlp, text, contains, kind, cue, speaker, name, role, affiliation, extra):
    doc = nlp(text)
    quote = quote_with(doc, contains)
    assert quote is not None, f"no quote contains {contains!r}; got:\n{describe(doc)}"
    got = {
        "kind": quote.kind,
        "cue": quote.cue.text if quote.cue is not None else None,
        "speaker": quote.speaker.text if quote.speaker is not None else None,
        "name": quote.speaker_name,
        "role": quote.role,
        "affiliation": quote.affiliation,
    }
    want = {"kind": kind, "cue": cue, "speaker": speaker, "name": name, "role": role, "affiliation": affiliation}
    assert got == want, describe(doc)
    for snippet in extra.get("also", []):
        assert snippet in quote.content.text, describe(doc)
    for snippet in extra.get("not", []):
        assert snippet not in quote.content.text, describe(doc)
    if "ends" in extra:
        assert quote.content.text.endswith(extra["ends"]), describe(doc)
    # the span groups of SPEC.md agree with the records
    assert (quote.content.start, quote.content.end) in {(s.start, s.end) for s in doc.spans["quotes"]}


@pytest.mark.parametrize("text,forbidden", [case[1:] for case in NOT_QUOTES], ids=[case[0] for case in NOT_QUOTES])
def test_not_a_quote(nlp, text, forbidden):
    doc = nlp(text)
    if not forbidden:
        assert doc._.quotes == [], describe(doc)
    marks = "“”\"‘’'«»„` "
    for quote in doc._.quotes:
        content = quote.content.text.strip(marks)
        assert content not in forbidden, describe(doc)
        # no quote starts or ends at an apostrophe inside a word
        start, end = quote.content.start_char, quote.content.end_char
        assert not (start > 0 and text[start - 1].isalpha() and text[start] in "’'"), describe(doc)
        assert not (end < len(text) and text[end - 1] in "’'" and text[end].isalpha()), describe(doc)


def test_table_size():
    assert len(CASES) + len(NOT_QUOTES) >= 80
    assert len({case[0] for case in CASES + NOT_QUOTES}) == len(CASES) + len(NOT_QUOTES)
