"""Source documents -> clean documents: body text, title, headings, publication date, and
everything removed with its reason."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from storyline.clean.datelines import publication_date
from storyline.clean.ids import document_id
from storyline.clean.language import english_score
from storyline.clean.lines import (
    INLINE_CREDIT,
    classify,
    features,
    split_chrome_runs,
    split_credit_prefix,
    split_leading_dateline,
    split_server_errors,
    split_update_stamp,
    strip_agency_prefix,
)
from storyline.records import Document, Heading, Removed, SourceDocument
from storyline.settings import Settings

_SPACES = re.compile(r"[ \t\u00a0\u2000-\u200b\u202f\u205f\u3000]+")
_INVISIBLE = re.compile(r"[\u200c-\u200f\u2060\ufeff]")
# How many leading/trailing lines may hold a dateline (never the middle of an article).
_DATELINE_WINDOW = 8


_PUBLISH_WORD = re.compile(r"^\W*(?:posted|published|first published|updated|filed)\b", re.I)


@dataclass
class _Draft:
    pieces: list[tuple[str, str]] = field(default_factory=list)  # (kind, text)
    removed: list[Removed] = field(default_factory=list)
    datelines: list[str] = field(default_factory=list)


def clean_document(src: SourceDocument, settings: Settings) -> Document | str:
    """Clean one source document; returns a Document or the reason it was rejected."""
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
    lines = [_SPACES.sub(" ", _INVISIBLE.sub("", line)).strip() for line in raw.split("\n")]
    nonempty = [line for line in lines if line]
    title = src.title.strip() if src.title else None
    _classify_lines(nonempty, draft)
    _join_wrapped_lines(draft)
    title = _take_title(draft, title)
    _drop_repeated_title(draft, title)
    _trim_edge_headings(draft)
    text, headings = _assemble(draft)

    body_words = len(text.split()) - sum(len(h.text.split()) for h in headings)
    if body_words < settings.min_words:
        return f"no article text left after cleaning ({body_words} words)"
    score = english_score(text)
    if score < settings.min_english_score:
        return f"not English: too few common English words (score {score:.2f})"

    published, published_from, notes = publication_date(src.published, draft.datelines, text)
    return Document(
        id=src.record_id or document_id(text, src.source),
        source_path=src.source_path,
        source=src.source,
        title=title,
        url=src.url,
        published=published,
        published_from=published_from,
        text=text,
        headings=tuple(headings),
        removed=tuple(draft.removed),
        notes=tuple(notes),
    )


def _split_stamps(lines: list[str], draft: _Draft) -> list[str]:
    """Cut server error messages and page time stamps out of lines; a stamp between a headline
    and the first sentence separates them."""
    result: list[str] = []
    for index, line in enumerate(lines):
        line, errors = split_server_errors(line)
        draft.removed.extend(Removed(e, "chrome: web server error message") for e in errors)
        while True:
            before, stamp, after = split_update_stamp(line)
            if stamp is None:
                break
            draft.removed.append(Removed(stamp, "dateline: page time stamp"))
            if index < _DATELINE_WINDOW:
                draft.datelines.append(stamp)
            if before:
                result.append(before)
            line = after
        if line:
            result.append(line)
    return result


def _classify_lines(lines: list[str], draft: _Draft) -> None:
    lines = _split_stamps(lines, draft)
    n = len(lines)
    body_seen = 0
    for index, line in enumerate(lines):
        at_edge = index < _DATELINE_WINDOW or (index >= n - 3 and bool(_PUBLISH_WORD.match(line)))
        line, credit = split_credit_prefix(line)
        if credit:
            draft.removed.append(Removed(credit, "credit: photo credit before a sentence"))
        label = classify(line, features(line))
        if label.kind == "dateline":
            draft.removed.append(Removed(line, label.reason or "dateline"))
            if at_edge:
                draft.datelines.append(line)
            continue
        if label.kind == "removed":
            draft.removed.append(Removed(line, label.reason or "removed"))
            continue
        if label.kind == "heading":
            heading = label.text or line
            if heading != line:
                draft.removed.append(Removed(line, "heading decoration (the heading is kept)"))
            draft.pieces.append(("heading", heading))
            continue
        if body_seen < 3:
            line = _strip_prefixes(line, draft, at_edge)
        line = _strip_inline_credits(line, draft)
        line, runs = split_chrome_runs(line)
        draft.removed.extend(
            Removed(run, "chrome: menu or share words around the text") for run in runs
        )
        if line:
            draft.pieces.append(("body", line))
            body_seen += 1


def _strip_prefixes(line: str, draft: _Draft, at_edge: bool) -> str:
    rest, prefix = split_leading_dateline(line)
    if prefix:
        draft.removed.append(Removed(prefix, "dateline: publication date and place"))
        if at_edge:
            draft.datelines.append(prefix)
        line = rest
    rest, prefix = strip_agency_prefix(line)
    if prefix:
        draft.removed.append(Removed(prefix, "dateline: place and agency"))
        line = rest
    return line


def _strip_inline_credits(line: str, draft: _Draft) -> str:
    if "(" not in line and "[" not in line:
        return line
    pieces = [m.group(0).strip() for m in INLINE_CREDIT.finditer(line)]
    if not pieces:
        return line
    for piece in pieces:
        draft.removed.append(Removed(piece, "credit: inline photo or agency credit"))
    return _SPACES.sub(" ", INLINE_CREDIT.sub("", line)).strip()


def _take_title(draft: _Draft, title: str | None) -> str | None:
    """Pick the title from the lines above the first sentence of the body.

    Those lines hold the masthead, the section label, the title and perhaps a deck. Short lines
    above the title (site names, section labels) are removed.
    """
    top = 0
    while top < len(draft.pieces) and top < 6 and not _is_sentence(draft.pieces[top][1]):
        top += 1
    if top == len(draft.pieces):
        top = min(top, 1)
    # Lines that start with a date are photo captions or timeline entries, not titles.
    candidates = [
        (i, text)
        for i, (_kind, text) in enumerate(draft.pieces[:top])
        if not _DATED_START.match(text)
    ]
    if title is None:
        # The first line of five or more words is the title (a deck may follow it); short lines
        # before it are mastheads and section labels. Failing that, the longest line.
        best = next((c for c in candidates if len(c[1].split()) >= 5), None) or max(
            candidates, key=lambda c: (len(c[1].split()) >= 3, len(c[1])), default=None
        )
        if best is not None and _looks_like_title(best[1]):
            title = best[1]
            draft.removed.append(Removed(title, "title: moved to the title field"))
            for _index, text in candidates[: best[0]]:
                if len(text.split()) <= 4:
                    draft.removed.append(Removed(text, "chrome: masthead or section label"))
            drop = {i for i, text in candidates[: best[0]] if len(text.split()) <= 4} | {best[0]}
            draft.pieces = [p for i, p in enumerate(draft.pieces) if i not in drop]
    return title


_DATED_START = re.compile(
    r"^\W*(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b|\d{1,2}\s+"
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)|\d{4}-\d\d-\d\d)",
    re.I,
)


def _is_sentence(text: str) -> bool:
    return len(text.split()) >= 8 and bool(re.search(r"[.!?\"\u201d]\s*$", text))


def _looks_like_title(text: str) -> bool:
    words = text.split()
    return 0 < len(words) <= 25 and (
        not text.rstrip().endswith(".") or features(text).title_case_share >= 0.75
    )


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


def _join_wrapped_lines(draft: _Draft) -> None:
    """Re-join hard-wrapped paragraphs: a body line without closing punctuation followed by a
    body line that starts in lower case is one paragraph."""
    joined: list[tuple[str, str]] = []
    for kind, text in draft.pieces:
        if (
            joined
            and kind == "body"
            and joined[-1][0] == "body"
            and text[:1].islower()
            and not re.search(r"[.!?:;\"\u201d]\s*$", joined[-1][1])
        ):
            joined[-1] = ("body", joined[-1][1] + " " + text)
        else:
            joined.append((kind, text))
    draft.pieces = joined


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
