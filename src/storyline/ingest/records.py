"""JSON and JSON Lines inputs: one article a record."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from storyline.ingest.dates import normalize_published
from storyline.ingest.html import extract_html
from storyline.records import SourceDocument

# Names other exports commonly use (in any case), tried when the mapped name is absent.
# (news-please writes "maintext", "date_publish" and "source_domain"; NewsAPI "publishedAt" and
# "source": {"name": ...}; schema.org "articleBody" and "datePublished".)
_ALIASES = {
    "published": (
        "published",
        "date",
        "time",
        "publish_date",
        "published_at",
        "publishedat",
        "date_publish",
        "datepublished",
        "pubdate",
        "seendate",
        "sqldate",
        "dateadded",
    ),
    "text": ("text", "body", "content", "article", "maintext", "articlebody", "full_text"),
    "title": ("title", "headline"),
    "source": (
        "source",
        "outlet",
        "publisher",
        "source_domain",
        "domain",
        "sourcecommonname",
        "site",
    ),
    "url": ("url", "link", "documentidentifier", "sourceurl"),
}
# Where a field holds an object, the member that names it ({"id": "reuters", "name": "Reuters"}).
_NAMED_BY = ("name", "title", "value", "text")
# Paragraphs' markup in a text field: the record holds the article's HTML. (Inline tags alone,
# "<a href=...>", "<img ...>", leave it text: article text may quote markup.)
_MARKUP = re.compile(r"</?(?:p|div|br|article|section|h[1-6]|li|ul|ol|blockquote)\b[^>]*>", re.I)


def iter_json_records(text: str, label: str) -> Iterator[tuple[str, dict[str, Any] | str]]:
    """Yield (input label, record or rejection reason) for a JSON or JSON Lines text."""
    stripped = text.lstrip()
    if stripped.startswith("["):
        try:
            data = json.loads(stripped)
        except json.JSONDecodeError as exc:
            yield label, f"malformed JSON: {exc.msg} at line {exc.lineno} column {exc.colno}"
            return
        for index, item in enumerate(data, start=1):
            yield _checked(f"{label}#{index}", item)
        return
    lines = text.split("\n")
    if stripped.startswith("{") and len([ln for ln in lines if ln.strip()]) > 1:
        # One pretty-printed object is not JSON Lines; try it whole first.
        try:
            yield _checked(label, json.loads(stripped))
            return
        except json.JSONDecodeError:
            pass
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            item = json.loads(line)
        except json.JSONDecodeError as exc:
            yield f"{label}:{number}", f"malformed JSON line: {exc.msg} at column {exc.colno}"
            continue
        yield _checked(f"{label}:{number}", item)


def _checked(label: str, item: Any) -> tuple[str, dict[str, Any] | str]:
    if not isinstance(item, dict):
        return label, f"not a JSON object (found {type(item).__name__})"
    return label, item


def _field(record: dict[str, Any], name: str, field_map: dict[str, str]) -> Any:
    mapped = field_map.get(name, name)
    if mapped in record:
        return _named(record[mapped])
    if mapped != name:
        return None
    # Case aside: GDELT writes "SQLDATE", "SOURCEURL", "DocumentIdentifier", "SourceCommonName".
    keys = {key.lower(): key for key in record}
    for alias in _ALIASES.get(name, ()):
        if alias in keys and record[keys[alias]] not in (None, ""):
            return _named(record[keys[alias]])
    return None


def _named(value: Any) -> Any:
    """An object's name where a field holds one ({"name": "Reuters"} -> "Reuters")."""
    if isinstance(value, dict):
        return next((value[k] for k in _NAMED_BY if isinstance(value.get(k), str)), None)
    return value


def document_from_record(
    record: dict[str, Any], label: str, field_map: dict[str, str]
) -> SourceDocument | str:
    """Build a SourceDocument from one record, or return the reason it cannot be used."""
    text = _field(record, "text", field_map)
    html = _field(record, "html", field_map)
    title = _field(record, "title", field_map)
    published_raw = _field(record, "published", field_map)
    published = normalize_published(published_raw)
    if isinstance(text, str) and _MARKUP.search(text[:2000]) and not html:
        text, html = None, text  # the article's HTML, in a field named for text
    if not (isinstance(text, str) and text.strip()) and isinstance(html, str) and html.strip():
        url = _field(record, "url", field_map)
        page = extract_html(html, label, url=url if isinstance(url, str) else None)
        if isinstance(page, str):
            return page
        record_id = _field(record, "id", field_map)
        source = _field(record, "source", field_map)
        return replace(
            page,
            title=str(title).strip() if title else None,
            published=published,
            source=str(source) if source else page.source,
            url=str(url) if url else page.url,
            record_id=str(record_id) if record_id is not None else None,
        )
    if isinstance(text, list):
        text = "\n".join(str(t) for t in text)
    if not isinstance(text, str) or not text.strip():
        wanted = field_map.get("text", "text")
        if wanted != "text":  # the user named the field: only it was read
            names = f"'{wanted}' or 'html' field"
        else:
            listed = ", ".join(f"'{name}'" for name in _ALIASES["text"])
            names = f"{listed} or 'html' field (name another with --field text=NAME)"
        reason = f"no article text: the record has no non-empty {names}"
        link = _field(record, "url", field_map)
        if isinstance(link, str) and link.strip():
            # An event feed's row (GDELT) or a crawler's link list: the article is elsewhere.
            reason += f"; it links to {link.strip()}: save that page and give the saved file"
        return reason
    record_id = _field(record, "id", field_map)
    source = _field(record, "source", field_map)
    url = _field(record, "url", field_map)
    return SourceDocument(
        source_path=label,
        raw_text=text.replace("\r\n", "\n").replace("\r", "\n"),
        title=str(title).strip() if title else None,
        url=str(url) if url else None,
        published=published,
        source=str(source) if source else None,
        record_id=str(record_id) if record_id is not None else None,
    )
