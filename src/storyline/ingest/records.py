"""JSON and JSON Lines inputs: one article a record."""

from __future__ import annotations

import json
import re
from collections.abc import Iterator
from datetime import UTC, date, datetime
from typing import Any

from storyline.calendar import find_explicit_dates
from storyline.ingest.html import extract_html
from storyline.records import Removed, SourceDocument

# Names other exports commonly use, tried when the mapped name is absent.
_ALIASES = {
    "published": (
        "published",
        "date",
        "time",
        "publish_date",
        "published_at",
        "pubdate",
        "seendate",
    ),
    "text": ("text", "body", "content", "article"),
    "title": ("title", "headline"),
    "source": ("source", "outlet", "domain", "sourcecommonname", "site"),
    "url": ("url", "link", "documentidentifier"),
}

_ISO_DAY = re.compile(r"^(\d{4})-?(\d{2})-?(\d{2})")


def normalize_published(value: Any) -> str | None:
    """A metadata date as YYYY-MM-DD, or None when it does not name a day.

    '2011-03-15T13:48:00Z', '20110315', 'Tue, 15 Mar 2011 13:48:00 GMT', 'March 15, 2011' and
    '03/15/2011' all give '2011-03-15'; a Unix timestamp is read as UTC.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, (int, float)):
        return _from_timestamp(float(value))
    text = str(value).strip()
    if re.fullmatch(r"\d{9,13}(?:\.\d+)?", text):
        return _from_timestamp(float(text))
    match = _ISO_DAY.match(text)
    if match:
        year, month, day = (int(g) for g in match.groups())
        try:
            return date(year, month, day).isoformat() if 1800 <= year <= 2200 else None
        except ValueError:
            return None
    for found in find_explicit_dates(text):
        if found.year is not None and found.day is not None:
            day_value = found.as_date()
            return day_value.isoformat() if day_value else None
    return _dateparser_day(text)


def _from_timestamp(seconds: float) -> str | None:
    if seconds > 1e11:  # milliseconds
        seconds /= 1000
    try:
        return datetime.fromtimestamp(seconds, tz=UTC).date().isoformat()
    except (OverflowError, OSError, ValueError):
        return None


def _dateparser_day(text: str) -> str | None:
    """Last resort for unusual metadata dates; only a full day with a written year counts
    (never "yesterday", which would be read against today's clock)."""
    if not re.search(r"\b(?:1[89]|2[01])\d\d\b", text):
        return None
    import dateparser

    try:
        parsed = dateparser.parse(
            text,
            languages=["en"],
            settings={"REQUIRE_PARTS": ["day", "month", "year"], "RETURN_AS_TIMEZONE_AWARE": False},
        )
    except Exception:  # dateparser raises assorted errors on odd input
        return None
    return parsed.date().isoformat() if parsed else None


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
        return record[mapped]
    if mapped != name:
        return None
    for alias in _ALIASES.get(name, ()):
        if alias in record:
            return record[alias]
    return None


def document_from_record(
    record: dict[str, Any], label: str, field_map: dict[str, str]
) -> SourceDocument | str:
    """Build a SourceDocument from one record, or return the reason it cannot be used."""
    text = _field(record, "text", field_map)
    html = _field(record, "html", field_map)
    title = _field(record, "title", field_map)
    published_raw = _field(record, "published", field_map)
    published = normalize_published(published_raw)
    removed: tuple[Removed, ...] = ()
    extracted = False
    if not (isinstance(text, str) and text.strip()) and isinstance(html, str) and html.strip():
        page = extract_html(html, label)
        if isinstance(page, str):
            return page
        text, removed, extracted = page.raw_text, page.removed, True
        title = title or page.title
        published = published or page.published
    if isinstance(text, list):
        text = "\n".join(str(t) for t in text)
    if not isinstance(text, str) or not text.strip():
        wanted = field_map.get("text", "text")
        return f"no article text: the record has no non-empty '{wanted}' or 'html' field"
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
        removed=removed,
        extracted=extracted,
    )
