"""Line classification, one rule family at a time, on hand-written lines."""

import pytest

from storyline.clean.lines import (
    classify,
    features,
    is_dateline,
    split_leading_dateline,
    strip_agency_prefix,
)


def label(line: str) -> tuple[str, str | None]:
    result = classify(line, features(line))
    return result.kind, result.reason


@pytest.mark.parametrize(
    "line",
    [
        "icon share icon print icon mail icon arrow left",
        "Share on Facebook Share on Twitter Email this story",
        "Facebook Twitter WhatsApp LinkedIn Copy link",
        "Skip to main content",
        "Leave a comment",
        "12 Comments",
        "Comments (7)",
        "3 min read",
        "Advertisement",
        "Show more related stories",
        "Home | News | World | Sport | Weather",
        "Home > World > Europe",
    ],
)
def test_site_chrome_is_removed(line: str) -> None:
    kind, reason = label(line)
    assert kind == "removed" and reason is not None and reason.startswith("chrome")


@pytest.mark.parametrize(
    "line",
    [
        "Tags: elections, parliament, budget",
        "Filed under: World, Middle East",
        "Topics: Diplomacy",
        "Read more: Why the ceasefire failed",
        "Read more about: Ukraine war , Istanbul",
        "More from the region: floods return",
        "See also: timeline of the crisis",
    ],
)
def test_tag_and_related_lines_are_removed(line: str) -> None:
    assert label(line)[0] == "removed"


@pytest.mark.parametrize(
    "line",
    [
        "We use cookies to give you the best experience on our website.",
        "This site uses cookies. By continuing you accept our privacy policy.",
        "Please enable JavaScript to view the comments.",
        "Subscribe to our weekly newsletter for the top stories in your inbox.",
        "This website carries only part of the stories offered to our subscribers. Please "
        "contact us for subscription options.",
        "Get Current Updates on World News, US News along with Latest News and Top Headlines.",
        "Track Latest News Live on Ledger.com and get news updates from around the world.",
    ],
)
def test_cookie_and_subscription_notices_are_removed(line: str) -> None:
    assert label(line)[0] == "removed"


@pytest.mark.parametrize("line", ["0:00 / 3:12", "02:45", "1:02:33", "(4:10)", "3:12 min"])
def test_media_timestamps_are_removed(line: str) -> None:
    assert label(line) == ("removed", "media: player time or duration")


@pytest.mark.parametrize(
    "line",
    [
        "Watch",
        "Listen",
        "Audio",
        "Play video",
        "Watch video",
        "Watch: Delegates leave the Vienna talks",
        "VIDEO: Scenes from the border crossing",
        "In pictures - the flooded valley",
    ],
)
def test_player_labels_are_removed(line: str) -> None:
    assert label(line)[0] == "removed"


@pytest.mark.parametrize(
    "line",
    [
        "(Photo: Reuters)",
        "Image copyright Getty Images",
        "Photo credit: Jane Roe for The Example Times",
        "REUTERS/Jane Roe",
        "AFP/Getty Images",
        "Police guard the square on Sunday. (AP Photo/Ali Karim)",
        "A protester waves a flag in the capital. [Getty Images]",
    ],
)
def test_photo_credits_and_captions_are_removed(line: str) -> None:
    kind, reason = label(line)
    assert kind == "removed" and reason is not None and reason.startswith("credit")


@pytest.mark.parametrize(
    "line",
    [
        "By Jane Roe, Staff Writer",
        "BY JANE ROE",
        "By Jane Roe and Tom Poe | The Example Times",
        "Written by Ana Lind",
        "By: Ana Lind, Senior Editor",
        "Medically reviewed by Dr. Tom Poe, MD",
        "Reviewed by: Sam Ode, CFP\u00ae",
        "Contributions From: Jane Roe, Tom Poe & Ana Lind",
        "Tested by Jane Roe and Tom Poe",
        "Author: Jane Roe",
    ],
)
def test_bylines_are_removed(line: str) -> None:
    assert label(line) == ("removed", "byline")


@pytest.mark.parametrize(
    "line",
    [
        "Reporting by Jane Roe; Editing by Tom Poe",
        "Additional reporting by Ana Lind in Oslo",
        "Writing by Sam Ode; editing by Lee Wu",
        "Jane Roe reports.",
        "Tom Poe reported from Kabul.",
        "Siobh\u00e1n O'Grady reported from Lakeport and Tom Poe from Veran, Northland.",
    ],
)
def test_sign_offs_are_removed(line: str) -> None:
    kind, reason = label(line)
    assert kind == "removed" and reason is not None and reason.startswith("sign-off")


def test_a_sentence_reporting_from_a_place_is_no_sign_off() -> None:
    assert not (label("Reuters reported from Kyiv, citing officials.")[1] or "").startswith("sign")


@pytest.mark.parametrize(
    "line",
    ["4 Best Book Subscriptions, Tested by Readers", "By the way, the talks went on.", "By Monday"],
)
def test_lines_that_start_like_a_byline_are_not_one(line: str) -> None:
    assert label(line)[1] != "byline"


@pytest.mark.parametrize(
    "line",
    [
        "This article is more than 3 months old",
        "This post is over 3 years old. I've probably changed my mind since",
        "This story was published more than a year ago",
    ],
)
def test_notices_of_an_article_s_age_are_removed(line: str) -> None:
    assert label(line) == ("removed", "chrome: notice of the article's age")


@pytest.mark.parametrize("line", ["Posted under Car Tires", "Filed in Health", "#development #git"])
def test_a_post_s_category_lines_are_removed(line: str) -> None:
    assert label(line) == ("removed", "chrome: tags, categories or related links")


@pytest.mark.parametrize(
    "line",
    [
        "Posted in Health on May 2, 2024",
        "This article is more than the sum of its parts.",
        "Follow the news from the talks, the spokesman said, and read the updates he posted.",
    ],
)
def test_datelines_and_prose_are_not_taken_for_categories_or_notices(line: str) -> None:
    assert not (label(line)[1] or "").startswith("chrome")


@pytest.mark.parametrize(
    "line",
    [
        "Mar 3, 2019 07:12",
        "Posted on June 5, 2018 by admin |",
        "5 June, 2018",
        "Updated: Tuesday 12 November 2019 14:05 GMT",
        "2019-03-02 07:12",
        "Published 14 Feb 2020",
        "By Jane Roe | March 3, 2019",
        "Published: 14:05 BST, 3 March 2019 | Updated: 16:20 BST, 3 March 2019",
        "Updated 0412 GMT (1212 HKT) March 3, 2019",
        "Sunday 3 March 2019 07.12 GMT",
        "Last Modified: Sunday, March 3, 2019 at 7:12 PM",
        "2019-03-03T07:12:00Z",
        "October 16, 2020 \u00b7 8 min read",
        "23.07.2025 \u00b7 6 min read",
        "Updated March 3, 2019 | 4 minute read",
        "Published by Example News Staff on March 3, 2019",
        "Jane Roe and Tom Poe on March 3, 2019",
    ],
)
def test_datelines_are_recognised(line: str) -> None:
    assert label(line)[0] == "dateline"


def test_sentences_with_dates_are_not_datelines() -> None:
    line = "The ceasefire signed on March 3, 2019 collapsed within a week, officials said."
    assert not is_dateline(line)
    # Nor is a headline that ends on its day.
    assert not is_dateline(
        "Foreign Ministry Spokesperson's Regular Press Conference on March 3, 2019"
    )
    assert not is_dateline("On May 2, 2024 the board read the minutes of its last meeting.")
    assert label(line)[0] == "body"
    # Or on its month, after "in".
    assert not is_dateline("Peace Talks Roundup: 45 Meetings Held in October 2025")
    assert is_dateline("Posted by Jane Roe in News on March 3, 2019")


def test_dateline_running_into_the_first_sentence_is_split() -> None:
    line = (
        "LONDON | Tue Mar 15, 2011 1:48 pm GMT LONDON (Reuters) - Japan's nuclear crisis "
        "deepened on Tuesday."
    )
    rest, prefix = split_leading_dateline(line)
    assert rest == "Japan's nuclear crisis deepened on Tuesday."
    assert prefix == "LONDON | Tue Mar 15, 2011 1:48 pm GMT LONDON (Reuters) -"


@pytest.mark.parametrize(
    ("line", "rest"),
    [
        (
            "CAIRO, Egypt (CNN) -- Thousands filled the streets on Tuesday.",
            "Thousands filled the streets on Tuesday.",
        ),
        (
            "GENEVA (Example Wire) - Talks resumed after a two-month break.",
            "Talks resumed after a two-month break.",
        ),
        (
            "NAIROBI - The electoral commission announced the results late on Friday.",
            "The electoral commission announced the results late on Friday.",
        ),
    ],
)
def test_place_and_agency_prefixes_are_stripped(line: str, rest: str) -> None:
    assert strip_agency_prefix(line)[0] == rest


@pytest.mark.parametrize(
    ("line", "text"),
    [
        ("Talks Stall Over Border Map", "Talks Stall Over Border Map"),
        ("--- What happens next ---", "What happens next"),
        ("*** Analysis ***", "Analysis"),
        ("REACTION FROM THE REGION", "REACTION FROM THE REGION"),
    ],
)
def test_subheadings_are_headings(line: str, text: str) -> None:
    result = classify(line, features(line))
    assert (result.kind, result.text) == ("heading", text)


@pytest.mark.parametrize(
    "line",
    [
        "The two sides met for three hours on Monday and agreed to meet again.",
        '"We will not sign," the minister said.',
        "Share prices fell 3 percent after the announcement, and the central bank said it would "
        "act if needed.",
        "Follow-up talks are planned for next week in Vienna, the mediators said.",
        # Sentences that once looked like furniture to simpler rules:
        "By Sunday, Burton notes a different mood.",
        "By Friday, it had started to touch the shores.",
        "The company announced strong profits on April 27.",
        "KURTZ: All right.",
        "Tell us about that.",
        "-- The chief executive flies over the Gulf.",
        "These are simply books written by humans for humans.",
        "The new tablet newspaper will launch next week with a weekly subscription.",
    ],
)
def test_news_sentences_are_body(line: str) -> None:
    assert label(line)[0] == "body"


def test_menu_runs_glued_to_a_sentence_are_cut() -> None:
    from storyline.clean.lines import split_chrome_runs

    lead, rest, tail = split_chrome_runs(
        "icon share icon print icon mail The two delegations met in Oslo on Tuesday for talks."
    )
    assert (lead, rest, tail) == (
        "icon share icon print icon mail",
        "The two delegations met in Oslo on Tuesday for talks.",
        None,
    )
    lead, rest, tail = split_chrome_runs(
        "The two delegations met in Oslo on Tuesday for talks. Share this: Facebook Twitter Email"
    )
    assert rest == "The two delegations met in Oslo on Tuesday for talks."
    assert (lead, tail) == (None, "Share this: Facebook Twitter Email")
    sentence = "Share prices fell on Monday after the bank said it would cut jobs in Oslo."
    assert split_chrome_runs(sentence) == (None, sentence, None)


def test_a_toolbar_of_labels_between_symbols_glued_to_a_sentence_is_cut() -> None:
    from storyline.clean.lines import split_chrome_runs

    lead, rest, tail = split_chrome_runs(
        '" This Story: Read + | Watch + | A series of internal inquiries warned the company.'
    )
    assert (lead, rest, tail) == (
        '" This Story: Read + | Watch + |',
        "A series of internal inquiries warned the company.",
        None,
    )
    lead, rest, tail = split_chrome_runs(
        'Staff writer Jane Roe contributed to this report." This Story: Read + | Watch + |'
    )
    assert (lead, rest, tail) == (
        None,
        'Staff writer Jane Roe contributed to this report."',
        "This Story: Read + | Watch + |",
    )
    # The capital word after a run opens the sentence and stays with it.
    lead, rest, _tail = split_chrome_runs(
        "Share Facebook Twitter Email The talks resumed in Oslo on Monday after a break."
    )
    assert rest == "The talks resumed in Oslo on Monday after a break."


def test_a_caption_glued_to_the_next_sentence_is_split() -> None:
    from storyline.clean.lines import split_glued_caption

    caption, rest = split_glued_caption(
        "Peace talks with Erdogan, RouhaniThe country is currently divided between four forces."
    )
    assert caption == "Peace talks with Erdogan, Rouhani"
    assert rest == "The country is currently divided between four forces."
    sentence = "The iPhone maker said on Monday that its YouTube channel had grown a lot."
    assert split_glued_caption(sentence) == (None, sentence)
    # A caption closed by its photo's day.
    caption, rest = split_glued_caption(
        "Holm meets Veran in Lakeport, May 15Northland's foreign minister met her Veran "
        "counterpart on Thursday."
    )
    assert caption == "Holm meets Veran in Lakeport, May 15"
    assert rest.startswith("Northland's foreign minister")
    sentence = "The talks began on May 15Monday was quiet."  # no sentence of six words after it
    assert split_glued_caption(sentence) == (None, sentence)


@pytest.mark.parametrize(
    ("line", "day"),
    [
        ("KristenMarch 11, 2024", (2024, 3, 11)),
        ("January 14, 202620 Mins Read", (2026, 1, 14)),
        ("April 26, 2024Updated on:", (2024, 4, 26)),
        ("Posted 17.05.2021 by admin", (2021, 5, 17)),
        ("Yucy3/4/2025", (2025, 3, 4)),
        ("2023/11/02 | News", (2023, 11, 2)),
        ("12th of March, 2019", (2019, 3, 12)),
        ("Published: 27/05/2024", (2024, 5, 27)),
        ("Received 2022 Oct 12; Accepted 2023 Jan 7", (2022, 10, 12)),
        ("Published: 24 January ,2017: 09:24 PM GST", (2017, 1, 24)),
        ("Updated on 19-Dec-2025", (2025, 12, 19)),
        ("2025\u202201\u202208", (2025, 1, 8)),
    ],
)
def test_datelines_glued_to_their_neighbours_give_their_day(line: str, day: tuple) -> None:
    from storyline.calendar import find_dateline_dates

    found = find_dateline_dates(line)
    assert found and (found[0].year, found[0].month, found[0].day) == day


def test_tour_dates_and_embedded_tweet_dates_are_not_the_article_removed() -> None:
    # Lines that are a date and something else are left to the model, never cut by a rule.
    from storyline.clean.prepare import prepare

    for line in (
        "June 14 -- The Fillmore, San Francisco",
        "\u2014 Jane Roe (@janeroe) May 2, 2024",
    ):
        assert not any(piece.cut for piece in prepare(line))


@pytest.mark.parametrize(
    "line",
    [
        "Media playback is unsupported on your device",
        "The voice in this audio is AI-generated.",
        "Your browser does not support the video tag.",
    ],
)
def test_what_a_media_player_says_in_place_of_itself_is_removed(line: str) -> None:
    assert label(line) == ("removed", "media: video, audio or gallery label")


@pytest.mark.parametrize(
    ("line", "signed"),
    [
        ("Hwaida Saad contributed reporting from Beirut, and Ivan Nechepurenko from Moscow.", True),
        ("Associated Press writer Jane Roe contributed from Moscow.", True),
        ("The company contributed to this fund in 2010.", False),
        ("Russia and Turkey contributed troops to the mission.", False),
    ],
)
def test_who_contributed_reporting_is_a_sign_off(line: str, signed: bool) -> None:
    assert (label(line) == ("removed", "sign-off")) is signed
