"""Timeline selection, brief, speakers and source comparison on hand-built records."""

from collections import Counter
from dataclasses import replace

import pytest

from storyline.compose.brief import best_sentence, write_brief
from storyline.compose.salience import article_focus, score_events, story_terms
from storyline.compose.sources import _claimant, _figures, find_conflicts, summarise_sources
from storyline.compose.speakers import quotes_by_speaker
from storyline.compose.story import compose_story
from storyline.compose.timeline import (
    MAX_DATES,
    TimelineChoice,
    _LeadIndex,
    default_sizes,
    select_timeline,
)
from storyline.merge.entities import merge_entities
from storyline.merge.quality import sentence_quality
from storyline.records.story import Citation, Event
from storyline.settings import Settings
from tests.builders import make_doc


def event(eid, day, headline, salience, status="happened", n_sources=1, granularity="day"):
    cite = Citation("d-" + eid, 0, len(headline), headline)
    return Event(
        eid, day, granularity, status, headline, (), None, (cite,), n_sources, (), salience
    )


EVENTS = [
    event("a", "2019-03-01", "Rebels seized the northern airport after heavy fighting.", 3.0),
    event(
        "b", "2019-03-02", "Rebels seized the northern airport after heavy fighting overnight.", 2.9
    ),
    event("c", "2019-03-10", "The government declared a state of emergency in the capital.", 2.0),
    event("d", "2019-03-20", "Mediators will open peace talks in Geneva.", 1.5, status="planned"),
    event("e", "2019-03-20", "Aid convoys reached the besieged town of Sella.", 1.0),
    event("f", "2019-03", "Fighting continued across the province.", 5.0, granularity="month"),
]


def days_from(first: str, n: int, every: int = 1) -> list[Event]:
    from datetime import date, timedelta

    start = date.fromisoformat(first)
    return [
        event(str(i), (start + timedelta(days=i * every)).isoformat(), f"Event {i}.", 1.0)
        for i in range(n)
    ]


def test_default_length_follows_the_span_and_the_dated_days() -> None:
    # Eight days, all reported: every day gets in (the floor is five dates).
    assert default_sizes(days_from("2019-03-01", 8))[0] == 8
    # A month reported every day: four times the root of 30 days.
    assert default_sizes(days_from("2019-03-01", 30)) == (22, 1)
    # Three years, reported every other day: capped.
    assert default_sizes(days_from("2017-01-01", 550, every=2))[0] == MAX_DATES
    # A month's coverage recalling three old days is a month's story, not one of 140 years.
    month = [e for _ in range(2) for e in days_from("2019-03-01", 30)]
    background = [
        event(f"old{i}", day, "An old day.", 1.0)
        for i, day in enumerate(["1886-04-06", "1935-10-31", "2001-05-01"])
    ]
    assert abs(default_sizes(month + background)[0] - default_sizes(month)[0]) <= 1
    # Dense days (three events a day on average) get two sentences.
    dense = [e for day in range(3) for e in days_from("2019-03-01", 10)]
    assert default_sizes(dense)[1] == 2


def test_an_old_day_recalled_once_does_not_crowd_out_the_story() -> None:
    # Two months reported every day, and a record set long ago recalled once: the old day is
    # far from every chosen day, but the spacing between dates is the story's, not 140 years'.
    story = days_from("2019-03-01", 60)
    old = event("old", "1886-04-06", "The record is 24.5 inches, set April 6, 1886.", 0.5)
    timeline = select_timeline([*story, old], dates=10, per_date=1)
    assert "1886-04-06" not in [t.date for t in timeline]


def test_a_background_day_told_by_many_is_no_date_of_the_story_a_user_gets() -> None:
    from storyline.compose.timeline import story_window

    story = days_from("2010-04-20", 60)
    recalled = [
        event(f"sept{i}", "2001-09-11", "He oversaw a fund for the victims of 9/11.", 5.0)
        for i in range(2)
    ]
    before = event("near", "2010-02-01", "The rig passed its last inspection.", 5.0)
    # The middle of the story's days (21 April to 15 June), widened by 90 days each way.
    assert story_window([e.date for e in [*story, *recalled]]) == ("2010-01-21", "2010-09-13")
    dates = [t.date for t in select_timeline([*story, *recalled, before], dates=10)]
    assert "2001-09-11" not in dates and "2010-02-01" in dates
    # Articles published over the story's months make its time: a year-old happening many of
    # them recall is background, however many events it is (here a fifth of them).
    war = [event(f"old{i}", "2009-03-14", "The war began in March.", 5.0) for i in range(15)]
    published = ["2010-04-20", "2010-05-01", "2010-06-18"]
    assert story_window([e.date for e in [*story, *war]], published)[0] > "2009-12-31"
    # Articles that all look back on a story told long before are no story of their own week.
    assert story_window([e.date for e in story], ["2015-01-05"] * 3)[0] < "2010-04-20"
    # Asked for a range, the timeline keeps to it, whatever the story's own time.
    asked = select_timeline([*story, *recalled], dates=3, first="2001-01-01", last="2010-12-31")
    assert "2001-09-11" in [t.date for t in asked]


def test_a_transcript_s_line_in_capitals_is_no_timeline_line() -> None:
    events = [
        event("t", "2011-02-06", "From CNN Center, this is CNN SUNDAY MORNING in Egypt.", 2.0),
        event("b", "2011-02-06", "Some banks in Egypt were open on Sunday morning.", 1.0),
    ]
    [entry] = select_timeline(events, dates=1, per_date=1)
    assert [s.text for s in entry.sentences] == ["Some banks in Egypt were open on Sunday morning."]


def test_timeline_fixed_sizes_are_respected_and_chronological() -> None:
    timeline = select_timeline(EVENTS, dates=3, per_date=2)
    assert [t.date for t in timeline] == ["2019-03-01", "2019-03-10", "2019-03-20"]
    assert len(timeline[2].sentences) == 2
    assert all(s.citations for t in timeline for s in t.sentences)


def test_near_duplicate_neighbouring_date_is_skipped() -> None:
    dates = [t.date for t in select_timeline(EVENTS, dates=4, per_date=1)]
    assert "2019-03-01" in dates and "2019-03-02" not in dates


def test_a_day_whose_lead_repeats_a_neighbour_is_weighed_on_what_else_happened_on_it() -> None:
    # "since 22 April, when the rig exploded" repeats April 20; the rig sank on April 22.
    events = [
        event("a", "2010-04-20", "The rig exploded in the Gulf, killing 11 workers.", 9.0),
        event("b", "2010-04-22", "The rig exploded in the Gulf, killing 11, and sank.", 4.0),
        event("c", "2010-04-22", "The burning rig sank in 5,000 feet of water.", 2.0),
        event("d", "2010-05-10", "Engineers lowered a containment dome over the leak.", 1.5),
    ]
    timeline = select_timeline(events, dates=2, per_date=1)
    assert [t.date for t in timeline] == ["2010-04-20", "2010-04-22"]
    assert timeline[1].sentences[0].text.startswith("The burning rig sank")


def test_day_dates_come_before_coarser_ones() -> None:
    dates = [t.date for t in select_timeline(EVENTS, dates=6, per_date=1)]
    assert "2019-03" not in dates
    only_coarse = [e for e in EVENTS if e.id in ("a", "f")]
    assert "2019-03" in [t.date for t in select_timeline(only_coarse, dates=3, per_date=1)]


def test_planned_only_dates_are_marked_planned() -> None:
    only_planned = [e for e in EVENTS if e.id != "e"]
    entry = next(
        t for t in select_timeline(only_planned, dates=5, per_date=1) if t.date == "2019-03-20"
    )
    assert entry.status == "planned"


def test_a_day_shown_by_its_reports_takes_their_status_not_a_plan_of_that_day() -> None:
    # The day's plan ("will open talks") is one sentence; the report published that day, shown
    # beside it, tells what happened: the day is no plan.
    planned = [e for e in EVENTS if e.id != "e"]
    report = make_doc(
        "r", "Rebels shelled the town of Sella overnight. Aid workers fled.", published="2019-03-20"
    )
    entry = next(
        t for t in select_timeline(planned, [report], dates=5, per_date=2) if t.date == "2019-03-20"
    )
    assert len(entry.sentences) == 2
    assert entry.status == "happened"


def test_default_timeline_size_follows_the_corpus() -> None:
    assert 3 <= len(select_timeline(EVENTS)) <= 5


def test_brief_is_cited_non_redundant_and_within_budget() -> None:
    brief = write_brief(EVENTS, summary_words=25)
    texts = [s.text for s in brief]
    assert sum(len(t.split()) for t in texts) <= 30
    assert not ({EVENTS[0].headline, EVENTS[1].headline} <= set(texts))
    assert all(s.citations for s in brief)


def test_a_brief_sentence_tells_its_event_as_done_and_not_another_s() -> None:
    endorsed = Citation(
        "d-un",
        0,
        100,
        "The council on Friday adopted a resolution endorsing the accord the two sides reached "
        "in Lakeport last week.",
    )
    signed = "The two delegations signed an accord on the river crossings and prisoners."
    reached = Citation("d-post", 0, 80, signed)
    due = "The council is due to vote on a resolution endorsing the accord this week."
    planned = Citation("d-wire", 0, 80, due)
    accord = replace(event("accord", "2019-03-13", reached.text, 3.0), evidence=(endorsed, reached))
    vote = replace(event("vote", "2019-03-22", endorsed.text, 2.0), evidence=(planned, endorsed))
    brief = {s.text: s.citations for s in write_brief([accord, vote], summary_words=60)}
    # The accord is told by the sentence that tells it alone, and the vote as done.
    assert list(brief) == [reached.text, endorsed.text]
    assert brief[endorsed.text] == (endorsed, planned)


def test_a_brief_does_not_announce_what_it_tells_as_done() -> None:
    """ "The talks will begin in Lakeport on March 4, the minister said on Monday" is the
    announcement (an event of its own, of Monday) of talks the brief tells as opened: it adds
    nothing. Told as done, the same sentence would stand for its own event."""
    plan = Citation(
        "d-wire", 0, 90, "The talks will begin in Lakeport on March 4, the minister said on Monday."
    )
    opened = Citation("d-post", 0, 80, "The talks between Kestria and Sella opened in Lakeport.")
    talks = replace(event("talks", "2019-03-04", opened.text, 3.0), evidence=(opened, plan))
    announced = replace(event("said", "2019-02-25", plan.text, 2.0), evidence=(plan,))
    vote = event("vote", "2019-03-20", "The council adopted the resolution on the crossings.", 1.0)
    texts = [s.text for s in write_brief([talks, announced, vote], summary_words=60)]
    assert texts == [opened.text, vote.headline]
    done = replace(plan, text="The talks began in Lakeport on March 4, the minister said.")
    talks = replace(talks, evidence=(opened, done))
    announced = replace(announced, evidence=(done,), headline=done.text)
    texts = [s.text for s in write_brief([talks, announced, vote], summary_words=60)]
    assert texts == [done.text, opened.text, vote.headline]


def test_a_brief_tells_no_happening_twice_through_a_sentence_chosen_for_another() -> None:
    """The sentence that tells the talks also tells the accord signed after them: with the
    accord told by another outlet's sentence, it would tell the accord twice."""
    after = Citation(
        "d-wire",
        0,
        90,
        "The two sides signed an accord on Saturday, after talks in Lakeport since "
        "March 4 that the mediators hosted.",
    )
    signed = Citation("d-post", 0, 60, "Kestria signed an accord with the rebels on Saturday.")
    truce = "Kestria and the rebels agreed on Saturday to a week-long truce, mediators said."
    agree = {"type": "AGREE", "sources": ("kestria",)}
    talks = replace(event("talks", "2019-03-04", after.text, 1.0), evidence=(after,))
    accord = replace(event("accord", "2019-03-09", signed.text, 2.0), evidence=(after, signed))
    told = replace(event("truce", "2019-03-09", truce, 3.0), **agree)
    texts = [s.text for s in write_brief([talks, replace(accord, **agree), told], summary_words=60)]
    assert texts == [truce]
    # A development is told by a sentence that names it rather than one that opens on it as
    # told before, where it has both.
    brokered = Citation(
        "d-wire",
        0,
        70,
        "The deal was brokered by the river commission in Lakeport, officials said.",
    )
    names = Citation("d-un", 0, 70, "The river commission brokered a deal between the parties.")
    deal = replace(event("deal", "2019-03-10", brokered.text, 2.0), evidence=(brokered, names))
    texts = [s.text for s in write_brief([told, deal], summary_words=60)]
    assert texts == [truce, names.text]


def test_a_brief_tells_once_what_one_article_tells_twice_on_a_day() -> None:
    """An article's lead and its detail of one day and one kind ("The fourth round has been
    postponed" and "The minister said the meeting was postponed"), with no actor in common
    found, are one happening to the brief."""
    lead = Citation("d-wire", 0, 70, "The fourth round of talks in Lakeport has been postponed.")
    detail = Citation("d-wire", 71, 150, "The minister said the meeting was put off for logistics.")
    cancel = {"type": "CONSULT", "status": "cancelled"}
    first = replace(event("lead", "2019-03-07", lead.text, 3.0), evidence=(lead,), **cancel)
    second = replace(event("detail", "2019-03-07", detail.text, 2.0), evidence=(detail,), **cancel)
    vote = event("vote", "2019-03-20", "The council adopted the resolution on the crossings.", 1.0)
    texts = [s.text for s in write_brief([first, second, vote], summary_words=60)]
    assert texts == [lead.text, vote.headline]
    # Told by two articles, they stay two where nothing else says they are one.
    other = replace(detail, document_id="d-post")
    second = replace(second, evidence=(other,))
    texts = [s.text for s in write_brief([first, second, vote], summary_words=60)]
    assert texts == [lead.text, detail.text, vote.headline]


def test_brief_developments_span_the_story_and_read_alone() -> None:
    said = [
        "Delegates from both sides arrived in Geneva for the first round.",
        "The mediator opened the session with a call for calm.",
        "Almora tabled a plan to share the river's flow by season.",
        "Kestria rejected the seasonal plan as unworkable.",
        "Protesters marched outside the Palais des Nations.",
        "The first round closed with an agreement to meet again.",
    ]
    busy = [event(f"w{i}", f"2019-03-0{1 + i % 3}", text, 3.0) for i, text in enumerate(said)]
    later = [
        event("x", "2019-06-10", "Kestria and Almora signed the water accord in Vienna.", 1.5),
        event("y", "2019-09-01", "The dam's reservoir reached its planned level.", 1.2),
        event(
            "cap",
            "2019-07-02",
            "Farmers protest in central Sella, Almora, on Tuesday, calling for more water.",
            4.0,
        ),
        event("con", "2019-08-01", "Meanwhile, the ministry published the new flow figures.", 4.0),
        event(
            "list",
            "2019-08-20",
            "The survey ran in Kestria, Almora, Veran, Sella, Port Ilea, Geneva and Vienna.",
            4.0,
        ),
    ]
    texts = [s.text for s in write_brief([*busy, *later], summary_words=40)]
    # The busiest week does not take every place, ...
    assert "Kestria and Almora signed the water accord in Vienna." in texts
    # ... and a photo's caption, a sentence that leans on the one before or a list of names
    # is not a line.
    assert not any(t.startswith(("Farmers protest", "Meanwhile", "The survey")) for t in texts)


DOCS = [
    make_doc(
        "a",
        "Police said 2,000 protesters marched in Sella on Tuesday. Ana Lind said the "
        "march was peaceful.",
        "2019-03-06",
        "Wire",
        [("Sella", "GPE"), ("Ana Lind", "PERSON")],
        [("Tuesday", "2019-03-05", "day")],
        quotes=[("the march was peaceful", "Ana Lind")],
        predicates=[("marched", "march", [("subject", "2,000 protesters", "protester", None)])],
    ),
    make_doc(
        "b",
        "Organisers said 5,000 protesters marched in Sella on Tuesday. Lind said nobody was hurt.",
        "2019-03-07",
        "Post",
        [("Sella", "GPE"), ("Lind", "PERSON")],
        [("Tuesday", "2019-03-05", "day")],
        quotes=[("nobody was hurt", "Lind")],
        predicates=[("marched", "march", [("subject", "5,000 protesters", "protester", None)])],
    ),
    make_doc(
        "c",
        "Troops withdrew from the border town of Rask on Monday after the truce.",
        "2019-03-12",
        "Wire",
        [("Rask", "GPE")],
        [("Monday", "2019-03-11", "day")],
        predicates=[
            (
                "withdrew",
                "withdraw",
                [
                    ("subject", "Troops", "troop", None),
                    ("from", "the border town of Rask", "town", "GPE"),
                ],
            )
        ],  # fmt: skip
    ),
    make_doc(
        "d",
        "The army said on Wednesday its troops had withdrawn from Rask, the border town.",
        "2019-03-14",
        "Monitor",
        [("Rask", "GPE")],
        [("Wednesday", "2019-03-13", "day")],
        predicates=[
            (
                "withdrawn",
                "withdraw",
                [("subject", "its troops", "troop", None), ("from", "Rask", "rask", "GPE")],
            )
        ],
    ),
]


def test_figure_and_date_conflicts_are_found_with_both_citations() -> None:
    story = compose_story(DOCS, Settings())
    kinds = {c.kind: c for c in story.conflicts}
    figure = kinds["figure"]
    assert sorted(side.value for side in figure.sides) == ["2000", "5000"]
    assert {side.source for side in figure.sides} == {"Wire", "Post"}
    dates = kinds["date"]
    assert [side.value for side in dates.sides] == ["2019-03-11", "2019-03-13"]
    for conflict in story.conflicts:
        for side in conflict.sides:
            doc = next(d for d in DOCS if d.id == side.citation.document_id)
            assert doc.text[side.citation.start : side.citation.end] == side.citation.text


def test_the_same_sources_giving_the_same_figures_are_one_conflict() -> None:
    from storyline.compose.sources import _distinct
    from storyline.records.story import Conflict, ConflictSide

    def side(source: str, value: str, start: int) -> ConflictSide:
        return ConflictSide(source, value, Citation(source, start, start + 5, "words"))

    sides = (side("Post", "2200", 0), side("Wire", "5000", 10))
    again = (side("Post", "2200", 0), side("Wire", "5000", 99))  # another Wire sentence
    other = (side("Post", "2200", 0), side("Wire", "4000", 50))
    dead = (side("Post", "12", 0), side("Wire", "20", 10))
    conflicts = [
        Conflict("figure", "number barrels: The siphon", ("e1",), sides),
        Conflict("figure", "number barrels: The estimate", ("e2",), again),
        Conflict("figure", "number barrels: The estimate", ("e2",), other),
        # the same sources' figures in another unit ("2,200 barrels, or 92,400 gallons")
        Conflict("figure", "number gallons: The siphon", ("e1",), again),
        # but of another quantity, another disagreement
        Conflict("figure", "number killed: The siphon", ("e1",), dead),
    ]
    assert _distinct(conflicts) == [conflicts[0], conflicts[2], conflicts[4]]


def test_a_truce_dated_a_day_apart_by_two_outlets_is_a_date_conflict() -> None:
    """One outlet: "The ceasefire brokered by Lirea and Dosh took effect Dec. 29"; another: the
    three powers "seek to consolidate the ceasefire regime" that took effect on December 30.
    The second names no one and nowhere, and its headline is about the statement; the kind
    (RETREAT, ceasefire) and the words for the happening itself tell it is the same truce, and
    the day numbers are no counts that differ."""
    first = "The ceasefire brokered by Lirea and Dosh took effect Dec. 29 and has largely held."
    second = (
        'The three powers said they would "seek to consolidate the ceasefire regime" that took'
        " effect on December 30, and that there was no military solution."
    )
    also = "Lirea and Dosh brokered a ceasefire on December 29."
    docs = [
        make_doc("d-a", first, "2017-01-24", "Wire"),
        make_doc("d-b", second, "2017-01-24", "Post"),
        make_doc("d-c", also, "2017-01-16", "Agency"),
    ]
    truce = {"type": "RETREAT", "mode": "ceasefire", "date_source": "text"}
    told = event("a", "2016-12-29", first, 1.0)
    events = [
        # (Told by two outlets: the side is cited with its first sentence's outlet.)
        replace(told, evidence=(*told.evidence, Citation("d-c", 0, len(also), also)),
                actors=("lirea", "dosh"), what=Citation("d-a", 0, 45, first[:45]), **truce),
        replace(event("b", "2016-12-30", second, 1.0),
                what=Citation("d-b", 54, 85, second[54:85]), **truce),
    ]  # fmt: skip
    conflicts = find_conflicts(docs, events)
    assert [(c.kind, [(s.source, s.value) for s in c.sides]) for c in conflicts] == [
        ("date", [("Wire", "2016-12-29"), ("Post", "2016-12-30")])
    ]
    # Without a precise kind, a side that names no one contradicts nothing but proves nothing.
    plain = [replace(e, mode=None) for e in events]
    assert find_conflicts(docs, plain) == []
    # What is said may be said again another day: a warning on two days is no disagreement.
    said = [replace(e, type="THREATEN", sources=("lirea",), actors=("lirea",)) for e in events]
    assert find_conflicts(docs, said) == []
    assert find_conflicts(docs, [replace(e, type="RETREAT") for e in said])


def test_sources_list_what_only_they_report() -> None:
    story = compose_story(DOCS, Settings())
    by_source = {s.source: s for s in summarise_sources(DOCS, story.events)}
    assert set(by_source) == {"Wire", "Post", "Monitor"}
    assert by_source["Monitor"].only_events and by_source["Monitor"].documents == ("d",)
    shared = [e for e in story.events if e.n_sources == 2]
    assert shared and shared[0].id in by_source["Post"].events
    assert shared[0].id not in by_source["Post"].only_events
    assert find_conflicts(DOCS[2:3], story.events[:0]) == []


def test_quotes_group_by_speaker_entity_including_surname() -> None:
    index = merge_entities(DOCS)
    grouped = quotes_by_speaker(DOCS, index)
    assert [(g.speaker, len(g.quotes)) for g in grouped] == [("Ana Lind", 2)]
    assert [q.date for q in grouped[0].quotes] == ["2019-03-06", "2019-03-07"]


def test_a_quote_is_dated_by_its_attribution_not_by_what_it_tells() -> None:
    text = (
        "Sergei Lavrov said last Saturday that Moscow wanted written guarantees.\n"
        '"Talks will resume on Monday," Ana Lind said on Thursday.\n'
        '"We are ready to talk," Tomas Verhoek said, ahead of a vote on Sunday.\n'
        "Dana Holm said that the vote would be held on Friday.\n"
        "Omar Field said the strikes would stop from March 1.\n"
        '"As for the strikes, it is completely stopped," he said.\n'
    )
    doc = make_doc(
        "q1",
        text,
        published="2022-03-12",
        mentions=[
            ("Sergei Lavrov", "PERSON"),
            ("Ana Lind", "PERSON"),
            ("Dana Holm", "PERSON"),
            ("Tomas Verhoek", "PERSON"),
            ("Omar Field", "PERSON"),
        ],
        timexes=[
            ("last Saturday", "2022-03-05", "day"),
            ("Monday", "2022-03-14", "day"),
            ("Thursday", "2022-03-10", "day"),
            ("Sunday", "2022-03-13", "day"),
            ("Friday", "2022-03-11", "day"),
            ("March 1", "2022-03-01", "day"),
        ],
        quotes=[
            ("Moscow wanted written guarantees", "Sergei Lavrov"),
            ('"Talks will resume on Monday,"', "Ana Lind"),
            ('"We are ready to talk,"', "Tomas Verhoek"),
            ("the vote would be held on Friday", "Dana Holm"),
            # "he" stands for Omar Field, named in the sentence before: its March 1 is no
            # day of the attribution.
            ('"As for the strikes, it is completely stopped,"', "Omar Field"),
        ],
    )
    grouped = quotes_by_speaker([doc], merge_entities([doc]))
    # (Dana Holm's Friday is the vote's, and so is the Sunday after Verhoek's attribution: their
    # words are of the article's day.)
    assert {g.speaker: [q.date for q in g.quotes] for g in grouped} == {
        "Sergei Lavrov": ["2022-03-05"],
        "Ana Lind": ["2022-03-10"],
        "Dana Holm": ["2022-03-12"],
        "Tomas Verhoek": ["2022-03-12"],
        "Omar Field": ["2022-03-12"],
    }


def test_a_dates_lines_come_from_its_events_and_that_days_reports_not_other_dates() -> None:
    report = make_doc(
        "r1",
        "Troops patrolled the empty streets after nightfall.\n"
        "The war in the north of the country began on 1 January 2019.\n",
        published="2019-03-10",
        timexes=[("1 January 2019", "2019-01-01", "day")],
    )
    emergency = event(
        "c", "2019-03-10", "The government declared a state of emergency in the capital.", 2.0
    )
    timeline = select_timeline([emergency], [report], dates=1, per_date=3)
    lines = timeline[0].sentences
    texts = [s.text for s in lines]
    assert emergency.headline in texts
    assert "Troops patrolled the empty streets after nightfall." in texts
    assert not any("1 January" in t for t in texts)
    own = next(s for s in lines if s.text.startswith("Troops")).citations[0]
    assert own.document_id == "r1" and report.text[own.start : own.end] == own.text
    assert timeline[0].event_ids == ("c",)


RESCUE_REPORT = make_doc(
    "r2",
    "Rescue teams searched the rubble of the collapsed school through the night.\n",
    published="2019-03-11",
)
QUAKE = event("q", "2019-03-10", "An earthquake struck the coastal town of Sella.", 2.0)


def test_reports_published_the_next_day_count_for_the_day_before_only() -> None:
    later = event("z", "2019-03-12", "Parliament approved an emergency reconstruction budget.", 1.0)
    timeline = select_timeline([QUAKE, later], [RESCUE_REPORT], dates=2, per_date=2)
    by_date = {t.date: [s.text for s in t.sentences] for t in timeline}
    assert any(t.startswith("Rescue teams") for t in by_date["2019-03-10"])
    assert not any(t.startswith("Rescue teams") for t in by_date["2019-03-12"])


def test_next_day_reports_of_an_article_dating_its_news_to_its_day_are_not_the_eves() -> None:
    # "began talks on Monday", published that Monday: its next sentence is that day's news too.
    report = make_doc(
        "r3",
        "Rescue teams began clearing the roads on Monday.\n"
        "The teams bring together engineers from four countries.\n",
        published="2019-03-11",
        timexes=[("Monday", "2019-03-11", "day")],
    )
    timeline = select_timeline([QUAKE], [report], dates=1, per_date=2)
    assert [s.text for s in timeline[0].sentences] == [QUAKE.headline]
    # The same sentences with no day of their own are the morning-after report of the quake.
    undated = make_doc("r4", report.text.replace(" on Monday", ""), published="2019-03-11")
    timeline = select_timeline([QUAKE], [undated], dates=1, per_date=2)
    assert len(timeline[0].sentences) == 2


def test_undated_leads_of_a_day_covered_as_it_happens_are_not_the_eves() -> None:
    # Reports of Monday's talks, published that Monday; their leads say no day, but the story
    # dates what the first three tell to that Monday by others' words.
    leads = [
        "Both delegations agreed to exchange prisoners at the talks in Lakeport.",
        "The two sides agreed a prisoner swap after less than two hours of talks.",
        "A prisoner exchange was agreed by the delegations in Lakeport.",
        "Negotiators met for a second day in the conference centre in Lakeport.",
    ]
    reports = [
        make_doc(f"r{i}", f"{lead}\nThe next round is due in June.\n", published="2019-03-11")
        for i, lead in enumerate(leads)
    ]
    talks = replace(
        event("t", "2019-03-11", "The two sides agreed on Monday to swap prisoners.", 3.0),
        evidence=tuple(Citation(f"r{i}", 0, len(lead), lead) for i, lead in enumerate(leads[:3])),
        n_sources=3,
    )

    def eve(docs: list) -> list[str]:
        timeline = select_timeline([QUAKE, talks], docs, dates=2, per_date=2)
        return [s.text for s in timeline[0].sentences]

    # A lead the story dates to its own day is no report of the day before ...
    assert eve(reports[:1]) == [QUAKE.headline]
    # ... nor, where most of a day's reports are so, the undated lead of another that day.
    assert eve(reports) == [QUAKE.headline]
    # Alone, that lead may be the morning after's report of the quake.
    assert len(eve(reports[3:])) == 2


def test_a_lead_the_story_dates_to_another_day_is_no_report_of_its_own_day() -> None:
    # Published the day after, a report opens on the day before's quake, which the story dates
    # by other reports' words: it is no line, nor is its headline, of the day it came out.
    lead = "An earthquake struck the coastal town of Sella, killing dozens."
    report = replace(
        make_doc("r9", f"{lead}\nAid convoys reached the town by road.\n", published="2019-03-11"),
        title="Earthquake strikes the coastal town of Sella",
    )
    quake = replace(QUAKE, evidence=(*QUAKE.evidence, Citation("r9", 0, len(lead), lead)))
    visit = event("v", "2019-03-11", "The president visited the rescue teams in Sella.", 1.0)
    timeline = select_timeline([quake, visit], [report], dates=2, per_date=3)
    by_date = {t.date: [s.text for s in t.sentences] for t in timeline}
    assert by_date["2019-03-11"] == [visit.headline]
    # (Its next sentence, undated, is the morning-after report of the quake's day.)
    assert "Aid convoys reached the town by road." in by_date["2019-03-10"]


def test_a_day_shown_by_a_statement_of_plans_is_no_plan_of_that_day() -> None:
    """ "said Iran would install more centrifuges" tells what was said that day; "talks will
    resume" tells that day's plan."""
    for text, status in (
        ("Abbas Araghchi said Iran would install more centrifuges at Natanz.", "happened"),
        ("Talks in Vienna will resume with a new round.", "planned"),
    ):
        report = make_doc("r5", text, published="2019-03-30")
        # (An event of the day with no sentence of its own: the day shows the report alone.)
        day = replace(event("p", "2019-03-30", "Talks.", 1.0), evidence=())
        [entry] = select_timeline([day], [report], dates=1, per_date=1)
        assert (entry.sentences[0].text, entry.status) == (text, status)


def test_timeline_dates_stay_within_the_range_asked_for() -> None:
    timeline = select_timeline(EVENTS, dates=6, per_date=1, first="2019-03-05", last="2019-03-31")
    assert [t.date for t in timeline] == ["2019-03-10", "2019-03-20"]
    # A month that starts before the range is not inside it.
    coarse = select_timeline(
        [e for e in EVENTS if e.id == "f"], dates=2, per_date=1, first="2019-03-05"
    )
    assert coarse == []


def test_dates_reported_by_more_articles_rank_higher_when_weighted_by_reports() -> None:
    one = event("x", "2019-04-01", "The army shelled the port city of Marra overnight.", 2.0)
    many = Event(
        "y", "2019-04-09", "day", "happened", "Ministers resigned over the budget crisis.",
        (), None,
        tuple(Citation(f"r{i}", 0, 10, "Ministers resigned") for i in range(6)),
        3, (), 1.8,
    )  # fmt: skip
    by_reports = select_timeline(
        [one, many], dates=1, per_date=1, choice=TimelineChoice(date_weight="reports")
    )
    assert [t.date for t in by_reports] == ["2019-04-09"]
    by_salience = select_timeline([one, many], dates=1, per_date=1)  # the default
    assert [t.date for t in by_salience] == ["2019-04-01"]


def test_a_sentence_is_not_a_line_of_two_dates() -> None:
    rescue = event("s", "2019-03-11", "Soldiers joined the rescue effort in Sella.", 1.0)
    timeline = select_timeline([QUAKE, rescue], [RESCUE_REPORT], dates=2, per_date=3)
    lines = [s.text for t in timeline for s in t.sentences]
    assert len(timeline) == 2 and len(lines) == len(set(lines))


def test_chosen_dates_spread_out_instead_of_filling_one_busy_week() -> None:
    busy = [
        event("p", "2019-05-01", "Protesters occupied the central square of the capital.", 3.0),
        event("q", "2019-05-02", "Police fired tear gas at a march to parliament.", 2.9),
        event("r", "2019-05-03", "The interior minister resigned after the crackdown.", 2.8),
        event("s", "2019-05-25", "The president called early elections for September.", 2.0),
    ]
    spread = select_timeline(
        busy, dates=2, per_date=1, first="2019-05-01", last="2019-05-25",
        choice=TimelineChoice(date_spread=0.5),
    )  # fmt: skip
    assert [t.date for t in spread] == ["2019-05-01", "2019-05-25"]
    packed = select_timeline(
        busy, dates=2, per_date=1, first="2019-05-01", last="2019-05-25",
        choice=TimelineChoice(date_spread=0.0),
    )  # fmt: skip
    assert [t.date for t in packed] == ["2019-05-01", "2019-05-02"]


CHRONOLOGY = make_doc(
    "k1",
    "March 10 - Rescuers pulled survivors from a school in Sella.\n",
    published="2019-04-02",
    timexes=[("March 10", "2019-03-10", "day")],
)
SAME_DAY = [
    make_doc(f"n{i}", text, published="2019-03-10")
    for i, text in enumerate(
        [
            "An earthquake struck the coastal town of Sella on the eastern coast.",
            "The earthquake destroyed houses in the coastal town of Sella.",
        ]
    )
]


def test_a_chronology_entry_for_the_day_is_preferred_as_its_line() -> None:
    entry = CHRONOLOGY.text.strip()
    rescue = Event(
        "k", "2019-03-10", "day", "happened", entry, (), None,
        (Citation("k1", 0, len(entry), entry),), 1, (), 2.0,
    )  # fmt: skip
    documents = [CHRONOLOGY, *SAME_DAY]
    terms = Counter({"earthquake": 1, "sella": 1, "rescuers": 1})
    line = select_timeline([rescue], documents, dates=1, per_date=1, terms=terms)
    assert line[0].sentences[0].text == entry
    plain = select_timeline(
        [rescue], documents, dates=1, per_date=1, terms=terms,
        choice=TimelineChoice(chronicle_weight=1.0),
    )  # fmt: skip
    assert plain[0].sentences[0].text != entry


def test_a_line_that_also_dates_something_to_another_day_counts_for_less() -> None:
    text = (
        "Rebels took the airport on 10 March after the talks of 24 February failed.\n"
        "Rebels took the airport on 10 March after a night of shelling.\n"
        "The talks failed and the rebels took the airport.\n"
    )
    doc = make_doc(
        "t1", text, published="2019-03-12",
        timexes=[("10 March", "2019-03-10", "day"), ("24 February", "2019-02-24", "day")],
    )  # fmt: skip
    citations = tuple(Citation("t1", s.start, s.end, text[s.start : s.end]) for s in doc.sentences)
    airport = Event(
        "t", "2019-03-10", "day", "happened", citations[1].text, (), None, citations, 1, (), 2.0
    )
    first = select_timeline([airport], [doc], dates=1, per_date=1)[0].sentences[0].text
    assert "24 February" not in first
    unweighted = select_timeline(
        [airport], [doc], dates=1, per_date=1, choice=TimelineChoice(elsewhere_weight=1.0)
    )
    assert "24 February" in unweighted[0].sentences[0].text


def _press_corpus() -> tuple[list, list]:
    docs = [
        make_doc(
            f"p{i}",
            "Kestria and Almora resumed talks on the Veran dam, BBC reporters in Sella said. "
            "BBC News understands a deal is close.",
            "2025-04-0" + str(i + 1),
            source="bbc",
            mentions=[("Kestria", "GPE"), ("Almora", "GPE"), ("BBC", "ORG"), ("Sella", "GPE")],
        )
        for i in range(3)
    ]
    return docs, list(merge_entities(docs).entities)


def test_story_terms_leave_out_the_outlet_that_publishes_the_story() -> None:
    docs, entities = _press_corpus()
    terms = story_terms(docs, entities, None)
    assert terms["kestria"] and terms["almora"]
    assert "bbc" not in terms


def test_a_query_weighs_as_much_as_the_story_actors_and_terms_together() -> None:
    docs, entities = _press_corpus()
    found = story_terms(docs, entities, None)
    asked = story_terms(docs, entities, "water dispute")
    total = sum(asked.values())
    assert asked["water"] == asked["dispute"] == total / 4
    assert asked["kestria"] / total == found["kestria"] / sum(found.values()) / 2


def test_an_event_told_only_by_a_page_about_something_else_counts_for_less() -> None:
    report = make_doc(
        "report",
        "Kestria and Almora signed the water accord in Geneva. "
        "The Kestria delegation said the accord ends the dispute. "
        "Almora will open the sluices next week.",
    )
    schedule = make_doc(
        "schedule",
        "Tonight the choir sings in Sella. "
        "The late film is a comedy. "
        "A quiz follows the news. "
        "The weather comes at ten. "
        "Kestria talks are discussed at nine.",
    )
    terms = Counter({"kestria": 3, "almora": 2, "accord": 1})
    focus = article_focus([report, schedule], terms)
    assert focus == {"report": 1.0, "schedule": 0.2}
    told = [
        Event("r", "2025-09-24", "day", "happened", "Choir in Sella.", (), None,
              (Citation("report", 0, 10, "Choir in Sella."),), 1, (), 0.0),
        Event("s", "2025-09-24", "day", "happened", "Choir in Sella.", (), None,
              (Citation("schedule", 0, 10, "Choir in Sella."),), 1, (), 0.0),
    ]  # fmt: skip
    by_report, by_schedule = score_events(told, terms, focus=focus, off_story_article=0.3)
    assert by_report.salience / by_schedule.salience == pytest.approx(1.3 / 0.5, rel=1e-3)
    equal = score_events(told, terms)
    assert equal[0].salience == equal[1].salience


def test_the_brief_opens_with_what_the_story_is_in_whole_sentences() -> None:
    docs = [
        make_doc(
            "a",
            "Ostland and Westria opened peace talks in Geneva on Monday over their disputed "
            "border, the first talks since the war began.\nIn this photo, delegates arrive.",
            "2019-02-26",
            "Wire",
            [("Ostland", "GPE"), ("Westria", "GPE"), ("Geneva", "GPE")],
            [("Monday", "2019-02-25", "day")],
        ),
        make_doc(
            "b",
            "Westria walked out of the talks with Ostland on Thursday, and officials said a "
            "new round would open in April.",
            "2019-03-08",
            "Post",
            [("Ostland", "GPE"), ("Westria", "GPE")],
            [("Thursday", "2019-03-07", "day"), ("April", "2019-04", "month")],
        ),
        make_doc(
            "c",
            "Peace talks between Ostland and Westria over the disputed border opened in Geneva "
            "on Monday.",
            "2019-02-27",
            "Times",
            [("Ostland", "GPE"), ("Westria", "GPE"), ("Geneva", "GPE")],
            [("Monday", "2019-02-25", "day")],
        ),
    ]
    story = compose_story(docs, Settings())
    # The opener's happening, told by another outlet, is not told again.
    assert not any(line.text.startswith("Peace talks between") for line in story.brief)
    assert len(story.brief[0].citations) == 2
    texts = {d.id: d.text for d in docs}
    sentences = {(d.id, s.start, s.end) for d in docs for s in d.sentences}
    assert story.brief[0].text.startswith("Ostland and Westria opened peace talks")
    for line in story.brief:
        first = line.citations[0]
        assert line.text == first.text == texts[first.document_id][first.start : first.end]
        assert (first.document_id, first.start, first.end) in sentences  # a whole sentence
        assert not line.text.startswith("In this photo")
    # The walkout's sentence dates two happenings; its events' headlines are cut to a clause,
    # the brief keeps the sentence whole and tells it once.
    walkout = [line for line in story.brief if line.text.startswith("Westria walked out")]
    assert len(walkout) == 1


def test_the_opener_tells_every_event_its_sentence_is_evidence_of() -> None:
    opening = (
        "Ostland and Westria opened talks in Geneva on Monday to save the 2015 border treaty, "
        "the first talks since the war began."
    )
    other = "Envoys of Ostland and Westria sat down with UN mediators on Monday in Geneva."
    later = (
        "Westria's delegation walked out on Thursday, accusing its neighbour of shelling villages."
    )
    names = [("Ostland", "GPE"), ("Westria", "GPE"), ("Geneva", "GPE")]
    docs = [
        make_doc("a", opening, "2019-02-26", "Wire", names),
        make_doc("c", other, "2019-02-27", "Times", names),
        make_doc("b", later, "2019-03-08", "Post", names),
    ]
    index = merge_entities(docs)
    actors = tuple(e.id for e in index.entities if e.name in ("Ostland", "Westria"))

    def cited(doc_id: str, text: str) -> Citation:
        return Citation(doc_id, 0, len(text), text)

    # The opening sentence is evidence of the treaty's year as well as of Monday's talks.
    treaty = replace(
        event("treaty", "2015", opening, 1.0, granularity="year"),
        evidence=(cited("a", opening),), actors=actors,
    )  # fmt: skip
    talks = replace(
        event("talks", "2019-02-25", opening, 3.0, n_sources=2),
        evidence=(cited("a", opening), cited("c", other)), actors=actors,
    )  # fmt: skip
    walkout = replace(
        event("walkout", "2019-03-07", later, 2.0), evidence=(cited("b", later),), actors=actors
    )
    brief = [
        s.text
        for s in write_brief(
            [treaty, talks, walkout], docs, index, 60, ("2019-02-18", "2019-03-08")
        )
    ]
    # Monday's talks are told by the opener: not again in another outlet's words.
    assert brief == [opening, later]


def test_an_event_told_in_one_sentence_about_the_story_is_not_outweighed_by_wordy_ones() -> None:
    terms = Counter({"kestria": 3, "almora": 3, "accord": 2, "geneva": 1, "border": 1})
    short = "Kestria and Almora signed the accord after a long night of talks in a lakeside hotel."
    told_once = Event(
        "a",
        "2019-03-01",
        "day",
        "happened",
        short,
        (),
        None,
        tuple(Citation(f"d{i}", 0, len(short), short) for i in range(3)),
        1,
        (),
        0.0,
    )
    wordy = [
        "Officials from Kestria arrived in Geneva on a cold morning for another round of talks.",
        "The Almora delegation spent the afternoon discussing the accord with reporters.",
        "Guards along the border said the night had been quiet for once.",
    ]
    told_often = Event("b", "2019-03-02", "day", "happened", wordy[0], (), None,
                       tuple(Citation(f"e{i}", 0, len(t), t) for i, t in enumerate(wordy)), 1, (),
                       0.0)  # fmt: skip
    once, often = score_events([told_once, told_often], terms)
    assert once.salience > often.salience


def test_the_opener_reads_alone() -> None:
    # The earliest article's first sentence names both sides, but "this" stands for what was
    # told before it: the opener is the next best sentence that reads on its own.
    docs = [
        make_doc(
            "a",
            "Ostland and Westria believe that this may end the war over their disputed border.",
            "2019-02-20",
            "Wire",
            [("Ostland", "GPE"), ("Westria", "GPE")],
        ),
        make_doc(
            "b",
            "Ostland and Westria opened peace talks in Geneva on Monday over their border.",
            "2019-02-26",
            "Post",
            [("Ostland", "GPE"), ("Westria", "GPE"), ("Geneva", "GPE")],
            [("Monday", "2019-02-25", "day")],
        ),
    ]
    story = compose_story(docs, Settings())
    assert story.brief[0].text.startswith("Ostland and Westria opened peace talks")


def test_the_opener_is_no_background_from_before_the_coverage() -> None:
    # The earliest article opens on an assault of two months before it; the story its articles
    # tell is the talks.
    names = [("Ostland", "GPE"), ("Westria", "GPE"), ("Geneva", "GPE")]
    docs = [
        make_doc(
            "a",
            "On November 8, Ostland's army launched its biggest assault on Westria's border "
            "towns.\nOfficials said the talks would go on.",
            "2019-01-11",
            "Wire",
            names,
            [("November 8", "2018-11-08", "day")],
        ),
        make_doc(
            "b",
            "Ostland and Westria opened peace talks in Geneva on Monday over their border.",
            "2019-01-15",
            "Post",
            names,
            [("Monday", "2019-01-14", "day")],
        ),
    ]
    story = compose_story(docs, Settings())
    assert story.brief[0].text.startswith("Ostland and Westria opened peace talks")


def test_the_opener_is_no_later_sentence_on_a_happening_its_article_told_already() -> None:
    # "The deal" stands for the agreement the sentence before told; it names more of the
    # story's actors, but the article's first sentence says what the story is.
    docs = [
        make_doc(
            "a",
            "Ostland and Westria have signed a ceasefire agreement, the mediators said."
            "\nThe deal was signed on Saturday by Ostland, Westria and the Geneva Group in "
            "Geneva.",
            "2019-02-24",
            "Wire",
            [("Ostland", "GPE"), ("Westria", "GPE"), ("Geneva Group", "ORG"), ("Geneva", "GPE")],
            [("Saturday", "2019-02-23", "day")],
        ),
        make_doc(
            "b",
            "Ostland said the Geneva Group would monitor the ceasefire with Westria on Monday.",
            "2019-02-26",
            "Post",
            [("Ostland", "GPE"), ("Westria", "GPE"), ("Geneva Group", "ORG")],
            [("Monday", "2019-02-25", "day")],
        ),
    ]
    story = compose_story(docs, Settings())
    assert story.brief[0].text.startswith("Ostland and Westria have signed")


def test_a_happening_one_source_tells_and_another_denies_is_a_status_conflict() -> None:
    docs = [
        make_doc(
            "a",
            "Rebels attacked the aid convoy near Sella on Monday.",
            "2019-03-05",
            "Wire",
            [("Sella", "GPE")],
            [("Monday", "2019-03-04", "day")],
            predicates=[("attacked", "attack", [("subject", "Rebels", "rebel", None),
                                                ("object", "the aid convoy", "convoy", None)])],
        ),
        make_doc(
            "b",
            "The rebels denied attacking the aid convoy near Sella on Monday.",
            "2019-03-05",
            "Post",
            [("Sella", "GPE")],
            [("Monday", "2019-03-04", "day")],
            predicates=[
                ("denied", "deny", [("subject", "The rebels", "rebel", None)]),
                ("attacking", "attack", [("object", "the aid convoy", "convoy", None)], 0, "xcomp"),
            ],
        ),
    ]  # fmt: skip
    story = compose_story(docs, Settings())
    event = next(e for e in story.events if e.date == "2019-03-04")
    assert event.type == "ASSAULT" and event.status == "happened"
    assert [c.document_id for c in event.denials] == ["b"]
    status = [c for c in story.conflicts if c.kind == "status"]
    assert len(status) == 1
    assert {(side.source, side.value) for side in status[0].sides} == {
        ("Wire", "happened"),
        ("Post", "denied"),
    }


def test_a_happening_a_source_says_did_not_take_place_is_denied_by_it() -> None:
    told = make_doc(
        "a",
        "Rebels attacked the port of Hodeidah on Wednesday.",
        "2019-03-06",
        "AFP",
        [("Hodeidah", "GPE")],
        [("Wednesday", "2019-03-06", "day")],
        predicates=[("attacked", "attack", [("subject", "Rebels", "rebel", None),
                                            ("object", "the port", "port", None)])],
    )  # fmt: skip
    not_so = make_doc(
        "b",
        "The rebels did not attack the port of Hodeidah on Wednesday.",
        "2019-03-06",
        "Reuters",
        [("Hodeidah", "GPE")],
        [("Wednesday", "2019-03-06", "day")],
        predicates=[("attack", "attack", [("subject", "The rebels", "rebel", None),
                                          ("object", "the port", "port", None)],
                     {"negated": True})],
    )  # fmt: skip
    alone = compose_story([not_so], Settings())
    assert [(e.type, e.status) for e in alone.events] == [("ASSAULT", "denied")]
    assert [t.status for t in alone.timeline] == ["denied"]
    both = compose_story([told, not_so], Settings())
    status = [c for c in both.conflicts if c.kind == "status"]
    assert len(status) == 1
    assert {(side.source, side.value) for side in status[0].sides} == {
        ("AFP", "happened"),
        ("Reuters", "denied"),
    }


def test_a_figure_hoped_for_planned_or_possible_is_no_claim_to_compare() -> None:
    assert _figures("BP said it had collected 14,800 barrels on Monday.") == [("barrels", "14800")]
    assert _figures("BP hoped to collect 20,000 barrels per day.") == []
    assert (
        _figures("It will put vessels on site by the end of June to handle 53,000 barrels a day.")
        == []
    )
    # The clause ends at the comma: the count after it is a claim again.
    assert _figures("As the company could not say, 40 people were killed.") == [("killed", "40")]
    # But not at a number's thousands comma.
    assert _figures("BP claims it can capture between 40,000 and 53,000 barrels a day.") == []
    # A range is no count; a strike that "targeted" a depot is no plan.
    assert _figures("The team's estimate is 12,000-19,000 barrels per day.") == []
    assert _figures("The strike targeted a depot, and 6 fighters were killed.") == [("killed", "6")]


def test_a_count_after_a_verb_in_ing_or_before_the_people_it_counts() -> None:
    # One report's "killing 12 civilians" against another's "17 people were killed".
    assert _figures("A strike hit the market, killing 12 civilians and wounding 30.") == [
        ("killed", "12"),
        ("injured", "30"),
    ]
    assert _figures("Officials said 12 civilians were killed.") == [("killed", "12")]
    # Counts written in words.
    assert _figures("Twelve civilians were killed and twenty-five wounded.") == [
        ("killed", "12"),
        ("injured", "25"),
    ]
    assert _figures("At least one person was killed.") == [("killed", "1")]


@pytest.mark.parametrize(
    ("said", "day", "compared"),
    [("Wednesday", "2019-03-06", True), ("Friday", "2019-03-08", False)],
)
def test_a_figure_its_sentence_dates_to_another_day_is_not_the_events(
    said: str, day: str, compared: bool
) -> None:
    """Tuesday's march: a count given for the next day still counts for it (a period to
    midnight, a report of the morning after); a count for three days later is another count."""
    first = make_doc(
        "a",
        "Police said 2,000 protesters marched in Sella on Tuesday.",
        "2019-03-06",
        "Wire",
        timexes=[("Tuesday", "2019-03-05", "day")],
    )
    text = f"Organisers said 5,000 protesters marched in Sella on {said}."
    second = make_doc("b", text, "2019-03-08", "Post", timexes=[(said, day, "day")])
    march = Event(
        "m", "2019-03-05", "day", "happened", first.text, (), None,
        (Citation("a", 0, len(first.text), first.text), Citation("b", 0, len(text), text)),
        2, (),
    )  # fmt: skip
    figures = [c for c in find_conflicts([first, second], [march]) if c.kind == "figure"]
    assert bool(figures) is compared


def test_two_tolls_one_article_quotes_from_two_parties_are_a_conflict() -> None:
    text = (
        "An air strike hit a market in Hodeidah on Tuesday, killing 22 civilians, Houthi "
        "officials said. The Saudi-led coalition said the strike targeted a depot and that 6 "
        "fighters were killed. A Houthi spokesman later said 25 people had been killed."
    )
    report = make_doc(
        "a", text, "2019-03-12", "Wire", [("Houthi", "NORP"), ("Saudi", "NORP")],
        timexes=[("Tuesday", "2019-03-12", "day")],
        predicates=[("said", "say", [("subject", "Houthi officials", "official", "NORP")]),
                    ("said the", "say", [("subject", "The Saudi-led coalition", "coalition",
                                          "NORP")]),
                    ("said 25", "say", [("subject", "A Houthi spokesman", "spokesman", "NORP")])],
    )  # fmt: skip
    # Mentions as a built story links them to its entities.
    report = replace(
        report, mentions=tuple(replace(m, entity=m.text.lower()) for m in report.mentions)
    )
    first, second, third = report.sentences

    def cited(sentence) -> Citation:
        return Citation("a", sentence.start, sentence.end, text[sentence.start : sentence.end])

    strike = Event(
        "s", "2019-03-12", "day", "happened", cited(first).text, (), None, (cited(first),), 1, (),
        type="ASSAULT",
    )  # fmt: skip
    # The other sentences are dated by no expression of their own: events for the record.
    raid = replace(strike, id="r", evidence=(cited(second),), date_source="article")
    later = replace(strike, id="l", evidence=(cited(third),), date_source="article")
    figures = [c for c in find_conflicts([report], [strike, raid, later]) if c.kind == "figure"]
    assert len(figures) == 1
    # One side a party: the Houthi spokesman's later count is the Houthis' update, not a claim.
    assert [(side.source, side.claimant, side.value) for side in figures[0].sides] == [
        ("Wire", "the Saudi-led coalition", "6"),
        ("Wire", "Houthi officials", "22"),
    ]
    # One party alone gives one toll and its update: nothing to compare.
    assert not [c for c in find_conflicts([report], [strike, later]) if c.kind == "figure"]


def test_a_claimant_is_who_a_claim_is_according_to_and_must_name_an_actor() -> None:
    text = "At least 47 people were killed, according to the Gaza health ministry."
    doc = make_doc("g", text, "2023-11-14", "Wire", [("Gaza", "GPE")])
    doc = replace(doc, mentions=tuple(replace(m, entity="gaza") for m in doc.mentions))
    whole = Citation("g", 0, len(text), text)
    assert _claimant(doc, whole) == ("the Gaza health ministry", frozenset({"gaza"}))
    unnamed = make_doc("s", "A spokesman said 12 people were killed.", "2023-11-14", "Wire",
                       predicates=[("said", "say", [("subject", "A spokesman", "spokesman",
                                                     None)])])  # fmt: skip
    assert _claimant(unnamed, Citation("s", 0, len(unnamed.text), unnamed.text)) is None


def test_a_caption_saying_who_stands_where_reads_poorly() -> None:
    assert sentence_quality("The minister (right) met the envoy on Monday in the capital.") < 0.5
    assert sentence_quality("The right to protest (and to strike) was upheld on Monday.") == 1.0


def test_a_grid_of_stills_reads_poorly() -> None:
    still = (
        "Images of the oil spill taken from live video on 26 May (top L), 1 June (top R) and "
        "15 July (bottom R) after the leak was contained."
    )
    assert sentence_quality(still) < 0.5


def test_a_heading_with_its_date_run_into_a_sentence_reads_poorly() -> None:
    glued = (
        "Swine flu illness in Mexico-update 2 26 April 2009 -- As of 26 April 2009, the "
        "government has reported 20 laboratory confirmed cases."
    )
    assert sentence_quality(glued) < 0.5
    aside = "The talks that began on 26 April 2009 -- the first in years -- ended on Friday."
    assert sentence_quality(aside) == 1.0


def test_a_page_s_words_about_what_follows_read_poorly() -> None:
    summary = (
        "A summary of events Thursday, July 15, Day 86 of the Gulf of Mexico oil spill that "
        "began with the April 20 explosion."
    )
    assert sentence_quality(summary) < 0.5
    assert sentence_quality("Here are the latest developments as confirmed by the network.") < 0.5
    report = "A summary of the advice, obtained by the newspaper, said the resolution was enough."
    assert sentence_quality(report) == 1.0


def test_a_brief_tells_a_happening_by_a_sentence_that_tells_it_done() -> None:
    from storyline.merge.events import told_as_plan

    assert told_as_plan("The cap could be placed over the spill as early as Wednesday.")
    assert told_as_plan("A final report from the panel is due by 11 January.")
    assert told_as_plan("The reports come ahead of a final report, to be released January 11.")
    assert not told_as_plan("The cap placed over the well on Wednesday held.")
    assert not told_as_plan("The panel's report was published on 11 January.")


def test_spread_picker_discounts_the_neighbours_of_what_it_takes() -> None:
    from storyline.compose.spread import SpreadPicker

    score = {"a": 1.0, "b": 0.9, "c": 0.5}
    picker = SpreadPicker({"a": 100, "b": 101, "c": 200}, spread=0.8, scale=10.0)
    order = []
    while (item := picker.best(lambda k, discount: (score[k] * discount,))) is not None:
        order.append(item)
        picker.take(item)
    assert order == ["a", "c", "b"]  # b, a day from a, falls behind the far-off c
    dropped = SpreadPicker({"a": 100, "b": 101}, spread=0.8, scale=10.0)
    dropped.drop("a")  # set aside, not taken: b keeps its weight
    assert dropped.best(lambda k, discount: (discount,)) == "b"
    assert dropped.discount["b"] == 1.0


def test_the_opener_is_the_lead_where_a_later_sentence_only_names_more_actors() -> None:
    # The third sentence names four of the story's actors and the lead three: three say what
    # the story is, and the journalist's lead says it first.
    docs = [
        make_doc(
            "a",
            "Ostland and Westria signed a ceasefire deal in Geneva on Saturday, raising hopes "
            "for the border.\nThe ceremony was short.\nOstland's envoy signed with the Geneva "
            "Group and Veran, and Westria's envoy signed a mirror text.",
            "2019-02-24",
            "Wire",
            [
                ("Ostland", "GPE"),
                ("Westria", "GPE"),
                ("Geneva", "GPE"),
                ("Ostland", "GPE"),
                ("Geneva Group", "ORG"),
                ("Veran", "GPE"),
                ("Westria", "GPE"),
            ],
            [("Saturday", "2019-02-23", "day")],
        ),  # fmt: skip
        make_doc(
            "b",
            "Ostland said the Geneva Group and Veran would monitor the ceasefire with Westria "
            "on Monday.",
            "2019-02-26",
            "Post",
            [("Ostland", "GPE"), ("Geneva Group", "ORG"), ("Veran", "GPE"), ("Westria", "GPE")],
            [("Monday", "2019-02-25", "day")],
        ),
    ]
    story = compose_story(docs, Settings())
    assert story.brief[0].text.startswith("Ostland and Westria signed a ceasefire deal")


def test_a_brief_tells_developments_not_quotations_or_plans_overtaken() -> None:
    quote = event(
        "q", "2019-03-02", '"Today there is a beacon on the river," the mediator said.', 3.0
    )
    overtaken = event(
        "p", "2019-03-10", "The truce had been due to expire on March 10 at noon.", 2.0, "planned"
    )
    done = event("d", "2019-03-12", "Ostland and Westria extended the truce by a month.", 1.5)
    texts = [
        s.text
        for s in write_brief(
            [quote, overtaken, done], summary_words=10, coverage=(None, "2019-03-20")
        )
    ]
    assert texts == [done.headline]


def test_a_brief_tells_the_story_s_most_important_days_by_their_main_happening() -> None:
    # The day the deal was signed is told by many events; a plan much repeated on a quiet day
    # has more mentions than any one of them, but its day matters less.
    signed = [
        event("s", "2019-05-02", "Ostland and Westria signed the river accord in Lakeport.", 2.5),
        event("s2", "2019-05-02", "Crowds gathered on both banks of the river to celebrate.", 2.0),
        event("s3", "2019-05-02", "The mediator thanked both delegations for their patience.", 2.0),
    ]
    wells = event("w", "2019-06-11", "Engineers were drilling two channels to drain the lake.", 3.0)
    texts = [s.text for s in write_brief([*signed, wells], summary_words=10)]
    assert texts == [signed[0].headline]


def test_a_brief_tells_a_second_development_of_a_day_only_when_other_days_run_out() -> None:
    # The quake's day is told by several reports of it in other words; another day's happening
    # comes before a second of them, which is told only where no other day is left.
    quake = [
        event(
            "q1", "2010-01-12", "A strong earthquake struck the capital on Tuesday afternoon.", 3.0
        ),
        event("q2", "2010-01-12", "Reports spoke of thousands of deaths after the disaster.", 2.8),
    ]
    appeal = event("a", "2010-01-14", "Charities launched a joint appeal for the victims.", 1.0)
    texts = [s.text for s in write_brief([*quake, appeal], summary_words=18)]
    assert texts == [quake[0].headline, appeal.headline]
    texts = [s.text for s in write_brief(quake, summary_words=18)]
    assert texts == [quake[0].headline, quake[1].headline]


def test_a_brief_tells_a_day_s_event_by_a_sentence_of_that_day() -> None:
    # A sentence dated only by its month joined the event of a day in that month; it tells
    # nothing of the day, so the day's own report stands for the event, and alone it stands for
    # no development.
    month = "The new flu first emerged in Mexico in April and has spread to 74 countries."
    day = "Mexico closed its schools on Friday as the new flu spread."
    text = f"{month} {day}"
    doc = make_doc(
        "d-flu",
        text,
        "2009-06-18",
        timexes=[("April", "2009-04", "month"), ("Friday", "2009-04-24", "day")],
    )
    month_cite = Citation("d-flu", 0, len(month), month)
    day_cite = Citation("d-flu", len(month) + 1, len(text), day)
    closed = replace(event("c", "2009-04-24", day, 3.0), evidence=(month_cite, day_cite))
    texts = [s.text for s in write_brief([closed], [doc], summary_words=40)]
    assert texts == [day]
    alone = replace(closed, evidence=(month_cite,))
    assert write_brief([alone], [doc], summary_words=40) == []


def test_a_brief_tells_a_happening_by_a_sentence_that_says_which() -> None:
    # "announced the moves Wednesday": which moves, the sentence before it said.
    bare = Citation(
        "d-wire",
        0,
        90,
        "The chairman announced the moves Wednesday after a meeting with the envoy.",
    )
    whole = Citation(
        "d-post", 0, 90, "Ostland agreed on Wednesday to pay $20 million into a fund for farmers."
    )
    fund = replace(event("fund", "2019-06-16", bare.text, 3.0), evidence=(bare, whole))
    assert best_sentence(fund) == whole
    assert best_sentence(replace(fund, evidence=(bare,))) is None
    # Named with what it is about, the same happening reads alone.
    said = replace(bare, text="The chairman announced the moves on the river flow Wednesday.")
    assert best_sentence(replace(fund, evidence=(said,))) == said


def test_a_brief_tells_no_condition_and_nothing_added_to_an_untold_sentence() -> None:
    condition = event(
        "c", "2019-03-02", "If the talks go well, the truce could be extended by a month.", 3.0
    )
    added = event("a", "2019-03-05", "The mediator also said the crossings would reopen.", 2.5)
    done = event("d", "2019-03-12", "Ostland and Westria extended the truce by a month.", 1.5)
    texts = [s.text for s in write_brief([condition, added, done], summary_words=40)]
    assert texts == [done.headline]


def test_a_plan_is_overtaken_only_when_its_whole_period_is_before_the_last_article() -> None:
    from storyline.merge.periods import over_before

    def plan(day: str, granularity: str = "day") -> Event:
        return replace(
            event("p", day, "The envoys plan to meet.", 1.0, "planned"), granularity=granularity
        )

    assert over_before(plan("2019-03-10").date, "2019-03-20")
    assert not over_before(plan("2019-03", "month").date, "2019-03-20")  # the month is not over
    assert over_before(plan("2019-02", "month").date, "2019-03-20")
    assert not over_before(plan("2019-03-25").date, "2019-03-20")


def test_the_opener_may_be_a_wire_s_long_lead() -> None:
    """A wire's lead of near fifty words, in the first article, says what the story is; a
    shorter lead of the next article is not preferred for being short, and a relative "that
    had" is no demonstrative standing for something told before."""
    long_lead = (
        "Ostland, Westria and Veran have agreed to set up a joint mechanism to watch over the "
        "ceasefire on the border, the three countries said in a joint statement read out at the "
        "end of two days of talks in Geneva on Tuesday, ending a standoff that had shut the border."
    )
    assert 45 < len(long_lead.split()) <= 60
    places = [("Ostland", "GPE"), ("Westria", "GPE"), ("Veran", "GPE"), ("Geneva", "GPE")]
    docs = [
        make_doc("a", long_lead, "2019-01-24", "Wire", places, [("Tuesday", "2019-01-22", "day")])
    ]
    later = (
        ("2019-02-16", "The second round of talks between Ostland, Westria and Veran ended in "
                       "Geneva on Friday with a group to monitor the truce."),
        ("2019-03-16", "Westria kept away from the third round with Ostland and Veran on Friday."),
        ("2019-05-04", "Ostland, Westria and Veran signed a memorandum on safe zones on Friday."),
        ("2019-07-06", "Ostland and Veran failed to agree on the zones with Westria on Friday."),
    )  # fmt: skip
    for n, (day, told) in enumerate(later):
        named = sorted((p for p in places if p[0] in told), key=lambda p: told.index(p[0]))
        docs.append(make_doc("bcde"[n], told, day, f"Outlet {n}", named, [("Friday", day, "day")]))
    story = compose_story(docs, Settings())
    assert story.brief[0].text == long_lead


def test_quotes_of_one_role_are_grouped_with_or_without_its_article() -> None:
    doc = make_doc(
        "r1",
        "The energy ministry said the reservoir would be full by the end of April.\n"
        "The turbines would run at half power in the summer, energy ministry said.\n",
        published="2025-03-15",
        quotes=[
            ("the reservoir would be full by the end of April", "The energy ministry"),
            ("The turbines would run at half power in the summer", "energy ministry"),
        ],
    )
    grouped = quotes_by_speaker([doc], merge_entities([doc]))
    assert {g.speaker: len(g.quotes) for g in grouped} == {"energy ministry": 2}


def test_one_who_speaks_for_a_person_is_grouped_by_the_role_not_the_person() -> None:
    doc = make_doc(
        "s1",
        "Hosni Mubarak spoke on television.\n"
        "Mubarak's spokesman said the president would stay in the country until September.\n",
        published="2011-02-02",
        mentions=[("Hosni Mubarak", "PERSON"), ("Mubarak", "PERSON")],
        quotes=[("the president would stay in the country", "Mubarak's spokesman")],
    )
    grouped = quotes_by_speaker([doc], merge_entities([doc]))
    assert [(g.speaker, g.entity_id) for g in grouped] == [("Mubarak's spokesman", None)]


def test_a_day_one_article_of_that_day_tells_is_told_by_its_lead() -> None:
    """The article's own order says what matters: its lead, not the sentence most like the
    others it holds, is the day's line (here the lead is long, and two later sentences share
    their words)."""
    lead = (
        "Ostland, Westria and Veran agreed on Tuesday in Geneva to set up a joint commission to "
        "watch over the ceasefire on the border, the three governments said in a statement read "
        "out at the end of two days of talks, the first since the war began in the spring."
    )
    text = "\n".join(
        [
            lead,
            "The border commission will meet in Geneva on Tuesday every month, officials said.",
            "The border commission will report on the ceasefire to Geneva on Tuesday, they said.",
        ]
    )
    places = [("Ostland", "GPE"), ("Westria", "GPE"), ("Veran", "GPE"), ("Geneva", "GPE")]
    doc = make_doc("a", text, "2019-01-22", "Wire", places, [("Tuesday", "2019-01-22", "day")])
    story = compose_story([doc], Settings())
    [entry] = [e for e in story.timeline if e.date == "2019-01-22"]
    assert entry.sentences[0].text == lead


def test_an_article_s_headline_is_a_line_for_its_day_cited_in_its_title() -> None:
    text = "\n".join(
        [
            "Ostland and Westria agreed on Tuesday in Geneva to set up a border commission.",
            "The commission will meet every month, officials said.",
        ]
    )
    places = [("Ostland", "GPE"), ("Westria", "GPE"), ("Geneva", "GPE")]
    doc = make_doc("a", text, "2019-01-22", "Wire", places, [("Tuesday", "2019-01-22", "day")])
    headline = "Ostland and Westria agree border commission at Geneva talks"
    asked = "Will the Geneva border commission hold the line?"
    for title, offered in ((headline, True), (asked, False), ("Border talks", False)):
        leads = _LeadIndex([replace(doc, title=title)])
        cited = [c for c in leads.reports_of("2019-01-22") if c.field == "title"]
        assert bool(cited) == offered
        for citation in cited:
            assert title[citation.start : citation.end] == citation.text == title
            assert not leads.dated_elsewhere(citation, "2019-01-22")


def test_a_brief_tells_a_happening_by_its_report_not_a_later_recall() -> None:
    report = Citation(
        "a",
        0,
        150,
        "Ostland, Westria and Veran agreed on Friday to send observers to the edges of the zone "
        "in the north, completing the set of four zones agreed in Lakeport in May.",
    )
    recall = Citation(
        "b",
        0,
        140,
        "The talks in Lakeport, which began on Monday, were the first since the edges of the "
        "northern zone were agreed in September by the governments.",
    )
    assert len(recall.text.split()) == 25 and len(report.text.split()) > 25
    event = Event(
        "v1", "2019-09-15", "day", "happened", "Ostland agreed", ("x",), None,
        (recall, report), 2, ("b",), type="AGREE",
    )  # fmt: skip
    assert best_sentence(event) == report


def test_a_figure_given_as_the_one_replaced_or_compared_with_is_no_claim() -> None:
    assert _figures(
        "BP said it had siphoned 2,200 barrels, down from an estimate of 5,000 barrels."
    ) == [("barrels", "2200")]
    assert _figures("The estimates were far higher than the 210,000 gallons BP had guessed.") == []
    assert _figures("It captured 5,000 barrels a day, from 3,000 barrels previously.") == [
        ("barrels", "5000")
    ]


def test_a_source_that_gives_both_days_does_not_contradict_either() -> None:
    # "exploded on April 20 and sank two days later" dates two happenings.
    first = "The Deepwater rig exploded in flames on April 20, killing eleven workers at sea."
    second = (
        "The Deepwater rig exploded in flames on April 20 and sank two days later off the coast "
        "of Louisiana."
    )
    docs = [
        make_doc("d-a", first, "2010-05-01", "Wire", timexes=[("April 20", "2010-04-20", "day")]),
        make_doc(
            "d-b",
            second,
            "2010-05-01",
            "Post",
            timexes=[("April 20", "2010-04-20", "day"), ("two days later", "2010-04-22", "day")],
        ),
    ]
    kind = {"type": "ASSAULT", "date_source": "text", "actors": ("rig",)}
    events = [
        replace(event("a", "2010-04-20", first, 1.0), **kind),
        replace(event("b", "2010-04-22", second, 1.0), **kind),
    ]
    assert [c for c in find_conflicts(docs, events) if c.kind == "date"] == []
    # Without the other day in its sentence, the second outlet does contradict the first.
    alone = second.replace(" on April 20", "")
    docs[1] = make_doc(
        "d-b", alone, "2010-05-01", "Post", timexes=[("two days later", "2010-04-22", "day")]
    )
    events[1] = replace(event("b", "2010-04-22", alone, 1.0), **kind)
    assert [c.kind for c in find_conflicts(docs, events)] == ["date"]


def test_the_opener_says_since_when() -> None:
    # The earliest article opens on the day's quarrel; the next names the day of the happening
    # the story is most about (the burst, which every later article tells).
    names = [("Kestria", "GPE"), ("Sella", "GPE")]
    burst = "The Veran dam burst on Tuesday, flooding towns in Kestria and Sella."
    docs = [
        make_doc(
            "a",
            "Kestria and Sella traded blame over the floods on Wednesday.",
            "2019-03-06",
            "Wire",
            names,
            [("Wednesday", "2019-03-06", "day")],
        ),
        make_doc("b", burst, "2019-03-06", "Post", names, [("Tuesday", "2019-03-05", "day")]),
        *(
            make_doc(
                f"c{i}",
                f"Rescuers searched the towns of Kestria and Sella. {burst}",
                f"2019-03-0{7 + i}",
                f"Outlet {i}",
                names,
                [("Tuesday", "2019-03-05", "day")],
            )
            for i in range(3)
        ),
    ]
    story = compose_story(docs, Settings())
    assert story.brief[0].text == burst


def test_a_day_is_told_by_its_own_reports_before_later_articles_retelling_it() -> None:
    told = "Rebels took the airport in Sella after a night of shelling."
    retold = "The airport in Sella, taken by the rebels on 10 March, is still closed to aid."
    docs = [make_doc("d1", told, published="2019-03-10")] + [
        make_doc(
            f"l{i}", retold, published=f"2019-03-2{i}", timexes=[("10 March", "2019-03-10", "day")]
        )  # fmt: skip
        for i in range(2)
    ]
    evidence = tuple(Citation(d.id, 0, len(d.text), d.text) for d in docs)
    airport = Event("a", "2019-03-10", "day", "happened", told, (), None, evidence, 3, (), 2.0)
    line = select_timeline([airport], docs, dates=1, per_date=1)[0].sentences[0]
    assert line.text == told
    unweighted = select_timeline(
        [airport], docs, dates=1, per_date=1, choice=TimelineChoice(late_weight=1.0)
    )
    assert unweighted[0].sentences[0].text == retold


def test_a_headline_cut_from_its_lead_is_no_line_of_the_brief() -> None:
    headline = Citation("d-h", 0, 54, "Dr Murray has denied he caused Michael Jackson's death")
    lead = Citation(
        "d-l",
        0,
        95,
        "Los Angeles prosecutors will file a criminal case against the singer's doctor on Monday.",
    )
    charged = replace(event("c", "2010-02-05", headline.text, 3.0), evidence=(headline, lead))
    assert best_sentence(charged) == lead
    assert best_sentence(replace(charged, evidence=(headline,))) is None
    quoted = replace(lead, text='The doctor said he "did not inject" the singer.')
    assert best_sentence(replace(charged, evidence=(quoted,))) == quoted


def test_the_opener_is_looked_for_in_every_article_of_the_earliest_days() -> None:
    # Seven articles: the earliest three share a day, and which of them sorts first is chance;
    # the one that says what the story is comes last by its id. (A brief of a dozen words has
    # room for the opener alone.)
    names = [("Ostland", "GPE"), ("Westria", "GPE"), ("Geneva", "GPE")]
    shelling = "Ostland accused Westria of shelling the border town of Aport on Friday."
    docs = [
        make_doc("a1", "Markets in Ostland rose on Monday.", "2019-01-14", "Wire",
                 [("Ostland", "GPE")]),
        make_doc("a2", "Westria's football team won on Monday.", "2019-01-14", "Post",
                 [("Westria", "GPE")]),
        make_doc("a3", "Ostland and Westria opened peace talks in Geneva on Monday.",
                 "2019-01-14", "Herald", names, [("Monday", "2019-01-14", "day")]),
        *(
            make_doc(f"b{n}", shelling, "2019-01-19", outlet, names[:2],
                     [("Friday", "2019-01-18", "day")])
            for n, outlet in enumerate(("Wire", "Post", "Times", "Globe"))
        ),
    ]  # fmt: skip
    story = compose_story(docs, Settings(summary_words=12))
    assert [s.text for s in story.brief] == [
        "Ostland and Westria opened peace talks in Geneva on Monday."
    ]


def test_a_leader_counts_as_the_country_the_leader_s_role_names_when_the_opener_is_chosen() -> None:
    # The earliest article says what the story is with its two sides; a later one of the
    # earliest names both sides' leaders beside them, which are the same two sides.
    countries = [("Armenia", "GPE"), ("Azerbaijan", "GPE")]
    leaders = [("Aram Tovel", "PERSON"), ("Lusin Dar", "PERSON")]
    signing = "Lusin Dar and Aram Tovel signed the peace agreement in Washington on Friday."
    docs = [
        make_doc("a1", "Armenia and Azerbaijan agreed on the text of a peace treaty on Thursday.",
                 "2025-03-13", "Wire", countries, [("Thursday", "2025-03-13", "day")]),
        make_doc("a2", "Azerbaijan's President Aram Tovel and Armenia's Prime Minister Lusin Dar "
                 "met in Abu Dhabi on Thursday.", "2025-07-10", "Post",
                 [*countries, *leaders, ("Abu Dhabi", "GPE")],
                 [("Thursday", "2025-07-10", "day")]),
        *(
            make_doc(f"b{n}", signing, "2025-08-09", outlet, leaders,
                     [("Friday", "2025-08-08", "day")])
            for n, outlet in enumerate(("Wire", "Post", "Times", "Globe", "Herald"))
        ),
    ]  # fmt: skip
    index = merge_entities(docs)
    name = {e.id: e.name for e in index.entities}
    assert {name[p]: name[c] for p, c in index.sides.items()} == {
        "Aram Tovel": "Azerbaijan",
        "Lusin Dar": "Armenia",
    }
    story = compose_story(docs, Settings(summary_words=14))
    assert story.brief[0].text.startswith("Armenia and Azerbaijan agreed")


def test_a_death_toll_is_a_count_of_the_killed() -> None:
    assert _figures("Rebels said the death toll from the strike had risen to 35.") == [
        ("killed", "35")
    ]
    assert _figures("The death toll stood at 1,200 on Monday.") == [("killed", "1200")]
    assert _figures("The death toll in Gaza has passed 46,000.") == [("killed", "46000")]
    # Not a toll feared, nor the one it rose from.
    assert _figures("The death toll could rise to 100, officials warned.") == []
    assert _figures("The death toll rose from 20 to 35.") == []


def test_a_side_named_by_its_noun_alone_is_a_party() -> None:
    army = [("said", "say", [("subject", "The army", "army", None)])]
    said = make_doc(
        "s", "The army said 9 people were killed.", "2024-03-15", "Wire", predicates=army
    )
    assert _claimant(said, Citation("s", 0, len(said.text), said.text)) == (
        "the army",
        frozenset({"~army"}),
    )
    rebel = [("said", "say", [("subject", "Rebels", "rebel", None)])]
    rebels = make_doc(
        "r", "Rebels said 35 people were killed.", "2024-03-15", "Wire", predicates=rebel
    )
    assert _claimant(rebels, Citation("r", 0, len(rebels.text), rebels.text))[1] == {"~rebel"}


def test_an_article_s_undated_toll_of_the_days_after_is_a_claim_about_its_happening() -> None:
    """The army's count dated to the strike's day, and the rebels' death toll in a sentence
    of no date of its own, reported in the same article two days later: two parties' tolls."""
    text = (
        "The army said on Thursday that 9 people were killed in the strike on Wednesday. "
        "Rebels said the death toll from the strike had risen to 35."
    )
    report = make_doc(
        "a", text, "2024-03-15", "Wire", [],
        timexes=[("Thursday", "2024-03-14", "day"), ("Wednesday", "2024-03-13", "day")],
        predicates=[("said on", "say", [("subject", "The army", "army", None)]),
                    ("said the", "say", [("subject", "Rebels", "rebel", None)])],
    )  # fmt: skip
    first, second = report.sentences

    def cited(sentence) -> Citation:
        return Citation("a", sentence.start, sentence.end, text[sentence.start : sentence.end])

    strike = Event(
        "s", "2024-03-13", "day", "happened", cited(first).text, (), None, (cited(first),), 1,
        (), type="ASSAULT",
    )  # fmt: skip
    toll = Event(
        "t", "2024-03-15", "day", "happened", cited(second).text, (), None, (cited(second),), 1,
        (), date_source="published",
    )  # fmt: skip
    figures = [c for c in find_conflicts([report], [strike, toll]) if c.kind == "figure"]
    assert [(side.claimant, side.value) for side in figures[0].sides] == [
        ("the army", "9"),
        ("Rebels", "35"),
    ]
