"""Roles the patterns used to miss or cut short: a veteran as the head of a description."""
from conftest import roles_of



def test_veteran_of_a_named_body_is_a_role(nlp):
    text = "“The budget is a mess,” said Carla Voss, a two-decade veteran of the Acme Budget Office."
    assert roles_of(nlp, text)["Carla Voss"] == ("veteran", "Acme Budget Office")


def test_veteran_before_a_role_noun_is_dropped(nlp):
    text = "“The budget is a mess,” said Carla Voss, a veteran Republican strategist."
    assert roles_of(nlp, text)["Carla Voss"] == ("strategist", "Republican Party")


def test_veteran_of_an_event_is_no_role(nlp):
    text = "“We knocked on every door,” said Carla Voss, a young veteran of Tom Reed's Ohio landslide."
    assert roles_of(nlp, text)["Carla Voss"][0] is None


def test_adjective_of_a_noun_before_the_head_stays(nlp):
    text = "“The law is on our side,” said Carla Voss, a former civil rights lawyer."
    assert roles_of(nlp, text)["Carla Voss"] == ("former civil rights lawyer", None)


def test_adjective_of_a_dropped_noun_goes(nlp):
    text = "“I will win Ohio,” said Tom Reed's primary rival Sen. Carla Voss."
    assert roles_of(nlp, text)["Carla Voss"][0] == "senator"


def test_school_year_is_a_role(nlp):
    text = "“I want free tuition,” said Carla Voss, 20, a junior from Dayton."
    assert roles_of(nlp, text)["Carla Voss"][0] == "junior"


def test_tail_of_a_noun_after_the_head_is_not_the_role(nlp):
    text = "“The rules are unclear,” said Carla Voss, a nurse with a long career in pediatrics."
    assert roles_of(nlp, text)["Carla Voss"] == ("nurse", None)


def test_present_role_in_a_second_predicate(nlp):
    text = ("“Rates will rise,” said Carla Voss, an economist. Ms. Voss served as director of the Acme Budget Office "
            "and is now president of the Dayton Policy Forum.")
    assert roles_of(nlp, text)["Carla Voss"] == ("president", "Dayton Policy Forum")


def test_relative_copula_after_an_appositive(nlp):
    text = "“Wages will rise,” said Carla Voss, an economist who is the director of the Dayton Labor Institute."
    assert roles_of(nlp, text)["Carla Voss"] == ("director", "Dayton Labor Institute")


def test_retired_as_is_a_former_role_of_the_appositive_body(nlp):
    text = "“The threat is real,” said Carla Voss, a 30-year veteran of the FBI who retired as deputy director in 2015."
    assert roles_of(nlp, text)["Carla Voss"] == ("former deputy director", "FBI")


def test_who_founded_is_the_founder(nlp):
    text = "“Every child can read,” said Carla Voss, a teacher who founded the literacy charity Ohio Literacy Alliance."
    assert roles_of(nlp, text)["Carla Voss"] == ("founder", "Ohio Literacy Alliance")


def test_an_activity_after_the_appositive_does_not_replace_it(nlp):
    text = "“We will find new donors,” said Carla Voss, a Republican strategist who serves as a county delegate."
    assert roles_of(nlp, text)["Carla Voss"] == ("strategist", "Republican Party")


def test_role_word_describing_another_noun_is_no_role(nlp):
    text = "“I will win Ohio,” said Ann Lee. Her chief rival Tom Reed disagreed: “She will not.”"
    assert roles_of(nlp, text).get("Tom Reed", (None,))[0] is None


def test_staff_to_a_titled_person_keep_their_own_role(nlp):
    text = "“He was never ready,” said Carla Voss, a former speechwriter to Secretary of State Tom Reed."
    assert roles_of(nlp, text)["Carla Voss"] == ("former speechwriter", None)


def test_assistant_to_the_president_is_one_office(nlp):
    text = "“Turnout will be high,” said Carla Voss, assistant to the president and director of the Acme Office."
    assert roles_of(nlp, text)["Carla Voss"][0] == "assistant to the president"


def test_present_predicate_after_a_past_one_in_a_relative_clause(nlp):
    text = ("“Artists need space,” said Carla Voss, who was a teacher for twenty years and is the chairwoman "
            "of the Dayton Arts Board.")
    assert roles_of(nlp, text)["Carla Voss"] == ("chairwoman", "Dayton Arts Board")



def test_title_in_quotation_marks_before_the_name(nlp):
    text = "The Dayton Ledger sent its “national features reporter” Carla Voss. “The town is angry,” Voss said."
    assert roles_of(nlp, text)["Carla Voss"][0] == "national features reporter"


def test_the_first_lady_is_a_title(nlp):
    text = "“Schools come first,” Carla Voss said on Monday. The first lady spoke for an hour about reading."
    assert roles_of(nlp, text)["Carla Voss"][0] == "first lady"


def test_a_list_of_examples_names_members_of_the_group(nlp):
    text = ("The museum drew actors like Ann Lee, Jo Ray and Carla Voss, who said: “I will come back with my kids.”")
    assert roles_of(nlp, text)["Carla Voss"] == ("actor", None)


def test_one_example_is_a_comparison(nlp):
    text = "Tax breaks help developers like Carla Voss, who said: “I pay what the law asks.”"
    assert roles_of(nlp, text)["Carla Voss"][0] is None


def test_town_and_state_inside_an_appositive(nlp):
    text = "“We will not attend,” said Carla Voss, a Dayton, Ohio, pastor who leads the protest."
    assert roles_of(nlp, text)["Carla Voss"][0] == "pastor"


def test_town_and_state_after_an_appositive_role(nlp):
    text = "“We will not attend,” said Carla Voss, the mayor of Dayton, Ohio, on Monday."
    assert roles_of(nlp, text)["Carla Voss"] == ("mayor", "Dayton")


def test_capitalised_title_keeps_its_tail(nlp):
    text = "“The camps are full,” said Carla Voss, the European Union High Commissioner for Minorities, on Friday."
    assert roles_of(nlp, text)["Carla Voss"] == ("high commissioner for minorities", "European Union")


def test_role_premodifier_run_into_the_organisation_name(nlp):
    text = ("“The ruling hurts families,” said the Council on Dayton-Irish Relations National Executive Director "
            "Carla Voss.")
    assert roles_of(nlp, text)["Carla Voss"][0] == "national executive director"


def test_subject_after_a_fronted_among_group(nlp):
    text = "Among the most loyal Democratic senators, Ohio's Carla Voss has stayed silent. “I will wait,” Voss said."
    assert roles_of(nlp, text)["Carla Voss"] == ("senator", "Democratic Party")


def test_fronted_among_a_group_of_voters_is_no_role(nlp):
    text = "Among registered voters, Carla Voss leads by four points. “We are winning,” Voss said."
    assert roles_of(nlp, text)["Carla Voss"][0] is None
