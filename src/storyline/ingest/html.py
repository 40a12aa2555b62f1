"""HTML pages -> source documents: the page's text blocks with what the markup says about them,
its metadata, and trafilatura's extraction of the article as one more signal per block (this is
the only module that imports trafilatura). Which blocks are the article is decided by the
cleaning stage.
"""

from __future__ import annotations

import logging
import re
from dataclasses import replace

import trafilatura

from storyline.addresses import url_host
from storyline.calendar import url_day
from storyline.ingest.dates import normalize_published
from storyline.ingest.page import PageMeta, read_page
from storyline.records import PageBlock, PageFacts, SourceDocument
from storyline.shingles import contained_share, shingles

logging.getLogger("trafilatura").setLevel(logging.CRITICAL)
logging.getLogger("htmldate").setLevel(logging.CRITICAL)

# Only the page's own metadata dates: no guessing from text such as photo captions.
_DATE_PARAMS = {"extensive_search": False, "original_date": True}
_TOKEN = re.compile(r"\w+")


def extract_html(html: str, label: str, url: str | None = None) -> SourceDocument | str:
    """Read one page; returns a SourceDocument or the reason the page has no usable text."""
    try:
        blocks, meta = read_page(html)
    except RecursionError:
        return "unreadable HTML: nested too deeply to read"
    extracted, title, day, site = _trafilatura(html, url)
    if not blocks and not extracted.strip():
        return "no text found in the HTML page"
    blocks = _mark_extracted(blocks, extracted)
    dates = [(source, normalize_published(value)) for source, value in meta.dates]
    if day:
        dates.append(("trafilatura", normalize_published(day)))
    titles = [(source, text) for source, texts in meta.titles.items() for text in texts]
    if title and not titles:
        titles.append(("trafilatura", title))
    page_url = url or meta.url
    if in_address := url_day(page_url):
        dates.append(("url", in_address))
    facts = PageFacts(
        titles=tuple(titles),
        dates=tuple((source, value) for source, value in dates if value),
        site_names=tuple(dict.fromkeys([*meta.site_names, *([site] if site else [])])),
        url=page_url,
    )
    return SourceDocument(
        source_path=label,
        raw_text="\n".join(block.text for block in blocks),
        url=page_url,
        source=_outlet(meta, site, page_url),
        blocks=tuple(blocks),
        page=facts,
    )


def _trafilatura(html: str, url: str | None) -> tuple[str, str | None, str | None, str | None]:
    """trafilatura's article text, title, date and site name ('' and None where it has none)."""
    try:
        extracted = trafilatura.bare_extraction(
            html,
            url=url,
            with_metadata=True,
            include_comments=False,
            include_tables=True,
            date_extraction_params=_DATE_PARAMS,
        )
    except Exception:  # trafilatura raises many kinds on broken markup; the blocks remain
        return "", None, None, None
    if extracted is None:
        return "", None, None, None
    result = extracted if isinstance(extracted, dict) else extracted.as_dict()
    return (
        result.get("text") or "",
        result.get("title") or None,
        result.get("date") or None,
        result.get("sitename") or None,
    )


def _mark_extracted(blocks: list[PageBlock], extracted: str) -> list[PageBlock]:
    """Flag the blocks whose text is (mostly) in trafilatura's extraction."""
    if not extracted:
        return blocks
    lines = {" ".join(_TOKEN.findall(line)).lower() for line in extracted.split("\n")}
    stream = f" {' '.join(_TOKEN.findall(extracted)).lower()} "
    wanted = shingles(extracted)
    marked = []
    for block in blocks:
        tokens = _TOKEN.findall(block.text)
        if len(tokens) >= 4:
            kept = contained_share(block.text, wanted) >= 0.5
        else:
            short = " ".join(tokens).lower()
            # A short table row is in the extraction where its words run there in its order.
            kept = bool(tokens) and (
                short in lines or (block.in_table and len(tokens) >= 2 and f" {short} " in stream)
            )
        marked.append(replace(block, extractor_kept=kept) if kept else block)
    return marked


def _outlet(meta: PageMeta, site: str | None, url: str | None) -> str | None:
    """The outlet's name: og:site_name, the JSON-LD publisher, trafilatura's, what the page's
    <title> adds to its headline, else the domain."""
    for name in [*meta.site_names, site, _title_site(meta)]:
        if name and 1 <= len(name.split()) <= 8:
            return name
    return url_host(url)


_TITLE_SEPARATOR = re.compile(r"\s+[-|\u2013\u2014\u00b7:]\s+")


def _title_site(meta: PageMeta) -> str | None:
    """ "Second truce breaks down - Caucasus Courier" over the headline "Second truce breaks
    down": the last part of the <title>, where what comes before it is the page's headline."""
    headlines = {" ".join(h.split()).casefold() for h in meta.titles.get("h1", [])}
    for title in meta.titles.get("title", []):
        title = " ".join(title.split())
        last = next(reversed(list(_TITLE_SEPARATOR.finditer(title))), None)
        if last is not None and title[: last.start()].casefold() in headlines:
            return title[last.end() :] or None
    return None


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
