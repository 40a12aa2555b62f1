"""Who said what: quotes grouped by the speaker's entity."""

from __future__ import annotations

import re
from collections import defaultdict
from collections.abc import Sequence

from storyline.merge.entities import EntityIndex
from storyline.records import Document, Quote
from storyline.records.story import Citation, SpeakerQuote, SpeakerQuotes

_PRONOUNS = {"he", "she", "they", "we", "i", "it"}
_THE = re.compile(r"^(?:the|a|an)\s+", re.I)


def quotes_by_speaker(documents: Sequence[Document], index: EntityIndex) -> list[SpeakerQuotes]:
    names = {e.id: e.name for e in index.entities}
    labels = {e.id: e.label for e in index.entities}
    grouped: dict[tuple[str | None, str], list[SpeakerQuote]] = defaultdict(list)
    for doc in documents:
        ends: dict[int, set[int]] = defaultdict(set)
        for mention in doc.mentions:
            ends[mention.start].add(mention.end)
        for quote in doc.quotes:
            if quote.speaker_text is None or quote.speaker_start is None:
                continue
            if quote.speaker_text.lower() in _PRONOUNS:
                continue
            # Speakers are mostly people: a surname ("Brandt said") finds its full name first.
            named = index.find(quote.speaker_text)
            if (named is None or labels.get(named) != "PERSON") and (
                quote.speaker_end in ends.get(quote.speaker_start, ())
            ):
                # The mention the speaker is (not the one it opens: "Mubarak's spokesman").
                named = index.entity_at(doc.id, quote.speaker_start) or named
            entity = named
            # A speaker no entity names is its role ("the energy ministry", "energy ministry").
            role = _THE.sub("", quote.speaker_text)
            key = (entity, names[entity]) if entity else (None, role)
            grouped[key].append(
                SpeakerQuote(
                    quote.text,
                    quote.kind,
                    _said_on(doc, quote) or doc.published,
                    Citation(doc.id, quote.start, quote.end, quote.text),
                )
            )
    result = [
        SpeakerQuotes(entity, speaker, tuple(sorted(items, key=lambda q: q.date or "")))
        for (entity, speaker), items in grouped.items()
    ]
    result.sort(key=lambda s: (-len(s.quotes), s.speaker))
    return result


def _said_on(doc: Document, quote: Quote) -> str | None:
    """The day a quote was said when its attribution gives one ("Lavrov said last Saturday
    that ...", '"...," Borrell said on Friday.'); a day inside the quote is what it tells of."""
    if quote.speaker_start is None or quote.speaker_end is None:
        return None
    if quote.speaker_start < quote.start:
        # Within the quote's sentence: a "he" read as a person named sentences before
        # ('... from May 1. "...," he said.') takes no day from what lies between.
        opening = next((s.start for s in doc.sentences if s.start <= quote.start < s.end), 0)
        low, high = max(quote.speaker_start, opening), quote.start
    else:
        # ('"...," Lind said on Thursday, ahead of the vote on Monday': up to the comma.)
        sentence_end = next((s.end for s in doc.sentences if s.start <= quote.end < s.end), 0)
        end = max(quote.speaker_end, sentence_end)
        comma = doc.text.find(",", quote.speaker_end, end)
        low, high = quote.end, end if comma == -1 else comma
    for timex in doc.timexes:
        inside = low <= timex.start and timex.end <= high
        if inside and timex.granularity == "day" and (timex.value or "")[:4].isdigit():
            return (timex.value or "")[:10]
    return None
