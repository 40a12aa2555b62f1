"""Documents as TimeML 1.2.1: the clean text with its time expressions as TIMEX3 tags and the
publication date as the document creation time, for TempEval tools to read.

One file per document. Article text is escaped, never interpreted: it is untrusted input. The
tag offsets are those of ``documents.jsonl``, so reading a file back and removing its tags gives
the document's text again.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from pathlib import Path
from xml.sax.saxutils import escape as _escape
from xml.sax.saxutils import quoteattr as _quoteattr

from storyline.records import Document, TimeExpression

# TIMEX3 needs a value: an expression we could not place is "somewhere on the calendar" or "a
# stretch of unknown length", as TimeBank writes them.
_UNKNOWN = {"DURATION": "PXX", "SET": "XXXX-XX-XX"}
_RELATIVE = re.compile(r"^(?:PRESENT|PAST|FUTURE)_REF$")
# Characters XML 1.0 cannot hold: each becomes a space, so that offsets stay the same.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def escape(text: str) -> str:
    return _escape(_NOT_XML.sub(" ", text))


def quoteattr(text: str) -> str:
    return _quoteattr(_NOT_XML.sub(" ", text))


def render_timeml(document: Document) -> str:
    """One document as a TimeML file; ``t0`` is its creation time when it has one."""
    lines = ['<?xml version="1.0" encoding="UTF-8"?>', "<TimeML>"]
    lines.append(f"<DOCID>{escape(document.id)}</DOCID>")
    if document.published:
        day = document.published[:10]
        lines.append(
            f'<DCT><TIMEX3 tid="t0" type="DATE" value={quoteattr(day)} temporalFunction="false"'
            f' functionInDocument="CREATION_TIME">{escape(day)}</TIMEX3></DCT>'
        )
    if document.title:
        lines.append(f"<TITLE>{escape(document.title)}</TITLE>")
    lines.append(
        f"<TEXT>{_tagged(document.text, document.timexes, bool(document.published))}</TEXT>"
    )
    lines.append("</TimeML>")
    return "\n".join(lines) + "\n"


def write_timeml(documents: Iterable[Document], folder: Path) -> int:
    """Write ``<id>.tml`` for every document into ``folder``; returns how many."""
    folder.mkdir(parents=True, exist_ok=True)
    count = 0
    for document in documents:
        name = re.sub(r"[^\w.-]", "_", document.id) or "document"
        (folder / f"{name}.tml").write_text(render_timeml(document), encoding="utf-8")
        count += 1
    return count


def _tagged(text: str, timexes: Iterable[TimeExpression], has_dct: bool) -> str:
    pieces: list[str] = []
    position = 0
    for number, timex in enumerate(sorted(timexes, key=lambda t: t.start), start=1):
        if timex.start < position:
            continue  # overlapping expressions cannot both be tags
        pieces.append(escape(text[position : timex.start]))
        pieces.append(f"<TIMEX3{_attributes(timex, number, has_dct)}>")
        pieces.append(escape(text[timex.start : timex.end]))
        pieces.append("</TIMEX3>")
        position = timex.end
    pieces.append(escape(text[position:]))
    return "".join(pieces)


def _attributes(timex: TimeExpression, number: int, has_dct: bool) -> str:
    value = timex.value or _UNKNOWN.get(timex.type, "XXXX-XX-XX")
    attributes = {"tid": f"t{number}", "type": timex.type, "value": value}
    if timex.mod:
        attributes["mod"] = timex.mod
    # Values counted from the publication date (anything but a date given in full) are
    # temporal functions of it.
    relative = (
        timex.type in ("DATE", "TIME")
        and timex.value is not None
        and (timex.direction is not None or _RELATIVE.match(value) is not None)
    )
    attributes["temporalFunction"] = "true" if relative else "false"
    if relative and has_dct:
        attributes["anchorTimeID"] = "t0"
    return "".join(f" {key}={quoteattr(val)}" for key, val in attributes.items())
