"""`storyline eval brief`'s scoring of a brief against reference timelines (hand-built story,
no model run)."""

from storyline.evaluate.tls.brief import score_brief
from storyline.evaluate.tls.dataset import ReferenceTimeline
from storyline.records.story import Citation, CitedSentence, Event, Story


def _event(eid: str, day: str, cite: Citation, granularity: str = "day") -> Event:
    return Event(eid, day, granularity, "happened", cite.text, (), None, (cite,), 1, (), 1.0)


def test_developments_count_on_a_reference_day_or_the_day_next_to_it() -> None:
    opener = Citation("a", 0, 40, "Kestria and Almora began talks on the dam.")
    signed = Citation("b", 0, 40, "Kestria and Almora signed the dam accord.")
    rally = Citation("c", 10, 40, "Farmers rallied in Sella for more water.")
    month = Citation("d", 0, 40, "Water levels fell through the spring.")
    story = Story(
        entities=(),
        events=(
            _event("o", "2025-02-03", opener),
            _event("s", "2025-03-14", signed),  # the day after the reference's March 13
            _event("r", "2025-04-20", rally),  # no reference day near it
            _event("m", "2025-03", month, "month"),  # no day: never on a reference day
        ),
        timeline=(),
        brief=tuple(CitedSentence(c.text, (c,)) for c in (opener, signed, rally, month)),
        quotes_by_speaker=(),
        sources=(),
        conflicts=(),
    )
    reference = ReferenceTimeline(
        "dam-wire-1",
        (
            ("2025-02-03", ("Talks on the dam open.",)),
            ("2025-03-13", ("Kestria and Almora sign the accord.",)),
        ),
    )
    scored = score_brief(story, [reference])
    # The opener is no development; of the three developments one is on a reference day.
    assert (scored["developments"], scored["on_reference_day"]) == (3, 1)
    assert [row["on_reference_day"] for row in scored["sentences"]] == [True, True, False, False]
    assert scored["sentences"][1]["days"] == ["2025-03-14"]
    # Of the brief's 19 content words, the references hold five (kestria, almora, talks, dam
    # and accord, each counted as often as the references have it: "dam" once).
    assert scored["precision"] == round(5 / 19, 4)
