"""Quote patterns and speaker attribution on hand-built mentions (no model)."""

import re

from storyline.annotate.quotes import find_quotes
from storyline.records import Mention


def mentions_for(text: str, names: dict[str, str]) -> list[Mention]:
    found = []
    for name, label in names.items():
        for match in re.finditer(re.escape(name), text):
            found.append(Mention(match.start(), match.end(), name, label))
    return sorted(found, key=lambda m: m.start)


def sentences_of(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def quotes(text: str, names: dict[str, str]):
    return find_quotes(text, mentions_for(text, names), sentences_of(text))


def test_quote_then_said_name() -> None:
    text = '"We will not give up the river," said Idris Calloway, the foreign minister.'
    [quote] = quotes(text, {"Idris Calloway": "PERSON"})
    assert quote.speaker_text == "Idris Calloway"
    assert quote.text == '"We will not give up the river,"'
    assert text[quote.speaker_start : quote.speaker_end] == "Idris Calloway"


def test_quote_then_name_said() -> None:
    text = "\u201cThe gap is still wide,\u201d Tomas Verhoek said on Friday."
    [quote] = quotes(text, {"Tomas Verhoek": "PERSON"})
    assert quote.speaker_text == "Tomas Verhoek"


def test_quotes_in_single_marks_as_british_outlets_write_them() -> None:
    names = {"Idris Calloway": "PERSON", "Tomas Verhoek": "PERSON"}
    for opening, closing in (("\u2018", "\u2019"), ("'", "'"), ("` ", "'")):
        text = (
            f"{opening}We will not give up the river,{closing} said Idris Calloway.\n"
            f"Tomas Verhoek told the MPs: {opening}The ministers{closing} plan can{closing}t "
            f"work.{closing}\nThe donors are {opening}underwriters{closing}, who paid."
        )
        found = quotes(text, names)
        assert [(q.text.strip("'`\u2018\u2019 "), q.speaker_text) for q in found] == [
            ("We will not give up the river,", "Idris Calloway"),
            (f"The ministers{closing} plan can{closing}t work.", "Tomas Verhoek"),
        ], opening


def test_name_said_colon_quote() -> None:
    text = 'Annelie Brandt said: "Both sides have taken a first step together."'
    [quote] = quotes(text, {"Annelie Brandt": "PERSON"})
    assert quote.speaker_text == "Annelie Brandt"


def test_told_reporters() -> None:
    text = 'Dana Moreau told reporters: "The schedule was shared with the mediators."'
    [quote] = quotes(text, {"Dana Moreau": "PERSON"})
    assert quote.speaker_text == "Dana Moreau"


def test_was_quoted_as_saying() -> None:
    text = 'Elsa Lindqvist was quoted as saying: "This accord is fair to both peoples."'
    [quote] = quotes(text, {"Elsa Lindqvist": "PERSON"})
    assert quote.speaker_text == "Elsa Lindqvist"


def test_according_to_is_reported_speech() -> None:
    text = "The reservoir was 80 percent full at the end of March, according to Kestria Power."
    [quote] = quotes(text, {"Kestria Power": "ORG"})
    assert (quote.kind, quote.speaker_text) == ("reported", "Kestria Power")


def test_reported_said_that() -> None:
    text = "Tomas Verhoek said that his government was ready to share data on the reservoir."
    [quote] = quotes(text, {"Tomas Verhoek": "PERSON"})
    assert quote.kind == "reported"
    assert quote.text == "his government was ready to share data on the reservoir"


def test_pronoun_resolves_to_nearest_named_person() -> None:
    text = (
        "Ruth Okafor grows rice near Sella. Idris Calloway arrived on Monday.\n"
        '"We came here to listen," he said.'
    )
    [quote] = quotes(text, {"Ruth Okafor": "PERSON", "Idris Calloway": "PERSON", "Sella": "GPE"})
    assert quote.speaker_text == "Idris Calloway"


def test_pronoun_is_not_someone_a_quotation_names() -> None:
    text = (
        'One of the climbers, Ben Stewart, said: "The spill can be traced back to this building.\n'
        '"Under Tony Hayward\'s leadership the company has taken huge risks."\n'
        'He said the logo was "a pathetic attempt to distract our attention" from the spill.'
    )
    found = quotes(text, {"Ben Stewart": "PERSON", "Tony Hayward": "PERSON"})
    [logo] = [q for q in found if "pathetic" in q.text]
    assert logo.speaker_text == "Ben Stewart"


def test_pronoun_is_not_someone_brought_in_with_a() -> None:
    text = (
        "Alan Smith estimated that a Briton about to retire could expect a smaller pension.\n"
        '"Those considering retirement might be disappointed," he said.'
    )
    [quote] = quotes(text, {"Alan Smith": "PERSON", "Briton": "PERSON"})
    assert quote.speaker_text == "Alan Smith"


def test_pronoun_is_the_speaker_of_the_sentence_before_not_the_one_he_spoke_of() -> None:
    text = (
        "Asem Abedine, head of the Nassiri party, said Hosni Mubarak is merely angling for time.\n"
        '"The government is only making these announcements to buy time," he said.'
    )
    found = quotes(text, {"Asem Abedine": "PERSON", "Hosni Mubarak": "PERSON"})
    [quote] = [q for q in found if q.kind == "direct"]
    assert quote.speaker_text == "Asem Abedine"
    # A person who only acted in the sentence before is no speaker of it: the nearest stays.
    text = (
        "Asem Abedine met Hosni Mubarak on Monday.\n"
        '"We talked about the elections and the new cabinet," he said.'
    )
    [quote] = quotes(text, {"Asem Abedine": "PERSON", "Hosni Mubarak": "PERSON"})
    assert quote.speaker_text == "Hosni Mubarak"


def test_a_quote_that_names_its_would_be_speaker_is_not_his() -> None:
    text = (
        '"I will not run again," Mubarak said in a televised address.\n'
        'Thousands of protesters erupted in chants of "Down with Mubarak, down with him!"'
    )
    first, second = quotes(text, {"Mubarak": "PERSON"})
    assert first.speaker_text == "Mubarak" and second.speaker_text is None
    # A relative of the same name may speak of him.
    text = '"We want the truth about Michael Jackson," Katherine Jackson said.'
    [quote] = quotes(text, {"Michael Jackson": "PERSON", "Katherine Jackson": "PERSON"})
    assert quote.speaker_text == "Katherine Jackson"


def test_he_after_a_quote_is_no_one_the_quote_names() -> None:
    text = (
        "John Kerry said so in a commentary published on Monday.\n"
        '"For three decades, the United States pursued a Hosni Mubarak policy," he wrote.'
    )
    found = quotes(text, {"John Kerry": "PERSON", "Hosni Mubarak": "PERSON"})
    [quote] = [q for q in found if q.kind == "direct"]
    assert quote.speaker_text == "John Kerry"


def test_one_who_speaks_for_a_person_is_not_that_person() -> None:
    names = {"Conrad Murray": "PERSON", "Murray": "PERSON", "Michael Jackson": "PERSON"}
    [quote] = quotes('"He never prescribed those drugs," a lawyer for Conrad Murray said.', names)
    assert quote.speaker_text == "a lawyer for Conrad Murray"
    [quote] = quotes('"He is helping the police," Dr Murray\'s lawyer said on Monday.', names)
    assert quote.speaker_text == "Dr Murray's lawyer"
    # A spokesman for a body speaks as it.
    text = "A spokesman for the Muslim Brotherhood said the group would join the talks."
    [quote] = quotes(text, {"the Muslim Brotherhood": "ORG"})
    assert quote.speaker_text == "the Muslim Brotherhood"
    # A name with another in its apposition is the speaker.
    text = "Anna Lind, an aide to Tomas Verhoek, said the talks would go on next week."
    [quote] = quotes(text, {"Anna Lind": "PERSON", "Tomas Verhoek": "PERSON"})
    assert quote.speaker_text == "Anna Lind"


def test_reported_speech_runs_past_the_full_stop_of_an_abbreviation() -> None:
    text = (
        "Wael Ghonim said four men took him from a street in the U.S. district at 1 a.m. on Sunday."
    )
    [quote] = quotes(text, {"Wael Ghonim": "PERSON"})
    assert quote.text == "four men took him from a street in the U.S. district at 1 a.m. on Sunday"


def test_words_after_a_quote_that_open_on_a_preposition_name_no_speaker() -> None:
    text = 'Barack Obama warned of "tough days ahead" for Egypt and said the army must act.'
    found = quotes(text, {"Barack Obama": "PERSON", "Egypt": "GPE"})
    [quote] = [q for q in found if q.kind == "direct"]
    assert quote.speaker_text != "Egypt"


def test_what_was_told_begins_after_whom_it_was_told() -> None:
    names = {"Rene Preval": "PERSON", "Miami Herald": "ORG", "Reuters": "ORG"}
    [quote] = quotes("Rene Preval told the Miami Herald a full evaluation is necessary now.", names)
    assert quote.text == "a full evaluation is necessary now"
    text = "Rene Preval told the Reuters news agency that thousands of people had died."
    [quote] = quotes(text, names)
    assert quote.text == "thousands of people had died"


def test_what_was_told_begins_after_the_programme_or_the_people_it_was_told_to() -> None:
    names = {"Ken Salazar": "PERSON", "NBC": "ORG", "Idris Calloway": "PERSON", "ABC": "ORG"}
    cases = {
        'Ken Salazar told NBC\'s "Meet the Press" that it could take three months to drill.': (
            "it could take three months to drill"
        ),
        'Ken Salazar told "Fox News Sunday" that the government is doing all it can.': (
            "the government is doing all it can"
        ),
        'Ken Salazar said on "Fox News Sunday" -- that the cut will not add to the flow.': (
            "the cut will not add to the flow"
        ),
        "Ken Salazar told reporters in a briefing that drilling could resume by Thursday.": (
            "drilling could resume by Thursday"
        ),
        "Ken Salazar told US media the top kill had pumped enough fluid to block the oil.": (
            "the top kill had pumped enough fluid to block the oil"
        ),
        "Idris Calloway tells ABC all new drilling is on hold until the inquiry ends.": (
            "all new drilling is on hold until the inquiry ends"
        ),
    }
    for text, told in cases.items():
        [quote] = quotes(text, names)
        assert quote.text == told, text


def test_a_nationality_word_qualifying_the_speaker_is_not_the_speaker() -> None:
    text = '"The talks will go on next week," the Egyptian official said on Monday.'
    [quote] = quotes(text, {"Egyptian": "NORP"})
    assert quote.speaker_text == "the Egyptian official"


def test_she_skips_a_man_named_since() -> None:
    text = (
        "Ruth Okafor said she would stay on the farm. Idris Calloway said his team had seen the "
        "fields and that he would report to the mediators.\n"
        '"We will not leave our fields," she said.'
    )
    found = quotes(text, {"Ruth Okafor": "PERSON", "Idris Calloway": "PERSON"})
    [quote] = [q for q in found if q.kind == "direct"]
    assert quote.speaker_text == "Ruth Okafor"


def test_a_shared_surname_says_nothing_of_gender() -> None:
    text = (
        "Michael Jackson said he would tour again. Michael Jackson said his shows would open in "
        "July. Katherine Jackson spoke to the crowd.\n"
        '"He gave his whole life to the music," she said.'
    )
    found = quotes(text, {"Michael Jackson": "PERSON", "Katherine Jackson": "PERSON"})
    [quote] = [q for q in found if q.kind == "direct"]
    assert quote.speaker_text == "Katherine Jackson"


def test_one_pronoun_is_not_enough_to_tell() -> None:
    text = (
        "An inspector told Dudley that she wanted more tests near the well.\n"
        '"We will do every test that is asked of us," she said.'
    )
    [quote] = quotes(text, {"Dudley": "PERSON"})
    assert quote.speaker_text == "Dudley"


def test_he_skips_a_woman_by_her_title() -> None:
    text = (
        "Mr Verhoek led the delegation. Ms Okafor met the delegates in Sella.\n"
        '"We came here to listen," he said.'
    )
    [quote] = quotes(text, {"Verhoek": "PERSON", "Okafor": "PERSON", "Sella": "GPE"})
    assert quote.speaker_text == "Verhoek"


def test_a_person_of_unknown_gender_can_be_either() -> None:
    text = (
        "Mr Verhoek led the delegation. Sam Okafor met the delegates in Sella.\n"
        '"We came here to listen," he said.'
    )
    [quote] = quotes(text, {"Verhoek": "PERSON", "Sam Okafor": "PERSON", "Sella": "GPE"})
    assert quote.speaker_text == "Sam Okafor"


def test_title_before_name_gives_the_name() -> None:
    text = (
        'Kestrian delegation head Tomas Verhoek said: "We will keep the turbines running '
        'whatever happens."'
    )
    [quote] = quotes(text, {"Kestrian": "NORP", "Tomas Verhoek": "PERSON"})
    assert quote.speaker_text == "Tomas Verhoek"


def test_role_noun_phrase_when_no_name() -> None:
    text = '"The talks will resume in May," a spokeswoman for the ministry said.'
    [quote] = quotes(text, {})
    assert quote.speaker_text == "a spokeswoman for the ministry"


def test_conjunction_is_not_a_speaker() -> None:
    text = (
        'Ines Vale called the accord "fair to both peoples" and said parliament would vote '
        "on it soon."
    )
    [quote] = quotes(text, {"Ines Vale": "PERSON"})
    assert quote.speaker_text == "Ines Vale"


def test_two_quotes_two_speakers() -> None:
    text = (
        'Idris Calloway called the signing "the end of a long dry season", while Pia '
        'Hallberg said the accord showed that "rivers can join countries as well".'
    )
    first, second = quotes(text, {"Idris Calloway": "PERSON", "Pia Hallberg": "PERSON"})
    assert (first.speaker_text, second.speaker_text) == ("Idris Calloway", "Pia Hallberg")


def test_scare_quotes_without_speaker_stay_unattributed() -> None:
    text = 'The so-called "river of life" has been shrinking since the dam was built.'
    found = quotes(text, {})
    assert all(q.speaker_text is None for q in found)


def test_reported_speech_skips_when_and_whom() -> None:
    text = "Naguib Sawiris said on Sunday that the activist would be released at noon."
    [quote] = quotes(text, {"Naguib Sawiris": "PERSON"})
    assert quote.text == "the activist would be released at noon"
    text = "Rachid Mohammed told CNN that the new government must be business-friendly."
    [quote] = quotes(text, {"Rachid Mohammed": "PERSON", "CNN": "ORG"})
    assert (quote.speaker_text, quote.text) == (
        "Rachid Mohammed",
        "the new government must be business-friendly",
    )


def test_reported_speech_skips_a_week_or_a_part_of_a_day() -> None:
    """'said last week that ...' had been reported as saying 'week that ...'."""
    for when in ("last week", "last month", "on Monday night", "this morning", "earlier this week"):
        text = f"Robert Malley said {when} that Washington would consider other options."
        [quote] = quotes(text, {"Robert Malley": "PERSON"})
        assert quote.text == "Washington would consider other options"


def test_reported_speech_may_open_on_a_figure() -> None:
    text = "Azerbaijan said on Wednesday that 2,783 of its soldiers had been killed in the war."
    [quote] = quotes(text, {"Azerbaijan": "GPE"} | {"Azerbaijan": "ORG"})
    assert quote.text == "2,783 of its soldiers had been killed in the war"


def test_reported_speech_keeps_the_words_it_puts_in_quotation_marks() -> None:
    text = 'Josep Borrell said on Friday that the talks had been paused over "external factors".'
    [quote] = quotes(text, {"Josep Borrell": "PERSON"})
    assert quote.kind == "reported"
    assert quote.text == 'the talks had been paused over "external factors"'


def test_reported_speech_skips_where_it_was_said() -> None:
    for where in ("on Twitter", "in a televised address", "at a news conference in Geneva"):
        text = f"Dana Holm said {where} that the crossings would reopen within a week."
        [quote] = quotes(text, {"Dana Holm": "PERSON"})
        assert quote.text == "the crossings would reopen within a week"


def test_quote_continued_in_the_next_sentence_keeps_its_speaker() -> None:
    text = (
        '"We will not leave," Ana Lind said.\n'
        '"The square belongs to the people who built this country."'
    )
    first, second = quotes(text, {"Ana Lind": "PERSON"})
    assert first.speaker_text == second.speaker_text == "Ana Lind"


def test_clause_fragments_are_not_speakers() -> None:
    text = (
        'Troops moved into the square earlier in the day and "All of your demands will be '
        'fully met" was read out.'
    )
    assert all(q.speaker_text is None for q in quotes(text, {}))


def test_told_a_news_conference_is_not_a_quote() -> None:
    text = "The talks will go on, the mediator Annelie Brandt told a news conference."
    assert quotes(text, {"Annelie Brandt": "PERSON"}) == []


def test_role_phrase_resolves_to_the_person_given_that_role() -> None:
    text = (
        "Foreign Minister Idris Calloway arrived in Geneva. Ruth Okafor stayed home.\n"
        '"We came here to listen," the minister told reporters.'
    )
    [quote] = quotes(text, {"Idris Calloway": "PERSON", "Ruth Okafor": "PERSON"})
    assert quote.speaker_text == "Idris Calloway"


def test_reported_speech_told_before_its_speaker() -> None:
    text = (
        "Each of the three countries will send up to 500 observers, Foreign Minister Dana Holm "
        "said at the end of the talks."
    )
    [quote] = quotes(text, {"Dana Holm": "PERSON"})
    assert (quote.kind, quote.speaker_text) == ("reported", "Dana Holm")
    assert quote.text == "Each of the three countries will send up to 500 observers"
    # A place or a time before the speaker is no reported speech: the clause after "that" is.
    text = (
        "In the Kestrian capital Lakeport, Foreign Minister Dana Holm said on Tuesday that the "
        "talks had failed to reach a deal."
    )
    [quote] = quotes(text, {"Dana Holm": "PERSON"})
    assert quote.text == "the talks had failed to reach a deal"


def test_reported_speech_is_what_was_said_not_whom_it_was_told() -> None:
    text = "Tomas Verhoek said the ceasefire that took effect on May 3 was largely holding."
    [quote] = quotes(text, {"Tomas Verhoek": "PERSON"})
    assert quote.text == "the ceasefire that took effect on May 3 was largely holding"
    text = "Tomas Verhoek told a press conference that the sides had discussed a new draft."
    [quote] = quotes(text, {"Tomas Verhoek": "PERSON"})
    assert quote.text == "the sides had discussed a new draft"


def test_a_name_in_quotation_marks_is_no_quote() -> None:
    text = 'Ostland said it would hold a "Congress of the Northern National Dialogue" in May.'
    assert not [q for q in quotes(text, {"Ostland": "GPE"}) if q.kind == "direct"]


def test_reported_speech_of_a_speaker_in_apposition() -> None:
    text = "Sella's president, Dana Holm, said the strike showed that the truce could not hold."
    [quote] = quotes(text, {"Dana Holm": "PERSON"})
    assert quote.speaker_text == "Dana Holm"
    assert quote.text == "the strike showed that the truce could not hold"


def test_those_led_by_a_person_speak_for_themselves() -> None:
    """ "The mediators, led by ... Annelie Brandt, said": the mediators speak, not Brandt."""
    text = "The mediators, led by the diplomat Annelie Brandt, said a second round would be held."
    # (Reported speech is kept for a named speaker only: here, none.)
    assert all(
        q.speaker_text != "Annelie Brandt" for q in quotes(text, {"Annelie Brandt": "PERSON"})
    )
