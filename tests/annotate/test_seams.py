"""Glued sentences (headline, caption and first sentence run together) are cut at the seam;
well-formed sentences are left whole. These run the real model's parser."""

import pytest

from storyline.annotate import read_annotations
from storyline.annotate.backend import load_model
from tests.builders import make_doc


@pytest.fixture(scope="module")
def nlp():
    return load_model()


def sentences(nlp, text: str) -> list[str]:
    doc = make_doc("d", text)
    annotated = read_annotations(doc, nlp(text))
    return [text[s.start : s.end] for s in annotated.sentences]


@pytest.mark.parametrize(
    ("text", "first", "second"),
    [
        (
            "Michael Jackson doctor gets four years in prison Michael Jackson's former doctor, "
            "Conrad Murray, has been sentenced to four years in prison.",
            "Michael Jackson doctor gets four years in prison",
            "Michael Jackson's former doctor, Conrad Murray, has been sentenced",
        ),
        (
            "Khanzir was given to the zoo by China in 2002 Afghanistan's only known pig has been "
            "quarantined because of fears over swine flu, officials from Kabul Zoo say.",
            "Khanzir was given to the zoo by China in 2002",
            "Afghanistan's only known pig has been quarantined",
        ),
        (
            "Parents say the school has everything under control Another nine cases of swine "
            "flu have been confirmed, taking the total to 27.",
            "Parents say the school has everything under control",
            "Another nine cases of swine flu have been confirmed",
        ),
        (
            "Doctors say one of the biggest risks now is infection The first planeload of "
            "medicines has landed in Haiti.",
            "Doctors say one of the biggest risks now is infection",
            "The first planeload of medicines has landed",
        ),
        (
            "Survivors dig with their bare hands, looking for food and water Up to 10,000 US "
            "troops will be on the ground in Haiti by Monday.",
            "Survivors dig with their bare hands, looking for food and water",
            "Up to 10,000 US troops will be on the ground",
        ),
        (
            "BBC reporter on the ground in Port-au-Prince The US is mounting one of the biggest "
            "relief operations in its recent history.",
            "BBC reporter on the ground in Port-au-Prince",
            "The US is mounting one of the biggest relief operations",
        ),
        (
            # A fact box run into the lead: "reported" has its object already, so the clause
            # after it is no report of what it says.
            "Some 38 countries have reported 8453 cases of the disease India and Turkey have "
            "recorded their first cases of swine flu, giving further evidence that it spreads.",
            "Some 38 countries have reported 8453 cases of the disease",
            "India and Turkey have recorded their first cases of swine flu",
        ),
        (
            # A caption whose last noun the parser takes into the lead's subject.
            "The tabloid press had speculated that Jackson was in very poor health Pop star "
            "Michael Jackson had a strong heart and was a fairly healthy 50-year-old.",
            "The tabloid press had speculated that Jackson was in very poor health",
            "Pop star Michael Jackson had a strong heart",
        ),
        (
            "Simon Cowell said he would be trying to get the record together in 48 hours Talent "
            "show mogul Simon Cowell has confirmed he is organising a charity single.",
            "Simon Cowell said he would be trying to get the record together in 48 hours",
            "Talent show mogul Simon Cowell has confirmed",
        ),
        (
            # A verb reports one thing: a second reported clause is a new sentence.
            "The president says tens of thousands may have been killed in Tuesday's earthquake "
            "Efforts are intensifying to help the survivors of Tuesday's earthquake.",
            "The president says tens of thousands may have been killed in Tuesday's earthquake",
            "Efforts are intensifying",
        ),
        (
            # ... and a reporting verb after what it reports has reported it.
            "Protestors demonstrate in Amman and six other Jordanian cities, a police spokesman "
            "says Demonstrators urge reforms to address unemployment, low wages and high prices.",
            "Protestors demonstrate in Amman and six other Jordanian cities, a police spokesman "
            "says",
            "Demonstrators urge reforms",
        ),
        (
            # A caption the parser hangs on the lead's verb as what it reports.
            "Jackson's brothers were among the mourners at the public funeral service Michael "
            "Jackson fans will have limited access to the cemetery where the singer is interred.",
            "Jackson's brothers were among the mourners at the public funeral service",
            "Michael Jackson fans will have limited access",
        ),
        (
            # A headline with an apposition's commas before its verb.
            "Haiti earthquake: rescue efforts intensify The president of Haiti, Rene Preval, says "
            "tens of thousands may have been killed.",
            "Haiti earthquake: rescue efforts intensify",
            "The president of Haiti, Rene Preval, says",
        ),
        (
            # A caption the parser reads as a noun's clause though it lacks nothing.
            "Dr Murray has denied he caused Michael Jackson's death Los Angeles prosecutors will "
            "file a criminal case against Michael Jackson's doctor on Monday, officials say.",
            "Dr Murray has denied he caused Michael Jackson's death",
            "Los Angeles prosecutors will file a criminal case",
        ),
        (
            # The parser gives the lead's subject to the caption's verb as its object.
            "The judge told Dr Murray he must not administer anesthetic Michael Jackson's former "
            "doctor has denied a charge of involuntary manslaughter.",
            "The judge told Dr Murray he must not administer anesthetic",
            "Michael Jackson's former doctor has denied a charge",
        ),
        (
            "Survivors pulled from UN headquarters in Haiti Rescuers have begun pulling people "
            "from the wreckage of the UN headquarters in Port-au-Prince.",
            "Survivors pulled from UN headquarters in Haiti",
            "Rescuers have begun pulling people",
        ),
        (
            # A headline's noun with its own possessor, read as part of the lead's subject.
            "Dr Murray has denied he caused Michael Jackson's death Michael Jackson's former "
            "doctor, who is facing a manslaughter charge, has returned to work in Nevada.",
            "Dr Murray has denied he caused Michael Jackson's death",
            "Michael Jackson's former doctor, who is facing",
        ),
        (
            "Fans around the world marked one year since the singer's death Pop star Michael "
            "Jackson's father has filed a wrongful death lawsuit against the doctor.",
            "Fans around the world marked one year since the singer's death",
            "Pop star Michael Jackson's father has filed",
        ),
        (
            # A headline reported by the lead's verb, which reports what follows it too.
            "Jackson death was 'not suspicious' Medical experts say the death of Michael "
            "Jackson was not suspicious.",
            "Jackson death was 'not suspicious'",
            "Medical experts say the death",
        ),
        (
            # A quotation closed after its question mark, read as the lead's reported clause.
            '"Why would anyone\'s interest be served by stopping this research?" BP officials '
            "also say the company remains committed to funding the institute.",
            '"Why would anyone\'s interest be served by stopping this research?"',
            "BP officials also say the company",
        ),
        (
            # A headline's object read as the first words of the lead's subject.
            "Doctor ' did not inject' Jackson Dr Murray is doing everything he can to help the "
            "police.",
            "Doctor ' did not inject' Jackson",
            "Dr Murray is doing everything",
        ),
        (
            "Michael Flanagan of the DEA describes the operation Police have searched the Las "
            "Vegas home and offices of Michael Jackson's doctor.",
            "Michael Flanagan of the DEA describes the operation",
            "Police have searched the Las Vegas home",
        ),
        (
            # A capitalised common noun after a number opens no noun phrase of its own.
            "Michael Jackson died in June 2009 aged 50 Executors of Michael Jackson's estate "
            "have asked the channel to cancel the programme.",
            "Michael Jackson died in June 2009 aged 50",
            "Executors of Michael Jackson's estate have asked",
        ),
        (
            "Haiti earthquake: Aid outside Port-au-Prince An estimated 200,000 people died in "
            "last Tuesday's quake in Haiti.",
            "Haiti earthquake: Aid outside Port-au-Prince",
            "An estimated 200,000 people died",
        ),
        (
            # A capitalised "A" before an adjective, after a noun in small letters.
            "Face masks are handed out, while the head of the WHO voices concern A new flu virus "
            "suspected of killing as many as 81 people in Mexico has the potential to become a "
            "pandemic, the World Health Organization's chief says.",
            "Face masks are handed out, while the head of the WHO voices concern",
            "A new flu virus suspected of killing",
        ),
        (
            # A clause with a subject of its own hung on a verb that takes none.
            "Aid workers have reached Port-au-Prince British aid workers have begun arriving in "
            "Haiti to help with the relief effort after the earthquake.",
            "Aid workers have reached Port-au-Prince",
            "British aid workers have begun arriving",
        ),
    ],
)
def test_glued_headline_is_cut_from_the_sentence(nlp, text: str, first: str, second: str) -> None:
    found = sentences(nlp, text)
    assert len(found) == 2
    assert found[0] == first
    assert found[1].startswith(second)


@pytest.mark.parametrize(
    "text",
    [
        "A spokesman told reporters Obama would sign the bill on Friday after a long debate.",
        "The president said Monday Congress must act quickly to pass the bill.",
        "He arrived in Paris on Monday and met Smith on Tuesday.",
        "Officials said the storm, which hit on Monday, killed 40 people in the north.",
        "Brief clashes erupted Saturday in Yemen between rival demonstrators in the capital.",
        "Tests confirmed that the children had a type A influenza virus, officials said.",
        "The talks in The Hague ended on Friday when officials from the group left.",
        "He wrote for The New York Times and The Guardian before he joined the BBC in 2003.",
        "She starred in Gone With the Wind and won an award.",
        "In every country I go to, it is the first thing I turn on.",
        "The minister warned Iran Tehran would face new sanctions if the talks failed.",
        "BP showed reporters the cap had held through the night in the Gulf.",
        "He gave the committee the figures Reuters had published the week before.",
        "I haven't seen anyone in the two days I've been here.",
        "Police have said Dr Murray is co-operating in the investigation.",
        "But he shelved that plan after the spill and White House spokesman Robert Gibbs said "
        "Obama believed that drilling at these depths was unsafe.",
        "The prosecution team said Murray used large quantities of the drug.",
        "On Tuesday, Dr Rogers said it was more likely Jackson's doctor mistakenly gave him "
        "too much of the drug.",
        "At the speed China is growing, Japan's government predicts China will overtake the "
        "United States as the world's largest economy.",
        "The report quoted the former vice-president Taha Yasin Ramadan saying the MP was a "
        "friend of Iraq.",
        "She said the dose Dr Murray said he had given Jackson was correct.",
        "The survey group concludes the dictator destroyed the weapons before the invasion "
        "Thursday 13 January 2005 and the investigators have given up the hunt.",
        "Cases of the new H1N1 flu virus have been found in all 50 U.S. states and tests have "
        "confirmed the virus in more than 10,000 people across the country, officials said.",
        "Foreigners were kidnapped from areas close to the Somali border in Kenya and the "
        "capital Nairobi suffered two grenade attacks.",
        'Jermaine Jackson said his book said the things Michael "never got the chance to say" '
        "about his life.",
        "He denied the claims Jackson's doctor made about the drugs.",
        "This is the drug Jackson's doctor gave the singer on the night he died.",
        "They remember the day Jackson's doctor gave the police his statement.",
        "BP's chief executive Tony Hayward's yacht has sailed to the Isle of Wight.",
        "The death was not suspicious, medical experts say the report shows.",
        "The report found Dr Murray was negligent in his care of the singer.",
        "Witnesses saw Prince Charles was there before the ceremony began.",
        "Protesters hit the streets demanding President Hosni Mubarak's 30-year reign come to "
        "an end.",
        "Fears about the global crisis helped Prime Minister Stephen Harper's Conservative "
        "Party gain seats in Tuesday's vote.",
        "The 59-year-old was the second Briton confirmed to have been killed in the quake.",
        "The penultimate program of the series features BBC Two comedy panel show Argumental's "
        "team captain.",
        "The death was not suspicious, Medical Examiner Lakshmanan says the report shows.",
        '"Policy was always behind the curve, always chasing the escalating crisis," Geithner '
        "said the emergency actions too often added to public anxiety.",
        "Syria's president Bashar al-Assad's forces have shelled the city again.",
        "The group's leader Abu Bakr al-Baghdadi has said his fighters would not stop.",
        "The virus has been found in all 50 U.S. states, and in 50 Canadian towns.",
        "He played 50 Cent songs at the party on Friday, the organisers said.",
        "She watched the film An Inconvenient Truth with her class on Monday.",
        "He starred in the film The Hurt Locker before the war began.",
        "New York City schoolchildren had a type A influenza virus that was likely the new one.",
        "Now, plan A has just failed, and now crews are trying something else.",
        "This will be exhibit A for the US government in its civil case.",
        '"Vaccines are our real hope but there is no doubt Tamiflu will help," said Dunnill.',
        "He blindly follows the same failed economic policy Bush and the Republican Party have "
        "done for the past eight years.",
        "The statement did little to spell out how long Egypt would remain under military rule.",
    ],
)
def test_well_formed_sentences_stay_whole(nlp, text: str) -> None:
    assert sentences(nlp, text) == [text]


def test_a_line_broken_where_a_link_was_is_one_sentence(nlp) -> None:
    # Scraped pages break the line where a link was; no paragraph opens with a comma.
    text = (
        '"Families have no golden parachute," said Rep. George Miller (D-Calif.)\n'
        ", chairman of the House committee.\nThe vote is on Friday.\n\n, a list item\n"
    )
    found = sentences(nlp, text)
    assert found[0].endswith("chairman of the House committee.")
    assert found[1] == "The vote is on Friday."
    assert found[2] == ", a list item"  # after a blank line: a paragraph of its own


def test_a_quotation_mark_closing_a_paragraph_stays_with_its_sentence(nlp) -> None:
    # The model gives the closing mark before a line break to the next sentence.
    text = (
        'Demonstrators are organizing what they are calling a "march of millions."\n'
        "In preparation of that march, security forces have placed barriers.\n***\nMore later."
    )
    assert sentences(nlp, text) == [
        'Demonstrators are organizing what they are calling a "march of millions."',
        "In preparation of that march, security forces have placed barriers.",
        "More later.",
    ]


def test_a_name_after_an_adjective_is_no_seam(nlp) -> None:
    # The parser joins "began" to "signed" with nothing between them; the capital after "the
    # paramilitary" goes on with its noun phrase and starts no sentence.
    text = (
        "Sudan\u2019s warring parties have signed an agreement for a week-long ceasefire, Saudi "
        "Arabia and the United States have said, after five weeks of fighting that has plunged "
        "the country into a humanitarian crisis.\nThe deal was signed late on Saturday by "
        "representatives of the Sudanese army and the paramilitary Rapid Support Forces (RSF) "
        "in Jeddah, where talks mediated by Riyadh and Washington began on May 6.\n"
    )
    found = sentences(nlp, text)
    assert len(found) == 2
    assert found[1].startswith("The deal was signed") and found[1].endswith("on May 6.")


def test_a_clock_time_before_its_zone_ends_no_sentence(nlp) -> None:
    text = (
        "Sudan's army and the paramilitary Rapid Support Forces signed a seven-day ceasefire "
        "agreement on Saturday after two weeks of talks in the Saudi city of Jeddah, Saudi "
        "Arabia and the United States said in a joint statement.\nThe ceasefire is due to take "
        "effect at 9:45 p.m. Khartoum time (1945 GMT) on Monday, 48 hours after it was signed, "
        "and can be extended with the agreement of both sides, the statement said.\n"
    )
    found = sentences(nlp, text)
    assert len(found) == 2
    assert found[1].startswith("The ceasefire is due") and found[1].endswith("statement said.")


def test_a_capital_after_a_clock_s_a_m_opens_a_sentence_unless_it_names_a_day_or_a_zone(
    nlp,
) -> None:
    text = (
        "Armenia's defence ministry said Azerbaijani forces shelled Armenian positions at "
        "8.45 a.m. Azerbaijan's defence ministry said Armenian forces had shelled the town of "
        "Terter.\n"
    )
    found = sentences(nlp, text)
    assert len(found) == 2 and found[1].startswith("Azerbaijan's defence ministry said")
    for whole in (
        "The truce took effect at 8 a.m. Moscow time on Monday, the ministry said.\n",
        "The polls open at 9 a.m. Tuesday across the whole of the country.\n",
    ):
        assert sentences(nlp, whole) == [whole.strip()]


def test_a_wire_dateline_inside_a_sentence_is_cut_out(nlp) -> None:
    text = (
        "Some demonstrators say Mubarak is like a father to them Cairo, Egypt (CNN) -- Thousands "
        "of protesters gathered in Tahrir Square on Tuesday.\n"
        "A rights researcher says more than 120 people have died (CNN) -- The toll rose again on "
        "Monday, officials said.\n"
    )
    found = sentences(nlp, text)
    assert "Some demonstrators say Mubarak is like a father to them" in found
    assert "Thousands of protesters gathered in Tahrir Square on Tuesday." in found
    assert "A rights researcher says more than 120 people have died" in found
    assert "The toll rose again on Monday, officials said." in found


def test_a_quotation_closed_after_its_full_stop_ends_the_sentence(nlp) -> None:
    # The parser reads "A." as an initial and runs on; the cut is after the closing quote, not
    # before the capitalised "U.S." after a number ("two U.S. children").
    text = (
        'They said this new pandemic "provides further evidence of the role of domestic pigs in '
        'the ecosystem of influenza A." The new virus, which was first reported in two U.S. '
        "children in March, apparently infected people as early as last January in Mexico."
    )
    found = sentences(nlp, text)
    assert found[0].endswith('influenza A."')
    assert found[1].startswith("The new virus, which was first reported in two U.S. children")
