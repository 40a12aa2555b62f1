import pytest

from storyline.merge.quality import (
    hypothetical,
    leans_on_context,
    reads_as_caption,
    sentence_quality,
)

GOOD = "Egyptian President Hosni Mubarak stepped down on Friday and handed power to the army."


@pytest.mark.parametrize(
    "bad",
    [
        "Updated: Fri Jan 14 2011 20:54:00.",
        "(Update 3:09 a.m. Wednesday in Cairo.",
        "COOPER (voice over): Sunday night, the square was once again filled.",
        "Will the events in Cairo tonight spark protests in Tehran on Monday?",
        "I will see you next week.",
        "and then on Friday.",
        "Wednesday in Cairo, 7:53 p.m.",
        "As Mubarak imposed a curfew from 6 p.m. Friday.",
        "N) exploded in flames on April 20 and collapsed two days later.",
        "A: The truce can hold if aid gets into the territory quickly after Sunday.",
        "He must not have taken the vaccine before he flew home to Mexico City.",
    ],
)
def test_noise_reads_worse_than_a_news_sentence(bad: str) -> None:
    assert sentence_quality(bad) < sentence_quality(GOOD) == 1.0


def test_quoted_first_person_is_fine() -> None:
    assert sentence_quality('"We will stay," the protest leader said on Friday in Cairo.') == 1.0


def test_a_word_that_only_starts_like_a_pronoun_is_fine() -> None:
    assert sentence_quality("Health officials in Mexico closed every school on Friday.") == 1.0


def test_a_gallery_caption_after_its_date_reads_as_a_caption() -> None:
    caption = "June 4: Oil is seen gushing around the cap placed by BP to contain the leak."
    still = "Aug. 3: In this image taken from video provided by BP, the new cap sits atop the well."
    entry = "May 6 - Oil washes ashore on the Chandeleur Islands off the coast of Louisiana."
    judged = "The move is seen as a victory for the president and his allies in Congress."
    assert sentence_quality(caption) < 0.5 and sentence_quality(still) < 0.5
    assert sentence_quality(entry) == sentence_quality(judged) == 1.0


@pytest.mark.parametrize(
    ("text", "leans"),
    [
        (
            "Even if Airbus competes again, today is Boeing's day -- a day to celebrate.\"",
            True,
        ),
        ("The day belongs to the workers who built it.\u201d", True),
        ("\u201cWe will fight on,\u201d the minister said.", False),
        ('The minister called the talks "a good basis" for peace.', False),
        ("Moreover, the talks failed.", True),
        ("Earlier in the day, Boeing received a congratulatory letter from Airbus.", True),
        ("Two days later, the rebels withdrew from the town.", True),
        ("The next morning, the delegates left Geneva.", True),
        ("Two days of talks ended in Geneva on Friday.", False),
        ("Speaking at the General Assembly in New York, he said the UN would help.", True),
        ("In Geneva, the delegates said they would meet again.", False),
        ("White House adviser Carol Browner also said the leak might last until August.", True),
        ("The rebels, also known as the Front, left the town.", False),
        ("I talked to Mohamed ElBaradei earlier on Monday.", True),
        ("We have been here for three days without water.", True),
        ("Iran said it would send a delegation.", False),
        ("Our correspondent says the capital is calm.", False),
    ],
)
def test_a_sentence_that_ends_a_quotation_begun_before_it_leans_on_context(
    text: str, leans: bool
) -> None:
    assert leans_on_context(text) is leans


def test_a_sentence_opening_on_a_condition_is_hypothetical() -> None:
    assert hypothetical("If the operation works, some of the oil could be piped to a ship.")
    assert not hypothetical("Iffy weather delayed the launch on Friday.")
    assert not hypothetical("The operation worked, and some of the oil was piped to a ship.")


@pytest.mark.parametrize(
    ("text", "caption"),
    [
        ("Demonstrators protest in central Cairo, Egypt, on Tuesday, January 25.", True),
        (
            "Wednesday: President Obama and Vice President Biden meet with BP executives in the "
            "Roosevelt Room of the White House.",
            True,
        ),
        ("Wednesday: BP said it had capped the well.", False),
        (
            "President Barack Obama and Vice President Joe Biden meet with BP executives in the "
            "Roosevelt Room of the White House, June 16, 2010, to discuss the oil spill.",
            True,
        ),
        ("BP said on Tuesday, June 15, 2010, that it would set up the fund.", False),
        ("Wednesday was the quietest day on the coast since the spill.", False),
        ("Protesters marched in central Cairo, Egypt, on Tuesday, January 25.", False),
    ],
)
def test_a_caption_told_in_the_present_reads_as_one(text: str, caption: bool) -> None:
    assert reads_as_caption(text) is caption
