"""Time expressions read from the model's spans in running text: a year the model left out of
the span, and chronology entries that give no year. These run the real model."""

import pytest

from storyline.annotate import read_annotations
from storyline.annotate.backend import load_model
from tests.builders import make_doc


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def values(nlp, text: str, published: str) -> dict[str, str | None]:
    doc = make_doc("d", text, published=published)
    return {t.text: t.value for t in read_annotations(doc, nlp(text)).timexes}


def test_a_year_glued_to_the_next_word_still_counts(nlp) -> None:
    text = "April 20, 2010-Explosion and fire on the drilling rig kills 11 workers.\n"
    assert values(nlp, text, "2011-01-11")["April 20, 2010"] == "2010-04-20"


def test_chronology_entries_take_the_year_of_the_entry_before(nlp) -> None:
    text = (
        "A timeline of the spill.\n"
        "April 20, 2010 - An explosion on the drilling rig kills 11 workers.\n"
        "April 30 - A presidential aide says no new drilling will be allowed.\n"
        "Dec. 28 - The company sells its stake in two pipelines.\n"
        "Jan. 4 - The commission publishes its final report on the disaster.\n"
    )
    found = values(nlp, text, "2011-04-21")
    assert found["April 30"] == "2010-04-30"
    assert found["Dec. 28"] == "2010-12-28"
    assert found["Jan. 4"] == "2011-01-04"


def test_a_chronology_running_backwards_goes_back_across_the_new_year(nlp) -> None:
    text = (
        "The year in review.\n"
        "Jan. 3, 2006: Officials count the votes of the December election.\n"
        "Dec. 28: Nine people die in a gun battle at a jail in the capital.\n"
        "Dec. 22: The prime minister visits the southern port and meets commanders.\n"
        "Jan. 2: A bomber targets a bus carrying national guardsmen north of the capital.\n"
    )
    found = values(nlp, text, "2006-01-05")
    assert found["Dec. 28"] == "2005-12-28"  # nearest to the entry before: the order is not known
    assert found["Dec. 22"] == "2005-12-22"
    assert found["Jan. 2"] == "2005-01-02"


def test_a_chronology_of_the_past_that_would_run_past_the_article_moves_back(nlp) -> None:
    text = (
        "The death announced today takes the toll since November 2003 to five.\n"
        "Here is the full list.\n"
        "November 3: A soldier was killed in a roadside bombing near the port.\n"
        "February 10: A sailor died in an accident aboard his ship in the Gulf.\n"
        "June 2: Two soldiers were killed in an ambush near the northern border.\n"
        "January 5: A pilot was killed when his aircraft crashed in the desert.\n"
    )
    found = values(nlp, text, "2005-02-15")
    # Read forwards from the first entry, the list would end in January 2006.
    assert found["November 3"] == "2003-11-03"
    assert found["June 2"] == "2004-06-02"
    assert found["January 5"] == "2005-01-05"


def test_a_chronology_closing_on_a_plan_stays_in_its_year(nlp) -> None:
    text = (
        "What has happened so far.\n"
        "June 1: Engineers capped the damaged well after six weeks of leaks.\n"
        "June 5: The company began to drill a second relief well nearby.\n"
        "June 8: The cap was removed for repairs after a submarine hit it.\n"
        "June 15: The commission will meet in the capital to hear the company.\n"
    )
    found = values(nlp, text, "2010-06-10")
    assert found["June 1"] == "2010-06-01"
    assert found["June 15"] == "2010-06-15"


def test_dates_in_running_text_keep_the_article_year(nlp) -> None:
    text = (
        "The company said on April 20, 2010 that the well was safe.\n"
        "Officials will meet on April 30 - the anniversary week - to review the rules.\n"
    )
    assert values(nlp, text, "2011-04-21")["April 30"] == "2011-04-30"


def test_the_basis_of_a_figure_and_names_with_no_time_in_them_are_not_expressions(nlp) -> None:
    text = (
        "The company raised its quarterly dividend and reported annual sales of $2 billion. "
        "Its 80486 chip ships daily.\n"
    )
    found = values(nlp, text, "1989-10-26")
    assert "quarterly" not in found and "annual" not in found
    assert not any(value is None for value in found.values())


def test_a_day_and_its_part_are_one_expression(nlp) -> None:
    text = "The talks ended on Tuesday morning after a long night.\n"
    found = values(nlp, text, "2019-03-06")
    assert found.get("Tuesday morning") == "2019-03-05TMO"
    assert "morning" not in found


def test_holidays_sets_and_frequency_adverbs_the_model_leaves_out_are_found(nlp) -> None:
    text = (
        "The boy was found on Thanksgiving Day. Crowds have gathered every day since, and the "
        "party newspaper prints a letter daily. The ministers meet again on New Year's Day.\n"
    )
    found = values(nlp, text, "2000-01-07")
    assert found["Thanksgiving Day"] == "1999-11-25"
    assert found["every day"] == "P1D"
    assert found["daily"] == "P1D"
    assert found["New Year's Day"] == "2000-01-01"


def _parsed(nlp, words, heads, deps, tags, pos):
    from spacy.tokens import Doc

    return Doc(nlp.vocab, words=words, heads=heads, deps=deps, tags=tags, pos=pos)


# Hand-made parses, a token a "word/TAG/POS/dep/head" (head: the index of the token it hangs
# on), with the time expression's tokens and the tense of its clause.
_CLAUSES = {
    # "join" hangs from the "were" after it: no plan.
    "an infinitive before the verb be is no plan": (
        "States/NNS/NOUN/nsubj/5 to/TO/PART/aux/2 join/VB/VERB/csubj/5 on/IN/ADP/prep/2 "
        "Friday/NNP/PROPN/pobj/3 were/VBD/AUX/ROOT/5 Chile/NNP/PROPN/attr/5 "
        "and/CC/CCONJ/cc/6 Peru/NNP/PROPN/conj/6 ././PUNCT/punct/5",
        (4, 5),
        "past",
    ),
    "an infinitive after the verb be is a plan": (
        "He/PRP/PRON/nsubj/1 is/VBZ/AUX/ROOT/1 to/TO/PART/aux/3 meet/VB/VERB/xcomp/1 "
        "on/IN/ADP/prep/3 Friday/NNP/PROPN/pobj/4 ././PUNCT/punct/1",
        (5, 6),
        "future",
    ),
    # The participle "wondering" carries no tense; "searched" does, not the "would" further on.
    "a bare participle takes the tense of its clause": (
        "On/IN/ADP/prep/6 April/NNP/PROPN/pobj/0 8/CD/NUM/nummod/1 ,/,/PUNCT/punct/6 "
        "police/NNS/NOUN/nsubj/12 ,/,/PUNCT/punct/12 wondering/VBG/VERB/advcl/12 "
        "how/WRB/SCONJ/advmod/10 he/PRP/PRON/nsubj/10 would/MD/AUX/aux/10 "
        "hide/VB/VERB/ccomp/6 ,/,/PUNCT/punct/12 searched/VBD/VERB/ROOT/12 "
        "the/DT/DET/det/14 site/NN/NOUN/dobj/12 ././PUNCT/punct/12",
        (1, 3),
        "past",
    ),
    # A present progressive with a day of its own is a plan...
    "a present progressive dated directly looks ahead": (
        "He/PRP/PRON/nsubj/2 is/VBZ/AUX/aux/2 meeting/VBG/VERB/ROOT/2 them/PRP/PRON/dobj/2 "
        "on/IN/ADP/prep/2 Friday/NNP/PROPN/pobj/4 ././PUNCT/punct/2",
        (5, 6),
        "future",
    ),
    # ... but a day that dates a noun dates the noun's happening, whatever comes later in the
    # sentence ("will").
    "a day on a noun under a present progressive is no plan": (
        "Experts/NNS/NOUN/nsubj/10 ,/,/PUNCT/punct/10 after/IN/ADP/prep/10 the/DT/DET/det/6 "
        "April/NNP/PROPN/nmod/6 20/CD/NUM/nummod/4 blast/NN/NOUN/pobj/2 ,/,/PUNCT/punct/10 "
        "are/VBP/AUX/aux/10 still/RB/ADV/advmod/10 asking/VBG/VERB/ROOT/10 "
        "what/WP/PRON/nsubj/13 will/MD/AUX/aux/13 happen/VB/VERB/ccomp/10 ././PUNCT/punct/10",
        (4, 6),
        "past",  # (after the blast: behind what the clause tells)
    ),
    "a day on a noun a present progressive acts on is no plan": (
        "Experts/NNS/NOUN/nsubj/2 are/VBP/AUX/aux/2 studying/VBG/VERB/ROOT/2 "
        "the/DT/DET/det/6 April/NNP/PROPN/nmod/6 20/CD/NUM/nummod/4 blast/NN/NOUN/dobj/2 "
        "././PUNCT/punct/2",
        (4, 6),
        "present",
    ),
    # "have been searching since ...": no present that could look ahead.
    "a perfect progressive looks back": (
        "They/PRP/PRON/nsubj/3 have/VBP/AUX/aux/3 been/VBN/AUX/aux/3 "
        "searching/VBG/VERB/ROOT/3 since/IN/ADP/prep/3 the/DT/DET/det/8 "
        "Oct./NNP/PROPN/nmod/8 23/CD/NUM/nummod/6 slaying/NN/NOUN/pobj/4 ././PUNCT/punct/3",
        (6, 8),
        "past",
    ),
    # A plan told in the past before the past has had its day ...
    "a plan in the pluperfect looks back": (
        "It/PRP/PRON/nsubj/2 had/VBD/AUX/aux/2 been/VBN/AUX/ROOT/2 due/JJ/ADJ/acomp/2 "
        "to/TO/PART/aux/5 expire/VB/VERB/xcomp/3 Friday/NNP/PROPN/npadvmod/5 ././PUNCT/punct/2",
        (6, 7),
        "past",
    ),
    # A modal under a reporting verb in the past looks ahead ("may resume Monday, he said") ...
    "a modal looks ahead under a past reporting verb": (
        "Talks/NNS/NOUN/nsubj/2 may/MD/AUX/aux/2 resume/VB/VERB/ccomp/5 "
        "Monday/NNP/PROPN/npadvmod/2 ,/,/PUNCT/punct/5 he/PRP/PRON/nsubj/5 "
        "said/VBD/VERB/ROOT/5 ././PUNCT/punct/5",
        (3, 4),
        "future",
    ),
    # ... but "may be helping" is about now.
    "a modal progressive is about now": (
        "A/DT/DET/det/2 cool/JJ/ADJ/amod/2 spring/NN/NOUN/nsubj/5 may/MD/AUX/aux/5 "
        "be/VB/AUX/aux/5 helping/VBG/VERB/ROOT/5 it/PRP/PRON/dobj/5 ././PUNCT/punct/5",
        (1, 3),
        "present",
    ),
    # What a present follows on has happened ("following its explosion on April 20") ...
    "a noun after following under a present is behind": (
        "BP/NNP/PROPN/nsubj/1 faces/VBZ/VERB/ROOT/1 a/DT/DET/det/3 bill/NN/NOUN/dobj/1 "
        "following/VBG/VERB/acl/3 its/PRP$/PRON/poss/6 explosion/NN/NOUN/pobj/4 "
        "on/IN/ADP/prep/6 April/NNP/PROPN/pobj/7 20/CD/NUM/nummod/8 ././PUNCT/punct/1",
        (8, 10),
        "past",
    ),
    "a noun after following under a progressive is behind": (
        "Oil/NN/NOUN/nsubj/2 is/VBZ/AUX/aux/2 continuing/VBG/VERB/ROOT/2 to/TO/PART/aux/4 "
        "leak/VB/VERB/xcomp/2 following/VBG/VERB/xcomp/4 the/DT/DET/det/7 "
        "explosion/NN/NOUN/dobj/5 in/IN/ADP/prep/7 April/NNP/PROPN/pobj/8 ././PUNCT/punct/2",
        (9, 10),
        "past",
    ),
    # A dated noun with no tense of its own has happened, read as the past reads it ...
    "a dated noun under a present reads as the past": (
        "The/DT/DET/det/3 April/NNP/PROPN/compound/3 20/CD/NUM/nummod/1 "
        "explosion/NN/NOUN/nsubj/4 is/VBZ/AUX/ROOT/4 under/IN/ADP/prep/4 "
        "investigation/NN/NOUN/pobj/5 ././PUNCT/punct/4",
        (1, 3),
        "past",
    ),
    # ... a day of the week on a noun is left to the clause ("this Thursday's meeting").
    "a weekday on a noun is left to the clause": (
        "This/DT/DET/det/1 Thursday/NNP/PROPN/poss/3 's/POS/PART/case/1 "
        "meeting/NN/NOUN/nsubj/4 is/VBZ/AUX/ROOT/4 key/JJ/ADJ/acomp/4 ././PUNCT/punct/4",
        (0, 2),
        "present",
    ),
    # A phrasal verb is no plan verb ("was set up in August to pay claims").
    "a phrasal set is no plan": (
        "The/DT/DET/det/1 fund/NN/NOUN/nsubjpass/3 was/VBD/AUX/auxpass/3 set/VBN/VERB/ROOT/3 "
        "up/RP/ADP/prt/3 in/IN/ADP/prep/3 August/NNP/PROPN/pobj/5 to/TO/PART/aux/8 "
        "pay/VB/VERB/advcl/3 claims/NNS/NOUN/dobj/8 ././PUNCT/punct/3",
        (6, 7),
        "past",
    ),
    # ... what a future follows on may be ahead ("will meet after the June 5 vote").
    "a noun after under a future may be ahead": (
        "They/PRP/PRON/nsubj/2 will/MD/AUX/aux/2 meet/VB/VERB/ROOT/2 after/IN/ADP/prep/2 "
        "the/DT/DET/det/7 June/NNP/PROPN/nmod/7 5/CD/NUM/nummod/5 vote/NN/NOUN/pobj/3 "
        "././PUNCT/punct/2",
        (5, 7),
        "future",
    ),
    # ... and a weekday a coming day follows on is the nearest of its name, before or after.
    "a weekday after under a future is the nearest": (
        "The/DT/DET/det/1 truce/NN/NOUN/nsubj/3 will/MD/AUX/aux/3 take/VB/VERB/ROOT/3 "
        "effect/NN/NOUN/dobj/3 on/IN/ADP/prep/3 Monday/NNP/PROPN/pobj/5 ,/,/PUNCT/punct/6 "
        "48/CD/NUM/nummod/9 hours/NNS/NOUN/npadvmod/10 after/IN/ADP/prep/3 "
        "its/PRP$/PRON/poss/12 signing/NN/NOUN/pobj/10 on/IN/ADP/prep/12 "
        "Saturday/NNP/PROPN/pobj/13 ././PUNCT/punct/3",
        (14, 15),
        "nearest",
    ),
    # A day joined to a limit is a limit too ("by late August or early September").
    "a date joined to a limit is a limit": (
        "BP/NNP/PROPN/nsubj/2 could/MD/AUX/aux/2 install/VB/VERB/ccomp/11 it/PRP/PRON/dobj/2 "
        "by/IN/ADP/prep/2 late/JJ/ADJ/amod/6 August/NNP/PROPN/pobj/4 or/CC/CCONJ/cc/6 "
        "early/JJ/ADJ/amod/9 September/NNP/PROPN/conj/6 he/PRP/PRON/nsubj/11 "
        "said/VBD/VERB/ROOT/11 ././PUNCT/punct/11",
        (8, 10),
        None,
    ),
    # ... one told now is still ahead.
    "a plan told now looks ahead": (
        "It/PRP/PRON/nsubj/1 is/VBZ/AUX/ROOT/1 due/JJ/ADJ/acomp/1 "
        "to/TO/PART/aux/4 expire/VB/VERB/xcomp/2 Friday/NNP/PROPN/npadvmod/4 ././PUNCT/punct/1",
        (5, 6),
        "future",
    ),
}


@pytest.mark.parametrize("case", sorted(_CLAUSES))
def test_tense_of_the_clause_around_a_time_expression(nlp, case: str) -> None:
    from storyline.annotate.timex.tense import tense_from_tokens

    tokens, (first, last), tense = _CLAUSES[case]
    words, tags, pos, deps, heads = zip(*(t.rsplit("/", 4) for t in tokens.split()), strict=True)
    doc = _parsed(nlp, list(words), [int(h) for h in heads], list(deps), list(tags), list(pos))
    assert tense_from_tokens(doc[first:last]) == tense


def test_a_span_the_model_drew_too_wide_is_narrowed_to_the_expression(nlp) -> None:
    found = values(
        nlp,
        "The coup d'etat last year killed hundreds. He said in an interview several months ago "
        "that he would go. He came back in April month. It was the eighth day of the siege.",
        "1998-05-19",
    )
    assert found.get("last year") == "1997"
    assert "several months ago" in found
    assert found.get("April") == "1998-04"
    assert found.get("the eighth day", "absent") is None  # not the bare unit "day" (P1D)
    assert "day" not in found


def test_a_half_or_quarter_of_a_year_is_one_expression(nlp) -> None:
    found = values(nlp, "Sales rose in the last half of 1989, the company said.", "1989-10-26")
    assert found.get("the last half of 1989") == "1989-H2"


def test_a_company_year_that_ended_on_a_date_is_twelve_months(nlp) -> None:
    text = "The company had revenue of $76 million for the year ended March 31.\n"
    found = values(nlp, text, "1989-11-02")
    assert found["the year"] == "P1Y"
    assert found["March 31"] == "1989-03-31"


def test_a_time_after_a_moment_of_the_story_is_its_length(nlp) -> None:
    text = (
        "His wife tried to revive him. Just over an hour later, he was declared dead. "
        "A few days later, the company announced sharp losses.\n"
    )
    found = values(nlp, text, "1998-10-25")
    assert any(value == "PT1H" for value in found.values())
    assert found.get("A few days") == "PXD"


def test_a_month_and_day_in_the_name_of_an_event_is_no_date_of_this_year(nlp) -> None:
    text = "He headed a compensation fund for victims of the September 11 attacks.\n"
    assert "2010-09-11" not in values(nlp, text, "2010-06-20").values()


def test_a_fragment_with_no_time_of_its_own_is_dropped(nlp) -> None:
    text = "The doctor was shot to death on the night of Oct. 23 as he stood in his kitchen.\n"
    found = values(nlp, text, "1998-10-25")
    assert found["Oct. 23"] == "1998-10-23"
    assert all(not key.rstrip().endswith(" of") for key in found)


def test_a_delay_is_no_day(nlp) -> None:
    text = "The airliner will arrive on November 11, three days later than originally planned.\n"
    found = values(nlp, text, "2005-11-05")
    assert found["November 11"] == "2005-11-11"
    assert "2005-11-14" not in found.values()


def test_a_limit_told_in_the_past_is_not_put_behind_the_article(nlp) -> None:
    # "extended the loans through March" in late October: the coming March, which the
    # clause's past tense had put in the March gone.
    text = "The bank extended the loans through March, the company said.\n"
    assert values(nlp, text, "1989-10-30")["March"] == "1990-03"


def test_a_limit_on_a_verb_with_no_tense_of_its_own_is_ahead(nlp) -> None:
    # The past words are the reporting's; the nearer September is the one gone.
    text = (
        "Mubarak, who has led the nation for three decades, said he has no intention of "
        "stepping down until September, when his term ends.\n"
    )
    assert values(nlp, text, "2011-02-03")["September"] == "2011-09"


def test_a_month_or_day_after_since_is_not_ahead_of_the_article(nlp) -> None:
    # The clause's tense alone weighs a coming January against one gone; "since" settles it.
    found = values(nlp, "Carroll has been in Iraq since January.\n", "2005-10-20")
    assert found["January"] == "2005-01"
    found = values(nlp, "McCain hasn't cast a Senate vote since April 3.\n", "2008-09-24")
    assert found["April 3"] == "2008-04-03"
    # Not where the text gives the year, nor for a day already behind the article.
    found = values(nlp, "Prices have fallen since January 2009 and since May 2.\n", "2009-06-01")
    assert found["January 2009"] == "2009-01"
    assert found["May 2"] == "2009-05-02"
    # A dated happening after "since the" is gone too.
    found = values(nlp, "Since the Sept. 11 attacks, security has changed.\n", "1998-09-07")
    assert found["Sept. 11"] == "1997-09-11"


def test_a_month_after_come_is_the_coming_one(nlp) -> None:
    text = (
        "So typical of the administration, summoning the heads of the oil companies to be "
        "attacked by strutting politicians trolling for votes back home come November.\n"
    )
    assert values(nlp, text, "2010-06-15")["November"] == "2010-11"


def test_a_feast_and_the_year_after_it_are_one_day(nlp) -> None:
    text = (
        "Her husband was killed on Easter Day last year when his helicopter was shot down.\n"
        "He left on Christmas Eve last year.\n"
    )
    found = values(nlp, text, "2005-10-26")
    assert found["Easter Day last year"] == "2004-04-11"
    assert found["Christmas Eve last year"] == "2004-12-24"


def test_the_days_off_around_a_feast_are_its_week_not_its_day(nlp) -> None:
    text = (
        "A pupil who visited the US during the Easter holidays had already been diagnosed.\n"
        "Schools reopen after the Christmas break.\n"
    )
    found = values(nlp, text, "2009-05-01")
    assert found["Easter holidays"] == "2009-W15"
    assert found["Christmas break"] == "2008-W52"


def test_the_near_end_of_a_range_takes_the_year_of_the_far_end(nlp) -> None:
    text = (
        "He was ambassador to Germany from March to October 1997.\n"
        "From November to February 2004 it snowed.\n"
    )
    found = values(nlp, text, "2005-11-13")
    assert found["March"] == "1997-03"
    assert found["November"] == "2003-11"
    # Not where the two are no range.
    found = values(nlp, "Sales rose in March and fell in October 2004.\n", "2005-11-13")
    assert found["March"] == "2005-03"


def test_a_month_alone_ahead_of_a_past_clause_is_the_one_gone(nlp) -> None:
    text = "The painter used his employee discount in February to buy himself a new car.\n"
    assert values(nlp, text, "2008-12-01")["February"] == "2008-02"
    # A limit is still the one to come.
    text = "Analysts predicting the leak could last until August, the stakes are high.\n"
    assert values(nlp, text, "2010-06-01")["August"] == "2010-08"


def test_four_figures_before_a_time_zone_are_a_clock_time_on_the_day_said(nlp) -> None:
    text = (
        "The army signed the deal on Saturday.\nThe ceasefire takes effect at 9:45 p.m. "
        "Khartoum time (1945 GMT) on Monday, the statement said.\n"
    )
    found = values(nlp, text, "2023-05-21")
    assert found["1945"] == "2023-05-22T19:45"  # not the year 1945
    assert found["9:45 p.m."] == "2023-05-22T21:45"  # Monday's, not Saturday's
    assert found["Saturday"] == "2023-05-20"


def test_four_figures_before_local_time_or_hours_are_a_clock_time(nlp) -> None:
    text = "BP said the oil had been stopped at 1425 local time on Thursday.\n"
    assert values(nlp, text, "2010-07-16")["1425"] == "2010-07-15T14:25"  # not the year 1425
    text = "The procedure began at 1300 hours, shortly after officials approved the plan.\n"
    assert values(nlp, text, "2010-08-03")["1300 hours"] == "2010-08-03T13:00"
    text = "The attack came at 0600 hours on Monday.\n"
    assert values(nlp, text, "2010-08-03")["0600 hours"] == "2010-08-02T06:00"  # Monday's
    # An amount of hours is no time of day.
    text = "He was sentenced to 2000 hours of community service in 2009.\n"
    assert "2000" not in values(nlp, text, "2010-08-03")


def test_a_weekday_with_a_simple_present_is_the_coming_one(nlp) -> None:
    # Friday 1998-05-01: a timetable is told in the present ...
    text = "He and Arafat meet separately Monday with the US Secretary of State.\n"
    assert values(nlp, text, "1998-05-01")["Monday"] == "1998-05-04"
    # ... but not a report, nor a verb whose past is its present.
    text = "Officials say Monday that the talks failed.\n"
    assert values(nlp, text, "1998-05-01")["Monday"] == "1998-04-27"
    text = "Weakness in technology stocks hurt the index on Friday, to 437.68.\n"
    assert values(nlp, text, "1989-10-30")["Friday"] == "1989-10-27"
    text = "His comments follow reports on Monday that BP is seeking investment.\n"
    assert values(nlp, text, "2010-07-06")["Monday"] == "2010-07-05"
    # A caption tells in the present what has happened.
    text = "Wednesday: BP's chairman meets the president at the White House.\n"
    assert values(nlp, text, "2010-06-21")["Wednesday"] == "2010-06-16"


def test_a_limit_put_off_is_ahead_of_the_report(nlp) -> None:
    published = "2000-03-30"  # a Thursday
    text = "Officials postponed until Tuesday any action on the boy's parole.\n"
    assert values(nlp, text, published)["Tuesday"] == "2000-04-04"
    text = "The agency has given the relatives until Tuesday to sign the paper.\n"
    assert values(nlp, text, published)["Tuesday"] == "2000-04-04"
    # What went on until a day stops there, behind the report.
    text = "The talks lasted until Tuesday.\n"
    assert values(nlp, text, published)["Tuesday"] == "2000-03-28"


def test_a_weekday_the_tense_does_not_place_is_the_nearest(nlp) -> None:
    # A Friday: a weekday of a noun of a plan or in a clause with "would", and the day a plan
    # is for, are the coming one up to two days ahead, else the last one.
    published = "2000-01-07"
    text = "Relatives said they would look for ways to get around Wednesday's ruling.\n"
    assert values(nlp, text, published)["Wednesday"] == "2000-01-05"
    text = "Exiles planned a large demonstration in Little Havana on Saturday.\n"
    assert values(nlp, text, published)["Saturday"] == "2000-01-08"
    text = "A service planned at the university for Thursday was cancelled.\n"
    assert values(nlp, text, published)["Thursday"] == "2000-01-06"
    text = "The stock rose 24% over Tuesday's closing price.\n"
    assert values(nlp, text, published)["Tuesday"] == "2000-01-04"
    text = "Rebels called on followers to join Saturday's planned march.\n"
    assert values(nlp, text, published)["Saturday"] == "2000-01-08"
    text = "The minister said little ahead of Sunday's vote.\n"
    assert values(nlp, text, published)["Sunday"] == "2000-01-09"
    # A present mostly tells what follows from a noun's day: on the Sunday after a Tuesday's
    # earthquake, its survivors are not waiting for the coming Tuesday.
    text = "First reports from the epicentre of Tuesday's earthquake suggest worse damage.\n"
    assert values(nlp, text, "2010-01-17")["Tuesday"] == "2010-01-12"
    # A plan told in the present is ahead.
    text = "The vote is expected Tuesday.\n"
    assert values(nlp, text, "2000-01-06")["Tuesday"] == "2000-01-11"
    # A day that opens the clause of the plan is the day it was made.
    text = "On Saturday, the government planned to send aid to the region.\n"
    assert values(nlp, text, published)["Saturday"] == "2000-01-01"


def test_a_plan_in_the_pluperfect_put_off_is_of_the_nearest_day(nlp) -> None:
    published = "2025-05-01"  # a Thursday
    text = (
        "The fourth round of talks, which had been scheduled for Saturday in Rome, has been "
        "postponed, the foreign minister said on Thursday.\n"
    )
    assert values(nlp, text, published)["Saturday"] == "2025-05-03"
    # Not put off, it had its day.
    text = "The fourth round of talks had been scheduled for Saturday in Rome.\n"
    assert values(nlp, text, published)["Saturday"] == "2025-04-26"


def test_the_day_after_a_happening_is_no_day_of_the_article(nlp) -> None:
    text = (
        "On July 23, the day after the signing, missiles struck the port. The vote was held "
        "on Sunday, July 24. The day after, protesters returned.\n"
    )
    found = values(nlp, text, "2022-08-01")
    assert found["July 23"] == "2022-07-23"
    assert found["the day after"] is None  # counted from the signing, whose day it does not give
    assert found["The day after"] == "2022-07-25"  # the story's day, the 24th, and one
    assert "2022-08-01" not in found.values()


def test_the_day_what_was_agreed_starts_on_is_ahead_of_the_agreement(nlp) -> None:
    published = "2023-06-09"  # a Friday
    text = "The army and the RSF have agreed to a ceasefire starting on Saturday."
    assert values(nlp, text, published)["Saturday"] == "2023-06-10"
    text = "The army and the RSF agreed to a ceasefire starting on Saturday."
    assert values(nlp, text, published)["Saturday"] == "2023-06-10"
    # A start set before the past told ("had agreed") and a clause's own past stay behind.
    text = "The army had agreed to a ceasefire starting on Saturday."
    assert values(nlp, text, published)["Saturday"] == "2023-06-03"
    text = "Fighting raged on Saturday, starting in the south."
    assert values(nlp, text, published)["Saturday"] == "2023-06-03"
    # The same with the part of the day named.
    text = "The two sides agreed to a ceasefire starting Saturday evening, the mediators said."
    assert values(nlp, text, published)["Saturday evening"] == "2023-06-10TEV"
