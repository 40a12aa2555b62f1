"""Dated sentences across documents -> events.

1. Every sentence that dates a happening gives one event mention per dated happening (so "X
   arrived on May 3 and met Y on May 4" gives two); a sentence with no date of its own takes the
   article's date when it is same-day reporting in the lead ("... said on the phone",
   "announced"), or, as event data dates an event by the report that tells it, when further
   down it tells a happening (a verb in a past form or a coded event; not a plan, a modal, a
   denial or a past before the past): the day of the article's news, where its first sentence
   dates that in the days before the article ("Yesterday, ... Jobs unveiled iPhone 4").
   Those last are for the record: kept on an event of their day that they clearly tell again
   (``Event.retold``, not used to date or rank it; compared by their words' stems, as a
   later article tells in other forms of the words, "the shelling" for "shelled": on MEANTIME
   this raised the B-cubed F1 of events told in two or more articles 0.549 -> 0.580, and left
   Timeline17 as it was, where stems in the clustering below had cost bpoil-washingtonpost-5
   date F1 0.50 -> 0.33), or events of their own, grouped among themselves and kept out of
   the timeline, the brief and the conflicts (``Event.dated_by_report_only``).
   Each mention carries the sentence's PLOVER coding (merge/plover.py): type, actors, status.
2. Mentions are blocked by their date value (and the third of a month "early", "mid-" or
   "late" name); within a block they are clustered greedily by the similarity of their words
   and actors, and for a mention from another outlet than the event's, of their event type and
   mode where both name one (the type as evidence between any two mentions had lowered
   Timeline17's bpoil scores: AR1 0.146 -> 0.143, date F1 0.596 -> 0.578; between outlets it
   raised the 13 timelines' AR1 0.1602 -> 0.1615). Mentions of a week or month then join a
   day-level event inside that period (or third) when they clearly tell the same thing.
No step compares all sentences of the corpus with each other.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator, Sequence
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, replace
from datetime import date, timedelta
from typing import Any

import numpy as np
from scipy import sparse

from storyline.merge.entities import PLACE_NOUNS, EntityIndex
from storyline.merge.periods import EVENT_GRANULARITIES, day_of, over_before, period
from storyline.merge.plover import NOUNS, code_between, code_predicate
from storyline.merge.quality import sentence_quality
from storyline.records import Argument, Document, Mention, Predicate, Sentence, TimeExpression
from storyline.records.story import Citation, Event

_FUTURE = re.compile(
    r"\b(?:will|'ll|shall|would|is to|are to|due to|due on|due in|scheduled|expected to|"
    r"expected in|plans? to|planned|planning to|set to|going to|intends? to|aims? to|"
    r"to be (?:held|released|published|unveiled|announced|signed|completed)|upcoming|next|due by|"
    r"due out)\b"
    # a time something may come as soon as ("could be placed ... as early as Wednesday")
    r"|\bas (?:early|soon) as (?:next|this|tomorrow|(?:mon|tues|wednes|thurs|fri|satur|sun)day)\b"
    r"|\b(?:could|may|might) be \w+(?:ed|en)\b",
    re.I,
)
_ONGOING = re.compile(r"\b(?:continues?|continuing|ongoing|under way|underway|still)\b", re.I)
_REPORTING = re.compile(
    r"\b(?:said|told|announced|confirmed|declared|reported|stated|warned|denied|insisted|"
    r"acknowledged|urged|called|pledged|vowed|released|issued|ordered|signed|approved|"
    r"rejected|launched)\b"
)

# A clause that only says who reported the sentence, and when: "the United States and Saudi
# Arabia said on Saturday", "officials told reporters on Monday".
_REPORTS_ONLY = re.compile(
    r"^\W*(?:[\w.'\u2019-]+\s+){0,8}?(?:said|told|announced|confirmed|reported|stated)\b"
    r"(?:\s+[\w.'\u2019-]+){0,5}\W*$",
    re.I,
)
_LOCATIVE = re.compile(
    r"\b(?:in|at|near|outside|inside|into)\s+(?:the\s+)?"
    # "in the Kazakh capital Astana", "near the southern port city of Aden"
    rf"(?:(?:[\w'-]+\s+){{0,3}}?(?:{'|'.join(sorted(PLACE_NOUNS))})(?:\s+of)?\s+)?$"
)
_ACTED_ON = ("subject", "object")

# Similarity (cosine of word weights, plus a little for shared actors) that joins a mention to
# an event of the same date, and that joins a week- or month-level event to a day-level one.
SIMILARITY = 0.3
ATTACH_SIMILARITY = 0.35
# The same for an undated happening further down an article to be kept on an event of the
# article's day (or of as many days before, or of a week or month that holds the day) as told
# again.
RETOLD_SIMILARITY = 0.35
RETOLD_DAYS_BEFORE = 1
# What a shared event type, and a shared place, add to that similarity when a week or month
# joins a day.
TYPE_BONUS = 0.1
PLACE_BONUS = 0.05
# Shared actors add up to this much (times the share of actors in common).
ACTOR_BONUS = 0.1
# What the same event type and mode (where both name one) add when a mention from another
# outlet joins an event of its day whose actors it does not contradict ("the ceasefire came
# into force", "a fragile ceasefire took effect"): outlets tell one happening in other words.
CROSS_TYPE_BONUS = 0.1
# What an article's own sentences dated to its day add when its undated lead joins an event of
# that day: the lead reports what the article then tells with its date ("A ceasefire has come
# into effect" over "The truce ... began at 9:45pm local time on Monday").
LEAD_BONUS = 0.1
MAX_BONUS = TYPE_BONUS + PLACE_BONUS + ACTOR_BONUS
_TOLD = ("happened", "ongoing")
# What dates a mention, surest first, and the date source of an event whose surest is that.
_DATED_BY = ("text", "lead", "article")
_DATE_SOURCE = ("text", "published", "article")


@dataclass(frozen=True, slots=True)
class EventMention:
    document_id: str
    source: str
    published: str | None
    start: int
    end: int
    text: str
    clause: str
    date: str
    granularity: str
    range_end: str | None
    status: str
    actors: tuple[str, ...]
    places: tuple[str, ...]
    # What dates the happening: "text", the sentence's own time expression; "lead", the article's
    # day for a report in its opening sentences; "article", the article's day for a happening
    # told further down with no date of its own.
    dated_by: str
    coding: Coding | None = None
    # The part of its month a month-level date names ("early", "mid-", "late July"): the
    # TIMEX3 modifier START, MID or END.
    part: str | None = None


@dataclass(frozen=True, slots=True)
class Coding:
    """A sentence's event as PLOVER codes it, with its participants as entity ids."""

    type: str
    mode: str | None
    sources: tuple[str, ...]
    targets: tuple[str, ...]
    status: str | None
    what: Citation
    # Capitals among the participants, named here by their country ("Moscow said").
    stood_for: tuple[str, ...] = ()
    # The type of the happening itself (``type`` but where the future made a meeting to come
    # a commitment, AGREE): what mentions of one happening before and after it share.
    happening: str | None = None

    @property
    def kind(self) -> str:
        return self.happening or self.type


def extract_mentions(doc: Document, index: EntityIndex) -> list[EventMention]:
    """The dated happenings of one document."""
    mentions: list[EventMention] = []
    timexes = sorted(doc.timexes, key=lambda t: t.start)
    starts = [m.start for m in doc.mentions]
    timex_starts = [t.start for t in timexes]
    predicate_starts = [p.start for p in doc.predicates]
    for number, sentence in enumerate(doc.sentences):
        lo = bisect.bisect_left(timex_starts, sentence.start)
        hi = bisect.bisect_left(timex_starts, sentence.end)
        inside = [t for t in timexes[lo:hi] if t.end <= sentence.end]
        dated = [
            t
            for t in inside
            if _is_event_date(t) and not _COMPARED_SINCE.search(doc.text, sentence.start, t.start)
        ]
        text = doc.text[sentence.start : sentence.end]
        reported = (
            not dated
            and number < 3
            and doc.published is not None
            and (
                (not inside and _REPORTING.search(text) is not None)
                or (
                    number == 0
                    and all(t.type in ("DURATION", "SET") for t in inside)
                    and _hot_news(doc, predicate_starts, sentence)
                )
            )
        )
        if not dated and not reported and not doc.published:
            continue  # no happening this sentence dates
        told = not dated and not reported  # further down, with no date of its own
        main = _main_verb(doc, predicate_starts, sentence) if told else None
        if told and main is None:
            continue
        coding = _coding(doc, index, starts, predicate_starts, sentence.start, sentence.end)
        if main is not None and not _tells_a_happening(main, coding):
            continue
        actors, places = _actors(doc, index, starts, sentence.start, sentence.end)
        if told and not actors and not places:
            continue  # an event names who took part or where
        where = _Where(doc, sentence.start, sentence.end, text, actors, places, coding)
        if dated:
            called_off = _called_off_plans(
                doc, index, starts, predicate_starts, sentence, text, dated, coding
            )
            for timex in _distinct(dated):
                clause = _clause(text, sentence.start, timex, dated)
                here = where
                offset = sentence.start + text.find(clause)
                told_as = clause
                if timex in called_off:
                    # The day of a plan the sentence calls off ("The fourth round, which had
                    # been scheduled for Saturday, has been postponed"): the meeting that day
                    # is what is cancelled.
                    told_as = text
                elif clause != text and not (
                    coding and offset <= coding.what.start < offset + len(clause)
                ):
                    # One of several dated clauses, not the one of the sentence's event: its
                    # own event, if it tells one; a clause that only reports the sentence
                    # ("..., the United States and Saudi Arabia said on Saturday") dates the
                    # report of what the sentence tells, where that has no date of its own.
                    own = _coding(
                        doc, index, starts, predicate_starts, offset, offset + len(clause)
                    )
                    if (
                        own is None
                        and _REPORTS_ONLY.match(clause)
                        and all(
                            _nested_host(doc, predicate_starts, sentence.start, other, coding)
                            is not None
                            and other not in called_off
                            for other in dated
                            if other is not timex
                        )
                    ):
                        # (Where the sentence's event has no date of its own: its other dates
                        # are of nouns' clauses, "a truce that will start on Monday".)
                        told_as = text
                    else:
                        here = replace(where, coding=own)
                elif (
                    nested := _nested_host(doc, predicate_starts, sentence.start, timex, coding)
                ) is not None:
                    # The date is of a noun's background ("the ceasefire that took effect on
                    # December 30"), not of what the sentence tells: code that clause instead.
                    nested_coding = _coding(
                        doc, index, starts, predicate_starts, sentence.start, sentence.end, nested
                    )
                    here = replace(where, coding=nested_coding)
                if called_off and timex not in called_off and here.coding is coding:
                    # Its other days are of the report that calls the plan off, not of a
                    # meeting called off then ("..., the minister said on Thursday").
                    here, told_as = replace(where, coding=None), text
                status = (here.coding and here.coding.status) or _status(
                    clause, timex, doc.published
                )
                day = day_of(timex.value or "")
                part = timex.mod if timex.granularity == "month" and timex.mod in _THIRDS else None
                mentions.append(
                    here.mention(
                        told_as, day, timex.granularity, timex.range_end, status, "text", part
                    )
                )
        elif doc.published:  # an undated report of the article's day
            # (What is told further down is a happening: _tells_a_happening leaves plans out.)
            status = (coding and coding.status) or (
                "planned" if not told and _FUTURE.search(text) else "happened"
            )
            if status == "planned" and not plan_of_its_day(text):
                status = "happened"  # what the day holds is the statement of a plan
            mentions.append(
                where.mention(
                    text, doc.published, "day", None, status, dated_by="article" if told else "lead"
                )
            )
    return mentions


# Main verbs that tell a plan, not a happening ("Boeing plans to ...", "is expected to").
_PLANNING = frozenset({"plan", "expect", "schedule", "intend", "aim", "hope", "propose", "want"})
_CONDITIONAL = re.compile(r"\W*(?:if|unless|should|whether)\b", re.I)
_PAST_PERFECT = re.compile(r"\b(?:had|'d)\s+(?:\w+\s+)?$", re.I)
_PRESENT_PERFECT = re.compile(r"\b(?:has|have|'ve)\s+(?:\w+\s+)?$", re.I)
_PRESENT = frozenset({"is", "are", "am", "has", "have", "does", "'s", "'re", "'m", "'ve"})


def _past_form(predicate: Predicate) -> bool:
    """Whether the verb is written in a past form ("shelled", "flew", "has secured"): neither
    its lemma, nor a present third person, nor a gerund."""
    word = predicate.text.lower().split()[0]
    lemma = predicate.lemma.lower().split()[0]
    if word in _PRESENT or word.endswith("ing") or word in (lemma, lemma + "s", lemma + "es"):
        return False
    return not (word.endswith("ies") and lemma.endswith("y"))


def _main_verb(doc: Document, predicate_starts: list[int], sentence: Sentence) -> Predicate | None:
    """The main verb of a sentence with no date of its own, beyond an article's lead, when it
    may tell something the article reports as having taken place: no plan ("plans to", "is
    expected to"), no modal ("would", "may"), not negated, not a past before the past ("had
    agreed"), in no condition ("If ...")."""
    lo = bisect.bisect_left(predicate_starts, sentence.start)
    hi = bisect.bisect_left(predicate_starts, sentence.end)
    main = next(
        (p for p in doc.predicates[lo:hi] if p.governor is None or not lo <= p.governor < hi),
        None,
    )
    if main is None or main.modality is not None or main.negated or main.lemma in _PLANNING:
        return None
    if _CONDITIONAL.match(doc.text, sentence.start, sentence.end):
        return None  # "If the commission cannot agree, ..."
    before = doc.text[max(sentence.start, main.start - 20) : main.start]
    return None if _PAST_PERFECT.search(before) else main


def _hot_news(doc: Document, predicate_starts: list[int], sentence: Sentence) -> bool:
    """Whether an article's first sentence tells its news in the present perfect ("Yemen's
    warring parties have agreed to a ceasefire"), as a lead tells what has just happened."""
    main = _main_verb(doc, predicate_starts, sentence)
    if main is None:
        return False
    before = doc.text[max(sentence.start, main.start - 20) : main.start]
    return _PRESENT_PERFECT.search(before) is not None


def _tells_a_happening(main: Predicate, coding: Coding | None) -> bool:
    """Whether the sentence of that main verb tells a happening: the verb is in a past form or
    the sentence codes as an event, and the event is not denied."""
    if coding is None:
        return _past_form(main)
    return coding.status != "denied"


@dataclass(frozen=True, slots=True)
class _Where:
    """A sentence of a document, with the entities in it."""

    doc: Document
    start: int
    end: int
    text: str
    actors: tuple[str, ...]
    places: tuple[str, ...]
    coding: Coding | None

    def mention(
        self,
        clause: str,
        day: str,
        granularity: str,
        range_end: str | None,
        status: str,
        dated_by: str,
        part: str | None = None,
    ) -> EventMention:
        return EventMention(
            self.doc.id,
            self.doc.outlet,
            self.doc.published,
            self.start,
            self.end,
            self.text,
            clause,
            day,
            granularity,
            range_end,
            status,
            self.actors,
            self.places,
            dated_by,
            self.coding,
            part,
        )


_NESTED = frozenset({"nested", "relcl", "acl"})


def _nested_host(
    doc: Document,
    predicate_starts: list[int],
    sentence_start: int,
    timex: TimeExpression,
    coding: Coding | None,
) -> int | None:
    """The predicate (its index in the document) a date belongs to when that is a clause inside
    a noun phrase, or one set at another time, and not the sentence's coded event: the verb
    nearest before the date."""
    n = bisect.bisect_left(predicate_starts, timex.start) - 1
    if n < 0 or predicate_starts[n] < sentence_start:
        return None
    host = doc.predicates[n]
    if host.relation not in _NESTED and not (host.relation or "").startswith("advcl:"):
        return None  # nor a clause at another time ("after talks collapsed on Monday")
    if coding is not None and coding.what.start <= host.start < coding.what.end:
        return None  # the coded event's own words: its date
    return n


def _coding(
    doc: Document,
    index: EntityIndex,
    starts: list[int],
    predicate_starts: list[int],
    start: int,
    end: int,
    predicate: int | None = None,
) -> Coding | None:
    """The sentence's event coded from its predicates (or from the one given), participants
    mapped to entities."""
    found = (
        code_between(doc.predicates, predicate_starts, start, end)
        if predicate is None
        else code_predicate(doc.predicates, predicate_starts, start, end, predicate)
    )
    if found is None:
        return None
    coded, predicates = found
    what_start, what_end = coded.span(predicates)

    governments = index.governments
    stood_for: list[str] = []

    def entities(arguments: Sequence[Argument]) -> tuple[str, ...]:
        ids = [
            entity
            for a in arguments
            for mention, entity in _entities_in(doc, index, starts, a.start, a.end)
            # "returned to the Austrian capital": where they went names no one they met (what is
            # done to a city, "struck the Syrian capital", is done to its country).
            if not (mention.label == "NORP" and a.head in PLACE_NOUNS and a.role not in _ACTED_ON)
            and not _names_where(doc, index, mention, entity, a)
        ]
        # A capital that acts or is acted on is its country's government.
        stood_for.extend(e for e in ids if e in governments)
        return tuple(dict.fromkeys(governments.get(e, e) for e in ids))

    sources, targets = entities(coded.sources), entities(coded.targets)
    return Coding(
        type=coded.type,
        mode=coded.mode,
        sources=sources,
        targets=tuple(t for t in targets if t not in sources),
        status=coded.status,
        what=Citation(doc.id, what_start, what_end, doc.text[what_start:what_end]),
        stood_for=tuple(dict.fromkeys(stood_for)),
        happening=coded.happening,
    )


# The word after a city that names what was held or made there: "the Jeddah talks", "the
# Jeddah Declaration" (an event's noun, a document's, or a name).
_NAMED_THERE = re.compile(r" (?:[A-Z][\w-]*|[a-z]+)\b")
_DOCUMENTS = frozenset(
    {"declaration", "process", "communique", "statement", "initiative", "format", "framework",
     "memorandum", "protocol", "roadmap", "accords", "agreements", "deal", "plan"}
)  # fmt: skip


def _names_where(
    doc: Document, index: EntityIndex, mention: Mention, entity: str, argument: Argument
) -> bool:
    """Whether a city or region in a participant's words only says where its event was held
    or its document made ("suspended its participation in the Jeddah talks", "the Jeddah
    Declaration signed on May 11"): a place, not a party."""
    if entity not in index.places or entity in index.countries or mention.end >= argument.end:
        return False
    after = _NAMED_THERE.match(doc.text, mention.end)
    if after is None or after.end() > argument.end:
        return False
    word = after.group().strip()
    return word[0].isupper() or word in NOUNS or word in _DOCUMENTS


# "their first direct talks since 2022", "the highest level since 2008": a date the sentence
# measures its news against (the last time before), not one of what it tells.
_COMPARED_SINCE = re.compile(
    r"\b(?:first|highest|lowest|biggest|largest|worst|best|deadliest|strongest|weakest|longest"
    r"|shortest|greatest|fewest|most|least|only)\b[^.;:!?]*\bsince\s+(?:the\s+)?(?:early\s+|late\s+)?$",
    re.I,
)


def _is_event_date(timex: TimeExpression) -> bool:
    return (
        timex.value is not None
        and timex.granularity in EVENT_GRANULARITIES
        and timex.type in ("DATE", "TIME")
        and period(timex.value) is not None
    )


def _distinct(timexes: list[TimeExpression]) -> list[TimeExpression]:
    seen: set[str] = set()
    result = []
    for timex in timexes:
        key = day_of(timex.value or "")
        if key not in seen:
            seen.add(key)
            result.append(timex)
    return result


_BOUNDARY = re.compile(r"[,;:]\s+|\s+(?:that|which|who|after|before|when|while|but|since|until)\s+")


def _clause(text: str, offset: int, timex: TimeExpression, dated: list[TimeExpression]) -> str:
    """The part of the sentence about this date, when the sentence dates several happenings:
    from the clause boundary before the date to the one after it, widened until it has at
    least six words."""
    if len(dated) == 1:
        return text
    position, stop = timex.start - offset, timex.end - offset
    # A boundary word right before a date is its preposition ("fighting cancer since 2004"):
    # what happened is told before it, so it cuts nothing.
    dates = {t.start - offset for t in dated}
    found = [
        m
        for m in _BOUNDARY.finditer(text)
        if not (m.end() in dates and m.group().strip().isalpha())
    ]
    cuts = sorted({0, len(text)} | {m.start() for m in found} | {m.end() for m in found})
    before = [c for c in cuts if c <= position]
    after = [c for c in cuts if c >= stop]
    left, right = len(before) - 1, 0
    while True:
        piece = text[before[left] : after[right]].strip(" ,;:")
        if len(piece.split()) >= 6 or (left == 0 and right == len(after) - 1):
            return piece
        if left > 0:
            left -= 1
        elif right < len(after) - 1:
            right += 1


# A clause that sets a day for what its noun names: "which had been scheduled for Saturday".
_SET_FOR = re.compile(r"\b(?:scheduled|planned|set|slated|due)\b", re.I)


def _called_off_plans(
    doc: Document,
    index: EntityIndex,
    starts: list[int],
    predicate_starts: list[int],
    sentence: Sentence,
    text: str,
    dated: list[TimeExpression],
    coding: Coding | None,
) -> list[TimeExpression]:
    """The dates of the sentence that are those of a plan its event calls off: a clause of the
    cancelled noun that sets it for a day and tells nothing of its own."""
    if coding is None or coding.status != "cancelled":
        return []
    found = []
    for timex in dated:
        nested = _nested_host(doc, predicate_starts, sentence.start, timex, coding)
        if (
            nested is not None
            and _SET_FOR.search(_clause(text, sentence.start, timex, dated))
            and _coding(doc, index, starts, predicate_starts, sentence.start, sentence.end, nested)
            is None
        ):
            found.append(timex)
    return found


def told_as_plan(text: str) -> bool:
    """Whether a sentence tells something to come ("will meet", "is due to", "plans to")."""
    return _FUTURE.search(text) is not None


def plan_of_its_day(text: str) -> bool:
    """Whether a sentence dated by its article's day tells a plan as that day's news ("talks
    will resume"); "said Iran would install more centrifuges" tells what was said that day,
    and when the plan is for, it does not say."""
    return told_as_plan(text) and _REPORTING.search(text) is None


# A deadline gone by with nothing done: "missed an Aug. 18 deadline to sign a peace agreement",
# "the deadline passed without a deal".
_MISSED_DEADLINE = re.compile(
    r"\b(?:missed|failed\s+to\s+meet)\b[^;]{0,40}?\bdeadlines?\b"
    r"|\bdeadlines?\b[^;]{0,60}?\b(?:passed|lapsed|expired)\s+without\b",
    re.I,
)


def _status(clause: str, timex: TimeExpression, published: str | None) -> str:
    if _MISSED_DEADLINE.search(clause):
        return "cancelled"  # what was to be done by that day was not
    span = period(timex.value)
    if published and span is not None:
        if span[0].isoformat() > published:
            return "planned"
        if span[0].isoformat() <= published <= span[1].isoformat() and _ONGOING.search(clause):
            return "ongoing"
    # "a year later" is ahead of the story's point, not of the article, when its period is over
    # by the day the article appeared.
    if (timex.direction == "future" and not over_before(timex.value, published)) or (
        timex.direction != "past" and _FUTURE.search(clause)
    ):
        return "planned"
    return "happened"


def _actors(
    doc: Document, index: EntityIndex, starts: list[int], start: int, end: int
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    actors: list[str] = []
    places: list[str] = []
    place_end = -1
    for mention, entity in _entities_in(doc, index, starts, start, end):
        if mention.end > end:
            continue
        # A place is where something happens ("in Geneva", "in the Kazakh capital Astana",
        # and the country after it: "in Astana, Kazakhstan"); a country that acts is an actor.
        before = doc.text[max(0, mention.start - 50) : mention.start]
        located = _LOCATIVE.search(before) or (
            place_end >= 0 and doc.text[place_end : mention.start] == ", "
        )
        # (By the entity too: the model may tag "the Kazakh capital"'s "Kazakh" an organisation.)
        is_place = bool(located) and (
            mention.label in ("GPE", "LOC", "FAC") or entity in index.places
        )
        place_end = mention.end if is_place else -1
        target = places if is_place else actors
        if entity not in target:
            target.append(entity)
    return tuple(actors), tuple(places)


def _entities_in(
    doc: Document, index: EntityIndex, starts: list[int], start: int, end: int
) -> Iterator[tuple[Mention, str]]:
    """The mentions that start between ``start`` and ``end``, with the entity each names
    (``starts`` are the document's mention starts)."""
    for mention in doc.mentions[bisect.bisect_left(starts, start) :]:
        if mention.start >= end:
            break
        entity = index.entity_at(doc.id, mention.start)
        if entity is not None:
            yield mention, entity


def cluster_events(
    mentions: Sequence[EventMention], index: EntityIndex, published: dict[str, str | None]
) -> list[Event]:
    """Group mentions into events: block by date, then cluster by content within a block. The
    happenings dated only by the article that tells them further down change none of the
    events a sentence or a lead dates: one that clearly tells such an event of its day again is
    kept on it as retold (not evidence: not used to date, rank or quote it); the others are
    grouped among themselves."""
    names = {e.id: e.name for e in index.entities}
    countries = frozenset(e.id for e in index.entities if e.kind == "country")
    surer = [m for m in mentions if m.dated_by != "article"]
    later = [m for m in mentions if m.dated_by == "article"]
    events: list[Event] = []
    retold: dict[int, list[EventMention]] = {}
    if surer:
        vectors, _vectorize = _vectors([m.clause for m in surer])
        surer = _leads_of_the_day_before(surer, vectors)
        surer, later = _reports_of_the_day_before(surer, later)
        later = _told_on_their_peg(later, surer)
        clusters = _clusters(surer, vectors)
        if later:
            stems, vectorize = _vectors([m.clause for m in surer], stemmed=True)
            retold, later = _retold(later, surer, clusters, stems, vectorize)
        events += _events(clusters, surer, vectors, names, published, retold, countries)
    if later:
        vectors, _vectorize = _vectors([m.clause for m in later])
        clusters = _clusters(later, vectors)
        events += _events(clusters, later, vectors, names, published, {}, countries)
    return events


def _leads_of_the_day_before(
    mentions: list[EventMention], vectors: sparse.csr_matrix
) -> list[EventMention]:
    """The mentions, a lead dated by its article's day moved to the day before where that
    day's happening, dated there by a sentence, is what it tells ("Steve Jobs has chosen to step
    down" in an article of August 25 that says "On August 24, Jobs resigned"): news leads
    report the day's news or the day before's. It stays where its own day has a sentence as like
    it."""
    dated: dict[str, list[int]] = defaultdict(list)
    for i, mention in enumerate(mentions):
        if mention.dated_by == "text" and mention.granularity == "day":
            dated[mention.date].append(i)
    moved = list(mentions)
    for i, mention in enumerate(mentions):
        if mention.dated_by != "lead" or len(mention.date) != 10:
            continue
        before = (date.fromisoformat(mention.date) - timedelta(days=1)).isoformat()
        if not dated.get(before):
            continue
        row = vectors[i]
        best_before = float((vectors[dated[before]] @ row.T).toarray().max())
        same = dated.get(mention.date)
        best_same = float((vectors[same] @ row.T).toarray().max()) if same else 0.0
        if best_before >= RETOLD_SIMILARITY and best_before > best_same:
            moved[i] = replace(mention, date=before)
    return moved


def _reports_of_the_day_before(
    surer: list[EventMention], later: list[EventMention]
) -> tuple[list[EventMention], list[EventMention]]:
    """The mentions, where an article's first lead was moved to the day before (a report of the
    morning after), its other happenings dated only by its day moved with it: what it tells
    without a day of its own is the day before's news ("Ukraine's delegation said Russia had
    demanded its troops leave", under "Russia and Ukraine have agreed to exchange 1,000
    prisoners" of the day before's talks)."""
    first: dict[str, EventMention] = {}
    for mention in surer:
        if mention.dated_by == "lead" and (
            mention.document_id not in first or mention.start < first[mention.document_id].start
        ):
            first[mention.document_id] = mention
    after = {
        doc: lead.date
        for doc, lead in first.items()
        if lead.published is not None and lead.date < lead.published
    }

    def moved(mention: EventMention) -> EventMention:
        day = after.get(mention.document_id)
        if day is None or mention.dated_by == "text" or mention.date != mention.published:
            return mention
        return replace(mention, date=day)

    return [moved(m) for m in surer], [moved(m) for m in later]


# The most days before an article came out that the day its first sentence dates is taken
# for the news the article reports ("Yesterday, ... Jobs unveiled iPhone 4"; "In a Wednesday
# media event" in Saturday's paper). Measured on MEANTIME, events dated right: 209 of 336 as
# the article's day; 221 with 1 day, 223 with 3, 220 with 7 (a "Tuesday" six days before the
# article, where the gold dates the day of the article).
PEG_DAYS = 3


def _told_on_their_peg(
    later: list[EventMention], surer: Sequence[EventMention]
) -> list[EventMention]:
    """The happenings told further down an article with no date of their own, moved from the
    article's day to the day of its news where the first of its sentences that tells a
    happening dates one in the PEG_DAYS before: what the article tells is that day's news
    ("While introducing iPhone 4, ... Jobs started by hinting at the incident", under
    "Yesterday, ... Steve Jobs unveiled iPhone 4")."""
    first: dict[str, EventMention] = {}
    for mention in (*surer, *later):
        known = first.get(mention.document_id)
        if known is None or mention.start < known.start:
            first[mention.document_id] = mention
    peg: dict[str, str] = {}
    for doc, lead in first.items():
        # (The article's first sentence that tells a happening: not a later one's background,
        # "Dr Murray, who was with the singer when he collapsed last Thursday, ...".)
        if lead.dated_by != "text" or lead.granularity != "day" or lead.published is None:
            continue
        days = (date.fromisoformat(lead.published) - date.fromisoformat(lead.date)).days
        if 1 <= days <= PEG_DAYS:
            peg[doc] = lead.date
    return [
        replace(m, date=peg[m.document_id]) if m.document_id in peg and m.date == m.published else m
        for m in later
    ]


def _clusters(mentions: Sequence[EventMention], vectors: sparse.csr_matrix) -> list[list[int]]:
    # ("Early July" and "late July" are different times.)
    blocks: dict[tuple[str, str], list[int]] = defaultdict(list)
    for i, mention in enumerate(mentions):
        blocks[mention.date, mention.part or ""].append(i)
    clusters: list[list[int]] = []
    for key in sorted(blocks):
        clusters.extend(_cluster_block(blocks[key], mentions, vectors))
    return _join_meeting_days(_attach_coarse(clusters, mentions, vectors), mentions)


# The most days a meeting told as one over several days is taken to last.
MEETING_DAYS = 6


def _join_meeting_days(
    clusters: list[list[int]], mentions: Sequence[EventMention]
) -> list[list[int]]:
    """Day-level events that are one meeting over days are one event, from its first day to
    its last: where one sentence tells it so ("the talks held in Astana on Monday and
    Tuesday": the same clause dated to both days, coded as a meeting), and where meetings of
    consecutive days are held in the same place under the same name for a gathering that lasts
    ("the talks opened on Monday in Astana", "the talks wrapped up in Astana on Tuesday") among
    actors that do not differ. What the outlets told of each day joins it."""
    owner = {i: n for n, cluster in enumerate(clusters) for i in cluster}
    by_clause: dict[tuple[str, int, str], list[int]] = defaultdict(list)
    for i, mention in enumerate(mentions):
        coding = mention.coding
        if mention.granularity == "day" and coding is not None and coding.kind == "CONSULT":
            by_clause[mention.document_id, mention.start, mention.clause].append(i)
    parent = list(range(len(clusters)))

    def root(n: int) -> int:
        while parent[n] != n:
            n = parent[n]
        return n

    for told in by_clause.values():
        days = sorted({date.fromisoformat(mentions[i].date) for i in told})
        if len(days) < 2 or (days[-1] - days[0]).days > MEETING_DAYS:
            continue
        first, *others = (root(owner[i]) for i in told)
        for other in others:
            parent[other] = first
    for one, other in _consecutive_meetings(clusters, mentions):
        a, b = root(one), root(other)
        if a == b:
            continue
        # (Never longer than a meeting is taken to last: daily talks over weeks stay days.)
        days = [
            date.fromisoformat(mentions[cluster[0]].date)
            for n, cluster in enumerate(clusters)
            if root(n) in (a, b) and mentions[cluster[0]].granularity == "day"
        ]
        if (max(days) - min(days)).days <= MEETING_DAYS:
            parent[b] = a
    if all(parent[n] == n for n in range(len(clusters))):
        return clusters
    joined: dict[int, list[int]] = defaultdict(list)
    for n, cluster in enumerate(clusters):
        joined[root(n)].extend(cluster)
    return list(joined.values())


# Names of gatherings that may last more than a day ("talks", not "a meeting" or "a call").
_LASTING = re.compile(
    r"\b(?:talks|summits?|conferences?|negotiations|consultations|dialogue|congress)\b", re.I
)


def _consecutive_meetings(
    clusters: list[list[int]], mentions: Sequence[EventMention]
) -> Iterator[tuple[int, int]]:
    """Pairs of day-level meeting events (by cluster number) of consecutive days that share a
    place and a name of a lasting gathering, whose actors, where both name some, overlap."""
    meetings: dict[date, list[tuple[int, _Summary, set[str]]]] = defaultdict(list)
    for number, cluster in enumerate(clusters):
        head = mentions[cluster[0]]
        if head.granularity != "day":
            continue
        names = {word.lower() for i in cluster for word in _LASTING.findall(mentions[i].text)}
        if not names:
            continue  # (most clusters: the summary is not worked out for them)
        summary = _summary(cluster, mentions)
        if summary.kind == "CONSULT" and summary.places:
            meetings[date.fromisoformat(head.date)].append((number, summary, names))
    for day, today in meetings.items():
        for one, mine, my_names in today:
            for other, theirs, their_names in meetings.get(day + timedelta(days=1), ()):
                mine_who, their_who = mine.who - mine.places, theirs.who - theirs.places
                if (
                    mine.places & theirs.places
                    and my_names & their_names
                    and (not mine_who or not their_who or mine_who & their_who)
                ):
                    yield one, other


def _events(
    clusters: list[list[int]],
    mentions: Sequence[EventMention],
    vectors: sparse.csr_matrix,
    names: dict[str, str],
    published: dict[str, str | None],
    retold: dict[int, list[EventMention]],
    countries: AbstractSet[str] = frozenset(),
) -> list[Event]:
    # How central each mention is to its event: its similarity to the event's centroid, for
    # all mentions in one product.
    matrix = centroids(vectors, clusters).tocsr()
    event_of = np.zeros(vectors.shape[0], dtype=np.int64)
    for n, cluster in enumerate(clusters):
        event_of[cluster] = n
    centrality = np.asarray(vectors.multiply(matrix[event_of]).sum(axis=1)).ravel()
    # (Rounded: sentences that say the same thing tie, and a tie goes to the first told.)
    centrality = np.round(centrality, 9)
    return [
        _event(c, mentions, centrality[c], names, published, retold.get(n, ()), countries)
        for n, c in enumerate(clusters)
    ]


def _retold(
    later: Sequence[EventMention],
    surer: Sequence[EventMention],
    clusters: list[list[int]],
    vectors: sparse.csr_matrix,
    vectorize: Callable[[list[str]], sparse.csr_matrix],
) -> tuple[dict[int, list[EventMention]], list[EventMention]]:
    """The undated happenings that tell again an event of their article's day, of the day
    before (news reports yesterday's happenings) or of a week or month that holds the day (by
    cluster number); and the others."""
    matrix = centroids(vectors, clusters).tocsr()
    of_day: dict[str, list[int]] = defaultdict(list)
    coarse: list[tuple[str, str, int]] = []
    for number, cluster in enumerate(clusters):
        head = surer[cluster[0]]
        span = period(head.date)
        if head.granularity == "day":
            of_day[head.date].append(number)
        elif head.granularity in ("week", "month") and span is not None:
            coarse.append((span[0].isoformat(), span[1].isoformat(), number))
    told: dict[str, list[EventMention]] = defaultdict(list)
    for mention in later:
        told[mention.date].append(mention)
    days = sorted(of_day)
    candidates: dict[str, list[int]] = {}
    for day in told:
        before = (date.fromisoformat(day) - timedelta(days=RETOLD_DAYS_BEFORE)).isoformat()
        near = days[bisect.bisect_left(days, before) : bisect.bisect_right(days, day)]
        numbers = [n for d in near for n in of_day[d]]
        numbers += [n for first, last, n in coarse if first <= day <= last]
        if numbers:
            candidates[day] = numbers
    named = [
        {e for i in cluster for e in (*surer[i].actors, *surer[i].places)} for cluster in clusters
    ]
    found: dict[int, list[EventMention]] = defaultdict(list)
    joined: set[int] = set()
    for day, numbers in candidates.items():
        mentions = told[day]
        # Like the event as a whole, or like one of its sentences.
        told_vectors = vectorize([m.clause for m in mentions])
        scores = (told_vectors @ matrix[numbers].T).toarray()
        members = [i for n in numbers for i in clusters[n]]
        each = (told_vectors @ vectors[members].T).toarray()
        first = 0
        for column, n in enumerate(numbers):
            last = first + len(clusters[n])
            scores[:, column] = np.maximum(scores[:, column], each[:, first:last].max(axis=1))
            first = last
        theirs = [named[n] for n in numbers]
        for row, mention in enumerate(mentions):
            mine = set(mention.actors) | set(mention.places)
            best, best_score = _closest(scores[row], mine, theirs)
            if best >= 0 and best_score >= RETOLD_SIMILARITY:
                found[numbers[best]].append(mention)
                joined.add(id(mention))
    return dict(found), [m for m in later if id(m) not in joined]


_WORD = re.compile(r"(?u)\b[^\W\d_][\w'-]+\b")


def _vectors(
    texts: list[str], stemmed: bool = False
) -> tuple[sparse.csr_matrix, Callable[[list[str]], sparse.csr_matrix]]:
    """The texts' word weights, and how to weigh other texts the same way; ``stemmed``, of the
    words' stems ("launched" and "launch", "resigned" and "resignation" alike)."""
    # Imported here: scikit-learn takes seconds to import, and the annotation workers, which
    # import this module with the pipeline, never use it.
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS, TfidfVectorizer

    if stemmed:
        import snowballstemmer

        stem = snowballstemmer.stemmer("english").stemWord

        def stems(text: str) -> list[str]:
            words = _WORD.findall(text.lower())
            return [stem(w) for w in words if w not in ENGLISH_STOP_WORDS]

        vectorizer = TfidfVectorizer(sublinear_tf=True, min_df=1, analyzer=stems)
    else:
        vectorizer = TfidfVectorizer(
            stop_words="english", sublinear_tf=True, min_df=1, token_pattern=_WORD.pattern
        )
    try:
        return vectorizer.fit_transform(texts).tocsr(), lambda t: vectorizer.transform(t).tocsr()
    except ValueError:  # only stop words
        return sparse.csr_matrix((len(texts), 1)), lambda t: sparse.csr_matrix((len(t), 1))


def _cluster_block(
    members: list[int], mentions: Sequence[EventMention], vectors: sparse.csr_matrix
) -> list[list[int]]:
    """Greedy clustering of one date's mentions: each joins the most similar cluster so far
    (cosine to the cluster's centroid, plus a bonus for shared actors, one for the same event
    type and mode told by another outlet, and one for a lead whose own article dates the
    cluster's happening) or starts its own."""
    order = sorted(
        members, key=lambda k: (_DATED_BY.index(mentions[k].dated_by), mentions[k].published or "")
    )
    sub = vectors[order]
    columns = np.unique(sub.indices)
    dense = sub[:, columns].toarray() if len(columns) else np.zeros((len(order), 1))
    sums = np.zeros_like(dense)
    norms = np.ones(len(order))
    clusters: list[list[int]] = []
    entities: list[set[str]] = []
    kinds: list[set[tuple[str, str | None]]] = []
    outlets: list[set[str]] = []
    dated_by_article: dict[str, set[int]] = defaultdict(set)  # an article's dated clusters
    for row_number, i in enumerate(order):
        row = dense[row_number]
        mine = set(mentions[i].actors) | set(mentions[i].places)
        coding = mentions[i].coding
        kind = (coding.kind, coding.mode) if coding else None
        best, best_score = -1, 0.0
        if clusters:
            k = len(clusters)
            scores = (sums[:k] @ row) / norms[:k]
            if kind is not None:
                for n in range(k):
                    if (
                        any(_same_kind(kind, theirs) for theirs in kinds[n])
                        and mentions[i].source not in outlets[n]
                        and (not mine or not entities[n] or mine & entities[n])
                    ):
                        scores[n] += CROSS_TYPE_BONUS
            if mentions[i].dated_by == "lead":
                for n in dated_by_article.get(mentions[i].document_id, ()):
                    scores[n] += LEAD_BONUS
            best, best_score = _closest(scores, mine, entities)
        if best >= 0 and best_score >= SIMILARITY:
            clusters[best].append(i)
            entities[best] |= mine
            target = best
        else:
            target = len(clusters)
            clusters.append([i])
            entities.append(set(mine))
            kinds.append(set())
            outlets.append(set())
        if mentions[i].dated_by == "text":
            dated_by_article[mentions[i].document_id].add(target)
        if kind is not None:
            kinds[target].add(kind)
        outlets[target].add(mentions[i].source)
        sums[target] += row
        norms[target] = float(np.linalg.norm(sums[target])) or 1.0
    if mentions[order[0]].granularity == "day":
        return clusters
    return _join_alike(clusters, entities, sums[: len(clusters)].copy())


def _same_kind(mine: tuple[str, str | None], theirs: tuple[str, str | None]) -> bool:
    """The same event type, and the same mode where both name one: "Oman hosted the third
    round" (CONSULT, visit) and "the third round was held in Muscat" (CONSULT)."""
    return mine[0] == theirs[0] and (mine[1] == theirs[1] or None in (mine[1], theirs[1]))


def _join_alike(
    clusters: list[list[int]], entities: list[set[str]], sums: np.ndarray
) -> list[list[int]]:
    """Clusters of one week, month or longer period that the greedy pass left apart though
    they are alike as wholes, joined most alike first while their centroids are as alike as a
    mention must be to join a cluster: several articles' recalls of one past happening ("He
    fought pancreatic cancer in 2004", "has been fighting pancreatic cancer since 2004"), where
    the first told is too unlike any single later one. Not days: there two clusters alike as
    wholes are as often two happenings of a busy day told in the day's words (measured on
    Timeline17: joining them too cost 0.002 AR1)."""
    alive = list(range(len(clusters)))
    while len(alive) > 1:
        units = sums[alive] / (np.linalg.norm(sums[alive], axis=1, keepdims=True) + 1e-12)
        scores = units @ units.T
        np.fill_diagonal(scores, -1.0)
        for a, b in zip(*np.nonzero(scores >= SIMILARITY - ACTOR_BONUS), strict=True):
            scores[a, b] += _actor_bonus(entities[alive[a]], entities[alive[b]])
        a, b = sorted(np.unravel_index(int(np.argmax(scores)), scores.shape))
        if scores[a, b] < SIMILARITY:
            break
        keep, gone = alive[a], alive[b]
        clusters[keep].extend(clusters[gone])
        entities[keep] |= entities[gone]
        sums[keep] += sums[gone]
        del alive[b]
    return [clusters[n] for n in alive]


def _closest(
    scores: np.ndarray, mine: AbstractSet[str], theirs: Sequence[AbstractSet[str]]
) -> tuple[int, float]:
    """The candidate most like a mention (its position and score): the cosine ``scores`` plus
    the bonus for the actors it shares with each candidate's ``theirs``. Only the closest few
    by words can win with the small actor bonus."""
    best, best_score = -1, 0.0
    for position in np.argsort(-scores)[:5]:
        score = float(scores[position]) + _actor_bonus(mine, theirs[position])
        if score > best_score:
            best, best_score = int(position), score
    return best, best_score


def _actor_bonus(mine: AbstractSet[str], theirs: AbstractSet[str]) -> float:
    if not mine or not theirs:
        return 0.0
    return ACTOR_BONUS * len(mine & theirs) / len(mine | theirs)


def centroids(vectors: sparse.csr_matrix, clusters: list[list[int]]) -> sparse.csr_matrix:
    """One unit-length row per cluster: the normalized sum of its members' vectors."""
    rows = np.repeat(np.arange(len(clusters)), [len(c) for c in clusters])
    cols = np.fromiter((i for c in clusters for i in c), dtype=np.int64)
    membership = sparse.csr_matrix(
        (np.ones(len(cols)), (rows, cols)), shape=(len(clusters), vectors.shape[0])
    )
    sums = (membership @ vectors).tocsr()
    norms = np.sqrt(np.asarray(sums.multiply(sums).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    return sparse.diags(1.0 / norms) @ sums


def _attach_coarse(
    clusters: list[list[int]], mentions: Sequence[EventMention], vectors: sparse.csr_matrix
) -> list[list[int]]:
    """A week- or month-level cluster joins the day-level event inside its period that tells
    the same thing ("last week's vote" and "the vote on Tuesday")."""
    matrix = centroids(vectors, clusters).tocsr()
    # The day-level clusters of each month, by their day: (days, cluster numbers).
    by_month: dict[str, tuple[list[str], list[int]]] = {}
    for number, cluster in sorted(enumerate(clusters), key=lambda item: mentions[item[1][0]].date):
        if mentions[cluster[0]].granularity == "day":
            days, numbers = by_month.setdefault(mentions[cluster[0]].date[:7], ([], []))
            days.append(mentions[cluster[0]].date)
            numbers.append(number)
    absorbed: set[int] = set()
    summaries: dict[int, _Summary] = {}

    def summary(number: int) -> _Summary:
        if number not in summaries:
            summaries[number] = _summary(clusters[number], mentions)
        return summaries[number]

    for number, cluster in enumerate(clusters):
        head = mentions[cluster[0]]
        span = period(head.date)
        if head.granularity not in ("week", "month") or span is None:
            continue
        first, last = _part_of(span, head.part)
        candidates = []
        for month in sorted({first[:7], last[:7]}):
            days, numbers = by_month.get(month, ([], []))
            inside = numbers[bisect.bisect_left(days, first) : bisect.bisect_right(days, last)]
            candidates += sorted(inside)  # in the clusters' order, as ties are broken
        if not candidates:
            continue
        scores = (matrix[candidates] @ matrix[number].T).toarray().ravel()
        # The same kind of happening among the same actors is evidence beside the words (for
        # the candidates the bonuses can bring to the threshold).
        mine = summary(number)
        for position, candidate in enumerate(candidates):
            if scores[position] < ATTACH_SIMILARITY - MAX_BONUS - 1e-9:
                continue
            theirs = summary(candidate)
            scores[position] += (
                (TYPE_BONUS if mine.kind and mine.kind == theirs.kind else 0.0)
                + (PLACE_BONUS if mine.places & theirs.places else 0.0)
                + _actor_bonus(mine.who, theirs.who)
            )
        best = int(np.argmax(scores))
        if scores[best] >= ATTACH_SIMILARITY:
            clusters[candidates[best]].extend(cluster)
            summaries.pop(candidates[best], None)  # it holds more now
            absorbed.add(number)
    return [c for n, c in enumerate(clusters) if n not in absorbed]


# The days of its month that "early", "mid-" and "late" name: the first, middle and last third.
_THIRDS = {"START": (1, 10), "MID": (11, 20), "END": (21, 31)}


def _part_of(span: tuple[date, date], part: str | None) -> tuple[str, str]:
    """First and last day (YYYY-MM-DD) of a period, or of the third of its month ``part`` names."""
    first, last = span
    if part in _THIRDS:
        start, end = _THIRDS[part]
        first, last = first.replace(day=start), (last if end == 31 else first.replace(day=end))
    return first.isoformat(), last.isoformat()


@dataclass(frozen=True, slots=True)
class _Summary:
    """A cluster's event type (as its event will have it), everyone named in it, its places."""

    kind: str | None
    who: frozenset[str]
    places: frozenset[str]


def _summary(cluster: list[int], mentions: Sequence[EventMention]) -> _Summary:
    members = [mentions[i] for i in cluster]
    places = frozenset(p for m in members for p in m.places)
    who = frozenset(a for m in members for a in m.actors) | places
    return _Summary(_event_type(members), who, places)


# A clause that opens on a relative pronoun or an auxiliary, or after a relative pronoun, does
# not say who did what ("[that] took effect on May 22 and was extended on Monday", "was extended
# by five days on Monday").
_RELATIVE = r"(?:that|which|who)"
_SUBJECTLESS = re.compile(
    rf"(?:{_RELATIVE}|was|were|is|are|has|have|had|will|would|could|can|may|might)\s", re.I
)
_AFTER_RELATIVE = re.compile(rf"\b{_RELATIVE}\s*$", re.I)


# Names a list runs through up to the clause a date is read for: "Russia, " before "Iran and
# Turkey agreed on Friday ...".
_NAMES_BEFORE = re.compile(r"(?:^|[,;:]\s+)((?:[A-Z][\w.'\u2019-]*\s+)*[A-Z][\w.'\u2019-]*,\s+)$")
_LIST_GOES_ON = re.compile(r"(?:[A-Z][\w.'\u2019-]*,?\s+){1,3}(?:and|or)\s+[A-Z]")


def _headline_words(mention: EventMention) -> str:
    """The words an event's headline is made of: the clause its date is read for (with all
    the names of a list it ends: "Russia, Iran and Turkey agreed ..."), or the whole sentence
    where the clause does not say who did what, or only who reported it ("Talks will open on
    January 23, the ministry said on Friday": on Friday, the opening was announced)."""
    before = mention.text[: max(0, mention.text.find(mention.clause))]
    if (
        _SUBJECTLESS.match(mention.clause)
        or _AFTER_RELATIVE.search(before)
        or (mention.clause != mention.text and _REPORTS_ONLY.match(mention.clause))
    ):
        return mention.text
    names = _NAMES_BEFORE.search(before)
    if names and _LIST_GOES_ON.match(mention.clause):
        return names.group(1) + mention.clause
    return mention.clause


def _as_sentence(clause: str) -> str:
    clause = clause.strip().rstrip(",;:")
    if clause and clause[-1] not in ".!?\"'\u201d\u2019)":
        clause += "."
    return clause[:1].upper() + clause[1:]


def _event(
    cluster: list[int],
    mentions: Sequence[EventMention],
    centrality: np.ndarray,
    names: dict[str, str],
    published: dict[str, str | None],
    retold: Sequence[EventMention] = (),
    countries: AbstractSet[str] = frozenset(),
) -> Event:
    members = [mentions[i] for i in cluster]
    # The finest date among the members is the event's date.
    lead = min(
        members,
        key=lambda m: (
            EVENT_GRANULARITIES.index(m.granularity),
            m.date,
            _DATED_BY.index(m.dated_by),
        ),
    )
    # A meeting told over several days runs from its first to its last.
    last_day = max((m.date for m in members if m.granularity == "day"), default=lead.date)
    status = _event_status([m.status for m in members])
    if len(members) > 1:
        quality = np.array([sentence_quality(m.clause) for m in members])
        # Told as it turned out: a happening's headline is not its announcement; and told at
        # its own precision, not recalled ("the zones set up in May" for a deal of May 4).
        agrees = np.array([1.0 if m.status == status else 0.5 for m in members])
        precise = np.array([1.0 if m.granularity == lead.granularity else 0.5 for m in members])
        # A meeting over days is told by what its first day saw ("the talks opened").
        first_day = np.array([1.0 if m.date == lead.date else 0.5 for m in members])
        score = centrality * quality * agrees * precise * first_day
        headline_member = members[int(np.argmax(score))]
    else:
        headline_member = members[0]
    denials = tuple(
        Citation(m.document_id, m.start, m.end, m.text)
        for m in members
        if m.status == "denied" and status != "denied"
    )
    coding = _event_coding(members, headline_member)
    actor_counts = Counter(a for m in members for a in m.actors)
    place_counts = Counter(p for m in members for p in m.places)
    evidence = tuple(
        Citation(m.document_id, m.start, m.end, m.text)
        for m in sorted(members, key=lambda m: (m.published or "", m.document_id, m.start))
    )
    span = period(lead.date)
    # Articles up to the day after the happening report it; later ones recall it.
    end_day = (span[1] + timedelta(days=1)).isoformat() if span else lead.date
    background = sorted(
        {m.document_id for m in members if (published.get(m.document_id) or "") > end_day}
    )
    key = "|".join(sorted(f"{c.document_id}:{c.start}" for c in evidence))
    return Event(
        id="v" + hashlib.sha1(f"{lead.date}\x00{key}".encode()).hexdigest()[:12],
        date=lead.date,
        granularity=lead.granularity,
        status=status,
        headline=_as_sentence(_headline_words(headline_member)),
        actors=tuple(a for a, _n in actor_counts.most_common(8)),
        # The place named most, a city or region before its country ("Astana, Kazakhstan").
        place=names.get(max(place_counts, key=lambda p: (p not in countries, place_counts[p])))
        if place_counts
        else None,
        evidence=evidence,
        n_sources=len({m.source for m in members}),
        background_in=tuple(background),
        range_end=last_day if last_day > lead.date else lead.range_end,
        date_source=_DATE_SOURCE[min(_DATED_BY.index(m.dated_by) for m in members)],
        denials=denials,
        retold=tuple(
            Citation(m.document_id, m.start, m.end, m.text)
            for m in sorted(retold, key=lambda m: (m.published or "", m.document_id, m.start))
        ),
        **coding,
    )


def _event_status(statuses: list[str]) -> str:
    """A cancellation reported anywhere stands; a denial only when no source says more;
    otherwise one source that says it happened is enough."""
    if "cancelled" in statuses:
        return "cancelled"
    told = [s for s in statuses if s != "denied"]
    if not told:
        return "denied"
    if "happened" in told:
        return "happened"
    return "ongoing" if "ongoing" in told else "planned"


def _event_type(members: Sequence[EventMention]) -> str | None:
    """The type most of the coded sentences that tell the event as having happened give, then
    most of all, dated ones first: what took place outweighs what was announced of it ("talks
    will open" codes as a commitment, "the talks opened" as the meeting)."""
    coded = [c for m in members if (c := m.coding) is not None]
    if not coded:
        return None
    votes = Counter(c.type for c in coded)
    told = Counter(c.type for m in members if (c := m.coding) and m.status in _TOLD)
    dated = {c.type for m in members if (c := m.coding) and m.dated_by == "text"}
    return max(votes, key=lambda k: (told[k], votes[k], k in dated))


def _event_coding(members: Sequence[EventMention], headline: EventMention) -> dict[str, Any]:
    """The event's PLOVER type (``_event_type``), its actors and recipients across the
    evidence, and its who-did-what-to-whom line."""
    kind = _event_type(members)
    if kind is None:
        return {}
    coded = [m for m in members if m.coding is not None]
    agreeing = [m.coding for m in coded if m.coding and m.coding.type == kind]
    modes = Counter(c.mode for c in agreeing if c.mode)
    sources = Counter(e for c in agreeing for e in c.sources)
    targets = Counter(e for c in agreeing for e in c.targets if e not in sources)
    best = headline.coding if headline.coding and headline.coding.type == kind else agreeing[0]
    return {
        "type": kind,
        "mode": modes.most_common(1)[0][0] if modes else None,
        "sources": tuple(e for e, _n in sources.most_common(4)),
        "targets": tuple(e for e, _n in targets.most_common(4)),
        "what": best.what,
    }
