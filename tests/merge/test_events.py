"""Event extraction and clustering on hand-built documents."""

from dataclasses import replace
from datetime import date

import pytest

from storyline.merge.entities import merge_entities
from storyline.merge.events import _past_form, cluster_events, extract_mentions
from storyline.records import Predicate
from tests.builders import make_doc


def events_of(docs):
    index = merge_entities(docs)
    mentions = [m for d in docs for m in extract_mentions(d, index)]
    return cluster_events(mentions, index, {d.id: d.published for d in docs})


def test_two_dated_happenings_in_one_sentence_make_two_events() -> None:
    doc = make_doc(
        "a",
        "The envoy arrived in Oslo on May 3, and met the rebel leaders in Bergen on May 4.",
        "2019-05-06",
        "Wire",
        [("Oslo", "GPE"), ("Bergen", "GPE")],
        [("May 3", "2019-05-03", "day"), ("May 4", "2019-05-04", "day")],
    )
    events = sorted(events_of([doc]), key=lambda e: e.date)
    assert [e.date for e in events] == ["2019-05-03", "2019-05-04"]
    assert "arrived in Oslo" in events[0].headline and "Bergen" not in events[0].headline
    assert "met the rebel leaders in Bergen" in events[1].headline
    # Both cite the same sentence of the same article.
    assert events[0].evidence[0].start == events[1].evidence[0].start


def test_a_headline_keeps_every_name_of_a_list() -> None:
    # "Kestria, Northland and Sella agreed on May 4 ...": the headline names all three.
    doc = make_doc(
        "a",
        "Kestria, Northland and Sella agreed on May 4 to send observers to the border zone, "
        "completing the four zones set up in March.",
        "2019-05-06",
        "Wire",
        [("Kestria", "GPE"), ("Northland", "GPE"), ("Sella", "GPE")],
        [("May 4", "2019-05-04", "day"), ("March", "2019-03", "month")],
    )
    headlines = {e.date: e.headline for e in events_of([doc])}
    assert headlines["2019-05-04"].startswith("Kestria, Northland and Sella agreed on May 4")


def test_a_headline_tells_the_happening_at_its_own_date_not_a_recall() -> None:
    """A deal of May 4 recalled later as "the zones set up in May" joins the event, but the
    headline is the report of the day, even where the recalls are more alike."""
    signed = make_doc(
        "a",
        "Kestria and Sella signed a memorandum on May 4 to set up four safe zones in Northland.",
        "2019-05-04",
        "Wire",
        [("Kestria", "GPE"), ("Sella", "GPE"), ("Northland", "GPE")],
        [("May 4", "2019-05-04", "day")],
    )
    recalled = make_doc(
        "b",
        "Kestria and Sella signed no deal on the borders of the four safe zones set up in May "
        "in Northland.",
        "2019-05-20",
        "Post",
        [("Kestria", "GPE"), ("Sella", "GPE"), ("Northland", "GPE")],
        [("May", "2019-05", "month")],
    )
    again = replace(recalled, id="c", source="Daily", published="2019-05-21")
    events = [e for e in events_of([signed, recalled, again]) if e.date == "2019-05-04"]
    assert len(events) == 1 and events[0].n_sources == 3, events
    assert events[0].headline.startswith("Kestria and Sella signed a memorandum on May 4")


def test_a_date_after_since_belongs_to_the_clause_before_it() -> None:
    # "since" before a date is its preposition, not where a new clause starts: no headline may
    # open on "2009 and ...".
    doc = make_doc(
        "a",
        "The founder has fought the illness since 2009 and has been on leave since January.",
        "2011-08-25",
        "Wire",
        [],
        [("2009", "2009", "year"), ("January", "2011-01", "month")],
    )
    headlines = {e.date: e.headline for e in events_of([doc])}
    assert headlines["2009"].startswith("The founder has fought the illness since 2009")
    assert not headlines["2011-01"].startswith("2009")


def test_a_date_the_news_is_measured_against_dates_no_event() -> None:
    # "the first talks since 2022": the last talks before were in 2022, these on Friday.
    for text in (
        "The delegations met in Lakeport on Friday for their first direct talks since 2022.",
        "Prices rose on Friday to their highest level since early 2022.",
    ):
        doc = make_doc(
            "a",
            text,
            "2025-05-16",
            "Wire",
            [],
            [("Friday", "2025-05-16", "day"), ("2022", "2022", "year")],
        )
        assert [e.date for e in events_of([doc])] == ["2025-05-16"]


def test_planned_and_happened() -> None:
    doc = make_doc(
        "a",
        "The ministers met in Geneva on Monday. They will sign the accord on Friday.",
        "2019-03-06",
        "Wire",
        [],
        [("Monday", "2019-03-04", "day"), ("Friday", "2019-03-08", "day")],
        directions={"Monday": "past", "Friday": "future"},
    )
    status = {e.date: e.status for e in events_of([doc])}
    assert status == {"2019-03-04": "happened", "2019-03-08": "planned"}


def test_a_deadline_missed_is_no_happening_on_its_day() -> None:
    doc = make_doc(
        "a",
        "The government and the rebels missed an August 18 deadline to sign a peace agreement. "
        "The rebels attacked army positions in the south on Monday.",
        "2025-08-19",
        "Wire",
        [],
        [("August 18", "2025-08-18", "day"), ("Monday", "2025-08-18", "day")],
    )
    statuses = sorted(e.status for e in events_of([doc]))
    assert statuses == ["cancelled", "happened"]


def test_same_event_dated_by_different_relative_expressions_on_different_days() -> None:
    # Published on Wednesday: "on Tuesday"; published on Friday: "on Tuesday" again, and a
    # week later "last week": all resolve to the same happening.
    a = make_doc(
        "a",
        "Negotiators from Kestria and Almora signed a ceasefire in Geneva on Tuesday.",
        "2019-03-06",
        "Wire",
        [("Kestria", "GPE"), ("Almora", "GPE"), ("Geneva", "GPE")],
        [("Tuesday", "2019-03-05", "day")],
    )
    b = make_doc(
        "b",
        "The ceasefire Kestria and Almora signed in Geneva on Tuesday held overnight.",
        "2019-03-08",
        "Post",
        [("Kestria", "GPE"), ("Almora", "GPE"), ("Geneva", "GPE")],
        [("Tuesday", "2019-03-05", "day")],
    )
    c = make_doc(
        "c",
        "Kestria and Almora signed a ceasefire in Geneva last week, and it held.",
        "2019-03-12",
        "Monitor",
        [("Kestria", "GPE"), ("Almora", "GPE"), ("Geneva", "GPE")],
        [("last week", "2019-W10", "week")],
    )
    events = events_of([a, b, c])
    assert len(events) == 1
    event = events[0]
    assert (event.date, event.granularity, event.n_sources) == ("2019-03-05", "day", 3)
    assert event.background_in == ("b", "c")
    assert event.place == "Geneva"


def test_articles_whose_outlet_is_unknown_are_not_one_source() -> None:
    # Pasted text names no outlet: two such articles telling the same happening are two
    # reports, not one (with "unknown" as everybody's outlet they had counted as one source).
    names = [("Kestria", "GPE"), ("Almora", "GPE"), ("Geneva", "GPE")]
    a = make_doc(
        "a",
        "Negotiators from Kestria and Almora signed a ceasefire in Geneva on Tuesday.",
        "2019-03-06",
        None,
        names,
        [("Tuesday", "2019-03-05", "day")],
    )
    b = make_doc(
        "b",
        "The ceasefire Kestria and Almora signed in Geneva on Tuesday held overnight.",
        "2019-03-08",
        None,
        names,
        [("Tuesday", "2019-03-05", "day")],
    )
    assert (a.outlet, b.outlet) == ("unknown: a", "unknown: b")
    (event,) = events_of([a, b])
    assert event.n_sources == 2
    same_outlet = [replace(doc, source="Wire") for doc in (a, b)]
    assert events_of(same_outlet)[0].n_sources == 1


def test_a_clause_that_only_reports_the_sentence_dates_what_it_tells() -> None:
    # "..., the mediators said on Saturday": the report of the agreement, not an event of
    # saying with no content.
    doc = make_doc(
        "a",
        "Kestria and Sella have agreed to a truce that will start on Monday evening, "
        "the mediators in Lakeport said on Saturday, after five weeks of fighting.",
        "2023-05-20",
        "Wire",
        [("Kestria", "GPE"), ("Sella", "GPE")],
        [("Monday evening", "2023-05-22", "day"), ("Saturday", "2023-05-20", "day")],
        predicates=[
            ("agreed", "agree", [("subject", "Kestria and Sella", "Kestria", "GPE"),
                                 ("to", "a truce", "truce", None)], 2, "ccomp"),
            ("start", "start", [("subject", "a truce", "truce", None)], 0, "nested"),
            ("said", "say", [("subject", "the mediators", "mediator", None)]),
        ],
    )  # fmt: skip
    events = {e.date: e for e in events_of([doc])}
    assert events["2023-05-20"].headline.startswith("Kestria and Sella have agreed to a truce")
    assert events["2023-05-20"].type == "AGREE"


def test_a_clause_that_reports_a_dated_plan_is_the_announcement_told_whole() -> None:
    # "Talks will open in Lakeport on May 29, the ministry said on Saturday": on Saturday the
    # opening was announced; the event of that day tells the whole sentence, not "the ministry
    # said on Saturday".
    doc = make_doc(
        "a",
        "Talks between Kestria and Sella will open in Lakeport on May 29, the foreign ministry "
        "said on Saturday.",
        "2023-05-20",
        "Wire",
        [("Kestria", "GPE"), ("Sella", "GPE"), ("Lakeport", "GPE")],
        [("May 29", "2023-05-29", "day"), ("Saturday", "2023-05-20", "day")],
        predicates=[
            ("open", "open", [("subject", "Talks", "talk", None)]),
            ("said", "say", [("subject", "the foreign ministry", "ministry", None)]),
        ],
    )
    events = {e.date: e for e in events_of([doc])}
    assert events["2023-05-20"].headline.startswith("Talks between Kestria and Sella will open")
    assert events["2023-05-20"].status == "happened"
    assert events["2023-05-29"].status == "planned"


def test_an_article_s_lead_joins_what_its_own_dated_sentences_tell() -> None:
    # The lead reports, undated, what the article then tells with its date.
    text = (
        "A truce between Kestria and Sella has come into effect after weeks of fighting. "
        "The truce began at nine in the evening on Monday in Kestria."
    )
    doc = make_doc(
        "a",
        text,
        "2023-05-22",
        "Wire",
        [("Kestria", "GPE"), ("Sella", "GPE")],
        [("Monday", "2023-05-22", "day")],
        predicates=[
            ("come", "come", [("subject", "A truce", "truce", None),
                              ("into", "effect", "effect", None)]),
            ("began", "begin", [("subject", "The truce", "truce", None)]),
        ],
    )  # fmt: skip
    other = make_doc(
        "b",
        "The central bank cut interest rates on Tuesday. Farmers protested in the capital. The "
        "museum reopened after repairs. The river flooded two villages. Teachers went on strike.",
        "2023-05-26",
        "Post",
        [],
        [("Tuesday", "2023-05-23", "day")],
    )
    [truce] = [e for e in events_of([doc, other]) if e.date == "2023-05-22"]
    assert len(truce.evidence) == 2


def test_unrelated_happenings_on_one_date_stay_apart() -> None:
    doc = make_doc(
        "a",
        "Rebels shelled the airport on Tuesday. Separately, the central bank cut interest "
        "rates on Tuesday.",
        "2019-03-06",
        "Wire",
        [],
        [("Tuesday", "2019-03-05", "day")],
    )
    # the second "Tuesday" is a separate time expression in the second sentence
    from dataclasses import replace

    from storyline.records import TimeExpression

    second = doc.text.index("Tuesday", doc.text.index("Tuesday") + 1)
    doc = replace(
        doc,
        timexes=doc.timexes + (TimeExpression(second, second + 7, "Tuesday", "2019-03-05", "day"),),
    )
    assert len(events_of([doc])) == 2


def test_undated_sentence_takes_the_article_date_only_for_same_day_reporting() -> None:
    doc = make_doc(
        "a", "The ministry announced new sanctions. The sanctions are broad.", "2019-03-06", "Wire"
    )
    events = events_of([doc])
    assert [(e.date, e.headline) for e in events] == [
        ("2019-03-06", "The ministry announced new sanctions.")
    ]


def test_evidence_offsets_point_at_the_text() -> None:
    doc = make_doc(
        "a",
        "Troops entered the city on Monday. Talks begin on Friday.",
        "2019-03-06",
        "Wire",
        [],
        [("Monday", "2019-03-04", "day"), ("Friday", "2019-03-08", "day")],
    )
    for event in events_of([doc]):
        for citation in event.evidence:
            assert doc.text[citation.start : citation.end] == citation.text


def test_a_date_in_a_relative_clause_dates_that_clause_not_the_sentence_s_event() -> None:
    doc = make_doc(
        "a",
        "Russia and Iran agreed to monitor the ceasefire that took effect on December 30.",
        "2017-01-30",
        "Wire",
        [("Russia", "GPE"), ("Iran", "GPE")],
        [("December 30", "2016-12-30", "day")],
        predicates=[
            ("agreed", "agree", [("subject", "Russia and Iran", "Russia", "GPE")]),
            ("monitor", "monitor", [("object", "the ceasefire", "ceasefire", None)], 0, "xcomp"),
            ("took", "take", [("object", "effect", "effect", None)], 1, "nested"),
        ],
    )
    [event] = events_of([doc])
    assert event.date == "2016-12-30"
    assert event.type != "AGREE"  # the agreement is not what happened on December 30


def test_a_clause_at_another_time_is_coded_for_its_own_date_only() -> None:
    # "The army shelled the town after talks collapsed on Monday": Monday is the collapse's
    # day, and the shelling is not what the collapse's clause tells.
    doc = make_doc(
        "a",
        "The army shelled Sella after the envoys broke off talks on Monday.",
        "2019-03-06",
        "Wire",
        [("Sella", "GPE")],
        [("Monday", "2019-03-04", "day")],
        predicates=[
            ("shelled", "shell", [("subject", "The army", "army", None),
                                  ("object", "Sella", "sella", "GPE")]),
            ("broke", "break off", [("subject", "the envoys", "envoy", None),
                                    ("object", "talks", "talk", None)], 0, "advcl:after"),
        ],
    )  # fmt: skip
    [event] = events_of([doc])
    assert event.date == "2019-03-04" and event.type == "SANCTION"  # talks broken off


def test_of_two_dated_clauses_each_is_coded_on_its_own() -> None:
    doc = make_doc(
        "a",
        "Delegations will meet in Astana on January 23, the foreign ministry there said on Friday.",
        "2017-01-20",
        "Wire",
        [("Astana", "GPE")],
        [("January 23", "2017-01-23", "day"), ("Friday", "2017-01-20", "day")],
        predicates=[
            ("meet", "meet", [("subject", "Delegations", "delegation", None)]),
            ("said", "say", [("subject", "the foreign ministry", "ministry", None)]),
        ],
    )
    kinds = {e.date: e.type for e in events_of([doc])}
    assert kinds["2017-01-23"] is not None  # the meeting
    assert kinds["2017-01-20"] is None  # the saying is no event of its own


def test_a_happening_told_before_and_after_is_one_event_headed_as_it_turned_out() -> None:
    before = make_doc(
        "a",
        "Government and rebel envoys will hold talks in Astana on Monday.",
        "2017-01-20",
        "Paper",
        [("Astana", "GPE")],
        [("Monday", "2017-01-23", "day")],
        directions={"Monday": "future"},
    )
    after = make_doc(
        "b",
        "Government and rebel envoys held talks in Astana on Monday.",
        "2017-01-24",
        "Wire",
        [("Astana", "GPE")],
        [("Monday", "2017-01-23", "day")],
        directions={"Monday": "past"},
    )
    [event] = events_of([before, after])
    assert event.status == "happened" and event.n_sources == 2
    assert event.headline.startswith("Government and rebel envoys held talks")


SHELLING = (
    "The army shelled the town of Veran for three hours and destroyed the old bridge over the "
    "river."
)


def _further_down(doc_id: str, published: str) -> object:
    """An article whose fifth sentence tells a happening with no date of its own, and whose
    last three tell a plan, a past before the past and a happening that names no one."""
    return make_doc(
        doc_id,
        "The ministry announced new sanctions. The sanctions are broad. Prices rose. "
        "Markets fell. The army shelled the town of Veran for three hours and destroyed the "
        "old bridge over the river. The Almoran rebels plan to retaliate. "
        "The envoys had signed a truce in Geneva. Somebody fired a rocket.",
        published,
        "Wire",
        [("Veran", "GPE"), ("Almoran", "NORP"), ("Geneva", "GPE")],
        predicates=[
            ("shelled", "shell", [("subject", "The army", "army", None),
                                  ("object", "the town", "town", None)]),
            ("plan", "plan", [("subject", "The Almoran rebels", "rebel", "NORP")]),
            ("retaliate", "retaliate", [], 1, "xcomp"),
            ("signed", "sign", [("subject", "The envoys", "envoy", None),
                                ("object", "a truce", "truce", None)]),
            ("fired", "fire", [("subject", "Somebody", "somebody", None),
                               ("object", "a rocket", "rocket", None)]),
        ],
    )  # fmt: skip


def test_a_happening_told_further_down_is_dated_by_its_article_for_the_record_only() -> None:
    doc = _further_down("a", "2019-03-06")
    events = {e.headline: e for e in events_of([doc])}
    assert set(events) == {"The ministry announced new sanctions.", SHELLING}
    shelling = events[SHELLING]
    assert (shelling.date, shelling.status, shelling.date_source) == (
        "2019-03-06",
        "happened",
        "article",
    )
    assert shelling.dated_by_report_only
    assert not events["The ministry announced new sanctions."].dated_by_report_only
    # Neither the plan, nor the signing before it, nor a firing by no one named is an event.
    assert not any("retaliate" in h or "truce" in h or "rocket" in h for h in events)


def test_happenings_dated_by_their_article_stay_out_of_the_timeline_and_the_brief() -> None:
    from storyline.compose.story import compose_story
    from storyline.settings import Settings

    later = make_doc(
        "b",
        "Prices rose. Markets fell. Shops opened. The navy shelled the port of Kestria for two "
        "days and sank the last ferry that still crossed the bay.",
        "2019-03-10",
        "Post",
        [("Kestria", "GPE")],
        predicates=[
            ("shelled", "shell", [("subject", "The navy", "navy", None),
                                  ("object", "the port", "port", None)]),
        ],
    )  # fmt: skip
    story = compose_story([_further_down("a", "2019-03-06"), later], Settings())
    on_record = {e.headline for e in story.events if e.dated_by_report_only}
    assert on_record == {SHELLING, later.text[later.text.index("The navy") :]}
    # The only day a sentence or a lead dates is the timeline's only day.
    assert [entry.date for entry in story.timeline] == ["2019-03-06"]
    assert not any("shelled" in s.text for s in story.brief)


@pytest.mark.parametrize(("published", "retold"), [("2019-03-06", True), ("2019-03-07", True),
                                                  ("2019-03-09", False)])  # fmt: skip
def test_happenings_dated_by_their_article_change_no_event_a_sentence_dates(
    published: str, retold: bool
) -> None:
    """An article of the day or the day after that tells the shelling again keeps it on the
    event; one three days later tells a shelling of its own day."""
    dated = make_doc(
        "b",
        "The army shelled the town on Wednesday.",
        "2019-03-07",
        "Post",
        [],
        [("Wednesday", "2019-03-06", "day")],
        predicates=[
            ("shelled", "shell", [("subject", "The army", "army", None),
                                  ("object", "the town", "town", None)]),
        ],
    )  # fmt: skip
    [alone] = events_of([dated])
    events = events_of([dated, _further_down("a", published)])
    [event] = [e for e in events if e.date_source == "text"]
    # The undated shelling told further down the other article is kept on it as told again,
    # and nothing else about it changes.
    assert [c.text for c in event.retold] == ([SHELLING] if retold else [])
    assert replace(event, retold=()) == alone
    assert any(e.headline == SHELLING and e.date == published for e in events) is not retold


@pytest.mark.parametrize(
    ("verb", "lemma", "past"),
    [("shelled", "shell", True), ("flew", "fly", True), ("said", "say", True),
     ("says", "say", False), ("carries", "carry", False), ("is", "be", False),
     ("walking", "walk", False), ("fear", "fear", False)],
)  # fmt: skip
def test_a_verb_in_a_past_form(verb: str, lemma: str, past: bool) -> None:
    assert _past_form(Predicate(0, len(verb), verb, lemma)) is past


def test_a_condition_told_further_down_is_no_happening() -> None:
    doc = make_doc(
        "a",
        "Prices rose. Markets fell. Shops opened. If Kestria rejected the offer, the talks ended.",
        "2019-03-06",
        "Wire",
        [("Kestria", "GPE")],
        predicates=[
            ("rejected", "reject", [("subject", "Kestria", "kestria", "GPE"),
                                    ("object", "the offer", "offer", None)], 1, "advcl"),
            ("ended", "end", [("subject", "the talks", "talk", None)]),
        ],
    )  # fmt: skip
    assert events_of([doc]) == []


def _lead(doc_id: str, published: str, lead: str, verb: str, lemma: str, source: str):
    return make_doc(
        doc_id,
        lead + " Officials gave no details. Markets were calm.",
        published,
        source,
        [("Kestria", "GPE"), ("Lakeport", "GPE")],
        predicates=[(verb, lemma, [("subject", "Kestria", "kestria", "GPE")])],
    )


def test_a_lead_in_the_present_perfect_reports_the_day_s_news() -> None:
    # No reporting verb and no date: its first sentence in the present perfect tells what the
    # article reports as just done; it dates and ranks as a lead does, not as a happening told
    # further down (kept for the record only).
    lead = "Kestria and the rebels have agreed to a ceasefire at the talks in Lakeport."
    [event] = events_of([_lead("a", "2019-03-06", lead, "agreed", "agree", "Wire")])
    assert (event.date, event.date_source, event.dated_by_report_only) == (
        "2019-03-06",
        "published",
        False,
    )
    told = "Kestria and the rebels agreed to a ceasefire at the talks in Lakeport."
    [event] = events_of([_lead("a", "2019-03-06", told, "agreed", "agree", "Wire")])
    assert event.dated_by_report_only


def test_a_lead_that_tells_the_day_before_s_news_joins_it() -> None:
    dated = make_doc(
        "a",
        "Kestria agreed to a ceasefire with the rebels in Lakeport on Tuesday. Markets were calm.",
        "2019-03-06",
        "Wire",
        [("Kestria", "GPE"), ("Lakeport", "GPE")],
        [("Tuesday", "2019-03-05", "day")],
    )
    lead = "Kestria has agreed to a ceasefire with the rebels in Lakeport, officials said."
    events = events_of([dated, _lead("b", "2019-03-06", lead, "agreed", "agree", "Post")])
    [event] = [e for e in events if not e.dated_by_report_only]
    assert event.date == "2019-03-05"
    assert event.n_sources == 2


def test_a_report_of_the_morning_after_tells_the_day_before_s_news() -> None:
    # The lead tells Tuesday's ceasefire in an article of Wednesday: what the article tells
    # further on with no day of its own is Tuesday's too.
    dated = make_doc(
        "a",
        "Kestria agreed to a ceasefire with the rebels in Lakeport on Tuesday. Kestria demanded "
        "on March 5 that the rebels leave the port. Markets were calm.",
        "2019-03-06",
        "Wire",
        [("Kestria", "GPE"), ("Lakeport", "GPE")],
        [("Tuesday", "2019-03-05", "day"), ("March 5", "2019-03-05", "day")],
        predicates=[("demanded", "demand", [("subject", "Kestria", "kestria", "GPE")])],
    )
    after = make_doc(
        "b",
        "Kestria has agreed to a ceasefire with the rebels in Lakeport, officials said. "
        "Kestria insisted the fighters quit the harbour, officials said. Markets were calm.",
        "2019-03-06",
        "Post",
        [("Kestria", "GPE"), ("Lakeport", "GPE")],
        predicates=[
            ("agreed", "agree", [("subject", "Kestria", "kestria", "GPE")]),
            ("insisted", "insist", [("subject", "Kestria", "kestria", "GPE")]),
        ],
    )
    events = events_of([dated, after])
    assert {e.date for e in events if e.type == "DEMAND"} == {"2019-03-05"}
    # The morning after's own news stays on its day.
    alone = replace(after, id="c", source="Daily")
    assert {e.date for e in events_of([alone])} == {"2019-03-06"}


def _ceasefire(doc_id: str, source: str, text: str, lemma: str, phrase: tuple):
    verb = {"take": "took", "come": "came"}[lemma]
    return make_doc(
        doc_id,
        text + " Markets were calm. Schools stayed shut.",
        "2018-12-19",
        source,
        [("Hodeidah", "GPE")],
        [("Tuesday", "2018-12-18", "day")],
        predicates=[(verb, lemma, [("subject", text.split(" " + verb)[0], "ceasefire", None),
                                   phrase])],
    )  # fmt: skip


def test_outlets_telling_one_happening_in_other_words_give_one_event() -> None:
    took = "A fragile ceasefire took effect in Hodeidah on Tuesday, residents said."
    came = "The fragile ceasefire came into force on Tuesday, though violations were reported."
    effect = ("object", "effect", "effect", None)
    force = ("into", "force", "force", None)
    first = _ceasefire("a", "Wire", took, "take", effect)
    events = events_of([first, _ceasefire("b", "Post", came, "come", force)])
    assert [(e.date, e.type, e.n_sources) for e in events] == [("2018-12-18", "RETREAT", 2)]
    # One outlet telling both is taken to tell two things.
    first = _ceasefire("a", "Wire", took, "take", effect)
    events = events_of([first, _ceasefire("b", "Wire", came, "come", force)])
    assert len(events) == 2


def test_a_headline_says_who_did_what() -> None:
    # The clause read for May 22 follows "that": its headline is the whole sentence.
    doc = make_doc(
        "a",
        "The talks in Sella, which began May 6, produced a truce that took effect on May 22 "
        "and was extended on Monday.",
        "2023-06-01",
        "Wire",
        [("Sella", "GPE")],
        [("May 6", "2023-05-06", "day"), ("May 22", "2023-05-22", "day"),
         ("Monday", "2023-05-29", "day")],
        predicates=[
            ("began", "begin", [("subject", "which", "which", None)]),
            ("produced", "produce", [("subject", "The talks", "talk", None),
                                     ("object", "a truce", "truce", None)]),
            ("took", "take", [("subject", "a truce", "truce", None),
                              ("object", "effect", "effect", None)], 1, "nested"),
            ("extended", "extend", [], 2, "conj"),
        ],
    )  # fmt: skip
    for event in events_of([doc]):
        assert event.headline.startswith("The talks in Sella"), event.headline


def test_a_period_ahead_of_the_story_but_over_by_the_article_is_no_plan() -> None:
    """ "responded a year later" (2019, in an article of 2021) looks ahead from 2018, not from
    the article: it happened; "will meet next year" is a plan."""
    doc = make_doc(
        "a",
        "Tehran responded a year later by breaching the limits of the Vienna deal.\n"
        "The envoys will meet in Oslo next year.",
        "2021-04-06",
        "Wire",
        [("Tehran", "GPE"), ("Oslo", "GPE"), ("Vienna", "GPE")],
        [("a year later", "2019", "year"), ("next year", "2022", "year")],
        directions={"a year later": "future", "next year": "future"},
    )
    statuses = {e.date: e.status for e in events_of([doc])}
    assert statuses == {"2019": "happened", "2022": "planned"}


def test_an_undated_lead_saying_what_will_be_is_a_statement_of_its_day() -> None:
    """What an article's day holds in "Araghchi said Iran would install more centrifuges" is
    the statement, not a plan for that day (when the plan is for, it does not say)."""
    for text, status in (
        ("Abbas Araghchi said Iran would install more centrifuges at Natanz.", "happened"),
        ("Iran will install more centrifuges at Natanz, its envoy confirmed.", "happened"),
    ):
        doc = make_doc("a", text, "2021-04-13", "Wire", [("Iran", "GPE"), ("Natanz", "GPE")])
        [event] = events_of([doc])
        assert (event.date, event.status) == ("2021-04-13", status)


def test_a_meeting_told_over_two_days_is_one_event_from_first_to_last_day() -> None:
    """One outlet tells the talks as held on Monday and Tuesday: what the others told of each
    day (the opening, the agreement that closed them) is that one meeting."""
    opened = make_doc(
        "a",
        "Kestria and Sella began talks in Lakeport on Monday.",
        "2019-05-06",
        "Wire",
        [("Kestria", "GPE"), ("Sella", "GPE"), ("Lakeport", "GPE")],
        [("Monday", "2019-05-06", "day")],
        predicates=[("began", "begin", [("subject", "Kestria and Sella", "kestria", "GPE"),
                                        ("object", "talks", "talk", None)])],
    )  # fmt: skip
    held = make_doc(
        "b",
        "The talks held in Lakeport on Monday and Tuesday between Kestria and Sella ended with "
        "a joint statement on the truce.",
        "2019-05-08",
        "Post",
        [("Kestria", "GPE"), ("Sella", "GPE"), ("Lakeport", "GPE")],
        [("Monday", "2019-05-06", "day"), ("Tuesday", "2019-05-07", "day")],
        predicates=[
            ("held", "hold", [("in", "Lakeport", "lakeport", "GPE")], 1, "nested"),
            ("ended", "end", [("subject", "The talks", "talk", None),
                              ("with", "a joint statement", "statement", None)]),
        ],
    )  # fmt: skip
    closed = make_doc(
        "c",
        "Kestria and Sella agreed on Tuesday to a joint statement on the truce in Lakeport.",
        "2019-05-07",
        "Daily",
        [("Kestria", "GPE"), ("Sella", "GPE"), ("Lakeport", "GPE")],
        [("Tuesday", "2019-05-07", "day")],
        predicates=[("agreed", "agree", [("subject", "Kestria and Sella", "kestria", "GPE")])],
    )  # fmt: skip
    events = [e for e in events_of([opened, held, closed]) if e.date.startswith("2019-05")]
    assert [(e.date, e.range_end, e.type, e.n_sources) for e in events] == [
        ("2019-05-06", "2019-05-07", "CONSULT", 3)
    ], [(e.date, e.range_end, e.type, e.n_sources, e.headline) for e in events]
    # Two happenings of two days in one sentence stay two events (their clauses differ).
    doc = make_doc(
        "d",
        "The envoy met Kestria's leaders in Lakeport on May 3, and met Sella's in Bergen on May 4.",
        "2019-05-06",
        "Wire",
        [("Kestria", "GPE"), ("Lakeport", "GPE"), ("Sella", "GPE"), ("Bergen", "GPE")],
        [("May 3", "2019-05-03", "day"), ("May 4", "2019-05-04", "day")],
        predicates=[("met", "meet", [("subject", "The envoy", "envoy", None)]),
                    ("met", "meet", [], 0, "conj")],
    )  # fmt: skip
    assert sorted(e.date for e in events_of([doc])) == ["2019-05-03", "2019-05-04"]


def test_talks_told_by_day_in_one_place_are_one_meeting_from_first_to_last_day() -> None:
    """One outlet tells the talks' opening on Monday, another their close on Tuesday in the
    same capital: one meeting over two days. A place named after its kind ("in the capital
    Lakeport") and the country after a city ("in Lakeport, Kestria") are where it was held.
    Meetings of consecutive days elsewhere, or under no name of a gathering that lasts, stay
    apart."""
    opened = make_doc(
        "a",
        "The first round of talks between Sella and the rebels opened on Monday in Lakeport, "
        "Kestria.",
        "2019-05-06",
        "Wire",
        [("Sella", "GPE"), ("Lakeport", "GPE"), ("Kestria", "GPE")],
        [("Monday", "2019-05-06", "day")],
        predicates=[("opened", "open", [("subject", "The first round of talks", "round", None),
                                        ("in", "Lakeport", "lakeport", "GPE")])],
    )  # fmt: skip
    closed = make_doc(
        "b",
        "The talks, which wrapped up in the capital Lakeport on Tuesday, will be a good basis "
        "for peace, the envoy said.",
        "2019-05-07",
        "Post",
        [("Lakeport", "GPE")],
        [("Tuesday", "2019-05-07", "day")],
        predicates=[("wrapped", "wrap up", [("subject", "The talks", "talk", None),
                                            ("in", "the capital", "capital", None)],
                     0, "nested")],
    )  # fmt: skip
    index = merge_entities([opened, closed])
    names = {e.id: e.name for e in index.entities}
    for doc, places in ((opened, ["Lakeport", "Kestria"]), (closed, ["Lakeport"])):
        [mention] = extract_mentions(doc, index)
        assert [names[p] for p in mention.places] == places
    events = events_of([opened, closed])
    assert [(e.date, e.range_end, e.type, e.n_sources, e.place) for e in events] == [
        ("2019-05-06", "2019-05-07", "CONSULT", 2, "Lakeport")
    ], [(e.date, e.range_end, e.type, e.n_sources, e.place, e.headline) for e in events]
    # The meeting is told by what its first day saw.
    assert events[0].headline.startswith("The first round of talks")
    elsewhere = make_doc(
        "c",
        "The talks between Sella and the rebels wrapped up in Bergen on Tuesday.",
        "2019-05-07",
        "Daily",
        [("Sella", "GPE"), ("Bergen", "GPE")],
        [("Tuesday", "2019-05-07", "day")],
        predicates=[("wrapped", "wrap up", [("subject", "The talks", "talk", None),
                                            ("in", "Bergen", "bergen", "GPE")])],
    )  # fmt: skip
    met = make_doc(
        "d",
        "The envoy met Sella's leaders in Lakeport on Tuesday.",
        "2019-05-07",
        "Daily",
        [("Sella", "GPE"), ("Lakeport", "GPE")],
        [("Tuesday", "2019-05-07", "day")],
        predicates=[("met", "meet", [("subject", "The envoy", "envoy", None),
                                     ("object", "Sella's leaders", "leader", None)])],
    )  # fmt: skip
    # Talks told day by day for two weeks are not one meeting of two weeks.
    daily = [
        make_doc(
            f"t{day}",
            f"The talks between Sella and the rebels continued in Lakeport on May {day}.",
            f"2019-05-{day:02d}",
            "Wire" if day % 2 else "Post",
            [("Sella", "GPE"), ("Lakeport", "GPE")],
            [(f"May {day}", f"2019-05-{day:02d}", "day")],
            predicates=[
                (
                    "continued",
                    "continue",
                    [("subject", "The talks", "talk", None), ("in", "Lakeport", "lakeport", "GPE")],
                )
            ],
        )  # fmt: skip
        for day in range(6, 20)
    ]
    spans = [(e.date, e.range_end) for e in events_of(daily)]
    assert len(spans) > 1
    assert all(
        end is None or (date.fromisoformat(end) - date.fromisoformat(day)).days <= 6
        for day, end in spans
    ), spans
    for other in (elsewhere, met):
        events = events_of([opened, other])
        assert sorted((e.date, e.range_end) for e in events) == [
            ("2019-05-06", None),
            ("2019-05-07", None),
        ], other.id


def test_recalls_of_one_past_happening_alike_as_a_whole_are_one_event() -> None:
    """Three articles recall one happening of a year; the first is too unlike the second to
    join it alone, and the third is more like the second, but the two later ones together are
    like the first."""
    texts = (
        "He fought lung cancer in 2004, and later had a liver transplant.",
        "Jon Tarrant has been fighting lung cancer since 2004 and has been on medical leave "
        "since the transplant.",
        "He has been fighting lung cancer since 2004.",
    )
    docs = [
        make_doc(
            key, text, published, outlet, [("Jon Tarrant", "PERSON")], [("2004", "2004", "year")]
        )
        for key, text, published, outlet in zip(
            "abc",
            texts,
            ("2011-01-17", "2011-08-25", "2011-10-06"),
            ("Wire", "Post", "Daily"),
            strict=True,
        )
    ]
    events = events_of(docs)
    assert [(e.date, e.n_sources) for e in events] == [("2004", 3)]


def test_a_meeting_announced_and_then_reported_by_two_outlets_is_one_event() -> None:
    """ "The talks will begin in Lakeport on March 4" (coded AGREE, as PLOVER codes a meeting
    to come) and another outlet's "The first round of talks between Kestria and Sella opened
    in Lakeport on Monday": one meeting, told before and after it."""
    announced = make_doc(
        "a",
        "The peace talks will begin on March 4 in the capital of Lakeport.",
        "2019-02-25",
        "Wire",
        [("Lakeport", "GPE")],
        [("March 4", "2019-03-04", "day")],
        predicates=[("begin", "begin", [("subject", "The peace talks", "talk", None)],
                     {"modality": "will"})],
    )  # fmt: skip
    opened = make_doc(
        "b",
        "The first round of peace talks between Kestria and Sella opened on Monday in "
        "Lakeport under the sponsorship of Almora.",
        "2019-03-04",
        "Post",
        [("Kestria", "GPE"), ("Sella", "GPE"), ("Lakeport", "GPE"), ("Almora", "GPE")],
        [("Monday", "2019-03-04", "day")],
        predicates=[("opened", "open", [("subject", "The first round of peace talks", "round",
                                         None)])],
    )  # fmt: skip
    events = [e for e in events_of([announced, opened]) if e.date == "2019-03-04"]
    assert [(e.type, e.status, e.n_sources) for e in events] == [("CONSULT", "happened", 2)], [
        (e.type, e.status, e.n_sources, e.headline) for e in events
    ]


def test_a_country_named_by_its_nationality_word_is_where_talks_were_held() -> None:
    """ "The talks wrapped up in the Kazakh capital on Tuesday": the model may tag "Kazakh" an
    organisation, but it names Kazakhstan, where the talks opened the day before."""
    opened = make_doc(
        "a",
        "The first round of talks between Sella and the rebels opened on Monday in Astana, "
        "Kazakhstan.",
        "2017-01-23",
        "Wire",
        [("Sella", "GPE"), ("Astana", "GPE"), ("Kazakhstan", "GPE")],
        [("Monday", "2017-01-23", "day")],
        predicates=[("opened", "open", [("subject", "The first round of talks", "round", None),
                                        ("in", "Astana", "astana", "GPE")])],
    )  # fmt: skip
    closed = make_doc(
        "b",
        "The talks wrapped up in the Kazakh capital on Tuesday without a joint statement.",
        "2017-01-24",
        "Post",
        [("Kazakh", "ORG")],
        [("Tuesday", "2017-01-24", "day")],
        predicates=[("wrapped", "wrap up", [("subject", "The talks", "talk", None),
                                            ("in", "the Kazakh capital", "capital", None)])],
    )  # fmt: skip
    events = events_of([opened, closed])
    assert [(e.date, e.range_end, e.n_sources) for e in events] == [
        ("2017-01-23", "2017-01-24", 2)
    ], [(e.date, e.range_end, e.n_sources, e.place) for e in events]
    # Where: the city before its country, though the country is named more often.
    assert events[0].place == "Astana"


def _with_part(doc, mod):
    return replace(doc, timexes=tuple(replace(t, mod=mod) for t in doc.timexes))


def test_early_and_late_in_a_month_are_different_times() -> None:
    # "Late July" neither joins what "early July" tells nor a day in the middle of July.
    capped = make_doc(
        "a",
        "Engineers sealed the leaking well in the Gulf with a new cap on Thursday.",
        "2010-07-16",
        "Wire",
        [("Gulf", "LOC")],
        [("Thursday", "2010-07-15", "day")],
    )
    late = make_doc(
        "b",
        "Engineers hope to seal the leaking well in the Gulf with a relief well in late July.",
        "2010-07-05",
        "Post",
        [("Gulf", "LOC")],
        [("late July", "2010-07", "month")],
    )
    early = make_doc(
        "c",
        "Engineers hope to seal the leaking well in the Gulf with a new cap in early July.",
        "2010-06-20",
        "Monitor",
        [("Gulf", "LOC")],
        [("early July", "2010-07", "month")],
    )
    events = events_of([capped, _with_part(late, "END"), _with_part(early, "START")])
    by_document = {c.document_id: e for e in events for c in e.evidence}
    assert len({id(by_document[d]) for d in "abc"}) == 3
    assert by_document["b"].date == "2010-07"


def test_a_happening_told_again_in_other_forms_of_its_words_is_kept_on_its_event() -> None:
    """One happening told again further down another article of the day ("the shelling" for
    "shelled", "rebel" for "rebels") is kept on the event its own sentence dates."""
    dated = make_doc(
        "b",
        "Rebels shelled the town of Veran on Wednesday.",
        "2019-03-07",
        "Post",
        [("Veran", "GPE")],
        [("Wednesday", "2019-03-06", "day")],
        predicates=[("shelled", "shell", [("subject", "Rebels", "rebel", None),
                                          ("object", "the town", "town", None)])],
    )  # fmt: skip
    later = make_doc(
        "a",
        "The ministry announced new sanctions. The sanctions are broad. Prices rose. "
        "The rebel shelling of Veran destroyed its bridges and its ferries.",
        "2019-03-07",
        "Wire",
        [("Veran", "GPE")],
        predicates=[("destroyed", "destroy", [("subject", "The rebel shelling", "shelling", None),
                                              ("object", "its bridges", "bridge", None)])],
    )  # fmt: skip
    floods = make_doc(
        "c",
        "Floods destroyed bridges and ferries in the south on Monday.",
        "2019-03-05",
        "Post",
        [],
        [("Monday", "2019-03-04", "day")],
        predicates=[("destroyed", "destroy", [("subject", "Floods", "flood", None),
                                              ("object", "bridges", "bridge", None)])],
    )  # fmt: skip
    events = events_of([dated, later, floods])
    [event] = [e for e in events if e.date_source == "text" and e.date == "2019-03-06"]
    assert [c.text for c in event.retold] == [later.text[later.text.index("The rebel") :]]


def _round(doc_id: str, source: str, text: str, verb: str, lemma: str, roles: list) -> object:
    return make_doc(
        doc_id,
        text + " Markets were calm. Schools stayed shut.",
        "2025-04-27",
        source,
        [("Oman", "GPE"), ("Kestria", "GPE"), ("Sella", "GPE"), ("Muscat", "GPE")],
        [("Saturday", "2025-04-26", "day")],
        predicates=[(verb, lemma, roles)],
    )


def test_a_meeting_told_with_and_without_its_mode_by_two_outlets_is_one_event() -> None:
    """ "Oman hosted the round" is a meeting of the mode visit, "the round was held" one of no
    mode: told by two outlets on one day, they are one event."""
    hosted = _round(
        "a",
        "Wire",
        "The Sultanate of Oman hosted on Saturday the third round of talks between the Republic "
        "of Kestria and the Federation of Sella in Muscat.",
        "hosted",
        "host",
        [("subject", "Oman", "Oman", "GPE"), ("object", "the third round", "round", None)],
    )
    held = _round(
        "b",
        "Post",
        "The third round was held in Muscat last Saturday, as envoys traded drafts.",
        "held",
        "hold",
        [("object", "The third round", "round", None)],
    )
    sanctions = make_doc(
        "c",
        "A third round of sanctions hit the traders of Muscat on Monday, after weeks of quiet.",
        "2025-04-22",
        "Daily",
        [("Muscat", "GPE")],
        [("Monday", "2025-04-21", "day")],
    )
    events = [e for e in events_of([hosted, held, sanctions]) if e.date == "2025-04-26"]
    assert [(e.type, e.n_sources) for e in events] == [("CONSULT", 2)]


def _news_of(day: str, lead_date: str) -> object:
    """An article of 2019-03-09 whose first sentence dates its news to ``day``, and whose
    fourth tells a happening with no date of its own."""
    return make_doc(
        "a",
        f"Rebels shelled the town of Veran {day}. The sanctions are broad. Markets fell. "
        "Bread prices doubled in the markets of Kestria.",
        "2019-03-09",
        "Wire",
        [("Veran", "GPE"), ("Kestria", "GPE")],
        [(day, lead_date, "day")],
        predicates=[
            ("shelled", "shell", [("subject", "Rebels", "rebel", None),
                                  ("object", "the town", "town", None)]),
            ("doubled", "double", [("subject", "Bread prices", "price", None)]),
        ],
    )  # fmt: skip


@pytest.mark.parametrize(
    ("day", "lead_date", "told_on"),
    [
        ("yesterday", "2019-03-08", "2019-03-08"),
        ("on Wednesday", "2019-03-06", "2019-03-06"),
        ("on March 1", "2019-03-01", "2019-03-09"),
    ],
)
def test_what_an_article_tells_further_down_is_its_news_day_s(
    day: str, lead_date: str, told_on: str
) -> None:
    """An article's undated happenings are of the day its first sentence's news is, where that
    is in the few days before it came out; else of the article's own day."""
    [later] = [e for e in events_of([_news_of(day, lead_date)]) if e.dated_by_report_only]
    assert later.headline.startswith("Bread prices") and later.date == told_on


def _round_called_off() -> object:
    """May 11's report of a round set for May 3 and called off."""
    return make_doc(
        "b",
        "Envoys met in Muscat on Sunday, after a round planned for May 3 in Rome was called off.",
        "2025-05-11",
        "Post",
        [("Rome", "GPE"), ("Muscat", "GPE")],
        [("Sunday", "2025-05-11", "day"), ("May 3", "2025-05-03", "day")],
        predicates=[
            ("met", "meet", [("subject", "Envoys", "envoy", None)]),
            ("planned", "plan", [], 2, "nested"),
            ("called off", "call off", [("object", "a round", "round", None)], 0, "advcl"),
        ],
    )  # fmt: skip


def test_a_meeting_called_off_is_cancelled_on_the_day_it_was_set_for() -> None:
    """ "The fourth round, which had been scheduled for Saturday, has been postponed, the
    minister said on Thursday": the round of Saturday is cancelled; and another outlet's "a
    round planned for May 3 was called off" tells the same."""
    postponed = make_doc(
        "a",
        "The fourth round of talks, which had been scheduled for Saturday in Rome, has been "
        "postponed, the minister said on Thursday.",
        "2025-05-01",
        "Wire",
        [("Rome", "GPE")],
        [("Saturday", "2025-05-03", "day"), ("Thursday", "2025-05-01", "day")],
        predicates=[
            ("scheduled", "schedule", [], 1, "nested"),
            ("postponed", "postpone", [("object", "The fourth round of talks", "round", None)]),
            ("said", "say", [("subject", "the minister", "minister", None)], 1, "parataxis"),
        ],
    )  # fmt: skip
    called_off = _round_called_off()
    events = events_of([postponed, called_off])
    on_the_day = [e for e in events if e.date == "2025-05-03"]
    assert [(e.type, e.status, e.n_sources) for e in on_the_day] == [("CONSULT", "cancelled", 2)]
    # Thursday is the day of the report that calls it off, not of a meeting called off.
    [report] = [e for e in events if e.date == "2025-05-01"]
    assert (report.type, report.status) == (None, "happened")


def test_a_day_whose_plan_was_called_off_shows_it_called_off() -> None:
    """A meeting set for May 3 in an article of April 26, called off by May 11's: the
    timeline's May 3 tells a meeting called off, not the plan."""
    from storyline.compose.story import compose_story
    from storyline.settings import Settings

    plan = make_doc(
        "a",
        "The envoys agreed to continue the talks, with another meeting set for May 3 in Rome.",
        "2025-04-26",
        "Wire",
        [("Rome", "GPE")],
        [("May 3", "2025-05-03", "day")],
        predicates=[("agreed", "agree", [("subject", "The envoys", "envoy", None)])],
    )
    called_off = _round_called_off()
    story = compose_story([plan, called_off], Settings())
    [may_3] = [entry for entry in story.timeline if entry.date == "2025-05-03"]
    assert may_3.status == "cancelled"
    assert [s.text for s in may_3.sentences] == [called_off.text]


def test_a_later_sentence_s_background_day_is_no_news_day() -> None:
    """ "The mayor, who fled on Wednesday, ..." under a first sentence with no date of its own:
    Wednesday is background, and what the article tells further down stays on its day."""
    doc = make_doc(
        "a",
        "Rebels shelled the town of Veran. The mayor of Veran, who fled on Wednesday, was "
        "unhurt. Markets fell. Bread prices doubled in the markets of Kestria.",
        "2019-03-09",
        "Wire",
        [("Veran", "GPE"), ("Kestria", "GPE")],
        [("Wednesday", "2019-03-06", "day")],
        predicates=[
            ("shelled", "shell", [("subject", "Rebels", "rebel", None),
                                  ("object", "the town", "town", None)]),
            ("fled", "flee", [("subject", "who", "who", None)], 2, "relcl"),
            ("was", "be", [("subject", "The mayor of Veran", "mayor", None)]),
            ("doubled", "double", [("subject", "Bread prices", "price", None)]),
        ],
    )  # fmt: skip
    events = events_of([doc])
    [bread] = [e for e in events if e.headline.startswith("Bread prices")]
    assert bread.date == "2019-03-09"


def test_a_city_that_names_where_talks_were_held_is_no_party_to_them() -> None:
    """ "denounced the Jeddah talks": Jeddah is where they are held, not whom the protest is
    aimed at; "struck Jeddah" is done to it."""
    denounced = make_doc(
        "a",
        "Protesters denounced the Jeddah talks on Wednesday.",
        "2023-05-31",
        "Wire",
        [("Jeddah", "GPE")],
        [("Wednesday", "2023-05-31", "day")],
        predicates=[("denounced", "denounce", [("subject", "Protesters", "protester", None),
                                               ("object", "the Jeddah talks", "talk", "GPE")])],
    )  # fmt: skip
    [event] = events_of([denounced])
    assert event.type == "DISAPPROVE" and event.targets == ()
    struck = make_doc(
        "b",
        "Drones struck Jeddah on Wednesday.",
        "2023-05-31",
        "Wire",
        [("Jeddah", "GPE")],
        [("Wednesday", "2023-05-31", "day")],
        predicates=[("struck", "strike", [("subject", "Drones", "drone", None),
                                          ("object", "Jeddah", "Jeddah", "GPE")])],
    )  # fmt: skip
    [event] = events_of([struck])
    assert len(event.targets) == 1
