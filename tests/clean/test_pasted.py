"""Articles as people paste them from news sites: the furniture around and inside the article
goes to ``removed`` with its reason, the prose stays, and the title, date and outlet are read."""

import re
from collections import Counter
from dataclasses import replace

import numpy as np
import pytest

from storyline.clean import (
    APPEAL_REASON,
    HEAD_REASON,
    _entry_headlines,
    _head_over_dateline,
    _headlines_under,
    _overrule,
    clean_document,
    prepare,
    read_source,
)
from storyline.clean.datelines import years_from_story
from storyline.clean.furniture import keep_lines
from storyline.clean.learned import shipped_models
from storyline.clean.lines import (
    byline_outlet,
    classify,
    copyright_holder,
    features,
    is_copyright_notice,
    reads_as_file_photo_caption,
    source_credit,
    split_chrome_runs,
    split_headline_before_dateline,
    split_leading_dateline,
    strip_agency_prefix,
)
from storyline.clean.outlets import canonical_outlet
from storyline.clean.titles import _ruled_out, candidates, choose_title
from storyline.records import SourceDocument
from storyline.settings import Settings

PARAGRAPHS = (
    "Since the start of the fighting in the north, the two governments have met four times "
    "without agreeing on a ceasefire line, and the mediators say the fifth round will be the "
    "hardest yet.",
    "The delegations arrived in Lakeport on Monday evening and are due to sit down together on "
    "Tuesday morning, a spokesman for the mediators told reporters at the airport.",
    "Both sides have accused each other of moving troops closer to the river since the last "
    "round ended in December, and observers counted more than thirty incidents along the line.",
    "The foreign minister, Dana Holm, said her government would not sign any document that left "
    "the river crossings under the control of armed groups, but that it was ready to talk for as "
    "long as it took.",
    "The talks are expected to last three days, and a joint statement is planned for Thursday "
    "if the delegations reach an agreement on the exchange of prisoners.",
)
PASTED = "\n".join(
    [
        "icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon chevron "
        "lefticon chevron righticon chevron up",
        "Mediators gather in Lakeport for a fifth round of ceasefire talks",
        "March 3, The Northern Ledger -" + PARAGRAPHS[0],
        PARAGRAPHS[1],
        "Delegates arrive at the conference centre in Lakeport. AFP PHOTO / POOL / JANE ROE",
        PARAGRAPHS[2],
        "Northern provinces [click to enlarge]",
        "Ceasefire line talks with Holm, Voss" + PARAGRAPHS[3],
        PARAGRAPHS[4],
        "Staff correspondent for the Ledger \u2013 Omar Field reports.",
    ]
)


def clean(text: str):
    result = clean_document(SourceDocument(source_path="pasted.txt", raw_text=text), Settings())
    assert not isinstance(result, str), result
    return result


def test_a_pasted_article_keeps_its_prose_and_sets_its_furniture_aside() -> None:
    doc = clean(PASTED)
    for paragraph in PARAGRAPHS:
        assert paragraph in doc.text
    removed = " ".join(r.text for r in doc.removed)
    for junk in ("bookmarkicon", "AFP PHOTO", "[click to enlarge]", "Omar Field reports."):
        assert junk not in doc.text
        assert junk in removed
    # The glued caption is its own line, not the start of the paragraph's first sentence.
    assert "Ceasefire line talks with Holm, Voss" not in doc.text.split("\n")[3]
    assert all(r.reason for r in doc.removed)


def test_a_dateline_naming_the_outlet_gives_date_and_source() -> None:
    doc = clean(
        "Talks resume in Lakeport\n"
        + "\n".join(PARAGRAPHS[:1]).join(["March 3, 2025, The Northern Ledger -", ""])
        + "\n"
        + "\n".join(PARAGRAPHS[1:])
    )
    assert doc.published == "2025-03-03"
    assert doc.source == "The Northern Ledger"
    assert doc.text.startswith("Since the start")


def test_a_dateline_line_closed_by_the_outlet_gives_date_and_source() -> None:
    # "May 12, 2023 | Sudan Tribune": the outlet after a separator, and no sentence after it.
    doc = clean("March 3, 2025 | The Northern Ledger\n" + "\n".join(PARAGRAPHS))
    assert doc.published == "2025-03-03"
    assert doc.source == "The Northern Ledger"
    assert doc.text.startswith(PARAGRAPHS[0][:20])
    assert any(r.text == "March 3, 2025 | The Northern Ledger" for r in doc.removed)
    # A blog's category after the date is no outlet.
    assert clean("March 3, 2025 | Indoor Plants\n" + "\n".join(PARAGRAPHS)).source is None
    # A sentence after the date stays the article's, and a short headline line stays whole.
    assert split_leading_dateline("March 3, 2025 - Rebels attacked") == (
        "March 3, 2025 - Rebels attacked",
        None,
    )


def test_an_outlet_under_the_byline_names_the_source() -> None:
    # "By Jane Roe" / "BBC News" at the top of a pasted page.
    doc = clean(
        "Talks resume in Lakeport\nBy Jane Roe\nNorthern Ledger News\n" + "\n".join(PARAGRAPHS)
    )
    assert doc.source == "Northern Ledger News"
    assert doc.text.startswith(PARAGRAPHS[0][:20])
    # A line under a byline that names no outlet is no source.
    doc = clean(
        "Talks resume in Lakeport\nBy Jane Roe\nSenior Correspondent\n" + "\n".join(PARAGRAPHS)
    )
    assert doc.source is None


def test_a_wire_dateline_gives_the_story_s_day_over_a_later_time_stamp() -> None:
    # The page's stamp in UTC falls on the next day; the dateline is the story's day.
    stamp = "March 4, 2025 3:14 AM UTC\n"
    doc = clean(stamp + "LAKEPORT, March 3 (Reuters) - " + "\n".join(PARAGRAPHS))
    assert doc.published == "2025-03-03"
    # Days further apart are not one moment in two zones: the model's choice stands.
    doc = clean(
        "March 6, 2025 3:14 AM UTC\n" + "LAKEPORT, March 3 (Reuters) - " + "\n".join(PARAGRAPHS)
    )
    assert doc.published == "2025-03-06"


def test_an_outlet_given_by_the_input_is_kept() -> None:
    text = "March 3, 2025, The Northern Ledger -" + "\n".join(PARAGRAPHS)
    result = clean_document(
        SourceDocument(source_path="p.txt", raw_text=text, source="Given Outlet"), Settings()
    )
    assert not isinstance(result, str)
    assert result.source == "Given Outlet"


def test_glued_icon_labels_are_menu_words() -> None:
    run = "icon bookmark-bicon bookmarkicon cameraicon checkicon chevron downicon"
    assert classify(run, features(run)).kind == "removed"
    lead, rest, _tail = split_chrome_runs(run + " Talks resume in Lakeport after a pause of weeks")
    assert lead == run and rest.startswith("Talks")
    # Words that merely end in "icon" are prose.
    line = "The lexicon of the talks is silicon-hard, an iconic delegate said on Monday."
    assert classify(line, features(line)).kind == "body"


def test_a_dateline_glued_to_the_first_word_is_split() -> None:
    rest, prefix = split_leading_dateline("January 14, The Northern Ledger -Since the start of it.")
    assert (prefix, rest) == ("January 14, The Northern Ledger -", "Since the start of it.")
    # A hyphenated name is no dateline's end.
    line = "On January 14, 2020 the al-Assad government said it would attend the talks."
    assert split_leading_dateline(line) == (line, None)


def test_an_agency_signing_between_slashes_gives_the_dateline_and_the_outlet() -> None:
    line = "LAKEPORT, March 3. /Wire/. " + PARAGRAPHS[0]
    assert split_leading_dateline(line) == (PARAGRAPHS[0], "LAKEPORT, March 3. /Wire/.")
    doc = clean("\n".join([line, *PARAGRAPHS[1:]]))
    assert doc.source == "Wire"
    assert doc.text.startswith(PARAGRAPHS[0])
    assert "LAKEPORT, March 3. /Wire/." in [r.text for r in doc.removed]


def test_a_headline_run_into_the_dateline_is_the_title() -> None:
    doc = clean(
        "Ceasefire Holds as Northern Delegations Return to the Table LAKEPORT, March 3 -- "
        + PARAGRAPHS[0]
        + "\n"
        + "\n".join(PARAGRAPHS[1:])
    )
    assert doc.title == "Ceasefire Holds as Northern Delegations Return to the Table"
    assert doc.text.startswith(PARAGRAPHS[0])
    assert "LAKEPORT, March 3 --" in [r.text for r in doc.removed]
    # Capitals inside a sentence before a date are no headline's end.
    line = "The report by the IMF, March 3 -- a Tuesday -- said little."
    assert split_headline_before_dateline(line) == (None, line)
    # A line that opens with its own dateline, and a photo credit, are no headlines.
    for line in (
        "LAKEPORT, March 3 | Tue Mar 3, 2025 10:43 am EST LAKEPORT, March 3 (Wire) - Talks began.",
        "(By Jane Roe -- Northern Ledger) LAKEPORT, March 3 -- Talks began on Tuesday.",
    ):
        assert split_headline_before_dateline(line) == (None, line)


def test_a_wire_s_sentence_case_headline_run_into_its_dateline_is_the_title() -> None:
    doc = clean(
        "U.S. presses mediators as delegations return to the table LAKEPORT | Tue Mar 3, 2025 "
        "10:43 am EST LAKEPORT (Reuters) - " + PARAGRAPHS[0] + "\n" + "\n".join(PARAGRAPHS[1:])
    )
    assert doc.title == "U.S. presses mediators as delegations return to the table"
    assert (doc.source, doc.published) == ("Reuters", "2025-03-03")
    assert doc.text.startswith(PARAGRAPHS[0])
    # In sentence case, only a wire's own dateline tells a headline from a sentence.
    line = "The envoy said talks will go on LAKEPORT, March 3 -- Talks began on Tuesday."
    assert split_headline_before_dateline(line) == (None, line)


def test_a_byline_run_into_the_first_sentence_is_removed_and_the_sentence_kept() -> None:
    for byline in (
        "By Jane Roe, CNN",
        "By Jane Roe and Tom Poe, Reuters",
        "By Jane Roe, CNN's Senior Northland Producer",
        "By Jane Roe, Associated Press Writer",
        "By the CNN Wire Staff",
    ):
        doc = clean("March 3, 2025 | " + byline + " " + "\n".join(PARAGRAPHS))
        assert doc.text.startswith(PARAGRAPHS[0]), byline
        assert (byline, "byline") in [(r.text, r.reason) for r in doc.removed]
        assert doc.published == "2025-03-03"
    # A sentence that opens with "By" and a day, or whose name is no agency's, stays whole.
    for line in (
        "By Tuesday, CNN had reported that the delegations would meet again in Lakeport.",
        "By Jane Roe, Northern Ledger The delegations arrived in Lakeport on Monday evening.",
    ):
        doc = clean(line + "\n" + "\n".join(PARAGRAPHS))
        assert line in doc.text


def test_the_head_the_model_kept_over_the_dateline_is_set_aside_and_the_story_opens_under_it() -> (
    None
):
    deck = "Both governments say they will set up a body to watch the line, but rebels reject it"
    top = [deck, "Jane Roe in Lakeport", "Tue 4 Mar 2025 13.23 GMT", "Share"]
    lines = prepare("\n".join(top + list(PARAGRAPHS)))
    keep = [x.text not in top[1:] for x in lines]  # the model kept the deck
    lines, keep = _head_over_dateline(lines, keep)
    assert not keep[0]
    assert lines[0].label.reason == HEAD_REASON
    assert all(keep[len(top) :])
    # A deck, the author's name and post and the dateline the model all kept, and a link under
    # the dateline before the story's first sentence.
    top = [
        "The talks were the first since March - but there was no ceasefire.",
        "Jane Roe",
        "Security editor @janeroe",
        "Friday 4 March 2025 17:01, UK",
        "Why you can trust Ledger News",
    ]
    lines = prepare("\n".join(top + list(PARAGRAPHS)))
    lines, keep = _head_over_dateline(lines, [True] * len(lines))
    assert keep == [False] * len(top) + [True] * len(PARAGRAPHS)
    assert lines[3].label.kind == "dateline"
    # With no dateline under them, the article's first lines are the story's.
    top = [deck, "Jane Roe in Lakeport", "Share"]
    lines = prepare("\n".join(top + list(PARAGRAPHS)))
    keep = [x.text not in top[1:] for x in lines]
    assert _head_over_dateline(lines, keep)[1][0]


def test_a_dateline_the_model_kept_over_the_story_is_set_aside_as_a_dateline() -> None:
    lines = prepare("\n".join(["Mar. 4, 2025", *PARAGRAPHS]))
    lines, keep = _head_over_dateline(lines, [True] * len(lines))
    assert keep == [False] + [True] * len(PARAGRAPHS)
    assert lines[0].label.kind == "dateline"


def test_what_stands_over_a_wire_dateline_is_set_aside_and_the_story_opens_on_it() -> None:
    caption = "Delegates arrive in Lakeport on Monday, ahead of the fifth round of talks."
    highlights = "Fifth round opens Tuesday Mediators say it will be the hardest yet"
    doc = clean(
        f"{caption}\n{highlights} Lakeport, Northland (CNN) -- "
        + PARAGRAPHS[0]
        + "\n"
        + "\n".join(PARAGRAPHS[1:])
    )
    assert doc.text.startswith(PARAGRAPHS[0])
    assert doc.source == "CNN"
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons[caption] == "furniture: over the story's wire dateline"
    assert reasons[highlights].startswith("summary: ")
    assert doc.title is None  # the highlights are no headline
    # A sentence closed before a wire's dateline (another story's, on a page of several) is a
    # line of its own, for the model to judge; one run into a dateline of its own stays whole.
    lines = prepare("The talks ended on Friday. LAKEPORT (AP) -- The delegations left the city.")
    assert [(x.text, x.cut) for x in lines][:1] == [("The talks ended on Friday.", False)]
    line = "LAKEPORT, Northland -- LAKEPORT, Northland (AP) -- The delegations left the city."
    assert [x.text for x in prepare(line)] == [line]


def test_a_headline_run_into_a_day_and_a_byline_is_the_title() -> None:
    doc = clean(
        "Delegations return to the table after four rounds March 3, 2025 | By the CNN Staff "
        + "\n".join(PARAGRAPHS)
    )
    assert doc.title == "Delegations return to the table after four rounds"
    assert doc.text.startswith(PARAGRAPHS[0])
    assert doc.published == "2025-03-03"
    # A sentence that runs on into a day is no headline where no byline follows the bar.
    line = "The envoy said talks will go on until March 3, 2025 | The delegations met."
    assert split_headline_before_dateline(line) == (None, line)


def test_a_broadcaster_dateline_without_a_dash_gives_the_outlet() -> None:
    doc = clean("Lakeport, Northland (CNN) " + "\n".join(PARAGRAPHS))
    assert doc.source == "CNN"
    assert doc.text.startswith(PARAGRAPHS[0])
    # Any other name in brackets before a capital is the sentence's own.
    line = "The Northern Energy Agency (NEA) Chief Economist Dana Holm spoke on Tuesday."
    assert strip_agency_prefix(line) == (line, None)


def test_a_breadcrumb_trail_and_a_byline_are_never_the_title() -> None:
    doc = clean(
        "Home > World > Mediators gather in Lakeport for a fifth round\n"
        "By: Ana Lind, Senior Editor\n" + "\n".join(PARAGRAPHS)
    )
    assert doc.title == "Mediators gather in Lakeport for a fifth round"
    assert "By: Ana Lind, Senior Editor" in [r.text for r in doc.removed]


def test_the_place_of_a_wire_dateline_is_not_the_title() -> None:
    # A wire story pasted without its headline: the dateline's place is no title, and no line
    # of the story is taken for one.
    doc = clean(
        "LAKEPORT, Northland | Mon Mar 3, 2025 3:13 pm EDT LAKEPORT, Northland (Reuters) - "
        + "\n".join(PARAGRAPHS)
    )
    assert doc.title is None
    assert doc.published == "2025-03-03"
    assert all(p in doc.text for p in PARAGRAPHS[1:])


def test_no_line_below_the_wire_dateline_that_opens_the_story_is_its_title() -> None:
    # A question-and-answer piece: its first question looks like a headline, but the story has
    # begun above it.
    doc = clean(
        "LAKEPORT, Northland | Mon Mar 3, 2025 3:13 pm EDT LAKEPORT, Northland (Reuters) - "
        + PARAGRAPHS[0]
        + "\nHere are some questions and answers about the talks: WHO IS TAKING PART?\n"
        + "\n".join(PARAGRAPHS[1:])
    )
    assert doc.title is None
    assert "WHO IS TAKING PART?" in doc.text


def test_a_copyright_notice_is_set_aside_and_names_the_outlet() -> None:
    doc = clean(
        "\n".join(PARAGRAPHS)
        + "\n\u00a9 2025 Northern Ledger Media Ltd. All Rights Reserved."
        + "\nThe Ledger is not responsible for the content of external sites."
    )
    assert "\u00a9" not in doc.text
    assert (
        "\u00a9 2025 Northern Ledger Media Ltd. All Rights Reserved.",
        "chrome: copyright notice",
    ) in [(r.text, r.reason) for r in doc.removed]
    assert doc.source == "Northern Ledger Media"
    # A dateline's outlet comes first; a photo agency's notice names no outlet.
    doc = clean(
        "Lakeport, Northland (CNN) " + "\n".join(PARAGRAPHS) + "\n\u00a9 2025 Northern Ledger"
    )
    assert doc.source == "CNN"
    assert copyright_holder("\u00a9 Getty Images") is None
    assert copyright_holder("\u00a9 Wire 2025") == "Wire"
    # A span of years after the holder is no part of its name.
    assert copyright_holder("\u00a9 Wire 1999-2025. All rights reserved.") == "Wire"
    # The holder may come first: "Caucasus Courier \u00a9 2020".
    assert is_copyright_notice("Caucasus Courier \u00a9 2020")
    assert copyright_holder("Caucasus Courier \u00a9 2018-2020") == "Caucasus Courier"
    assert not is_copyright_notice("The war (c) 2020 was long")
    # Prose about copyright is prose.
    assert not is_copyright_notice("Copyright law in Northland was changed in 2019, she said.")


def test_the_line_a_wire_dateline_opens_gives_no_title() -> None:
    doc = clean("Lakeport, Northland (CNN) \u2014 " + "\n".join(PARAGRAPHS))
    assert doc.title is None
    assert doc.source == "CNN"


def test_a_caption_ending_in_its_bracketed_photo_credit_is_set_aside() -> None:
    caption = "Delegates arrive at the conference centre in Lakeport [Jane Roe/Reuters]"
    doc = clean("\n".join([caption, *PARAGRAPHS]))
    assert caption not in doc.text
    assert (caption, "credit: a caption and its photo credit") in [
        (r.text, r.reason) for r in doc.removed
    ]
    caption = "Delegates meet in Lakeport (Northland Foreign Ministry/AFP/Getty Images)"
    assert prepare(caption)[0].label.reason == "credit: a caption and its photo credit"
    # Capitalised words around a slash in brackets are no credit of themselves.
    line = "Exports rose in the first two months of the year (Jan/Feb), the ministry said."
    assert line in clean("\n".join([*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]])).text


def test_a_caption_ending_in_a_photograph_credit_is_set_aside() -> None:
    caption = "The conference centre in Lakeport, where the talks are held. Photograph: Jane Roe/AP"
    doc = clean("\n".join(["Mediators gather in Lakeport", caption, *PARAGRAPHS]))
    assert caption not in doc.text
    assert (caption, "credit: a caption and its photo credit") in [
        (r.text, r.reason) for r in doc.removed
    ]
    # A sentence about a photograph is no credit.
    line = "The minister said the photograph of the river crossing was taken on Monday."
    assert line in clean("\n".join([*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]])).text


def test_the_dates_of_related_stories_below_a_short_article_do_not_date_it() -> None:
    doc = clean(
        "\n".join(
            [
                "Mediators agree a ceasefire line at Lakeport talks",
                "13 March 2025",
                "Share this with Email",
                *PARAGRAPHS[:3],
                "Related Topics",
                "More on this story",
                "Lakeport talks: delegations arrive",
                "6 March 2025",
            ]
        )
    )
    assert doc.published == "2025-03-13"


def test_a_dateline_without_a_year_takes_it_from_the_other_articles() -> None:
    undated = clean(PASTED)
    assert undated.published is None
    dated = clean("March 5, 2025, The Northern Ledger -" + "\n".join(PARAGRAPHS))
    far = replace(dated, published="2023-09-05")
    settled = years_from_story([undated, dated])
    assert settled[0].published == "2025-03-03"
    assert settled[0].published_from == "inferred"
    assert any("other articles" in note for note in settled[0].notes)
    assert settled[1] is dated
    # No year is guessed from articles more than three months away, nor from none.
    assert years_from_story([undated, far])[0].published is None
    assert years_from_story([undated])[0].published is None


def test_a_year_the_article_s_own_past_dates_only_bound_is_taken_from_the_other_articles() -> None:
    recalled = "The fighting in the north began in May 2019, and has displaced thousands."
    bounded = clean(PASTED + "\n" + recalled)
    # Alone, the earliest year its past dates allow: the first March 3 after May 2019.
    assert bounded.published == "2020-03-03"
    dated = clean("March 5, 2025, The Northern Ledger -" + "\n".join(PARAGRAPHS))
    settled = years_from_story([bounded, dated])[0]
    assert settled.published == "2025-03-03"
    assert any("other articles" in note for note in settled.notes)
    assert not any("own dates" in note for note in settled.notes)
    # Never before what its own dates allow.
    early = replace(dated, published="2019-03-05")
    assert years_from_story([bounded, early])[0].published == "2020-03-03"


def test_a_caption_of_the_dateline_s_day_gives_its_year() -> None:
    doc = clean(
        "\n".join(
            [
                "March 3, The Northern Ledger -" + PARAGRAPHS[0],
                PARAGRAPHS[1],
                "Delegates at the opening session in Lakeport, March 3, 2025. AFP PHOTO / JANE ROE",
                *PARAGRAPHS[2:],
                "The fighting in the north began in May 2019, and has displaced thousands.",
            ]
        )
    )
    assert doc.published == "2025-03-03"
    assert any("caption" in note for note in doc.notes)


def test_every_word_pasted_is_in_the_text_or_set_aside_with_its_reason() -> None:
    captioned = "\n".join(
        [
            "March 3, The Northern Ledger -" + PARAGRAPHS[0],
            PARAGRAPHS[1],
            "Photo: Delegates at the opening session of the Lakeport talks, March 3, 2025. "
            "AFP PHOTO / POOL / JANE ROE",
            "Photo: Jane Roe A delegate arrives at the Lakeport conference centre. Reuters",
            *PARAGRAPHS[2:],
        ]
    )
    for text in (PASTED, captioned):
        doc = clean(text)
        # Every letter and digit (a glued caption is cut from its paragraph inside a word).
        kept = Counter(re.findall(r"\w", " ".join([doc.text, *(r.text for r in doc.removed)])))
        assert Counter(re.findall(r"\w", text)) - kept == Counter()


def test_a_source_line_under_the_article_names_its_outlet() -> None:
    doc = clean("\n".join([*PARAGRAPHS, "Source: Northland Today and news agencies", "Related"]))
    assert doc.source == "Northland Today"
    assert "Source:" not in doc.text
    assert source_credit("Source: Reuters") is None  # a chart's or a table's source
    assert source_credit("Source: Kestria Wire, agencies") == "Kestria Wire"


def test_a_contributor_s_credit_under_a_short_report_is_set_aside() -> None:
    credit = "Kestria Wire's Jane Roe contributed to this report."
    doc = clean("\n".join([*PARAGRAPHS[:2], credit]))
    assert credit not in doc.text
    assert doc.text.endswith(PARAGRAPHS[1])


def test_a_dateline_among_the_article_s_last_lines_is_read_for_its_date() -> None:
    # A long interview dated only between its last answer and a closing note the model kept.
    from storyline.clean import _Draft, _sort_lines

    answers = [
        f"In the {n}th answer the author explains how the river talks changed the valley, and "
        f"why the {n}th chapter of the book returns to the dam that divided two towns."
        for n in range(4, 24)
    ]
    note = "We aim to keep our interviews up to date: write to us to change something in them."
    dateline = "December 3, 2025. Updated: December 7, 2025"
    lines = prepare("\n".join([*answers, dateline, note]))
    keep = [line.text != dateline for line in lines]
    draft = _Draft()
    _sort_lines(lines, keep, draft, None)
    assert [d.text for d in draft.datelines if d.after_end] == [dateline]


def test_a_line_under_a_caption_label_is_the_caption() -> None:
    caption = "Delegates from both sides sat at the same table in Lakeport"
    text = "\n".join(["Image source, Kestria Wire", "Image caption,", caption, *PARAGRAPHS])
    doc = clean(text)
    assert caption not in doc.text and doc.title != caption
    assert doc.text.startswith(PARAGRAPHS[0])
    assert any(r.text == caption and r.reason.startswith("credit") for r in doc.removed)


def test_a_source_line_set_in_capitals_names_its_outlet_in_its_usual_case() -> None:
    doc = clean("\n".join([*PARAGRAPHS, "SOURCE: AL NORTHLAND AND NEWS AGENCIES", "Related"]))
    assert doc.source == "Al Northland"
    assert "SOURCE:" not in doc.text
    assert source_credit("SOURCE: KWN NEWS AND AGENCIES") == "KWN News"


def test_an_outlet_s_staff_line_under_the_article_names_it() -> None:
    doc = clean("\n".join([*PARAGRAPHS, "Ledger staff and agencies", "Topics", "Lakeport"]))
    assert doc.source == "Ledger"
    assert doc.text.endswith(PARAGRAPHS[-1])
    assert source_credit("Northland Today staff reporter") == "Northland Today"
    assert source_credit("Technical staff") is None  # an item of a list


def test_a_source_line_is_set_aside_where_the_article_runs_up_to_it() -> None:
    # The line right under the last paragraph, with nothing after it: the model alone kept it.
    doc = clean("\n".join([*PARAGRAPHS, "Source: Northland Today and news agencies"]))
    assert (doc.source, doc.text.endswith(PARAGRAPHS[-1])) == ("Northland Today", True)


def test_a_logo_line_at_the_top_of_a_pasted_page_names_the_outlet() -> None:
    top = ["Skip to main content", "Sign in", "The Northern Ledger - Back to homepage", "World"]
    doc = clean("\n".join([*top, "Mediators gather in Lakeport", *PARAGRAPHS]))
    assert doc.source == "The Northern Ledger"
    top[2] = "The Northern Ledger - Back to home"
    assert clean("\n".join([*top, "Mediators gather in Lakeport", *PARAGRAPHS])).source == (
        "The Northern Ledger"
    )
    assert clean(
        "\n".join(["NORTHERN-LEDGER.COM", "Mediators gather in Lakeport", *PARAGRAPHS])
    ).source == ("northern-ledger.com")
    # Further down the page, such a line is someone else's (a partner's, an advertiser's).
    low = "\n".join(["Mediators gather in Lakeport", *PARAGRAPHS, "Kestria Wire logo"])
    assert clean(low).source is None


def test_a_label_on_the_line_above_a_date_is_its_cue() -> None:
    text = "\n".join(["Mediators gather in Lakeport", "Last updated:", "Dec 12, 2025", *PARAGRAPHS])
    source = SourceDocument(source_path="pasted.txt", raw_text=text)
    draft, _title = read_source(source, Settings(), shipped_models())
    assert "Last updated: Dec 12, 2025" in [d.text for d in draft.datelines]
    assert clean(text).published == "2025-12-12"


def test_a_publication_and_a_modification_stamp_on_one_line() -> None:
    doc = clean(
        "\n".join(
            [
                "Mediators gather in Lakeport",
                "Sat 14 Jan 2017 10.23 GMT Last modified on Sun 15 Jan 2017 08.00 GMT",
                *PARAGRAPHS,
            ]
        )
    )
    assert (doc.title, doc.published) == ("Mediators gather in Lakeport", "2017-01-14")
    assert "Last modified on Sun 15 Jan 2017 08.00 GMT" in [r.text for r in doc.removed]
    # "First published on ..." under it is one stamp, not a word and a stamp.
    lines = ["Mediators gather in Lakeport", "Sun 15 Jan 2017 08.00 GMT"]
    lines.append("First published on Sat 14 Jan 2017 10.23 GMT")
    doc = clean("\n".join([*lines, *PARAGRAPHS]))
    assert "First published on Sat 14 Jan 2017 10.23 GMT" in [r.text for r in doc.removed]


def test_headlines_listed_under_a_related_links_label_are_set_aside() -> None:
    """The model alone keeps a related story's headline between two paragraphs; under a
    "Related Coverage" label it is a link, and the paragraph after the list stays."""
    text = "\n".join(
        [
            "Mediators gather in Lakeport for a fifth round of ceasefire talks",
            *PARAGRAPHS[:3],
            "Related Coverage",
            "Holm says her government will not sign away the river crossings",
            'Observers count thirty incidents along the line, calling it "a bad sign"',
            *PARAGRAPHS[3:],
        ]
    )
    result = clean(text)
    assert "Holm says" not in result.text and "Observers count" not in result.text
    assert PARAGRAPHS[3] in result.text and PARAGRAPHS[2] in result.text
    reasons = {r.text: r.reason for r in result.removed}
    assert (
        "headline under a links label"
        in reasons["Holm says her government will not sign away the river crossings"]
    )


def test_a_headline_under_a_read_also_label_is_no_title_nor_text() -> None:
    """A page pasted without its headline: the only headline-like line is another article's,
    listed under "Read also", and it is neither the title nor the article's."""
    link = "Holm: Northland ready to talk with the new mediators"
    text = "\n".join([*PARAGRAPHS[:3], "Share", "Read also", link, *PARAGRAPHS[3:]])
    result = clean(text)
    assert result.title != link and link not in (result.title or "")
    assert link not in result.text
    assert PARAGRAPHS[3] in result.text


def test_a_caption_with_the_agency_before_the_photographer_is_set_aside() -> None:
    caption = "Photo taken on March 3 shows the opening session of the talks. (Reuters/Jane Roe)"
    result = clean("\n".join([*PARAGRAPHS[:2], caption, *PARAGRAPHS[2:]]))
    assert caption not in result.text
    assert PARAGRAPHS[2] in result.text


def test_a_caption_beside_its_photo_credit_is_set_aside_with_it() -> None:
    text = "\n".join(
        [
            "Mediators gather in Lakeport for a fifth round of ceasefire talks",
            *PARAGRAPHS[:2],
            "AP Photo/Jane Roe",
            "Foreign Minister Dana Holm speaks to reporters at the conference centre in Lakeport.",
            *PARAGRAPHS[2:],
        ]
    )
    result = clean(text)
    assert "speaks to reporters" not in result.text
    assert all(paragraph in result.text for paragraph in PARAGRAPHS)
    reasons = {r.text: r.reason for r in result.removed}
    caption = "Foreign Minister Dana Holm speaks to reporters at the conference centre in Lakeport."
    assert reasons[caption] == "credit: a photo's caption beside its credit"


def test_a_signed_photo_credit_and_its_caption_without_a_full_stop_are_set_aside() -> None:
    """ "\u00a9 Wire 2017/ Jane Roe" is a photo's credit (not the outlet's copyright), and the
    line under it a caption even without its full stop; a headline over a credit is none."""
    caption = "Delegates attend the fifth round of talks in Lakeport"
    text = "\n".join(
        [
            "Holm Meets Voss in Lakeport",
            "\u00a9 Northern Ledger / John Doe",
            *PARAGRAPHS[:2],
            "\u00a9 Wire 2017/ Jane Roe",
            caption,
            *PARAGRAPHS[2:],
        ]
    )
    result = clean(text)
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["\u00a9 Wire 2017/ Jane Roe"].startswith("credit")
    assert reasons["\u00a9 Northern Ledger / John Doe"].startswith("credit")
    assert reasons[caption] == "credit: a photo's caption beside its credit"
    assert result.title == "Holm Meets Voss in Lakeport"
    assert result.source is None  # a photo's agency is not the outlet
    assert all(paragraph in result.text for paragraph in PARAGRAPHS)


def test_a_handout_credit_and_the_caption_saying_who_stands_where_are_set_aside() -> None:
    text = "\n".join(
        [
            "Mediators gather in Lakeport for a fifth round of ceasefire talks",
            *PARAGRAPHS[:2],
            "Lakeport Conference Centre/Handout via REUTERS",
            "Dana Holm, centre, chairs the opening session of the talks in Lakeport.",
            *PARAGRAPHS[2:],
        ]
    )
    result = clean(text)
    assert all(paragraph in result.text for paragraph in PARAGRAPHS)
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["Lakeport Conference Centre/Handout via REUTERS"].startswith("credit")
    caption = "Dana Holm, centre, chairs the opening session of the talks in Lakeport."
    assert reasons[caption] == "credit: a photo's caption beside its credit"


def test_a_live_page_s_entry_stamps_are_set_aside_and_its_entry_headlines_are_headings() -> None:
    text = "\n".join(
        [
            "Lakeport talks live: mediators announce a truce",
            "23:15 GMT",
            "Truce to begin at 6am Saturday, mediators say",
            PARAGRAPHS[0],
            "21:40 GMT",
            "Residents report heavy shelling in the south of Lakeport",
            PARAGRAPHS[1],
            PARAGRAPHS[2],
            "18:05 GMT",
            PARAGRAPHS[3],
        ]
    )
    result = clean(text)
    assert all(paragraph in result.text for paragraph in PARAGRAPHS[:4])
    assert "GMT" not in result.text
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["21:40 GMT"] == "dateline: a live page's time stamp for its entry"
    assert [h.text for h in result.headings][-1] == (
        "Residents report heavy shelling in the south of Lakeport"
    )
    # An entry that opens on its sentence has no heading.
    assert PARAGRAPHS[3] not in [h.text for h in result.headings]


def test_a_breadcrumb_part_on_a_line_of_its_own_gives_the_title_without_its_separator() -> None:
    doc = clean(
        "Search\n| Resources\n| News\n| Mediators gather in Lakeport for a fifth round\n"
        + "\n".join(PARAGRAPHS)
    )
    assert doc.title == "Mediators gather in Lakeport for a fifth round"


def test_a_gallery_s_captions_between_their_credits_are_set_aside() -> None:
    """A gallery pasted into the text: each caption followed by its credit in brackets ("(By
    Jane Roe -- Associated Press)"), the next caption glued to the credit."""
    captions = [
        "Delegates pass in front of the conference centre in Lakeport.",
        "LAKEPORT: The old harbour is the scene of a building frenzy.",
    ]
    text = "\n".join(
        [
            *PARAGRAPHS[:2],
            captions[0],
            f"(By Jane Roe -- Associated Press) {captions[1]}",
            f"(By John Doe -- The Northern Ledger) {PARAGRAPHS[2]}",
            *PARAGRAPHS[3:],
        ]
    )
    result = clean(text)
    reasons = {r.text: r.reason for r in result.removed}
    assert reasons["(By Jane Roe -- Associated Press)"].startswith("credit")
    assert all(reasons[c] == "credit: a photo's caption beside its credit" for c in captions)
    assert all(paragraph in result.text for paragraph in PARAGRAPHS)


def test_a_full_article_label_gives_the_headline_after_it_and_sets_the_one_before_aside() -> None:
    """A wire page opens on another article's headline in its top-news box, then "Full Article"
    and this article's headline, on one line or two."""
    other = "Ferry runs aground off Lakeport harbour, none hurt"
    headline = "Mediators gather in Lakeport for a fifth round"
    body = "\n".join(PARAGRAPHS)
    for page in (
        f"{other}\nFull Article {headline}\n{body}",
        f"{other} Full Article {headline}\n{body}",
    ):
        doc = clean(page)
        assert doc.title == headline
        assert other not in doc.text and "Full Article" not in doc.text
        removed = " ".join(r.text for r in doc.removed)
        assert other in removed and "Full Article" in removed
        assert all(paragraph in doc.text for paragraph in PARAGRAPHS)


def test_a_further_wire_story_s_dateline_is_set_aside_and_its_sentence_kept() -> None:
    """A page that runs a second wire story under the first: its opening dateline ("LAKEPORT
    (Reuters) -") is set aside wherever it stands, as the first story's is."""
    second = "Ferry services across the lake resumed on Friday after a week of storms."
    text = "\n".join(
        [
            "LAKEPORT (Reuters) - " + PARAGRAPHS[0],
            *PARAGRAPHS[1:4],
            f"LAKEPORT (Reuters) - {second}",
        ]
    )
    doc = clean(text)
    assert second in doc.text.split("\n")
    assert "(Reuters)" not in doc.text
    assert [r.text for r in doc.removed].count("LAKEPORT (Reuters) -") == 2
    # Prose that only names an agency in brackets keeps it.
    quoted = "The agency (Reuters) - as its editors put it - did not say more."
    assert quoted in clean("\n".join([*PARAGRAPHS[:4], quoted])).text


def test_a_wire_story_s_key_points_and_two_datelines_are_set_aside_and_its_ticker_is_whole() -> (
    None
):
    """A wire page as crawled: the key points run into the dateline, which comes twice (the
    page's and the wire's), and a ticker broken over two lines at its dot."""
    text = "\n".join(
        [
            "\\* Ferry operator says services will resume \\* Lake authority to review safety "
            "LAKEPORT, March 3 | Fri Mar 3, 2023 5:23 pm EDT LAKEPORT, March 3 (Reuters) - "
            "Lake Ferries (LKF.",
            "L) said on Friday it would resume services across the lake after a week of storms.",
            *PARAGRAPHS,
        ]
    )
    doc = clean(text)
    first = doc.text.split("\n")[0]
    assert first == (
        "Lake Ferries (LKF.L) said on Friday it would resume services across the lake after a "
        "week of storms."
    )
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["\\* Ferry operator says services will resume"].startswith("summary")
    assert reasons["\\* Lake authority to review safety"].startswith("summary")
    assert "LAKEPORT, March 3 (Reuters) -" in " ".join(reasons)
    assert doc.title is None and doc.published == "2023-03-03"


def test_a_news_lead_above_a_block_of_player_widgets_is_the_article_s() -> None:
    """Three lines of an audio player between the lead and the rest of the story do not cut
    the lead off as a teaser above the article."""
    lead = (
        "Kestria and Almora agreed on Tuesday to extend the ceasefire on the Veran river, "
        "as two days of talks in Lakeport ended."
    )
    doc = clean(
        "Posted: Jan 24, 2017 10:42 AM ET | Last Updated: January 24, 2017\n"
        "Veran talks end with a deal to extend the truce\n"
        "'We are not satisfied,' says farmers' leader\n"
        "The Associated Press\n"
        f"{lead}\n"
        "Listen to this article\n"
        "Estimated 3 minutes\n"
        "The voice in this audio is AI-generated.\n"
        '"We are not satisfied," farmers\' leader Ruth Okafor told reporters.\n'
        "The next round of talks is expected in Geneva on Feb. 8.\n"
        "\u00a92017 The Associated Press\n"
        "Report Typo or Error\n"
        "Related Stories\n"
        "Veran peace talks open in Lakeport\n"
        "Comments\n"
    )
    assert doc.text.startswith(lead)
    assert "Ruth Okafor told reporters." in doc.text and doc.text.endswith("on Feb. 8.")
    assert "AI-generated" not in doc.text


def test_a_short_closing_sentence_under_a_related_link_is_the_article_s() -> None:
    """ "The talks are scheduled to continue on Tuesday." under a "RELATED:" link and a
    follow prompt is the article's last sentence, not furniture after it; a labelled link to
    another article and an outlet's standards note never are the article's."""
    doc = clean(
        "Veran talks: Kestria and Almora trade accusations in Lakeport\n"
        "By Jane Roe, CNN\n"
        "Updated 3:45 PM EST, Mon January 23, 2017\n"
        "Lakeport, Kestria (CNN) \u2014 Kestrian and Almoran negotiators traded accusations on "
        "Monday as the first day of talks on the Veran dam ended without direct contact.\n"
        "The Almoran delegation accused Kestria of filling the reservoir too fast, while "
        'Kestria\'s chief negotiator called the charge "a show for the cameras."\n'
        "Follow @CNNbrk on Twitter\n"
        "RELATED: What you need to know about the Veran talks\n"
        "Read more: Farmers say the river is lower than ever\n"
        "The talks are scheduled to continue on Tuesday.\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
        "CNN's Angela Dewan contributed to this report.\n"
    )
    assert doc.text.endswith("The talks are scheduled to continue on Tuesday.")
    doc = clean(
        "Tue Jan 24, 2017 | 2:52pm EST\n"
        "Kestria, Almora to monitor Veran flows after Lakeport talks\n"
        "By Jane Roe and John Doe | LAKEPORT\n"
        "Kestria and Almora said on Tuesday they would set up a joint mechanism to monitor the "
        "Veran river's flow, at the end of two days of talks in the Kestrian capital.\n"
        "The statement was read out by Kestrian Foreign Minister Idris Calloway.\n"
        "Read more: Farmers say they will not accept the new flow figures\n"
        "The talks did not produce a political agreement.\n"
        "(Additional reporting by Tom Perry in Sella; Editing by Richard Balm)\n"
        "Our Standards: The Thomson Reuters Trust Principles.\n"
        "Sign up for our newsletter\n"
    )
    assert "Read more" not in doc.text and "Our Standards" not in doc.text
    assert doc.text.endswith("The talks did not produce a political agreement.")


def test_an_agency_signing_in_several_ways_is_one_outlet() -> None:
    """ "(AP)" in a dateline and "Copyright 2017 The Associated Press" under another article
    name one outlet, as do "(Reuters)" and "\u00a9 2017 Thomson Reuters"; others are kept as
    named."""
    lead = "Kestria and Almora said on Monday they would attend the talks in Lakeport next week."
    signed = {
        "LAKEPORT (AP) \u2014 ": "",
        "": "Copyright 2017 The Associated Press. All rights reserved.",
        "LAKEPORT (Reuters) - ": "",
        " ": "\u00a9 2017 Thomson Reuters. All rights reserved.",
        "LAKEPORT (The Lakeport Ledger) - ": "",
        "  ": "Our Standards: The Thomson Reuters Trust Principles.",
    }
    sources = [
        clean(
            f"Veran talks to open in Lakeport\nJanuary 16, 2017\n{dateline}{lead}\n"
            "The talks are expected to last two days, the ministry added in a statement.\n"
            f"{footer}\n"
        ).source
        for dateline, footer in signed.items()
    ]
    assert sources == [
        "The Associated Press",
        "The Associated Press",
        "Reuters",
        "Reuters",
        "The Lakeport Ledger",
        "Reuters",  # an outlet's standards note names it
    ]


def test_a_gallery_s_dated_captions_and_their_run_in_credits_are_set_aside() -> None:
    captions = [
        "May 4: Delegates walk past the conference centre in Lakeport.",
        "May 3: A ferry crosses the river near the disputed crossing.",
    ]
    first, second = PARAGRAPHS[0], PARAGRAPHS[1]
    doc = clean(
        "\n".join(
            [
                captions[0],
                "AP " + captions[1],
                f"AFP/Getty Images LAKEPORT -- {first}",
                f"ESA {second}",
                *PARAGRAPHS[2:],
            ]
        )
    )
    # (An agency's name before prose is a credit only after a caption.)
    assert doc.text.startswith(first) and f"ESA {second}" in doc.text
    removed = [(r.text, r.reason) for r in doc.removed]
    for caption in captions:
        assert (caption, "credit: a photo's caption led by its day") in removed
    assert [text for text, reason in removed if reason.endswith("run into the text")] == [
        "AP",
        "AFP/Getty Images",
    ]
    # A chronology keeps its dates, and a line that only opens on an agency's name is prose.
    entries = [
        "May 3: The delegations of both governments arrive in Lakeport for a fifth round.",
        "May 4: The talks open with a statement by the mediators on the river crossings.",
    ]
    prose = "AP Lakeport reporters counted thirty incidents along the river since December."
    kept = clean("\n".join([first, *entries, prose, *PARAGRAPHS[1:]]))
    assert all(entry in kept.text for entry in entries) and prose in kept.text


def test_a_lead_under_its_dateline_s_place_is_no_headline() -> None:
    doc = clean("\n".join(["LAKEPORT -- What makes a ceasefire hold?", *PARAGRAPHS]))
    assert doc.title is None and doc.text.startswith("What makes a ceasefire hold?")


def test_a_caption_closed_by_who_took_it_and_where_it_was_posted_is_set_aside() -> None:
    caption = (
        "The defence minister (C) speaks during the talks in Lakeport on March 4, 2025. "
        "(Northland Defence Ministry / Telegram)"
    )
    doc = clean("\n".join([caption, *PARAGRAPHS]))
    assert doc.text.startswith(PARAGRAPHS[0])
    assert (caption, "credit: a caption and its photo credit") in [
        (r.text, r.reason) for r in doc.removed
    ]
    # Brackets that close a sentence's own words, not after its full stop, are the sentence's.
    line = "The talks moved from the capital to the border town (Lakeport / Veran) on Monday."
    assert line in clean("\n".join([*PARAGRAPHS[:2], line, *PARAGRAPHS[2:]])).text


def test_a_note_from_the_author_under_the_article_is_set_aside() -> None:
    note = [
        "Note from the author:",
        "Hi, this is Jane Roe. I wrote this article for you. Please consider supporting us.",
    ]
    doc = clean("\n".join([*PARAGRAPHS, *note, "Become a member"]))
    assert doc.text.endswith(PARAGRAPHS[-1])
    assert {r.text: r.reason for r in doc.removed}[note[0]] == "byline: a note about the author"


def test_a_linked_headline_under_its_kicker_under_the_article_is_set_aside() -> None:
    linked = "Lakeport talks latest: Drones strike the river crossings hours after talks end"
    lines = prepare("\n".join([*PARAGRAPHS, linked]))
    lines, keep = _headlines_under(lines, [True] * len(lines))  # the model kept it
    assert keep == [True] * len(PARAGRAPHS) + [False]
    assert lines[-1].label.reason == "furniture: a linked headline under the article"
    # A closing note under a word and a colon is the article's.
    note = "Note: The figures are from the mediators' count of 2 May, 2025"
    lines = prepare("\n".join([*PARAGRAPHS, note]))
    assert all(_headlines_under(lines, [True] * len(lines))[1])


def test_the_outlet_crediting_the_agencies_its_story_draws_on_names_the_source() -> None:
    doc = clean("\n".join(["Text by: NEWS WIRES", *PARAGRAPHS, "(LEDGER 24 with AFP and Reuters)"]))
    assert doc.source == "Ledger 24"
    assert doc.text == "\n".join(PARAGRAPHS)
    assert {r.text: r.reason for r in doc.removed}["Text by: NEWS WIRES"] == "byline"


def test_an_agency_or_an_outlet_s_staff_signing_the_article_names_the_source() -> None:
    top = "Talks resume in Lakeport\n"
    assert clean(top + "Reuters |\nMarch 4, 2025\n" + "\n".join(PARAGRAPHS)).source == "Reuters"
    doc = clean(top + "By\nThe Associated Press\n" + "\n".join(PARAGRAPHS))
    assert doc.source == "The Associated Press"
    doc = clean(top + "By Ledger Staff and Agencies\n" + "\n".join(PARAGRAPHS))
    assert doc.source == "Ledger"
    doc = clean(top + "By Jane Roe\nSenior Staff Writer\n" + "\n".join(PARAGRAPHS))
    assert doc.source is None
    assert byline_outlet("By  Ledgernews with AP") == "Ledgernews"
    assert byline_outlet("By LNN's Northland Service") == "LNN"
    assert byline_outlet("By Jane Roe with Reuters") is None  # a person, not an outlet


def test_a_caption_closed_by_its_agency_is_set_aside_and_a_report_signed_by_it_stays() -> None:
    for caption in (
        "The opposition delegation at the Lakeport talks. (AFP)",
        "The foreign minister (C) reads a statement at the end of the talks. \u2014 AFP",
    ):
        assert prepare(caption)[0].label.reason == "credit: a caption and its photo credit"
    report = "The delegations said they would meet again in Lakeport next month. (AFP)"
    assert prepare(report)[0].label.kind == "body"


def test_a_place_and_an_agency_glued_to_a_dash_are_the_dateline_and_the_outlet() -> None:
    doc = clean("Lakeport, LNA- " + PARAGRAPHS[0] + "\n" + "\n".join(PARAGRAPHS[1:]))
    assert doc.text.startswith(PARAGRAPHS[0])
    assert doc.source == "LNA"


def test_an_outlet_with_agencies_or_its_editorial_staff_signing_names_the_source() -> None:
    assert byline_outlet("NORTHERN LEDGER WITH AGENCIES") == "Northern Ledger"
    assert byline_outlet("LNN Editorial Staff") == "LNN"
    assert byline_outlet("By RFE/RL's Ukrainian Service") == "RFE/RL"


def test_the_story_goes_on_under_a_photo_s_credit() -> None:
    last = "The next round of talks is due to be held in Veran on March 8."
    doc = clean(
        "\n".join(["Talks end in Lakeport", *PARAGRAPHS, "Photo by Northland Agency", last])
    )
    assert doc.text.endswith(last)
    assert ("Photo by Northland Agency", "credit: photo or caption credit") in [
        (r.text, r.reason) for r in doc.removed
    ]


def test_an_outlet_s_appeal_under_the_article_is_set_aside_and_names_it() -> None:
    doc = clean(
        "\n".join(
            [
                "The Lakeport Ledger",
                "Kestria, Sella Agree Prisoner Swap at Lakeport Talks",
                "May 16, 2025",
                "Updated: May 16, 2025",
                "Kestrian and Sellan negotiators agreed on Friday to swap 1,000 prisoners of war "
                "each at their first direct talks since 2022.",
                'Kestrian aide Dana Holm, who led the delegation, said Kestria was "satisfied" '
                "with the talks.",
                "A Message from The Lakeport Ledger:",
                "Dear readers,",
                "We are facing unprecedented challenges. The government has designated The "
                'Lakeport Ledger as an "undesirable" organization.',
                "Support us",
            ]
        )
    )
    assert "Dear readers" not in doc.text and "A Message from" not in doc.text
    assert {"A Message from The Lakeport Ledger:", "Dear readers,"} <= {r.text for r in doc.removed}
    assert APPEAL_REASON in {r.reason for r in doc.removed}
    assert doc.source == "The Lakeport Ledger"
    assert doc.text.endswith("with the talks.")


def test_the_marks_around_a_released_statement_are_set_aside() -> None:
    statement = [
        "The Kestrian Army and the River Brigades signed an agreement on Saturday for a "
        "short-term ceasefire and humanitarian arrangements, after talks in Lakeport that began "
        "on May 6.",
        "The ceasefire will take effect at 21:45 Veran time on May 22 and will last for seven "
        "days, and may be extended with the agreement of both parties.",
        "The agreement will be monitored by a US-Saudi and international supported mechanism.",
    ]
    doc = clean(
        "\n".join(
            [
                "Joint Statement by the Northern League and Sella on the Kestria Ceasefire",
                "Media Note",
                "Office of the Spokesperson",
                "May 20, 2023",
                "The following is the text of a joint statement by the Northern League of "
                "America and the Kingdom of Sella.",
                "Begin Text:",
                *statement,
                "End Text.",
                "Related Articles",
                "May 11, 2023",
                "Kestria's Warring Parties Sign Declaration of Commitment to Protect Civilians",
                "Read More",
            ]
        )
    )
    assert "Begin Text" not in doc.text and "End Text" not in doc.text
    assert {"Begin Text:", "End Text."} <= {r.text for r in doc.removed}
    assert doc.text.endswith(statement[-1])


def test_a_box_of_key_points_at_the_top_is_set_aside_and_is_never_the_title() -> None:
    headline = "Lakeport talks end with a prisoner exchange"
    points = ["The two sides agreed to swap prisoners", "No ceasefire was agreed"]
    doc = clean("\n".join([headline, "Key points:", *points, *PARAGRAPHS]))
    assert doc.title == headline
    assert doc.text == "\n".join(PARAGRAPHS)
    reasons = {r.text: r.reason for r in doc.removed}
    assert all(reasons[p] == "summary: the story's key points" for p in points)
    # A "Summary" over a section further down is the section's heading, its text the story's.
    section = [*PARAGRAPHS[:3], "Summary", *PARAGRAPHS[3:]]
    assert clean("\n".join([headline, *section])).text.endswith("\n".join(PARAGRAPHS[3:]))


def test_a_live_page_keeps_its_entries_and_its_headline_is_the_title() -> None:
    headline = "Lakeport talks live: prisoner swap agreed but no ceasefire"
    entries = [
        "18.02 BST",
        "Talks end after less than two hours",
        "The talks in Lakeport have ended after less than two hours, a Northland official said.",
        "16.40 BST",
        "Prisoner exchange agreed",
        "The foreign minister, Dana Holm, said the two sides had agreed to swap prisoners.",
    ]
    lines = prepare("\n".join([headline, *entries]))
    keep = [x.text == entries[2] or x.text == entries[5] for x in lines]
    lines, keep = _entry_headlines(lines, keep)
    headings = [x.text for x, k in zip(lines, keep, strict=True) if k and x.label.kind == "heading"]
    assert headings == [entries[1], entries[4]]
    texts, labels = [x.text for x in lines], [x.label for x in lines]
    models = shipped_models()
    title = choose_title(texts, labels, keep, models.title, models.title_context)
    assert title not in (entries[1], entries[4])


def test_the_article_runs_on_past_a_video_s_title_to_a_sentence_the_model_takes_for_body() -> None:
    quote = '"We agreed to exchange a thousand prisoners for a thousand," the minister said.'
    texts = [*PARAGRAPHS[:2], "WATCH NOW", "Talks in Lakeport end without a deal", quote]
    labels = [classify(t, features(t)) for t in texts]
    keep = keep_lines(texts, np.array([0.95, 0.95, 0.05, 0.1, 0.6]), labels)
    assert keep == [True, True, False, False, True]
    # Not where the model doubts the sentence under it.
    keep = keep_lines(texts, np.array([0.95, 0.95, 0.05, 0.1, 0.4]), labels)
    assert keep == [True, True, False, False, False]


def test_a_note_where_an_advertisement_stood_never_stays() -> None:
    ad = "Story continues below advertisement"
    lines = prepare("\n".join([*PARAGRAPHS[:2], ad, *PARAGRAPHS[2:]]))
    assert _overrule(lines, [True] * len(lines)) == [x.text != ad for x in lines]


def test_a_caption_s_date_never_dates_the_article() -> None:
    caption = "A view of the talks in Lakeport on March 3, 2025. (Photo by AFP)"
    doc = clean(
        "\n".join(["Talks end in Lakeport", "Tue Mar 4, 2025 02:43PM", caption, *PARAGRAPHS])
    )
    assert doc.published == "2025-03-04"
    assert caption not in doc.text


def test_a_place_and_an_agency_on_a_line_of_their_own_name_the_outlet() -> None:
    doc = clean("\n".join(["Talks end in Lakeport", "LAKEPORT \u2013 Anadolu Agency", *PARAGRAPHS]))
    assert doc.source == "Anadolu Agency"
    assert doc.text == "\n".join(PARAGRAPHS)


def test_a_syndication_note_and_a_post_s_tags_never_stay() -> None:
    note = (
        "(Except for the headline, this story has not been edited by Ledger staff and is "
        "published from a syndicated feed.)"
    )
    lines = prepare("\n".join([*PARAGRAPHS, note, "Tags: Lakeport Veran talks"]))
    assert _overrule(lines, [True] * len(lines)) == [True] * len(PARAGRAPHS) + [False, False]


def test_a_capital_and_a_colon_opening_the_story_are_its_dateline_and_a_speaker_s_name_is_not() -> (
    None
):
    doc = clean("ASTANA: " + PARAGRAPHS[0] + "\n" + "\n".join(PARAGRAPHS[1:]))
    assert doc.text.startswith(PARAGRAPHS[0])
    assert ("ASTANA:", "dateline: place") in [(r.text, r.reason) for r in doc.removed]
    # A transcript's speakers open its lines on their names and a colon.
    doc = clean("HOLM: " + PARAGRAPHS[0] + "\nVOSS: " + "\n".join(PARAGRAPHS[1:]))
    assert doc.text.startswith("HOLM: ")


def test_a_sentence_with_talks_as_a_noun_beside_a_photo_credit_is_no_caption() -> None:
    first = (
        "Northland and Veran delegations met in Lakeport on Friday for their first direct talks "
        "since the early weeks of the war."
    )
    doc = clean(
        "\n".join(
            ["Talks end in Lakeport", "Photo: Jane Roe/AFP via Getty Images", first, *PARAGRAPHS]
        )
    )
    assert doc.text.startswith(first)
    # As a verb before whom it is with, it tells what the photo shows.
    caption = "Holm talks with Veran's foreign minister in Lakeport."
    doc = clean(
        "\n".join(
            [*PARAGRAPHS[:2], "Photo: Jane Roe/AFP via Getty Images", caption, *PARAGRAPHS[2:]]
        )
    )
    assert caption not in doc.text


@pytest.mark.parametrize(
    "headline",
    [
        "Lakeport talks end with a prisoner swap, but no ceasefire",
        "Will the Lakeport talks bring a ceasefire before the winter?",  # a question too
    ],
)
def test_a_headline_over_its_deck_is_the_title_and_the_deck_no_text(headline: str) -> None:
    deck = "The fifth round of talks lasted less than two hours in Lakeport"
    story = [
        "LAKEPORT \u2014 Northern and southern officials agreed Friday to exchange 500 prisoners "
        "each, but their fifth round of talks ended without a ceasefire.",
        "The meeting, hosted by the river commission, lasted less than two hours.",
        "Southern officials said the northern side demanded that its forces keep the river "
        "crossings before any truce.",
        "The foreign minister, Dana Holm, said her government was ready for a meeting of the two "
        "leaders.",
    ]
    furniture = ["Listen", "4 min", "Share", "Comment", "Add to your saved stories", "Save"]
    doc = clean(
        "\n".join(
            [
                "World",
                headline,
                deck,
                *furniture,
                "By Jane Roe and Omar Field",
                "Updated May 16, 2025 at 3:12 p.m. EDT|Published May 16, 2025 at 9:01 a.m. EDT",
                "Delegations meet in Lakeport on Friday. (River Commission/AFP/Getty Images)",
                *story,
                "Share",
                "Comments",
            ]
        )
    )
    assert doc.title == headline
    assert deck not in doc.text and doc.text.startswith(story[0].split(" \u2014 ")[1])
    assert deck in {r.text for r in doc.removed}


def test_a_title_case_headline_under_another_possible_headline_keeps_its_place() -> None:
    # A headline in capitals under another line that might be one is no deck under it.
    headline = "Lakeport Talks End With a Prisoner Exchange"
    doc = clean("\n".join(["The River Commission's guide to the talks", headline, *PARAGRAPHS]))
    assert doc.title == headline


def test_a_place_and_a_name_over_the_story_are_its_dateline_and_the_top_s_name_its_outlet() -> None:
    headline = "Lakeport talks end with a prisoner exchange"
    top = ["Northern Ledger", "English", headline, "Tuesday, 24 January, 2017 - 12:30"]
    doc = clean("\n".join([*top, "Vienna \u2013 Northern Ledger", *PARAGRAPHS]))
    assert doc.text == "\n".join(PARAGRAPHS)
    assert {r.text: r.reason for r in doc.removed}["Vienna \u2013 Northern Ledger"] == (
        "dateline: place and outlet"
    )
    assert doc.source == "Northern Ledger"
    # A name the page's top does not carry may be the reporter's: no outlet from it (the
    # outlet is the one the page's first line names as a logo does).
    other = clean("\n".join([*top, "Vienna \u2013 Jane Roe", *PARAGRAPHS]))
    assert other.text == "\n".join(PARAGRAPHS) and other.source == "Northern Ledger"
    other = clean("\n".join([*top[1:], "Vienna \u2013 Jane Roe", *PARAGRAPHS]))
    assert other.source is None
    # A name before the dash that is no capital, country or place in capitals is no dateline's.
    unplaced = clean("\n".join([*top[1:], "Lakeport \u2013 Northern Ledger", *PARAGRAPHS]))
    assert {r.text: r.reason for r in unplaced.removed}["Lakeport \u2013 Northern Ledger"] != (
        "dateline: place and outlet"
    )
    assert unplaced.source is None


def test_a_byline_signed_by_the_name_at_the_page_s_top_names_the_outlet() -> None:
    doc = clean("\n".join(["Northern Ledger", "By Northern Ledger 24/1/2017", *PARAGRAPHS]))
    assert (doc.source, doc.published) == ("Northern Ledger", "2017-01-24")
    # A reporter's name over the byline, under the headline, is no outlet.
    headline = "Lakeport talks end with a prisoner exchange"
    under = ["World", "Europe", headline, "Jane Roe", "By Jane Roe 24/1/2017", *PARAGRAPHS]
    assert clean("\n".join(under)).source is None


def test_a_national_agency_named_between_the_pipes_of_a_dateline_is_the_outlet() -> None:
    stamp = "World News | Press Trust of India | Updated: January 24, 2017 18:42 IST"
    headline = "Lakeport talks end with a prisoner exchange"
    doc = clean("\n".join([stamp, headline, *PARAGRAPHS]))
    assert (doc.source, doc.published) == ("PTI", "2017-01-24")


def test_a_printed_page_s_jump_line_and_a_newsletter_invitation_never_stay() -> None:
    jump, invitation = (
        "Continued from page 1",
        "Sign up for our Africa newsletter and get the latest news from the continent every week.",
    )
    doc = clean("\n".join([*PARAGRAPHS[:2], jump, PARAGRAPHS[2], invitation, *PARAGRAPHS[3:]]))
    assert doc.text == "\n".join(PARAGRAPHS)
    assert {jump, invitation} <= {r.text for r in doc.removed}


def test_an_agency_signing_the_story_at_its_foot_after_a_dash_names_the_outlet() -> None:
    doc = clean(
        "\n".join(["Lakeport talks end with a prisoner exchange", *PARAGRAPHS, "\u2014 AFP"])
    )
    assert doc.source == "AFP" and "AFP" not in doc.text
    # A name after a dash that is no agency's is no outlet.
    assert source_credit("\u2014 Jane Roe") is None


def test_a_place_in_capitals_and_a_colon_opening_the_story_is_its_dateline() -> None:
    story = ["JEDDAH: " + PARAGRAPHS[0], *PARAGRAPHS[1:]]
    doc = clean("\n".join(["Lakeport talks end with a prisoner exchange", *story]))
    assert doc.text == "\n".join(PARAGRAPHS)
    assert ("JEDDAH:", "dateline: place") in {(r.text, r.reason) for r in doc.removed}
    # A label is no place, nor a speaker's name where the text gives its speakers so.
    labelled = clean("\n".join(["UPDATE: " + PARAGRAPHS[0], *PARAGRAPHS[1:]]))
    assert labelled.text.startswith("UPDATE: ")
    spoken = [f"HOLM: {PARAGRAPHS[0]}", f"FIELD: {PARAGRAPHS[1]}", *PARAGRAPHS[2:]]
    assert clean("\n".join(spoken)).text.startswith("HOLM: ")


def test_the_print_edition_named_under_the_story_is_its_outlet_and_two_places_its_dateline() -> (
    None
):
    story = ["ISLAMABAD/JEDDAH: " + PARAGRAPHS[0], *PARAGRAPHS[1:]]
    doc = clean("\n".join([*story, "Published in Northern Ledger, May 21st, 2023"]))
    assert doc.text == "\n".join(PARAGRAPHS)
    assert (doc.source, doc.published) == ("Northern Ledger", "2023-05-21")
    assert source_credit("Published in 2019, the report ran to 40 pages.") is None


def test_a_flash_label_before_the_headline_is_not_the_title_s() -> None:
    headline = "Lakeport talks end with a prisoner exchange"
    assert clean("\n".join([f"BREAKING: {headline}", *PARAGRAPHS])).title == headline
    # A label that is part of the headline stays.
    assert clean("\n".join([f"Analysis: {headline}", *PARAGRAPHS])).title == f"Analysis: {headline}"


def test_the_story_goes_on_under_an_embedded_post() -> None:
    post = [
        "Both delegations are ready to meet again.",
        "\u2014 Dana Holm (@danaholm) May 16, 2025",
    ]
    closing = "The next round was set for June in Lakeport."
    doc = clean("\n".join([*PARAGRAPHS, *post, closing]))
    assert doc.text.endswith(closing)
    assert post[1] in {r.text for r in doc.removed}


def test_an_outlet_s_staff_or_its_name_crediting_the_story_names_the_source() -> None:
    headline = "Lakeport talks end with a prisoner exchange"
    assert clean("\n".join([headline, "Ledger staff", *PARAGRAPHS])).source == "Ledger"
    # "Source: Ledger" or "Story by Ledger" under the article, under "Ledger" at the page's top.
    for credit in ("Source: Northern Ledger", "Story by Northern Ledger"):
        doc = clean("\n".join(["Northern Ledger", headline, *PARAGRAPHS, credit]))
        assert doc.source == "Northern Ledger" and credit not in doc.text


def test_an_outlet_s_note_on_republishing_its_content_never_stays() -> None:
    note = (
        "The Northern Ledger delivers independent coverage and analysis of the river provinces and "
        "beyond. To learn more about republishing this content and the associated fees, please "
        "fill out this form. More about the Ledger can be found here."
    )
    doc = clean("\n".join([*PARAGRAPHS, note]))
    assert doc.text == "\n".join(PARAGRAPHS) and note in {r.text for r in doc.removed}


def test_an_agency_a_source_line_under_the_story_names_is_its_outlet() -> None:
    doc = clean("\n".join([*PARAGRAPHS, "Source(s): Xinhua News Agency"]))
    assert doc.source == "Xinhua"
    # Inside the story, such a line credits a chart: no outlet from it.
    inside = [*PARAGRAPHS[:2], "Source: Bloomberg", *PARAGRAPHS[2:]]
    assert clean("\n".join(inside)).source is None


def test_the_story_goes_on_past_where_an_advertisement_stood() -> None:
    closing = "The two sides signed the deal in Lakeport after two weeks of talks."
    doc = clean("\n".join([*PARAGRAPHS, "Sponsor Message", closing]))
    assert doc.text.endswith(closing) and "Sponsor Message" not in doc.text


def test_a_dateline_closed_by_a_full_stop_is_split_and_names_its_agency() -> None:
    # "YEREVAN, AUGUST 8, ARMENPRESS. Prime Minister ...": a place, the date, the agency.
    opening = "LAKEPORT, MARCH 3, 2025, LEDGERPRESS. " + PARAGRAPHS[0]
    doc = clean("\n".join([opening, *PARAGRAPHS[1:]]))
    assert doc.text == "\n".join(PARAGRAPHS)
    assert (doc.published, doc.source) == ("2025-03-03", "Ledgerpress")
    # The place may be followed by its country, and no agency need sign.
    rest, dateline = split_leading_dateline("Lakeport, Northland, March 3. " + PARAGRAPHS[0])
    assert (rest, dateline) == (PARAGRAPHS[0], "Lakeport, Northland, March 3.")
    # A sentence that tells of a day is no dateline.
    told = "Lakeport, the river port, fell on March 3. The army left."
    assert split_leading_dateline(told) == (told, None)


def test_an_agency_after_the_date_of_a_dateline_of_its_own_is_the_outlet() -> None:
    # "Baku, March 13, AZERTAC" over the story; a country there is no outlet.
    doc = clean("\n".join(["Paris, March 3, 2025, LEDGERPRESS", *PARAGRAPHS]))
    assert (doc.published, doc.source) == ("2025-03-03", "Ledgerpress")
    assert clean("\n".join(["Paris, March 3, Germany", *PARAGRAPHS])).source is None


def test_the_site_named_in_a_dateline_of_pieces_is_the_outlet_however_far_above() -> None:
    widgets = ["Share", "Text Size", "Small", "Medium", "Large", "AA", "Default", "Comments"]
    doc = clean(
        "\n".join(
            [
                "Lakeport talks end with a prisoner exchange",
                "World Desk / NORTHERNLEDGER.COM / Updated: Mar 3, 2025, 06:12 IST",
                *widgets,
                *PARAGRAPHS,
            ]
        )
    )
    assert doc.source == "northernledger.com" and doc.published == "2025-03-03"


def test_a_name_atop_the_page_that_the_page_names_as_its_outlet_is_the_source() -> None:
    headline = "Lakeport talks end with a prisoner exchange"
    for again in (
        "Support Ledger Media's independent journalism",
        "Jane Roe is the river provinces editor at Ledger Media.",
        "CLICK HERE TO GET THE LEDGER MEDIA APP",
        "Ledger Media' Jane Roe contributed to this report.",
    ):
        doc = clean("\n".join(["Ledger Media", "Politics", headline, *PARAGRAPHS, again]))
        assert doc.source == "Ledger Media", again
    # A name set in capitals at the top is given as the page writes it elsewhere.
    doc = clean("\n".join(["LEDGER MEDIA", headline, *PARAGRAPHS, "Support Ledger Media!"]))
    assert doc.source == "Ledger Media"
    # An agency signing its report by the name without its "News Agency".
    signed = PARAGRAPHS[0][:-1] + ", Ledger reports."
    doc = clean("\n".join(["Ledger News Agency", headline, signed, *PARAGRAPHS[1:]]))
    assert doc.source == "Ledger News Agency"
    # A section's name atop the page, named again in a menu, is none.
    doc = clean("\n".join(["Politics", headline, *PARAGRAPHS, "More from Politics"]))
    assert doc.source is None


def test_an_archive_photo_s_caption_and_a_place_over_the_story_are_set_aside() -> None:
    caption = (
        "FILE - Dana Holm, left, and Omar Field attend a meeting in Lakeport, Northland, May 16, "
        "2025."
    )
    head = ["Ledger", "Print", "Lakeport talks end", "March 3, 2025 6:10 PM", "By Jane Roe"]
    doc = clean("\n".join([*head, caption, "LAKEPORT \u2014", *PARAGRAPHS]))
    assert doc.text == "\n".join(PARAGRAPHS)
    assert {caption, "LAKEPORT \u2014"} <= {r.text for r in doc.removed}
    assert not reads_as_file_photo_caption("FILE: the documents filed in court")


def test_a_link_s_prompt_a_caption_by_its_source_and_a_label_in_another_script_never_stay() -> None:
    prompt = "CLICK HERE TO GET THE LEDGER APP"
    caption = "The river crossing at Lakeport was built in 1992. Photo via the Ledger."
    lines = [
        "\u0420\u0443\u0441\u0441\u043a\u0438\u0439",
        *PARAGRAPHS[:2],
        prompt,
        caption,
        *PARAGRAPHS[2:],
    ]
    doc = clean("\n".join(lines))
    assert doc.text == "\n".join(PARAGRAPHS)
    assert {prompt, caption} <= {r.text for r in doc.removed}


def test_a_place_and_a_long_dash_opening_the_article_is_its_dateline() -> None:
    doc = clean("\n".join(["Port Lakeland \u2014 " + PARAGRAPHS[0], *PARAGRAPHS[1:]]))
    assert doc.text == "\n".join(PARAGRAPHS)
    assert "Port Lakeland \u2014" in {r.text for r in doc.removed}
    # Not a label ("Analysis \u2014 ...").
    labelled = "Analysis \u2014 " + PARAGRAPHS[0]
    assert clean("\n".join([labelled, *PARAGRAPHS[1:]])).text.startswith(labelled)
    # A list's item under a short dash ("John Lewis \u2013 UK based.") stays whole.
    item = "Ledger Travel \u2013 Easy to book online. Also has multitrip coverage."
    assert clean("\n".join([item, *PARAGRAPHS])).text.startswith(item)


def test_more_ways_a_page_names_its_outlet_again() -> None:
    headline = "Lakeport talks end with a prisoner exchange"
    # A dateline the name opens; a correspondent of it; a brand in small letters.
    doc = clean("\n".join(["Ledger Online", headline, "Ledger Online , Wednesday 15 Jan 2025",
                           *PARAGRAPHS]))  # fmt: skip
    assert doc.source == "Ledger Online"
    again = "Jane Roe is a Ledger News correspondent based in Lakeport."
    assert clean("\n".join(["Ledger News", headline, *PARAGRAPHS, again])).source == "Ledger News"
    again = "Join ledgernews on Facebook"
    assert clean("\n".join(["ledgernews", headline, *PARAGRAPHS, again])).source == "ledgernews"


def test_a_note_opening_on_the_author_s_name_over_the_article_is_set_aside() -> None:
    # "Omar Field" over an opinion piece, "Omar Field is a senior fellow at ..." at its foot.
    headline = "The talks are fragile. Here is how to make them last"
    note = "Omar Field is a senior fellow at the Lakeport Institute."
    doc = clean("\n".join(["Opinion", headline, "Omar Field", "March 3, 2025", *PARAGRAPHS, note]))
    assert doc.title == headline
    assert doc.text == "\n".join(PARAGRAPHS)
    assert {"Omar Field", note} <= {r.text for r in doc.removed}
    # A name the page does not set over the article opens the story's own sentence.
    told = "Dana Holm is the mediators' choice to chair the next round."
    assert clean("\n".join([headline, *PARAGRAPHS, told])).text.endswith(told)


def test_a_dateline_closed_by_an_agency_s_initials_in_brackets() -> None:
    # "Addis Ababa October 25/2022 (ENA) The African Union-led peace talks ...".
    doc = clean("\n".join(["Paris October 3/2025 (LNA) " + PARAGRAPHS[0], *PARAGRAPHS[1:]]))
    assert doc.text == "\n".join(PARAGRAPHS)
    assert (doc.published, doc.source) == ("2025-10-03", "LNA")
    # A time zone in brackets is no agency.
    for zone in ("GMT", "IST", "CET", "EAT"):
        rest, dateline = split_leading_dateline(f"LONDON, May 3, 2023 ({zone}) " + PARAGRAPHS[0])
        assert dateline is None, zone


def test_a_republished_article_s_notes_are_set_aside_and_name_its_outlet() -> None:
    headline = "The Lakeport deal: what it says and what comes next"
    lines = [
        headline,
        "Published: November 3, 2022 8:14am SAST",
        "Author",
        "Dana Holm",
        "Professor of Politics, University of Lakeport",
        "Disclosure statement",
        "Dana Holm does not work for, consult, own shares in or receive funding from any company "
        "or organisation that would benefit from this article.",
        "Partners",
        "University of Lakeport provides funding as a member of The Ledger Review.",
        *PARAGRAPHS,
        "This article is republished from The Ledger Review under a Creative Commons license. "
        "Read the original article.",
    ]
    doc = clean("\n".join(lines))
    assert doc.text == "\n".join(PARAGRAPHS)
    assert (doc.title, doc.source) == (headline, "The Ledger Review")


def test_the_name_atop_the_page_again_under_the_byline_and_an_agency_under_the_story() -> None:
    headline = "Lakeport talks end with a prisoner exchange"
    top = ["The Northern Ledger", "News", headline, "By Jane Roe", "The Northern Ledger"]
    assert clean("\n".join([*top, "March 3, 2025", *PARAGRAPHS])).source == "The Northern Ledger"
    # Not a date that the top of the page shows too.
    dated = ["March 3, 2025", "News", headline, "By Jane Roe", "March 3, 2025"]
    assert clean("\n".join([*dated, *PARAGRAPHS])).source is None
    # "AFP" alone under the story: the agency's story.
    assert clean("\n".join([headline, *PARAGRAPHS, "AFP", "Related"])).source == "AFP"


def test_a_live_page_s_last_entry_under_its_time_stamp_stays() -> None:
    entries = [
        "The first commercial flight between Lakeport and Northport in more than a year landed "
        "in Northport on Friday, in line with the ceasefire agreement.",
        "Northern Airlines said it would run two flights a week on the route.",
        "The mission welcomed the resumption of flights as a first step in implementing the "
        "agreement.",
    ]
    lines = ["Breaking News", "Lakeport news live: flights resume between the two cities",
             "Updated 30 October 2020 14:02", "14:02", entries[0], "11:40", entries[1], "09:15",
             entries[2]]  # fmt: skip
    doc = clean("\n".join(lines))
    assert doc.text == "\n".join(entries)


def test_a_dateline_s_outlet_is_named_without_its_staff() -> None:
    doc = clean("\n".join(["October 24, 2020 | Northern Ledger Staff", *PARAGRAPHS]))
    assert doc.source == "Northern Ledger"


def test_a_place_and_an_agency_s_initials_before_a_dash_name_the_outlet() -> None:
    doc = clean("\n".join(["Lakeport talks end", "Paris, LNA \u2013 " + PARAGRAPHS[0],
                           *PARAGRAPHS[1:]]))  # fmt: skip
    assert (doc.source, doc.text) == ("LNA", "\n".join(PARAGRAPHS))
    # A country's code there is no agency.
    doc = clean("\n".join(["Lakeport talks end", "LONDON, UK \u2013 " + PARAGRAPHS[0],
                           *PARAGRAPHS[1:]]))  # fmt: skip
    assert doc.source is None


def test_a_transcript_s_question_is_no_title_and_a_release_s_note_no_text() -> None:
    lines = [
        "Q: The talks in Lakeport ended yesterday. What is your comment?",
        "A: " + PARAGRAPHS[0],
        *PARAGRAPHS[1:],
        "For information media. Not an official record.",
    ]
    doc = clean("\n".join(lines))
    assert "comment" not in (doc.title or "") and lines[0] in doc.text
    assert doc.text.endswith(PARAGRAPHS[-1])
    # Nor is the question without its "Q:".
    rows = candidates(lines, [True] * len(lines))
    assert (0, lines[0][3:]) in rows
    labels = [classify(line, features(line)) for line in lines]
    assert _ruled_out(lines, labels, 0, lines[0][3:])


def test_a_date_written_with_the_arabic_comma_is_the_article_s_date() -> None:
    # SANA's English pages: "24 January\u060c 2017" under the headline.
    for dateline in ("24 January\u060c 2017", "January 24\u060c 2017"):
        doc = clean("\n".join(["Lakeport talks end", dateline, *PARAGRAPHS]))
        assert doc.published == "2017-01-24", dateline
        assert doc.text == "\n".join(PARAGRAPHS)


def test_a_place_in_brackets_after_the_date_is_no_outlet() -> None:
    # Sudan Tribune's "May 31, 2023 (KHARTOUM) \u2013": the place it was filed from.
    for place in ("KHARTOUM", "LAKEPORT"):
        doc = clean(
            "\n".join(["Lakeport talks end", f"March 3, 2025 ({place}) \u2013", *PARAGRAPHS])
        )
        assert (doc.published, doc.source) == ("2025-03-03", None), place
        assert doc.text == "\n".join(PARAGRAPHS)
    # An agency's name there is the outlet.
    doc = clean("\n".join(["Lakeport talks end", "March 3, 2025 (AFP) \u2013", *PARAGRAPHS]))
    assert doc.source == "AFP"


def test_a_screen_reader_s_list_of_related_stories_is_set_aside() -> None:
    # Al Jazeera's "Recommended Stories" box as a browser copies it, inside the article.
    box = [
        "Recommended Stories",
        "list of 3 items",
        "list 1 of 3",
        "Lakeport: what is behind the fighting?",
        "list 2 of 3",
        "Photos: families flee across the northern border",
        "list 3 of 3",
        "Thousands flee Lakeport as fighting rages",
        "end of list",
    ]
    doc = clean("\n".join(["Lakeport talks end", *PARAGRAPHS[:2], *box, *PARAGRAPHS[2:]]))
    assert doc.text == "\n".join(PARAGRAPHS)
    removed = {r.text for r in doc.removed}
    assert set(box) <= removed


def test_a_quotation_given_to_he_or_she_under_the_article_s_last_line_stays() -> None:
    quote = "\u201cPeople here say they have heard this before,\u201d she said."
    lines = [*PARAGRAPHS, quote, "Source: The Northern Ledger and news agencies"]
    probabilities = np.array([0.9] * len(PARAGRAPHS) + [0.26, 0.2])
    labels = [classify(line, features(line)) for line in lines]
    assert keep_lines(lines, probabilities, labels)[len(PARAGRAPHS)]
    # Not where it is no quotation's closing attribution, nor over the article.
    other = "People here say they have heard it all before from them."
    lines[len(PARAGRAPHS)] = other
    labels[len(PARAGRAPHS)] = classify(other, features(other))
    assert not keep_lines(lines, probabilities, labels)[len(PARAGRAPHS)]


def test_the_page_s_first_line_naming_an_outlet_as_a_logo_is_the_source() -> None:
    for top in ("Lakeport Times", "Northern News Agency", "Al-Ledger", "Daily Lakeport", "AFP"):
        doc = clean("\n".join([top, "Lakeport talks end", "March 3, 2025", *PARAGRAPHS]))
        assert doc.source == canonical_outlet(top), top
    # A section's name, a menu word or a product is none.
    for top in ("World News", "Career News", "Post", "Daily Perfecting Lotion", "News|Conflict"):
        doc = clean("\n".join([top, "Lakeport talks end", "March 3, 2025", *PARAGRAPHS]))
        assert doc.source is None, top
    # Whatever else names the outlet comes first.
    doc = clean("\n".join(["Lakeport Times", "Lakeport talks end", "March 3, 2025 | The "
                           "Northern Ledger", *PARAGRAPHS]))  # fmt: skip
    assert doc.source == "The Northern Ledger"


def test_a_place_and_an_agency_before_a_hyphen_or_three_are_the_dateline() -> None:
    doc = clean("\n".join(["Lakeport talks end", "Paris, LNA - " + PARAGRAPHS[0], *PARAGRAPHS[1:]]))
    assert (doc.source, doc.text) == ("LNA", "\n".join(PARAGRAPHS))
    doc = clean("\n".join(["Lakeport talks end", "Paris, April 26 (LNA) --- " + PARAGRAPHS[0],
                           *PARAGRAPHS[1:]]))  # fmt: skip
    assert (doc.source, doc.text) == ("LNA", "\n".join(PARAGRAPHS))


def test_a_date_with_its_year_after_a_dash_and_places_after_it_is_the_dateline() -> None:
    # Radio Dabanga's "June 22 - 2023 JEDDAH / KHARTOUM": places, not a photo's credit.
    doc = clean("\n".join(["Lakeport talks end", "June 22 - 2023 LAKEPORT / BERGEN", *PARAGRAPHS]))
    assert (doc.published, doc.text) == ("2023-06-22", "\n".join(PARAGRAPHS))


def test_a_caption_with_its_credit_after_a_bar_is_set_aside() -> None:
    # The Hindu's "... on May 6, 2023. | Photo Credit: AFP", which the model kept at 0.6.
    caption = (
        "Soldiers sit atop a tank in the port city of Lakeport on May 6, 2023. | Photo Credit: AFP"
    )
    lines = prepare("\n".join(["Lakeport talks end", caption, *PARAGRAPHS]))
    assert [x.text for x in lines][1] == caption
    # Whatever the model makes of it.
    assert _overrule(lines, [True] * len(lines)) == [True, False] + [True] * len(PARAGRAPHS)


def test_a_newsroom_signing_the_article_is_its_outlet() -> None:
    doc = clean("\n".join(["Lakeport talks end", "March 3, 2025", "By LNA News", *PARAGRAPHS]))
    assert doc.source == "LNA News"
    # Not a person whose surname is a paper's word.
    doc = clean("\n".join(["Lakeport talks end", "March 3, 2025", "By Jane Post", *PARAGRAPHS]))
    assert doc.source is None


def test_the_name_at_the_page_s_top_set_again_over_the_article_is_the_outlet() -> None:
    # Al Arabiya English's pages: the site's name at the top and again as the author.
    headline = "Lakeport and Bergen agree on a prisoner exchange at the end of talks"
    lines = ["Lakeport Online", "Middle East", headline, "Lakeport Online",
             "Published: 06 May ,2023: 11:23 AM GST", *PARAGRAPHS]  # fmt: skip
    assert clean("\n".join(lines)).source == "Lakeport Online"
    # A section's name set twice is none.
    lines = ["Home", "Middle East", "Lakeport talks end", "Middle East",
             "Published: 06 May ,2023: 11:23 AM GST", *PARAGRAPHS]  # fmt: skip
    assert clean("\n".join(lines)).source is None


def test_a_speaker_named_by_a_post_before_a_colon_is_no_dateline() -> None:
    # A minister's remarks as a government posts them: "SECRETARY RUBIO: Well, good afternoon".
    first = "SECRETARY ROE: " + PARAGRAPHS[0]
    doc = clean("\n".join(["Remarks at the signing in Lakeport", "March 3, 2025", first,
                           *PARAGRAPHS[1:]]))  # fmt: skip
    assert doc.text.startswith(first)
    # Nor is the speaker's name and post over the remarks their title.
    lines = ["JANE ROE, SECRETARY OF STATE", first]
    labels = [classify(line, features(line)) for line in lines]
    assert _ruled_out(lines, labels, 0, lines[0])
    # A place in capitals there is the dateline's.
    doc = clean("\n".join(["Lakeport talks end", "March 3, 2025", "LAKEPORT: " + PARAGRAPHS[0],
                           *PARAGRAPHS[1:]]))  # fmt: skip
    assert doc.text == "\n".join(PARAGRAPHS)


def test_an_aggregator_s_link_to_the_original_article_names_its_outlet() -> None:
    # allAfrica's pages: the aggregator's address at the top, the outlet that wrote it under.
    lines = ["allAfrica.com", "Lakeport talks end", "21 May 2023", *PARAGRAPHS,
             "Read the original article on Northern Ledger."]  # fmt: skip
    doc = clean("\n".join(lines))
    assert doc.source == "Northern Ledger" and doc.text == "\n".join(PARAGRAPHS)
