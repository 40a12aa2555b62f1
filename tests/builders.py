"""Hand-built annotated documents for tests of the cross-document stages (no model run)."""

from __future__ import annotations

import re

from storyline.records import (
    Argument,
    Document,
    Mention,
    Predicate,
    Quote,
    Sentence,
    TimeExpression,
)
from storyline.records.story import Citation, SpeakerQuote, SpeakerQuotes, Story


def find(text: str, needle: str, occurrence: int = 1) -> tuple[int, int]:
    start = -1
    for _ in range(occurrence):
        start = text.index(needle, start + 1)
    return start, start + len(needle)


def make_doc(
    doc_id: str,
    text: str,
    published: str | None = None,
    source: str | None = None,
    mentions: list[tuple[str, str]] = (),
    timexes: list[tuple[str, str, str]] = (),
    directions: dict[str, str] | None = None,
    quotes: list[tuple[str, str]] = (),
    predicates: list[tuple] = (),
) -> Document:
    """``mentions``: (text, label), every occurrence; ``timexes``: (text, value, granularity),
    first occurrence; ``quotes``: (quote text, speaker text); ``predicates``: (verb text,
    lemma, [(role, argument text, head lemma, entity label)][, index of the governing
    predicate in this list, relation][, {more Predicate fields}]), first occurrences, in text
    order."""
    sentences = tuple(
        Sentence(m.start(), m.end()) for m in re.finditer(r"[^.\n]+[.]?", text) if m.group().strip()
    )
    sentences = tuple(
        Sentence(
            s.start + (len(text[s.start : s.end]) - len(text[s.start : s.end].lstrip())), s.end
        )
        for s in sentences
    )
    found_mentions: list[Mention] = []
    for name, label in sorted(mentions, key=lambda m: -len(m[0])):
        for match in re.finditer(re.escape(name), text):
            if not any(m.start < match.end() and match.start() < m.end for m in found_mentions):
                found_mentions.append(Mention(match.start(), match.end(), name, label))
    found_timexes = []
    for expression, value, granularity in timexes:
        start, end = find(text, expression)
        direction = (directions or {}).get(expression)
        found_timexes.append(
            TimeExpression(start, end, expression, value, granularity, direction=direction)
        )
    found_quotes = []
    for quote_text, speaker in quotes:
        start, end = find(text, quote_text)
        s_start, s_end = find(text, speaker)
        found_quotes.append(Quote(start, end, quote_text, speaker, s_start, s_end))
    found_predicates = []
    for verb, lemma, arguments, *governed in predicates:
        # A last element that is a dict sets more of the predicate ({"negated": True}).
        facts = governed.pop() if governed and isinstance(governed[-1], dict) else {}
        start, end = find(text, verb)
        found_predicates.append(
            Predicate(
                start,
                end,
                verb,
                lemma,
                tuple(
                    Argument(role, *find(text, phrase), phrase, head, label)
                    for role, phrase, head, label in arguments
                ),
                governor=governed[0] if governed else None,
                relation=governed[1] if governed else None,
                **facts,
            )
        )
    found_predicates.sort(key=lambda p: p.start)
    return Document(
        id=doc_id,
        source_path=f"{doc_id}.txt",
        source=source,
        title=None,
        url=None,
        published=published,
        published_from="metadata" if published else None,
        text=text,
        sentences=sentences,
        mentions=tuple(sorted(found_mentions, key=lambda m: m.start)),
        timexes=tuple(found_timexes),
        quotes=tuple(found_quotes),
        predicates=tuple(found_predicates),
    )


def story_with_one_quote_told_twice() -> tuple[Story, list[Document]]:
    """One quote of "the minister" reported by two articles."""
    text = 'The minister said: "We will not leave the talks." Later he spoke again.'
    docs = [make_doc(name, text, "2019-03-06", f"Wire {name}") for name in ("a", "b")]
    quote = '"We will not leave the talks."'
    start = text.index(quote)
    told = tuple(
        SpeakerQuote(
            quote, "direct", "2019-03-06", Citation(d.id, start, start + len(quote), quote)
        )
        for d in docs
    )
    story = Story((), (), (), (), (SpeakerQuotes(None, "the minister", told),), (), ())
    return story, docs
