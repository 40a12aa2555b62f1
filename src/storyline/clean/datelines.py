"""The publication date: from metadata, else from the datelines around the article's top, else
unknown.

A page may show several dates near its headline (published, updated, a related story's). The one
chosen is the nearest to the article's first line, preferring a date the page calls published
over one it calls updated. A dateline without a year gets the year that makes the article's own
absolute dates consistent: an article dated "March 2" that reports "November 30, 2018" as past
is from 2019 or later; once every article is read, the year that puts the day nearest the other
articles' publication dates within that bound (``years_from_story``).
"""

from __future__ import annotations

import math
import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date, timedelta

import numpy as np

from storyline.addresses import site_address
from storyline.calendar import (
    ExplicitDate,
    day_first_reading,
    find_dateline_dates,
    find_explicit_dates,
)
from storyline.clean.lines import (
    NEWS_WORD,
    OUTLET_NAME,
    PLACE_CAPS_AGENCY,
    PLACE_NAME,
    SLASHED_AGENCY,
    WIRE_NAME,
    ZONE,
)
from storyline.clean.outlets import is_agency
from storyline.clean.trees import TreeEnsemble
from storyline.merge.world import capital_of, country_code
from storyline.records import Document
from storyline.spelling import english_variety

_FUTURE_CUE = re.compile(
    r"\b(?:will|shall|'ll|due|scheduled|expected|plans?|planned|set to|upcoming|next)\b", re.I
)
_SENTENCE = re.compile(r"[^.!?\n]+[.!?]?")
# The note of an article whose dateline has no year its text can give.
_UNDATED = "no publication date: dateline "
# The end of the note of an article whose dateline's year its own dates gave.
_OWN_DATES_NOTE = " inferred from the article's own dates"
_UPDATED = re.compile(r"(?i)updat|modif|revis|edited|refresh|reviewed")
_PUBLISHED = re.compile(r"(?i)publish|posted|written|created|originally|released|date")
_FIRST_PUBLISHED = re.compile(r"(?i)\b(?:originally|first)\s+(?:published|posted|appeared)")


@dataclass(frozen=True, slots=True)
class Dateline:
    """A line near the article's top that may give its date; ``distance`` in lines from the
    article's first line (negative above it)."""

    text: str
    distance: int = 0
    after_end: bool = False  # below the article's last line


DATE_FEATURES = (
    "jsonld_published",
    "jsonld_modified",
    "jsonld_other",
    "meta_published",
    "meta_modified",
    "meta_other",
    "time_element",
    "trafilatura",
    "sources",
    "shown",
    "shown_near",
    "shown_distance",
    "shown_after_end",
    "cue_published",
    "cue_updated",
    "cue_plain",
    "is_latest",
    "is_earliest",
    "log_days_to_latest",
    "log_days_to_earliest",
    "candidates",
    "has_metadata",
)


def _source_kind(source: str) -> str:
    key = source.lower()
    if key.startswith("jsonld:"):
        if key.endswith(":other") or "created" in key or "upload" in key:
            return "jsonld_other"
        return "jsonld_modified" if "modified" in key else "jsonld_published"
    if key.startswith("meta:"):
        if "modif" in key or "updat" in key or "last" in key:  # "cdc:last_published"
            return "meta_modified"
        if "publish" in key or "pub" in key or "created" in key or key.endswith(":date"):
            return "meta_published"
        return "meta_other"
    return "time_element" if key == "time" else "trafilatura"


@dataclass(frozen=True, slots=True)
class DateCandidate:
    day: str  # YYYY-MM-DD
    vector: tuple[float, ...]  # DATE_FEATURES
    from_metadata: bool


def date_candidates(
    datelines: list[Dateline], page_dates: tuple[tuple[str, str], ...], text: str = ""
) -> list[DateCandidate]:
    """Every day the page gives as its own, in its metadata or near the article, described by
    where it was found (``DATE_FEATURES``); ``text``, the article's, tells the order of a date
    in figures where nothing else on the page does."""
    facts: dict[str, dict[str, float]] = {}

    def entry(day: str) -> dict[str, float]:
        return facts.setdefault(day, {"shown_distance": 99.0})

    for source, value in page_dates:
        if len(value) >= 10:
            found = entry(value[:10])
            kind = _source_kind(source)
            found[kind] = 1.0
            found["sources"] = found.get("sources", 0.0) + 1
    shown = _cued(datelines)
    written_out = {
        day
        for line, hit, _cue in shown
        if (day := hit.as_date()) is not None and not _ALL_NUMBERS.match(_written(line, hit))
    }
    # The page's metadata tells the order of an all-number date too ("10/09/2024" shown, its
    # markup's publication date 2024-09-10); trafilatura's date is read from the same text.
    written_out |= {
        date.fromisoformat(value[:10])
        for source, value in page_dates
        if len(value) >= 10 and _source_kind(source) != "trafilatura"
    }
    british: bool | None = None  # read from the text once a date in figures needs it
    for line, hit, cue in shown:
        day = hit.as_date()
        if day is None:
            continue
        written = _written(line, hit)
        if _ALL_NUMBERS.match(written) and day not in written_out:
            day = _other_order(day, written_out)
            if british is None:
                british = english_variety(text) == "en-GB"
            if british and day not in written_out:
                day = day_first_reading(written, day)
        found = entry(day.isoformat())
        found["shown"] = found.get("shown", 0.0) + 1
        found["shown_distance"] = min(found["shown_distance"], float(abs(line.distance)))
        if line.after_end:
            # (A note under the article of when it first came out is its own date, not that
            # of a story listed under it.)
            if not _FIRST_PUBLISHED.search(cue):
                found["shown_after_end"] = 1.0
        elif abs(line.distance) <= _SHOWN_NEAR:
            found["shown_near"] = 1.0
        kind = (
            "cue_updated"
            if _UPDATED.search(cue)
            else "cue_published"
            if _PUBLISHED.search(cue)
            else "cue_plain"
        )
        found[kind] = 1.0
    if not facts:
        return []
    days = sorted(facts)
    latest, earliest = date.fromisoformat(days[-1]), date.fromisoformat(days[0])
    has_metadata = float(bool(page_dates))
    result = []
    for value, found in facts.items():
        when = date.fromisoformat(value)
        found["is_latest"] = float(value == days[-1])
        found["is_earliest"] = float(value == days[0])
        found["log_days_to_latest"] = math.log1p((latest - when).days)
        found["log_days_to_earliest"] = math.log1p((when - earliest).days)
        found["candidates"] = float(len(facts))
        found["has_metadata"] = has_metadata
        vector = tuple(found.get(name, 0.0) for name in DATE_FEATURES)
        result.append(DateCandidate(value, vector, found.get("sources", 0.0) > 0))
    return result


# A date in figures alone ("02-12-2025"), whose order a page may settle elsewhere.
_ALL_NUMBERS = re.compile(r"^[\d\s./\u2022-]+$")


def _cued(datelines: list[Dateline]) -> list[tuple[Dateline, ExplicitDate, str]]:
    """Each date the datelines show, with the words before it that say what it is: those on
    its line, else a label on a line of its own over it ("Last updated:" / "Dec 12, 2025")."""
    above = {(line.after_end, line.distance): line.text for line in datelines}
    cued = []
    for line in datelines:
        for hit in _shown(line):
            cue = line.text[max(0, hit.start - 40) : hit.start]
            if not cue.strip():
                cue = above.get((line.after_end, line.distance - 1), "")[-40:]
            cued.append((line, hit, cue))
    return cued


def _written(line: Dateline, hit: ExplicitDate) -> str:
    return line.text[hit.start : hit.end]


def _other_order(day: date, written_out: set[date]) -> date:
    """The day an all-number date means where the page writes the month out elsewhere: "02-12-2025"
    is 2 December on a page that also shows "December 02, 2025"."""
    try:
        swapped = date(day.year, day.day, day.month)
    except ValueError:
        return day
    return swapped if swapped in written_out else day


# Which of a page's metadata dates to trust first: the article's own publication date.
_PAGE_ORDER = (
    "jsonld:datePublished",
    "meta:article:published_time",
    "meta:",
    "time",
    "jsonld:dateCreated",
    "jsonld:datePublished:other",
    "trafilatura",
    "jsonld:dateModified",
)


# A dateline's date is at its start: "Posted on November 25, 2024 in Health, Nutrition, ...".
_DATELINE_CHARS = 200


def _shown(line: Dateline) -> list[ExplicitDate]:
    """The dates with a day and a year a dateline shows, read from its start."""
    return find_dateline_dates(line.text[:_DATELINE_CHARS])


# A date shown this close to the article's first line (in lines) is the page's own.
_SHOWN_NEAR = 12
_PUBLISHED_SOURCES = ("jsonld:datePublished", "meta:article:published_time")


def page_date(page_dates: tuple[tuple[str, str], ...]) -> str | None:
    """The publication date among an HTML page's metadata dates (source, YYYY-MM-DD)."""
    for prefix in _PAGE_ORDER:
        for source, value in page_dates:
            if source.startswith(prefix) and "modif" not in source.lower():
                return value
    return page_dates[0][1] if page_dates else None


def publication_date(
    metadata: str | None,
    datelines: list[Dateline],
    text: str,
    page_dates: tuple[tuple[str, str], ...] = (),
    model: TreeEnsemble | None = None,
    captions: Sequence[str] = (),
) -> tuple[str | None, str | None, list[str]]:
    """Returns (YYYY-MM-DD or None, 'metadata'|'page'|'dateline'|'inferred'|None, notes).

    Given metadata wins. Else the learned date model chooses among the days the page gives
    (its metadata, the datelines near the article); without a model, rules do. A dateline
    without a year gets one inferred from the article's own dates."""
    if metadata:
        return metadata, "metadata", []
    notes: list[str] = []
    in_address = [value for source, value in page_dates if source == "url"]
    if in_address:
        # A day in the page's address is the day its publishing system filed it under (on
        # the 36 WCXB dev pages whose address has one, it is the publication date on all).
        return in_address[0], "page", notes
    first = _first_published(datelines)
    if first is not None:
        return first, "dateline", notes
    candidates = date_candidates(datelines, page_dates, text)
    if any(_near_top(c) for c in candidates):
        # A page that shows a date by the article's top is not dated by those of the related
        # stories listed under it.
        candidates = [c for c in candidates if not _after_end_only(c)]
    if model is not None and candidates:
        scores = model.probability(np.array([c.vector for c in candidates]))
        top = candidates[int(np.argmax(scores))]
        wire = _wire_day_before(datelines, top.day)
        if wire is not None:
            return wire, "dateline", notes
        return top.day, "page" if top.from_metadata else "dateline", notes
    if page_dates:
        # The page's date is the one it shows: its publication date where it shows that one
        # (beside an update, say), else the date it shows that its metadata knows.
        shown_days = _shown_days(datelines)
        published = [v for s, v in page_dates if s in _PUBLISHED_SOURCES]
        if published and published[0] in shown_days:
            return published[0], "page", notes
        best = _best_dateline([d for d in datelines if abs(d.distance) <= _SHOWN_NEAR])
        if best is not None:
            return best, "dateline", notes
        chosen = page_date(page_dates)
        if chosen is not None:
            return chosen, "page", notes
    shown = _best_dateline(datelines)
    if shown is not None:
        return shown, "dateline", notes
    for line in sorted(datelines, key=lambda d: abs(d.distance)):
        for found in find_explicit_dates(line.text):
            if found.day is None or found.year is not None:
                continue
            year = infer_year(found.month, found.day, text)
            pictured = _captioned_year(found.month, found.day, captions)
            if pictured is not None and (year is None or pictured >= year):
                day = date(pictured, found.month, found.day).isoformat()
                notes.append(f"year of dateline '{line.text}' from a caption of that day")
                return day, "inferred", notes
            if year is None:
                notes.append(f"{_UNDATED}'{line.text}' has no year and the text gives none")
                continue
            inferred = date(year, found.month, found.day).isoformat()
            notes.append(f"year of dateline '{line.text}'{_OWN_DATES_NOTE}")
            return inferred, "inferred", notes
    if not notes:
        notes.append("no publication date: no metadata and no dateline")
    return None, None, notes


def _first_published(datelines: list[Dateline]) -> str | None:
    """The day a note says the article first came out ("This article was originally published
    on 26 Sep 2019 at 4:12pm but has been regularly updated"): its publication date, whatever
    later day the page shows."""
    for _line, hit, cue in _cued(datelines):
        if _FIRST_PUBLISHED.search(cue) and (day := hit.as_date()) is not None:
            return day.isoformat()
    return None


def _feature(candidate: DateCandidate, name: str) -> float:
    return candidate.vector[DATE_FEATURES.index(name)]


def _near_top(candidate: DateCandidate) -> bool:
    return _feature(candidate, "shown_near") > 0 and not _feature(candidate, "cue_updated")


def _after_end_only(candidate: DateCandidate) -> bool:
    return (
        _feature(candidate, "shown_after_end") > 0
        and not _feature(candidate, "shown_near")
        and not _feature(candidate, "sources")
    )


def _shown_days(datelines: list[Dateline]) -> set[str]:
    days = set()
    for line in datelines:
        for found in _shown(line):
            day = found.as_date()
            if day is not None:
                days.add(day.isoformat())
    return days


def _best_dateline(datelines: list[Dateline]) -> str | None:
    """The day of the dateline nearest the article's top, a published date before an updated
    one; None where no dateline gives a full date."""
    best: tuple[float, str, str] | None = None
    for line in datelines:
        for found in _shown(line):
            day = found.as_date()
            if day is None:
                continue
            cue = line.text[max(0, found.start - 40) : found.start]
            weight = 0.5 if _UPDATED.search(cue) else 1.5 if _PUBLISHED.search(cue) else 1.0
            score = weight - 0.03 * abs(line.distance)
            if best is None or score > best[0]:
                best = (score, day.isoformat(), line.text)
    return best[1] if best is not None else None


_YEAR = re.compile(
    r"(?:\b(?:until|till|by|before|through)\s+(?:the\s+end\s+of\s+)?)?\b((?:19|20)\d\d)\b"
)
_LIMIT_BEFORE = re.compile(r"^(?:until|till|by|before|through)\b")


def infer_year(month: int, day: int, text: str) -> int | None:
    """The year for a month/day dateline, from the latest past-tense absolute date in ``text``."""
    latest: date | None = None
    years: list[int] = []
    for sentence in _SENTENCE.finditer(text):
        chunk = sentence.group(0)
        if _FUTURE_CUE.search(chunk):
            continue
        for found in find_explicit_dates(chunk):
            candidate = found.as_date()
            if (
                found.year is not None
                and candidate is not None
                and (latest is None or candidate > latest)
            ):
                latest = candidate
        # A year a limit looks ahead to ("until the end of 2028") says nothing of the article's.
        years += [
            int(m.group(1)) for m in _YEAR.finditer(chunk) if not _LIMIT_BEFORE.search(m.group(0))
        ]
    if latest is None:
        if not years:
            return None
        latest = date(max(years), 1, 1)
    year = latest.year
    try:
        if date(year, month, day) < latest - timedelta(days=7):
            year += 1
        date(year, month, day)
    except ValueError:
        return None
    return year


def _captioned_year(month: int, day: int, captions: Sequence[str]) -> int | None:
    """The year of a caption set aside that names the dateline's day with one ("The opening
    session of the talks, January 23, 2017. AFP PHOTO / ...", under "January 23, ... -")."""
    for caption in captions:
        for found in find_explicit_dates(caption):
            if (found.month, found.day) == (month, day) and found.year is not None:
                return found.year
    return None


# An outlet's staff after its name ("Libya Observer Staff").
_STAFF_WORDS = re.compile(r"\s+(?:Staff|Desk|Team|Newsroom|Reporters?|Correspondents?)$")
# A place and an agency's initials before a dash: "Tehran, IRNA \u2013".
_PLACE_INITIALS = re.compile(
    rf"^\s*(?P<place>{PLACE_NAME}),\s*(?P<outlet>[A-Z]{{3,6}})\s*(?:--|[\u2013\u2014-])\s*$"
)


def place_and_initials(line: str) -> bool:
    """Whether a line is a place and an agency's initials before a dash ("Tehran, IRNA -")."""
    return _PLACE_INITIALS.match(line) is not None


# A dateline's pieces: "TOI World Desk / TIMESOFINDIA.COM / Updated: ...".
_PIECES = re.compile(r"\s+[|/]\s+")
# After the date, an agency's initials in brackets ("(ENA)", not a time zone's) or its name
# ("Baku, March 13, AZERTAC").
_INITIALS_AFTER_DATE = re.compile(rf"^\s*\((?!{ZONE}\))(?P<outlet>[A-Z]{{2,8}})\)\s*$")
_AGENCY_AFTER_DATE = re.compile(rf"^\s*,\s*(?P<outlet>{OUTLET_NAME})\.?\s*$")
# "January 14, The Iran Project -": an outlet named after the date, closed by a dash. A word in
# capitals longer than an acronym is a place ("January 14, DAMASCUS -"), not an outlet.
_OUTLET_AFTER_DATE = re.compile(rf"^\s*,?\s*(?P<outlet>{OUTLET_NAME})\s*(?:--|[\u2013\u2014-])\s*$")
# "May 12, 2023 | Sudan Tribune": an outlet closing the line after a separator, named as news
# outlets are (a blog's "March 12, 2026 | Indoor Plants" closes on its category).
_OUTLET_CLOSING = re.compile(rf"^\s*(?:\||\s[\u2013\u2014-]|\s--)\s*(?P<outlet>{OUTLET_NAME})\s*$")
_AGENCY = re.compile(
    r"\((?P<outlet>[A-Z][\w'&. ]{1,40}?)\)\s*(?:-{2,3}|[\u2013\u2014-])\s*$"
    rf"|\((?P<wire>{WIRE_NAME})\)\s*$"
    rf"|/(?P<slash>{SLASHED_AGENCY})/\.?\s*$"
    rf"|{PLACE_CAPS_AGENCY}\s*$"
)


# A place and a name on a line of its own: "ASTANA \u2013 Anadolu Agency", "Astana \u2013
# Asharq Al-Awsat".
_PLACE_AND_NAME = re.compile(
    rf"^\s*(?P<place>{PLACE_NAME})\s*"
    r"[\u2013\u2014-]+\s*(?P<name>[A-Z][\w.&'\u2019-]*(?:\s+[A-Z][\w.&'\u2019-]*){0,4})\s*$"
)


def place_and_name(line: str) -> tuple[str, str] | None:
    """The place and the name of a line that holds nothing else ("ASTANA \u2013 Anadolu Agency"),
    the place in capitals, or a capital or a country as written ("Astana \u2013 Asharq
    Al-Awsat"); or None."""
    placed = _PLACE_AND_NAME.match(line)
    if placed is None:
        return None
    place = placed["place"]
    if not reads_as_place(place):
        return None
    return place, placed["name"]


# A place and its region before a dash ("WASHINGTON \u2014", "KYIV, Ukraine --", "Tel Aviv \u2014"),
# and the place alone over the story so.
PLACE_BEFORE_DASH = rf"(?P<place>{PLACE_NAME})(?:,\s*{PLACE_NAME})?\s*(?P<dash>--|[\u2013\u2014-])"
_PLACE_DASH = re.compile(rf"^\s*{PLACE_BEFORE_DASH}\s*$")


def place_alone(line: str) -> str | None:
    """The place of a line that holds nothing but a place and a dash ("WASHINGTON \u2014"), the
    place in capitals or a capital or a country as written; or None."""
    placed = _PLACE_DASH.match(line)
    if placed is None:
        return None
    place = placed["place"]
    return place if reads_as_place(place) else None


def reads_as_place(name: str) -> bool:
    """Whether a dateline's name is a place: written in capitals ("WASHINGTON"), or a capital or
    a country as written ("Astana")."""
    return name.isupper() or is_capital_or_country(name)


def is_capital_or_country(name: str) -> bool:
    """Whether a name is a country's or its capital's ("Astana", "Kazakhstan")."""
    return bool(capital_of(name) or country_code(name))


def _wire_day_before(datelines: list[Dateline], chosen: str) -> str | None:
    """The day of a wire dateline opening the story ("JEDDAH, May 20 (Reuters) -") where the
    day chosen is the next: the page's time stamp ("May 21, 2023 3:14 AM UTC") is the story
    filed that evening seen in another time zone, and the dateline's day is the story's."""
    day = date.fromisoformat(chosen)
    for line in datelines:
        if line.after_end or not -8 <= line.distance <= 3 or not _AGENCY.search(line.text):
            continue
        for found in find_explicit_dates(line.text)[:1]:
            if found.day is None or found.month is None:
                continue
            try:
                told = date(found.year or day.year, found.month, found.day)
            except ValueError:
                continue
            if told == day - timedelta(days=1):
                return told.isoformat()
    return None


def dateline_outlet(datelines: list[Dateline]) -> str | None:
    """The outlet named by a dateline at the article's top ("January 14, The Iran Project -",
    "GENEVA (Reuters) -", "ASTANA, January 24. /TASS/."), or None."""
    for line in sorted(datelines, key=lambda d: abs(d.distance)):
        # "TOI World Desk / TIMESOFINDIA.COM / Updated: Aug 9, 2025": the site's address, in a
        # dateline over the article however far (share and text-size buttons between).
        parts = _PIECES.split(line.text)[:-1] if not line.after_end and line.distance < 0 else []
        if site := next((a for p in parts if (a := site_address(p.strip()))), None):
            return site
        if line.after_end or not -8 <= line.distance <= 3:
            continue
        placed = place_and_name(line.text)
        if placed and is_agency(placed[1]):
            return placed[1]  # "ASTANA \u2013 Anadolu Agency"
        filing = _PLACE_INITIALS.match(line.text)
        if (
            filing
            and reads_as_place(filing["place"])
            and not is_capital_or_country(filing["outlet"])
        ):
            return filing["outlet"]  # "Tehran, IRNA \u2013"
        pieces = [p.strip() for p in line.text.split("|")[:-1]]
        if signed := next((p for p in pieces if is_agency(p)), None):
            return signed  # "World News | Press Trust of India | Updated: January 24, 2017"
        agency = _AGENCY.search(line.text)
        if agency and not _place_in_brackets(line.text, agency["outlet"]):
            return (agency["outlet"] or agency["wire"] or agency["slash"] or agency["caps"]).strip()
        dates = find_explicit_dates(line.text)
        if not dates:
            continue
        after = line.text[dates[0].end :]
        match = _OUTLET_AFTER_DATE.match(after)
        closing = _OUTLET_CLOSING.match(after)
        if match is None and closing and NEWS_WORD.search(closing["outlet"]):
            match = closing
        if match and not any(w.isupper() and len(w) > 4 for w in match.group("outlet").split()):
            # ("October 24, 2020 | Libya Observer Staff": the outlet, not its staff)
            return _STAFF_WORDS.sub("", match.group("outlet")) or match.group("outlet")
        # "Baku, March 13, AZERTAC", "YEREVAN, AUGUST 8, ARMENPRESS.": the agency that files
        # from the place, after the date (which is not another place: "Baku, March 13, Azerbaijan").
        place = line.text[: dates[0].start].strip(" ,")
        at_place = place.isupper() or is_capital_or_country(place.split(",")[0])
        initials = _INITIALS_AFTER_DATE.match(after)
        if initials and at_place:
            return initials["outlet"]  # "Addis Ababa October 25/2022 (ENA)"
        filed = _AGENCY_AFTER_DATE.match(after)
        if filed and at_place:
            filed_by = filed["outlet"].rstrip(".")
            if not is_capital_or_country(filed_by):
                return (
                    filed_by.capitalize()
                    if filed_by.isupper() and " " not in filed_by
                    else filed_by
                )
    return None


def _place_in_brackets(line: str, name: str | None) -> bool:
    """Whether the name in brackets before a dateline's dash is the place it was filed from, not
    an agency: a capital or a country ("Jan. 24 (ASTANA) -"), or a name in capitals that no
    agency has where the date opens the line ("May 31, 2023 (KHARTOUM) \u2013", "(NYALA)")."""
    if name is None:
        return False
    if is_capital_or_country(name.strip()):
        return True
    dates = find_explicit_dates(line)
    opens = bool(dates) and not line[: dates[0].start].strip()
    return opens and name.isupper() and not is_agency(name.strip())


# How far from the nearest other article's publication date a dateline without a year may be
# put: about three months either way.
_STORY_YEAR_DAYS = 92


def years_from_story(
    documents: Sequence[Document], known_dates: Sequence[str] = ()
) -> list[Document]:
    """Articles dated by a dateline without a year ("December 18, Yemen Monitor -") take the
    year that puts that day nearest the publication dates of the story's other articles
    (``known_dates``: those of articles read before), when one lies within about three months
    of it: those whose text gives no year, and those whose own past dates gave the earliest
    year they allow (a report of talks that recalls "the conflict, which began in March 2011"
    is from 2017 where the other reports of the talks are; never before that bound). The
    others are returned as they are."""
    # Only dates read as given count: a year inferred for another article is no evidence.
    dates = sorted(
        {
            date.fromisoformat(d.published)
            for d in documents
            if d.published and d.published_from != "inferred"
        }
        | {date.fromisoformat(day[:10]) for day in known_dates if len(day) >= 10}
    )
    if not dates:
        return list(documents)
    return [
        _year_from_story(d, dates) if d.published is None or _from_own_dates(d) else d
        for d in documents
    ]


def _from_own_dates(document: Document) -> bool:
    """Whether the article's year was inferred from its own dates, which only bound it from
    below: "the conflict, which began in March 2011" dates no report to 2012."""
    return document.published_from == "inferred" and any(
        note.endswith(_OWN_DATES_NOTE) for note in document.notes
    )


def _year_from_story(document: Document, dates: list[date]) -> Document:
    # The earliest day the article's own past dates allow, when they gave its year.
    earliest = date.fromisoformat(document.published) if document.published else date.min
    for removed in document.removed:
        if not removed.reason.startswith("dateline"):
            continue
        for found in find_explicit_dates(removed.text):
            if found.day is None or found.year is not None:
                continue
            best: tuple[int, date, date] | None = None
            for other in dates:
                for year in (other.year - 1, other.year, other.year + 1):
                    try:
                        day = date(year, found.month, found.day)
                    except ValueError:
                        continue
                    gap = abs((day - other).days)
                    if day >= earliest and (best is None or gap < best[0]):
                        best = (gap, day, other)
            if best is None or best[0] > _STORY_YEAR_DAYS:
                continue
            if best[1] == earliest:
                return document
            note = (
                f"year of dateline '{removed.text}' taken from the story's other articles "
                f"(the nearest published {best[2].isoformat()})"
            )
            notes = tuple(
                n
                for n in document.notes
                if not n.startswith(_UNDATED) and not n.endswith(_OWN_DATES_NOTE)
            )
            return replace(
                document,
                published=best[1].isoformat(),
                published_from="inferred",
                notes=(*notes, note),
            )
    return document
