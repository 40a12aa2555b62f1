"""HTML pages: the main text, title and date via trafilatura (the only module that imports it)."""

from __future__ import annotations

import logging

import lxml.html
import trafilatura

from storyline.records import Removed, SourceDocument

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

# Only the page's own metadata dates: no guessing from text such as photo captions.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_SKIP_TAGS = {"script", "style", "noscript", "template", "svg", "head"}


def extract_html(html: str, label: str, url: str | None = None) -> SourceDocument | str:
    """Extract one page; returns a SourceDocument or the reason the page has no usable text."""
    try:
        extracted = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=False,
            date_extraction_params=_DATE_PARAMS,
        )
        result = (
            extracted if isinstance(extracted, dict) or extracted is None else (extracted.as_dict())
        )
    except Exception as exc:  # trafilatura raises many kinds on broken markup
        return f"unreadable HTML: {type(exc).__name__}: {exc}"
    if not isinstance(result, dict):
        return "no main article text found in the HTML page"
    text = result.get("text") or ""
    if not text.strip():
        return "no main article text found in the HTML page"
    removed = tuple(
        Removed(piece, "html: page text outside the main article (navigation, captions, footer)")
        for piece in _outside_pieces(html, text)
    )
    return SourceDocument(
        source_path=label,
        raw_text=text,
        title=result.get("title") or None,
        url=result.get("url") or None,
        published=result.get("date") or None,
        source=result.get("sitename") or None,
        removed=removed,
        extracted=True,
    )


def _outside_pieces(html: str, kept_text: str) -> list[str]:
    try:
        root = lxml.html.fromstring(html)
    except Exception:
        return []
    pieces: list[str] = []
    for element in root.iter():
        if not isinstance(element.tag, str) or element.tag in _SKIP_TAGS:
            continue
        parent = element.getparent()
        if parent is not None and parent.tag in _SKIP_TAGS:
            continue
        for chunk in (element.text, element.tail):
            chunk = " ".join((chunk or "").split())
            if chunk and chunk not in kept_text:
                pieces.append(chunk)
    return pieces


def trafilatura_alone(html: str) -> tuple[str | None, str | None, str | None]:
    """trafilatura's own answer for a page, as its benchmarks call it: (body, title, date).

    The reference that storyline's reader is measured against; never used to build a story.
    """
    try:
        body = trafilatura.extract(html, include_comments=False)
        meta = trafilatura.extract_metadata(html)
    except Exception:  # trafilatura raises many kinds on broken markup
        return None, None, None
    if meta is None:
        return body, None, None
    return body, meta.title, meta.date
