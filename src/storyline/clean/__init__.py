"""Source documents -> clean documents: body text, title, headings, publication date, and
everything removed with its reason.

The lines of a page are labelled by rules (``lines``) and scored by the learned furniture model
(``furniture``); the article is the stretch of lines the model keeps. The title is chosen among
the lines above it (``titles``), the publication date from the datelines around its top
(``datelines``). Nothing is dropped silently: every line left out is kept in ``removed`` with
its reason.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from storyline.addresses import site_address, url_host
from storyline.calendar import url_day
from storyline.clean.datelines import (
    PLACE_BEFORE_DASH,
    Dateline,
    dateline_outlet,
    is_capital_or_country,
    place_alone,
    place_and_initials,
    place_and_name,
    publication_date,
    reads_as_place,
)
from storyline.clean.furniture import article_start, body_probabilities, keep_lines
from storyline.clean.ids import document_id
from storyline.clean.language import identify_language
from storyline.clean.learned import CleanModels, shipped_models
from storyline.clean.lines import (
    BAR_CREDIT_REASON,
    CAPTION_LABEL,
    FILE_PHOTO_REASON,
    INLINE_CREDIT,
    LIST_LABEL_REASON,
    MASTHEAD_LINES,
    OUTLET_NAME,
    RELATED_LABEL,
    RELATED_LINKS,
    SIGNOFF_REASON,
    SPEAKER_POST,
    TERMINAL,
    LineLabel,
    agency_source,
    byline_outlet,
    copyright_holder,
    credited_name,
    goes_on_about_author,
    has_wire_sign,
    is_ad_notice,
    is_copyright_notice,
    is_dateline,
    is_link_or_standards_note,
    is_note_label,
    is_other_script_label,
    is_syndication_note,
    logo_name,
    masthead,
    names_a_section,
    outlet_under_byline,
    print_edition,
    reads_as_author_bio,
    reads_as_dated_caption,
    reads_as_photo_caption,
    source_credit,
    split_glued_agency,
    split_leading_dateline,
    standards_holder,
    strip_agency_prefix,
    under_related_label,
    wire_dateline,
)
from storyline.clean.outlets import canonical_outlet, is_agency
from storyline.clean.page_features import html_matrix
from storyline.clean.page_meta import page_title
from storyline.clean.prepare import LIVE_STAMP_REASON, Line, prepare, prepare_blocks, prepare_lines
from storyline.clean.titles import choose_title
from storyline.records import Document, Heading, PageBlock, Removed, SourceDocument
from storyline.settings import Settings

__all__ = ["clean_document", "prepare", "prepare_lines", "read_source"]

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
# Lines around the article's first line that may hold its dateline.
_DATELINE_BEFORE = 40
_DATELINE_AFTER = 3
_DATELINE_BELOW = 15
# And lines after its last line (a blog's "Posted on ..."), counted as this far from its top.
_DATELINE_AFTER_END = 15
_DATELINE_INSIDE_END = 3
_END_DISTANCE = 12
_BYLINE_REACH = 8  # lines over the article's first that may hold its byline
_BYLINE_DATE = re.compile(
    r"(?i)\b(?:by|posted|published|updated|written|min read|comments?)\b.{0,60}?"
    r"\b(?:19|20)\d\d\b|\b(?:19|20)\d\d\b.{0,40}?\b(?:by|min read|comments?)\b"
)


@dataclass
class _Draft:
    pieces: list[tuple[str, str]] = field(default_factory=list)  # (kind, text)
    removed: list[Removed] = field(default_factory=list)
    datelines: list[Dateline] = field(default_factory=list)
    # Who the page's copyright notices name, in page order ("© 2017 BBC.").
    holders: list[str] = field(default_factory=list)
    # Who a source line under the article credits ("Source: Al Jazeera and news agencies").
    credited: list[str] = field(default_factory=list)
    # The outlet a logo line at the page's top names ("The Guardian - Back to homepage").
    mastheads: list[str] = field(default_factory=list)
    # The newspaper whose print edition carried the story ("Published in Dawn, May 21st").
    editions: list[str] = field(default_factory=list)
    # The outlet the page's first line names as a logo does ("Tehran Times").
    logos: list[str] = field(default_factory=list)


def clean_document(
    src: SourceDocument, settings: Settings, models: CleanModels | None = None
) -> Document | str:
    """Clean one source document; returns a Document or the reason it was rejected.

    ``models`` are the learned models (by default the shipped ones)."""
    models = models or shipped_models()
    draft, title = read_source(src, settings, models)
    text, headings = _assemble(draft)
    body_words = len(text.split()) - sum(len(h.text.split()) for h in headings)
    if body_words < settings.min_words:
        return f"no article text left after cleaning ({body_words} words)"
    language = identify_language(text)
    if language.is_not_english(settings.language_confidence):
        return f"not English: {language.reason}"
    page_dates = src.page.dates if src.page is not None else ()
    if not page_dates and (in_address := url_day(src.url)):
        page_dates = (("url", in_address),)  # a text record's address
    published, published_from, notes = publication_date(
        src.published,
        draft.datelines,
        text,
        page_dates,
        models.date_html if src.blocks else models.date,
        [r.text for r in draft.removed if r.reason.startswith(("credit", "caption"))],
    )
    return Document(
        id=src.record_id or document_id(text, src.source),
        source_path=src.source_path,
        source=canonical_outlet(_given_outlet(src.source))
        or canonical_outlet(
            dateline_outlet(draft.datelines)
            or (draft.credited[-1] if draft.credited else None)
            or (draft.mastheads[0] if draft.mastheads else None)
            or (draft.editions[-1] if draft.editions else None)
            or _holder(draft.holders)
            or (draft.logos[0] if draft.logos else None)
        )
        or url_host(src.url),  # a text record's address, last
        title=title,
        url=src.url,
        published=published,
        published_from=published_from,
        text=text,
        headings=tuple(headings),
        removed=tuple(draft.removed),
        notes=(*notes, f"language: {language.reason}"),
        language=language.code,
    )


def read_source(
    src: SourceDocument, settings: Settings, models: CleanModels
) -> tuple[_Draft, str | None]:
    """The article's pieces, what was removed, the datelines around it, and its title."""
    # "\/" is a slash escaped twice by a crawler's JSON writer ("Hong\/AP"), never text.
    raw = src.raw_text.replace("\\/", "/")
    draft = _Draft(removed=list(src.removed))
    if len(raw) > settings.max_document_chars:
        cut = raw.rfind("\n", 0, settings.max_document_chars)
        cut = cut if cut > settings.max_document_chars // 2 else settings.max_document_chars
        draft.removed.append(
            Removed(raw[cut:], f"too long: text after {cut:,} characters (max_document_chars)")
        )
        raw = raw[:cut]
    if src.blocks:
        lines = prepare_blocks(src.blocks)
        keep = _page_lines(lines, src.blocks, models)
        # A table row is the table's text, never a subheading however short it is.
        lines = [
            replace(x, label=LineLabel("body"))
            if x.label.kind == "heading" and src.blocks[x.block].in_table
            else x
            for x in lines
        ]
    else:
        lines = prepare(raw)
        keep = _body_lines(lines, models)
        lines, keep = _key_points(lines, keep)
        lines, keep = _related_links(lines, keep)
        lines, keep = _captions_by_credits(lines, keep)
        lines, keep = _dated_captions(lines, keep)
        lines, keep = _author_notes(lines, keep)
        lines, keep = _labels_over_notes(lines, keep)
        lines, keep = _text_markers(lines, keep)
        lines, keep = _appeal_to_readers(lines, keep)
        lines, keep = _entry_headlines(lines, keep)
        lines, keep = _headlines_under(lines, keep)
    title = src.title.strip() if src.title else None
    if title is None and src.page is not None:
        title = page_title(src.page, src.blocks)
    if title is None:
        texts, labels = [x.text for x in lines], [x.label for x in lines]
        title = choose_title(texts, labels, keep, models.title, models.title_context)
    if not src.blocks:
        lines, keep = _above_wire_dateline(lines, keep)
        lines, keep = _head_over_dateline(lines, keep)
        lines, keep = _place_over_story(lines, keep)
    _sort_lines(lines, keep, draft, title)
    _drop_repeated_title(draft, title)
    _trim_edge_headings(draft)
    if title is not None and not src.title and (flash := _FLASH_LABEL.match(title)):
        title = title[flash.end() :] or title  # "UPDATE: Russia and Ukraine agree ..."
    return draft, title


# A label a page sets before a headline while the news is fresh (not "Exclusive:" or "Analysis:",
# which stay part of it).
_FLASH_LABEL = re.compile(
    r"^\W*(?:updated?|breaking(?:\s+news)?|just\s+in|developing|watch|live(?:\s+updates)?|video"
    r"|photos)\s*[:|\u2013\u2014-]\s+(?=\S)",
    re.I,
)


def _body_lines(lines: list[Line], models: CleanModels) -> list[bool]:
    """Which lines of pasted text are the article, by the furniture model and the rules."""
    if not lines:
        return []
    texts, labels = [x.text for x in lines], [x.label for x in lines]
    keep = keep_lines(texts, body_probabilities(texts, labels, models.furniture), labels)
    return _overrule(lines, keep)


def _page_lines(
    lines: list[Line], blocks: tuple[PageBlock, ...], models: CleanModels
) -> list[bool]:
    """Which lines of an HTML page are the article, by the page furniture model (text and
    markup) and the rules; without that model, the blocks trafilatura kept."""
    if not lines:
        return []
    line_blocks = [blocks[x.block] for x in lines]
    if models.furniture_html is None:
        keep = [b.extractor_kept for b in line_blocks]
    else:
        texts, labels = [x.text for x in lines], [x.label for x in lines]
        matrix = html_matrix(texts, labels, line_blocks)
        support = [b.extractor_kept and (b.in_main or b.in_container) for b in line_blocks]
        keep = keep_lines(texts, models.furniture_html.probability(matrix), labels, support)
        keep = _with_tables(keep, line_blocks, support)
        chosen = sum(len(t.split()) for t, k in zip(texts, keep, strict=True) if k)
        extracted = [b.extractor_kept for b in line_blocks]
        by_extractor = sum(len(t.split()) for t, k in zip(texts, extracted, strict=True) if k)
        if chosen < LOW_SHARE * by_extractor:
            # The model and trafilatura disagree on most of the page: what either keeps stays.
            keep = [a or b for a, b in zip(keep, extracted, strict=True)]
    return _overrule(lines, keep)


# Where the model keeps less than this share of the words trafilatura keeps, the article is what
# either keeps (held out on the WCXB dev pages: 0.3 / 0.5 / 0.6 / 0.7 give body F1 0.9447 /
# 0.9450 / 0.9453 / 0.9452).
LOW_SHARE = 0.6
_TABLE_REACH = 3  # lines between a table and the article text it belongs to


def _with_tables(keep: list[bool], blocks: list[PageBlock], support: list[bool]) -> list[bool]:
    """A table inside the article (its container holds it, trafilatura took it, the article's
    text stands next to it) is kept whole: its rows are short and the model alone drops them."""
    result = list(keep)
    index = 0
    while index < len(blocks):
        if not blocks[index].in_table:
            index += 1
            continue
        end = index
        while end < len(blocks) and blocks[end].in_table:
            end += 1
        near = keep[max(0, index - _TABLE_REACH) : index] + keep[end : end + _TABLE_REACH]
        if any(near) and sum(support[index:end]) * 2 >= end - index:
            result[index:end] = [True] * (end - index)
        index = end
    return result


# A box of the story's key points: its label, then at most this many lines of at most this many
# words, all closed by a full stop or none.
_KEY_POINTS_LABEL = re.compile(
    r"^\W*(?:key\s+points|highlights|in\s+brief|at\s+a\s+glance|what\s+you\s+need\s+to\s+know"
    r"|quick\s+read|the\s+big\s+picture|summary)\s*:?\s*$",
    re.I,
)
_KEY_POINTS = 4
_KEY_POINT_WORDS = 25
KEY_POINTS_REASON = "summary: the story's key points"


def _key_points(lines: list[Line], keep: list[bool]) -> tuple[list[Line], list[bool]]:
    """In pasted text, the lines under a "Key points:" label ("Russia and Ukraine agreed to
    swap 1,000 prisoners of war each" / "No ceasefire was agreed") sum the story up: they are
    neither its title nor its sentences. The box ends where its lines stop being short, or stop
    being closed as they were ("Russia and Ukraine have agreed ... three years."). Only a box
    at the article's top is one ("Summary" over a section further down is the section's)."""
    kept = [i for i, k in enumerate(keep) if k]
    top = kept[_KEY_POINTS] if len(kept) > _KEY_POINTS else len(lines)
    for label, line in enumerate(lines[:top]):
        if not _KEY_POINTS_LABEL.match(line.text):
            continue
        points: list[int] = []
        for index in range(label + 1, len(lines)):
            text = lines[index].text
            closed = bool(TERMINAL.search(text))
            if len(text.split()) > _KEY_POINT_WORDS or (
                points and closed != bool(TERMINAL.search(lines[points[0]].text))
            ):
                break
            points.append(index)
            if len(points) > _KEY_POINTS:
                points = []  # no box of key points runs so long: the story itself may
                break
        if points and any(keep[points[-1] + 1 :]):  # (the story goes on under the box)
            lines, keep = _setting_aside(lines, keep, points, KEY_POINTS_REASON)
        break
    return lines, keep


def _related_links(lines: list[Line], keep: list[bool]) -> tuple[list[Line], list[bool]]:
    """In pasted text, the headlines listed under a related-links label ("Related Coverage" /
    "Biden calls Russia's move 'outrageous'") are links to other articles, whatever the model
    made of them. (A page's markup already tells its link lists apart.)"""
    texts = [line.text for line in lines]
    labels = [i for i, text in enumerate(texts) if RELATED_LABEL.match(text)]
    if not labels:
        return lines, keep
    lines, keep = list(lines), list(keep)
    below = sorted({i for label in labels for i in range(label + 1, label + 1 + RELATED_LINKS)})
    for index in (i for i in below if i < len(lines)):
        if keep[index] and under_related_label(texts, index):
            _set_aside(
                lines, keep, index, "chrome: a related article's headline under a links label"
            )
    return lines, keep


def _captions_by_credits(lines: list[Line], keep: list[bool]) -> tuple[list[Line], list[bool]]:
    """In pasted text, a line beside a photo credit ("UN Photo/Jane Roe") that reads as the
    photo's caption ("Antonio Guterres speaks to reporters at UN Headquarters.") is set aside
    with it, as is a line between two credits."""
    lines, keep = list(lines), list(keep)
    credits = [
        index
        for index, line in enumerate(lines)
        if line.label.kind == "removed" and (line.label.reason or "").startswith("credit")
    ]
    for index in credits:
        for near in (index - 1, index + 1):
            if 0 <= near < len(lines) and keep[near] and reads_as_photo_caption(lines[near].text):
                _set_aside(lines, keep, near, "credit: a photo's caption beside its credit")
        # Under its label ("Image caption," on a line of its own) a line is the caption, however
        # it reads ("Delegates from both sides sat at the same table in Astana"), and no title.
        under = index + 1
        if (
            CAPTION_LABEL.match(lines[index].text)
            and under < len(lines)
            and lines[under].label.kind != "removed"
            and len(lines[under].text.split()) <= 40
        ):
            _set_aside(lines, keep, under, "credit: a photo's caption under its label")
    # In a gallery, what stands between two credits is a caption, whatever it reads as.
    for before, after in zip(credits, credits[1:], strict=False):
        if after == before + 2 and keep[before + 1] and len(lines[before + 1].text.split()) <= 40:
            _set_aside(lines, keep, before + 1, "credit: a photo's caption beside its credit")
    return lines, keep


def _dated_captions(lines: list[Line], keep: list[bool]) -> tuple[list[Line], list[bool]]:
    """In pasted text, the captions of a photo gallery led by their photo's day ("April 29: Oil
    from the spill can be seen as a dark blue swirl ..."): one with an agency's credit run into
    the line after it ("AP BILOXI, Mississippi -- ...", "ESA As oil from ..."), whose credit is
    cut off, one that follows such a credit, and one that opens the article with no chronology
    going on under it. Lines so dated one under another are a chronology and stay."""
    lines, keep = list(lines), list(keep)
    result: list[Line] = []
    kept: list[bool] = []
    opening = next((i for i, k in enumerate(keep) if k), None)
    credited = False  # whether the line's own credit, run into it, was cut off
    for index, line in enumerate(lines):
        after = lines[index + 1] if index + 1 < len(lines) else None
        credit, rest = split_glued_agency(after.text) if after is not None else (None, "")
        opens = index == opening and not (after and reads_as_dated_caption(after.text))
        listed = bool(result) and kept[-1] and reads_as_dated_caption(result[-1].text)
        caption = (
            keep[index]
            and reads_as_dated_caption(line.text)
            and (credited or (credit is not None and not listed) or opens)
        )
        if caption:
            line = replace(line, label=LineLabel("removed", DATED_CAPTION_REASON))
            keep[index] = False
        result.append(line)
        kept.append(keep[index])
        credited = caption and credit is not None
        if credited and after is not None and credit is not None:
            cut = LineLabel("removed", "credit: a photo's credit run into the text")
            result.append(Line(credit, cut, cut=True, block=after.block))
            kept.append(False)
            lines[index + 1] = replace(after, text=rest)
    return result, kept


DATED_CAPTION_REASON = "credit: a photo's caption led by its day"


# How far from the article's first or last line a note about its author may start, and how
# many sentences it may run to.
_NOTE_REACH = 2
_NOTE_LINES = 5
_NOTE_LEFT = 3  # lines of the article that must be left


def _author_notes(lines: list[Line], keep: list[bool]) -> tuple[list[Line], list[bool]]:
    """In pasted text, a note about the author at the article's top or foot ("Jane Roe is a
    staff writer for the Post.", "In a career spanning three decades, Jane Roe has covered
    ...", and the sentences that go on about her: "She was ...", "Before that, ...") is set
    aside; anywhere else such a sentence is the story's."""
    kept = [i for i, k in enumerate(keep) if k]
    starts = sorted(set(kept[:_NOTE_REACH] + kept[-_NOTE_REACH:]))
    lines, keep = list(lines), list(keep)
    # The author's name on a line of its own over the article ("Omar Field"), which a note at
    # its foot opens ("Omar Field is a senior fellow at ..."): the byline, never the title.
    authors = {
        x.text.strip(): i
        for i, x in enumerate(lines[: kept[0]] if kept else [])
        if _NAME_LINE.fullmatch(x.text.strip())
    }
    for start in starts:
        if not keep[start]:
            continue
        named = _ABOUT_NAMED.match(lines[start].text)
        short = len(lines[start].text.split()) <= _NOTE_WORDS
        author = named["name"] if named and short and named["name"] in authors else None
        if author is None and not reads_as_author_bio(lines[start].text):
            continue
        if author is not None:
            index = authors[author]
            lines[index] = replace(lines[index], label=LineLabel("removed", AUTHOR_NAME_REASON))
        note = [start]
        at_foot = start in kept[-_NOTE_REACH:]
        labelled = is_note_label(lines[start].text)
        for index in kept[kept.index(start) + 1 :]:
            if len(note) >= _NOTE_LINES or not (
                labelled or goes_on_about_author(lines[index].text, at_foot)
            ):
                break
            note.append(index)
        if len(kept) - len(note) >= _NOTE_LEFT:  # never the most of a short text
            for index in note:
                _set_aside(lines, keep, index, "byline: a note about the author")
    return lines, keep


# A person's name alone on a line, and a sentence that opens on one and says who they are.
_NAME_LINE = re.compile(r"[A-Z][a-z'\u2019-]+(?:\s+(?:[A-Z]\.|[A-Z][a-z'\u2019-]+)){1,3}")
_ABOUT_NAMED = re.compile(
    rf"^(?P<name>{_NAME_LINE.pattern})\s+(?:is|was|has\s+been|serves\s+as|teaches|leads)\b"
)
AUTHOR_NAME_REASON = "byline: the author's name, over a note about them"
_NOTE_WORDS = 60  # the most words of such a note's first line (not a firm's own long profile)


_LIVE_ENTRIES = 2
ENTRY_HEADLINE_REASON = "heading: a live page's entry headline (never the page's title)"


def _entry_headlines(lines: list[Line], keep: list[bool]) -> tuple[list[Line], list[bool]]:
    """On a live page, the line under an entry's time stamp ("21:40 GMT") that reads as a
    headline ("Residents report heavy fighting in southern Khartoum") is the entry's heading,
    not a sentence of it."""
    lines, keep = list(lines), list(keep)
    # A page of several entries under their stamps is a live page; its entries' headlines are
    # never the page's title (one stamp over a headline is a post's time).
    live = sum(x.label.reason == LIVE_STAMP_REASON for x in lines) >= _LIVE_ENTRIES
    for index in range(len(lines) - 2):
        stamp, line = lines[index], lines[index + 1]
        if (
            stamp.label.reason == LIVE_STAMP_REASON
            and (stamp.cut or live)
            and keep[index + 2]
            and 3 <= len(line.text.split()) <= 20
            and not line.text.rstrip().endswith((".", "!", "?", ":", '"', "\u201d"))
        ):
            keep[index + 1] = True
            reason = ENTRY_HEADLINE_REASON if live else None
            lines[index + 1] = replace(line, label=LineLabel("heading", reason, text=line.text))
    return lines, keep


_TAIL_LINES = 2  # unclosed lines under the article's last sentence that may be headlines
_TAIL_WORDS = 20
# A headline under its kicker: "Ukraine war latest: Russia launches ...", "Analysis: ...". (A
# word alone before a colon is more often a closing note's label: "Note: ...", "Details: ...".)
_KICKER = re.compile(
    r"^(?:[A-Z][\w'\u2019&-]*(?: [\w'\u2019&-]+){1,4}|Analysis|Opinion|Explainer|Factbox|Timeline"
    r"|Watch|Listen|Live|Latest|Related|Video|Podcast|Exclusive): [A-Z\d\"\u201c\u2018']"
)


def _headlines_under(lines: list[Line], keep: list[bool]) -> tuple[list[Line], list[bool]]:
    """In pasted text, one or two short lines under the article's last sentence that read as a
    headline under its kicker, with no closing stop ("Ukraine war latest: Russia launches drone
    attack on Kyiv hours after talks end"), are other articles linked under it."""
    kept = [i for i, k in enumerate(keep) if k]
    tail: list[int] = []
    for index in reversed(kept):
        text = lines[index].text
        if TERMINAL.search(text):
            break
        tail.append(index)
    if not tail or len(tail) > _TAIL_LINES or len(kept) - len(tail) < _NOTE_LEFT:
        return lines, keep
    if any(
        len(lines[i].text.split()) > _TAIL_WORDS or not _KICKER.match(lines[i].text) for i in tail
    ):
        return lines, keep
    return _setting_aside(lines, keep, tail, "furniture: a linked headline under the article")


# How many kept lines may stand over a wire's dateline at the article's top, and how many words
# each may have.
_OVER_WIRE_LINES = 6
_OVER_WIRE_WORDS = 80


def _above_wire_dateline(lines: list[Line], keep: list[bool]) -> tuple[list[Line], list[bool]]:
    """In pasted text, what the model kept over a wire's dateline at the article's top (a
    photo's caption, the story's highlights: "Demonstrators protest in central Cairo ..." /
    "Analyst: Tunisia 'a little bit unique' ..." / "Cairo, Egypt (CNN) -- Thousands ...") is no
    part of the story, which opens on its dateline."""
    kept = [i for i, k in enumerate(keep) if k]
    for position, index in enumerate(kept[: _OVER_WIRE_LINES + 1]):
        if wire_dateline(lines[index].text):
            above = kept[:position]
            if all(
                len(lines[i].text.split()) <= _OVER_WIRE_WORDS and not has_wire_sign(lines[i].text)
                for i in above
            ):
                reason = "furniture: over the story's wire dateline"
                lines, keep = _setting_aside(lines, keep, above, reason)
            break
    return lines, keep


# The head of an article: at most this many kept lines over its dateline, each of at most this
# many words, the first at most this many lines above it; the story under it at least this many
# lines; and a link under the dateline ("Why you can trust Sky News") at most this many words.
_HEAD_LINES = 4
_HEAD_WORDS = 40
_HEAD_REACH = 8
_STORY_UNDER_HEAD = 3
_LINK_WORDS = 8
HEAD_REASON = "furniture: the article's head (deck, byline), over its dateline"


def _head_over_dateline(lines: list[Line], keep: list[bool]) -> tuple[list[Line], list[bool]]:
    """In pasted text, the lines the model kept over the article's dateline at its top (the
    headline's deck, the author's name and post: "The talks in Istanbul were the first ..." /
    "Jane Roe" / "Security editor @janeroe" / "Friday 16 May 2025 17:01, UK") are its head, not
    its story, which opens under the dateline; so is the dateline, and a short link under it
    before the story's first sentence ("Why you can trust Sky News")."""
    kept = [i for i, k in enumerate(keep) if k]
    if len(kept) <= _STORY_UNDER_HEAD:
        return lines, keep
    last = kept[min(len(kept) - 1, _HEAD_LINES)]
    dateline = next((i for i in range(kept[0], last + 1) if _dates_the_article(lines[i])), None)
    if dateline is None:
        return lines, keep
    above = [i for i in kept if i < dateline]
    below = [i for i in kept if i > dateline]
    if (
        not (above or keep[dateline])
        or len(above) > _HEAD_LINES
        or len(below) < _STORY_UNDER_HEAD
        or (above and dateline - above[0] > _HEAD_REACH)
        or any(
            len(lines[i].text.split()) > _HEAD_WORDS or has_wire_sign(lines[i].text) for i in above
        )
    ):
        return lines, keep
    lines, keep = list(lines), list(keep)
    for i in above:
        _set_aside(lines, keep, i, HEAD_REASON)
    if keep[dateline]:
        keep[dateline] = False
        if lines[dateline].label.kind != "dateline":
            lines[dateline] = replace(
                lines[dateline], label=LineLabel("dateline", "dateline: publication date")
            )
    for i in below:
        text = lines[i].text
        if TERMINAL.search(text) or len(text.split()) > _LINK_WORDS:
            break
        _set_aside(lines, keep, i, HEAD_REASON)
    return lines, keep


PLACE_LINE_REASON = "dateline: place and outlet"


def _place_over_story(lines: list[Line], keep: list[bool]) -> tuple[list[Line], list[bool]]:
    """A place and a name on a line of their own over the story's first sentence ("Astana \u2013
    Asharq Al-Awsat"), or a place and a dash ("WASHINGTON \u2014"), whether the model kept the
    line or not, are its dateline, not its text."""
    kept = [i for i, k in enumerate(keep) if k]
    if len(kept) < 2:
        return lines, keep
    for index in (kept[0], kept[0] - 1):
        if index < 0:
            continue
        if place_and_name(lines[index].text):
            reason = PLACE_LINE_REASON
        elif place_alone(lines[index].text):
            reason = "dateline: place"
        else:
            continue
        lines, keep = list(lines), list(keep)
        keep[index] = False
        lines[index] = replace(lines[index], label=LineLabel("dateline", reason))
        break
    return lines, keep


def _dates_the_article(line: Line) -> bool:
    """A dateline of the article (not a live page's stamp, which dates the entry under it)."""
    dateline = line.label.kind == "dateline" or is_dateline(line.text)
    return dateline and line.label.reason != LIVE_STAMP_REASON


# The marks a released statement is printed between ("Begin Text:" ... "End Text.").
_TEXT_MARKER = re.compile(r"^\W*(?:begin|end)\s+(?:of\s+)?(?:the\s+)?text\W*$", re.I)
TEXT_MARKER_REASON = "chrome: mark of where a released text begins or ends"


def _text_markers(lines: list[Line], keep: list[bool]) -> tuple[list[Line], list[bool]]:
    """A statement's text printed whole between "Begin Text:" and "End Text." (a government's
    media note): the marks are no sentences of it."""
    marked = [i for i, line in enumerate(lines) if keep[i] and _TEXT_MARKER.match(line.text)]
    return _setting_aside(lines, keep, marked, TEXT_MARKER_REASON)


# An outlet's letter to its readers under the article: a label that says whose message it is,
# then the salutation on a line of its own ("A Message from The Moscow Times:" / "Dear readers,").
_MESSAGE_LABEL = re.compile(
    r"^\W*(?:an?\s+)?(?:message|note|letter)\s+from\s+(?P<name>.{2,60}):\s*$", re.I
)
_SALUTATION = re.compile(r"^\s*dear\s+(?:readers?|friends|subscribers)\s*[,:!]?\s*$", re.I)
APPEAL_REASON = "chrome: the outlet's appeal to its readers"


def _appeal_to_readers(lines: list[Line], keep: list[bool]) -> tuple[list[Line], list[bool]]:
    """The outlet's appeal under the article, from its label to the page's end (its letter
    asks for support; the article is over)."""
    start = next(
        (
            i
            for i in range(1, len(lines))
            if _SALUTATION.match(lines[i].text) and _MESSAGE_LABEL.match(lines[i - 1].text)
        ),
        None,
    )
    if start is None or not any(keep[: start - 1]):
        return lines, keep
    appeal = [i for i in range(start - 1, len(lines)) if keep[i]]
    return _setting_aside(lines, keep, appeal, APPEAL_REASON)


def _setting_aside(
    lines: list[Line], keep: list[bool], indices: list[int], reason: str
) -> tuple[list[Line], list[bool]]:
    """The lines and what is kept, with those at ``indices`` set aside for ``reason`` (copies
    where any is)."""
    if not indices:
        return lines, keep
    lines, keep = list(lines), list(keep)
    for index in indices:
        _set_aside(lines, keep, index, reason)
    return lines, keep


def _set_aside(lines: list[Line], keep: list[bool], index: int, reason: str) -> None:
    keep[index] = False
    lines[index] = replace(lines[index], label=LineLabel("removed", reason))


def _overrule(lines: list[Line], keep: list[bool]) -> list[bool]:
    """Pieces a rule cut out of a line (a time stamp, a credit, a run of share words), copyright
    notices, reporting and editing credits ("Jane Roe contributed to this report."), an archive
    photo's caption ("FILE - ...") and a label in another script over the article never stay;
    every other line is the model's call, the rules' labels being among what it weighs (a
    "byline" or "credit" rule alone removed more article text than furniture)."""
    # (A label in another script over the article is a link to the page in another language.)
    opening = next(
        (i for i, x in enumerate(lines) if keep[i] and len(x.text.split()) >= _PROSE_WORDS), 0
    )
    return [
        k
        and not (i < opening and is_other_script_label(x.text))
        and not x.cut
        and not is_copyright_notice(x.text)
        and not is_link_or_standards_note(x.text)
        and x.label.reason != SIGNOFF_REASON
        and not is_ad_notice(x.text)
        and x.label.reason not in (FILE_PHOTO_REASON, LIST_LABEL_REASON, BAR_CREDIT_REASON)
        and not print_edition(x.text)
        and not agency_source(x.text)
        for i, (k, x) in enumerate(zip(keep, lines, strict=True))
    ]


_PROSE_WORDS = 8  # the fewest words of the article's first line of prose


def _labels_over_notes(lines: list[Line], keep: list[bool]) -> tuple[list[Line], list[bool]]:
    """The label over an author's disclosure or an outlet's note on who funds or republishes it
    ("Disclosure statement" / "Jane Roe does not work for, consult, own shares in ...",
    "Partners" / "... provides funding as a member of ...") is set aside with the note: never
    the article's text nor its title."""
    labels = [
        i
        for i in range(len(lines) - 1)
        if _LABEL_LINE.fullmatch(lines[i].text.strip()) and is_syndication_note(lines[i + 1].text)
    ]
    return _setting_aside(lines, keep, labels, NOTE_LABEL_REASON)


_LABEL_LINE = re.compile(r"[A-Z][\w'\u2019-]*(?:\s+[\w'\u2019-]+){0,2}:?")  # "Partners"
NOTE_LABEL_REASON = "chrome: notice's label (a disclosure or an outlet's note under it)"


def _given_outlet(source: str | None) -> str | None:
    """The outlet an input names, as it writes it ("TODAY.com"), an address without "www."."""
    if source is None:
        return None
    source = source.strip()
    if site_address(source) and source.lower().startswith("www."):
        return source[len("www.") :]
    return source or None


def _holder(holders: list[str]) -> str | None:
    """The outlet a page's copyright notices name: the one named most, the last of a tie (the
    page's own footer comes after the notices of what it quotes)."""
    if not holders:
        return None
    counts = {h: holders.count(h) for h in holders}
    return max(reversed(holders), key=lambda h: counts[h])


def _where(index: int, keep: list[bool]) -> str:
    if not any(keep[:index]):
        return "before the article"
    if not any(keep[index + 1 :]):
        return "after the article"
    return "inside the article"


def _sort_lines(lines: list[Line], keep: list[bool], draft: _Draft, title: str | None) -> None:
    """Kept lines become body pieces or headings; the others are removed with their reason.
    Datelines around the article's first line are kept aside for the publication date."""
    start = article_start([x.text for x in lines], keep)
    first = len(lines) if start is None else start
    end = max((i for i, k in enumerate(keep) if k), default=len(lines))
    body_seen = 0
    # A text whose lines open on names in capitals and a colon gives its speakers so.
    speakers = sum(bool(_COLON_PLACE.match(x.text)) for x, k in zip(lines, keep, strict=True) if k)
    for index, line in enumerate(lines):
        near_top = first - _DATELINE_BEFORE <= index <= first + _DATELINE_AFTER or (
            # A dateline under a headline and a deck the model kept (above the article's end:
            # a short article's related links below it show their own dates).
            first < index <= min(first + _DATELINE_BELOW, end - 1) and line.label.kind == "dateline"
        )
        near_end = end < index <= end + _DATELINE_AFTER_END or (
            # A dateline set aside among the article's last lines ("December 3, 2025. Updated:
            # December 7, 2025" above a closing note the model kept).
            end - _DATELINE_INSIDE_END <= index < end
            and line.label.kind == "dateline"
            and not keep[index]
        )
        label = line.label
        if (near_top or near_end) and _may_date(line, keep[index]):
            distance = index - first if near_top else _END_DISTANCE + index - end
            # A label on the line above ("Last updated:" / "Dec 12, 2025") is the date's cue.
            label_above = index and _DATE_LABEL.match(lines[index - 1].text)
            text = f"{lines[index - 1].text} {line.text}" if label_above else line.text
            draft.datelines.append(Dateline(text, distance, after_end=not near_top))
        if not keep[index]:
            if title is not None and line.text == title:
                draft.removed.append(Removed(line.text, "title: moved to the title field"))
                continue
            reason = label.reason if label.kind in ("dateline", "removed") else None
            if reason is None and is_copyright_notice(line.text):
                reason = "chrome: copyright notice"
            if holder := copyright_holder(line.text) or standards_holder(line.text):
                draft.holders.append(holder)
            if (credited := source_credit(line.text)) and index > first:
                draft.credited.append(credited)
            if (edition := print_edition(line.text)) and index > first:
                draft.editions.append(edition)
            if (agency := agency_source(line.text)) and index > end:
                draft.credited.append(agency)
            elif index == end + 1 and is_agency(line.text.strip()):
                draft.credited.append(line.text.strip())  # "AFP" alone under the story
            if label.reason == APPEAL_REASON and (message := _MESSAGE_LABEL.match(line.text)):
                draft.credited.append(message["name"].strip())  # the outlet that appeals
            if index < min(first, MASTHEAD_LINES) and (outlet := masthead(line.text)):
                draft.mastheads.append(outlet)
            if index == 0 < first and (outlet := logo_name(line.text)):
                draft.logos.append(outlet)
            if first - _BYLINE_REACH <= index < first and (outlet := byline_outlet(line.text)):
                draft.mastheads.append(outlet)
            if (
                0 < index < first
                and lines[index - 1].label.reason == "byline"
                and (outlet := outlet_under_byline(line.text))
            ):
                draft.mastheads.append(outlet)
            draft.removed.append(Removed(line.text, reason or f"furniture: {_where(index, keep)}"))
            continue
        if label.kind == "heading":
            heading = label.text or line.text
            if heading != line.text:
                draft.removed.append(Removed(line.text, "heading decoration (the heading is kept)"))
            draft.pieces.append(("heading", heading))
            continue
        text = line.text
        if body_seen < 3:
            text = _strip_prefixes(
                text,
                draft,
                index - first if near_top else None,
                speakers=speakers >= 2,
                opening=body_seen == 0,
            )
        elif wire_dateline(text):
            # A page that runs several wire stories: each further one opens on its dateline
            # ("WASHINGTON (AP) -"), which dates nothing here.
            text = _strip_prefixes(text, draft, None)
        text = _strip_inline_credits(text, draft)
        if text:
            draft.pieces.append(("body", text))
            body_seen += 1
    if outlet := _named_on_top(lines, first):
        draft.mastheads.insert(0, outlet)


def _named_on_top(lines: list[Line], first: int) -> str | None:
    """The name that signs the story or its place-and-name dateline, over its first sentence,
    and that a line of its own at the page's very top carries too ("Rudaw" / ... / "By Rudaw
    24/1/2017"; "Asharq Al-Awsat" / ... / "Astana \u2013 Asharq Al-Awsat"): the outlet."""
    for index in range(max(0, first - _BYLINE_REACH), min(len(lines), first + 1)):
        line = lines[index]
        if line.label.reason == PLACE_LINE_REASON and (placed := place_and_name(line.text)):
            name = placed[1]
        elif signed := _SIGNED.match(line.text):
            name = signed["name"]
        else:
            continue
        key = _norm(name)
        if any(_norm(x.text) == key for x in lines[: min(index, _NAME_ON_TOP)]):
            return name
    # ("Source: Meduza" or "Story by Meduza", anywhere, under "Meduza" at the top.)
    top = {_norm(x.text) for x in lines[:_NAME_ON_TOP]}
    # ("Al Arabiya English" / ... / headline / "Al Arabiya English" / dateline: the page's first
    # line set again as the author, right over the dateline)
    for index in range(max(_NAME_ON_TOP, first - _BYLINE_REACH), min(len(lines) - 1, first)):
        name = lines[index].text.strip()
        words = name.split()
        if (
            _norm(name) == _norm(lines[0].text)
            and lines[index + 1].label.kind == "dateline"
            and len(words) >= 2
            and _OUTLET_ALONE.fullmatch(name)
            and not names_a_section(name)
        ):
            return name
    # ("The EastAfrican" / ... / "By Jane Roe" / "The EastAfrican")
    for index in range(_NAME_ON_TOP, min(len(lines), first + 1)):
        under = lines[index].text.strip()
        if (
            lines[index - 1].label.reason == "byline"
            and _OUTLET_ALONE.fullmatch(under)
            and not any(c.isdigit() for c in under)
            and _norm(under) in top
        ):
            return under
    for line in lines[_NAME_ON_TOP:]:
        if (credited := credited_name(line.text)) and _norm(credited) in top:
            return credited
    # ("Fox News" / ... / "By Fox News Staff"; "Eurasianet" / ... / "Jane Roe is an editor at
    # Eurasianet"; "Trend News Agency" / ... / "..., Trend reports.")
    for index, line in enumerate(lines[:_NAME_ON_TOP]):
        name = line.text.strip()
        if not _OUTLET_ALONE.fullmatch(name):
            continue
        named = _named_as_outlet(name)
        for again in lines[index + 1 :]:
            if match := named.search(again.text):
                # As the page writes it where the top of the page sets it in capitals.
                written = re.search(re.escape(name), match.group(0), re.I)
                return written.group(0) if name.isupper() and written else name
    return None


# A name as outlets are named, or a brand in one word of small letters ("ynetnews").
_OUTLET_ALONE = re.compile(rf"{OUTLET_NAME}|[a-z][a-z0-9]{{3,}}(?:\.[a-z]{{2,3}})?")


def _named_as_outlet(name: str) -> re.Pattern[str]:
    """How a page names its outlet again: a line inviting the reader to it ("Support OC Media's
    journalism", "GET THE FOX NEWS APP", "Follow Example News on Telegram"), its staff's notes
    ("an editor at Eurasianet", "a CBS News correspondent", "Fox News' Jane Roe contributed",
    "By Fox News Staff"), a dateline it opens ("Ahram Online, Wednesday 15 Jan 2025"), or a
    report it signs ("..., Trend reports."; the name without its "News Agency")."""
    names = "|".join(re.escape(n) for n in dict.fromkeys((name, _AGENCY_WORDS.sub("", name))) if n)
    n = rf"(?i:(?:the\s+)?(?:{names}))"
    return re.compile(
        rf"^\W*(?i:(?:click\s+here\s+to\s+)?(?:support|follow|join|subscribe\s+to|download|get))"
        rf"\s+{n}"
        rf"(?:['\u2019]s?\s|\s+(?i:on|via|app|newsletter|today|now)\b|\W*$)"
        rf"|\b(?:editor|correspondent|reporter|writer|columnist|producer)\s+(?:at|for|with)\s+{n}\b"
        rf"|\b(?:an?|the)\s+{n}\s+(?:editor|correspondent|reporter|writer|columnist|producer)\b"
        # "Ahram Online , Wednesday 15 Jan 2025": a dateline the name opens
        rf"|^{n}\s*[,|\u2013\u2014-].{{0,40}}\b(?:19|20)\d\d\b"
        rf"|^{n}['\u2019]s?\s+[A-Z][\w.'\u2019-]+(?:\s+[A-Z][\w.'\u2019-]+){{0,2}}\s+contributed\b"
        rf"|^By\s+{n}\s+(?:Staff|Digital|Desk|Newsroom|Team)\b"
        rf"|^{n}\s+(?:relies|depends)\s+on\b"
        rf"|[,.]\s+{n}\s+reports?\.?$"
    )


_AGENCY_WORDS = re.compile(r"\s+(?:News\s+)?Agency$")


_NAME_ON_TOP = 3  # the lines of a page's top that may hold its name
# "By Rudaw 24/1/2017", "By Jane Roe | May 2": the name that signs it.
_SIGNED = re.compile(r"^\s*By\s+(?P<name>[A-Z][^\d|,\u2013\u2014]*?)\s*(?:[\d|,\u2013\u2014]|$)")


# A line that only labels the date under it: "Last updated:", "Published on", "Posted On".
_DATE_LABEL = re.compile(
    r"^\W*(?:last\s+)?(?:updated|modified|published|posted|reviewed|written|released)"
    r"(?:\s+(?:on|at))?\s*:?\s*$",
    re.I,
)


def _may_date(line: Line, kept: bool) -> bool:
    """Whether a line may give the page's date: a dateline, or a short line of page furniture
    that is not a photo caption."""
    if line.label.kind == "dateline" or is_dateline(line.text):
        return True
    # (Never a photo's caption: "... on January 23, 2017. (Photo by AFP)" dates the photo.)
    credit = (line.label.reason or "").startswith("credit")
    if _BYLINE_DATE.search(line.text[:100]) and len(line.text.split()) <= 40 and not credit:
        return True  # "By Jane Roe | Mar 11, 2023 | Brakes | 0 comments"
    return not kept and len(line.text.split()) <= 15 and not credit


def _strip_prefixes(
    line: str, draft: _Draft, distance: int | None, speakers: bool = False, opening: bool = False
) -> str:
    # (A dateline may come twice, the page's and the wire's: "HOUSTON, June 2 | Wed Jun 2, 2010
    # 2:39 pm EDT HOUSTON, June 2 (Reuters) - BP ...".)
    for _ in range(3):
        rest, prefix = split_leading_dateline(line)
        if not prefix:
            break
        draft.removed.append(Removed(prefix, "dateline: publication date and place"))
        if distance is not None:
            draft.datelines.append(Dateline(prefix, distance))
        line = rest
    rest, prefix = strip_agency_prefix(line)
    if prefix:
        draft.removed.append(Removed(prefix, "dateline: place and agency"))
        if distance is not None:
            draft.datelines.append(Dateline(prefix, distance))  # it may name the outlet
        line = rest
    elif (placed := _COLON_PLACE.match(line)) and _colon_place(placed["place"], speakers):
        # "ASTANA: Russia, Iran and Turkey agreed ...": a place and a colon (not a speaker's
        # name in a transcript, "PUTIN: We will ...", nor a label, "UPDATE: ...").
        draft.removed.append(Removed(placed.group(0).strip(), "dateline: place"))
        line = line[placed.end() :]
    elif (placed := _DASH_PLACE.match(line)) and (
        (
            placed["dash"] != "-"
            and (
                reads_as_place(placed["place"])
                or (opening and placed["dash"] != "\u2013" and not _reads_as_label(placed["place"]))
            )
        )
        or (placed["dash"] == "-" and place_and_initials(placed.group(0)))
    ):
        # "Tel Aviv \u2014 Israel said Sunday ...", "KYIV, Ukraine \u2014 ...": a capital or a place
        # in capitals and a dash, or any place and a long dash opening the article (not a label,
        # "Analysis \u2014 ...", nor a list's item, "John Lewis \u2013 UK based."); with a hyphen,
        # a place and an agency's initials ("Tehran, IRNA - ...").
        draft.removed.append(Removed(placed.group(0).strip(), "dateline: place"))
        if distance is not None:
            draft.datelines.append(Dateline(placed.group(0).strip(), distance))  # "Tehran, IRNA -"
        line = line[placed.end() :]
    return line


_DASH_PLACE = re.compile(rf"^{PLACE_BEFORE_DASH}\s+(?=[A-Z\"\u201c])")


_COLON_PLACE = re.compile(
    r"^(?P<place>[A-Z][A-Za-z'\u2019-]+(?:[\s/][A-Z][A-Za-z'\u2019-]+)?):\s+(?=[A-Z\"\u201c])"
)


def _colon_place(name: str, speakers: bool) -> bool:
    """Whether the name before a colon opening the story is its dateline's place: a capital or a
    country, or, unless the text gives its ``speakers`` so ("PUTIN: ..." / "REPORTER: ..."), a
    name in capitals that is no label ("JEDDAH:", not "UPDATE:") nor a speaker named by a
    post ("SECRETARY RUBIO:")."""
    if SPEAKER_POST.search(name):
        return False
    if all(is_capital_or_country(part) for part in name.split("/")):
        return True  # "ASTANA:", "KYIV/MOSCOW:"
    return not speakers and name.isupper() and len(name) >= 4 and name.lower() not in _COLON_LABELS


# fmt: off
_COLON_LABELS = frozenset({
    "breaking", "update", "updated", "watch", "exclusive", "analysis", "opinion", "editorial",
    "live", "video", "photos", "explainer", "factbox", "correction", "note", "comment", "review",
    "interview", "transcript", "summary", "tldr", "disclaimer", "warning", "spoiler", "edit",
    "editors", "fact", "facts",
})
def _reads_as_label(name: str) -> bool:
    """Whether what stands before a dash opening the article reads as a label or a day ("Key
    takeaways", "Tuesday"), not as a place."""
    return bool(_LABEL_WORDS.intersection(name.lower().split()))


# Words of a label or a day, where a place might stand before a dash ("Update \u2014 ...").
_LABEL_WORDS = _COLON_LABELS | frozenset({
    "key", "takeaway", "takeaways", "bottom", "line", "tip", "tips", "answer", "question",
    "overview", "introduction", "conclusion", "step", "verdict", "pros", "cons", "price",
    "source", "sources", "credit", "credits", "author", "editor's", "editor’s", "related",
    "quick", "short", "contents", "faq", "pro", "fun", "important", "features", "rating",
    "score", "date", "location", "ingredients", "instructions", "directions", "background",
    "context", "why", "what", "how", "who", "when", "where", "the", "this", "our", "my", "today",
    "tonight", "yesterday", "tomorrow", "now", "latest", "new", "here", "next", "corrected",
    "correction", "updated",
    # (a gallery caption's day: "Tuesday: President Barack Obama ...")
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
    "february", "march", "april", "may", "june", "july", "august", "september", "october",
    "november", "december",
})
# fmt: on


def _strip_inline_credits(line: str, draft: _Draft) -> str:
    if "(" not in line and "[" not in line:
        return line
    pieces = [m.group(0).strip() for m in INLINE_CREDIT.finditer(line)]
    if not pieces:
        return line
    for piece in pieces:
        draft.removed.append(Removed(piece, "credit: inline photo or agency credit"))
    return _SPACES.sub(" ", INLINE_CREDIT.sub("", line)).strip()


def _norm(text: str) -> str:
    return re.sub(r"\W+", " ", text).strip().lower()


def _drop_repeated_title(draft: _Draft, title: str | None) -> None:
    if not title:
        return
    key = _norm(title)
    for index, (_kind, text) in enumerate(draft.pieces[:3]):
        if _norm(text) == key:
            draft.pieces.pop(index)
            draft.removed.append(Removed(text, "repeated title"))
            return


def _trim_edge_headings(draft: _Draft) -> None:
    # A heading-like line after the last body line is a widget label ("Related Coverage").
    while draft.pieces and draft.pieces[-1][0] == "heading":
        _kind, text = draft.pieces.pop()
        draft.removed.append(Removed(text, "chrome: label after the article body"))


def _assemble(draft: _Draft) -> tuple[str, list[Heading]]:
    parts: list[str] = []
    headings: list[Heading] = []
    offset = 0
    for kind, text in draft.pieces:
        if kind == "heading":
            headings.append(Heading(offset, offset + len(text), text))
        parts.append(text)
        offset += len(text) + 1
    return "\n".join(parts), headings
