"""Which lines of a pasted page may be its title: the candidates the title models rank."""

import pytest

from storyline.clean.lines import classify, features
from storyline.clean.titles import _is_sentence, _ruled_out, candidates

BODY = "The council voted on Tuesday to close the old bridge to all traffic until the repairs end."


def texts(head: str) -> list[str]:
    lines = [head, BODY]
    return [text for _i, text in candidates(lines, [False, True])]


@pytest.mark.parametrize(
    ("line", "title"),
    [
        ("Home /Cheap Fixes Are the Best!", "Cheap Fixes Are the Best!"),
        ("Home >Marketing >Plumbing Trends You Need To Know", "Plumbing Trends You Need To Know"),
        ("HomeCybersecurity Best Practices", "Cybersecurity Best Practices"),
        ("Introduction: How to Make Furniture", "How to Make Furniture"),
        ("Posted on May 2, 2025 by Ana Lind - 5 Comments on Bridge Closed", "Bridge Closed"),
        ("Best Art Exhibitions 2025 \u2013 Artlyst", "Best Art Exhibitions 2025"),
    ],
)
def test_a_title_inside_a_line_of_page_furniture_is_a_candidate(line: str, title: str) -> None:
    assert title in texts(line)


@pytest.mark.parametrize(
    "line",
    [
        "The most popular workout of 2024 \u2014 and 5 trends to expect in 2025",
        "Going vegan \u2013 tips and tricks",
    ],
)
def test_a_headline_whose_words_go_on_after_a_dash_is_not_cut(line: str) -> None:
    assert texts(line) == [line, BODY]


@pytest.mark.parametrize(
    ("line", "head"),
    [
        ("Bridge closed for repairs by Ana Lind | May 2, 2024", "Bridge closed for repairs"),
        ("Bridge closed for repairs by Ana Lind", "Bridge closed for repairs"),
    ],
)
def test_a_byline_run_on_to_the_title_is_cut_off(line: str, head: str) -> None:
    assert head in texts(line)


def test_a_sentence_is_not_cut_where_by_starts_its_agent() -> None:
    line = "A memo signed by Lieutenant General Ricardo Sanchez authorised 29 techniques."
    assert texts(line) == [line, BODY]


@pytest.mark.parametrize(
    "line",
    [
        "All workers were treated and released.",
        "He has pleaded not guilty.",
        "Not the chief executive of BP.",
        '"We expect to perform around 400 amputations over the coming days."',
        ", and Bart Stupak, D-Mich.",
        "L) ill-fated Gulf well, which is still leaking crude.",
    ],
)
def test_prose_is_never_the_title(line: str) -> None:
    assert _is_sentence(line)


@pytest.mark.parametrize(
    "line",
    [
        "Cheap Fixes Are the Best!",
        "What is Mesh WiFi?",
        "The Hottest Real Estate Markets in the U.S.",
        "what is once sprung cannot necessarily be unsprunged",
    ],
)
def test_headlines_are_not_taken_for_prose(line: str) -> None:
    assert not _is_sentence(line)


def test_a_headline_before_an_aggregator_s_host_is_a_candidate() -> None:
    line = "Mediators Find the Fifth Round Harder Than the Fourth (example-ledger.com)"
    assert "Mediators Find the Fifth Round Harder Than the Fourth" in texts(line)


def ruled_out(line: str) -> bool:
    lines = [line, BODY]
    return _ruled_out(lines, [classify(text, features(text)) for text in lines], 0, line)


@pytest.mark.parametrize(
    "line",
    [
        "Learn about The Northern Ledgers'",  # a link's text broken off at the line's end
        "Learn about The Ledgers\u2019",
        "Read more about the",
        "#talks #ceasefire",
        "Published in Diplomacy, Northern Region, Talks",
        "\u2502 \u2460 Delegations and mediators \u2502",
        "Book your place at the talks now >",
    ],
)
def test_lines_that_are_no_headline_by_their_form_are_ruled_out(line: str) -> None:
    assert ruled_out(line)


@pytest.mark.parametrize(
    "line",
    [
        "Why the Delegates Said \u2018Yes\u2019",
        "Why the Delegates Said 'Yes'",
        "Vitamin A",
        "Talks",
    ],
)
def test_headlines_closed_by_a_quote_or_a_capital_stay_candidates(line: str) -> None:
    assert not ruled_out(line)
