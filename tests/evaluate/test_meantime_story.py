"""MEANTIME tasks 2 and 3 scoring, on hand-made gold (no model run)."""

from dataclasses import replace

import pytest

from storyline.evaluate.meantime_story import bcubed, dated_events, entity_pairs, event_pairs
from storyline.records import Mention
from storyline.records.story import Citation, Event
from tests.builders import make_doc

TEXT = "Apple Inc. sued Apple Corps. Apple said the case was closed on May 3, 2006."


def _gold_mention(text: str, needle: str, occurrence: int, **extra):
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return {"in": "text", "start": start, "end": start + len(needle), "text": needle, **extra}


def test_bcubed_of_an_over_merged_cluster() -> None:
    scores = bcubed([("a", "x"), ("a", "x"), ("b", "x")])
    assert scores["precision"] == pytest.approx(5 / 9, abs=1e-4)
    assert scores["recall"] == 1.0


def test_gold_names_take_the_entity_of_the_mention_over_them() -> None:
    doc = make_doc("d1", TEXT)
    mentions = (
        Mention(0, 10, "Apple Inc.", "ORG", entity="e-inc"),
        Mention(16, 27, "Apple Corps", "ORG", entity="e-corps"),
        Mention(29, 34, "Apple", "ORG", entity="e-inc"),
    )
    doc = replace(doc, mentions=mentions)
    gold = {
        "documents": {
            "d1": {
                "text": TEXT,
                "entities": [
                    _gold_mention(TEXT, "Apple Inc.", 1, syntactic_type="NAM", instance="APPLE"),
                    _gold_mention(TEXT, "Apple Corps", 1, syntactic_type="NAM", instance="CORPS"),
                    _gold_mention(TEXT, "Apple", 3, syntactic_type="NAM", instance="APPLE"),
                    _gold_mention(TEXT, "case", 1, syntactic_type="NOM", instance="CASE"),
                ],
            }
        }
    }
    pairs = entity_pairs({"d1": doc}, gold)
    assert pairs == [("APPLE", "e-inc"), ("CORPS", "e-corps"), ("APPLE", "e-inc")]
    assert bcubed(pairs)["f1"] == 1.0


def test_event_mentions_join_the_event_whose_evidence_holds_them_and_its_date_counts() -> None:
    doc = make_doc("d1", TEXT)
    sentence = TEXT.index("Apple said")
    event = Event(
        id="ev1",
        date="2006-05",
        granularity="month",
        status="happened",
        headline="",
        actors=(),
        place=None,
        evidence=(Citation("d1", sentence, len(TEXT), TEXT[sentence:]),),
        n_sources=1,
        background_in=(),
    )
    gold = {
        "documents": {
            "d1": {
                "text": TEXT,
                "events": [
                    _gold_mention(TEXT, "sued", 1, instance="SUE"),
                    _gold_mention(TEXT, "closed", 1, instance="CLOSE"),
                ],
            }
        },
        "instances": {"events": {"CLOSE": {"time": "2006-05-03"}, "SUE": {"time": "2006"}}},
    }
    pairs, _where = event_pairs({"d1": doc}, [event], gold)
    assert pairs == [("SUE", "alone:d1:0"), ("CLOSE", "ev1")]
    # A month that holds the day would count; here the event is the month and the instance a
    # day, which it holds; the undated-by-us "SUE" is counted and wrong.
    assert dated_events(pairs, [event], gold) == {"right": 1, "dated": 2}
