"""Scoring a story against hand-made gold, on hand-built records (no model run)."""

import json
from pathlib import Path

import pytest

from storyline.errors import InputError
from storyline.evaluate.story import Gold, GoldEvent, GoldQuote, load_gold, score_story
from storyline.records.story import (
    Citation,
    CitedSentence,
    Entity,
    Event,
    SpeakerQuote,
    SpeakerQuotes,
    Story,
    TimelineEntry,
)


def cite(text: str) -> Citation:
    return Citation("d1", 0, len(text), text)


def event(eid: str, day: str, text: str) -> Event:
    return Event(eid, day, "day", "happened", text, (), None, (cite(text),), 1, ())


def entity(eid: str, name: str, *aliases: str) -> Entity:
    return Entity(eid, name, "PERSON", (name, *aliases), (), 1, ("d1",), ("wire",))


WALKOUT = "Almora's delegation walked out of the talks on Thursday."
MARCH = "Some 5,000 protesters marched through Sella on Wednesday."
AUDIT = "Lawmakers demanded an audit of the dam on Thursday."
EVENTS = (
    event("a", "2025-03-13", WALKOUT),
    event("b", "2024-03-12", MARCH),  # a year off
    event("c", "2025-06-12", AUDIT),
)
ENTITIES = (
    entity("p1", "Tomas Verhoek", "Verhoek"),
    entity("p2", "Annelie Brandt"),
    entity("p3", "Brandt"),  # not merged with p2
    entity("p4", "Ruth Okafor", "Okafor", "Idris Calloway"),  # two people in one
)


def story(timeline_events) -> Story:
    timeline = tuple(
        TimelineEntry(e.date, "day", e.status, (e.id,), (CitedSentence(e.headline, e.evidence),))
        for e in timeline_events
    )
    quotes = (
        SpeakerQuotes(
            "p1", "Tomas Verhoek", (SpeakerQuote('"We hid nothing."', "direct", None, cite("x")),)
        ),
        SpeakerQuotes(
            "p2", "Annelie Brandt", (SpeakerQuote('"A small step."', "direct", None, cite("y")),)
        ),
    )
    return Story(ENTITIES, EVENTS, timeline, (), quotes, (), ())


GOLD = Gold(
    events=(
        GoldEvent("2025-03-13", "walkout", ("delegation walked out",)),
        GoldEvent("2025-03-12", "march", ("marched through Sella",)),
        GoldEvent("2025-06-12", "audit", ("demanded an audit",)),
        GoldEvent("2025-06", "hearings", ("will hold hearings",)),
    ),
    entities=(
        ("Tomas Verhoek", "Verhoek"),
        ("Annelie Brandt", "Brandt"),
        ("Ruth Okafor",),
        ("Idris Calloway",),
    ),
    quotes=(
        GoldQuote("We hid nothing", "Verhoek"),
        GoldQuote("A small step", "Ruth Okafor"),
        GoldQuote("Never heard", "Idris Calloway"),
    ),
)


def test_events_are_found_on_their_date_with_their_evidence() -> None:
    scores = score_story(story(EVENTS), GOLD)
    assert scores["events_found"] == 0.5  # walkout and audit; the march is a year off
    assert scores["events_found_before_selection"] == 0.5
    assert (scores["events_misdated"], scores["events_wrong_year"]) == (1, 1)
    assert scores["events_missed"] == ["2025-03-12 march", "2025-06 hearings"]


def test_an_event_left_out_of_the_timeline_is_missed_but_not_misdated() -> None:
    scores = score_story(story(EVENTS[:1]), GOLD)
    assert scores["events_found"] == 0.25
    assert scores["events_found_before_selection"] == 0.5
    assert scores["events_misdated"] == 0


def test_a_month_level_gold_date_is_met_by_a_day_in_that_month() -> None:
    hearings = event("d", "2025-06-20", "The committee will hold hearings on the audit.")
    scores = score_story(story((*EVENTS, hearings)), GOLD)
    assert "2025-06 hearings" not in scores["events_missed"]


def test_entity_groups_merged_split_and_over_merged() -> None:
    scores = score_story(story(EVENTS), GOLD)
    assert scores["entity_groups_merged"] == 0.75  # Brandt is split from Annelie Brandt
    assert scores["entity_groups_not_merged"] == ["Annelie Brandt / Brandt"]
    assert scores["entity_over_merges"] == ["Ruth Okafor + Idris Calloway"]


def test_quotes_are_attributed_to_the_gold_speakers_entity() -> None:
    scores = score_story(story(EVENTS), GOLD)
    assert scores["quotes_found"] == round(2 / 3, 4)
    assert scores["quotes_attributed"] == round(1 / 3, 4)
    assert scores["quotes_wrong"] == [
        "'A small step': Annelie Brandt, not Ruth Okafor",
        "'Never heard': not found",
    ]


def test_gold_files_are_read_and_bad_ones_refused(tmp_path: Path) -> None:
    path = tmp_path / "gold.json"
    path.write_text(json.dumps({"events": [{"date": "2025-03-13", "evidence": ["walked out"]}]}))
    assert load_gold(path).events == (GoldEvent("2025-03-13", "", ("walked out",)),)
    path.write_text(json.dumps({"events": [{"date": "2025-03-13"}]}))
    with pytest.raises(InputError, match="not a gold file"):
        load_gold(path)


def test_the_example_gold_file_is_well_formed() -> None:
    gold = load_gold(Path(__file__).parents[2] / "examples" / "gold" / "veran-dam.json")
    assert len(gold.events) >= 10 and gold.entities and gold.quotes
