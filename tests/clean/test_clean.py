"""Whole-document cleaning: title, headings, publication date, and nothing lost."""

import re

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from storyline.clean import clean_document
from storyline.clean.datelines import infer_year
from storyline.clean.ids import document_id
from storyline.clean.lines import classify, features
from storyline.records import SourceDocument
from storyline.settings import Settings

SETTINGS = Settings()
BODY = (
    "The two delegations met in Oslo on Tuesday for a third round of talks, officials said.\n"
    "Both sides said the meeting had been useful and agreed to meet again next month.\n"
)


def clean(text: str, **fields):
    result = clean_document(SourceDocument(source_path="t.txt", raw_text=text, **fields), SETTINGS)
    assert not isinstance(result, str), result
    return result


def test_title_is_first_line_and_its_repeat_is_removed() -> None:
    doc = clean(
        "Menu Search Sign in\nTalks resume in Oslo\nBy Ana Lind\nTalks resume in Oslo\n" + BODY
    )
    assert doc.title == "Talks resume in Oslo"
    assert doc.text == BODY.strip()
    reasons = {r.reason for r in doc.removed}
    assert "repeated title" in reasons and "byline" in reasons


def test_masthead_above_the_title_is_removed() -> None:
    doc = clean("THE EXAMPLE TIMES\nTalks resume in Oslo after long pause\n" + BODY)
    assert doc.title == "Talks resume in Oslo after long pause"
    assert "THE EXAMPLE TIMES" not in doc.text
    assert any(r.text == "THE EXAMPLE TIMES" for r in doc.removed)


def test_metadata_title_and_date_win() -> None:
    doc = clean("Mar 3, 2019 07:12\n" + BODY, title="Given", published="2019-03-04")
    assert (doc.title, doc.published, doc.published_from) == ("Given", "2019-03-04", "metadata")


def test_dateline_gives_the_publication_date() -> None:
    doc = clean("Talks resume in Oslo\nMar 3, 2019 07:12\n" + BODY)
    assert (doc.published, doc.published_from) == ("2019-03-03", "dateline")


def test_a_date_in_figures_takes_the_order_the_page_writes_out_elsewhere() -> None:
    from storyline.clean.datelines import Dateline, date_candidates

    shown = [Dateline("02-12-2025", 0), Dateline("Posted December 02, 2025", 20)]
    assert [c.day for c in date_candidates(shown, ())] == ["2025-12-02"]
    assert [c.day for c in date_candidates(shown[:1], ())] == ["2025-02-12"]


def test_a_date_in_figures_takes_the_order_of_the_pages_metadata() -> None:
    from storyline.clean.datelines import Dateline, date_candidates

    shown = [Dateline("10/09/2024", 2)]
    published = (("jsonld:datePublished", "2024-09-10T16:07:00Z"),)
    assert sorted(c.day for c in date_candidates(shown, published)) == ["2024-09-10"]
    # trafilatura's date is read from the same figures, so it tells no order
    guessed = (("trafilatura", "2024-10-09"),)
    assert [c.day for c in date_candidates(shown, guessed)] == ["2024-10-09"]


def test_a_date_in_figures_is_read_day_first_on_a_page_in_british_english() -> None:
    from storyline.clean.datelines import Dateline, date_candidates

    british = "The centre's guide to colour: how the wines are categorised, in honour of ..."
    american = "The center's guide to color: how the wines are categorized, in honor of ..."
    shown = [Dateline("03/10/2023", 2)]
    assert [c.day for c in date_candidates(shown, (), british)] == ["2023-10-03"]
    assert [c.day for c in date_candidates(shown, (), american)] == ["2023-03-10"]
    # written day first already, or with dots (read day first), or settled by the metadata
    assert [c.day for c in date_candidates([Dateline("25/03/2023", 2)], (), british)] == [
        "2023-03-25"
    ]
    assert [c.day for c in date_candidates([Dateline("03.10.2023", 2)], (), british)] == [
        "2023-10-03"
    ]
    assert [c.day for c in date_candidates([Dateline("2023-03-10", 2)], (), british)] == [
        "2023-03-10"
    ]
    published = (("jsonld:datePublished", "2023-03-10"),)
    assert sorted(c.day for c in date_candidates(shown, published, british)) == ["2023-03-10"]


def test_english_variety_is_read_from_spellings_of_one_variety_only() -> None:
    from storyline.spelling import english_variety

    assert english_variety("The centre was organised in honour of the travelling players.") == (
        "en-GB"
    )
    assert english_variety("The organized travelers favored the new colors.") == "en-US"
    # names spelled the other way and a lone spelling tell nothing
    assert english_variety("A World Trade Center memorial; Labor and Pearl Harbor.") is None
    assert english_variety("Its colour was red.") is None


def test_a_label_on_the_line_over_a_date_says_what_the_date_is() -> None:
    from storyline.clean.datelines import DATE_FEATURES, Dateline, date_candidates

    shown = [Dateline("Last updated:", -3), Dateline("Dec 12, 2025", -2)]
    (candidate,) = date_candidates(shown, ())
    features = dict(zip(DATE_FEATURES, candidate.vector, strict=True))
    assert features["cue_updated"] == 1.0 and features["cue_plain"] == 0.0


def test_a_note_under_the_article_of_when_it_first_came_out_dates_it() -> None:
    body = "".join(
        f"The delegations met in Oslo on day {i} of the third round, officials said.\n"
        for i in range(16)
    )
    top = "Talks resume in Oslo\n30 Sep 2022, 11:07am\n" + body
    doc = clean(top + "This article was originally published on\n26 Sep 2019 at 4:12pm\n")
    assert doc.published == "2019-09-26"
    # A date under the article that is no such note is a related story's.
    doc = clean(top + "Related\nTalks end in Bergen\nPublished on\n26 Sep 2019\n")
    assert doc.published == "2022-09-30"


def test_a_note_of_when_the_article_first_came_out_outweighs_a_later_day_shown() -> None:
    from storyline.clean.datelines import Dateline, publication_date
    from storyline.clean.learned import shipped_models

    shown = [
        Dateline("30 Sep 2022", 2),
        Dateline("This article was originally published on 26 Sep 2019 at 4:12pm", 13),
    ]
    model = shipped_models().date_html
    day, source, _notes = publication_date(None, shown, "", (("trafilatura", "2022-09-30"),), model)
    assert (day, source) == ("2019-09-26", "dateline")


def test_dateline_without_year_takes_the_year_of_the_articles_own_dates() -> None:
    text = (
        "Talks resume in Oslo\nMarch 2, The Example Times -\n"
        "The ceasefire agreed on November 30, 2018 has held, the mediators said on Friday.\n" + BODY
    )
    doc = clean(text)
    assert (doc.published, doc.published_from) == ("2019-03-02", "inferred")


def test_year_inference_ignores_planned_dates() -> None:
    text = (
        "The vote held on January 4, 2018 was annulled. A new vote will be held on "
        "November 30, 2018."
    )
    assert infer_year(3, 2, text) == 2018


def test_no_dateline_means_unknown_date_even_with_a_dated_caption() -> None:
    text = (
        "Talks resume in Oslo\n"
        "Delegates at the first round in Geneva on March 3, 2017. (Photo: Example Wire)\n" + BODY
    )
    doc = clean(text)
    assert doc.published is None and doc.published_from is None
    assert any("no publication date" in note for note in doc.notes)


def test_headings_are_kept_out_of_the_body_sentences() -> None:
    doc = clean("Talks resume in Oslo\n" + BODY + "What Comes Next\n" + BODY)
    assert [h.text for h in doc.headings] == ["What Comes Next"]
    heading = doc.headings[0]
    assert doc.text[heading.start : heading.end] == "What Comes Next"


def test_hard_wrapped_paragraphs_are_joined() -> None:
    doc = clean(
        "Talks resume in Oslo\nThe two delegations met in Oslo on Tuesday for a\n"
        "third round of talks, officials said on Wednesday evening.\n" + BODY
    )
    assert doc.text.startswith("The two delegations met in Oslo on Tuesday for a third round")


@pytest.mark.parametrize(
    ("raw", "cut", "reason"),
    [
        (
            "Talks resume in Oslo\nThe delegations met in Oslo on Tuesday [AP] for a third "
            "round of talks, officials said.\n",
            "[AP]",
            "credit: inline photo or agency credit",
        ),
        (
            "(an error occurred while processing this directive) The talks on the Veran dam "
            "collapsed on Wednesday, the mediator said.\n",
            "(an error occurred while processing this directive)",
            "chrome: web server error message",
        ),
    ],
)
def test_inline_noise_is_cut_and_kept_with_its_reason(raw: str, cut: str, reason: str) -> None:
    doc = clean(raw + BODY)
    assert cut not in doc.text
    assert any(r.text == cut and r.reason == reason for r in doc.removed)


def test_non_english_text_is_rejected() -> None:
    text = (
        "Las negociaciones entre los dos países se reanudaron el martes en Oslo, según "
        "fuentes oficiales. Ambas partes dijeron que la reunión fue útil y acordaron "
        "volver a reunirse el próximo mes en la capital noruega."
    )
    result = clean_document(SourceDocument("es.txt", text), SETTINGS)
    assert isinstance(result, str) and result.startswith("not English")


def test_text_that_is_all_boilerplate_is_rejected() -> None:
    result = clean_document(SourceDocument("x.txt", "Share\nTweet\nEmail\n3 Comments\n"), SETTINGS)
    assert isinstance(result, str) and "no article text" in result


def test_document_id_recipe_is_pinned() -> None:
    # Changing this recipe changes every ID users have stored: do it only with a schema bump.
    assert document_id("Talks resume.", "Example") == "d3fe96f976425f9c6"
    assert document_id("Talks resume.", "Example") == document_id("Talks  resume.\n", "Example")
    assert document_id("Talks resume.", "Example") != document_id("Talks resume.", "Other")
    assert re.fullmatch(r"d[0-9a-f]{16}", document_id("x", None))


_LINES = st.lists(
    st.one_of(
        st.sampled_from(
            [
                "Share",
                "icon mail",
                "By Ana Lind",
                "Mar 3, 2019",
                "0:00 / 2:10",
                "Tags: a, b",
                "Analysis",
                "(Photo: Example)",
                "",
            ]
        ),
        st.text(
            alphabet=st.characters(codec="utf-8", exclude_categories=("Cs", "Cc")), max_size=80
        ),
        st.just("The minister said the talks would resume in the spring of next year."),
    ),
    max_size=25,
)


@settings(max_examples=150, deadline=None)
@given(_LINES)
def test_cleaning_never_drops_a_line_without_recording_it(lines: list[str]) -> None:
    raw = "\n".join(lines + [BODY])
    result = clean_document(SourceDocument("p.txt", raw), SETTINGS)
    if isinstance(result, str):
        return
    kept = (
        result.text + "\n" + "\n".join(r.text for r in result.removed) + "\n" + (result.title or "")
    )
    squashed = re.sub(_SPACING, "", kept)
    for line in lines:
        for word in re.sub(_SPACING, " ", line).split():
            assert word in squashed


# What the cleaner reads as spacing: white space and the invisible spaces and marks (a zero-width
# space alone is no word to keep).
_SPACING = r"[\s\u200b-\u200f\u2060\ufeff]+"


@settings(max_examples=100, deadline=None)
@given(_LINES)
def test_heading_offsets_point_at_their_text(lines: list[str]) -> None:
    result = clean_document(SourceDocument("p.txt", "\n".join(lines + [BODY])), SETTINGS)
    if isinstance(result, str):
        return
    for heading in result.headings:
        assert result.text[heading.start : heading.end] == heading.text


def test_photo_credit_glued_to_a_sentence_is_split() -> None:
    doc = clean(
        "Talks resume in Oslo\nPhotograph: Ana Lind/Getty Images It was the silence "
        "more than anything that struck the delegates.\n" + BODY
    )
    assert doc.text.startswith("It was the silence more than anything")
    assert any(r.text == "Photograph: Ana Lind/Getty Images" for r in doc.removed)
    # A photographer with several agencies, the slashes escaped as some exports write them.
    doc = clean(
        "Talks resume in Oslo\nPhotograph: Ana Lind\\/AFP\\/Getty Ministers last night agreed "
        "to meet again in the spring.\n" + BODY
    )
    assert doc.text.startswith("Ministers last night agreed")
    assert any(r.text == "Photograph: Ana Lind/AFP/Getty" for r in doc.removed)
    # An agency alone is the whole credit: the sentence's first words are no photographer.
    doc = clean(
        "Talks resume in Oslo\nPhotograph: AP Foreign minister Ana Lind arrived in Oslo to "
        "meet the delegates.\n" + BODY
    )
    assert doc.text.startswith("Foreign minister Ana Lind arrived")


def test_title_is_not_the_deck_below_it() -> None:
    # A standfirst written as a sentence is never the headline. (One without its full stop may
    # still be taken for it: on the pages the title model learned from, the shorter line over a
    # long one is most often a section name.)
    doc = clean(
        "WORLD NEWS\nTalks collapse in Geneva after three days\nNegotiators left without a "
        "deal, raising fears of renewed fighting in the north.\n" + BODY
    )
    assert doc.title == "Talks collapse in Geneva after three days"


def test_a_label_after_the_headline_that_the_page_carries_again_is_cut_off() -> None:
    """A series part or a section after a separator, named again on a line of the page other
    than the headline's, is no part of the headline; one named nowhere else may be."""
    series = "Home\nWorld\nTalks resume in Oslo after a year \u2013 Part 2\n"
    doc = clean(series + "In Part 2 we look at how the spring round broke down.\n" + BODY)
    assert doc.title == "Talks resume in Oslo after a year"
    doc = clean(series + "In Part 1 we looked at how the spring round broke down.\n" + BODY)
    assert doc.title == "Talks resume in Oslo after a year \u2013 Part 2"
    doc = clean(
        "Menu\nTalks Resume in Oslo \u2014 Peace Process\n"
        + BODY
        + "Read more on the peace process.\n"
    )
    assert doc.title == "Talks Resume in Oslo"


def test_a_list_item_an_author_or_a_colon_is_no_part_of_a_title() -> None:
    from storyline.clean.titles import _ruled_out

    lines = ["Best Cameras of 2026", "4. Sony A7 IV", ". Canon R6", "Written by", "Ana Lind"]
    lines += ["2.1Step 1: Choose a lens", "3D printing goes mainstream", "11FAQs about lenses"]
    labels = [classify(line, features(line)) for line in lines]
    assert not _ruled_out(lines, labels, 0, lines[0]) and not _ruled_out(lines, labels, 6, lines[6])
    assert all(_ruled_out(lines, labels, i, lines[i]) for i in (1, 2, 4, 5, 7))
    assert _ruled_out(["By: Ana Lind, Senior Editor"], labels[:1], 0, "By: Ana Lind, Senior Editor")
    doc = clean("Menu\nAre you going to the Oslo talks? Let's meet!:\n" + BODY)
    assert doc.title == "Are you going to the Oslo talks? Let's meet!"


def test_a_line_of_the_article_is_its_title_only_without_a_likely_headline_over_it() -> None:
    import numpy as np

    from storyline.clean.titles import _above_the_article

    rows = [(0, "Menu"), (1, "Talks resume in Oslo"), (2, "What comes next for the talks?")]
    keep = [False, False, True]
    assert _above_the_article(keep, rows, 2, np.array([0.0, 0.6, 0.7])) == 1
    assert _above_the_article(keep, rows, 2, np.array([0.0, 0.3, 0.7])) == 2
    assert _above_the_article([False] * 3, rows, 2, np.array([0.0, 0.6, 0.7])) == 2


def test_page_time_stamp_between_headline_and_first_sentence_is_cut() -> None:
    doc = clean(
        "Dam talks collapse, says mediator Page last updated at 08:58 GMT, Thursday, 24 June 2010 "
        "09:58 UK The talks on the Veran dam collapsed on Wednesday, the mediator said.\n" + BODY
    )
    assert doc.title == "Dam talks collapse, says mediator"
    assert doc.text.startswith("The talks on the Veran dam collapsed on Wednesday")
    assert doc.published == "2010-06-24" and doc.published_from == "dateline"
    stamps = [r for r in doc.removed if r.reason == "dateline: page time stamp"]
    assert [r.text for r in stamps] == [
        "Page last updated at 08:58 GMT, Thursday, 24 June 2010 09:58 UK"
    ]


def test_a_date_before_its_update_label_and_the_time_zone_link_is_a_time_stamp() -> None:
    """A stamp with the date first, then the label, the time and the link that explains the zone
    ("6 January 2011 Last updated at 01:53 GMT Help"), between headline and first sentence."""
    doc = clean(
        "Dam talks collapse, says mediator 6 January 2011 Last updated at 01:53 GMT Help The "
        "talks on the Veran dam collapsed on Wednesday, the mediator said.\n" + BODY
    )
    assert doc.title == "Dam talks collapse, says mediator"
    assert doc.text.startswith("The talks on the Veran dam collapsed on Wednesday")
    assert doc.published == "2011-01-06"
    stamps = [r.text for r in doc.removed if r.reason == "dateline: page time stamp"]
    assert stamps == ["6 January 2011 Last updated at 01:53 GMT Help"]


def test_a_byline_with_its_role_run_into_the_headline_is_not_the_title_s() -> None:
    doc = clean(
        "Dam talks collapse, says mediator By Jane Roe, Water and Energy Editor\n"
        "The talks on the Veran dam collapsed on Wednesday, the mediator said.\n" + BODY
    )
    assert doc.title == "Dam talks collapse, says mediator"
    # A list's item is no headline, though the line would cut the same way.
    listed = clean(
        "* Mediator says talks will resume By Jane Roe, Water and Energy Editor\n"
        "The talks on the Veran dam collapsed on Wednesday, the mediator said.\n" + BODY
    )
    assert listed.title is None or not listed.title.startswith("*")


def test_a_sentence_giving_a_date_and_time_keeps_them() -> None:
    line = "The ceasefire took effect on 24 June 2010 at 09:58 GMT along the whole border.\n"
    doc = clean(line + BODY)
    assert doc.text.startswith(line.strip())


def test_a_live_page_s_time_stamp_before_an_entry_is_cut() -> None:
    doc = clean(
        "Live: talks on the Veran dam\n"
        "(Update 11:58 p.m. Oslo, 5:58 p.m. ET Tuesday) The two delegations left the talks "
        "without a deal, the mediator said.\n"
        "[10:05 a.m. ET] Both sides said they would meet again in the spring.\n" + BODY
    )
    assert "The two delegations left the talks without a deal, the mediator said." in doc.text
    assert "Update" not in doc.text and "ET]" not in doc.text
    stamps = [r.text for r in doc.removed if "live page" in r.reason]
    assert stamps == ["(Update 11:58 p.m. Oslo, 5:58 p.m. ET Tuesday)", "[10:05 a.m. ET]"]
    # an aside in brackets that names a time is a sentence, not a stamp
    aside = "(The meeting at 10:30 was cancelled.) Then the delegations went home early.\n"
    assert aside.strip() in clean(aside + BODY).text


def test_the_credits_of_a_graphic_are_set_aside_and_never_the_title() -> None:
    credits = (
        "How the talks unfolded: SOURCE: Reuters | GRAPHIC: By Jane Roe and John Doe, The "
        "Daily Ledger; Photo by Ana Lind, Associated Press-September 20, 2008"
    )
    doc = clean(BODY + credits + "\n" + BODY)
    assert "GRAPHIC" not in doc.text
    assert doc.title is None or "SOURCE" not in doc.title
    assert [r.reason for r in doc.removed if r.text == credits] == [
        "credit: credits of a graphic or photo"
    ]
    # one credit word in a sentence is prose
    line = "The source: a graphic by the ministry showed the dam's new outline in detail.\n"
    assert line.strip() in clean(line + BODY).text


def _assert_comments_set_aside(comments: list[str]) -> None:
    """The comments under the article are set aside, each as a comment, and nothing else."""
    doc = clean(BODY + "\n".join(comments) + "\n")
    assert doc.text == BODY.strip()
    assert [r.text for r in doc.removed if r.reason.startswith("comments")] == comments


def test_readers_comments_signed_as_blogs_sign_them_are_set_aside() -> None:
    comments = [
        "February 3, 2011 at 4:10 pm | Not a drop of that oil enters a single port, Jack!",
        "They will never support anything else, whatever the voters say.",
        "Sarasota, Florida February 3, 2011 at 4:14 pm | It should be, but they will not allow it.",
    ]
    _assert_comments_set_aside(comments)
    # one date and time in a sentence is no comment
    line = "March 3, 2011 at 4:10 pm was when the talks on the Veran dam finally resumed.\n"
    assert line.strip() in clean(BODY + line).text


def test_comments_signed_after_their_text_and_a_run_of_contact_addresses_are_set_aside() -> None:
    comments = [
        "Posted by Jane Roe on April 3, 2005 02:15 AM.",
        "Your piece was a real tonic Posted by John Doe on April 3, 2005 10:47 AM.",
    ]
    contact = (
        "Letters for publication should be sent to: letters@example.org If you need help using "
        "the site: help@example.org Call the main switchboard: Kestria dam talks resume"
    )
    bio = "Ana Lind is editor of Dam Review"
    doc = clean(BODY + "\n".join(comments) + "\n" + bio + " " + contact + "\n")
    assert [r.text for r in doc.removed if r.reason.startswith("comments")] == comments
    assert [r.text for r in doc.removed if r.reason.startswith("contact")] == [contact]
    # comments a forum signs before their text
    forum = [
        "At 4:16 pm on 18 Jan 2010, Jane Roe wrote: The dam talks must go on.",
        "At 8:51 pm on 18 Jan 2010, John Doe wrote: Agreed, whatever the cost.",
    ]
    doc = clean(BODY + "\n".join(forum) + "\n")
    assert [r.text for r in doc.removed if r.reason.startswith("comments")] == forum
    assert "example.org" not in doc.text
    # an address in a sentence, with no prompt and colon before it, is prose
    line = "Readers wrote to letters@example.org about the Veran dam in their thousands.\n"
    assert line.strip() in clean(BODY + line).text


def test_comments_signed_after_their_text_with_the_next_glued_on_run_from_the_post_s_stamp() -> (
    None
):
    # A newspaper's blog: the post's own signature, the first comment glued to it, each
    # comment's signature glued to the next comment, and the page's last lines.
    comments = [
        "By Ana Lind | March 3, 2011; 2:58 PM ET The dam will never be finished.",
        "Nobody believes the ministry any more.",
        "Not a drop of water Posted by: jroe | March 3, 2011 11:55 PM | Report abuse They lie.",
        "Why now? Posted by: jdoe | March 4, 2011 1:02 AM | Report abuse Agreed with jroe.",
        "The comments to this entry are closed.",
    ]
    _assert_comments_set_aside(comments)
    # a byline over the article, on a line of its own, is no start of comments
    byline = "By Ana Lind | March 3, 2011; 2:58 PM ET\n"
    doc = clean(byline + BODY + "\n".join(comments[2:4]) + "\n")
    assert BODY.strip() in doc.text


def test_comments_signed_by_a_link_to_report_them_run_to_the_page_s_end() -> None:
    # A news site's comments, each signed by its time and a link to report it, the next comment
    # glued on; and a blog's, signed by the reader's name.
    comments = [
        "The dam will never be finished March 3, 2011 at 11:55 pm | Report abuse | They lie.",
        "Nobody believes the ministry any more.",
        "Why now? March 4, 2011 at 1:02 am | Report abuse | Reply Agreed with the last one.",
        "Who pays for it?",
    ]
    _assert_comments_set_aside(comments)
    # the first comment starts under the article's sign-off, where there is one
    signoff = "-- Ana Lind contributed to this report.\n"
    first = "Socialism does not work.\n"
    doc = clean(BODY + signoff + first + "\n".join(comments) + "\n")
    assert doc.text.startswith(BODY.strip()) and first.strip() not in doc.text
    assert first.strip() in [r.text for r in doc.removed if r.reason.startswith("comments")]
    for comment in (
        "Not a drop of water Posted by jroe | Report as abusive Who pays for it?",
        "Not a drop of water Posted by: jroe | March 3, 2011 11:55 PM Who pays for it?",
    ):
        doc = clean(BODY + comment + "\nThey lie.\n")
        assert doc.text == BODY.strip()
    # a time in a sentence is no signature
    line = "The talks on the Veran dam resumed at 4:10 pm and lasted until midnight.\n"
    assert line.strip() in clean(BODY + line + line.replace("4:10", "5:20")).text


def test_a_note_about_the_author_at_the_article_s_top_or_foot_is_set_aside() -> None:
    note = [
        "In a reporting career spanning two decades, Ana Lind has covered water policy and "
        "the Veran dam.",
        "She was the Kestrian Herald's chief correspondent in Oslo for nine years.",
    ]
    story = BODY + (
        "The talks are the first since the Veran dam failed in March.\n"
        "The dam had held the river for forty years before the spring floods.\n"
        "Engineers from both countries will inspect the site next week.\n"
    )
    for text in (
        "Talks on the Veran dam resume\n" + "\n".join(note) + "\n" + story,
        story + "Ana Lind is a staff writer for the Kestrian Herald.\n",
    ):
        doc = clean(text)
        assert doc.text == story.strip()
        assert [r.reason for r in doc.removed if "author" in r.reason] == [
            "byline: a note about the author"
        ] * (len(note) if note[0] in text else 1)
    # under a note at the top, the story may start on a pronoun
    after = "They had met in Oslo twice before, officials said.\n"
    doc = clean("Talks on the Veran dam resume\n" + note[0] + "\n" + after + story)
    assert doc.text.startswith(after.strip()) and note[0] not in doc.text
    # inside the story, a sentence about a journalist is the story's
    inside = "Ana Lind is a writer and editor in Veran who saw the dam fail.\n"
    lines = story.splitlines(keepends=True)
    assert inside.strip() in clean("".join(lines[:2]) + inside + "".join(lines[2:])).text


def test_a_note_that_the_article_was_corrected_is_set_aside() -> None:
    note = [
        "This article was amended on 14 and 21 May 2011.",
        "The original said the dam held 5,000 litres.",
        "This has been corrected.",
    ]
    doc = clean(BODY + "share " + "\n".join(note) + "\n")
    assert doc.text == BODY.strip()
    assert [r.text for r in doc.removed if r.reason.startswith("notice")] == note
    glued = "The following correction was printed in the Herald's column, Sunday 3 April 2011"
    doc = clean(glued + " We said the dam was finished.\n" + BODY)
    assert doc.text == BODY.strip()
    # a sentence that tells what an article said, or of a law's article, is the story's
    for line in (
        "The original article said on Monday that the talks had failed.\n",
        "Parliament said this article was amended on 3 May 2019 to allow a third term.\n",
    ):
        assert line.strip() in clean(BODY + line).text


def test_a_reviewed_book_s_details_are_set_aside() -> None:
    details = "The Dam Years by Ana Lind (320pp, Harbour Press, £14.99)"
    doc = clean(details + "\n" + BODY)
    assert "320pp" not in doc.text
    assert any(r.text == details and "book" in r.reason for r in doc.removed)


def test_a_wire_s_bracketed_credits_are_always_set_aside() -> None:
    text = (
        "Talks resume in Oslo\n\n"
        "OSLO, Nov 28 (Reuters) - The two delegations met in Oslo on Tuesday for a\n"
        "third round of talks, officials said on Wednesday evening, and agreed\n"
        "to meet again in December in the city of Bergen.\n\n"
        "Police said 43 protesters had been detained outside the parliament\n"
        "building in the capital, and the interior ministry said the figure\n"
        "would rise.\n\n"
        "(Reporting by Jane Roe; Editing by John Doe)\n"
    )
    doc = clean(text)
    assert doc.text.endswith("would rise.")
    reasons = {r.text: r.reason for r in doc.removed}
    assert reasons["(Reporting by Jane Roe; Editing by John Doe)"].startswith("sign-off")


def test_a_dateline_s_year_is_no_year_the_text_only_looks_ahead_to() -> None:
    text = (
        "The party said it would suspend the talks until the end of 2028.\n"
        "The ban runs until 2028. Protesters gathered outside parliament.\n"
    )
    assert infer_year(11, 28, text) is None
    assert infer_year(11, 28, text + "The election was held in October 2024.\n") == 2024


def test_a_review_s_standfirst_and_book_details_run_into_its_first_sentence_go() -> None:
    doc = clean(
        "Two reporters bring years of experience to bear on the war, says Ana Lind Border "
        "Lands: Inside the Insurgency by Tomas Verhoek (220pp, Harbour Press, # 17.99) So many "
        "of the journalists who covered the conflict have felt a need to write a book that "
        "publishers are becoming selective.\n" + BODY
    )
    assert doc.text.startswith("So many of the journalists who covered the conflict")
    assert any(
        r.reason == "credit: a reviewed book's details" and r.text.endswith("# 17.99)")
        for r in doc.removed
    )


def test_a_news_photo_s_caption_saying_who_is_where_and_its_day_is_set_aside() -> None:
    caption = (
        "Foreign Minister Ana Lind, left, greets the delegates in the conference hall after "
        "the talks, Saturday, Oct. 11, 2008, in Oslo."
    )
    doc = clean(BODY + "\n" + caption + "\nThe minister left on Saturday, Oct. 11, 2008.")
    assert caption not in doc.text and "The minister left on Saturday" in doc.text
    assert any(r.text == caption and r.reason.startswith("media:") for r in doc.removed)


def test_a_date_and_clock_time_parted_by_a_semicolon_are_a_time_stamp() -> None:
    """A headline run into its stamp and the first sentence ("... says Tuesday, January 11,
    2011; 12:31 AM The ..."), as one outlet's pages copy."""
    doc = clean(
        "Dam talks collapse, says mediator Tuesday, January 11, 2011; 12:31 AM The talks on "
        "the Veran dam collapsed on Monday, the mediator said.\n" + BODY
    )
    assert doc.title == "Dam talks collapse, says mediator"
    assert doc.text.startswith("The talks on the Veran dam collapsed on Monday")
    assert doc.published == "2011-01-11"
    stamps = [r.text for r in doc.removed if r.reason == "dateline: page time stamp"]
    assert stamps == ["Tuesday, January 11, 2011; 12:31 AM"]
